package dev.rapport.activity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * profile-service as WireMock on a fixed free port (so a test can stop and start it again): the
 * service-token endpoint, the batch member read (every id is a member except those starting with
 * {@code 00000000-}) and the member-changes feed ({@link MemberFeedStub}: what tests publish).
 */
public class ProfileServiceMock implements QuarkusTestResourceLifecycleManager {

  public static final String UNKNOWN_PREFIX = "00000000-";

  private WireMockServer server;

  public static UUID unknownMember() {
    return UUID.fromString(UNKNOWN_PREFIX + UUID.randomUUID().toString().substring(9));
  }

  @Override
  public Map<String, String> start() {
    server =
        new WireMockServer(
            WireMockConfiguration.options()
                .port(freePort())
                .extensions(new MemberDirectory(), new MemberFeedStub()));
    server.start();
    stubDefaults(server);
    return Map.of("rapport.profile-service.url", server.baseUrl());
  }

  public static void stubDefaults(WireMockServer server) {
    server.stubFor(
        post(urlPathEqualTo("/api/v1/auth/service-token"))
            .willReturn(
                okJson("{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"expires_in\":600}")));
    server.stubFor(
        get(urlPathEqualTo("/api/v1/members"))
            .willReturn(aResponse().withTransformers(MemberDirectory.NAME)));
    server.stubFor(
        get(urlPathEqualTo("/api/v1/member-changes"))
            .willReturn(aResponse().withTransformers(MemberFeedStub.NAME)));
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        server,
        new TestInjector.AnnotatedAndMatchesType(InjectProfileService.class, WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers the batch read with the members among the requested ids. */
  static final class MemberDirectory implements ResponseDefinitionTransformerV2 {
    static final String NAME = "member-directory";

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      QueryParameter ids = event.getRequest().queryParameter("ids");
      String items =
          ids.isPresent()
              ? ids.values().stream()
                  .flatMap(v -> Arrays.stream(v.split(",")))
                  .map(String::strip)
                  .filter(id -> !id.isEmpty() && !id.startsWith(UNKNOWN_PREFIX))
                  .map(
                      id ->
                          "{\"id\":\""
                              + id
                              + "\",\"displayName\":\"Member "
                              + id.substring(0, 4)
                              + "\"}")
                  .collect(Collectors.joining(","))
              : "";
      return ResponseDefinitionBuilder.like(event.getResponseDefinition())
          .but()
          .withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"items\":[" + items + "]}")
          .build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
