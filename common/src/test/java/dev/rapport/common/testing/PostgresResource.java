package dev.rapport.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A fresh database on a real PostgreSQL ({@link TestPostgres}) for a Quarkus test run, dropped in
 * {@link #stop()}, so runs never see each other's rows.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private TestPostgres postgres;
  private String jdbcUrl;

  @Override
  public Map<String, String> start() {
    postgres = TestPostgres.acquire();
    jdbcUrl = postgres.createDatabase("rapport_test");
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl,
        "quarkus.datasource.username", postgres.user(),
        "quarkus.datasource.password", postgres.password());
  }

  @Override
  public void stop() {
    try {
      if (jdbcUrl != null) {
        postgres.dropDatabase(jdbcUrl);
      }
    } finally {
      postgres.close();
    }
  }
}
