package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.HttpClient;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One transition project from the joint application to closed, only through HTTP, each party as itself:
 * a TSL adviser registers it through the API, the employer and the union representative sign in Tasklist
 * (engine REST), the adviser decides, holds the mapping meeting, assigns a job coach, logs a coaching
 * meeting and decides on a training the person and coach applied for, then records the new job; a manager
 * reads the outcome report and the supplier's savings. An operator runs the due jobs where the job
 * executor would (it is off in tests).
 */
class TransitionEndToEndTest extends TransitionTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  HttpClient adviser;
  HttpClient manager;
  HttpClient employer;
  HttpClient union;
  HttpClient operator;

  @BeforeEach
  void users() {
    identity.ensureUser("e2e-tsl-adviser", "adviser-pw", "Rut", "Rådgivare", Groups.TSL_ADVISER);
    identity.ensureUser("e2e-tsl-manager", "manager-pw", "Mats", "Chef", Groups.MANAGER);
    identity.ensureUser("e2e-tsl-employer", "employer-pw", "Erik", "Arbetsgivare", Groups.SIGNER);
    identity.ensureUser("e2e-tsl-union", "union-pw", "Frida", "Facklig", Groups.SIGNER);
    adviser = new HttpClient(http, "e2e-tsl-adviser", "adviser-pw");
    manager = new HttpClient(http, "e2e-tsl-manager", "manager-pw");
    employer = new HttpClient(http, "e2e-tsl-employer", "employer-pw");
    union = new HttpClient(http, "e2e-tsl-union", "union-pw");
    operator = new HttpClient(http, "admin", "test-admin-password");
  }

  @Test
  void transitionProjectFromJointApplicationToClosedWithOutcomeReport() throws Exception {
    Supplier supplier = newSupplier(10);
    LocalDate lastDay = TransitionTime.today().plusDays(20);
    ResponseEntity<JsonNode> created = adviser.post("/api/transition/projects", Map.of(
        "employerName", "Exempelverken AB", "employerSignatoryName", "Erik Arbetsgivare",
        "employerSignatoryEmail", "erik@exempelverken.se", "employerSignatoryUserId", "e2e-tsl-employer",
        "unionRepName", "Frida Facklig", "unionRepEmail", "frida@if-metall.example", "unionRepUserId", "e2e-tsl-union",
        "description", "Nedläggning av monteringen",
        "persons", List.of(Map.of("name", "Sven Svensson", "email", "sven@example.se", "lastDayOfEmployment", lastDay.toString()))));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("projectNumber").asText();
    String person = number + "-001";
    assertThat(created.getHeaders().getLocation()).hasPath("/api/transition/projects/" + number);
    assertThat(created.getBody().path("frame").decimalValue()).isEqualByComparingTo("50000");
    assertThat(created.getBody().path("currency").asText()).isEqualTo("SEK");
    assertThat(created.getBody().path("participants").get(0).path("status").asText()).isEqualTo("LISTED");
    operator.runDueJobs(number, 60);

    // Employer and union representative sign, each their own task.
    completeOwnTask(employer, number, "SignApplication", Map.of("signatureAnswer", "SIGN"));
    completeOwnTask(union, number, "SignApplication", Map.of("signatureAnswer", "SIGN"));
    operator.runDueJobs(number, 60);
    JsonNode signed = adviser.get("/api/transition/projects/" + number).getBody();
    assertThat(signed.path("status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(signed.path("signatures").findValuesAsText("state")).containsOnly("SIGNED");

    completeGroupTask(adviser, number, "AssessApplication", Map.of("decision", "APPROVED", "grantedAmount", 50000,
        "decisionReason", "Uppsägning på grund av arbetsbrist"));
    operator.runDueJobs(number, 60);
    assertThat(adviser.get("/api/transition/projects/" + number).getBody().path("status").asText()).isEqualTo("ACTIVE");

    completeGroupTask(adviser, number, "BookMappingMeeting", Map.of("mappingMeetingStart", meetingIn(2),
        "mappingMeetingPlace", "TSL, Kungsgatan 1, Borås", "adviserName", "Rut Rådgivare"));
    completeGroupTask(adviser, number, "HoldMappingMeeting", Map.of("meetingHeld", true, "needLevelAssessed", "MEDIUM"));
    completeGroupTask(adviser, number, "RecordParticipation", Map.of("participation", "JOIN"));
    // Tasklist fills the supplier select from the task's form variables, read as it reads them (serialized).
    String assignment = openTask(adviser, number, "AssignJobCoach");
    JsonNode formVariables = adviser.get("/engine-rest/task/" + assignment + "/form-variables?deserializeValues=false").getBody();
    assertThat(JSON.readTree(formVariables.path("supplierOptions").path("value").asText()).findValuesAsText("value"))
        .contains(supplier.getId(), "karriarpartner").doesNotContain("arbetslivsbron");
    completeGroupTask(adviser, number, "AssignJobCoach", Map.of("supplierId", supplier.getId(), "coachName", "Cecilia Coach"));

    JsonNode inSupport = adviser.get("/api/transition/participants/" + person).getBody();
    assertThat(inSupport.path("status").asText()).isEqualTo("IN_SUPPORT");
    assertThat(inSupport.path("fundingAmount").decimalValue()).isEqualByComparingTo("30000");
    assertThat(inSupport.path("coachName").asText()).isEqualTo("Cecilia Coach");

    // The coach's meeting and the joint training application come through the API.
    moveClockBy(Duration.ofDays(10));
    ResponseEntity<JsonNode> meeting = adviser.post("/api/transition/participants/" + person + "/coaching-meetings",
        Map.of("heldOn", TransitionTime.today().toString(), "type", "JOB_TARGETING", "note", "Lager och logistik"));
    assertThat(meeting.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(meeting.getBody().path("recordedBy").asText()).isEqualTo("e2e-tsl-adviser");
    ResponseEntity<JsonNode> training = adviser.post("/api/transition/participants/" + person + "/training-applications",
        Map.of("kind", "VALIDATION", "description", "Validering av lagerkompetens", "provider", "Valideringscentrum Väst",
            "cost", 7500, "motivation", "Ger ett intyg arbetsgivarna efterfrågar", "coachName", "Cecilia Coach",
            "participantAgrees", true));
    assertThat(training.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(training.getBody().path("trainingApplications").get(0).path("status").asText()).isEqualTo("PENDING");
    operator.runDueJobs(number, 60);
    completeGroupTask(adviser, number, "DecideOnTraining", Map.of("trainingDecision", "APPROVED", "approvedCost", 7500));

    moveClockBy(Duration.ofDays(30));
    completeGroupTask(adviser, number, "RecordOutcome", Map.of("outcome", "NEW_JOB",
        "outcomeOn", TransitionTime.today().toString(), "outcomeNote", "Lagerarbetare på Borås Logistik"));

    JsonNode closed = adviser.get("/api/transition/projects/" + number).getBody();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    JsonNode participant = closed.path("participants").get(0);
    assertThat(participant.path("status").asText()).isEqualTo("SUPPORT_ENDED");
    assertThat(participant.path("outcome").asText()).isEqualTo("NEW_JOB");
    assertThat(participant.path("coachingMeetings").findValuesAsText("type")).containsExactly("JOB_TARGETING");
    assertThat(participant.path("trainingApplications").get(0).path("status").asText()).isEqualTo("APPROVED");
    JsonNode money = closed.path("moneyBySupplier").get(0);
    assertThat(money.path("supplierId").asText()).isEqualTo(supplier.getId());
    assertThat(money.path("funding").decimalValue()).isEqualByComparingTo("30000");
    assertThat(money.path("costs").decimalValue()).isEqualByComparingTo("7500");
    assertThat(money.path("savedToLedger").decimalValue()).isEqualByComparingTo("22500");
    assertThat(money.path("available").decimalValue()).isEqualByComparingTo("0");
    assertThat(closed.path("events").findValuesAsText("type")).contains("COACHING_MEETING", "TRAINING_APPLIED",
        "TRAINING_COST_BOOKED", "OUTCOME_RECORDED", "SUPPORT_ENDED", "PROJECT_SETTLED").endsWith("CLOSED");
    assertThat(operator.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number
        + "&processDefinitionKey=transitionSupport").getBody().get(0).path("state").asText()).isEqualTo("COMPLETED");

    // A manager reads the outcome and the supplier's savings.
    JsonNode report = manager.get("/api/transition/report?project=" + number).getBody();
    JsonNode row = report.path("byProjectAndSupplier").get(0);
    assertThat(report.path("byProjectAndSupplier")).hasSize(1);
    assertThat(row.path("supplierId").asText()).isEqualTo(supplier.getId());
    assertThat(row.path("participants").asLong()).isEqualTo(1);
    assertThat(row.path("inWorkWithinYear").asLong()).isEqualTo(1);
    assertThat(row.path("shareInWorkWithinYearPercent").decimalValue()).isEqualByComparingTo("100.0");
    // Last day of employment in 20 days, new job in 40: 20 days to the outcome.
    assertThat(row.path("averageDaysToOutcome").decimalValue()).isEqualByComparingTo("20.0");
    ResponseEntity<String> csv = http.withBasicAuth("e2e-tsl-manager", "manager-pw")
        .getForEntity("/api/transition/report.csv?project=" + number, String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody().lines().toList()).hasSize(2);
    assertThat(csv.getBody().lines().findFirst().orElseThrow()).startsWith("projectNumber,employer,supplierId,supplierName,participants");
    JsonNode ledger = manager.get("/api/transition/suppliers/" + supplier.getId() + "/ledger").getBody();
    assertThat(ledger.path("balance").decimalValue()).isEqualByComparingTo("22500");
    assertThat(ledger.path("movements").get(0).path("projectNumber").asText()).isEqualTo(number);
    assertThat(ledger.path("movements").get(0).path("type").asText()).isEqualTo("DEPOSIT");
  }

  private String openTask(HttpClient user, String number, String taskKey) {
    JsonNode tasks = user.get("/engine-rest/task?candidateUser=" + user.user() + "&processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as(taskKey + " offered to " + user.user()).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  /** Completes the one task of this key that Tasklist shows the user as assigned to them. */
  private void completeOwnTask(HttpClient user, String number, String taskKey, Map<String, ?> form) {
    JsonNode tasks = user.get("/engine-rest/task?assignee=" + user.user() + "&processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as(taskKey + " for " + user.user()).hasSize(1);
    submit(user, tasks.get(0).path("id").asText(), form);
  }

  /** Claims and completes the one task of this key offered to the user's groups, as Tasklist does; then the jobs run. */
  private void completeGroupTask(HttpClient user, String number, String taskKey, Map<String, ?> form) {
    String taskId = openTask(user, number, taskKey);
    assertThat(user.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user.user())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    submit(user, taskId, form);
    operator.runDueJobs(number, 60);
  }

  private void submit(HttpClient user, String taskId, Map<String, ?> form) {
    ResponseEntity<JsonNode> submitted = user.post("/engine-rest/task/" + taskId + "/submit-form", HttpClient.formVariables(form));
    assertThat(submitted.getStatusCode()).as("submit-form: " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
