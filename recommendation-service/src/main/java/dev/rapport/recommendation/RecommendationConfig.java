package dev.rapport.recommendation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** recommendation-service's own settings, under {@code rapport.*}. */
@ConfigMapping(prefix = "rapport")
public interface RecommendationConfig {

  Service profileService();

  Service activityService();

  Catalog catalog();

  Feeds feeds();

  Recommendations recommendations();

  interface Service {
    /** Base URL (PROFILE_SERVICE_URL, ACTIVITY_SERVICE_URL). */
    String url();
  }

  interface Catalog {
    /** Load the demo catalog at start-up (idempotent by url); on in dev only. */
    @WithDefault("false")
    boolean loadDemo();

    @WithDefault("demo-catalog.json")
    String demoResource();
  }

  interface Feeds {
    /** How often the change feeds are followed ("off" disables the background job). */
    @WithDefault("5s")
    String every();

    /**
     * Changes asked for per page (the producers allow up to 5000); a producer answering 400 to more
     * than 500 is read with pages of 500.
     */
    @WithDefault("2000")
    int pageSize();

    /** Pages applied per run and feed, so one run never holds the scheduler for long. */
    @WithDefault("25")
    int maxPagesPerRun();
  }

  interface Recommendations {
    /** Size of the candidate set scored and re-ranked per request. */
    @WithDefault("200")
    int candidates();

    /** MMR trade-off between relevance (1.0) and diversity (0.0). */
    @WithDefault("0.7")
    double relevanceWeight();

    /** Skills employers ask for most; courses teaching them serve the goal FIND_JOB. */
    @WithDefault(
        "sql,python,data analysis,machine learning,cloud computing,kubernetes,project management,"
            + "cybersecurity,java,javascript,typescript,react,financial modeling,agile,"
            + "digital marketing,seo,people management,negotiation,excel,english")
    List<String> inDemandSkills();

    /** A cohort starting within this period earns a timing reason. */
    @WithDefault("P30D")
    Duration cohortSoon();
  }
}
