package dk.puljeflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One Tryghedspuljen case from application to closed, only through HTTP, each party as itself: an
 * integration submits, the three parties sign, a caseworker decides and approves the payout, the
 * applicant reports costs, finance collects the payment instruction. An operator runs the engine's
 * due jobs through the REST API where the job executor would (it is off in tests).
 */
class LifecycleEndToEndTest extends ProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  HttpClient integration;
  HttpClient caseworker;
  HttpClient finance;
  HttpClient operator;

  @BeforeEach
  void users() {
    identity.ensureUser("e2e-integration", "integration-pw", "Ansøgnings", "Integration", null, Groups.CASEWORKER,
        TRYGHED_CASEWORKERS);
    identity.ensureUser("caseworker", "caseworker-pw", "Karin", "Sagsbehandler", null, CASEWORKER_OF_EVERY_POOL);
    identity.ensureUser("e2e-finance", "finance-pw", "Frida", "Økonomi", Groups.FINANCE);
    for (String signer : new String[] {"applicant", "nearestmanager", "unionrep"}) {
      identity.ensureUser(signer, signer + "-pw", signer, "Signer", Groups.SIGNER);
    }
    integration = new HttpClient(http, "e2e-integration", "integration-pw");
    caseworker = new HttpClient(http, "caseworker", "caseworker-pw");
    finance = new HttpClient(http, "e2e-finance", "finance-pw");
    operator = new HttpClient(http, "admin", "test-admin-password");
  }

  @Test
  void tryghedspuljenCaseFromApplicationToClosed() {
    ResponseEntity<JsonNode> created = integration.post("/api/applications", request(TRYGHED));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("applicationNumber").asText();
    operator.runDueJobs(number, 20);

    for (String signer : new String[] {"applicant", "nearestmanager", "unionrep"}) {
      completeOwnTask(new HttpClient(http, signer, signer + "-pw"), number, "SignApplication", Map.of("signatureAnswer", "SIGN"));
    }
    operator.runDueJobs(number, 20);
    JsonNode signed = integration.get("/api/applications/" + number).getBody();
    assertThat(signed.path("status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(signed.path("stages")).extracting(JsonNode::asText).containsExactly("DECISION");
    assertThat(signed.path("submittedAt").asText()).isNotBlank();
    assertThat(signed.path("decisionDueAt").asText()).isNotBlank();
    assertThat(signed.path("signatures").findValuesAsText("state")).containsOnly("SIGNED");

    completeGroupTask(caseworker, number, "AssessApplication",
        Map.of("decision", "APPROVED", "grantedAmount", 8000, "decisionReason", "Opfylder betingelserne"));
    operator.runDueJobs(number, 20);
    assertThat(integration.get("/api/applications/" + number).getBody().path("status").asText()).isEqualTo("APPROVED");

    completeOwnTask(new HttpClient(http, "applicant", "applicant-pw"), number, "ReportUse", Map.of("reportedCosts", 7600));
    completeGroupTask(caseworker, number, "ApprovePayout", Map.of("approvedAmount", 7600));
    operator.runDueJobs(number, 20);

    JsonNode closed = integration.get("/api/applications/" + number).getBody();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("grantedAmount").decimalValue()).isEqualByComparingTo("8000");
    assertThat(closed.path("stages")).isEmpty();
    assertThat(operator.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number
        + "&processDefinitionKey=grantApplication").getBody().get(0).path("state").asText()).isEqualTo("COMPLETED");

    JsonNode pending = finance.get("/api/finance/payouts?status=PENDING").getBody();
    JsonNode instruction = null;
    for (JsonNode payout : pending) {
      if (number.equals(payout.path("applicationNumber").asText())) {
        instruction = payout;
      }
    }
    assertThat(instruction).isNotNull();
    assertThat(instruction.path("amount").decimalValue()).isEqualByComparingTo("7600");
    ResponseEntity<JsonNode> acknowledged = finance.post("/api/finance/payouts/" + instruction.path("id").asLong() + "/ack", null);
    assertThat(acknowledged.getBody().path("status").asText()).isEqualTo("ACKNOWLEDGED");
  }

  /** Completes the one task of this key that Tasklist shows the user as assigned to them. */
  private void completeOwnTask(HttpClient user, String number, String taskKey, Map<String, ?> form) {
    JsonNode tasks = user.get("/engine-rest/task?assignee=" + user.user() + "&processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as(taskKey + " for " + user.user()).hasSize(1);
    submit(user, tasks.get(0).path("id").asText(), form);
  }

  /** Claims and completes the one task of this key offered to the user's groups. */
  private void completeGroupTask(HttpClient user, String number, String taskKey, Map<String, ?> form) {
    JsonNode tasks = user.get("/engine-rest/task?candidateUser=" + user.user() + "&processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as(taskKey + " offered to " + user.user()).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(user.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user.user())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    submit(user, taskId, form);
  }

  private void submit(HttpClient user, String taskId, Map<String, ?> form) {
    ResponseEntity<JsonNode> submitted = user.post("/engine-rest/task/" + taskId + "/submit-form", HttpClient.formVariables(form));
    assertThat(submitted.getStatusCode()).as("submit-form: " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
