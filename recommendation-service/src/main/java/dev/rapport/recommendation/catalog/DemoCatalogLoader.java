package dev.rapport.recommendation.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.recommendation.RecommendationConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.logging.Logger;

/** Loads the demo catalog (a resource of this module) at start-up when configured to. */
@ApplicationScoped
public class DemoCatalogLoader {

  private static final Logger LOG = Logger.getLogger(DemoCatalogLoader.class);

  record DemoCatalog(List<CourseRequest> courses, List<DiscussionRequest> discussions) {}

  /** What one load did to each half of the catalog. */
  public record Loaded(ImportResult courses, ImportResult discussions) {}

  private final CourseService courses;
  private final DiscussionService discussions;
  private final RecommendationConfig config;
  private final ObjectMapper json;

  public DemoCatalogLoader(
      CourseService courses,
      DiscussionService discussions,
      RecommendationConfig config,
      ObjectMapper json) {
    this.courses = courses;
    this.discussions = discussions;
    this.config = config;
    this.json = json;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.catalog().loadDemo()) {
      Loaded loaded = load();
      LOG.infof(
          "Demo catalog loaded: courses %s, discussions %s",
          loaded.courses(), loaded.discussions());
    }
  }

  /** Imports the demo catalog by url: a second load changes nothing. */
  public Loaded load() {
    String resource = config.catalog().demoResource();
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Demo catalog " + resource + " is not on the classpath");
      }
      DemoCatalog demo = json.readValue(in, DemoCatalog.class);
      return new Loaded(
          courses.importByUrl(demo.courses()), discussions.importByUrl(demo.discussions()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
