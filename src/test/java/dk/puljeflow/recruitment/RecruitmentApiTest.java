package dk.puljeflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The recruitment API and who may use it: caseworkers refer and follow candidates, managers and
 * administrators read the progress; bad input gets 400 with a message per field and creates nothing.
 */
class RecruitmentApiTest extends ProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CandidateRepository candidates;

  HttpClient caseworker;
  HttpClient manager;
  HttpClient finance;
  HttpClient anonymous;

  @BeforeEach
  void users() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2021, 3, 1).atTime(9, 0).atZone(EngineTime.ZONE).toInstant()));
    identity.ensureUser("rec-caseworker", "cw-password", "Jonna", "Jobcenter", Groups.CASEWORKER);
    identity.ensureUser("rec-manager", "mgr-password", "Mads", "Leder", Groups.MANAGER);
    identity.ensureUser("rec-finance", "fin-password", "Frida", "Økonomi", Groups.FINANCE);
    caseworker = new HttpClient(http, "rec-caseworker", "cw-password");
    manager = new HttpClient(http, "rec-manager", "mgr-password");
    finance = new HttpClient(http, "rec-finance", "fin-password");
    anonymous = new HttpClient(http, null, null);
  }

  @Test
  void caseworkerRefersACandidateAndFollowsThem() {
    ResponseEntity<JsonNode> created = caseworker.post("/api/recruitment/candidates", referral());

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("candidateNumber").asText();
    assertThat(number).matches("FLV-2021-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/recruitment/candidates/" + number);
    assertThat(created.getBody().path("status").asText()).isEqualTo("REFERRED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(RecruitmentProcess.KEY).count()).isEqualTo(1);

    for (HttpClient reader : new HttpClient[] {caseworker, manager}) {
      JsonNode view = reader.get("/api/recruitment/candidates/" + number).getBody();
      assertThat(view.path("name").asText()).isEqualTo("Sara Kandidat");
      assertThat(view.path("birthDate").asText()).isEqualTo("1990-04-02");
      assertThat(view.path("jobCentre").asText()).isEqualTo("Jobcenter Odense");
      assertThat(view.path("referredBy").asText()).isEqualTo("rec-caseworker");
      assertThat(view.path("events")).hasSize(1);
      assertThat(view.path("events").get(0).path("type").asText()).isEqualTo("REFERRED");
      assertThat(view.path("events").get(0).path("actor").asText()).isEqualTo("rec-caseworker");
    }
    assertThat(caseworker.get("/api/recruitment/candidates/FLV-2021-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void invalidReferralIsRefusedFieldByFieldAndStartsNothing() {
    long before = candidates.count();
    Map<String, Object> invalid = new HashMap<>(referral());
    invalid.put("name", " ");
    invalid.put("birthDate", "2999-01-01");
    invalid.put("email", "not an address");
    invalid.put("phone", "call me");
    invalid.remove("jobCentre");

    ResponseEntity<JsonNode> refused = caseworker.post("/api/recruitment/candidates", invalid);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = refused.getBody().path("errors");
    assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("name", "birthDate", "email", "phone", "jobCentre");
    assertThat(errors.path("birthDate").asText()).isEqualTo("must be a past date");
    assertThat(errors.path("phone").asText()).isEqualTo("must be a phone number");
    assertThat(candidates.count()).isEqualTo(before);
  }

  @Test
  void dropOutNeedsAReasonAndEndsTheCandidatesPathOnce() {
    String number = caseworker.post("/api/recruitment/candidates", referral()).getBody().path("candidateNumber").asText();

    ResponseEntity<JsonNode> withoutReason = caseworker.post("/api/recruitment/candidates/" + number + "/drop-out", Map.of("reason", ""));
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutReason.getBody().path("errors").path("reason").asText()).isEqualTo("must not be blank");

    ResponseEntity<JsonNode> droppedOut = caseworker.post("/api/recruitment/candidates/" + number + "/drop-out",
        Map.of("reason", "Flytter fra kommunen"));
    assertThat(droppedOut.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(droppedOut.getBody().path("status").asText()).isEqualTo("DROPPED_OUT");
    assertThat(droppedOut.getBody().path("dropOutStage").asText()).isEqualTo("REFERRED");
    assertThat(droppedOut.getBody().path("dropOutReason").asText()).isEqualTo("Flytter fra kommunen");
    JsonNode last = droppedOut.getBody().path("events").get(1);
    assertThat(last.path("type").asText()).isEqualTo("DROPPED_OUT");
    assertThat(last.path("actor").asText()).isEqualTo("rec-caseworker");

    assertThat(caseworker.post("/api/recruitment/candidates/" + number + "/drop-out", Map.of("reason", "igen")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void administratorCanReportADropOutThroughTheEngineRestApi() {
    String number = caseworker.post("/api/recruitment/candidates", referral()).getBody().path("candidateNumber").asText();
    Map<String, Object> message = Map.of("messageName", RecruitmentProcess.DROP_OUT_MESSAGE, "businessKey", number,
        "processVariables", Map.of("dropOutReason", Map.of("value", "Ønsker ikke at fortsætte")));

    assertThat(new HttpClient(http, "admin", "test-admin-password").post("/engine-rest/message", message).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode view = caseworker.get("/api/recruitment/candidates/" + number).getBody();
    assertThat(view.path("status").asText()).isEqualTo("DROPPED_OUT");
    assertThat(view.path("dropOutReason").asText()).isEqualTo("Ønsker ikke at fortsætte");
    assertThat(view.path("events").get(1).path("actor").asText()).isEqualTo("admin");
  }

  @Test
  void caseworkerRefersWithTheStartFormThroughTheEngineRestApi() {
    Map<String, Object> form = Map.of("candidateName", "Omar Ledig", "birthDate", "1985-11-30",
        "jobCentre", "Jobcenter Odense", "note", "Via Tasklist");

    ResponseEntity<JsonNode> started = caseworker.post("/engine-rest/process-definition/key/welfareRecruitment/submit-form",
        HttpClient.formVariables(form));

    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String processInstanceId = started.getBody().path("id").asText();
    Candidate candidate = candidates.findAll().stream()
        .filter(c -> processInstanceId.equals(c.getProcessInstanceId())).findFirst().orElseThrow();
    assertThat(candidate.getName()).isEqualTo("Omar Ledig");
    assertThat(candidate.getReferredBy()).isEqualTo("rec-caseworker");
    // The caseworker group sees and works the candidate's first task.
    JsonNode tasks = caseworker.get("/engine-rest/task?candidateUser=rec-caseworker&processInstanceBusinessKey="
        + candidate.getCandidateNumber()).getBody();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("BookInformationMeeting");
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("Tilmeld informationsmøde – " + candidate.getCandidateNumber());

    // A refused task form answers 400 with its message.
    ResponseEntity<JsonNode> refused = caseworker.post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/submit-form",
        HttpClient.formVariables(Map.of("informationMeetingOn", "2020-12-24")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains("must not be in the past");

    // Finance has no business starting recruitment cases.
    assertThat(finance.post("/engine-rest/process-definition/key/welfareRecruitment/submit-form", HttpClient.formVariables(form))
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void progressIsForManagersAndCandidatesForCaseworkers() {
    String number = caseworker.post("/api/recruitment/candidates", referral()).getBody().path("candidateNumber").asText();

    assertThat(anonymous.get("/api/recruitment/progress").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/recruitment/progress", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(caseworker.get("/api/recruitment/progress").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("rec-caseworker", "cw-password").getForEntity("/recruitment/progress", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.get("/api/recruitment/progress").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new HttpClient(http, "admin", "test-admin-password").get("/api/recruitment/progress").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(manager.post("/api/recruitment/candidates", referral()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.post("/api/recruitment/candidates/" + number + "/drop-out", Map.of("reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(finance.get("/api/recruitment/candidates/" + number).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anonymous.post("/api/recruitment/candidates", referral()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    JsonNode intakes = caseworker.get("/api/recruitment/intakes").getBody();
    assertThat(intakes.findValuesAsText("id")).contains("ssa-2020-05", "ssh-2021-08", "pau-2023-08");
    assertThat(intakes.get(0).path("basicCourseStart").asText()).isEqualTo("2020-05-28");
  }

  static Map<String, Object> referral() {
    return Map.of("name", "Sara Kandidat", "birthDate", "1990-04-02", "email", "sara@example.dk", "phone", "+45 20 30 40 50",
        "jobCentre", "Jobcenter Odense", "note", "Ønsker at blive social- og sundhedsassistent");
  }
}
