package dev.rapport.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI is how frontend developers meet Rapport: it must load in a real browser and its "Try
 * it out" must work. Uses Debian's chromium and chromium-driver; skipped, saying so, where they are
 * not installed.
 */
@ExtendWith(RapportSystemExtension.class)
class SwaggerUiIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  static RapportSystem system;
  static WebDriver browser;

  @BeforeAll
  static void start(RapportSystem running) {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Swagger UI browser test skipped: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver) to run it");
    system = running;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void swaggerUiOfEveryServiceLoadsItsDocument() {
    assertLoads(system.profileUrl(), "Rapport profile-service");
    assertLoads(system.activityUrl(), "Rapport activity-service");
    assertLoads(system.recommendationUrl(), "Rapport recommendation-service");
  }

  @Test
  void tryItOutCallsTheApi() {
    browser.get(system.profileUrl() + "/q/swagger-ui/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    WebElement operation =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.id("operations-Accounts-getJwks")));
    operation.findElement(By.cssSelector(".opblock-summary")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#operations-Accounts-getJwks .try-out__btn")))
        .click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#operations-Accounts-getJwks .execute")))
        .click();
    WebElement status =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(
                    "#operations-Accounts-getJwks .live-responses-table tbody .response-col_status")));
    assertEquals("200", status.getText().trim());
  }

  private void assertLoads(String baseUrl, String title) {
    browser.get(baseUrl + "/q/swagger-ui/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    WebElement heading =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
    assertTrue(heading.getText().startsWith(title), heading.getText());
  }
}
