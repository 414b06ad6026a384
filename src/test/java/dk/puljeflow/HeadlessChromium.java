package dk.puljeflow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless for the browser tests, in Danish, with a fresh profile, never
 * downloading anything. A test on a machine without the packages is skipped with the reason printed.
 * Screenshots (and, on failure, the page's HTML) go to the folder the test names under target/.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  public static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(60);

  private final WebDriver browser;
  private final WebDriverWait wait;
  private final Path profile;
  private final Path screenshots;

  private HeadlessChromium(WebDriver browser, Path profile, Path screenshots) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, TIMEOUT);
    this.profile = profile;
    this.screenshots = screenshots;
  }

  /** Starts the browser; skips the calling test when Chromium or its driver is not installed. */
  public static HeadlessChromium start(String testName, Path screenshots) {
    requireInstalled(testName, CHROMIUM, "chromium");
    requireInstalled(testName, CHROMEDRIVER, "chromium-driver");
    // The installed driver and browser, named explicitly: Selenium Manager must not look anything up or download.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
    System.setProperty("SE_OFFLINE", "true");
    try {
      Files.createDirectories(screenshots);
      Path profile = Files.createTempDirectory("puljeflow-browser-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--lang=da",
          "--window-size=1400,1000", "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
          .usingAnyFreePort()
          .build();
      return new HeadlessChromium(new ChromeDriver(service, options), profile, screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes an earlier run's screenshots and failure dumps; called once per test class. */
  public static void clearScreenshots(Path screenshots) {
    if (!Files.isDirectory(screenshots)) {
      return;
    }
    try (Stream<Path> old = Files.list(screenshots)) {
      old.filter(file -> file.toString().endsWith(".png") || file.toString().endsWith(".html"))
          .forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire reports only "Skipped: 1"; the reason is printed as well. */
  private static void requireInstalled(String testName, Path executable, String debianPackage) {
    if (!Files.isExecutable(executable)) {
      String reason = testName + " skipped: no " + executable + " (apt-get install " + debianPackage + ")";
      System.out.println(reason);
      assumeTrue(false, reason);
    }
  }

  public WebDriver browser() {
    return browser;
  }

  public WebDriverWait await() {
    return wait;
  }

  /** Signs in on Tasklist's own login form. */
  public void signInToTasklist(int port, String user, String password) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement passwordField = wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=password]")));
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
    passwordField.sendKeys(password);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    // Tasklist's first page after sign-in loads its scripts and the filters' counts: on a busy 2-core CI
    // machine this once took longer than TIMEOUT (the same test took 13 s when run alone).
    new WebDriverWait(browser, SIGN_IN_TIMEOUT).until(visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
  }

  /** Scrolls the element to the middle of the window: Tasklist's fixed footer covers the bottom edge. */
  public WebElement centre(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  /**
   * The position of a value among a radio field's options in a deployed Camunda Form: form-js renders
   * the options without their values, with ids ending in -{field id}-{position}.
   */
  public static int optionIndex(String formResource, String fieldId, String value) {
    try (InputStream form = HeadlessChromium.class.getResourceAsStream(formResource)) {
      if (form == null) {
        throw new AssertionError(formResource + " is not on the classpath");
      }
      for (JsonNode component : new ObjectMapper().readTree(form).path("components")) {
        JsonNode values = component.path("values");
        for (int i = 0; fieldId.equals(component.path("id").asText()) && i < values.size(); i++) {
          if (value.equals(values.get(i).path("value").asText())) {
            return i;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError(formResource + " has no option " + value + " in " + fieldId);
  }

  public void screenshot(String name) {
    write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** The page as it is, picture and HTML, to see why a step failed. */
  public void dump(String name) {
    screenshot(name);
    write(screenshots.resolve(name + ".html"), browser.getPageSource().getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      browser.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }
}
