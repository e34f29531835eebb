package dev.rapport.recommendation.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.common.changefeed.FeedPage;
import dev.rapport.common.testing.ConsumerContract;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What recommendation-service relies on from activity-service is in activity-service's committed
 * document (contracts/activity-service.yaml): the change feed's path and parameters as {@link
 * ActivityRestClient} calls them, and every field it reads from a change and its activity.
 */
class ActivityContractTest {

  private static final ConsumerContract ACTIVITY = ConsumerContract.of("activity-service");

  /*
   * FeedPage.Change parses `data` as a JsonNode; ReadModelService reads an ACTIVITY change's data
   * as ActivityData. These two records mirror FeedPage with `data` typed as what the code reads it
   * as, so the check reaches every ActivityData field (activity-service documents data as its
   * ActivityView).
   */
  record ActivityChangePage(List<ActivityChange> changes, String nextCursor) {}

  record ActivityChange(
      String cursor,
      String entity,
      UUID entityId,
      UUID memberId,
      String operation,
      Instant changedAt,
      ActivityData data) {}

  @Test
  void theActivityChangeFeedHasItsParametersAndEveryFieldRead() {
    ACTIVITY
        .assertOperation("GET", "/api/v1/activity-changes", "after", "limit")
        .assertResponseFields("GET", "/api/v1/activity-changes", 200, FeedPage.class)
        .assertResponseFields("GET", "/api/v1/activity-changes", 200, ActivityChangePage.class);
  }

  @Test
  void theMirrorsStayTheClientsRecords() {
    assertEquals(names(FeedPage.class), names(ActivityChangePage.class));
    assertEquals(names(FeedPage.Change.class), names(ActivityChange.class));
  }

  private static List<String> names(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
