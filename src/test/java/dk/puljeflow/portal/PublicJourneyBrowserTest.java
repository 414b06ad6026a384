package dk.puljeflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementSelectionStateToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.puljeflow.HeadlessChromium;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.IdentityBootstrap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The applicant's and the signers' journeys in a real browser: apply on the public page, each signer
 * opens the personal link from the mail the test SMTP server received, a caseworker approves in the
 * real Tasklist with the Camunda Form, and the status page shows the outcome. Screenshots of every
 * step go to target/browser/public/.
 */
class PublicJourneyBrowserTest extends ProcessTest {

  private static final Path SCREENSHOTS = Paths.get("target", "browser", "public");
  private static final String CASEWORKER = "journey-caseworker";
  private static final String PASSWORD = "journey-pw";
  private static final Pattern LINK = Pattern.compile("https?://\\S+/(link|sag)/[A-Za-z0-9_-]+");

  @LocalServerPort int port;
  @Autowired GreenMail greenMail;
  @Autowired IdentityBootstrap identity;
  @Autowired TokenGuard guard;

  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeAll
  static void clearScreenshots() {
    HeadlessChromium.clearScreenshots(SCREENSHOTS);
  }

  @BeforeEach
  void startBrowser() {
    guard.release("127.0.0.1");
    chromium = HeadlessChromium.start("PublicJourneyBrowserTest", SCREENSHOTS);
    browser = chromium.browser();
  }

  @AfterEach
  void quitBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void applicantAppliesSignersSignFromTheirMailAndTheCaseworkerApprovesInTasklist() {
    identity.ensureUser(CASEWORKER, PASSWORD, "Karin", "Sagsbehandler", null, CASEWORKER_OF_EVERY_POOL);
    try {
      String number = applyOnThePage();
      runDueJobs();
      sign(number, "anna@example.dk", "03-sign-applicant");
      sign(number, "niels@kommune.dk", "04-sign-manager");
      sign(number, "tina@foa.dk", "05-sign-union-rep");
      runDueJobs();
      GrantApplication application = applications.byNumber(number);
      assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);

      approveInTasklist(application);
      runDueJobs();
      assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.APPROVED);

      browser.get(local(linkInMail("anna@example.dk", "Vi har modtaget din ansøgning " + number)));
      assertThat(text("case-status")).isEqualTo("Bevilget");
      assertThat(text("granted-amount")).isEqualTo("8.000,00 DKK");
      chromium.screenshot("07-status-approved");
    } catch (RuntimeException | AssertionError e) {
      chromium.dump("failure-approval-journey");
      throw e;
    }
  }

  @Test
  void aSignerDeclinesFromTheMailAndTheStatusPageSaysSo() {
    try {
      GrantApplication application = submit(TRYGHED);
      runDueJobs();
      String number = application.getApplicationNumber();

      browser.get(local(linkInMail("tina@foa.dk", "Underskriv ansøgning " + number)));
      click(By.id("answer-decline"));
      browser.findElement(By.id("reason")).sendKeys("Aktiviteten er ikke drøftet med mig");
      chromium.screenshot("11-decline");
      click(By.id("submit-step"));
      assertThat(text("done")).isEqualTo("Din afvisning er modtaget");
      runDueJobs();

      assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.REJECTED_BY_SIGNER);
      browser.get(local(linkInMail("anna@example.dk", "Vi har modtaget din ansøgning " + number)));
      assertThat(text("case-status")).isEqualTo("Afvist af en part");
      assertThat(browser.findElement(By.id("signature-UNION_REP")).getText()).contains("Afvist");
      chromium.screenshot("12-status-declined");
    } catch (RuntimeException | AssertionError e) {
      chromium.dump("failure-decline-journey");
      throw e;
    }
  }

  /** Fills in the Tryghedspuljen form on the public page, first with a mistake; returns the application number. */
  private String applyOnThePage() {
    browser.get("http://localhost:" + port + "/ansoeg");
    chromium.screenshot("00-pools");
    click(By.id("pool-tryghedspuljen"));
    Map<String, String> form = PublicPagesTest.tryghedForm("Anna Ansøger");
    form.put("requestedAmount", "otte tusind");
    form.forEach((name, value) -> {
      WebElement field = browser.findElement(By.name(name));
      if ("select".equals(field.getTagName())) {
        new Select(field).selectByValue(value);
      } else if ("date".equals(field.getDomAttribute("type"))) {
        // A date field takes typed digits in the browser's locale; set the ISO value as a script would.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
      } else {
        field.sendKeys(value);
      }
    });
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    chromium.screenshot("01-application-form");
    click(By.id("submit-application"));

    assertThat(text("requestedAmount-error")).isEqualTo("skal være et beløb, fx 12500");
    assertThat(browser.findElement(By.name("applicantName")).getDomProperty("value")).isEqualTo("Anna Ansøger");
    WebElement amount = browser.findElement(By.name("requestedAmount"));
    amount.clear();
    amount.sendKeys("8000");
    click(By.id("submit-application"));

    String number = text("application-number");
    assertThat(browser.findElement(By.id("status-link")).getText()).contains("/sag/");
    chromium.screenshot("02-receipt");
    return number;
  }

  private void sign(String number, String signer, String screenshot) {
    browser.get(local(linkInMail(signer, "Underskriv ansøgning " + number)));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Underskriv ansøgning " + number);
    click(By.id("answer-sign"));
    chromium.screenshot(screenshot);
    click(By.id("submit-step"));
    assertThat(text("done")).isEqualTo("Tak for din underskrift");
  }

  /** Opens the task straight from its address in Tasklist, claims it and approves with the Camunda Form. */
  private void approveInTasklist(GrantApplication application) {
    String taskId = task(application, "AssessApplication").getId();
    chromium.signInToTasklist(port, CASEWORKER, PASSWORD);
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    chromium.centre(chromium.await().until(elementToBeClickable(By.cssSelector("button.claim[ng-click='claim()']")))).click();
    chromium.await().until(visibilityOfElementLocated(By.cssSelector("button.unclaim[ng-click='unclaim()']")));
    chromium.await().until(textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
        "Ansøgning " + application.getApplicationNumber()));
    WebElement approved = chromium.await().until(elementToBeClickable(By.cssSelector("input.fjs-input[type=radio][id$='-Field_decision-"
        + HeadlessChromium.optionIndex("/forms/assess-application.form", "Field_decision", "APPROVED") + "']")));
    chromium.centre(approved).click();
    chromium.await().until(elementSelectionStateToBe(approved, true));
    // As in TasklistBrowserTest: the text before the number, which form-js can otherwise lose.
    WebElement reason = browser.findElement(By.cssSelector("textarea.fjs-textarea[id$='-Field_decisionReason']"));
    chromium.centre(reason).click();
    reason.sendKeys("Opfylder puljens kriterier");
    chromium.centre(browser.findElement(By.cssSelector("input.fjs-input[id$='-Field_grantedAmount']"))).sendKeys("8000");
    chromium.screenshot("06-tasklist-decision");
    chromium.centre(chromium.await().until(elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")))).click();
    chromium.await().until(driver -> tasks(application, "AssessApplication").isEmpty());
  }

  /** The personal link in the newest letter to this address whose subject starts so, as its recipient would click it. */
  private String linkInMail(String recipient, String subjectStart) {
    List<MimeMessage> letters = Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> sentTo(message, recipient) && subject(message).startsWith(subjectStart))
        .toList();
    assertThat(letters).as("letters to " + recipient + " starting '" + subjectStart + "'").isNotEmpty();
    Matcher link = LINK.matcher(GreenMailUtil.getBody(letters.get(letters.size() - 1)));
    assertThat(link.find()).as("a personal link in the letter").isTrue();
    return link.group();
  }

  /** Letters point at the configured public address; in this test the server listens on a random port. */
  private String local(String link) {
    return "http://localhost:" + port + PublicPages.pathOf(link);
  }

  private void click(By element) {
    chromium.centre(chromium.await().until(elementToBeClickable(element))).click();
  }

  private String text(String id) {
    return chromium.await().until(visibilityOfElementLocated(By.id(id))).getText().strip();
  }

  private static boolean sentTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(recipient));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
