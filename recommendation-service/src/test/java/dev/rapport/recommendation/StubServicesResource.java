package dev.rapport.recommendation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * profile-service and activity-service for every test: one WireMock server on a dynamic port that
 * issues service tokens and serves whatever each test stubs (feed pages, batch reads, outages).
 */
@QuarkusTestResource(StubServicesResource.class)
public class StubServicesResource implements QuarkusTestResourceLifecycleManager {

  /** The client-credentials answer the stub gives. */
  public static final String SERVICE_TOKEN =
      "{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"expires_in\":600}";

  /** The batch read's answer when profile-service knows none of the ids. */
  private static volatile WireMockServer server;

  public static WireMockServer server() {
    return server;
  }

  /** Stubs that every test relies on: the client-credentials token endpoint. */
  public static void stubTokenEndpoint() {
    server.stubFor(
        post(urlPathEqualTo("/api/v1/auth/service-token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(SERVICE_TOKEN)));
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    stubTokenEndpoint();
    String url = "http://localhost:" + server.port();
    return Map.of("rapport.profile-service.url", url, "rapport.activity-service.url", url);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
