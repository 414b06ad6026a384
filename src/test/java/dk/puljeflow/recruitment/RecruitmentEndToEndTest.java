package dk.puljeflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One candidate from referral to employed welfare worker, only through HTTP: a job-centre caseworker
 * refers through the API and works every task through the engine REST API, an operator runs the due
 * jobs where the job executor would (it is off in tests), and a manager sees the hire in the progress.
 * Spring 2021 on the engine clock; the basic course of the SSA intake starts on 9 August 2021.
 */
class RecruitmentEndToEndTest extends ProcessTest {

  private static final String INTAKE = "ssa-2021-08";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  HttpClient caseworker;
  HttpClient manager;
  HttpClient operator;

  @BeforeEach
  void usersAndTime() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2021, 3, 1).atTime(9, 0).atZone(EngineTime.ZONE).toInstant()));
    identity.ensureUser("e2e-jobcentre", "jobcentre-pw", "Jonna", "Jobcenter", Groups.CASEWORKER);
    identity.ensureUser("e2e-manager", "manager-pw", "Mads", "Leder", Groups.MANAGER);
    caseworker = new HttpClient(http, "e2e-jobcentre", "jobcentre-pw");
    manager = new HttpClient(http, "e2e-manager", "manager-pw");
    operator = new HttpClient(http, "admin", "test-admin-password");
  }

  @Test
  void candidateFromReferralToEmployedWelfareWorker() throws Exception {
    JsonNode before = progress();

    ResponseEntity<JsonNode> referred = caseworker.post("/api/recruitment/candidates", Map.of("name", "Sara Kandidat",
        "birthDate", "1990-04-02", "email", "sara@example.dk", "jobCentre", "Jobcenter Odense"));
    assertThat(referred.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = referred.getBody().path("candidateNumber").asText();

    work(number, "BookInformationMeeting", Map.of("informationMeetingOn", "2021-03-10"));
    work(number, "RecordMeetingAttendance", Map.of("meetingAttended", true));
    work(number, "AgreePreCourse", Map.of("education", "SSA", "preCourseStart", "2021-03-15", "preCourseEnd", "2021-04-09",
        "preCourseContent", "Smagsprøve på skole og plejecenter"));
    work(number, "RecordPreCourseCompletion", Map.of("preCourseCompletedOn", "2021-04-09"));

    // Tasklist fills the intake select from the task's form variables, read as it reads them (serialized).
    String applicationTask = openTask(number, "ApplyForAdmission");
    JsonNode formVariables = caseworker.get("/engine-rest/task/" + applicationTask + "/form-variables?deserializeValues=false")
        .getBody();
    assertThat(formVariables.path("intakeOptions").path("type").asText()).isEqualTo("Json");
    assertThat(JSON.readTree(formVariables.path("intakeOptions").path("value").asText()).findValuesAsText("value"))
        .startsWith(INTAKE).allMatch(id -> id.startsWith("ssa-"));
    work(number, "ApplyForAdmission", Map.of("intakeId", INTAKE));
    work(number, "HoldHiringInterview", Map.of("interviewOutcome", "HIRED", "interviewNote", "Stærk motivation"));

    JsonNode hired = caseworker.get("/api/recruitment/candidates/" + number).getBody();
    assertThat(hired.path("status").asText()).isEqualTo("HIRED");
    assertThat(hired.path("intakeId").asText()).isEqualTo(INTAKE);
    assertThat(hired.path("employmentStart").asText()).isEqualTo("2021-08-09");
    assertThat(hired.path("payScale").asText()).isEqualTo("ADULT_APPRENTICE");

    JsonNode afterHire = progress();
    assertThat(afterHire.path("hired").asLong()).isEqualTo(before.path("hired").asLong() + 1);
    assertThat(afterHire.path("hiredByEducation").path("SSA").asLong())
        .isEqualTo(before.path("hiredByEducation").path("SSA").asLong() + 1);
    assertThat(afterHire.path("hiredByYear").path("2021").asLong()).isEqualTo(before.path("hiredByYear").path("2021").asLong() + 1);
    assertThat(intake(afterHire).path("hired").asLong()).isEqualTo(intake(before).path("hired").asLong() + 1);

    // The basic course starts: the employment timer is due.
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2021, 8, 9).atStartOfDay(EngineTime.ZONE).toInstant()));
    operator.runDueJobs(number, 20);
    assertThat(caseworker.get("/api/recruitment/candidates/" + number).getBody().path("status").asText()).isEqualTo("IN_EDUCATION");

    work(number, "AssignSupport", Map.of("mentor", "Mette Mentor", "educationCoordinator", "Ulla Koordinator",
        "practiceSupervisor", "Pia Praktikvejleder", "educationAdviser", "Viggo Vejleder"));
    for (int period = 1; period <= 3; period++) {
      work(number, "RecordInternship", Map.of("internshipWorkplace", "Praktiksted " + period,
          "internshipStart", (2021 + period) + "-02-01", "internshipEnd", (2021 + period) + "-06-30"));
    }
    work(number, "RecordGraduation", Map.of("graduatedOn", "2024-08-30"));
    work(number, "OfferJob", Map.of("jobOfferWorkplace", "Hjemmeplejen Odense Syd", "jobOfferStart", "2024-09-01",
        "jobOfferAnswer", "ACCEPTED"));

    JsonNode employed = caseworker.get("/api/recruitment/candidates/" + number).getBody();
    assertThat(employed.path("status").asText()).isEqualTo("EMPLOYED");
    assertThat(employed.path("support").path("mentor").asText()).isEqualTo("Mette Mentor");
    assertThat(employed.path("internships").findValuesAsText("workplace"))
        .containsExactly("Praktiksted 1", "Praktiksted 2", "Praktiksted 3");
    assertThat(employed.path("jobOffer").path("accepted").asBoolean()).isTrue();
    assertThat(employed.path("events").findValuesAsText("type")).startsWith("REFERRED").endsWith("GRADUATED", "JOB_OFFER_ACCEPTED");
    assertThat(employed.path("events").findValuesAsText("actor")).contains("e2e-jobcentre");
    assertThat(operator.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number
        + "&processDefinitionKey=welfareRecruitment").getBody().get(0).path("state").asText()).isEqualTo("COMPLETED");

    JsonNode afterEmployment = progress();
    assertThat(afterEmployment.path("hired").asLong()).isEqualTo(afterHire.path("hired").asLong());
    assertThat(intake(afterEmployment).path("employedAfterGraduation").asLong())
        .isEqualTo(intake(before).path("employedAfterGraduation").asLong() + 1);
    ResponseEntity<String> page = http.withBasicAuth("e2e-manager", "manager-pw").getForEntity("/recruitment/progress", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains(afterEmployment.path("hired").asLong() + " af 500 ansættelser");
  }

  private JsonNode progress() {
    ResponseEntity<JsonNode> response = manager.get("/api/recruitment/progress");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static JsonNode intake(JsonNode progress) {
    for (JsonNode intake : progress.path("intakes")) {
      if (INTAKE.equals(intake.path("intakeId").asText())) {
        return intake;
      }
    }
    throw new AssertionError("No intake " + INTAKE + " in the progress");
  }

  /** The one task of this key offered to the caseworker's group. */
  private String openTask(String number, String taskKey) {
    JsonNode tasks = caseworker.get("/engine-rest/task?candidateUser=" + caseworker.user() + "&processInstanceBusinessKey="
        + number + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as(taskKey + " offered to " + caseworker.user()).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  /** Claims, submits and lets the engine carry on, as Tasklist and the job executor would. */
  private void work(String number, String taskKey, Map<String, ?> form) {
    String taskId = openTask(number, taskKey);
    assertThat(caseworker.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", caseworker.user())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<JsonNode> submitted = caseworker.post("/engine-rest/task/" + taskId + "/submit-form", HttpClient.formVariables(form));
    assertThat(submitted.getStatusCode()).as(taskKey + ": " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    operator.runDueJobs(number, 20);
  }
}
