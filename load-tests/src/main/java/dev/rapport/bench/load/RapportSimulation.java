package dev.rapport.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One endpoint of Rapport (or the baseline service) under load, chosen by {@code bench.scenario}.
 * Open model by default: {@code bench.rate} new callers a second for {@code bench.duration}
 * seconds, each sending one request, whatever the server's speed (so a slow server queues, as with
 * real users). {@code bench.model=closed} keeps {@code bench.users} callers busy instead, for the
 * saturation throughput. Callers come from {@code bench.callers} (written by {@code bench.sh load}:
 * real tokens of members drawn from the whole population, hubs and heavy loggers included). A
 * warm-up of {@code bench.warmup} seconds runs first; the measured requests are grouped under the
 * scenario's name, the warm-up's under "warmup", so the figures are of the warmed-up service. Any
 * failed request fails the run.
 */
public class RapportSimulation extends Simulation {

  /** The scenarios, each one request named after it. */
  static final Map<String, ChainBuilder> SCENARIOS = new LinkedHashMap<>();

  static {
    String p = System.getProperty("bench.profileUrl", "http://localhost:8081");
    String a = System.getProperty("bench.activityUrl", "http://localhost:8082");
    String r = System.getProperty("bench.recommendationUrl", "http://localhost:8083");
    String b = System.getProperty("bench.baselineUrl", "http://localhost:8090");
    SCENARIOS.put(
        "baseline", exec(get("baseline", b + "/members/#{other}").check(status().is(200))));
    SCENARIOS.put(
        "profile-anonymous",
        exec(get("profile-anonymous", p + "/api/v1/members/#{other}").check(status().is(200))));
    SCENARIOS.put(
        "profile-connection",
        exec(
            authed(get("profile-connection", p + "/api/v1/members/#{connection}"))
                .check(status().is(200))));
    SCENARIOS.put(
        "profile-stranger",
        exec(
            authed(get("profile-stranger", p + "/api/v1/members/#{stranger}"))
                .check(status().is(200))));
    SCENARIOS.put(
        "search",
        randomSwitch()
            .on(
                new Choice.WithWeight(
                    50,
                    exec(
                        authed(get("search", p + "/api/v1/members").queryParam("q", "#{interest}"))
                            .check(status().is(200)))),
                new Choice.WithWeight(
                    50,
                    exec(
                        authed(get("search", p + "/api/v1/members").queryParam("skill", "#{skill}"))
                            .check(status().is(200))))));
    SCENARIOS.put(
        "suggestions",
        exec(
            authed(get("suggestions", p + "/api/v1/members/#{member}/connections/suggestions"))
                .check(status().is(200))));
    SCENARIOS.put(
        "activity-write",
        exec(
            authed(
                    http("activity-write")
                        .post(a + "/api/v1/activities")
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .body(
                            StringBody(
                                "{\"type\":\"CONTRIBUTION\",\"topics\":[\"#{interest}\"],"
                                    + "\"contribution\":{\"kind\":\"ADVICE\","
                                    + "\"beneficiaries\":[\"#{connection}\"],"
                                    + "\"description\":\"Reviewed a design together\"}}")))
                .check(status().is(201))));
    SCENARIOS.put(
        "activity-page",
        exec(
            authed(
                    get("activity-page", a + "/api/v1/activities")
                        .queryParam("memberId", "#{member}"))
                .check(status().is(200))));
    SCENARIOS.put(
        "activity-summary",
        exec(
            authed(get("activity-summary", a + "/api/v1/members/#{member}/activity-summary"))
                .check(status().is(200))));
    SCENARIOS.put(
        "relationships",
        exec(
            authed(get("relationships", a + "/api/v1/members/#{member}/relationships"))
                .check(status().is(200))));
    SCENARIOS.put(
        "nudges",
        exec(
            authed(get("nudges", a + "/api/v1/members/#{member}/nudges")).check(status().is(200))));
    SCENARIOS.put(
        "course-recommendations",
        exec(
            authed(
                    get(
                        "course-recommendations",
                        r + "/api/v1/members/#{member}/recommendations/courses"))
                .check(status().is(200))));
    SCENARIOS.put(
        "discussion-recommendations",
        exec(
            authed(
                    get(
                        "discussion-recommendations",
                        r + "/api/v1/members/#{member}/recommendations/discussions"))
                .check(status().is(200))));
    SCENARIOS.put(
        "study-buddies",
        exec(
            authed(
                    get(
                            "study-buddies",
                            r + "/api/v1/members/#{member}/recommendations/study-buddies")
                        .queryParam("courseId", "#{course}"))
                .check(status().is(200))));
    SCENARIOS.put(
        "share-targets",
        exec(
            authed(
                    http("share-targets")
                        .post(r + "/api/v1/members/#{member}/recommendations/share-targets")
                        .header("Content-Type", "application/json")
                        .body(
                            StringBody(
                                "{\"url\":\"https://blog.example.com/notes\","
                                    + "\"title\":\"Notes on #{interest}\","
                                    + "\"topics\":[\"#{interest}\",\"#{skill}\"]}")))
                .check(status().is(200))));
  }

  /** What a mixed day looks like: mostly reads of profiles and one's own activity. */
  static final Map<String, Double> MIX =
      mix(
          "profile-anonymous", 10,
          "profile-connection", 15,
          "profile-stranger", 10,
          "search", 8,
          "suggestions", 5,
          "activity-write", 12,
          "activity-page", 10,
          "activity-summary", 6,
          "relationships", 5,
          "nudges", 5,
          "course-recommendations", 5,
          "discussion-recommendations", 4,
          "study-buddies", 3,
          "share-targets", 2);

  public RapportSimulation() {
    String name = System.getProperty("bench.scenario", "baseline");
    double rate = Double.parseDouble(System.getProperty("bench.rate", "10"));
    long duration = Long.parseLong(System.getProperty("bench.duration", "30"));
    long warmup = Long.parseLong(System.getProperty("bench.warmup", "5"));
    String model = System.getProperty("bench.model", "open");
    int users = Integer.parseInt(System.getProperty("bench.users", "32"));
    FeederBuilder<String> callers =
        csv(System.getProperty("bench.callers", "target/bench/callers.csv")).random();

    ChainBuilder chain = chain(name);
    ScenarioBuilder warm = scenario("warmup").feed(callers).group("warmup").on(chain);
    ScenarioBuilder main = scenario(name).feed(callers).group(name).on(chain);
    PopulationBuilder measured =
        model.equals("closed")
            ? main.injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(duration)))
            : main.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(duration)));
    PopulationBuilder population =
        warmup > 0
            ? (model.equals("closed")
                    ? warm.injectClosed(
                        constantConcurrentUsers(users).during(Duration.ofSeconds(warmup)))
                    : warm.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(warmup))))
                .andThen(measured)
            : measured;

    HttpProtocolBuilder protocol =
        http.acceptHeader("application/json")
            .shareConnections()
            .warmUp(
                System.getProperty("bench.profileUrl", "http://localhost:8081") + "/q/health/live");
    setUp(population).protocols(protocol).assertions(global().failedRequests().count().is(0L));
  }

  static ChainBuilder chain(String name) {
    if (name.equals("mixed")) {
      List<Choice.WithWeight> choices =
          MIX.entrySet().stream()
              .map(e -> new Choice.WithWeight(e.getValue(), SCENARIOS.get(e.getKey())))
              .toList();
      return randomSwitch().on(choices);
    }
    ChainBuilder chain = SCENARIOS.get(name);
    if (chain == null) {
      throw new IllegalArgumentException(
          "No scenario " + name + "; scenarios: mixed, " + String.join(", ", SCENARIOS.keySet()));
    }
    return chain;
  }

  private static HttpRequestActionBuilder get(String name, String url) {
    return http(name).get(url);
  }

  private static HttpRequestActionBuilder authed(HttpRequestActionBuilder request) {
    return request.header("Authorization", "Bearer #{token}");
  }

  private static Map<String, Double> mix(Object... pairs) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return out;
  }
}
