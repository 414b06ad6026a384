package dk.puljeflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every role sees the shared filters, and they list that user's own work. */
class TasklistFiltersTest extends ProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  @Test
  void signerSeesTheirSignatureTaskThroughMineOpgaver() {
    identity.ensureUser("applicant", "applicant-pw", "Anna", "Ansøger", Groups.SIGNER);
    identity.ensureUser("filter-caseworker", "cw-pw", "Karin", "Filter", Groups.CASEWORKER);
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    HttpClient applicant = new HttpClient(http, "applicant", "applicant-pw");

    JsonNode filters = applicant.get("/engine-rest/filter?resourceType=Task").getBody();
    assertThat(filters.findValuesAsText("name")).contains("Mine opgaver", "Min gruppes opgaver");
    String mine = idOf(filters, "Mine opgaver");
    JsonNode myTasks = applicant.post("/engine-rest/filter/" + mine + "/list", java.util.Map.of()).getBody();
    assertThat(myTasks.findValuesAsText("processInstanceId")).isNotEmpty();
    assertThat(myTasks.findValuesAsText("taskDefinitionKey")).contains("SignApplication");
    assertThat(myTasks.findValuesAsText("assignee")).containsOnly("applicant");

    // The caseworker has nothing assigned yet; the decision task appears in their group filter once signed.
    HttpClient caseworker = new HttpClient(http, "filter-caseworker", "cw-pw");
    signAll(application);
    String group = idOf(caseworker.get("/engine-rest/filter?resourceType=Task").getBody(), "Min gruppes opgaver");
    JsonNode groupTasks = caseworker.post("/engine-rest/filter/" + group + "/list", java.util.Map.of()).getBody();
    assertThat(groupTasks.findValuesAsText("taskDefinitionKey")).contains("AssessApplication");
  }

  private static String idOf(JsonNode filters, String name) {
    for (JsonNode filter : filters) {
      if (name.equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new AssertionError("No filter " + name + " in " + filters);
  }
}
