package dk.puljeflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import dk.puljeflow.HeadlessChromium;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager opens /reports in headless Chromium: every chart is drawn (inline SVG, nothing fetched
 * from elsewhere). Screenshots of the page go to target/browser/reports/ (the README's pictures).
 */
class ReportsBrowserTest extends ReportDataSet {

  private static final Path SCREENSHOTS = Paths.get("target", "browser", "reports");

  @LocalServerPort int port;
  @Autowired IdentityBootstrap identity;

  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeAll
  static void clearScreenshots() {
    HeadlessChromium.clearScreenshots(SCREENSHOTS);
  }

  @BeforeEach
  void startBrowser() {
    chromium = HeadlessChromium.start("ReportsBrowserTest", SCREENSHOTS);
    browser = chromium.browser();
    identity.ensureUser("report-manager", "manager-pw", "Mona", "Leder", Groups.MANAGER);
    // The page takes HTTP Basic, as the API does: the browser sends the manager's credentials with every request.
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("report-manager:manager-pw".getBytes(StandardCharsets.UTF_8)))));
  }

  @AfterEach
  void quitBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aManagerSeesEveryReportDrawn() {
    try {
      browser.get("http://localhost:" + port + "/reports?pool=" + MENTOR_POOL + "&from=2031-01-01&to=2031-03-31");
      chromium.await().until(visibilityOfElementLocated(By.cssSelector("h1")));
      assertThat(browser.getTitle()).isEqualTo("Rapporter – Puljeflow");

      for (String chart : List.of("deadlines-" + MENTOR_POOL, "pool-use-" + MENTOR_POOL, "funnel-" + MENTOR_POOL,
          "stage-times-" + MENTOR_POOL, "recruitment-target", "recruitment-years")) {
        WebElement svg = browser.findElement(By.cssSelector("[data-chart='" + chart + "'] svg"));
        assertThat(svg.isDisplayed()).as(chart).isTrue();
        assertThat(svg.getSize().getWidth()).as(chart + " width").isGreaterThan(500);
      }
      // The bottleneck of the mentor pool is its follow-up: the red row of the stage-times chart.
      assertThat(browser.findElement(By.cssSelector("#stage-table tr.bottleneck")).getAttribute("data-stage"))
          .isEqualTo("FOLLOW_UP");
      // No request left this server (no CDN): every resource the page loaded came from localhost.
      Object origins = ((JavascriptExecutor) browser).executeScript(
          "return performance.getEntriesByType('resource').map(r => new URL(r.name).host)");
      assertThat((List<?>) origins).allSatisfy(host -> assertThat(host).isEqualTo("localhost:" + port));

      chromium.screenshot("01-deadlines");
      scrollTo("#pool-use");
      chromium.screenshot("02-pool-use");
      scrollTo("#stage-times");
      chromium.screenshot("03-stage-times");
    } catch (RuntimeException | AssertionError failure) {
      chromium.dump("failure");
      throw failure;
    }
  }

  private void scrollTo(String selector) {
    ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView()", selector);
  }
}
