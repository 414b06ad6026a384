package dk.puljeflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.recruitment.Candidate.InterviewOutcome;
import dk.puljeflow.recruitment.RecruitmentProgress.IntakeProgress;
import dk.puljeflow.recruitment.RecruitmentProgress.Progress;
import dk.puljeflow.recruitment.RecruitmentProgress.StatusCount;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The figures towards the 500-hire target, exactly, from a known set of candidates: the recruitment
 * tables are emptied first (other tests' candidates share the database).
 */
class RecruitmentProgressTest extends ProcessTest {

  private static final String OUTSIDE_INTAKE = "ssa-2024-01";

  @Autowired RecruitmentProgress progress;
  @Autowired CandidateRepository candidates;
  @Autowired IntakeRepository intakes;
  @Autowired InternshipPlacementRepository placements;
  @Autowired RecruitmentEventRepository events;
  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  @BeforeEach
  @AfterEach
  void emptyRecruitmentTables() {
    events.deleteAllInBatch();
    placements.deleteAllInBatch();
    candidates.deleteAllInBatch();
    intakes.deleteById(OUTSIDE_INTAKE);
  }

  @Test
  void noHiresYet() {
    Progress empty = progress.now();

    assertThat(empty.hired()).isZero();
    assertThat(empty.remaining()).isEqualTo(500);
    assertThat(empty.percentOfTarget()).isEqualByComparingTo("0");
    assertThat(empty.intakes()).hasSize(22).allSatisfy(intake -> assertThat(intake.hired()).isZero());
    assertThat(empty.candidatesByStatus()).extracting(StatusCount::candidates).containsOnly(0L);
  }

  @Test
  void hiresCountByEducationYearAndIntakeWithinTheProgrammeYears() {
    seed();

    Progress now = progress.now();

    assertThat(now.programme()).isEqualTo("Fra ledig til velfærdsmedarbejder");
    assertThat(now.target()).isEqualTo(500);
    assertThat(now.hired()).isEqualTo(6);
    assertThat(now.remaining()).isEqualTo(494);
    assertThat(now.percentOfTarget()).isEqualTo(new BigDecimal("1.2"));
    assertThat(now.hiredByEducation()).containsExactly(
        Map.entry(Education.SSH, 1L), Map.entry(Education.SSA, 3L), Map.entry(Education.PAU, 2L));
    assertThat(now.hiredByYear()).containsExactly(
        Map.entry(2020, 3L), Map.entry(2021, 2L), Map.entry(2022, 1L), Map.entry(2023, 0L));
    assertThat(now.droppedOutAfterHire()).isEqualTo(1);
    assertThat(now.graduated()).isEqualTo(1);
    assertThat(now.employedAfterGraduation()).isEqualTo(1);
    assertThat(now.intakes()).filteredOn(intake -> intake.hired() > 0)
        .extracting(IntakeProgress::intakeId, IntakeProgress::hired, IntakeProgress::droppedOutAfterHire,
            IntakeProgress::graduated, IntakeProgress::employedAfterGraduation, IntakeProgress::countsTowardsTarget)
        .containsExactly(
            tuple("ssa-2020-05", 3L, 1L, 1L, 1L, true),
            tuple("pau-2021-08", 2L, 0L, 0L, 0L, true),
            tuple("ssh-2022-01", 1L, 0L, 0L, 0L, true),
            tuple(OUTSIDE_INTAKE, 1L, 0L, 0L, 0L, false));
    assertThat(now.intakes()).first().extracting(IntakeProgress::label).isEqualTo("SSA – grundforløb 28. maj 2020");
    assertThat(now.candidatesByStatus()).filteredOn(row -> row.candidates() > 0)
        .extracting(StatusCount::status, StatusCount::candidates)
        .containsExactly(
            tuple(CandidateStatus.REFERRED, 1L), tuple(CandidateStatus.IN_PRE_COURSE, 1L), tuple(CandidateStatus.HIRED, 4L),
            tuple(CandidateStatus.IN_EDUCATION, 1L), tuple(CandidateStatus.EMPLOYED, 1L), tuple(CandidateStatus.NOT_HIRED, 1L),
            tuple(CandidateStatus.DROPPED_OUT, 1L));
  }

  @Test
  void managersReadTheSameFiguresAsJsonAndOnThePage() {
    seed();
    identity.ensureUser("progress-manager", "mgr-password", "Mads", "Leder", Groups.MANAGER);

    JsonNode json = new HttpClient(http, "progress-manager", "mgr-password").get("/api/recruitment/progress").getBody();
    assertThat(json.path("hired").asLong()).isEqualTo(6);
    assertThat(json.path("remaining").asLong()).isEqualTo(494);
    assertThat(json.path("percentOfTarget").decimalValue()).isEqualByComparingTo("1.2");
    assertThat(json.path("hiredByEducation").path("SSA").asLong()).isEqualTo(3);
    assertThat(json.path("hiredByYear").path("2021").asLong()).isEqualTo(2);

    ResponseEntity<String> page = http.withBasicAuth("progress-manager", "mgr-password")
        .getForEntity("/recruitment/progress", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    String html = page.getBody().replaceAll("\\s+", " ");
    assertThat(html).contains("<h1>Fra ledig til velfærdsmedarbejder</h1>", "<strong>6 af 500 ansættelser</strong>",
        "(<span>1,2 %</span>)", "<span>494 mangler.</span>", "width: 1.2%",
        "<td>Social- og sundhedsassistent (SSA)</td> <td class=\"number\">3</td>",
        "data-intake=\"ssa-2020-05\"> <td><span>SSA – grundforløb 28. maj 2020</span> </td> <td class=\"number\">3</td>"
            + " <td class=\"number\">1</td> <td class=\"number\">1</td> <td class=\"number\">1</td>",
        "(uden for projektperioden)", "<td>Ansat, venter på grundforløbet</td> <td class=\"number\">4</td>");
  }

  /**
   * Six hires in the programme's years (three SSA in May 2020, one of whom dropped out later and one of
   * whom graduated and took the job; two PAU in August 2021; one SSH in January 2022), one hire in 2024,
   * one candidate not hired, and two still on their way.
   */
  private void seed() {
    intakes.save(new Intake(OUTSIDE_INTAKE, Education.SSA, LocalDate.of(2024, 1, 8)));
    Candidate inEducation = hired("ssa-2020-05", Education.SSA);
    inEducation.employmentStarted();
    candidates.save(inEducation);
    Candidate droppedOut = hired("ssa-2020-05", Education.SSA);
    droppedOut.employmentStarted();
    droppedOut.droppedOut("Sygdom", EngineTime.now());
    candidates.save(droppedOut);
    Candidate employed = hired("ssa-2020-05", Education.SSA);
    employed.employmentStarted();
    employed.graduated(LocalDate.of(2023, 2, 28));
    employed.jobOffered("Plejecenter Bolbro", LocalDate.of(2023, 3, 1), true, EngineTime.now());
    candidates.save(employed);
    hired("pau-2021-08", Education.PAU);
    hired("pau-2021-08", Education.PAU);
    hired("ssh-2022-01", Education.SSH);
    hired(OUTSIDE_INTAKE, Education.SSA);
    Candidate notHired = applied("ssh-2022-01", Education.SSH);
    notHired.interviewed(InterviewOutcome.NOT_HIRED, null, EngineTime.now());
    candidates.save(notHired);
    candidates.save(referred());
    Candidate inPreCourse = referred();
    inPreCourse.informationMeetingBooked(LocalDate.of(2021, 3, 10));
    inPreCourse.informationMeetingAttended();
    inPreCourse.preCourseAgreed(Education.PAU, LocalDate.of(2021, 3, 15), LocalDate.of(2021, 4, 9), "Praktik i børnehave");
    candidates.save(inPreCourse);
  }

  private Candidate hired(String intakeId, Education education) {
    Candidate candidate = applied(intakeId, education);
    candidate.interviewed(InterviewOutcome.HIRED, null, EngineTime.now());
    return candidates.save(candidate);
  }

  private Candidate applied(String intakeId, Education education) {
    Candidate candidate = referred();
    candidate.informationMeetingBooked(LocalDate.of(2020, 3, 1));
    candidate.informationMeetingAttended();
    candidate.preCourseAgreed(education, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 20), "For-forløb");
    candidate.preCourseCompleted(LocalDate.of(2020, 3, 20));
    candidate.appliedFor(intakes.findById(intakeId).orElseThrow(), EngineTime.now());
    return candidate;
  }

  private Candidate referred() {
    return candidates.save(new Candidate(new ReferralRequest("Kandidat", LocalDate.of(1990, 1, 1), null, null,
        "Jobcenter Odense", null), "progress-test", EngineTime.now()));
  }
}
