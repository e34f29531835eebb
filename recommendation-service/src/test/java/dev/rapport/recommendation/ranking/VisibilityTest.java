package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.FeedStubs.deliver;
import static dev.rapport.recommendation.FeedStubs.enrolment;
import static dev.rapport.recommendation.FeedStubs.goal;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.FeedStubs.visibleTo;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static dev.rapport.recommendation.ranking.Members.connect;
import static dev.rapport.recommendation.ranking.Members.known;
import static dev.rapport.recommendation.ranking.Members.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.recommendation.readmodel.Feed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stranger and a connection ask about the same members, whose positioning sections and enrolments
 * are PUBLIC, CONNECTIONS or PRIVATE: each is told only what profile-service would show them, and
 * every reason carries the id of the member it describes.
 */
@QuarkusTest
class VisibilityTest {

  String open;
  String friendsOnly;
  String secret;
  String goalTopic;
  String courseId;
  UUID stranger;
  UUID friend;

  /** interests PUBLIC, hobbies CONNECTIONS, communities PRIVATE, goals CONNECTIONS. */
  UUID sam;

  /** hobbies CONNECTIONS, goals PRIVATE, both on the goal topic (the photography case). */
  UUID pat;

  /** enrolled with CONNECTIONS visibility. */
  UUID cat;

  /** enrolled with PUBLIC visibility. */
  UUID pub;

  /** enrolled with PRIVATE visibility. */
  UUID pia;

  @BeforeEach
  void members() {
    open = unique("open");
    friendsOnly = unique("friends");
    secret = unique("secret");
    goalTopic = unique("photography");
    courseId =
        create(
            course("Visibility " + open, List.of(open, friendsOnly, secret, goalTopic), List.of()));
    stranger = UUID.randomUUID();
    friend = UUID.randomUUID();
    sam = UUID.randomUUID();
    pat = UUID.randomUUID();
    cat = UUID.randomUUID();
    pub = UUID.randomUUID();
    pia = UUID.randomUUID();

    Map<String, Object> samPositioning =
        positioningOf(List.of(open), List.of(), List.of(goal("FIND_JOB", goalTopic)), List.of());
    samPositioning.put("hobbies", List.of(friendsOnly));
    samPositioning.put("communities", List.of(secret));
    samPositioning.put(
        "visibility",
        Map.of(
            "interests", "PUBLIC",
            "hobbies", "CONNECTIONS",
            "communities", "PRIVATE",
            "goals", "CONNECTIONS"));
    Map<String, Object> patPositioning =
        positioningOf(List.of(), List.of(), List.of(goal("FIND_JOB", goalTopic)), List.of());
    patPositioning.put("hobbies", List.of(goalTopic));
    patPositioning.put("visibility", Map.of("hobbies", "CONNECTIONS", "goals", "PRIVATE"));
    known(stranger, "Stranger", null);
    known(friend, "Friend", null);
    known(sam, "Sam", samPositioning);
    known(pat, "Pat", patPositioning);
    known(cat, "Cat", null);
    known(pub, "Pub", null);
    known(pia, "Pia", null);
    connect(friend, List.of(sam, pat, cat, pia));
    UUID course = UUID.fromString(courseId);
    deliver(
        Feed.ACTIVITY_CHANGES,
        List.of(
            enrolment(UUID.randomUUID(), cat, course, List.of(open)),
            visibleTo(enrolment(UUID.randomUUID(), pub, course, List.of(open)), "PUBLIC"),
            visibleTo(enrolment(UUID.randomUUID(), pia, course, List.of(open)), "PRIVATE")));
  }

  private static String reasonsOf(UUID member) {
    return "items.find { it.member.id == '" + member + "' }.reasons";
  }

  private ValidatableResponse buddies(UUID me) {
    return given()
        .auth()
        .oauth2(TestTokens.member(me))
        .queryParam("courseId", courseId)
        .get("/api/v1/members/" + me + "/recommendations/study-buddies")
        .then()
        .statusCode(200);
  }

  @Test
  void aStrangerIsToldOnlyPublicSectionsAndPublicEnrolments() {
    buddies(stranger)
        .body(reasonsOf(sam) + ".text", contains("Interested in " + open))
        .body(reasonsOf(sam) + ".memberIds", everyItem(contains(sam.toString())))
        .body("items.member.id", not(hasItem(pat.toString())))
        .body("items.member.id", not(hasItem(cat.toString())))
        .body("items.member.id", not(hasItem(pia.toString())))
        .body(reasonsOf(pub) + ".text", hasItem("Already enrolled: you could study together"))
        .body("items.reasons.flatten().text", everyItem(not(containsString(secret))))
        .body("items.reasons.flatten().text", everyItem(not(containsString(friendsOnly))))
        .body("items.reasons.flatten().text", everyItem(not(containsString("goal"))));
  }

  @Test
  void aConnectionIsToldConnectionsSectionsButNeverPrivateOnes() {
    buddies(friend)
        .body(
            reasonsOf(sam) + ".text",
            hasItem(
                allOf(
                    containsString("Interested in"),
                    containsString(open),
                    containsString(friendsOnly),
                    not(containsString(secret)))))
        .body(reasonsOf(sam) + ".text", hasItem("Working towards a goal in " + goalTopic))
        .body(reasonsOf(sam) + ".memberIds", everyItem(contains(sam.toString())))
        .body(reasonsOf(pat) + ".text", hasItem("Interested in " + goalTopic))
        .body(reasonsOf(pat) + ".text", not(hasItem(containsString("goal"))))
        .body(reasonsOf(cat) + ".text", hasItem("Already enrolled: you could study together"))
        .body(reasonsOf(pia) + ".text", not(hasItem(containsString("enrolled"))))
        .body("items.reasons.flatten().text", everyItem(not(containsString(secret))));
  }

  @Test
  void shareTargetsNameConnectionsSectionsButNeverPrivateOnes() {
    Map<String, Object> article = new HashMap<>();
    article.put("url", "https://example.com/" + UUID.randomUUID());
    article.put("title", "Seeing and being seen");
    article.put("topics", List.of(open, friendsOnly, secret, goalTopic));
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .contentType(ContentType.JSON)
        .body(article)
        .post("/api/v1/members/" + friend + "/recommendations/share-targets")
        .then()
        .statusCode(200)
        .body(reasonsOf(sam) + ".text", hasItem("Has a goal in " + goalTopic))
        .body(reasonsOf(sam) + ".memberIds", everyItem(contains(sam.toString())))
        .body(reasonsOf(pat) + ".text", hasItem("Interested in " + goalTopic))
        .body(reasonsOf(pat) + ".text", not(hasItem(containsString("goal"))))
        .body("items.reasons.flatten().text", everyItem(not(containsString(secret))));
  }

  @Test
  void recommendationReasonsNameConnectionsWhoseEnrolmentsTheyMaySeeWithTheirIds() {
    known(friend, "Friend", null);
    known(stranger, "Stranger", null);
    String social = "items.find { it.item.id == '" + courseId + "' }.reasons";
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .queryParam("limit", 50)
        .get("/api/v1/members/" + friend + "/recommendations/courses")
        .then()
        .statusCode(200)
        .body(social + ".find { it.signal == 'SOCIAL' }.text", containsString("Cat"))
        .body(social + ".find { it.signal == 'SOCIAL' }.text", not(containsString("Pia")))
        .body(social + ".find { it.signal == 'SOCIAL' }.memberIds", contains(cat.toString()));
    given()
        .auth()
        .oauth2(TestTokens.member(stranger))
        .queryParam("limit", 50)
        .get("/api/v1/members/" + stranger + "/recommendations/courses")
        .then()
        .statusCode(200)
        .body(social + ".find { it.signal == 'SOCIAL' }", nullValue());
  }
}
