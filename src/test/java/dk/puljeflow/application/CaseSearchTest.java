package dk.puljeflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.security.IdentityBootstrap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Case search for caseworkers, in the API and on the /cases page, open and closed cases alike. */
class CaseSearchTest extends ProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  HttpClient caseworker;

  @BeforeEach
  void user() {
    identity.ensureUser("search-cw", "search-pw", "Karin", "Søg", null, CASEWORKER_OF_EVERY_POOL);
    caseworker = new HttpClient(http, "search-cw", "search-pw");
  }

  @Test
  void findsCasesByPoolStatusAndTextWithTheirNextDeadline() {
    GrantApplication waiting = submit(TRYGHED);
    GrantApplication decided = submit(STAR);
    signAll(waiting);
    signAll(decided);
    complete(decided, "AssessApplication", withVariables("decision", "REJECTED", "decisionReason", "Nej"));

    JsonNode byPool = caseworker.get("/api/applications?pool=" + TRYGHED + "&size=100").getBody();
    assertThat(byPool.path("content").findValuesAsText("applicationNumber")).contains(waiting.getApplicationNumber())
        .doesNotContain(decided.getApplicationNumber());
    assertThat(byPool.path("content").findValuesAsText("poolId")).containsOnly(TRYGHED);

    JsonNode byText = caseworker.get("/api/applications?q=" + waiting.getApplicationNumber().toLowerCase()).getBody();
    assertThat(byText.path("totalElements").asLong()).isEqualTo(1);
    JsonNode row = byText.path("content").get(0);
    assertThat(row.path("status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(row.path("nextDeadline").asText()).isNotBlank();
    assertThat(row.path("openTaskName").asText()).startsWith("Vurder ansøgning");
    assertThat(row.path("poolName").asText()).isEqualTo("Tryghedspuljen");

    JsonNode closed = caseworker.get("/api/applications?status=REJECTED&q=" + decided.getApplicationNumber()).getBody();
    assertThat(closed.path("content").findValuesAsText("applicationNumber")).containsExactly(decided.getApplicationNumber());
    assertThat(closed.path("content").get(0).path("openTaskId").isNull()).isTrue();

    JsonNode paged = caseworker.get("/api/applications?size=1&page=1").getBody();
    assertThat(paged.path("content")).hasSize(1);
    assertThat(paged.path("page").asInt()).isEqualTo(1);
    assertThat(paged.path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(caseworker.get("/api/applications?status=NONSENSE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theCasesPageLinksToTheOpenTaskAndTheInstance() {
    GrantApplication application = submit(TRYGHED);
    signAll(application);
    String taskId = task(application, "AssessApplication").getId();

    ResponseEntity<String> page = http.withBasicAuth("search-cw", "search-pw")
        .getForEntity("/cases?q=" + application.getApplicationNumber(), String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains(application.getApplicationNumber(), "Tryghedspuljen", "AWAITING_DECISION",
        "/camunda/app/tasklist/default/#/?task=" + taskId,
        "/camunda/app/cockpit/default/#/process-instance/" + reload(application).getProcessInstanceId());
    assertThat(http.getForEntity("/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
