package dev.rapport.common.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.file.Files;

/**
 * Checks every response of every {@code @QuarkusTest} against the service's committed contract
 * ({@code contracts/<service>.yaml}): a body or status the contract does not describe fails the
 * test. Requests are not checked, since tests send invalid ones on purpose.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

  private static OpenApiValidationFilter filter;

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    if (filter == null && Files.exists(OpenApiContract.COMMITTED)) {
      filter =
          new OpenApiValidationFilter(
              OpenApiInteractionValidator.createFor(OpenApiContract.COMMITTED.toString())
                  .withLevelResolver(
                      LevelResolver.create()
                          .withLevel("validation.request", ValidationReport.Level.IGNORE)
                          .build())
                  .build());
    }
    if (filter != null && !RestAssured.filters().contains(filter)) {
      RestAssured.filters(filter);
    }
  }
}
