package dev.rapport.activity;

import dev.rapport.common.testing.Platform;
import io.quarkus.test.junit.QuarkusTest;

/** What every service exposes: health, metrics, OpenAPI, Swagger UI and the error model. */
@QuarkusTest
class PlatformTest extends Platform {

  PlatformTest() {
    super("activity-service");
  }
}
