package dk.puljeflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * /api/admin in the shared context: nothing here changes the puljeflow release. Redeploying changed
 * models, and refusing non-administrators, is {@code RedeployAndMigrateTest}'s job (own context,
 * models in a temporary folder).
 */
class DeploymentApiTest extends ProcessTest {

  private static final String PROBE = "migrationProbe";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  HttpClient admin;

  @BeforeEach
  void administrator() {
    admin = new HttpClient(http, "admin", "test-admin-password");
  }

  @Test
  void redeployingUnchangedModelsDeploysNothingAndSaysSo() {
    long releases = puljeflowReleases();
    ResponseEntity<JsonNode> answer = admin.post("/api/admin/deployments", null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("deployed").asBoolean()).isFalse();
    assertThat(answer.getBody().path("changedFiles")).isEmpty();
    assertThat(answer.getBody().path("summary").asText()).startsWith("Nothing changed since release");
    assertThat(version(answer.getBody(), "process", "grantApplication")).isEqualTo(latest("grantApplication").getVersion());
    assertThat(version(answer.getBody(), "decision", "eligibilityTryghedspuljen")).isPositive();
    assertThat(puljeflowReleases()).isEqualTo(releases);
  }

  @Test
  void badMigrationRequestsAreRefusedPerField() {
    int grant = latest("grantApplication").getVersion();
    assertRefused(migration("noSuchProcess", 1, 2, true), "processKey", "no process with key 'noSuchProcess'");
    assertRefused(migration("grantApplication", grant + 5, grant, true), "fromVersion", "has no version " + (grant + 5));
    assertRefused(migration("grantApplication", grant, grant + 7, true), "toVersion", "has no version " + (grant + 7));
    assertRefused(migration("grantApplication", grant, grant, true), "toVersion", "must differ from fromVersion");
    Map<String, Object> withoutKey = migration("grantApplication", 1, 2, true);
    withoutKey.remove("processKey");
    assertRefused(withoutKey, "processKey", "");
  }

  @Test
  void dryRunReportsWhatCannotMoveAndTheRealRunMovesTheRest() {
    ProcessDefinition v1 = deployProbe("Keep", "Drop");
    ProcessDefinition v2 = deployProbe("Keep", "Replacement");
    String atKeep = runtimeService.startProcessInstanceById(v1.getId(), "probe-1").getId();
    String atDrop = runtimeService.startProcessInstanceById(v1.getId(), "probe-2").getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(atDrop).singleResult().getId());

    JsonNode dryRun = migrate(migration(PROBE, v1.getVersion(), v2.getVersion(), null));

    assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
    assertThat(dryRun.path("instances").asInt()).isEqualTo(2);
    assertThat(dryRun.path("migratable").asInt()).isEqualTo(1);
    assertThat(dryRun.path("migrated").asInt()).isZero();
    assertThat(dryRun.path("unmappedActivities")).extracting(JsonNode::asText).containsExactly("Drop");
    assertThat(dryRun.path("notMigratable")).hasSize(1);
    assertThat(dryRun.path("notMigratable").get(0).path("processInstanceId").asText()).isEqualTo(atDrop);
    assertThat(dryRun.path("notMigratable").get(0).path("businessKey").asText()).isEqualTo("probe-2");
    assertThat(dryRun.path("notMigratable").get(0).path("problems").toString()).contains("Drop");
    assertThat(definitionOf(atKeep)).isEqualTo(v1.getId());
    assertThat(definitionOf(atDrop)).isEqualTo(v1.getId());

    JsonNode real = migrate(migration(PROBE, v1.getVersion(), v2.getVersion(), false));

    assertThat(real.path("migrated").asInt()).isEqualTo(1);
    assertThat(real.path("summary").asText()).contains("migrated 1 of 2").contains("1 cannot move");
    assertThat(definitionOf(atKeep)).isEqualTo(v2.getId());
    assertThat(definitionOf(atDrop)).isEqualTo(v1.getId());
    // The moved instance goes on along version 2.
    taskService.complete(taskService.createTaskQuery().processInstanceId(atKeep).singleResult().getId());
    assertThat(taskService.createTaskQuery().processInstanceId(atKeep).singleResult().getTaskDefinitionKey()).isEqualTo("Replacement");

    JsonNode probe = processOverview(PROBE);
    assertThat(probe.path("versions")).extracting(v -> v.path("version").asInt()).containsExactly(v2.getVersion(), v1.getVersion());
    assertThat(probe.path("versions")).extracting(v -> v.path("runningInstances").asLong()).containsExactly(1L, 1L);
  }

  @Test
  void overviewListsDeploymentsVersionsAndRunningInstances() {
    ProcessDefinition grant = latest("grantApplication");
    long runningBefore = runtimeService.createProcessInstanceQuery().processDefinitionId(grant.getId()).count();
    submit(TRYGHED);

    JsonNode overview = admin.get("/api/admin/deployments").getBody();

    assertThat(overview.path("deployments").findValuesAsText("source")).contains(ModelSetDeployer.SOURCE);
    assertThat(overview.path("deployments").findValuesAsText("id")).contains(grant.getDeploymentId());
    JsonNode latestGrant = processOverview("grantApplication").path("versions").get(0);
    assertThat(latestGrant.path("version").asInt()).isEqualTo(grant.getVersion());
    assertThat(latestGrant.path("deploymentId").asText()).isEqualTo(grant.getDeploymentId());
    assertThat(latestGrant.path("runningInstances").asLong()).isEqualTo(runningBefore + 1);
    JsonNode decisions = overview.path("decisions");
    assertThat(decisions.findValuesAsText("key")).contains("eligibilityTryghedspuljen", "eligibilityGeneric");
    assertThat(decisions.get(0).path("versions").get(0).has("runningInstances")).isFalse();
  }

  // ---------------------------------------------------------------------------------------------

  /** Version N of a one-path process whose second task the next version replaces. */
  private ProcessDefinition deployProbe(String first, String second) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
        .startEvent("Started").userTask(first).userTask(second).endEvent("Ended").done();
    String deploymentId = repositoryService.createDeployment().name("migration-probe")
        .addModelInstance("migration-probe.bpmn", model).deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }

  private JsonNode migrate(Map<String, Object> request) {
    ResponseEntity<JsonNode> answer = admin.post("/api/admin/migrations", request);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private void assertRefused(Map<String, Object> request, String field, String message) {
    ResponseEntity<JsonNode> refused = admin.post("/api/admin/migrations", request);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").path(field).asText()).as(refused.getBody().toString()).contains(message).isNotBlank();
  }

  private static Map<String, Object> migration(String key, int from, int to, Boolean dryRun) {
    Map<String, Object> request = new HashMap<>(Map.of("processKey", key, "fromVersion", from, "toVersion", to));
    request.put("dryRun", dryRun);
    return request;
  }

  private JsonNode processOverview(String key) {
    JsonNode processes = admin.get("/api/admin/deployments").getBody().path("processes");
    for (JsonNode process : processes) {
      if (process.path("key").asText().equals(key)) {
        return process;
      }
    }
    throw new AssertionError("No process " + key + " in " + processes);
  }

  private static int version(JsonNode outcome, String type, String key) {
    for (JsonNode definition : outcome.path("definitions")) {
      if (definition.path("type").asText().equals(type) && definition.path("key").asText().equals(key)) {
        return definition.path("version").asInt();
      }
    }
    throw new AssertionError("No " + type + " " + key + " in " + outcome);
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private String definitionOf(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getProcessDefinitionId();
  }

  private long puljeflowReleases() {
    return repositoryService.createDeploymentQuery().deploymentName("puljeflow").count();
  }
}
