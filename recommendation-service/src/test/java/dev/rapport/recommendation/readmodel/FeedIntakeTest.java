package dev.rapport.recommendation.readmodel;

import static dev.rapport.recommendation.FeedStubs.activityDeleted;
import static dev.rapport.recommendation.FeedStubs.deliver;
import static dev.rapport.recommendation.FeedStubs.enrolment;
import static dev.rapport.recommendation.FeedStubs.erase;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.common.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A page is applied set-based, in one go: many changes to one item, an activity changed twice, one
 * deleted and re-created, one moved to another course, replays — the read model ends as applying
 * them one by one would, and the popularity counters equal a full recount.
 */
@QuarkusTest
class FeedIntakeTest {

  @Test
  void aPageOfManyChangesToOneCourseCountsEachMemberOnce() {
    String topic = "intake " + UUID.randomUUID().toString().substring(0, 8);
    UUID popular = UUID.fromString(create(course("Popular Course", List.of(topic), List.of())));
    UUID other = UUID.fromString(create(course("Other Course", List.of(topic), List.of())));
    List<Map<String, Object>> page = new ArrayList<>();
    List<UUID> members = new ArrayList<>();
    UUID firstActivity = null;
    for (int i = 0; i < 40; i++) {
      UUID member = UUID.randomUUID();
      members.add(member);
      UUID activity = UUID.randomUUID();
      firstActivity = firstActivity == null ? activity : firstActivity;
      page.add(enrolment(activity, member, popular, List.of(topic)));
      if (i % 4 == 0) {
        // the same member logs the course a second time: still one member
        page.add(enrolment(UUID.randomUUID(), member, popular, List.of(topic)));
      }
      if (i % 5 == 0) {
        // a replayed change
        page.add(enrolment(activity, member, popular, List.of(topic)));
      }
    }
    // deleted in the same page: not counted
    UUID gone = UUID.randomUUID();
    UUID goneActivity = UUID.randomUUID();
    page.add(enrolment(goneActivity, gone, popular, List.of(topic)));
    page.add(activityDeleted(goneActivity, gone));
    // deleted, then re-created: counted
    UUID back = UUID.randomUUID();
    UUID backActivity = UUID.randomUUID();
    page.add(activityDeleted(backActivity, back));
    page.add(enrolment(backActivity, back, popular, List.of(topic)));
    // moved from the popular course to the other one: counted there only
    UUID mover = UUID.randomUUID();
    UUID moved = UUID.randomUUID();
    page.add(enrolment(moved, mover, popular, List.of(topic)));
    page.add(enrolment(moved, mover, other, List.of(topic)));
    deliver(Feed.ACTIVITY_CHANGES, page);

    assertEquals(41, popularity(popular));
    assertEquals(1, popularity(other));
    countersMatchARecount();

    // a later page: one of the double enrolments withdrawn keeps the member; an erasure drops one
    deliver(
        Feed.ACTIVITY_CHANGES,
        List.of(activityDeleted(moved, mover), activityDeleted(firstActivity, members.get(0))));
    deliver(Feed.MEMBER_CHANGES, List.of(erase(members.get(1))));
    assertEquals(40, popularity(popular));
    assertEquals(0, popularity(other));
    countersMatchARecount();

    UUID newcomer = UUID.randomUUID();
    given()
        .auth()
        .oauth2(TestTokens.member(newcomer))
        .queryParam("limit", 50)
        .get("/api/v1/members/" + newcomer + "/recommendations/courses")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.item.id == '" + popular + "' }.reasons.text",
            hasItem("Popular on Rapport: 40 members enrolled"));
  }

  @Test
  void feedbackAndActivitiesOfOneMemberForOneCourseCountOnce() {
    UUID course =
        UUID.fromString(create(course("Feedback Course", List.of("intake feedback"), List.of())));
    UUID member = UUID.randomUUID();
    given()
        .auth()
        .oauth2(TestTokens.member(member))
        .contentType("application/json")
        .body(Map.of("itemId", course.toString(), "itemType", "COURSE", "action", "ENROLLED"))
        .post("/api/v1/recommendations/feedback")
        .then()
        .statusCode(204);
    UUID activity = UUID.randomUUID();
    deliver(Feed.ACTIVITY_CHANGES, List.of(enrolment(activity, member, course, List.of("intake"))));
    assertEquals(1, popularity(course));
    deliver(Feed.ACTIVITY_CHANGES, List.of(activityDeleted(activity, member)));
    assertEquals(1, popularity(course));
    countersMatchARecount();
  }

  private static EntityManager em() {
    return Arc.container().instance(EntityManager.class).get();
  }

  private static int popularity(UUID item) {
    return (Integer)
        em().createNativeQuery(
                "SELECT coalesce(max(members), 0) FROM item_popularity WHERE item_id = :item",
                Integer.class)
            .setParameter("item", item)
            .getSingleResult();
  }

  /** The counters kept by delta against the recount the old intake did per change. */
  private static void countersMatchARecount() {
    List<?> differences =
        em().createNativeQuery(
                """
                WITH recount AS (
                    SELECT item_type, item_id, count(DISTINCT member_id) AS members
                    FROM engagement WHERE action IN ('ENROLLED', 'JOINED')
                    GROUP BY item_type, item_id)
                SELECT coalesce(p.item_id, r.item_id)::text || ': kept '
                       || coalesce(p.members, 0) || ', recounted ' || coalesce(r.members, 0)
                FROM item_popularity p
                FULL JOIN recount r ON r.item_type = p.item_type AND r.item_id = p.item_id
                WHERE coalesce(p.members, 0) <> coalesce(r.members, 0)
                UNION ALL
                SELECT 'take ' || coalesce(t.member_id, e.member_id)::text
                FROM member_item_take t
                FULL JOIN (SELECT member_id, item_type, item_id, count(*) AS n FROM engagement
                           WHERE action IN ('ENROLLED', 'JOINED')
                           GROUP BY member_id, item_type, item_id) e
                  ON e.member_id = t.member_id AND e.item_type = t.item_type
                     AND e.item_id = t.item_id
                WHERE coalesce(t.takes, 0) <> coalesce(e.n, 0)
                """,
                String.class)
            .getResultList();
    assertEquals(List.of(), differences);
  }
}
