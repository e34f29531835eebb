package dev.rapport.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;

/**
 * Like {@link PostgresResource}, but the service reaches its database through a {@link
 * PostgresProxy} that a {@link DatabaseOutage} test cuts and restores.
 */
public class OutagePostgresResource implements QuarkusTestResourceLifecycleManager {

  private static volatile PostgresProxy proxy;

  private TestPostgres postgres;
  private String jdbcUrl;

  /** The relay of the running test's service. */
  static PostgresProxy proxy() {
    if (proxy == null) {
      throw new IllegalStateException("OutagePostgresResource is not started");
    }
    return proxy;
  }

  @Override
  public Map<String, String> start() {
    postgres = TestPostgres.acquire();
    jdbcUrl = postgres.createDatabase("rapport_test");
    URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
    proxy = new PostgresProxy(server.getHost(), server.getPort());
    String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath();
    return Map.of(
        "quarkus.datasource.jdbc.url", proxied,
        "quarkus.datasource.username", postgres.user(),
        "quarkus.datasource.password", postgres.password());
  }

  @Override
  public void stop() {
    try {
      if (proxy != null) {
        proxy.close();
        proxy = null;
      }
      if (jdbcUrl != null) {
        postgres.dropDatabase(jdbcUrl);
      }
    } finally {
      postgres.close();
    }
  }
}
