package dk.puljeflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementSelectionStateToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.HeadlessChromium;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.IdentityBootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Danish caseworker decides an application in the real Camunda Tasklist, in headless Chromium:
 * signs in, finds the task through the shared filters, claims it, fills the Camunda Form and
 * completes it; the case then holds the decision. Screenshots of the key steps (and, on failure,
 * the page and its HTML) go to target/browser/; see {@link HeadlessChromium}.
 */
class TasklistBrowserTest extends ProcessTest {

  private static final Path SCREENSHOTS = Paths.get("target", "browser");
  private static final String FORM = "/forms/assess-application.form";

  private static final String USER = "caseworker";
  // As in LifecycleEndToEndTest: the tests share one context, and ensureUser keeps an existing user's password.
  private static final String PASSWORD = "caseworker-pw";
  private static final String MINE = "Mine opgaver";
  private static final String MY_GROUPS = "Min gruppes opgaver";
  private static final String REASON = "Ansøgningen opfylder puljens kriterier, og budgettet er rimeligt.";

  @LocalServerPort int port;
  @Autowired IdentityBootstrap identity;

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void clearScreenshots() {
    HeadlessChromium.clearScreenshots(SCREENSHOTS);
  }

  @BeforeEach
  void startBrowser() {
    chromium = HeadlessChromium.start("TasklistBrowserTest", SCREENSHOTS);
    browser = chromium.browser();
    wait = chromium.await();
  }

  @AfterEach
  void quitBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void caseworkerClaimsAndApprovesAnApplicationInTheDanishTasklist() {
    identity.ensureUser(USER, PASSWORD, "Karin", "Sagsbehandler", null, CASEWORKER_OF_EVERY_POOL);
    GrantApplication application = submit(TRYGHED);
    signAll(application);
    String taskName = "Vurder ansøgning – " + application.getApplicationNumber();
    assertThat(task(application, "AssessApplication").getName()).isEqualTo(taskName);

    try {
      decideInTasklist(application, taskName);
    } catch (RuntimeException | AssertionError e) {
      chromium.dump("failure");
      throw e;
    }

    runDueJobs();
    GrantApplication decided = reload(application);
    assertThat(decided.getGrantedAmount()).isEqualByComparingTo("8000");
    assertThat(decided.getDecisionReason()).isEqualTo(REASON);
    assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
  }

  private void decideInTasklist(GrantApplication application, String taskName) {
    String number = application.getApplicationNumber();

    chromium.signInToTasklist(port, USER, PASSWORD);

    // The shared filters. Tasklist shows the count of the selected filter only; "Mine opgaver" comes first.
    assertThat(filterNames()).contains(MINE, MY_GROUPS);
    // Puljeflow's default order: soonest due date first (scripts/puljeflow-due-date-first.js).
    wait.until(driver -> java.net.URLDecoder.decode(driver.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8)
        .contains("\"sortBy\":\"dueDate\""));
    awaitCount(MINE, assignedToCaseworker());

    // "Min gruppes opgaver" lists the unassigned decision task.
    selectFilter(MY_GROUPS);
    awaitCount(MY_GROUPS, unassignedInCaseworkersGroups());
    wait.until(visibilityOfElementLocated(taskInList(taskName)));
    screenshot("01-filters");

    // Open and claim it: it leaves the group's list and shows up in "Mine opgaver".
    browser.findElement(taskInList(taskName)).click();
    wait.until(elementToBeClickable(By.cssSelector("button.claim[ng-click='claim()']"))).click();
    wait.until(visibilityOfElementLocated(By.cssSelector("button.unclaim[ng-click='unclaim()']")));
    wait.until(invisibilityOfElementLocated(taskInList(taskName)));
    assertThat(task(application, "AssessApplication").getAssignee()).isEqualTo(USER);
    selectFilter(MINE);
    awaitCount(MINE, assignedToCaseworker());
    wait.until(elementToBeClickable(taskInList(taskName))).click();

    // The Camunda Form, rendered by form-js once the case's variables are in (its heading names the case).
    // Tasklist's fixed footer covers the page's bottom edge: each field is brought to the middle before use.
    wait.until(textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "Ansøgning " + number));
    WebElement approved = wait.until(elementToBeClickable(By.cssSelector(
        "input.fjs-input[type=radio][id$='-Field_decision-" + optionIndex("Field_decision", "APPROVED") + "']")));
    centre(approved).click();
    wait.until(elementSelectionStateToBe(approved, true));
    // Known form-js issue: text typed right after leaving a number field can get lost (first letters, or the
    // whole text in form-js's state while the page still shows it) as the number's change settles. So the
    // reason is written before the amount; the form's own state is checked below.
    WebElement reason = browser.findElement(By.cssSelector("textarea.fjs-textarea[id$='-Field_decisionReason']"));
    centre(reason).click();
    reason.sendKeys(REASON);
    WebElement amount = browser.findElement(By.cssSelector("input.fjs-input[id$='-Field_grantedAmount']"));
    centre(amount).sendKeys("8000");
    assertThat(amount.getDomProperty("value")).as("granted amount on the page").isEqualTo("8000");
    assertThat(reason.getDomProperty("value")).as("reason on the page").isEqualTo(REASON);
    centre(amount);
    screenshot("02-task-form");

    // What form-js will submit, not only what the page shows: "Gem" (save for later) stores the form's data
    // in the browser's local storage under camunda-form:<task id>.
    String taskId = task(application, "AssessApplication").getId();
    centre(wait.until(elementToBeClickable(By.cssSelector("button[ng-click^='save(']")))).click();
    String saved = wait.until(driver -> (String) ((JavascriptExecutor) driver).executeScript(
        "return window.localStorage.getItem(arguments[0])", "camunda-form:" + taskId));
    JsonNode data = readJson(saved);
    assertThat(data.path("decision").asText()).as("decision in the form's data " + saved).isEqualTo("APPROVED");
    assertThat(data.path("grantedAmount").asInt()).as("amount in the form's data " + saved).isEqualTo(8000);
    assertThat(data.path("decisionReason").asText()).as("reason in the form's data " + saved).isEqualTo(REASON);

    // Complete: the task leaves "Mine opgaver" and the engine.
    centre(wait.until(elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")))).click();
    wait.until(invisibilityOfElementLocated(taskInList(taskName)));
    assertThat(tasks(application, "AssessApplication")).isEmpty();
    awaitCount(MINE, assignedToCaseworker());
    screenshot("03-completed");
  }

  // --- Tasklist's page ---------------------------------------------------------------------------

  /** The filters' names: each is the first text of its link; the counter follows it. */
  private List<String> filterNames() {
    return browser.findElements(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
        .map(link -> (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].firstChild.textContent.trim()", link))
        .toList();
  }

  private static String filterXpath(String name) {
    return "//div[contains(@class,'task-filter')][h4[contains(@class,'name')]/a[normalize-space(text()[1])='" + name + "']]";
  }

  private void selectFilter(String name) {
    browser.findElement(By.xpath(filterXpath(name) + "/h4/a")).click();
    wait.until(attributeContains(By.xpath(filterXpath(name)), "class", "active"));
  }

  /** Waits until the (selected) filter shows this count. */
  private void awaitCount(String name, long expected) {
    By counter = By.xpath(filterXpath(name) + "//span[contains(@class,'counter')]");
    new WebDriverWait(browser, HeadlessChromium.TIMEOUT).withMessage(() -> "filter " + name + " showing count " + expected)
        .until(textToBe(counter, String.valueOf(expected)));
  }

  private WebElement centre(WebElement element) {
    return chromium.centre(element);
  }

  private static By taskInList(String name) {
    return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4/a[normalize-space(.)='" + name + "']");
  }

  /** What "Mine opgaver" lists for the caseworker. */
  private long assignedToCaseworker() {
    return taskService.createTaskQuery().taskAssignee(USER).count();
  }

  /** What "Min gruppes opgaver" lists for the caseworker. */
  private long unassignedInCaseworkersGroups() {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(USER).list().stream()
        .map(Group::getId).toList();
    return taskService.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().count();
  }

  private static int optionIndex(String fieldId, String value) {
    return HeadlessChromium.optionIndex(FORM, fieldId, value);
  }

  private static JsonNode readJson(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(json, e);
    }
  }

  private void screenshot(String name) {
    chromium.screenshot(name);
  }
}
