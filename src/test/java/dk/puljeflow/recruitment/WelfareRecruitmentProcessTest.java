package dk.puljeflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.security.Groups;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * welfare-recruitment.bpmn: a job-centre referral through information meeting, pre-course, admission and
 * hiring interview to employment from the basic-course start, support, internships, graduation and the
 * job guarantee; drop-out at every stage. Runs in spring 2021 on the engine clock; the candidates apply
 * to the SSA intake whose basic course starts on Monday 9 August 2021.
 */
class WelfareRecruitmentProcessTest extends ProcessTest {

  private static final LocalDate COURSE_START = LocalDate.of(2021, 8, 9);
  private static final String INTAKE = "ssa-2021-08";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RecruitmentService recruitment;
  @Autowired CandidateRepository candidates;
  @Autowired InternshipPlacementRepository placements;
  @Autowired RecruitmentEventRepository recruitmentEvents;
  @Autowired HistoryService historyService;

  @BeforeEach
  void spring2021() {
    moveClockTo(danish(LocalDate.of(2021, 3, 1).atTime(9, 0)));
  }

  @Test
  void candidateGoesFromReferralToEmployedWelfareWorker() {
    Candidate candidate = refer(LocalDate.of(1990, 4, 2));
    String number = candidate.getCandidateNumber();
    ProcessInstance process = instance(candidate);

    assertThat(number).matches("FLV-2021-\\d{6}");
    assertThat(process).hasBusinessKey(number).hasPassed("CandidateReferred", "RegisterCandidate")
        .isWaitingAtExactly("BookInformationMeeting");
    // Only the id and what Tasklist shows: the birth date, e-mail and phone stay in the candidate's table.
    assertThat(runtimeService.getVariables(process.getId())).containsOnlyKeys(
        "candidateId", "applicationNumber", "poolName", "applicantName", "caseSummary");
    assertThat(runtimeService.getVariables(process.getId())).containsEntry("applicationNumber", number)
        .containsEntry("poolName", "Fra ledig til velfærdsmedarbejder").containsEntry("applicantName", "Sara Kandidat");
    assertThat(task(candidate, "BookInformationMeeting")).hasName("Tilmeld informationsmøde – " + number)
        .hasCandidateGroup(Groups.CASEWORKER).isNotAssigned();
    assertThat(reload(candidate).getStatus()).isEqualTo(CandidateStatus.REFERRED);
    assertThat(reload(candidate).getReferredBy()).isEqualTo("jobcentre-caseworker");

    complete(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "2021-03-10"));
    assertThat(process).isWaitingAtExactly("RecordMeetingAttendance");
    assertThat(task(candidate, "RecordMeetingAttendance")).hasDueDate(danishDate(LocalDate.of(2021, 3, 10).atTime(16, 0)));
    assertThat(reload(candidate).getStatus()).isEqualTo(CandidateStatus.INFORMATION_MEETING_BOOKED);

    complete(candidate, "RecordMeetingAttendance", withVariables("meetingAttended", true));
    assertThat(process).hasPassed("AttendedGateway").isWaitingAtExactly("AgreePreCourse");

    complete(candidate, "AgreePreCourse", withVariables("education", "SSA", "preCourseStart", "2021-03-15",
        "preCourseEnd", "2021-04-09", "preCourseContent", "Tre ugers smagsprøve på skole og plejecenter; dansk"));
    assertThat(process).isWaitingAtExactly("RecordPreCourseCompletion");
    assertThat(task(candidate, "RecordPreCourseCompletion")).hasDueDate(danishDate(LocalDate.of(2021, 4, 9).atTime(16, 0)));
    Candidate inPreCourse = reload(candidate);
    assertThat(inPreCourse.getStatus()).isEqualTo(CandidateStatus.IN_PRE_COURSE);
    assertThat(inPreCourse.getEducation()).isEqualTo(Education.SSA);
    assertThat(inPreCourse.getPreCourseContent()).isEqualTo("Tre ugers smagsprøve på skole og plejecenter; dansk");
    assertThat(runtimeService.getVariables(process.getId())).doesNotContainKeys("education", "preCourseContent");
    assertThat((String) runtimeService.getVariable(process.getId(), "caseSummary"))
        .contains("Uddannelse: Social- og sundhedsassistent (SSA)", "For-forløb: 15. marts 2021 – 9. april 2021");

    complete(candidate, "RecordPreCourseCompletion", withVariables("preCourseCompletedOn", "2021-04-09"));
    Task application = task(candidate, "ApplyForAdmission");
    // The form's select offers the SSA intakes whose basic course has not started on 1 March 2021.
    assertThat(intakeOptions(application)).containsExactly(
        tuple("ssa-2021-08", "SSA – grundforløb 9. august 2021"), tuple("ssa-2022-01", "SSA – grundforløb 3. januar 2022"),
        tuple("ssa-2022-08", "SSA – grundforløb 8. august 2022"), tuple("ssa-2023-01", "SSA – grundforløb 2. januar 2023"),
        tuple("ssa-2023-08", "SSA – grundforløb 7. august 2023"));

    complete(candidate, "ApplyForAdmission", withVariables("intakeId", INTAKE));
    assertThat(process).isWaitingAtExactly("HoldHiringInterview");
    assertThat(task(candidate, "HoldHiringInterview")).hasDueDate(danishDate(COURSE_START.atStartOfDay()));
    assertThat(reload(candidate).getIntakeId()).isEqualTo(INTAKE);

    complete(candidate, "HoldHiringInterview", withVariables("interviewOutcome", "HIRED", "interviewNote", "Motiveret"));
    assertThat(process).hasPassed("HiredGateway", "DetermineApprenticePay", "RecordEmploymentTerms")
        .isWaitingAtExactly("BasicCourseStarts");
    assertThat(process).job("BasicCourseStarts").hasDueDate(danishDate(COURSE_START.atStartOfDay()));
    Candidate hired = reload(candidate);
    assertThat(hired.getStatus()).isEqualTo(CandidateStatus.HIRED);
    assertThat(hired.getInterviewOutcome()).isEqualTo(Candidate.InterviewOutcome.HIRED);
    assertThat(hired.getEmploymentStart()).isEqualTo(COURSE_START);
    assertThat(hired.getPayScale()).isEqualTo(PayScale.ADULT_APPRENTICE);

    moveClockTo(danish(COURSE_START.atStartOfDay()).minusSeconds(60));
    assertThat(process).isWaitingAtExactly("BasicCourseStarts");
    assertThat(reload(candidate).getStatus()).isEqualTo(CandidateStatus.HIRED);
    moveClockTo(danish(COURSE_START.atStartOfDay()));
    assertThat(process).hasPassed("BasicCourseStarts", "StartEmployment").isWaitingAtExactly("AssignSupport");
    assertThat(reload(candidate).getStatus()).isEqualTo(CandidateStatus.IN_EDUCATION);

    complete(candidate, "AssignSupport", withVariables("mentor", "Mette Mentor", "educationCoordinator", "Ulla Koordinator",
        "practiceSupervisor", "Pia Praktikvejleder", "educationAdviser", "Viggo Vejleder (SOSU Fyn)"));
    assertThat(runtimeService.getVariables(process.getId())).doesNotContainKeys("mentor", "educationAdviser");

    // SSA has three internship periods: one placement is recorded for each, in turn.
    assertThat(runtimeService.getVariable(process.getId(), "internshipPeriods")).isEqualTo(3);
    for (int period = 1; period <= 3; period++) {
      Task internship = task(candidate, "RecordInternship");
      assertThat(taskService.getVariableLocal(internship.getId(), "internshipPeriod")).isEqualTo(period);
      complete(candidate, "RecordInternship", withVariables("internshipWorkplace", "Praktiksted " + period,
          "internshipStart", "202" + (1 + period) + "-02-01", "internshipEnd", "202" + (1 + period) + "-06-30"));
    }
    assertThat(placements.findByCandidateIdOrderByPeriodAsc(candidate.getId()))
        .extracting(InternshipPlacement::getPeriod, InternshipPlacement::getWorkplace, InternshipPlacement::getStartsOn)
        .containsExactly(tuple(1, "Praktiksted 1", LocalDate.of(2022, 2, 1)), tuple(2, "Praktiksted 2", LocalDate.of(2023, 2, 1)),
            tuple(3, "Praktiksted 3", LocalDate.of(2024, 2, 1)));

    complete(candidate, "RecordGraduation", withVariables("graduatedOn", "2024-08-30"));
    assertThat(reload(candidate).getStatus()).isEqualTo(CandidateStatus.GRADUATED);
    complete(candidate, "OfferJob", withVariables("jobOfferWorkplace", "Hjemmeplejen Odense Syd", "jobOfferStart", "2024-09-01",
        "jobOfferAnswer", "ACCEPTED"));

    assertThat(process).hasPassed("OfferAcceptedGateway", "EmployedAsWelfareWorker")
        .hasNotPassed("NotHired", "OfferDeclined", "RecordDropOut").isEnded();
    Candidate employed = reload(candidate);
    assertThat(employed.getStatus()).isEqualTo(CandidateStatus.EMPLOYED);
    assertThat(employed.getGraduatedOn()).isEqualTo(LocalDate.of(2024, 8, 30));
    assertThat(employed.getJobOfferWorkplace()).isEqualTo("Hjemmeplejen Odense Syd");
    assertThat(employed.getJobOfferAccepted()).isTrue();
    assertThat(employed.getMentor()).isEqualTo("Mette Mentor");
    assertThat(employed.getEducationAdviser()).isEqualTo("Viggo Vejleder (SOSU Fyn)");
    assertThat(employed.getClosedAt()).isEqualTo(danish(COURSE_START.atStartOfDay()));
    assertThat(eventTypes(candidate)).containsExactly("REFERRED", "INFORMATION_MEETING_BOOKED", "INFORMATION_MEETING_ATTENDED",
        "PRE_COURSE_AGREED", "PRE_COURSE_COMPLETED", "APPLIED", "HIRED", "EMPLOYMENT_TERMS_SET", "EMPLOYED",
        "SUPPORT_ASSIGNED", "INTERNSHIP_RECORDED", "INTERNSHIP_RECORDED", "INTERNSHIP_RECORDED", "GRADUATED",
        "JOB_OFFER_ACCEPTED");
    assertThat(recruitmentEvents.findByCandidateIdOrderByOccurredAtAscIdAsc(candidate.getId()))
        .filteredOn(e -> e.getEventType().equals("EMPLOYMENT_TERMS_SET")).extracting(RecruitmentEvent::getDetail)
        .containsExactly("ADULT_APPRENTICE from 2021-08-09");
  }

  @Test
  void missedInformationMeetingBooksANewOne() {
    Candidate candidate = refer(LocalDate.of(1990, 4, 2));
    ProcessInstance process = instance(candidate);
    complete(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "2021-03-10"));

    complete(candidate, "RecordMeetingAttendance", withVariables("meetingAttended", false));

    assertThat(process).hasPassed("AttendedGateway").hasNotPassed("AgreePreCourse").isWaitingAtExactly("BookInformationMeeting");
    Candidate missed = reload(candidate);
    assertThat(missed.getStatus()).isEqualTo(CandidateStatus.REFERRED);
    assertThat(missed.getInformationMeetingsMissed()).isEqualTo(1);

    complete(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "2021-03-24"));
    complete(candidate, "RecordMeetingAttendance", withVariables("meetingAttended", true));
    assertThat(process).isWaitingAtExactly("AgreePreCourse");
    assertThat(reload(candidate).getInformationMeetingOn()).isEqualTo(LocalDate.of(2021, 3, 24));
    assertThat(eventTypes(candidate)).containsExactly("REFERRED", "INFORMATION_MEETING_BOOKED", "INFORMATION_MEETING_MISSED",
        "INFORMATION_MEETING_BOOKED", "INFORMATION_MEETING_ATTENDED");
  }

  @Test
  void hiringInterviewCanEndWithoutHireDespiteTheCompletedPreCourse() {
    Candidate candidate = refer(LocalDate.of(1990, 4, 2));
    ProcessInstance process = instance(candidate);
    driveTo(candidate, "HoldHiringInterview");
    assertThat(reload(candidate).getPreCourseCompletedOn()).isNotNull();

    complete(candidate, "HoldHiringInterview", withVariables("interviewOutcome", "NOT_HIRED", "interviewNote", "Andre ansøgere bedre egnet"));

    assertThat(process).hasPassed("HiredGateway", "NotHired").hasNotPassed("DetermineApprenticePay").isEnded();
    Candidate notHired = reload(candidate);
    assertThat(notHired.getStatus()).isEqualTo(CandidateStatus.NOT_HIRED);
    assertThat(notHired.getInterviewOutcome()).isEqualTo(Candidate.InterviewOutcome.NOT_HIRED);
    assertThat(notHired.getInterviewNote()).isEqualTo("Andre ansøgere bedre egnet");
    assertThat(notHired.getPayScale()).isNull();
    assertThat(notHired.getClosedAt()).isEqualTo(EngineTime.now());
    assertThat(eventTypes(candidate)).endsWith("APPLIED", "NOT_HIRED");
  }

  @Test
  void graduateMayDeclineTheJobGuaranteeOffer() {
    Candidate candidate = refer(LocalDate.of(1990, 4, 2));
    ProcessInstance process = instance(candidate);
    driveTo(candidate, "OfferJob");

    complete(candidate, "OfferJob", withVariables("jobOfferWorkplace", "Plejecenter Bolbro", "jobOfferStart", "2024-09-01",
        "jobOfferAnswer", "DECLINED"));

    assertThat(process).hasPassed("OfferAcceptedGateway", "OfferDeclined").hasNotPassed("EmployedAsWelfareWorker").isEnded();
    Candidate declined = reload(candidate);
    assertThat(declined.getStatus()).isEqualTo(CandidateStatus.JOB_OFFER_DECLINED);
    assertThat(declined.getJobOfferAccepted()).isFalse();
    assertThat(eventTypes(candidate)).endsWith("GRADUATED", "JOB_OFFER_DECLINED");
  }

  /**
   * Adult-apprentice pay from 25 on the basic-course start (9 August 2021): a 25th birthday on the day
   * before or on the day itself counts, one on the day after does not.
   */
  @ParameterizedTest(name = "born {0}: {1} years on the start day, {2}")
  @CsvSource({
      "1996-08-08, 25, ADULT_APPRENTICE",
      "1996-08-09, 25, ADULT_APPRENTICE",
      "1996-08-10, 24, APPRENTICE"})
  void adultApprenticePayFromTwentyFiveOnTheBasicCourseStart(LocalDate birthDate, int age, PayScale payScale) {
    Candidate candidate = refer(birthDate);
    ProcessInstance process = instance(candidate);
    driveTo(candidate, "BasicCourseStarts");

    assertThat(process).hasPassed("DetermineApprenticePay");
    assertThat(reload(candidate).getPayScale()).isEqualTo(payScale);
    assertThat(runtimeService.getVariable(process.getId(), "apprenticePay")).isEqualTo(payScale.name());
    // The age is handed to the table as a transient fact, never stored as a process variable.
    assertThat(runtimeService.getVariables(process.getId())).doesNotContainKey("ageAtBasicCourseStart");
    HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(process.getId()).decisionDefinitionKey("apprenticePay").includeInputs().includeOutputs().singleResult();
    assertThat(decision.getInputs()).singleElement().satisfies(input -> assertThat(input.getValue()).isEqualTo(age));
    assertThat(decision.getOutputs()).singleElement().satisfies(output -> assertThat(output.getValue()).isEqualTo(payScale.name()));
    assertThat((String) runtimeService.getVariable(process.getId(), "caseSummary"))
        .contains("Ansat fra: 9. august 2021, " + payScale.danish().toLowerCase());
  }

  @ParameterizedTest(name = "drop-out at {0}")
  @ValueSource(strings = {"BookInformationMeeting", "RecordMeetingAttendance", "AgreePreCourse", "RecordPreCourseCompletion",
      "ApplyForAdmission", "HoldHiringInterview", "BasicCourseStarts", "AssignSupport", "RecordInternship",
      "RecordGraduation", "OfferJob"})
  void candidateCanDropOutAtEveryStageWithAReason(String stage) {
    Candidate candidate = refer(LocalDate.of(1990, 4, 2));
    ProcessInstance process = instance(candidate);
    driveTo(candidate, stage);
    CandidateStatus statusAtStage = reload(candidate).getStatus();

    recruitment.dropOut(candidate.getCandidateNumber(), "Har fået arbejde i en anden branche", "jobcentre-caseworker");

    assertThat(process).hasPassed("DropOutReported", "RecordDropOut", "DroppedOut").isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count()).isZero();
    Candidate droppedOut = reload(candidate);
    assertThat(droppedOut.getStatus()).isEqualTo(CandidateStatus.DROPPED_OUT);
    assertThat(droppedOut.getDropOutStage()).isEqualTo(statusAtStage);
    assertThat(droppedOut.getDropOutReason()).isEqualTo("Har fået arbejde i en anden branche");
    assertThat(droppedOut.getClosedAt()).isEqualTo(EngineTime.now());
    RecruitmentEvent event = recruitmentEvents.findByCandidateIdOrderByOccurredAtAscIdAsc(candidate.getId()).stream()
        .filter(e -> e.getEventType().equals("DROPPED_OUT")).findFirst().orElseThrow();
    assertThat(event.getActor()).isEqualTo("jobcentre-caseworker");
    assertThat(event.getDetail()).isEqualTo(statusAtStage + ": Har fået arbejde i en anden branche");
    // The reason went to the candidate's table only: the engine kept it neither at run time nor in history.
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
        .variableNameIn("dropOutReason", "dropOutReportedBy").count()).isZero();

    assertThatThrownBy(() -> recruitment.dropOut(candidate.getCandidateNumber(), "igen", "jobcentre-caseworker"))
        .isInstanceOf(CaseConflictException.class).hasMessageContaining("already DROPPED_OUT");
  }

  @Test
  void invalidFormsAreRefusedAndChangeNothing() {
    Candidate candidate = refer(LocalDate.of(1990, 4, 2));
    ProcessInstance process = instance(candidate);
    refused(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "2021-02-28"), "must not be in the past");
    refused(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "10-03-2021"), "must be a date");
    complete(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "2021-03-10"));
    complete(candidate, "RecordMeetingAttendance", withVariables("meetingAttended", true));

    refused(candidate, "AgreePreCourse", withVariables("education", "SOSU", "preCourseStart", "2021-03-15",
        "preCourseEnd", "2021-04-09", "preCourseContent", "x"), "The education must be one of [SSH, SSA, PAU]");
    refused(candidate, "AgreePreCourse", withVariables("education", "PAU", "preCourseStart", "2021-03-15",
        "preCourseEnd", "2021-03-14", "preCourseContent", "x"), "must not be before its first day");
    refused(candidate, "AgreePreCourse", withVariables("education", "PAU", "preCourseStart", "2021-03-15",
        "preCourseEnd", "2021-03-26", "preCourseContent", " "), "content is required");
    complete(candidate, "AgreePreCourse", withVariables("education", "PAU", "preCourseStart", "2021-03-15",
        "preCourseEnd", "2021-03-26", "preCourseContent", "Praktik i børnehave og skoledage"));
    complete(candidate, "RecordPreCourseCompletion", withVariables("preCourseCompletedOn", "2021-03-26"));

    // An SSA intake is not open to a PAU candidate, nor an intake whose basic course has started.
    refused(candidate, "ApplyForAdmission", withVariables("intakeId", INTAKE), "is not open to a candidate for PAU");
    refused(candidate, "ApplyForAdmission", withVariables("intakeId", "pau-2021-01"), "is not open");
    complete(candidate, "ApplyForAdmission", withVariables("intakeId", "pau-2021-08"));
    refused(candidate, "HoldHiringInterview", withVariables("interviewOutcome", "MAYBE"), "The outcome must be one of");

    assertThat(process).isWaitingAtExactly("HoldHiringInterview");
    Candidate applied = reload(candidate);
    assertThat(applied.getStatus()).isEqualTo(CandidateStatus.APPLIED);
    assertThat(applied.getIntakeId()).isEqualTo("pau-2021-08");
    assertThat(applied.getInterviewOutcome()).isNull();
    assertThat(eventTypes(candidate)).containsExactly("REFERRED", "INFORMATION_MEETING_BOOKED", "INFORMATION_MEETING_ATTENDED",
        "PRE_COURSE_AGREED", "PRE_COURSE_COMPLETED", "APPLIED");
  }

  @Test
  void caseworkerRefersWithTheTasklistStartForm() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(RecruitmentProcess.KEY).latestVersion().singleResult().getId();
    Map<String, Object> form = withVariables("candidateName", "Omar Ledig", "birthDate", "1985-11-30", "email", "omar@example.dk",
        "phone", "", "jobCentre", "Jobcenter Odense, Ungeindsatsen", "note", "Har erfaring fra hjemmeplejen");

    // The start form is checked like the API; a refusal starts nothing.
    long before = candidates.count();
    Map<String, Object> noBirthDate = new java.util.HashMap<>(form);
    noBirthDate.remove("birthDate");
    assertThatThrownBy(() -> asUser("recruit-caseworker", Groups.CASEWORKER,
        () -> engine.getFormService().submitStartForm(definitionId, noBirthDate)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("birthDate: must not be null");
    // Only caseworkers (and administrators) may refer.
    assertThatThrownBy(() -> asUser("recruit-finance", Groups.FINANCE,
        () -> engine.getFormService().submitStartForm(definitionId, form)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(candidates.count()).isEqualTo(before);

    ProcessInstance process = asUser("recruit-caseworker", Groups.CASEWORKER,
        () -> engine.getFormService().submitStartForm(definitionId, form));
    runDueJobs();

    Candidate candidate = candidates.findByCandidateNumber(process.getBusinessKey()).orElseThrow();
    assertThat(candidate.getName()).isEqualTo("Omar Ledig");
    assertThat(candidate.getBirthDate()).isEqualTo(LocalDate.of(1985, 11, 30));
    assertThat(candidate.getPhone()).isNull();
    assertThat(candidate.getReferredBy()).isEqualTo("recruit-caseworker");
    assertThat(candidate.getProcessInstanceId()).isEqualTo(process.getId());
    assertThat(process).isWaitingAtExactly("BookInformationMeeting");
    assertThat(runtimeService.getVariables(process.getId())).containsOnlyKeys(
        "candidateId", "applicationNumber", "poolName", "applicantName", "caseSummary");
    assertThat(recruitmentEvents.findByCandidateIdOrderByOccurredAtAscIdAsc(candidate.getId()))
        .extracting(RecruitmentEvent::getEventType, RecruitmentEvent::getActor, RecruitmentEvent::getDetail)
        .containsExactly(tuple("REFERRED", "recruit-caseworker", "Jobcenter Odense, Ungeindsatsen"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Candidate refer(LocalDate birthDate) {
    return recruitment.refer(new ReferralRequest("Sara Kandidat", birthDate, "sara@example.dk", "+45 20 30 40 50",
        "Jobcenter Odense", "Ønsker at blive social- og sundhedsassistent"), "jobcentre-caseworker");
  }

  private Candidate reload(Candidate candidate) {
    return candidates.findById(candidate.getId()).orElseThrow();
  }

  private ProcessInstance instance(Candidate candidate) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(reload(candidate).getProcessInstanceId()).singleResult();
  }

  private Task task(Candidate candidate, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(candidate.getCandidateNumber())
        .taskDefinitionKey(taskKey).singleResult();
  }

  private void complete(Candidate candidate, String taskKey, Map<String, Object> form) {
    Task open = task(candidate, taskKey);
    assertThat(open).as("open task " + taskKey).isNotNull();
    taskService.complete(open.getId(), form);
    runDueJobs();
  }

  private void refused(Candidate candidate, String taskKey, Map<String, Object> form, String message) {
    Task open = task(candidate, taskKey);
    assertThatThrownBy(() -> taskService.complete(open.getId(), form))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
    assertThat(task(candidate, taskKey).getId()).isEqualTo(open.getId());
  }

  private List<String> eventTypes(Candidate candidate) {
    return recruitmentEvents.findByCandidateIdOrderByOccurredAtAscIdAsc(candidate.getId()).stream()
        .map(RecruitmentEvent::getEventType).toList();
  }

  private List<org.assertj.core.groups.Tuple> intakeOptions(Task task) {
    try {
      JsonNode options = JSON.readTree(taskService.getVariableLocal(task.getId(), "intakeOptions").toString());
      return java.util.stream.StreamSupport.stream(options.spliterator(), false)
          .map(option -> tuple(option.path("value").asText(), option.path("label").asText())).toList();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Walks the candidate along the way that leads to employment until the process waits at this activity. */
  private void driveTo(Candidate candidate, String activityId) {
    for (int step = 0; step < 20; step++) {
      if (runtimeService.getActiveActivityIds(reload(candidate).getProcessInstanceId()).contains(activityId)) {
        return;
      }
      Task open = taskService.createTaskQuery().processInstanceBusinessKey(candidate.getCandidateNumber()).singleResult();
      if (open == null) {
        moveClockTo(danish(COURSE_START.atStartOfDay()));
      } else {
        complete(candidate, open.getTaskDefinitionKey(), happyForm(open.getTaskDefinitionKey()));
      }
    }
    throw new AssertionError("Never reached " + activityId);
  }

  private static Map<String, Object> happyForm(String taskKey) {
    return switch (taskKey) {
      case "BookInformationMeeting" -> withVariables("informationMeetingOn", "2021-03-10");
      case "RecordMeetingAttendance" -> withVariables("meetingAttended", true);
      case "AgreePreCourse" -> withVariables("education", "SSA", "preCourseStart", "2021-03-15", "preCourseEnd", "2021-04-09",
          "preCourseContent", "Smagsprøve på skole og plejecenter");
      case "RecordPreCourseCompletion" -> withVariables("preCourseCompletedOn", "2021-04-09");
      case "ApplyForAdmission" -> withVariables("intakeId", INTAKE);
      case "HoldHiringInterview" -> withVariables("interviewOutcome", "HIRED");
      case "AssignSupport" -> withVariables("mentor", "Mette", "educationCoordinator", "Ulla", "practiceSupervisor", "Pia",
          "educationAdviser", "Viggo");
      case "RecordInternship" -> withVariables("internshipWorkplace", "Plejecenter Bolbro", "internshipStart", "2022-02-01",
          "internshipEnd", "2022-06-30");
      case "RecordGraduation" -> withVariables("graduatedOn", "2024-08-30");
      default -> throw new AssertionError("No happy form for " + taskKey);
    };
  }

  private <T> T asUser(String userId, String group, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(userId, List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Instant danish(LocalDateTime time) {
    return time.atZone(EngineTime.ZONE).toInstant();
  }

  private static Date danishDate(LocalDateTime time) {
    return Date.from(danish(time));
  }
}
