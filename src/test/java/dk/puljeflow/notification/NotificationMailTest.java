package dk.puljeflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Letters go through a real SMTP server (GreenMail in-process): right recipient, right facts, once. */
class NotificationMailTest extends ProcessTest {

  @Autowired GreenMail greenMail;
  @Autowired NotificationRepository notifications;
  @Autowired IdentityBootstrap identity;
  @Autowired Notifier notifier;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

  @Test
  void aMentorCaseSendsEveryLetterOfItsLifeToTheRightPeople() throws Exception {
    identity.ensureUser("mail-manager", "pw", "Mads", "Leder", "mads.leder@kommune.dk", Groups.MANAGER);
    moveClockTo(EngineTime.now());
    GrantApplication application = submit(MENTOR);
    String number = application.getApplicationNumber();
    runDueJobs();
    assertMail(number, "application-received", "mette@kommune.dk", "Vi har modtaget din ansøgning " + number, "/sag/");
    assertMail(number, "signature-request", "niels@kommune.dk", "Underskriv ansøgning " + number, "/link/");
    assertMail(number, "signature-request", "tina@dsr.dk", "Underskriv ansøgning " + number);

    moveClockBy(Duration.ofDays(6));
    assertMail(number, "signature-reminder", "tina@dsr.dk", "mangler din underskrift", "/link/");
    signAll(application);
    assertMail(number, "fully-signed", "mette@kommune.dk", "svar senest");

    moveClockBy(Duration.ofDays(11));
    assertMail(number, "sla-escalation", "mads.leder@kommune.dk", "Svarfristen nærmer sig");
    complete(application, "AssessApplication", withVariables("decision", "MORE_INFO", "decisionReason", "Hvem er tovholder?"));
    assertMail(number, "more-information-needed", "mette@kommune.dk", "Hvem er tovholder?");
    moveClockBy(Duration.ofDays(4));
    assertMail(number, "sla-escalation", "mads.leder@kommune.dk", "Svarfristen er overskredet");
    complete(application, "ProvideInformation", withVariables("additionalInformation", "Mette Mentor"));
    approve(application, "40000");
    assertMail(number, "decision-approved", "mette@kommune.dk", "40.000,00 kr.");
    assertMail(number, "contract-to-sign", "niels@kommune.dk", "Frikøbstimer: 74", "/link/");

    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));
    complete(application, "SignContractForPool", withVariables("contractAccepted", true));
    moveClockTo(application.getProjectStart().plusDays(121).atStartOfDay(EngineTime.ZONE).toInstant());
    MimeMessage invitation = assertMail(number, "midway-meeting-invitation", "mette@kommune.dk", "Invitation til midtvejsmøde", "kl. 10:00", "/link/");
    String calendar = attachment(invitation, "midtvejsmoede.ics");
    assertThat(calendar).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART", "Europe/Copenhagen");
    assertMail(number, "midway-meeting-reminder", "mette@kommune.dk", "Påmindelse: midtvejsmøde");
    complete(application, "RecordMeeting", withVariables("meetingHeld", true, "meetingNotes", "God fremdrift"));
    assertMail(number, "use-report-requested", "mette@kommune.dk", "rate 1", "/link/");
    reportAndPay(application, "20000", "20000");
    assertMail(number, "payout-made", "mette@kommune.dk", "rate 1", "20.000,00");

    moveClockTo(application.getProjectEnd().plusDays(8).atStartOfDay(EngineTime.ZONE).toInstant());
    assertMail(number, "evaluation-request", "mette@kommune.dk", "Slutevaluering af projektet", "/link/");
    assertMail(number, "evaluation-reminder", "mette@kommune.dk", "mangler stadig slutevalueringen");
    complete(application, "SubmitEvaluation", withVariables("evaluationRating", "GOOD", "evaluationAnswers", "Fint"));
    reportAndPay(application, "20000", "20000");
    assertMail(number, "payout-made", "mette@kommune.dk", "rate 2", "20.000,00");

    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(notifications.findByApplicationIdOrderById(application.getId()))
        .allSatisfy(notification -> {
          assertThat(notification.getStatus()).isEqualTo(Notification.Status.SENT);
          assertThat(notification.getAttempts()).isEqualTo(1);
          assertThat(notification.getSubject()).contains(number);
        });
  }

  @Test
  void withdrawalLapseAndRejectionLettersSayWhy() throws Exception {
    GrantApplication withdrawn = submit(TRYGHED);
    runDueJobs();
    applications.withdraw(withdrawn.getApplicationNumber(), "Har fået nyt job");
    runDueJobs();
    assertMail(withdrawn.getApplicationNumber(), "withdrawal-confirmed", "anna@example.dk", "trukket tilbage", "Har fået nyt job");

    GrantApplication lapsed = submit(STAR);
    runDueJobs();
    moveClockBy(Duration.ofDays(31));
    assertMail(lapsed.getApplicationNumber(), "signature-expired", "niels@kommune.dk", "bortfaldet");

    GrantApplication rejected = submit(TRYGHED);
    signAll(rejected);
    complete(rejected, "AssessApplication", withVariables("decision", "REJECTED", "decisionReason", "Aktiviteten er ikke dokumenteret"));
    assertMail(rejected.getApplicationNumber(), "decision-rejected", "anna@example.dk", "Aktiviteten er ikke dokumenteret");
  }

  @Test
  void theEmbeddedMailboxShowsTheLettersSent() {
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    com.fasterxml.jackson.databind.JsonNode mails = http.withBasicAuth("admin", "test-admin-password")
        .getForEntity("/api/demo/mails", com.fasterxml.jackson.databind.JsonNode.class).getBody();
    assertThat(mails.findValuesAsText("subject")).contains("Vi har modtaget din ansøgning " + application.getApplicationNumber());
    assertThat(mails.get(0).path("body").asText()).isNotBlank();
  }

  @Test
  void theSameNoticeIsSentOnlyOnce() throws Exception {
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    Notice again = new Notice(NoticeType.APPLICATION_RECEIVED, application.getId(), "anna@example.dk",
        java.util.Map.of("applicationNumber", application.getApplicationNumber()));
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> {
      notifier.send(again);
      return null;
    });
    runDueJobs();
    assertThat(mails(application.getApplicationNumber(), "Vi har modtaget din ansøgning")).hasSize(1);
  }

  @Test
  void anSmtpOutageBecomesRetriesThenAnIncidentAndTheRetriedMailIsDeliveredOnce() throws Exception {
    greenMail.stop();
    GrantApplication application;
    Job sending;
    try {
      application = submit(TRYGHED);
      String number = application.getApplicationNumber();
      // The case itself goes on: the signature requests are queued although no mail can be sent.
      runBusinessJobs();
      assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);

      sending = sendingJob(number, "APPLICATION_RECEIVED");
      for (int attempt = 1; attempt <= 3; attempt++) {
        String jobId = sending.getId();
        assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("Mail server connection failed");
        // Only the clock moves: running the other due jobs would retry the other queued mails too.
        ClockUtil.setCurrentTime(java.util.Date.from(EngineTime.now().plus(Duration.ofMinutes(6))));
        sending = managementService.createJobQuery().jobId(jobId).singleResult();
      }
      assertThat(sending.getRetries()).isZero();
      Incident incident = runtimeService.createIncidentQuery().processInstanceId(sending.getProcessInstanceId()).singleResult();
      assertThat(incident.getIncidentMessage()).contains("Mail server connection failed");
      Notification stuck = notification(application, NoticeType.APPLICATION_RECEIVED);
      assertThat(stuck.getStatus()).isEqualTo(Notification.Status.PENDING);
      assertThat(stuck.getAttempts()).isEqualTo(3);
      assertThat(stuck.getLastError()).contains("Mail server connection failed");
    } finally {
      greenMail.start();
    }

    // The operator retries the incident (Cockpit sets the job's retries), and the mail goes out once.
    managementService.setJobRetries(sending.getId(), 1);
    managementService.executeJob(sending.getId());
    assertThat(mails(application.getApplicationNumber(), "Vi har modtaget din ansøgning")).hasSize(1);
    Notification delivered = notification(application, NoticeType.APPLICATION_RECEIVED);
    assertThat(delivered.getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(delivered.getAttempts()).isEqualTo(4);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(sending.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void aBrokenTemplateIsAnIncidentWithAClearMessageNotALostMail() {
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    Notification broken = notifications.save(new Notification(
        new Notice(NoticeType.APPLICATION_RECEIVED, application.getId(), "anna@example.dk", java.util.Map.of(), "broken"),
        "not json", EngineTime.now()));
    String instance = runtimeService.createProcessInstanceByKey(MailNotifier.PROCESS_KEY)
        .setVariable(MailNotifier.NOTIFICATION_ID, broken.getId()).execute().getId();
    String jobId = managementService.createJobQuery().processInstanceId(instance).singleResult().getId();

    assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("Stored facts are not JSON");
    assertThat(notifications.findById(broken.getId()).orElseThrow().getStatus()).isEqualTo(Notification.Status.PENDING);
  }

  /** Runs the case's jobs, one after another as they become due, but not the mail jobs, which fail while the mail server is down. */
  private void runBusinessJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> business = managementService.createJobQuery().executable().list().stream()
          .filter(job -> !"notification".equals(job.getProcessDefinitionKey())).toList();
      if (business.isEmpty()) {
        return;
      }
      business.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("The case's jobs keep becoming due");
  }

  private Job sendingJob(String number, String type) {
    Notification notification = notifications.findAll().stream()
        .filter(n -> n.getNoticeType().name().equals(type))
        .filter(n -> applicationRepository.findById(n.getApplicationId()).orElseThrow().getApplicationNumber().equals(number))
        .findFirst().orElseThrow();
    String instance = runtimeService.createVariableInstanceQuery().variableName(MailNotifier.NOTIFICATION_ID).list().stream()
        .filter(variable -> ((Number) variable.getValue()).longValue() == notification.getId())
        .findFirst().orElseThrow().getProcessInstanceId();
    return managementService.createJobQuery().processInstanceId(instance).singleResult();
  }

  private Notification notification(GrantApplication application, NoticeType type) {
    return notifications.findByApplicationIdOrderById(application.getId()).stream()
        .filter(n -> n.getNoticeType() == type).findFirst().orElseThrow();
  }

  private MimeMessage assertMail(String number, String template, String recipient, String... contains) throws Exception {
    List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> hasRecipient(message, recipient))
        .filter(message -> subject(message).contains(number) && bodyOrSubjectContains(message, contains))
        .toList();
    assertThat(found).as("mail %s to %s containing %s", template, recipient, Arrays.toString(contains)).hasSize(1);
    return found.get(0);
  }

  private List<MimeMessage> mails(String number, String subjectPart) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> subject(message).contains(number) && subject(message).contains(subjectPart))
        .toList();
  }

  private static boolean hasRecipient(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(recipient));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean bodyOrSubjectContains(MimeMessage message, String... parts) {
    String text = subject(message) + "\n" + GreenMailUtil.getBody(message);
    String decoded = text;
    try {
      if (message.getContent() instanceof Multipart multipart) {
        StringBuilder all = new StringBuilder(subject(message));
        for (int i = 0; i < multipart.getCount(); i++) {
          all.append('\n').append(textOf(multipart.getBodyPart(i)));
        }
        decoded = all.toString();
      } else {
        decoded = subject(message) + "\n" + message.getContent();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    String haystack = decoded;
    return Arrays.stream(parts).allMatch(haystack::contains);
  }

  private static String textOf(BodyPart part) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart inner) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < inner.getCount(); i++) {
        all.append(textOf(inner.getBodyPart(i)));
      }
      return all.toString();
    }
    return content instanceof String text ? text : "";
  }

  private static String attachment(MimeMessage message, String fileName) throws Exception {
    Multipart multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No attachment " + fileName);
  }
}
