package dk.puljeflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.pool.PoolTestData;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.WebappSession;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST/GET /api/applications and the Tasklist start form: bad input is refused and starts nothing. */
class ApplicationApiTest extends ProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired PoolRepository pools;

  HttpClient caseworker;

  @BeforeEach
  void users() {
    identity.ensureUser("api-caseworker", "cw-password", "Karin", "API", null, CASEWORKER_OF_EVERY_POOL);
    caseworker = new HttpClient(http, "api-caseworker", "cw-password");
  }

  @Test
  void validApplicationIsStoredAndItsCaseStarted() {
    ResponseEntity<JsonNode> created = caseworker.post("/api/applications", body(TRYGHED, json -> {}));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("applicationNumber").asText();
    assertThat(number).matches("TP-\\d{4}-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/applications/" + number);
    assertThat(created.getBody().path("status").asText()).isEqualTo("RECEIVED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("grantApplication").count()).isEqualTo(1);

    runDueJobs();
    JsonNode view = caseworker.get("/api/applications/" + number).getBody();
    assertThat(view.path("status").asText()).isEqualTo("AWAITING_SIGNATURES");
    assertThat(view.path("stages")).extracting(JsonNode::asText).containsExactly("SIGNATURE");
    assertThat(view.path("signatureExpiresAt").asText()).isNotBlank();
    assertThat(view.path("signatures")).hasSize(3);
    assertThat(view.path("signatures").findValuesAsText("state")).containsOnly("PENDING");
  }

  @Test
  void anIneligibleApplicationIsStoredAsRejectedWithItsReasons() {
    ResponseEntity<JsonNode> created = caseworker.post("/api/applications", body(TRYGHED, json -> {
      json.with("details").put("activityCategory", (String) null).put("offeredByMunicipality", true);
    }));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // The answer comes before the pool's rules have run; they run as the case's first job.
    assertThat(created.getBody().path("status").asText()).isEqualTo("RECEIVED");
    runDueJobs();
    JsonNode view = caseworker.get("/api/applications/" + created.getBody().path("applicationNumber").asText()).getBody();
    assertThat(view.path("status").asText()).isEqualTo("REJECTED");
    assertThat(view.path("ineligibilityReasons")).extracting(JsonNode::asText).containsExactly(
        "Aktiviteten hører ikke under puljens kategorier: kompetenceudvikling, karrieresparring, realkompetencevurdering eller individuel vejledning.",
        "Aktiviteten tilbydes allerede af kommunen.");
  }

  @Test
  void unknownSchemeValuesAreRefused() {
    assertRefused(body(TRYGHED, json -> json.with("details").put("activityCategory", "HOLIDAY")),
        "details.activityCategory", "must be COMPETENCE_DEVELOPMENT");
  }

  @Test
  void applyingToAClosedPoolIsRefused() {
    Pool closed = pools.findById("closed-pool").orElseGet(() -> {
      Pool pool = pools.findById(TRYGHED).map(open -> {
        Pool copy = new Pool("closed-pool");
        PoolTestData.copy(open, copy);
        return copy;
      }).orElseThrow();
      pool.setOpensOn(EngineTime.today().minusYears(2));
      pool.setClosesOn(EngineTime.today().minusYears(1));
      return pools.save(pool);
    });
    assertRefused(body(TRYGHED, json -> json.put("poolId", closed.getId())), "poolId", "takes applications from");
  }

  @Test
  void theLettersOfACaseAreListedWithTheirDelivery() {
    String number = caseworker.post("/api/applications", body(TRYGHED, json -> {})).getBody().path("applicationNumber").asText();
    runDueJobs();

    JsonNode letters = caseworker.get("/api/applications/" + number + "/notifications").getBody();
    assertThat(letters.findValuesAsText("type")).contains("APPLICATION_RECEIVED", "SIGNATURE_REQUEST");
    JsonNode received = letters.get(0);
    assertThat(received.path("type").asText()).isEqualTo("APPLICATION_RECEIVED");
    assertThat(received.path("recipient").asText()).isEqualTo("anna@example.dk");
    assertThat(received.path("status").asText()).isEqualTo("SENT");
    assertThat(received.path("attempts").asInt()).isEqualTo(1);
    assertThat(received.path("subject").asText()).contains(number);
    assertThat(caseworker.get("/api/applications/TP-2026-999999/notifications").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void unknownPoolIsRefused() {
    assertRefused(body(TRYGHED, json -> json.put("poolId", "no-such-pool")), "poolId", "unknown pool");
  }

  @Test
  void amountOverThePoolsCapIsRefused() {
    assertRefused(body(TRYGHED, json -> json.put("requestedAmount", 10001)), "requestedAmount", "at most 10000");
  }

  @Test
  void moreThanHundredBuyOutHoursIsRefused() {
    assertRefused(body(MENTOR, json -> json.put("buyoutHours", 101)), "buyoutHours", "at most 100");
  }

  @Test
  void projectEndingBeforeItStartsIsRefused() {
    assertRefused(body(TRYGHED, json -> json.put("projectEnd", "2020-01-01")), "projectEnd", "before projectStart");
  }

  @Test
  void missingSignerEmailIsRefused() {
    assertRefused(body(TRYGHED, json -> json.remove("unionRepEmail")), "unionRepEmail", "union representative signs");
  }

  @Test
  void invalidEmailAndMissingFieldsAreRefusedTogether() {
    ResponseEntity<JsonNode> refused = assertRefused(body(TRYGHED, json -> {
      json.put("applicantEmail", "not-an-address");
      json.remove("activity");
    }), "applicantEmail", "well-formed email");
    assertThat(refused.getBody().path("errors").path("activity").asText()).isNotBlank();
  }

  @Test
  void malformedJsonIsRefusedWithA400() {
    long before = applicationRepository.count();
    ResponseEntity<JsonNode> refused = caseworker.post("/api/applications", Map.of("projectStart", "not a date"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(applicationRepository.count()).isEqualTo(before);
  }

  @Test
  void unknownApplicationIs404() {
    assertThat(caseworker.get("/api/applications/TP-2026-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anonymousCannotSubmit() {
    assertThat(new HttpClient(http, null, null).post("/api/applications", body(TRYGHED, json -> {})).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void withdrawalEndsTheCaseAndASecondOneConflicts() {
    String number = caseworker.post("/api/applications", body(TRYGHED, json -> {})).getBody().path("applicationNumber").asText();
    runDueJobs();

    ResponseEntity<JsonNode> withdrawn = caseworker.post("/api/applications/" + number + "/withdraw", Map.of("reason", "Nyt job"));
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.getBody().path("stages")).isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).count()).isZero();

    assertThat(caseworker.post("/api/applications/" + number + "/withdraw", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aDecisionOnAWithdrawnCaseFindsNoTask() {
    GrantApplication application = submit(TRYGHED);
    signAll(application);
    String taskId = task(application, "AssessApplication").getId();
    applications.withdraw(application.getApplicationNumber(), "Nyt job");

    ResponseEntity<JsonNode> decided = caseworker.post("/engine-rest/task/" + taskId + "/submit-form",
        HttpClient.formVariables(Map.of("decision", "APPROVED", "grantedAmount", 8000)));
    // Camunda's REST API would answer a form submitted for a vanished task with 500 "Cannot find task";
    // FormRefusalUnwrapping makes it a refused form. The task itself is 404, and nothing about the case changes.
    assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(decided.getBody().path("message").asText()).contains("This task no longer exists");
    assertThat(caseworker.get("/engine-rest/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(caseworker.get("/api/applications/" + application.getApplicationNumber()).getBody().path("status").asText())
        .isEqualTo("WITHDRAWN");
    assertThat(reload(application).getDecidedAt()).isNull();
  }

  @Test
  void anInvalidTaskFormIsRefusedWith400AndChangesNothing() {
    identity.ensureUser("applicant", "applicant-pw", "Anna", "Ansøger", Groups.SIGNER);
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(application.getApplicationNumber())
        .taskAssignee("applicant").singleResult().getId();

    ResponseEntity<JsonNode> refused = new HttpClient(http, "applicant", "applicant-pw").post(
        "/engine-rest/task/" + taskId + "/submit-form", HttpClient.formVariables(Map.of("signatureAnswer", "DECLINE")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains("A reason for declining is required");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);
  }

  @Test
  void tasklistShowsARefusedTaskFormAsA400WithItsMessage() {
    identity.ensureUser("applicant", "applicant-pw", "Anna", "Ansøger", Groups.SIGNER);
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(application.getApplicationNumber())
        .taskAssignee("applicant").singleResult().getId();
    WebappSession tasklist = WebappSession.login(http, "tasklist", "applicant", "applicant-pw");
    assertThat(tasklist.loginStatus()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> refused = tasklist.exchange(HttpMethod.POST,
        "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        HttpClient.formVariables(Map.of("signatureAnswer", "DECLINE")));

    assertThat(refused.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("A reason for declining is required").doesNotContain("ENGINE-03051");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void tasklistStartFormRegistersTheApplication() {
    ResponseEntity<JsonNode> started = caseworker.post("/engine-rest/process-definition/key/grantApplication/submit-form",
        HttpClient.formVariables(startForm(Map.of())));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String number = started.getBody().path("businessKey").asText();
    GrantApplication application = applications.byNumber(number);
    assertThat(application.getPoolId()).isEqualTo(TRYGHED);
    assertThat(application.getRequestedAmount()).isEqualByComparingTo("9000");
    assertThat(application.schemeDetails().activityCategory()).isEqualTo("CAREER_SPARRING");
    assertThat(application.getIneligibilityReasons()).isEmpty();
    // The form's personal data stays in the application's table, not in process variables.
    assertThat(runtimeService.getVariables(application.getProcessInstanceId())).doesNotContainKeys("applicantEmail", "activity")
        .containsEntry("applicationNumber", number);
  }

  @Test
  void invalidStartFormIsRefusedAndStartsNothing() {
    long applicationsBefore = applicationRepository.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("grantApplication").count();

    ResponseEntity<JsonNode> refused = caseworker.post("/engine-rest/process-definition/key/grantApplication/submit-form",
        HttpClient.formVariables(startForm(Map.of("requestedAmount", 50000, "unionRepEmail", ""))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains("requestedAmount").contains("unionRepEmail");
    assertThat(applicationRepository.count()).isEqualTo(applicationsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("grantApplication").count())
        .isEqualTo(instancesBefore);
  }

  private ResponseEntity<JsonNode> assertRefused(ObjectNode body, String field, String message) {
    long applicationsBefore = applicationRepository.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<JsonNode> refused = caseworker.post("/api/applications", body);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").path(field).asText()).contains(message);
    assertThat(applicationRepository.count()).isEqualTo(applicationsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    return refused;
  }

  private static ObjectNode body(String poolId, Consumer<ObjectNode> change) {
    ObjectNode json = JSON.valueToTree(request(poolId));
    change.accept(json);
    return json;
  }

  private static Map<String, Object> startForm(Map<String, Object> overrides) {
    ApplicationRequest request = request(TRYGHED);
    Map<String, Object> form = new java.util.HashMap<>(Map.of(
        "poolId", TRYGHED, "applicantName", request.applicantName(), "applicantEmail", request.applicantEmail(),
        "workplaceName", request.workplaceName(), "nearestManagerName", request.nearestManagerName(),
        "nearestManagerEmail", request.nearestManagerEmail(), "unionRepName", request.unionRepName(),
        "unionRepEmail", request.unionRepEmail(), "activity", request.activity(), "requestedAmount", 9000));
    form.put("projectStart", request.projectStart().toString());
    form.put("projectEnd", request.projectEnd().toString());
    form.put("leavingDate", request.leavingDate().toString());
    form.put("activityCategory", "CAREER_SPARRING");
    form.put("offeredByMunicipality", false);
    form.put("releasedFromDuty", false);
    form.putAll(overrides);
    return form;
  }
}
