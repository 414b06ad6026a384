package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.InvalidApplicationException;
import dk.puljeflow.notification.Notification;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.security.Groups;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * transition-participant.bpmn: one dismissed person from the mapping meeting to the end of the support.
 * The meeting is booked and held (a missed one booked again) before the person joins or declines; a person
 * who joins gets a job coach of a supplier and the funding of their need level; coaching meetings are logged,
 * training is applied for, decided and booked (or rejected, also for lack of funds); the support ends with an
 * outcome, or one year after the last day of employment. The year is passed by moving the engine clock.
 */
class TransitionParticipantProcessTest extends TransitionTestSupport {

  @Autowired HistoryService historyService;

  @Test
  void personGoesFromTheMappingMeetingThroughCoachingAndTrainingToANewJob() {
    Supplier supplier = newSupplier(3);
    GrantApplication project = approvedProject(person("Kalle Karlsson", 30));
    Participant person = participants(project).get(0);
    String number = person.getParticipantNumber();
    ProcessInstance process = instance(person);

    assertThat(process).hasBusinessKey(project.getApplicationNumber()).hasPassed("PersonListed", "OpenParticipantCase")
        .isWaitingAtExactly("MappingAndDecision", "BookMappingMeeting");
    assertThat(task(person, "BookMappingMeeting")).hasName("Boka kartläggningsmöte – " + number)
        .hasCandidateGroup(Groups.TSL_ADVISER).isNotAssigned();
    // Only ids, routing values and what Tasklist shows: e-mail and dates stay in the participant's table.
    assertThat(runtimeService.getVariables(process.getId())).containsOnlyKeys("applicationId", "participantId", "poolName",
        "caseworkerGroup", "applicationNumber", "applicantName", "caseSummary", "supportEndsAt");
    assertThat(runtimeService.getVariables(process.getId())).containsEntry("applicationNumber", number)
        .containsEntry("applicantName", "Kalle Karlsson").containsEntry("poolName", "TSL omställningsstöd")
        .containsEntry("supportEndsAt", TransitionTime.endOf(TransitionTime.today().plusDays(30).plusYears(1)));
    assertThat((String) runtimeService.getVariable(process.getId(), "caseSummary")).contains("Deltagare: Kalle Karlsson",
        "Projekt: " + project.getApplicationNumber() + ", Exempelverken AB",
        "Stöd längst till och med: " + SwedishText.date(TransitionTime.today().plusDays(30).plusYears(1)));

    // The mapping meeting: booked, missed, booked again, held.
    String firstMeeting = meetingIn(3);
    complete(person, "BookMappingMeeting", withVariables("mappingMeetingStart", firstMeeting, "mappingMeetingPlace",
        "Teams", "adviserName", "Rut Rådgivare"));
    Instant meetingAt = java.time.LocalDateTime.parse(firstMeeting).atZone(TransitionTime.ZONE).toInstant();
    assertThat(task(person, "HoldMappingMeeting")).hasDueDate(Date.from(meetingAt));
    assertThat(reload(person).getStatus()).isEqualTo(ParticipantStatus.MAPPING_MEETING_BOOKED);
    assertThat(reload(person).getMappingMeetingAt()).isEqualTo(meetingAt);
    complete(person, "HoldMappingMeeting", withVariables("meetingHeld", false));
    assertThat(process).hasPassed("MeetingHeldGateway").isWaitingAtExactly("MappingAndDecision", "BookMappingMeeting");
    assertThat(reload(person).getStatus()).isEqualTo(ParticipantStatus.LISTED);
    assertThat(reload(person).getMappingMeetingsMissed()).isEqualTo(1);
    bookAndHoldMappingMeeting(person, NeedLevel.HIGH);
    assertThat(process).isWaitingAtExactly("MappingAndDecision", "RecordParticipation");
    Participant mapped = reload(person);
    assertThat(mapped.getStatus()).isEqualTo(ParticipantStatus.MAPPING_MEETING_HELD);
    assertThat(mapped.getNeedLevel()).isEqualTo(NeedLevel.HIGH);
    assertThat(mapped.getNeedsNote()).isEqualTo("Vill byta bana");
    assertThat(mapped.getMappingMeetingHeldOn()).isEqualTo(TransitionTime.today());
    // An invitation for each meeting booked, in Swedish.
    assertThat(letters(project, NoticeType.TSL_MAPPING_MEETING_INVITATION)).hasSize(2).allSatisfy(letter -> {
      assertThat(letter.getRecipient()).isEqualTo("kalle.karlsson@example.se");
      assertThat(letter.getStatus()).isEqualTo(Notification.Status.SENT);
      assertThat(letter.getSubject()).isEqualTo("Kallelse till kartläggningsmöte – omställningsstöd från TSL");
    });
    assertThat(letters(project, NoticeType.TSL_MAPPING_MEETING_INVITATION).get(0).getFacts())
        .contains(SwedishText.dateTime(meetingAt), "Teams", "Rut Rådgivare");

    // The person joins, and gets a job coach of a supplier with a place free.
    complete(person, "RecordParticipation", withVariables("participation", "JOIN"));
    assertThat(process).hasPassed("JoinsGateway").isWaitingAtExactly("AssignJobCoach");
    assertThat(supplierOptions(task(person, "AssignJobCoach")))
        .contains(tuple(supplier.getId(), supplier.getName() + " – 3 av 3 platser lediga"))
        .doesNotContain(tuple("arbetslivsbron", "Arbetslivsbron AB – 30 av 30 platser lediga"));
    complete(person, "AssignJobCoach", withVariables("supplierId", supplier.getId(), "coachName", "Cecilia Coach"));

    assertThat(process).hasPassed("AssignJobCoach", "DetermineFunding", "BookFunding", "SupportStarted")
        .isWaitingAtExactly("SupportPeriod", "RecordOutcome");
    assertThat(task(person, "RecordOutcome")).hasDueDate(TransitionTime.endOf(person.getSupportEndsOn()));
    Participant inSupport = reload(person);
    assertThat(inSupport.getStatus()).isEqualTo(ParticipantStatus.IN_SUPPORT);
    assertThat(inSupport.getSupplierId()).isEqualTo(supplier.getId());
    assertThat(inSupport.getCoachName()).isEqualTo("Cecilia Coach");
    assertThat(inSupport.getFundingAmount()).isEqualByComparingTo("50000");
    assertThat(projectFunding.availableAt(project.getId(), supplier.getId())).isEqualByComparingTo("50000");
    HistoricDecisionInstance funding = historyService.createHistoricDecisionInstanceQuery().processInstanceId(process.getId())
        .decisionDefinitionKey(TransitionProcess.FUNDING_DECISION).includeInputs().includeOutputs().singleResult();
    assertThat(funding.getInputs()).singleElement().satisfies(input -> assertThat(input.getValue()).isEqualTo("HIGH"));
    assertThat(funding.getOutputs()).singleElement().satisfies(output -> assertThat(output.getValue()).isEqualTo(50000));
    assertThat(runtimeService.getVariables(process.getId())).doesNotContainKeys("needLevel", "fundingAmount", "supplierId");
    assertThat(letters(project, NoticeType.TSL_SUPPORT_STARTED)).singleElement()
        .satisfies(letter -> assertThat(letter.getSubject()).isEqualTo("Välkommen till omställningsstödet – din jobbcoach är Cecilia Coach"));

    // Meetings with the coach are logged during the support.
    moveClockBy(Duration.ofDays(7));
    transition.logCoachingMeeting(number, new CoachingMeetingRequest(TransitionTime.today(), MeetingType.COMPETENCE_MAPPING,
        "Kartlade montering och kvalitetsarbete"), "tsl-test-adviser");
    moveClockBy(Duration.ofDays(14));
    transition.logCoachingMeeting(number, new CoachingMeetingRequest(TransitionTime.today(), MeetingType.APPLICATION_PRACTICE, null),
        "tsl-test-adviser");
    assertThat(process).hasPassed("CoachingMeetingLogged", "RecordCoachingMeeting", "CoachingMeetingRecorded")
        .isWaitingAtExactly("SupportPeriod", "RecordOutcome");
    assertThat(coachingMeetings.findByParticipantIdOrderByHeldOnAscIdAsc(person.getId()))
        .extracting(CoachingMeeting::getHeldOn, CoachingMeeting::getMeetingType, CoachingMeeting::getRecordedBy)
        .containsExactly(tuple(TransitionTime.today().minusDays(14), MeetingType.COMPETENCE_MAPPING, "tsl-test-adviser"),
            tuple(TransitionTime.today(), MeetingType.APPLICATION_PRACTICE, "tsl-test-adviser"));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
        .variableNameIn("coachingMeetingOn", "coachingMeetingNote").count()).isZero();

    // Participant and coach apply for a truck licence; the adviser approves less than applied for.
    TrainingApplication training = applyForTraining(person, "20000");
    assertThat(process).hasPassed("TrainingApplied").isWaitingAt("DecideOnTraining", "RecordOutcome");
    Task decision = task(person, "DecideOnTraining");
    assertThat(decision).hasName("Besluta om utbildning eller validering – " + number).hasCandidateGroup(Groups.TSL_ADVISER);
    assertThat((String) taskService.getVariableLocal(decision.getId(), "trainingSummary")).contains("Utbildning: Truckkort A och B",
        "Kostnad: 20 000 kr", "Projektets medel hos leverantören: 50 000 kr", "Leverantörens sparade medel: 0 kr");
    complete(person, "DecideOnTraining", withVariables("trainingDecision", "APPROVED", "approvedCost", 18000,
        "trainingDecisionReason", "Truckkort efterfrågas av lagren i Borås"));

    assertThat(process).hasPassed("TrainingApprovedGateway", "BookTrainingCost", "NotifyTrainingDecision", "TrainingDecided")
        .hasNotPassed("RejectTrainingForLackOfFunds").isWaitingAtExactly("SupportPeriod", "RecordOutcome");
    TrainingApplication approved = trainingApplications.findById(training.getId()).orElseThrow();
    assertThat(approved.getStatus()).isEqualTo(TrainingApplication.Status.APPROVED);
    assertThat(approved.getApprovedCost()).isEqualByComparingTo("18000");
    assertThat(projectFunding.availableAt(project.getId(), supplier.getId())).isEqualByComparingTo("32000");
    assertThat(letters(project, NoticeType.TSL_TRAINING_DECIDED)).singleElement()
        .satisfies(letter -> assertThat(letter.getSubject()).isEqualTo("Beslut om utbildning: beviljad"));

    // A new job ends the support early; the project, with nobody else, settles and closes.
    moveClockBy(Duration.ofDays(60));
    recordOutcome(person, Outcome.NEW_JOB, TransitionTime.today().minusDays(2));

    assertThat(process).hasPassed("OutcomeRecorded", "SupportEndedJoin", "EndSupport", "SupportEnded")
        .hasNotPassed("SupportTimeLimit", "RecordTimeLimitReached").isEnded();
    Participant ended = reload(person);
    assertThat(ended.getStatus()).isEqualTo(ParticipantStatus.SUPPORT_ENDED);
    assertThat(ended.getOutcome()).isEqualTo(Outcome.NEW_JOB);
    assertThat(ended.getOutcomeOn()).isEqualTo(TransitionTime.today().minusDays(2));
    assertThat(ended.getEndedAt()).isEqualTo(EngineTime.now());
    assertThat(participants.countBySupplierIdAndStatus(supplier.getId(), ParticipantStatus.IN_SUPPORT)).isZero();
    assertThat(letters(project, NoticeType.TSL_SUPPORT_ENDED)).singleElement()
        .satisfies(letter -> assertThat(letter.getFacts()).contains("nytt arbete"));
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(supplierLedger.balanceOf(supplier.getId())).isEqualByComparingTo("32000");
  }

  @Test
  void aPersonMayDeclineAfterTheMappingMeeting() {
    GrantApplication project = approvedProject(person("Lisa Lund", 30));
    Participant person = participants(project).get(0);
    ProcessInstance process = instance(person);

    declines(person);

    assertThat(process).hasPassed("RecordParticipation", "ParticipationDecided", "JoinsGateway", "Declined")
        .hasNotPassed("AssignJobCoach").isEnded();
    Participant declined = reload(person);
    assertThat(declined.getStatus()).isEqualTo(ParticipantStatus.DECLINED);
    assertThat(declined.getParticipationDecidedOn()).isEqualTo(TransitionTime.today());
    assertThat(declined.getSupplierId()).isNull();
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(projectFunding.bookingsOf(project.getId())).isEmpty();
  }

  @Test
  void anOfferNotTakenUpLapsesOneYearAfterTheLastDayOfEmployment() {
    GrantApplication project = approvedProject(person("Maja Moberg", 10));
    Participant person = participants(project).get(0);
    ProcessInstance process = instance(person);
    complete(person, "BookMappingMeeting", withVariables("mappingMeetingStart", meetingIn(3), "mappingMeetingPlace", "Teams",
        "adviserName", "Rut Rådgivare"));
    Instant yearIsOver = TransitionTime.endOf(person.getSupportEndsOn()).toInstant();

    moveClockTo(yearIsOver.minusSeconds(60));
    assertThat(process).isWaitingAtExactly("MappingAndDecision", "HoldMappingMeeting");
    moveClockTo(yearIsOver);

    assertThat(process).hasPassed("OfferExpired", "RecordOfferLapsed", "OfferLapsed").hasNotPassed("JoinsGateway").isEnded();
    Participant lapsed = reload(person);
    assertThat(lapsed.getStatus()).isEqualTo(ParticipantStatus.OFFER_LAPSED);
    assertThat(lapsed.getEndedAt()).isEqualTo(yearIsOver);
    assertThat(event(project, "OFFER_LAPSED").getDetail()).isEqualTo(person.getParticipantNumber() + ": MAPPING_MEETING_BOOKED");
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  @Test
  void theSupportEndsByItselfOneYearAfterTheLastDayOfEmployment() {
    Supplier supplier = newSupplier(1);
    GrantApplication project = approvedProject(person("Nils Nord", 20));
    Participant person = participants(project).get(0);
    ProcessInstance process = instance(person);
    intoSupport(person, NeedLevel.MEDIUM, supplier.getId());
    TrainingApplication pending = applyForTraining(person, "9000");
    Instant yearIsOver = TransitionTime.endOf(person.getSupportEndsOn()).toInstant();

    moveClockTo(yearIsOver.minusSeconds(60));
    assertThat(process).isWaitingAt("RecordOutcome", "DecideOnTraining");
    moveClockTo(yearIsOver);

    assertThat(process).hasPassed("SupportTimeLimit", "RecordTimeLimitReached", "SupportEndedJoin", "EndSupport", "SupportEnded")
        .hasNotPassed("OutcomeRecorded", "TrainingApprovedGateway").isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
    Participant ended = reload(person);
    assertThat(ended.getStatus()).isEqualTo(ParticipantStatus.SUPPORT_ENDED);
    assertThat(ended.getOutcome()).isEqualTo(Outcome.NO_OUTCOME_WITHIN_YEAR);
    assertThat(ended.getOutcomeOn()).isEqualTo(person.getSupportEndsOn());
    assertThat(ended.getEndedAt()).isEqualTo(yearIsOver);
    assertThat(trainingApplications.findById(pending.getId()).orElseThrow().getStatus())
        .isEqualTo(TrainingApplication.Status.CANCELLED);
    assertThat(letters(project, NoticeType.TSL_SUPPORT_ENDED)).singleElement()
        .satisfies(letter -> assertThat(letter.getFacts()).contains("NO_OUTCOME_WITHIN_YEAR"));
    // The medium need level's 30,000 were never spent: the supplier saved them.
    assertThat(supplierLedger.balanceOf(supplier.getId())).isEqualByComparingTo("30000");
  }

  @Test
  void theAdviserMayRejectATrainingApplication() {
    Supplier supplier = newSupplier(1);
    GrantApplication project = approvedProject(person("Olle Olsson", 20));
    Participant person = participants(project).get(0);
    ProcessInstance process = instance(person);
    intoSupport(person, NeedLevel.MEDIUM, supplier.getId());
    TrainingApplication training = applyForTraining(person, "12000");

    complete(person, "DecideOnTraining", withVariables("trainingDecision", "REJECTED",
        "trainingDecisionReason", "Arbetsgivarna i regionen efterfrågar inte truckkort"));

    assertThat(process).hasPassed("TrainingApprovedGateway", "TrainingDecidedJoin", "NotifyTrainingDecision")
        .hasNotPassed("BookTrainingCost").isWaitingAtExactly("SupportPeriod", "RecordOutcome");
    TrainingApplication rejected = trainingApplications.findById(training.getId()).orElseThrow();
    assertThat(rejected.getStatus()).isEqualTo(TrainingApplication.Status.REJECTED);
    assertThat(rejected.getDecisionReason()).isEqualTo("Arbetsgivarna i regionen efterfrågar inte truckkort");
    assertThat(projectFunding.availableAt(project.getId(), supplier.getId())).isEqualByComparingTo("30000");
    assertThat(letters(project, NoticeType.TSL_TRAINING_DECIDED)).singleElement().satisfies(letter -> {
      assertThat(letter.getSubject()).isEqualTo("Beslut om utbildning: inte beviljad");
      assertThat(letter.getFacts()).contains("efterfrågar inte truckkort");
    });
  }

  @Test
  void anApprovedTrainingNeitherTheProjectNorTheSupplierCanPayForIsRejected() {
    Supplier supplier = newSupplier(1);
    GrantApplication project = approvedProject(person("Petra Persson", 20));
    Participant person = participants(project).get(0);
    ProcessInstance process = instance(person);
    intoSupport(person, NeedLevel.LOW, supplier.getId());
    TrainingApplication training = applyForTraining(person, "20000");

    complete(person, "DecideOnTraining", withVariables("trainingDecision", "APPROVED", "approvedCost", 20000));

    assertThat(process).hasPassed("BookTrainingCost", "FundsInsufficient", "RejectTrainingForLackOfFunds", "NotifyTrainingDecision")
        .isWaitingAtExactly("SupportPeriod", "RecordOutcome");
    TrainingApplication rejected = trainingApplications.findById(training.getId()).orElseThrow();
    assertThat(rejected.getStatus()).isEqualTo(TrainingApplication.Status.REJECTED);
    assertThat(rejected.getApprovedCost()).isNull();
    assertThat(rejected.getDecisionReason()).isEqualTo("Kostnaden 20 000 kr ryms inte: projektet har 15 000 kr kvar hos "
        + "leverantören " + supplier.getId() + " och leverantörens sparade medel är 0 kr");
    // Nothing was booked and the supplier's savings were never touched.
    assertThat(projectFunding.bookingsOf(project.getId())).extracting(ProjectBooking::getBookingType)
        .containsExactly(ProjectBooking.Type.FUNDING);
    assertThat(supplierLedger.entriesOf(supplier.getId())).isEmpty();
    assertThat(runtimeService.getVariables(process.getId())).doesNotContainKey("fundsShortfall");
    assertThat(letters(project, NoticeType.TSL_TRAINING_DECIDED)).singleElement()
        .satisfies(letter -> assertThat(letter.getFacts()).contains("ryms inte"));
  }

  @Test
  void invalidFormsAndReportsAreRefusedAndChangeNothing() {
    Supplier full = newSupplier(0);
    Supplier supplier = newSupplier(1);
    GrantApplication project = approvedProject(person("Rolf Rask", 20));
    Participant person = participants(project).get(0);
    String number = person.getParticipantNumber();

    refused(person, "BookMappingMeeting", withVariables("mappingMeetingStart", meetingIn(-1), "mappingMeetingPlace", "Teams",
        "adviserName", "Rut"), "must not be in the past");
    refused(person, "BookMappingMeeting", withVariables("mappingMeetingStart", meetingIn(400), "mappingMeetingPlace", "Teams",
        "adviserName", "Rut"), "must be held by " + person.getSupportEndsOn());
    refused(person, "BookMappingMeeting", withVariables("mappingMeetingStart", "i morgon", "mappingMeetingPlace", "Teams",
        "adviserName", "Rut"), "must be a date and time");
    complete(person, "BookMappingMeeting", withVariables("mappingMeetingStart", meetingIn(2), "mappingMeetingPlace", "Teams",
        "adviserName", "Rut"));
    refused(person, "HoldMappingMeeting", withVariables("meetingHeld", true), "The need level is required");
    complete(person, "HoldMappingMeeting", withVariables("meetingHeld", true, "needLevelAssessed", "LOW"));
    refused(person, "RecordParticipation", withVariables("participation", "MAYBE"), "must be one of [JOIN, DECLINE]");
    // Coaching and training belong to the support period.
    assertThatThrownBy(() -> transition.logCoachingMeeting(number,
        new CoachingMeetingRequest(TransitionTime.today(), MeetingType.JOB_TARGETING, null), "tsl-test-adviser"))
        .isInstanceOf(CaseConflictException.class).hasMessageContaining("is not in support: MAPPING_MEETING_HELD");
    complete(person, "RecordParticipation", withVariables("participation", "JOIN"));

    assertThat(supplierOptions(task(person, "AssignJobCoach"))).extracting(t -> t.toList().get(0))
        .contains(supplier.getId()).doesNotContain(full.getId(), "arbetslivsbron");
    refused(person, "AssignJobCoach", withVariables("supplierId", full.getId(), "coachName", "Cecilia Coach"),
        "har inga lediga platser (0 av 0 i stöd)");
    refused(person, "AssignJobCoach", withVariables("supplierId", "arbetslivsbron", "coachName", "Cecilia Coach"),
        "har inget ramavtal som gäller i dag");
    refused(person, "AssignJobCoach", withVariables("supplierId", "no-such-supplier", "coachName", "Cecilia Coach"),
        "finns inte i registret");
    complete(person, "AssignJobCoach", withVariables("supplierId", supplier.getId(), "coachName", "Cecilia Coach"));

    assertThatThrownBy(() -> transition.logCoachingMeeting(number,
        new CoachingMeetingRequest(TransitionTime.today().plusDays(1), MeetingType.JOB_TARGETING, null), "tsl-test-adviser"))
        .isInstanceOfSatisfying(InvalidApplicationException.class,
            invalid -> assertThat(invalid.errors()).containsEntry("heldOn", "must not be in the future"));
    assertThatThrownBy(() -> transition.applyForTraining(number, new TrainingRequest(TrainingApplication.Kind.VALIDATION,
        "Validering som svetsare", "Svetsskolan", new BigDecimal("8000"), "Svetsare efterfrågas", "Någon Annan", true), "x"))
        .isInstanceOfSatisfying(InvalidApplicationException.class,
            invalid -> assertThat(invalid.errors()).containsEntry("coachName", "must be the person's job coach, Cecilia Coach"));
    assertThat(trainingApplications.findByParticipantIdOrderById(person.getId())).isEmpty();

    applyForTraining(person, "8000");
    refused(person, "DecideOnTraining", withVariables("trainingDecision", "APPROVED", "approvedCost", 9000),
        "at most the 8000 applied for");
    refused(person, "DecideOnTraining", withVariables("trainingDecision", "REJECTED"), "The reason is required");
    refused(person, "RecordOutcome", withVariables("outcome", "OTHER", "outcomeOn", TransitionTime.today().toString()),
        "Describe the outcome");
    refused(person, "RecordOutcome", withVariables("outcome", "NEW_JOB", "outcomeOn", TransitionTime.today().plusDays(1).toString()),
        "must not be in the future");
    refused(person, "RecordOutcome", withVariables("outcome", "NO_OUTCOME_WITHIN_YEAR", "outcomeOn", TransitionTime.today().toString()),
        "must be NEW_JOB, OWN_BUSINESS or OTHER");

    Participant unchanged = reload(person);
    assertThat(unchanged.getStatus()).isEqualTo(ParticipantStatus.IN_SUPPORT);
    assertThat(unchanged.getOutcome()).isNull();
    assertThat(trainingApplications.findByParticipantIdOrderById(person.getId())).singleElement()
        .satisfies(t -> assertThat(t.getStatus()).isEqualTo(TrainingApplication.Status.PENDING));
    assertThat(instance(person)).isWaitingAt("RecordOutcome", "DecideOnTraining");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void refused(Participant participant, String taskKey, Map<String, Object> form, String message) {
    Task open = task(participant, taskKey);
    assertThatThrownBy(() -> taskService.complete(open.getId(), form))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
    assertThat(task(participant, taskKey).getId()).isEqualTo(open.getId());
  }

  private List<org.assertj.core.groups.Tuple> supplierOptions(Task task) {
    try {
      com.fasterxml.jackson.databind.JsonNode options = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(taskService.getVariableLocal(task.getId(), "supplierOptions").toString());
      return java.util.stream.StreamSupport.stream(options.spliterator(), false)
          .map(option -> tuple(option.path("value").asText(), option.path("label").asText())).toList();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
