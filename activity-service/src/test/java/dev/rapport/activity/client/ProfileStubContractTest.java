package dev.rapport.activity.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.rapport.activity.MemberFeedStub;
import dev.rapport.activity.ProfileServiceMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WireMock profile-service this module's tests talk to ({@link ProfileServiceMock}) answers in
 * the shape profile-service's committed document promises, so tests never pass against a response
 * the real service could not send.
 */
class ProfileStubContractTest {

  private static final OpenApiInteractionValidator PROFILE =
      OpenApiInteractionValidator.createFor("../contracts/profile-service.yaml").build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static ProfileServiceMock mock;
  private static String baseUrl;

  @BeforeAll
  static void start() {
    mock = new ProfileServiceMock();
    baseUrl = mock.start().get("rapport.profile-service.url");
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  @Test
  void theServiceTokenStub() throws Exception {
    String body =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/service-token"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    assertValid("/api/v1/auth/service-token", Request.Method.POST, body);
  }

  @Test
  void theBatchMemberReadStub() throws Exception {
    String ids = UUID.randomUUID() + "," + ProfileServiceMock.unknownMember();
    String body = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/members?ids=" + ids)));
    assertValid("/api/v1/members", Request.Method.GET, body);
  }

  @Test
  void theMemberChangesStub() throws Exception {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    MemberFeedStub.member(a);
    UUID connection = MemberFeedStub.connect(a, b);
    MemberFeedStub.disconnect(connection, a);
    MemberFeedStub.erase(a);
    int from = Math.max(0, MemberFeedStub.size() - 4);
    String path = "/api/v1/member-changes";
    String body =
        send(HttpRequest.newBuilder(URI.create(baseUrl + path + "?after=" + from + "&limit=10")));
    assertValid(path, Request.Method.GET, body);
  }

  private static String send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static void assertValid(String path, Request.Method method, String body) {
    ValidationReport report =
        PROFILE.validateResponse(
            path,
            method,
            SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    assertFalse(report.hasErrors(), method + " " + path + " stub " + body + ":\n" + report);
  }
}
