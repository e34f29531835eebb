package dev.rapport.profile.export;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** activity- and recommendation-service's export endpoints, stubbed over HTTP for every test. */
@QuarkusTestResource(OtherServicesMock.class)
public class OtherServicesMock implements QuarkusTestResourceLifecycleManager {

  static volatile WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    server.stubFor(
        get(urlPathMatching("/api/v1/members/[^/]+/activity-export"))
            .willReturn(okJson("{\"activities\":[{\"id\":\"a-1\",\"title\":\"Mentored Bo\"}]}")));
    server.stubFor(
        get(urlPathMatching("/api/v1/members/[^/]+/recommendation-export"))
            .willReturn(okJson("{\"engagements\":[{\"itemId\":\"course-1\"}]}")));
    return Map.of(
        "quarkus.rest-client.activity-export.url", server.baseUrl(),
        "quarkus.rest-client.recommendation-export.url", server.baseUrl());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
