package dev.rapport.activity.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.activity.log.ActivityDetails.Contribution;
import dev.rapport.activity.log.ActivityDetails.Discussion;
import dev.rapport.activity.log.ActivityDetails.KnowledgeShare;
import dev.rapport.activity.log.ActivityDetails.Learning;
import dev.rapport.activity.log.Kinds.Channel;
import dev.rapport.activity.log.Kinds.ContributionKind;
import dev.rapport.activity.log.Kinds.DiscussionKind;
import dev.rapport.activity.log.Kinds.LearningKind;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.common.web.Problem.FieldError;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule of {@link ActivityRules}, with its boundaries; no Quarkus, no database. */
class ActivityRulesTest {

  static final UUID ME = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
  static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00.123456789Z");
  static final Duration SKEW = Duration.ofMinutes(5);
  static final String TWENTY = "exactly twenty chars";
  static final String NINETEEN = "nineteen characters";
  static final UUID COURSE = UUID.fromString("00000000-0000-4000-8000-0000000000cc");

  // Requests

  static ActivityRequest request(
      ActivityType type,
      Contribution contribution,
      Discussion discussion,
      KnowledgeShare share,
      Learning learning) {
    return new ActivityRequest(
        type, null, null, null, null, contribution, discussion, share, learning);
  }

  static ActivityRequest contribution(List<UUID> beneficiaries, String community) {
    return request(
        ActivityType.CONTRIBUTION,
        new Contribution(
            ContributionKind.MENTORING, beneficiaries, community, BigDecimal.ONE, "Mentored"),
        null,
        null,
        null);
  }

  static ActivityRequest discussion(
      DiscussionKind kind, UUID discussionId, String url, List<UUID> participants) {
    return request(
        ActivityType.DISCUSSION,
        null,
        new Discussion(kind, discussionId, url, participants),
        null,
        null);
  }

  static ActivityRequest share(
      String url, String takeaway, String why, List<UUID> recipients, Channel channel) {
    return request(
        ActivityType.KNOWLEDGE_SHARE,
        null,
        null,
        new KnowledgeShare(url, "CQRS", takeaway, why, recipients, channel),
        null);
  }

  static ActivityRequest learning(LearningKind kind, Integer percent, String insight) {
    return request(
        ActivityType.LEARNING,
        null,
        null,
        null,
        new Learning(kind, COURSE, percent, insight, List.of(A)));
  }

  static ActivityRules.Checked check(ActivityRequest request) {
    return ActivityRules.check(request, ME, NOW, SKEW);
  }

  /** The field errors of the one 400 the rules throw, field to message. */
  static Map<String, String> errors(ActivityRequest request) {
    ProblemException e = assertThrows(ProblemException.class, () -> check(request));
    assertEquals(ProblemType.VALIDATION_FAILED, e.type());
    return e.errors().stream()
        .collect(Collectors.toMap(FieldError::field, FieldError::message, (x, y) -> x + "|" + y));
  }

  // Sections

  @Test
  void theSectionOfTheTypeIsRequired() {
    assertEquals(
        Map.of("contribution", "is required for type CONTRIBUTION"),
        errors(request(ActivityType.CONTRIBUTION, null, null, null, null)));
    assertEquals(
        Map.of("learning", "is required for type LEARNING"),
        errors(request(ActivityType.LEARNING, null, null, null, null)));
  }

  @Test
  void sectionsOfOtherTypesMustBeAbsent() {
    ActivityRequest both =
        request(
            ActivityType.CONTRIBUTION,
            contribution(List.of(A), null).contribution(),
            new Discussion(DiscussionKind.POSTED, null, "https://x.org/t", List.of()),
            null,
            null);
    assertEquals(Map.of("discussion", "must be absent for type CONTRIBUTION"), errors(both));
  }

  // When

  @Test
  void occurredAtDefaultsToNowTruncatedToMicroseconds() {
    Instant occurred = check(contribution(List.of(A), null)).occurredAt();
    assertEquals(Instant.parse("2026-11-25T12:00:00.123456Z"), occurred);
  }

  @Test
  void occurredAtMayBeUpToTheSkewAheadButNotMore() {
    ActivityRequest base = contribution(List.of(A), null);
    Instant limit = NOW.plus(SKEW).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    assertEquals(limit, check(at(base, limit)).occurredAt());
    assertEquals(
        Map.of("occurredAt", "must not be more than 5 minutes in the future"),
        errors(at(base, NOW.plus(SKEW).plusSeconds(1))));
    Instant past = Instant.parse("2020-01-01T00:00:00Z");
    assertEquals(past, check(at(base, past)).occurredAt());
  }

  static ActivityRequest at(ActivityRequest r, Instant occurredAt) {
    return new ActivityRequest(
        r.type(),
        occurredAt,
        r.topics(),
        r.direction(),
        r.visibility(),
        r.contribution(),
        r.discussion(),
        r.knowledgeShare(),
        r.learning());
  }

  // CONTRIBUTION

  @Test
  void aContributionNeedsABeneficiaryOrACommunity() {
    assertEquals(
        Map.of(
            "contribution.beneficiaries",
            "name at least one beneficiary: member ids and/or a community"),
        errors(contribution(List.of(), "  ")));
    assertEquals(
        Map.of(
            "contribution.beneficiaries",
            "name at least one beneficiary: member ids and/or a community"),
        errors(contribution(null, null)));
    assertEquals(List.of(), check(contribution(null, "Lisbon JUG")).counterparts());
    assertEquals(List.of(A), check(contribution(List.of(A), null)).counterparts());
  }

  @Test
  void aContributionIsGivenByDefaultAndWeighsByItsKind() {
    ActivityRules.Checked checked = check(contribution(List.of(A), null));
    assertEquals(Direction.GIVEN, checked.direction());
    assertEquals("MENTORING", checked.kind());
    assertEquals(11, checked.weight());
    assertEquals("contribution.beneficiaries", checked.counterpartField());
  }

  // DISCUSSION

  @Test
  void aDiscussionNeedsExactlyOneOfDiscussionIdAndUrl() {
    assertEquals(
        Map.of("discussion", "needs a discussionId or a url"),
        errors(discussion(DiscussionKind.POSTED, null, null, List.of())));
    assertEquals(
        Map.of("discussion", "give either a discussionId or a url, not both"),
        errors(discussion(DiscussionKind.POSTED, COURSE, "https://x.org/t", List.of())));
    check(discussion(DiscussionKind.POSTED, COURSE, null, List.of()));
    check(discussion(DiscussionKind.POSTED, null, "https://x.org/t", List.of()));
  }

  @Test
  void aDiscussionUrlIsAnAbsoluteHttpOrHttpsUrl() {
    for (String bad : List.of("ftp://x.org/t", "/t/42", "https://", "not a url", "mailto:a@b.c")) {
      assertEquals(
          Map.of("discussion.url", "must be an absolute http or https URL"),
          errors(discussion(DiscussionKind.POSTED, null, bad, List.of())),
          bad);
    }
    check(discussion(DiscussionKind.POSTED, null, "HTTP://x.org/t", List.of()));
    check(discussion(DiscussionKind.POSTED, null, "http://x.org", List.of()));
  }

  @Test
  void aVideoCallNeedsAParticipantOtherKindsDoNot() {
    assertEquals(
        Map.of("discussion.participants", "a VIDEO_CALL needs at least one participant"),
        errors(discussion(DiscussionKind.VIDEO_CALL, COURSE, null, List.of())));
    ActivityRules.Checked call =
        check(discussion(DiscussionKind.VIDEO_CALL, COURSE, null, List.of(A)));
    assertEquals(List.of(A), call.counterparts());
    assertEquals(Direction.MUTUAL, call.direction());
    assertEquals(8, call.weight());
    assertEquals(
        List.of(), check(discussion(DiscussionKind.COMMENTED, COURSE, null, null)).counterparts());
  }

  // KNOWLEDGE_SHARE

  @Test
  void aShareHasTheSingleKindSharedAndIsGivenByDefault() {
    ActivityRules.Checked checked =
        check(share("https://x.org/a", TWENTY, TWENTY, List.of(A), Channel.CHAT));
    assertEquals("SHARED", checked.kind());
    assertEquals(6, checked.weight());
    assertEquals(Direction.GIVEN, checked.direction());
    assertEquals("knowledgeShare.recipients", checked.counterpartField());
  }

  @Test
  void aShareSaysAtLeast20CharactersOfTakeawayAndWhyItMatters() {
    assertEquals(
        Map.of(
            "knowledgeShare.takeaway", "must be at least 20 characters",
            "knowledgeShare.whyItMatters", "must be at least 20 characters"),
        errors(
            share("https://x.org/a", NINETEEN, "  " + NINETEEN + "  ", List.of(), Channel.FEED)));
    check(share("https://x.org/a", TWENTY, " " + TWENTY + " ", List.of(), Channel.FEED));
  }

  @Test
  void aShareUrlIsAnAbsoluteHttpOrHttpsUrl() {
    assertEquals(
        Map.of("knowledgeShare.url", "must be an absolute http or https URL"),
        errors(share("file:///etc/passwd", TWENTY, TWENTY, List.of(), Channel.FEED)));
  }

  @Test
  void onlyAFeedPostMayHaveNoRecipient() {
    check(share("https://x.org/a", TWENTY, TWENTY, null, Channel.FEED));
    assertEquals(
        Map.of("knowledgeShare.recipients", "a share by EMAIL needs at least one recipient"),
        errors(share("https://x.org/a", TWENTY, TWENTY, List.of(), Channel.EMAIL)));
    assertEquals(
        Map.of("knowledgeShare.recipients", "a share by CHAT needs at least one recipient"),
        errors(share("https://x.org/a", TWENTY, TWENTY, null, Channel.CHAT)));
  }

  // LEARNING

  @Test
  void percentIsRequiredForProgressAndOnlyForProgress() {
    assertEquals(
        Map.of("learning.percent", "is required for PROGRESS"),
        errors(learning(LearningKind.PROGRESS, null, null)));
    assertEquals(3, check(learning(LearningKind.PROGRESS, 0, null)).weight());
    assertEquals(
        Map.of("learning.percent", "is only for PROGRESS"),
        errors(learning(LearningKind.ENROLLED, 40, null)));
  }

  @Test
  void insightIsRequiredForInsightAndOnlyForInsight() {
    assertEquals(
        Map.of("learning.insight", "must be at least 20 characters"),
        errors(learning(LearningKind.INSIGHT, null, null)));
    assertEquals(
        Map.of("learning.insight", "must be at least 20 characters"),
        errors(learning(LearningKind.INSIGHT, null, NINETEEN + " ")));
    assertEquals(6, check(learning(LearningKind.INSIGHT, null, TWENTY)).weight());
    assertEquals(
        Map.of("learning.insight", "is only for INSIGHT"),
        errors(learning(LearningKind.COMPLETED, null, TWENTY)));
  }

  @Test
  void learningIsMutualByDefaultWithTheCompanionsAsCounterparts() {
    ActivityRules.Checked checked = check(learning(LearningKind.COMPLETED, null, null));
    assertEquals(Direction.MUTUAL, checked.direction());
    assertEquals(List.of(A), checked.counterparts());
    assertEquals("learning.companions", checked.counterpartField());
    assertEquals(7, checked.weight());
  }

  // Counterparts, topics, defaults, all errors at once

  @Test
  void counterpartsAreDistinctInTheirFirstOrder() {
    assertEquals(List.of(B, A), check(contribution(List.of(B, A, B, A), null)).counterparts());
  }

  @Test
  void theCallerIsNoCounterpartOfTheirOwnActivity() {
    assertEquals(
        Map.of("contribution.beneficiaries", "must not include yourself"),
        errors(contribution(List.of(A, ME), null)));
    assertEquals(
        Map.of("learning.companions", "must not include yourself"),
        errors(
            request(
                ActivityType.LEARNING,
                null,
                null,
                null,
                new Learning(LearningKind.ENROLLED, COURSE, null, null, List.of(ME)))));
  }

  @Test
  void topicsAreStrippedLowerCasedAndDistinct() {
    ActivityRequest r = contribution(List.of(A), null);
    ActivityRequest withTopics =
        new ActivityRequest(
            r.type(),
            null,
            List.of(" Java ", "java", "Public-Speaking"),
            null,
            null,
            r.contribution(),
            null,
            null,
            null);
    assertEquals(List.of("java", "public-speaking"), check(withTopics).topics());
    assertEquals(List.of(), check(r).topics());
  }

  @Test
  void directionAndVisibilityDefaultButAGivenOneIsKept() {
    ActivityRequest r = contribution(List.of(A), null);
    assertEquals(Visibility.CONNECTIONS, check(r).visibility());
    ActivityRequest explicit =
        new ActivityRequest(
            r.type(),
            null,
            null,
            Direction.RECEIVED,
            Visibility.PRIVATE,
            r.contribution(),
            null,
            null,
            null);
    assertEquals(Direction.RECEIVED, check(explicit).direction());
    assertEquals(Visibility.PRIVATE, check(explicit).visibility());
  }

  @Test
  void everyBrokenRuleIsListedInOneProblem() {
    ActivityRequest r =
        at(
            share("ftp://x.org/a", NINETEEN, TWENTY, List.of(ME), Channel.EMAIL),
            NOW.plus(Duration.ofHours(1)));
    ProblemException e = assertThrows(ProblemException.class, () -> check(r));
    assertEquals(
        List.of(
            new FieldError("occurredAt", "must not be more than 5 minutes in the future"),
            new FieldError("knowledgeShare.url", "must be an absolute http or https URL"),
            new FieldError("knowledgeShare.takeaway", "must be at least 20 characters"),
            new FieldError("knowledgeShare.recipients", "must not include yourself")),
        e.errors());
    assertEquals(
        "occurredAt: must not be more than 5 minutes in the future; knowledgeShare.url: must be"
            + " an absolute http or https URL; knowledgeShare.takeaway: must be at least 20"
            + " characters; knowledgeShare.recipients: must not include yourself",
        e.getMessage());
  }
}
