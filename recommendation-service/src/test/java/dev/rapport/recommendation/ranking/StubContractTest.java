package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.FeedStubs.goal;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.FeedStubs.skill;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.recommendation.FeedStubs;
import dev.rapport.recommendation.StubServicesResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The WireMock profile-service and activity-service this module's tests talk to answer in the shape
 * the providers' committed documents promise ({@link StubServicesResource}, {@link FeedStubs},
 * {@link Members}), so no test passes against a response the real service could not send.
 */
class StubContractTest {

  private static final OpenApiInteractionValidator PROFILE =
      OpenApiInteractionValidator.createFor("../contracts/profile-service.yaml").build();
  private static final OpenApiInteractionValidator ACTIVITY =
      OpenApiInteractionValidator.createFor("../contracts/activity-service.yaml").build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final UUID ana = UUID.randomUUID();
  private final UUID ben = UUID.randomUUID();

  private Map<String, Object> positioning() {
    return positioningOf(
        List.of("data mesh"),
        List.of(skill("dbt", "BEGINNER")),
        List.of(goal("BECOME_KNOWN_EXPERT", "data mesh"), goal("FIND_JOB", null)),
        List.of("MIT"));
  }

  @Test
  void theServiceTokenStub() {
    assertValid(PROFILE, "POST", "/api/v1/auth/service-token", StubServicesResource.SERVICE_TOKEN);
  }

  @Test
  void theMemberChangeStubs() {
    List<Map<String, Object>> changes =
        List.of(
            FeedStubs.member(ana, "Ana", positioning()),
            FeedStubs.member(ben, "Ben", null),
            FeedStubs.positioning(ana, positioning()),
            FeedStubs.connection(UUID.randomUUID(), ana, ben, "ACCEPTED"),
            FeedStubs.erase(ben));
    assertValid(PROFILE, "GET", "/api/v1/member-changes", FeedStubs.pageBody(changes, "next"));
    assertValid(PROFILE, "GET", "/api/v1/member-changes", FeedStubs.pageBody(List.of(), "next"));
  }

  /*
   * profile-service documents MemberChange.data only as an untyped JsonNode, so the feed's schema
   * accepts any data. Each stubbed data is checked against the operation whose schema the feed
   * carries (see client.ProfileContractTest).
   */
  @Test
  void theMemberChangeStubsDataHasTheProvidersShapes() {
    assertValid(
        PROFILE,
        "GET",
        "/api/v1/members/" + ana,
        json(FeedStubs.member(ana, "Ana", positioning()).get("data")));
    assertValid(
        PROFILE,
        "GET",
        "/api/v1/members/" + ana + "/positioning",
        json(FeedStubs.positioning(ana, positioning()).get("data")));
    UUID connection = UUID.randomUUID();
    assertValid(
        PROFILE,
        "GET",
        "/api/v1/members/" + ana + "/connections/" + connection,
        json(FeedStubs.connection(connection, ana, ben, "ACCEPTED").get("data")));
  }

  @Test
  void theActivityChangeStubs() {
    List<Map<String, Object>> changes =
        List.of(
            FeedStubs.enrolment(UUID.randomUUID(), ana, UUID.randomUUID(), List.of("java")),
            FeedStubs.joined(UUID.randomUUID(), ana, UUID.randomUUID(), List.of("java")),
            FeedStubs.activityDeleted(UUID.randomUUID(), ana));
    assertValid(ACTIVITY, "GET", "/api/v1/activity-changes", FeedStubs.pageBody(changes, "next"));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertValid(
      OpenApiInteractionValidator provider, String method, String path, String body) {
    ValidationReport report =
        provider.validateResponse(
            path,
            Request.Method.valueOf(method),
            SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    assertFalse(report.hasErrors(), method + " " + path + " stub " + body + ":\n" + report);
  }
}
