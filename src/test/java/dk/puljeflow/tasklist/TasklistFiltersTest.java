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
  @Autowired TasklistFilters filters;

  @Test
  void signerSeesTheirSignatureTaskThroughMineOpgaver() {
    identity.ensureUser("applicant", "applicant-pw", "Anna", "Ansøger", Groups.SIGNER);
    identity.ensureUser("filter-caseworker", "cw-pw", "Karin", "Filter", null, CASEWORKER_OF_EVERY_POOL);
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

  @Test
  void filtersListByDueDateShowCaseColumnsAndSplitByPoolAndDeadline() {
    identity.ensureUser("filter-cw2", "cw-pw", "Karin", "Filter", null, CASEWORKER_OF_EVERY_POOL);
    HttpClient caseworker = new HttpClient(http, "filter-cw2", "cw-pw");
    GrantApplication tryghed = submit(TRYGHED);
    GrantApplication star = submit(STAR);
    signAll(tryghed);
    signAll(star);

    JsonNode filters = caseworker.get("/engine-rest/filter?resourceType=Task").getBody();
    assertThat(filters.findValuesAsText("name")).contains("Mine opgaver", "Min gruppes opgaver", "Overskredne",
        "Forfalder inden 3 dage", "Pulje: Tryghedspuljen", "Pulje: STAR-puljen til kompetenceløft i jobcentre",
        "Pulje: Nøglen til en god start (KL/DS)");
    JsonNode mine = filters.get(0);
    assertThat(mine.path("properties").path("variables").findValuesAsText("name"))
        .containsExactly("applicationNumber", "poolName", "applicantName");

    // Tasklist shows the case's number, pool and applicant from the filter's variables (HAL list).
    org.springframework.http.HttpHeaders hal = new org.springframework.http.HttpHeaders();
    hal.setAccept(java.util.List.of(org.springframework.http.MediaType.parseMediaType("application/hal+json")));
    hal.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    JsonNode halList = http.withBasicAuth("filter-cw2", "cw-pw").exchange(
        "/engine-rest/filter/" + idOf(filters, "Pulje: Tryghedspuljen") + "/list", org.springframework.http.HttpMethod.POST,
        new org.springframework.http.HttpEntity<>("{}", hal), JsonNode.class).getBody();
    JsonNode columns = halList.path("_embedded").path("task").get(0).path("_embedded").path("variable");
    assertThat(columns.findValuesAsText("name")).containsExactlyInAnyOrder("applicationNumber", "poolName", "applicantName");
    assertThat(columns.findValuesAsText("value")).contains(tryghed.getApplicationNumber(), "Tryghedspuljen");

    JsonNode tryghedTasks = caseworker.post("/engine-rest/filter/" + idOf(filters, "Pulje: Tryghedspuljen") + "/list", java.util.Map.of()).getBody();
    assertThat(tryghedTasks.findValuesAsText("processInstanceId")).isNotEmpty();
    assertThat(numbersOf(tryghedTasks)).contains(tryghed.getApplicationNumber()).doesNotContain(star.getApplicationNumber());

    String overdue = idOf(filters, "Overskredne");
    String dueSoon = idOf(filters, "Forfalder inden 3 dage");
    assertThat(numbersOf(caseworker.post("/engine-rest/filter/" + overdue + "/list", java.util.Map.of()).getBody()))
        .doesNotContain(tryghed.getApplicationNumber());
    moveClockBy(java.time.Duration.ofDays(12));
    assertThat(numbersOf(caseworker.post("/engine-rest/filter/" + dueSoon + "/list", java.util.Map.of()).getBody()))
        .contains(tryghed.getApplicationNumber());
    moveClockBy(java.time.Duration.ofDays(3));
    JsonNode late = caseworker.post("/engine-rest/filter/" + overdue + "/list", java.util.Map.of()).getBody();
    assertThat(numbersOf(late)).contains(tryghed.getApplicationNumber(), star.getApplicationNumber());
    java.util.List<String> dues = late.findValuesAsText("due");
    assertThat(dues).isSortedAccordingTo(String::compareTo);
  }

  @Test
  void filtersAreCreatedOnceAndRestoredWhenChanged() {
    filters.ensureFilters(); // pools created by other tests get their filter here
    long before = engine.getFilterService().createFilterQuery().count();
    org.camunda.bpm.engine.filter.Filter overdue = engine.getFilterService().createFilterQuery().filterName("Overskredne").singleResult();
    overdue.setQuery(taskService.createTaskQuery().taskAssignee("someone-else"));
    engine.getFilterService().saveFilter(overdue);

    filters.ensureFilters();

    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(before);
    org.camunda.bpm.engine.task.TaskQuery restored = engine.getFilterService().getFilter(overdue.getId()).getQuery();
    assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) restored).getAssignee()).isNull();
    assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) restored).getExpressions()).containsKey("dueBefore");
  }

  /** Application numbers of the listed tasks (the list holds the tasks; their case number is in the business key query). */
  private java.util.List<String> numbersOf(JsonNode tasks) {
    java.util.List<String> numbers = new java.util.ArrayList<>();
    for (JsonNode task : tasks) {
      numbers.add(runtimeService.createProcessInstanceQuery().processInstanceId(task.path("processInstanceId").asText())
          .singleResult().getBusinessKey());
    }
    return numbers;
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
