package dk.puljeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Camunda's authorizations per role, through the engine REST API as each user: a caseworker works only
 * the tasks of the pools whose caseworker group they are in; a manager reads instances, incidents and
 * history but changes nothing; an administrator may do everything.
 */
class RoleAuthorizationTest extends ProcessTest {

  @Autowired IdentityBootstrap identity;
  @Autowired TestRestTemplate http;

  private HttpClient tryghedCaseworker;
  private HttpClient mentorCaseworker;
  private HttpClient manager;
  private HttpClient admin;

  @BeforeEach
  void users() {
    identity.ensureUser("roles-tryghed", "tryghed-pw", "Tove", "Tryg", null, Groups.CASEWORKER, "caseworker-tryghedspuljen");
    identity.ensureUser("roles-mentor", "mentor-pw", "Mikkel", "Mentor", null, Groups.CASEWORKER, "caseworker-kl-ds-mentor");
    identity.ensureUser("roles-manager", "manager-pw", "Mads", "Leder", Groups.MANAGER);
    tryghedCaseworker = new HttpClient(http, "roles-tryghed", "tryghed-pw");
    mentorCaseworker = new HttpClient(http, "roles-mentor", "mentor-pw");
    manager = new HttpClient(http, "roles-manager", "manager-pw");
    admin = new HttpClient(http, "admin", "test-admin-password");
  }

  @Test
  void aCaseworkerSeesAndWorksOnlyTheTasksOfTheirOwnPools() {
    GrantApplication tryghed = submit(TRYGHED);
    GrantApplication mentor = submit(MENTOR);
    signAll(tryghed);
    signAll(mentor);
    String tryghedTask = task(tryghed, "AssessApplication").getId();
    String mentorTask = task(mentor, "AssessApplication").getId();

    assertThat(assessTasks(tryghedCaseworker, tryghed)).hasSize(1);
    assertThat(assessTasks(tryghedCaseworker, mentor)).isEmpty();
    assertThat(assessTasks(mentorCaseworker, mentor)).hasSize(1);
    assertThat(assessTasks(mentorCaseworker, tryghed)).isEmpty();

    assertThat(status(tryghedCaseworker.post("/engine-rest/task/" + mentorTask + "/claim", Map.of("userId", "roles-tryghed"))))
        .isEqualTo(403);
    assertThat(status(tryghedCaseworker.post("/engine-rest/task/" + mentorTask + "/submit-form", approval()))).isEqualTo(403);
    assertThat(task(mentor, "AssessApplication").getAssignee()).isNull();
    assertThat(reload(mentor).getDecidedAt()).isNull();

    assertThat(status(tryghedCaseworker.post("/engine-rest/task/" + tryghedTask + "/claim", Map.of("userId", "roles-tryghed"))))
        .isEqualTo(204);
    assertThat(status(tryghedCaseworker.post("/engine-rest/task/" + tryghedTask + "/submit-form", approval()))).isEqualTo(204);
    runDueJobs();
    assertThat(reload(tryghed).getGrantedAmount()).isEqualByComparingTo("8000");
  }

  @Test
  void aCaseworkerFindsAndReadsOnlyTheCasesOfTheirOwnPools() {
    String tryghed = submit(TRYGHED).getApplicationNumber();
    String mentor = submit(MENTOR).getApplicationNumber();
    runDueJobs();

    assertThat(found(tryghedCaseworker, tryghed)).isEqualTo(1);
    assertThat(found(tryghedCaseworker, mentor)).isZero();
    assertThat(found(mentorCaseworker, mentor)).isEqualTo(1);
    assertThat(found(manager, tryghed) + found(manager, mentor)).isEqualTo(2);

    assertThat(status(tryghedCaseworker.get("/api/applications/" + tryghed))).isEqualTo(200);
    assertThat(status(tryghedCaseworker.get("/api/applications/" + tryghed + "/notifications"))).isEqualTo(200);
    // Another pool's case is not found at all: its number says nothing about whether it exists.
    assertThat(status(tryghedCaseworker.get("/api/applications/" + mentor))).isEqualTo(404);
    assertThat(status(tryghedCaseworker.get("/api/applications/" + mentor + "/notifications"))).isEqualTo(404);
    assertThat(status(tryghedCaseworker.post("/api/applications/" + mentor + "/withdraw", Map.of("reason", "x")))).isEqualTo(404);
    assertThat(applicationRepository.findByApplicationNumber(mentor).orElseThrow().getStatus().isFinal()).isFalse();
    assertThat(status(manager.get("/api/applications/" + mentor))).isEqualTo(200);

    String casesPage = http.withBasicAuth("roles-tryghed", "tryghed-pw").getForObject("/cases", String.class);
    assertThat(casesPage).contains(tryghed).doesNotContain(mentor);
  }

  private static int found(HttpClient user, String number) {
    return user.get("/api/applications?q=" + number).getBody().path("totalElements").asInt();
  }

  @Test
  void aManagerReadsInstancesIncidentsAndHistoryButChangesNothing() {
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    String instanceId = reload(application).getProcessInstanceId();
    String taskId = tasks(application, "SignApplication").get(0).getId();

    assertThat(manager.get("/engine-rest/process-instance?businessKey=" + application.getApplicationNumber()).getBody())
        .extracting(instance -> instance.path("id").asText()).contains(instanceId);
    assertThat(status(manager.get("/engine-rest/incident"))).isEqualTo(200);
    assertThat(manager.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + application.getApplicationNumber()
        + "&processDefinitionKey=grantApplication").getBody()).hasSize(1);
    assertThat(manager.get("/engine-rest/task?processInstanceBusinessKey=" + application.getApplicationNumber()).getBody()).hasSize(3);
    assertThat(status(manager.get("/api/applications/" + application.getApplicationNumber()))).isEqualTo(200);

    assertThat(status(manager.exchange(HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null))).isEqualTo(403);
    assertThat(status(manager.exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + instanceId + "/suspended",
        Map.of("suspended", true)))).isEqualTo(403);
    assertThat(status(manager.post("/engine-rest/process-instance/" + instanceId + "/variables",
        Map.of("modifications", Map.of("applicantName", Map.of("value", "x")))))).isEqualTo(403);
    assertThat(status(manager.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "roles-manager")))).isEqualTo(403);
    assertThat(status(manager.post("/engine-rest/process-definition/key/grantApplication/start", Map.of()))).isEqualTo(403);
    assertThat(status(manager.post("/api/applications/" + application.getApplicationNumber() + "/withdraw", Map.of())))
        .isEqualTo(403);
    assertThat(mainProcess(application)).isNotNull();
    assertThat(runtimeService.getVariable(instanceId, "applicantName")).isEqualTo("Anna Ansøger");
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("applicant");
  }

  @Test
  void anAdministratorMayDoEverything() {
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    String instanceId = reload(application).getProcessInstanceId();

    assertThat(assessTasks(admin, application)).isEmpty();
    assertThat(admin.get("/engine-rest/task?processInstanceBusinessKey=" + application.getApplicationNumber()).getBody()).hasSize(3);
    assertThat(status(admin.exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + instanceId + "/suspended",
        Map.of("suspended", true)))).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().isSuspended()).isTrue();
    assertThat(status(admin.exchange(HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null))).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  private static JsonNode assessTasks(HttpClient user, GrantApplication application) {
    return user.get("/engine-rest/task?taskDefinitionKey=AssessApplication&processInstanceBusinessKey="
        + application.getApplicationNumber()).getBody();
  }

  private static Object approval() {
    return HttpClient.formVariables(Map.of("decision", "APPROVED", "grantedAmount", 8000, "decisionReason", "Opfylder kriterierne"));
  }

  private static int status(org.springframework.http.ResponseEntity<?> response) {
    return response.getStatusCode().value();
  }
}
