package dk.puljeflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.recruitment.Candidate;
import dk.puljeflow.recruitment.CandidateRepository;
import dk.puljeflow.recruitment.CandidateStatus;
import dk.puljeflow.recruitment.RecruitmentService;
import dk.puljeflow.recruitment.ReferralRequest;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymisation of recruitment candidates whose path has ended, on request and by the nightly sweep.
 * A context of its own, like {@link AnonymisationTest}: the sweep and the scan see only this class's
 * candidates. Runs in spring 2021 on the engine clock, when the SSA intake of August 2021 takes applicants.
 */
@Tag("own-context")
class CandidateAnonymisationTest extends ProcessTest {

  private static final String INTAKE = "ssa-2021-08";
  private static final LocalDate COURSE_START = LocalDate.of(2021, 8, 9);

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired RecruitmentService recruitment;
  @Autowired CandidateRepository candidates;
  @Autowired AnonymisationSweep sweep;
  @Autowired PrivacyProperties properties;

  HttpClient admin;

  @BeforeEach
  void spring2021() {
    identity.ensureUser("privacy-recruiter", "privacy-pw", "Rita", "Rekrutterer", Groups.CASEWORKER);
    admin = new HttpClient(http, "admin", "test-admin-password");
    moveClockTo(danish(LocalDate.of(2021, 3, 1)));
  }

  /** A candidate and everything written about them, each value carrying the surname so a scan finds any trace. */
  record Persona(String surname) {
    String name() { return "Sara " + surname; }
    String email() { return "sara." + surname.toLowerCase() + "@privacy.test"; }
    String note() { return surname + " vil gerne være social- og sundhedsassistent"; }
    String preCourse() { return "Smagsprøve for " + surname + " på plejecenter"; }
    String interviewNote() { return surname + " var velforberedt"; }
    String mentor() { return "Mette " + surname + "-Mentor"; }
    String adviser() { return "Viggo " + surname + "-Vejleder"; }
    String workplace() { return "Plejecenter " + surname + "gården"; }
    String dropOutReason() { return surname + " flytter til Aarhus"; }

    List<String> values() {
      return List.of(surname, name(), email(), note(), preCourse(), interviewNote(), mentor(), adviser(), workplace(),
          dropOutReason());
    }
  }

  @Test
  void anEndedCandidateLeavesNoPersonalValueAnywhereAndKeepsWhatTheFunnelCounts() {
    Persona anonymised = new Persona("Kvistrup");
    Persona kept = new Persona("Bromholt");
    Candidate candidate = dropOutDuringFirstInternship(anonymised);
    dropOutDuringFirstInternship(kept);
    Map<String, Set<String>> before = DatabaseScan.find(dataSource, anonymised.values());
    Map<String, Set<String>> keptBefore = DatabaseScan.find(dataSource, kept.values());
    Instant closedAt = candidates.findById(candidate.getId()).orElseThrow().getClosedAt();
    assertThat(before).containsOnlyKeys(anonymised.values());
    assertThat(before.get(anonymised.name())).contains("CANDIDATE.NAME", "ACT_HI_VARINST.TEXT_");
    assertThat(before.get(anonymised.workplace())).contains("INTERNSHIP_PLACEMENT.WORKPLACE", "RECRUITMENT_EVENT.DETAIL");
    assertThat(before.get(anonymised.dropOutReason())).contains("CANDIDATE.DROP_OUT_REASON", "RECRUITMENT_EVENT.DETAIL");

    ResponseEntity<JsonNode> answer = admin.post(path(candidate), null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = answer.getBody();
    assertThat(report.path("candidateNumber").asText()).isEqualTo(candidate.getCandidateNumber());
    assertThat(report.path("alreadyAnonymised").asBoolean()).isFalse();
    assertThat(report.path("rows").path("candidate").asInt()).isEqualTo(1);
    assertThat(report.path("rows").path("internship_placement").asInt()).isEqualTo(1);
    assertThat(report.path("history").path("variables").asInt()).isPositive();
    assertThat(DatabaseScan.find(dataSource, anonymised.values())).isEmpty();
    assertThat(DatabaseScan.find(dataSource, kept.values())).isEqualTo(keptBefore);

    Candidate after = candidates.findById(candidate.getId()).orElseThrow();
    assertThat(after.getName()).isEqualTo(ApplicationTables.MARKER);
    assertThat(after.getEmail()).isEqualTo("anonymised-" + candidate.getId() + "@invalid");
    assertThat(after.getPhone()).isEqualTo(ApplicationTables.MARKER);
    assertThat(after.getBirthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    // The funnel's facts stay: where the path ended, the education, the intake, the job centre.
    assertThat(after.getStatus()).isEqualTo(CandidateStatus.DROPPED_OUT);
    assertThat(after.getDropOutStage()).isEqualTo(CandidateStatus.IN_EDUCATION);
    assertThat(after.getIntakeId()).isEqualTo(INTAKE);
    assertThat(after.getJobCentre()).isEqualTo("Jobcenter Odense");
    assertThat(after.getClosedAt()).isEqualTo(closedAt);
    assertThat(jdbc.queryForList("select event_type, detail from recruitment_event where candidate_id = ? order by id",
        candidate.getId()))
        .extracting(row -> row.get("EVENT_TYPE") + ": " + row.get("DETAIL"))
        .contains("REFERRED: Jobcenter Odense", "APPLIED: " + INTAKE, "INTERNSHIP_RECORDED: " + ApplicationTables.MARKER,
            "DROPPED_OUT: " + ApplicationTables.MARKER, "ANONYMISED: on request");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(candidate.getProcessInstanceId())
        .activityId("RecordDropOut").count()).isOne();

    // Again changes nothing; the export no longer finds the person.
    JsonNode again = admin.post(path(candidate), null).getBody();
    assertThat(again.path("alreadyAnonymised").asBoolean()).isTrue();
    assertThat(again.path("anonymisedAt").asText()).isEqualTo(report.path("anonymisedAt").asText());
    assertThat(admin.get("/api/admin/persons/export?email=" + anonymised.email()).getBody().path("candidates")).isEmpty();
    assertThat(admin.get("/api/admin/persons/export?email=" + kept.email()).getBody().path("candidates")).hasSize(1);
  }

  @Test
  void onlyAnAdministratorAnonymisesAndOnlyACandidateWhosePathEnded() {
    Candidate running = refer(new Persona("Loebende"));
    HttpClient caseworker = new HttpClient(http, "privacy-recruiter", "privacy-pw");
    assertThat(caseworker.post(path(running), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> refused = admin.post(path(running), null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("detail").asText()).contains("REFERRED", "path has ended");
    assertThat(candidates.findById(running.getId()).orElseThrow().getName()).isEqualTo("Sara Loebende");
    assertThat(admin.post("/api/admin/candidates/FLV-2021-999999/anonymise", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theSweepAnonymisesCandidatesWhosePathEndedLongerAgoThanConfigured() {
    // Ends on the day of referral, months before the other tests' candidates: the sweep below reaches only it.
    Persona persona = new Persona("Sweepholm");
    Candidate ended = refer(persona);
    recruitment.dropOut(ended.getCandidateNumber(), persona.dropOutReason(), "jobcentre-caseworker");
    assertThat(DatabaseScan.find(dataSource, persona.values()))
        .containsKeys(persona.name(), persona.email(), persona.note(), persona.dropOutReason());
    Instant closedAt = candidates.findById(ended.getId()).orElseThrow().getClosedAt();
    Instant due = closedAt.atZone(EngineTime.ZONE).plus(properties.anonymiseAfter()).toInstant();

    moveClockTo(due.minusSeconds(1));
    assertThat(sweep.run().candidates().anonymised()).isZero();
    assertThat(anonymisedAt(ended)).isNull();

    moveClockTo(due.plusSeconds(1));
    AnonymisationSweep.Result result = sweep.run();
    assertThat(result.candidates()).isEqualTo(new AnonymisationSweep.Counts(1, 0, 0));
    assertThat(anonymisedAt(ended)).isEqualTo(due.plusSeconds(1));
    assertThat(DatabaseScan.find(dataSource, persona.values())).isEmpty();
    assertThat(sweep.run().candidates().anonymised()).isZero();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Candidate refer(Persona persona) {
    return recruitment.refer(new ReferralRequest(persona.name(), LocalDate.of(1990, 4, 2), persona.email(),
        "+45 20 30 40 50", "Jobcenter Odense", persona.note()), "jobcentre-caseworker");
  }

  /** From referral through hiring to the first internship, each form with the persona's texts; then a drop-out. */
  private Candidate dropOutDuringFirstInternship(Persona persona) {
    moveClockTo(danish(LocalDate.of(2021, 3, 1)));
    Candidate candidate = refer(persona);
    complete(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "2021-03-10"));
    complete(candidate, "RecordMeetingAttendance", withVariables("meetingAttended", true));
    complete(candidate, "AgreePreCourse", withVariables("education", "SSA", "preCourseStart", "2021-03-15",
        "preCourseEnd", "2021-04-09", "preCourseContent", persona.preCourse()));
    complete(candidate, "RecordPreCourseCompletion", withVariables("preCourseCompletedOn", "2021-04-09"));
    complete(candidate, "ApplyForAdmission", withVariables("intakeId", INTAKE));
    complete(candidate, "HoldHiringInterview", withVariables("interviewOutcome", "HIRED", "interviewNote",
        persona.interviewNote()));
    moveClockTo(danish(COURSE_START));
    complete(candidate, "AssignSupport", withVariables("mentor", persona.mentor(), "educationCoordinator", "Ulla",
        "practiceSupervisor", "Pia", "educationAdviser", persona.adviser()));
    complete(candidate, "RecordInternship", withVariables("internshipWorkplace", persona.workplace(),
        "internshipStart", "2022-02-01", "internshipEnd", "2022-06-30"));
    recruitment.dropOut(candidate.getCandidateNumber(), persona.dropOutReason(), "jobcentre-caseworker");
    assertThat(candidates.findById(candidate.getId()).orElseThrow().getStatus()).isEqualTo(CandidateStatus.DROPPED_OUT);
    return candidate;
  }

  private void complete(Candidate candidate, String taskKey, Map<String, Object> form) {
    Task open = taskService.createTaskQuery().processInstanceBusinessKey(candidate.getCandidateNumber())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(open).as("open task " + taskKey).isNotNull();
    taskService.complete(open.getId(), form);
    runDueJobs();
  }

  private static String path(Candidate candidate) {
    return "/api/admin/candidates/" + candidate.getCandidateNumber() + "/anonymise";
  }

  private Instant anonymisedAt(Candidate candidate) {
    OffsetDateTime at = jdbc.queryForObject("select anonymised_at from candidate where id = ?", OffsetDateTime.class,
        candidate.getId());
    return at == null ? null : at.toInstant();
  }

  private static Instant danish(LocalDate day) {
    return day.atTime(9, 0).atZone(EngineTime.ZONE).toInstant();
  }
}
