package dev.rapport.recommendation.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.changefeed.FeedPage;
import dev.rapport.recommendation.RecommendationConfig;
import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.catalog.CourseView;
import dev.rapport.recommendation.catalog.DiscussionView;
import dev.rapport.recommendation.ranking.Recommendation;
import dev.rapport.recommendation.ranking.RecommendationService;
import dev.rapport.recommendation.readmodel.Feed;
import dev.rapport.recommendation.readmodel.ReadModelService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Offline evaluation of course recommendations against the whole demo catalog (not sampled
 * negatives). A synthetic population with hidden interests and goals enrols according to them, to
 * course popularity and to what its connections took; part of each member's enrolments is hidden
 * (all of them for cold-start members, who have a positioning and no activity), and the
 * recommender, most-popular and random (fixed seed) must find them. The population enters through
 * the real change-feed path, and recommendations come from the real service and SQL.
 *
 * <p>Not part of the build; run with {@code ./mvnw -B -pl common,recommendation-service verify
 * -Dtest=RecommenderEvaluation -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}. Writes {@code
 * recommendation-service/target/evaluation.md}.
 */
@QuarkusTest
@TestProfile(RecommenderEvaluation.DemoCatalog.class)
class RecommenderEvaluation {

  public static class DemoCatalog implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rapport.catalog.load-demo", "true");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(EvaluationClock.class);
    }
  }

  static final long SEED = 20261125L;
  static final int MEMBERS = 500;
  static final double COLD_SHARE = 0.2;
  static final double HIDDEN_SHARE = 0.3;
  static final int K = 10;
  static final List<String> GOALS =
      List.of(
          "FIND_JOB", "BECOME_KNOWN_EXPERT", "EXPAND_PEER_NETWORK", "FIND_CLIENTS", "RECONNECT");

  record Item(
      UUID id,
      String area,
      Set<String> topics,
      Set<String> skills,
      int ratingCount,
      String community,
      String audience,
      String activityLevel) {
    Set<String> features() {
      Set<String> all = new HashSet<>(topics);
      all.addAll(skills);
      return all;
    }
  }

  static final class Person {
    UUID uuid;
    List<String> areas;
    Set<String> hidden = new HashSet<>();
    List<String> interests = new ArrayList<>();
    List<Map<String, Object>> skills = new ArrayList<>();
    String goal;
    String goalTopic;
    boolean cold;
    List<Person> connections = new ArrayList<>();
    String school;
    List<UUID> chosen = new ArrayList<>();
    Set<UUID> train = new HashSet<>();
    Set<UUID> test = new HashSet<>();
    List<UUID> joined = new ArrayList<>();
    Set<UUID> trainJoined = new HashSet<>();
    Set<UUID> testJoined = new HashSet<>();
  }

  @Inject EntityManager em;
  @Inject ReadModelService readModel;
  @Inject RecommendationService recommendations;
  @Inject RecommendationConfig config;
  @Inject ObjectMapper json;

  @Test
  void recommenderBeatsMostPopularAndRandom() throws IOException {
    Random random = new Random(SEED);
    // The import gives items random ids; ids derived from urls make every run see the same
    // catalog order and the same tie-breaks, so the figures repeat exactly.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery("UPDATE course SET id = CAST(md5(url) AS uuid)").executeUpdate();
              em.createNativeQuery("UPDATE discussion SET id = CAST(md5(url) AS uuid)")
                  .executeUpdate();
            });
    List<Item> courses = loadCourses();
    List<Item> discussions = loadDiscussions();
    Map<String, List<Item>> byArea =
        courses.stream()
            .collect(Collectors.groupingBy(Item::area, TreeMap::new, Collectors.toList()));
    List<String> schools =
        discussions.stream()
            .filter(d -> "ALUMNI".equals(d.community()) && d.audience() != null)
            .map(Item::audience)
            .distinct()
            .sorted()
            .toList();
    Set<String> inDemand =
        new HashSet<>(Topics.normalise(config.recommendations().inDemandSkills()));
    List<Person> people = population(random, new ArrayList<>(byArea.keySet()), byArea, schools);
    connect(random, people);
    choose(random, people, courses, inDemand, false);
    choose(random, people, discussions, inDemand, true);
    ingest(people);

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Seed %d, %d members (%.0f%% cold start: no activity at all), %d courses and %d"
                + " discussions; %d%% of each member's enrolments and joins hidden (all of them"
                + " for cold-start members); top %d ranked against the whole catalog.%n",
            SEED,
            MEMBERS,
            COLD_SHARE * 100,
            courses.size(),
            discussions.size(),
            (int) (HIDDEN_SHARE * 100),
            K));
    double[] courseNdcg =
        evaluate(
            "Courses",
            people,
            courses,
            p -> p.train,
            p -> p.test,
            p ->
                recommendations.courses(p.uuid, K).items().stream()
                    .map(Recommendation::item)
                    .map(CourseView::id)
                    .toList(),
            inDemand,
            report);
    double[] discussionNdcg =
        evaluate(
            "Discussions",
            people,
            discussions,
            p -> p.trainJoined,
            p -> p.testJoined,
            p ->
                recommendations.discussions(p.uuid, K).items().stream()
                    .map(Recommendation::item)
                    .map(DiscussionView::id)
                    .toList(),
            inDemand,
            report);
    org.jboss.logging.Logger.getLogger(RecommenderEvaluation.class).info("\n" + report);
    Path out = Path.of("target", "evaluation.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    assertTrue(
        courseNdcg[0] >= 1.3 * courseNdcg[1] && discussionNdcg[0] >= 1.3 * discussionNdcg[1],
        "recommender NDCG@10 not 30% above most-popular:\n" + report);
  }

  /** Evaluates one item type; answers NDCG@10 overall of the recommender and of most-popular. */
  private double[] evaluate(
      String title,
      List<Person> people,
      List<Item> catalog,
      java.util.function.Function<Person, Set<UUID>> trainOf,
      java.util.function.Function<Person, Set<UUID>> testOf,
      java.util.function.Function<Person, List<UUID>> recommend,
      Set<String> inDemand,
      StringBuilder report) {
    Map<UUID, Integer> popularity = new HashMap<>();
    people.forEach(p -> trainOf.apply(p).forEach(i -> popularity.merge(i, 1, Integer::sum)));
    List<UUID> byPopularity =
        catalog.stream()
            .map(Item::id)
            .sorted(
                Comparator.<UUID>comparingInt(i -> -popularity.getOrDefault(i, 0))
                    .thenComparing(UUID::toString))
            .toList();
    Map<UUID, Item> items = catalog.stream().collect(Collectors.toMap(Item::id, i -> i));
    Map<UUID, Set<Person>> engagers = new HashMap<>();
    people.forEach(
        p ->
            trainOf
                .apply(p)
                .forEach(i -> engagers.computeIfAbsent(i, x -> new HashSet<>()).add(p)));
    Map<String, Map<String, Metrics>> groups = new LinkedHashMap<>();
    for (String group : List.of("all", "with activity", "cold start")) {
      groups.put(group, new LinkedHashMap<>());
    }
    GOALS.stream().sorted().forEach(goal -> groups.put("goal " + goal, new LinkedHashMap<>()));
    Random baseline = new Random(SEED + title.length());
    for (Person p : people) {
      Set<UUID> train = trainOf.apply(p);
      Set<UUID> test = testOf.apply(p);
      if (test.isEmpty()) {
        continue;
      }
      List<UUID> rec = recommend.apply(p);
      List<UUID> pop = byPopularity.stream().filter(i -> !train.contains(i)).limit(K).toList();
      List<UUID> pool =
          new ArrayList<>(catalog.stream().map(Item::id).filter(i -> !train.contains(i)).toList());
      java.util.Collections.shuffle(pool, baseline);
      List<UUID> rnd = pool.subList(0, K);
      List<UUID> knn = top(itemKnn(train, engagers), byPopularity, train, popularity);
      List<UUID> took = top(connectionsTook(p, trainOf), byPopularity, train, popularity);
      List<UUID> matched = top(statedMatch(p, catalog), byPopularity, train, popularity);
      for (String group :
          List.of("all", p.cold ? "cold start" : "with activity", "goal " + p.goal)) {
        Map<String, Metrics> g = groups.get(group);
        g.computeIfAbsent("recommender", x -> new Metrics()).add(rec, p, test, items, inDemand);
        g.computeIfAbsent("most-popular", x -> new Metrics()).add(pop, p, test, items, inDemand);
        g.computeIfAbsent("random", x -> new Metrics()).add(rnd, p, test, items, inDemand);
        g.computeIfAbsent("item-kNN", x -> new Metrics()).add(knn, p, test, items, inDemand);
        g.computeIfAbsent("connections-took", x -> new Metrics())
            .add(took, p, test, items, inDemand);
        g.computeIfAbsent("stated-profile matcher", x -> new Metrics())
            .add(matched, p, test, items, inDemand);
      }
    }
    report.append("\n### ").append(title).append("\n\n");
    report.append(
        "| Group | Members | Method | Precision@10 | Recall@10 | NDCG@10 | Coverage |"
            + " Intra-list diversity | Purpose alignment@10 |\n");
    report.append("|---|---|---|---|---|---|---|---|---|\n");
    groups.forEach(
        (group, methods) ->
            methods.forEach(
                (method, m) ->
                    report.append(
                        String.format(
                            Locale.ROOT,
                            "| %s | %d | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                            group,
                            m.members,
                            method,
                            m.precision / m.members,
                            m.recall / m.members,
                            m.ndcg / m.members,
                            (double) m.recommended.size() / catalog.size(),
                            m.diversity / m.members,
                            m.alignment / m.members))));
    double rec = groups.get("all").get("recommender").ndcg;
    double pop = groups.get("all").get("most-popular").ndcg;
    report.append(
        String.format(
            Locale.ROOT,
            "%nNDCG@10, recommender vs most-popular: %+.0f%%%n",
            (rec / pop - 1) * 100));
    for (String[] versus :
        List.of(
            new String[] {"with activity", "item-kNN"},
            new String[] {"with activity", "connections-took"},
            new String[] {"cold start", "stated-profile matcher"})) {
      Map<String, Metrics> g = groups.get(versus[0]);
      report.append(
          String.format(
              Locale.ROOT,
              "NDCG@10 %s, recommender vs %s: %.2f×%n",
              versus[0],
              versus[1],
              g.get("recommender").ndcg / g.get(versus[1]).ndcg));
    }
    return new double[] {rec, pop};
  }

  /**
   * The best {@code K} of the catalog by score that the member has not taken; ties (items a
   * baseline cannot score at all included) by popularity, then id, so every list is full.
   */
  private static List<UUID> top(
      Map<UUID, Double> scores,
      List<UUID> catalog,
      Set<UUID> train,
      Map<UUID, Integer> popularity) {
    return catalog.stream()
        .filter(i -> !train.contains(i))
        .sorted(
            Comparator.<UUID>comparingDouble(i -> -scores.getOrDefault(i, 0.0))
                .thenComparingInt(i -> -popularity.getOrDefault(i, 0))
                .thenComparing(UUID::toString))
        .limit(K)
        .toList();
  }

  /**
   * Item-kNN: an item scores the sum of its cosine similarities (by co-engagement among the visible
   * choices) to the items the member took.
   */
  private static Map<UUID, Double> itemKnn(Set<UUID> train, Map<UUID, Set<Person>> engagers) {
    Map<UUID, Double> scores = new HashMap<>();
    for (UUID taken : train) {
      Set<Person> a = engagers.getOrDefault(taken, Set.of());
      engagers.forEach(
          (item, b) -> {
            if (a.isEmpty() || b.isEmpty()) {
              return;
            }
            Set<Person> smaller = a.size() <= b.size() ? a : b;
            Set<Person> larger = smaller == a ? b : a;
            long both = smaller.stream().filter(larger::contains).count();
            if (both > 0) {
              scores.merge(item, both / Math.sqrt((double) a.size() * b.size()), Double::sum);
            }
          });
    }
    return scores;
  }

  /** What my connections took: an item scores the number of connections who took it. */
  private static Map<UUID, Double> connectionsTook(
      Person p, java.util.function.Function<Person, Set<UUID>> trainOf) {
    Map<UUID, Double> scores = new HashMap<>();
    p.connections.forEach(c -> trainOf.apply(c).forEach(i -> scores.merge(i, 1.0, Double::sum)));
    return scores;
  }

  /**
   * The plain matcher: +1 for each stated interest, goal topic or skill found among an item's
   * topics and skills; the item's rating count breaks ties (the evaluation's catalog rows carry no
   * rating).
   */
  private static Map<UUID, Double> statedMatch(Person p, List<Item> catalog) {
    Set<String> stated = new HashSet<>();
    p.interests.forEach(i -> stated.add(i.toLowerCase(Locale.ROOT)));
    p.skills.forEach(s -> stated.add(String.valueOf(s.get("name")).toLowerCase(Locale.ROOT)));
    if (p.goalTopic != null) {
      stated.add(p.goalTopic.toLowerCase(Locale.ROOT));
    }
    Map<UUID, Double> scores = new HashMap<>();
    for (Item item : catalog) {
      double hits = 0;
      for (String feature : item.features()) {
        if (stated.contains(feature.toLowerCase(Locale.ROOT))) {
          hits++;
        }
      }
      scores.put(item.id(), hits + item.ratingCount() / 1e7);
    }
    return scores;
  }

  /** Sums of per-member metrics for one method in one group. */
  static final class Metrics {
    int members;
    double precision;
    double recall;
    double ndcg;
    double diversity;
    double alignment;
    Set<UUID> recommended = new HashSet<>();

    void add(
        List<UUID> list, Person p, Set<UUID> test, Map<UUID, Item> items, Set<String> inDemand) {
      members++;
      int hits = 0;
      double dcg = 0;
      for (int i = 0; i < list.size(); i++) {
        if (test.contains(list.get(i))) {
          hits++;
          dcg += 1 / log2(i + 2);
        }
      }
      double idcg = 0;
      for (int i = 0; i < Math.min(K, test.size()); i++) {
        idcg += 1 / log2(i + 2);
      }
      precision += (double) hits / K;
      recall += (double) hits / test.size();
      ndcg += idcg == 0 ? 0 : dcg / idcg;
      recommended.addAll(list);
      double pairs = 0;
      double similarity = 0;
      int aligned = 0;
      for (int i = 0; i < list.size(); i++) {
        Item a = items.get(list.get(i));
        if (servesGoal(a, p, inDemand)) {
          aligned++;
        }
        for (int j = i + 1; j < list.size(); j++) {
          similarity += jaccard(a.features(), items.get(list.get(j)).features());
          pairs++;
        }
      }
      diversity += pairs == 0 ? 0 : 1 - similarity / pairs;
      alignment += list.isEmpty() ? 0 : (double) aligned / K;
    }
  }

  static boolean servesGoal(Item item, Person p, Set<String> inDemand) {
    if ("RECONNECT".equals(p.goal)) {
      return "ALUMNI".equals(item.community()) && p.school.equals(item.audience());
    }
    boolean onTopic = p.goalTopic != null && item.features().contains(p.goalTopic);
    if ("FIND_JOB".equals(p.goal)) {
      return onTopic || item.skills().stream().anyMatch(inDemand::contains);
    }
    return onTopic;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return either.isEmpty() ? 0 : (double) both.size() / either.size();
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  // --- the synthetic population -----------------------------------------------------------------

  record CourseRow(UUID id, String[] topics, String[] skills, Integer ratingCount) {}

  record DiscussionRow(
      UUID id, String[] topics, String community, String audience, String activityLevel) {}

  private List<Item> loadCourses() {
    return em
        .createNativeQuery(
            "SELECT id, topics, skills, rating_count FROM course ORDER BY url", CourseRow.class)
        .getResultList()
        .stream()
        .map(
            row -> {
              CourseRow c = (CourseRow) row;
              List<String> topics = List.of(c.topics());
              return new Item(
                  c.id(),
                  topics.isEmpty() ? "other" : topics.get(0),
                  new HashSet<>(topics),
                  new HashSet<>(List.of(c.skills())),
                  c.ratingCount(),
                  null,
                  null,
                  null);
            })
        .toList();
  }

  private List<Item> loadDiscussions() {
    return em
        .createNativeQuery(
            "SELECT id, topics, community, audience, activity_level FROM discussion ORDER BY url",
            DiscussionRow.class)
        .getResultList()
        .stream()
        .map(
            row -> {
              DiscussionRow d = (DiscussionRow) row;
              List<String> topics = List.of(d.topics());
              return new Item(
                  d.id(),
                  topics.isEmpty() ? "other" : topics.get(0),
                  new HashSet<>(topics),
                  Set.of(),
                  0,
                  d.community(),
                  d.audience(),
                  d.activityLevel());
            })
        .toList();
  }

  private static List<Person> population(
      Random random, List<String> areas, Map<String, List<Item>> byArea, List<String> schools) {
    List<Person> people = new ArrayList<>();
    for (int n = 0; n < MEMBERS; n++) {
      Person p = new Person();
      p.uuid = new UUID(SEED, n);
      String first = areas.get(random.nextInt(areas.size()));
      String second = areas.get(random.nextInt(areas.size()));
      p.areas = first.equals(second) ? List.of(first) : List.of(first, second);
      List<String> areaSkills = new ArrayList<>();
      for (String area : p.areas) {
        Set<String> topics = new java.util.TreeSet<>();
        Set<String> skills = new java.util.TreeSet<>();
        byArea
            .get(area)
            .forEach(
                i -> {
                  topics.addAll(i.topics());
                  skills.addAll(i.skills());
                });
        p.hidden.addAll(topics);
        p.hidden.addAll(skills);
        // The positioning states part of what the member cares about, not all of it.
        if (random.nextDouble() < 0.8) {
          p.interests.add(area);
        }
        areaSkills.addAll(skills);
      }
      java.util.Collections.shuffle(areaSkills, random);
      for (String skill : areaSkills.subList(0, Math.min(2, areaSkills.size()))) {
        p.skills.add(
            Map.of(
                "name",
                skill,
                "level",
                random.nextBoolean() ? "BEGINNER" : "ADVANCED",
                "years",
                2));
      }
      p.goal = GOALS.get(random.nextInt(GOALS.size()));
      List<String> hiddenList = new ArrayList<>(new java.util.TreeSet<>(p.hidden));
      p.goalTopic =
          random.nextDouble() < 0.9 ? hiddenList.get(random.nextInt(hiddenList.size())) : null;
      if ("RECONNECT".equals(p.goal)) {
        p.goalTopic = null;
      }
      p.school = schools.get(random.nextInt(schools.size()));
      p.cold = random.nextDouble() < COLD_SHARE;
      people.add(p);
    }
    return people;
  }

  private static void connect(Random random, List<Person> people) {
    for (Person p : people) {
      int wanted = 3 + random.nextInt(6);
      int tries = 0;
      while (p.connections.size() < wanted && tries++ < 200) {
        Person other = people.get(random.nextInt(people.size()));
        boolean similar = other.areas.stream().anyMatch(p.areas::contains);
        if (other == p
            || p.connections.contains(other)
            || (!similar && random.nextDouble() < 0.7)) {
          continue;
        }
        p.connections.add(other);
        other.connections.add(p);
      }
    }
  }

  private static void choose(
      Random random,
      List<Person> people,
      List<Item> catalog,
      Set<String> inDemand,
      boolean discussions) {
    double maxCount = Math.max(1, catalog.stream().mapToInt(Item::ratingCount).max().orElse(1));
    List<Person> order = new ArrayList<>(people);
    java.util.Collections.shuffle(order, random);
    for (Person p : order) {
      Map<UUID, Integer> friends = new HashMap<>();
      p.connections.forEach(
          c -> (discussions ? c.joined : c.chosen).forEach(i -> friends.merge(i, 1, Integer::sum)));
      List<Map.Entry<UUID, Double>> utilities = new ArrayList<>();
      for (Item item : catalog) {
        double u = discussions ? discussionUtility(p, item) : courseUtility(p, item, inDemand);
        u += discussions ? 0 : 1.2 * Math.log1p(item.ratingCount()) / Math.log1p(maxCount);
        u += 0.9 * Math.min(2, friends.getOrDefault(item.id(), 0));
        u += -Math.log(-Math.log(random.nextDouble())); // Gumbel: sampling by softmax
        utilities.add(Map.entry(item.id(), u));
      }
      utilities.sort(Map.Entry.<UUID, Double>comparingByValue().reversed());
      int k = discussions ? 2 + random.nextInt(4) : 4 + random.nextInt(5);
      List<UUID> taken = discussions ? p.joined : p.chosen;
      utilities.subList(0, k).forEach(e -> taken.add(e.getKey()));
      List<UUID> shuffled = new ArrayList<>(taken);
      java.util.Collections.shuffle(shuffled, random);
      int hidden = p.cold ? k : Math.max(1, (int) Math.round(k * HIDDEN_SHARE));
      (discussions ? p.testJoined : p.test).addAll(shuffled.subList(0, hidden));
      (discussions ? p.trainJoined : p.train).addAll(shuffled.subList(hidden, k));
    }
  }

  private static double courseUtility(Person p, Item item, Set<String> inDemand) {
    double u = 0;
    if (p.areas.contains(item.area())) {
      u += 2.0;
    }
    u += 0.5 * item.features().stream().filter(p.hidden::contains).count();
    if (p.goalTopic != null && item.features().contains(p.goalTopic)) {
      u += 1.5;
    }
    if ("FIND_JOB".equals(p.goal) && item.skills().stream().anyMatch(inDemand::contains)) {
      u += 0.8;
    }
    return u;
  }

  private static double discussionUtility(Person p, Item item) {
    double u = 1.2 * Math.min(2, item.topics().stream().filter(p.hidden::contains).count());
    boolean mySchool = "ALUMNI".equals(item.community()) && p.school.equals(item.audience());
    if (mySchool) {
      u += "RECONNECT".equals(p.goal) ? 3.0 : 1.0;
    }
    if (p.goalTopic != null && item.topics().contains(p.goalTopic)) {
      u += 1.5;
      if ("FIND_CLIENTS".equals(p.goal) && "INDUSTRY".equals(item.community())) {
        u += 0.5;
      }
      if ("EXPAND_PEER_NETWORK".equals(p.goal)
          && ("DISCIPLINE".equals(item.community()) || "TECHNOLOGY".equals(item.community()))) {
        u += 0.5;
      }
    }
    if ("HIGH".equals(item.activityLevel())) {
      u += 0.3;
    }
    return u;
  }

  /** The population enters the read model the way production data does: as feed changes. */
  private void ingest(List<Person> people) {
    List<FeedPage.Change> members = new ArrayList<>();
    List<FeedPage.Change> activities = new ArrayList<>();
    Instant now = EvaluationClock.NOW;
    Set<String> seen = new HashSet<>();
    for (Person p : people) {
      Map<String, Object> positioning = new HashMap<>();
      positioning.put("interests", p.interests);
      positioning.put("skills", p.skills);
      Map<String, Object> goal = new HashMap<>();
      goal.put("goal", p.goal);
      goal.put("topic", p.goalTopic);
      positioning.put("goals", List.of(goal));
      positioning.put(
          "education",
          List.of(Map.of("school", p.school, "degree", "MSc", "field", p.areas.get(0))));
      members.add(
          change(
              "MEMBER",
              p.uuid,
              p.uuid,
              Map.of(
                  "id",
                  p.uuid.toString(),
                  "displayName",
                  "Member " + p.uuid.getLeastSignificantBits()),
              now));
      members.add(change("POSITIONING", p.uuid, p.uuid, positioning, now));
      for (Person c : p.connections) {
        String key = p.uuid.compareTo(c.uuid) < 0 ? p.uuid + "" + c.uuid : c.uuid + "" + p.uuid;
        if (seen.add(key)) {
          UUID id = UUID.nameUUIDFromBytes(key.getBytes());
          members.add(
              change(
                  "CONNECTION",
                  id,
                  p.uuid,
                  Map.of(
                      "id", id.toString(),
                      "requesterId", p.uuid.toString(),
                      "addresseeId", c.uuid.toString(),
                      "status", "ACCEPTED"),
                  now));
        }
      }
      for (UUID course : p.train) {
        UUID activity = UUID.nameUUIDFromBytes((p.uuid + "" + course).getBytes());
        activities.add(
            change(
                "ACTIVITY",
                activity,
                p.uuid,
                Map.of(
                    "id", activity.toString(),
                    "memberId", p.uuid.toString(),
                    "type", "LEARNING",
                    "occurredAt", now.toString(),
                    "topics", List.of(),
                    "visibility", "CONNECTIONS",
                    "learning", Map.of("kind", "ENROLLED", "courseId", course.toString())),
                now));
      }
    }
    for (Person p : people) {
      for (UUID discussion : p.trainJoined) {
        UUID activity = UUID.nameUUIDFromBytes((p.uuid + "" + discussion).getBytes());
        activities.add(
            change(
                "ACTIVITY",
                activity,
                p.uuid,
                Map.of(
                    "id", activity.toString(),
                    "memberId", p.uuid.toString(),
                    "type", "DISCUSSION",
                    "occurredAt", now.toString(),
                    "topics", List.of(),
                    "visibility", "CONNECTIONS",
                    "discussion",
                        Map.of("kind", "JOINED_GROUP", "discussionId", discussion.toString())),
                now));
      }
    }
    apply(Feed.MEMBER_CHANGES, members);
    apply(Feed.ACTIVITY_CHANGES, activities);
  }

  private void apply(Feed feed, List<FeedPage.Change> changes) {
    for (int from = 0; from < changes.size(); from += 500) {
      List<FeedPage.Change> page = changes.subList(from, Math.min(changes.size(), from + 500));
      readModel.apply(feed, new FeedPage(page, "eval-" + from), null, true);
    }
  }

  private FeedPage.Change change(String entity, UUID id, UUID member, Object data, Instant at) {
    JsonNode node = json.valueToTree(data);
    return new FeedPage.Change("eval", entity, id, member, "UPSERT", at, node);
  }
}
