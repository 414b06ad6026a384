package dk.puljeflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.SchemeDetails;
import dk.puljeflow.payout.ReceiptFile;
import dk.puljeflow.payout.Receipts;
import dk.puljeflow.privacy.ApplicationTables.Table;
import dk.puljeflow.privacy.ApplicationTables.Treatment;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymisation of ended cases, on request and by the nightly sweep. Runs in a context (and database)
 * of its own: the sweep would otherwise anonymise every other test's ended cases, and the scan of every
 * table reads only this class's cases.
 */
@Tag("own-context")
class AnonymisationTest extends ProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired Receipts receipts;
  @Autowired AnonymisationSweep sweep;
  @Autowired PrivacyProperties properties;

  HttpClient admin;

  @BeforeEach
  void users() {
    identity.ensureUser("privacy-caseworker", "privacy-pw", "Karin", "Sagsbehandler", Groups.CASEWORKER);
    admin = new HttpClient(http, "admin", "test-admin-password");
  }

  /** One case's parties and what they wrote, every value carrying the surname, so a scan finds any trace of it. */
  record Persona(String surname) {
    String applicant() { return "Ida " + surname; }
    String applicantEmail() { return "ida." + surname.toLowerCase() + "@privacy.test"; }
    String workplace() { return surname + " Bosted"; }
    String manager() { return "Mads " + surname + "-Leder"; }
    String managerEmail() { return "mads." + surname.toLowerCase() + "@privacy.test"; }
    String unionRep() { return "Tove " + surname + "-Tillid"; }
    String unionRepEmail() { return "tove." + surname.toLowerCase() + "@privacy.test"; }
    String activity() { return "Mentorforloeb hos " + surname + " for to nyuddannede"; }
    String coordinator() { return "Karl " + surname + "-Koordinator"; }
    String workingGroup() { return "Arbejdsgruppe " + surname + ": leder, TR og koordinator"; }
    String question() { return "Send venligst et budget for " + surname; }
    String information() { return "Budget " + surname + ": mentor 12 timer om ugen"; }
    String decisionReason() { return "Bevilget til " + surname + " efter vurdering"; }
    String invitationComment() { return "Vi kommer; " + surname + " foretraekker formiddag"; }
    String meetingNotes() { return "Referat " + surname + ": god fremdrift"; }
    String evaluation() { return "Evaluering " + surname + ": ordningen fortsaetter"; }
    String receiptName() { return "faktura-" + surname.toLowerCase() + ".pdf"; }
    String receiptText() { return "Kvittering udstedt til " + surname; }
    String comment() { return "Ringede til " + applicant(); }
    String attachmentText() { return "Notat om " + surname; }
    String brokenLetter() { return "ikke json: brev til " + surname; }
    String stepError() { return "Ingen forbindelse til " + surname + "s lønsystem"; }

    /** Every value above, and the surname alone: none may remain once the case is anonymised. */
    List<String> values() {
      return List.of(surname, applicant(), applicantEmail(), workplace(), manager(), managerEmail(), unionRep(),
          unionRepEmail(), activity(), coordinator(), workingGroup(), question(), information(), decisionReason(),
          invitationComment(), meetingNotes(), evaluation(), receiptName(), receiptText(), comment(), attachmentText(),
          brokenLetter(), stepError());
    }

    ApplicationRequest request() {
      LocalDate today = EngineTime.today();
      return new ApplicationRequest(MENTOR, applicant(), applicantEmail(), null, workplace(), manager(), managerEmail(), null,
          unionRep(), unionRepEmail(), null, activity(), new BigDecimal("40000"), 74, 20, today.plusDays(30),
          today.plusDays(270), null,
          new SchemeDetails(null, null, null, null, 2, true, coordinator(), workingGroup(), null, null, null));
    }
  }

  // --- on request ------------------------------------------------------------------------------

  @Test
  void anAnonymisedCaseLeavesNoneOfItsPersonalValuesInAnyTableAndKeepsItsFigures() {
    Persona anonymised = new Persona("Kvistgaard");
    Persona kept = new Persona("Brombaek");
    Map<Persona, GrantApplication> cases = new LinkedHashMap<>();
    cases.put(anonymised, applications.submit(anonymised.request()));
    cases.put(kept, applications.submit(kept.request()));
    runMentorCasesToClosed(cases);
    cases.forEach(this::sendALetterThatFailsAndIsCancelled);
    String failingStep = deployACaseStepThatFails();
    try {
      cases.forEach(this::runACaseStepThatFailsAndIsCancelled);
      anonymiseOneOf(cases, anonymised, kept);
    } finally {
      repositoryService.deleteDeployment(failingStep, true);
    }
  }

  private void anonymiseOneOf(Map<Persona, GrantApplication> cases, Persona anonymised, Persona kept) {
    GrantApplication application = reload(cases.get(anonymised));
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CLOSED);

    Map<String, Set<String>> anonymisedBefore = DatabaseScan.find(dataSource, anonymised.values());
    Map<String, Set<String>> keptBefore = DatabaseScan.find(dataSource, kept.values());
    // Every value was stored somewhere, and both cases left their traces in the same places.
    assertThat(anonymisedBefore).containsOnlyKeys(anonymised.values());
    assertThat(keptBefore).containsOnlyKeys(kept.values());
    assertThat(tablesOf(keptBefore)).isEqualTo(tablesOf(anonymisedBefore));
    assertThat(tablesOf(anonymisedBefore)).contains(
        "GRANT_APPLICATION", "SIGNATURE", "CASE_EVENT", "NOTIFICATION", "RECEIPT", "FOLLOW_UP", "GRANT_CONTRACT",
        "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_JOB_LOG",
        "ACT_HI_INCIDENT");
    assertThat(anonymisedBefore.get(anonymised.receiptText())).contains("RECEIPT.CONTENT");
    Map<String, List<Map<String, Object>>> figuresBefore = keptColumns(application.getId());
    long activitiesBefore = historicActivities(application);

    ResponseEntity<JsonNode> answer = admin.post("/api/admin/applications/" + application.getApplicationNumber() + "/anonymise",
        null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = answer.getBody();
    assertThat(report.path("alreadyAnonymised").asBoolean()).isFalse();
    assertThat(report.path("rows").path("grant_application").asInt()).isEqualTo(1);
    assertThat(report.path("rows").path("signature").asInt()).isEqualTo(2);
    assertThat(report.path("rows").path("receipt").asInt()).isEqualTo(1);
    assertThat(report.path("history").path("variables").asInt()).isPositive();
    assertThat(report.path("history").path("comments").asInt()).isEqualTo(1);
    assertThat(report.path("history").path("attachments").asInt()).isEqualTo(1);
    assertThat(report.path("history").path("failedJobAttempts").asInt()).isPositive();
    assertThat(report.path("history").path("incidents").asInt()).isEqualTo(1);
    assertThat(report.path("history").path("operationLogEntries").asInt()).isPositive();

    assertThat(DatabaseScan.find(dataSource, anonymised.values())).isEmpty();
    assertThat(DatabaseScan.find(dataSource, kept.values())).isEqualTo(keptBefore);

    // Amounts, dates, statuses, pool and number stay for statistics; so does the shape of the engine's history.
    assertThat(keptColumns(application.getId())).isEqualTo(figuresBefore);
    GrantApplication after = reload(application);
    assertThat(after.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(after.getApplicantName()).isEqualTo(ApplicationTables.MARKER);
    assertThat(after.getApplicantEmail()).isEqualTo("anonymised-" + application.getId() + "@invalid");
    assertThat(after.getGrantedAmount()).isEqualByComparingTo("40000");
    assertThat(after.getApplicationNumber()).isEqualTo(application.getApplicationNumber());
    assertThat(historicActivities(application)).isEqualTo(activitiesBefore);
    assertThat(jdbc.queryForObject("select count(*) from personal_link where application_id = ?", Long.class,
        application.getId())).isZero();
    CaseEvent recorded = event(application, Anonymiser.EVENT);
    assertThat(recorded.getActor()).isEqualTo("admin");
    assertThat(recorded.getDetail()).isEqualTo("on request");

    // Asking again changes nothing; the export no longer finds the person.
    JsonNode again = admin.post("/api/admin/applications/" + application.getApplicationNumber() + "/anonymise", null).getBody();
    assertThat(again.path("alreadyAnonymised").asBoolean()).isTrue();
    assertThat(again.path("anonymisedAt").asText()).isEqualTo(report.path("anonymisedAt").asText());
    assertThat(events(application)).filteredOn(e -> e.getEventType().equals(Anonymiser.EVENT)).hasSize(1);
    assertThat(admin.get("/api/admin/persons/export?email=" + anonymised.applicantEmail()).getBody().path("applications"))
        .isEmpty();
    assertThat(admin.get("/api/admin/persons/export?email=" + kept.applicantEmail()).getBody().path("applications"))
        .hasSize(1);
  }

  @Test
  void onlyAnAdministratorAnonymisesAndOnlyAnEndedCase() {
    GrantApplication running = submit(TRYGHED);
    runDueJobs();
    String path = "/api/admin/applications/" + running.getApplicationNumber() + "/anonymise";

    HttpClient caseworker = new HttpClient(http, "privacy-caseworker", "privacy-pw");
    assertThat(caseworker.post(path, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseworker.get("/api/admin/persons/export?email=anna@example.dk").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new HttpClient(http, null, null).post(path, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<JsonNode> refused = admin.post(path, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("detail").asText()).contains("AWAITING_SIGNATURES", "only an ended case");
    assertThat(reload(running).getApplicantName()).isEqualTo("Anna Ansøger");
    assertThat(admin.post("/api/admin/applications/TP-2026-999999/anonymise", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  // --- the nightly sweep -----------------------------------------------------------------------

  @Test
  void theSweepAnonymisesCasesEndedLongerAgoThanConfiguredOnceEvenOnTwoNodes() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Persona withdrawnBy = new Persona("Wittrup");
    GrantApplication withdrawn = applications.submit(withdrawnBy.request());
    runDueJobs();
    applications.withdraw(withdrawn.getApplicationNumber(), "Ny stilling hos " + withdrawnBy.surname());
    runDueJobs();
    Persona rejectedFor = new Persona("Rasmussine");
    GrantApplication rejected = applications.submit(rejectedFor.request());
    signAll(rejected);
    complete(rejected, "AssessApplication", withVariables("decision", "REJECTED", "decisionReason", rejectedFor.decisionReason()));
    Persona stillRunning = new Persona("Loebende");
    GrantApplication running = applications.submit(stillRunning.request());
    runDueJobs();
    List<GrantApplication> ended = List.of(reload(withdrawn), reload(rejected));
    assertThat(ended).extracting(GrantApplication::getStatus)
        .containsExactly(ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED);
    Instant lastEnd = ended.stream().map(GrantApplication::getClosedAt).max(Instant::compareTo).orElseThrow();
    Instant due = lastEnd.atZone(EngineTime.ZONE).plus(properties.anonymiseAfter()).toInstant();
    assertThat(properties.anonymiseAfter()).hasMonths(36);

    ClockUtil.setCurrentTime(Date.from(due.minusSeconds(1)));
    assertThat(sweep.run().applications().anonymised()).isZero();
    assertThat(ended).allSatisfy(application -> assertThat(anonymisedAt(application)).isNull());

    // Past the threshold two nodes sweep at the same moment: each case is anonymised once, by one of them.
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<AnonymisationSweep.Result>> sweeps;
    try {
      sweeps = nodes.invokeAll(List.of(sweep::run, sweep::run));
    } finally {
      nodes.shutdown();
    }
    int anonymisedByBoth = 0;
    for (Future<AnonymisationSweep.Result> result : sweeps) {
      anonymisedByBoth += result.get().applications().anonymised();
    }
    assertThat(anonymisedByBoth).isEqualTo(2);
    for (GrantApplication application : ended) {
      assertThat(anonymisedAt(application)).isEqualTo(due.plusSeconds(1));
      assertThat(events(application)).filteredOn(e -> e.getEventType().equals(Anonymiser.EVENT)).singleElement()
          .satisfies(event -> {
            assertThat(event.getActor()).isNull();
            assertThat(event.getDetail()).isEqualTo("automatically: ended more than P36M ago");
          });
    }
    assertThat(DatabaseScan.find(dataSource, withdrawnBy.values())).isEmpty();
    assertThat(DatabaseScan.find(dataSource, rejectedFor.values())).isEmpty();
    assertThat(reload(running).getApplicantName()).isEqualTo(stillRunning.applicant());

    // The next night there is nothing left to do.
    ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofDays(1))));
    AnonymisationSweep.Result nextNight = sweep.run();
    assertThat(nextNight.applications().anonymised()).isZero();
    assertThat(ended).allSatisfy(application -> assertThat(anonymisedAt(application)).isEqualTo(due.plusSeconds(1)));
  }

  // --- the mentor cases ------------------------------------------------------------------------

  /** Every stage of Nøglen til en god start, each party writing their persona's texts, the cases side by side. */
  private void runMentorCasesToClosed(Map<Persona, GrantApplication> cases) {
    runDueJobs();
    cases.values().forEach(this::signAll);
    cases.forEach((persona, application) -> {
      Task assessment = task(application, "AssessApplication");
      asAdmin(() -> {
        taskService.createComment(assessment.getId(), assessment.getProcessInstanceId(), persona.comment());
        taskService.createAttachment("text/plain", assessment.getId(), assessment.getProcessInstanceId(),
            "notat.txt", persona.attachmentText(),
            new ByteArrayInputStream(persona.attachmentText().getBytes(StandardCharsets.UTF_8)));
        taskService.complete(assessment.getId(), withVariables("decision", "MORE_INFO", "decisionReason", persona.question()));
      });
      runDueJobs();
      complete(application, "ProvideInformation", withVariables("additionalInformation", persona.information()));
      Task reassessment = task(application, "AssessApplication");
      asAdmin(() -> taskService.complete(reassessment.getId(), withVariables("decision", "APPROVED", "grantedAmount", "40000",
          "grantedHours", 74, "decisionReason", persona.decisionReason())));
      runDueJobs();
      complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true, "signedBy", persona.manager()));
      complete(application, "SignContractForPool", withVariables("contractAccepted", true));
    });
    GrantApplication first = cases.values().iterator().next();
    Instant meetingAt = first.getProjectStart().plusDays(120).atTime(10, 0).atZone(EngineTime.ZONE).toInstant();
    moveClockTo(meetingAt.minus(Duration.ofDays(14)));
    cases.forEach((persona, application) -> complete(application, "AnswerMeetingInvitation",
        withVariables("invitationAnswer", "ATTENDING", "invitationComment", persona.invitationComment())));
    moveClockTo(first.getProjectStart().plusDays(121).atStartOfDay(EngineTime.ZONE).toInstant());
    cases.forEach((persona, application) -> {
      complete(application, "RecordMeeting", withVariables("meetingHeld", true, "meetingNotes", persona.meetingNotes()));
      byte[] pdf = ("%PDF-1.4\n% " + persona.receiptText() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
      try {
        receipts.attach(application.getId(), 1, List.of(ReceiptFile.check(persona.receiptName(), pdf)));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      reportAndPay(application, "20000", "20000");
    });
    moveClockTo(first.getProjectEnd().plusDays(1).atStartOfDay(EngineTime.ZONE).toInstant());
    cases.forEach((persona, application) -> {
      complete(application, "SubmitEvaluation", withVariables("evaluationRating", "GOOD", "evaluationAnswers",
          persona.evaluation()));
      reportAndPay(application, "20000", "20000");
    });
  }

  /**
   * A letter whose stored facts are broken: sending fails (the error quotes the facts), the retries are
   * used up (an incident), and an operator cancels it. While it runs, the case cannot be anonymised. A
   * letter writes no engine history, so the facts stay only in the letter's own row.
   */
  private void sendALetterThatFailsAndIsCancelled(Persona persona, GrantApplication application) {
    jdbc.update("insert into notification (application_id, notice_type, occurrence, recipient, facts, status, attempts,"
        + " created_at) values (?, 'APPLICATION_RECEIVED', 'broken', ?, ?, 'PENDING', 0, ?)", application.getId(),
        persona.applicantEmail(), persona.brokenLetter(), Timestamp.from(EngineTime.now()));
    Long notificationId = jdbc.queryForObject("select id from notification where application_id = ? and occurrence = 'broken'",
        Long.class, application.getId());
    String letter = runtimeService.createProcessInstanceByKey("notification").businessKey(application.getApplicationNumber())
        .setVariable("notificationId", notificationId).execute().getId();
    String job = onlyJobFailsQuoting(letter, persona.surname());
    ResponseEntity<JsonNode> refused = admin.post("/api/admin/applications/" + application.getApplicationNumber() + "/anonymise",
        null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("detail").asText()).contains("still run");
    managementService.setJobRetries(job, 0);
    runtimeService.deleteProcessInstance(letter, "letter cancelled by an operator");
  }

  /**
   * A step of the case that fails and quotes a personal value, as a delegate or an expression may: its
   * failed attempts and its incident keep the message. The Puljeflow models have no such step, so the
   * test deploys one.
   */
  private String deployACaseStepThatFails() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("caseStepThatFails").camundaHistoryTimeToLive(180)
        .startEvent()
        .serviceTask("FailingStep").camundaAsyncBefore().camundaClass(FailingStep.class)
        .endEvent()
        .done();
    return repositoryService.createDeployment().name("anonymisation-test").addModelInstance("case-step-that-fails.bpmn", model)
        .deploy().getId();
  }

  private void runACaseStepThatFailsAndIsCancelled(Persona persona, GrantApplication application) {
    String step = runtimeService.createProcessInstanceByKey("caseStepThatFails").businessKey(application.getApplicationNumber())
        .setVariable("error", persona.stepError()).execute().getId();
    String job = onlyJobFailsQuoting(step, persona.surname());
    managementService.setJobRetries(job, 0);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(step).singleResult().getIncidentMessage())
        .contains(persona.surname());
    runtimeService.deleteProcessInstance(step, "step cancelled by an operator");
  }

  /** Runs the process instance's one job, which must fail with an error that quotes the value; the job's id. */
  private String onlyJobFailsQuoting(String processInstanceId, String value) {
    String job = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult().getId();
    assertThatThrownBy(() -> managementService.executeJob(job)).hasMessageContaining(value);
    return job;
  }

  /** Fails with the message the instance was started with. */
  public static class FailingStep implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      throw new IllegalStateException((String) execution.getVariable("error"));
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** As the administrator in the engine: what they do lands in the user operation log. */
  private void asAdmin(Runnable work) {
    identityService.setAuthentication("admin", List.of(Groups.ADMIN));
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Set<String> tablesOf(Map<String, Set<String>> found) {
    return found.values().stream().flatMap(Set::stream).map(location -> location.substring(0, location.indexOf('.')))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every column anonymisation keeps, of every table of the application (rows it deletes aside). */
  private Map<String, List<Map<String, Object>>> keptColumns(Long applicationId) {
    Map<String, List<Map<String, Object>>> kept = new LinkedHashMap<>();
    for (Table table : ApplicationTables.OF_AN_APPLICATION) {
      if (table.deleteRows()) {
        continue;
      }
      List<String> columns = table.columns().entrySet().stream()
          .filter(column -> column.getValue() == Treatment.KEEP)
          .map(Map.Entry::getKey)
          .filter(column -> !column.equals("version") && !column.equals("anonymised_at"))
          .toList();
      kept.put(table.name(), jdbc.queryForList("select " + String.join(", ", columns) + " from " + table.name() + " where "
          + table.rowsOfApplication() + " order by id", applicationId).stream()
          // The one row anonymisation adds: its own event.
          .filter(row -> !Anonymiser.EVENT.equals(row.get("EVENT_TYPE")) && !Anonymiser.EVENT.equals(row.get("event_type")))
          .toList());
    }
    return kept;
  }

  private long historicActivities(GrantApplication application) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(application.getApplicationNumber())
        .list().stream()
        .mapToLong(instance -> historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
        .sum();
  }

  private Instant anonymisedAt(GrantApplication application) {
    OffsetDateTime at = jdbc.queryForObject("select anonymised_at from grant_application where id = ?",
        OffsetDateTime.class, application.getId());
    return at == null ? null : at.toInstant();
  }
}
