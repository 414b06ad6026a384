package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.notification.Notification;
import dk.puljeflow.notification.NotificationRepository;
import dk.puljeflow.notification.NoticeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the TSL tests share: a project applied for by an employer and a union representative, signed and
 * approved; its persons' processes driven task by task; suppliers of the test's own (the registry and the
 * ledgers are shared by every test class, so each test counts only what it made).
 */
abstract class TransitionTestSupport extends ProcessTest {

  static final String POOL = "tsl-omstallning";
  private static final AtomicInteger SUPPLIERS = new AtomicInteger();

  @Autowired TransitionService transition;
  @Autowired ParticipantRepository participants;
  @Autowired SupplierRepository supplierRepository;
  @Autowired SupplierLedger supplierLedger;
  @Autowired ProjectFunding projectFunding;
  @Autowired CoachingMeetingRepository coachingMeetings;
  @Autowired TrainingApplicationRepository trainingApplications;
  @Autowired NotificationRepository notifications;

  /** A still clock: moved only by the test, so every date and instant it asserts is exact. */
  @org.junit.jupiter.api.BeforeEach
  void stillClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(dk.puljeflow.EngineTime.now()));
  }

  // --- projects ----------------------------------------------------------------------------------

  /** Persons dismissed with their last day of employment this many days from today. */
  static DismissedPerson person(String name, int lastDayInDays) {
    return new DismissedPerson(name, name.toLowerCase().replace(' ', '.') + "@example.se", TransitionTime.today().plusDays(lastDayInDays));
  }

  static TransitionProjectRequest projectRequest(String poolId, DismissedPerson... persons) {
    return new TransitionProjectRequest(poolId, "Exempelverken AB", "Erik Arbetsgivare", "erik@exempelverken.se", "nearestmanager",
        "Frida Facklig", "frida@if-metall.example", "unionrep", "Nedläggning av monteringen i Borås", List.of(persons));
  }

  GrantApplication applyFor(DismissedPerson... persons) {
    return transition.apply(projectRequest(null, persons), "tsl-test-adviser");
  }

  /** Signed by employer and union representative, approved for its whole frame, and started. */
  GrantApplication approvedProject(DismissedPerson... persons) {
    GrantApplication project = applyFor(persons);
    signAll(project);
    approve(project, reload(project).getRequestedAmount().toPlainString());
    assertThat(participants(project)).allSatisfy(p -> assertThat(p.getProcessInstanceId()).isNotNull());
    return reload(project);
  }

  List<Participant> participants(GrantApplication project) {
    return participants.findByApplicationIdOrderById(project.getId());
  }

  Participant reload(Participant participant) {
    return participants.findById(participant.getId()).orElseThrow();
  }

  ProcessInstance instance(Participant participant) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(reload(participant).getProcessInstanceId()).singleResult();
  }

  // --- a person's tasks --------------------------------------------------------------------------

  Task task(Participant participant, String taskKey) {
    List<Task> found = taskService.createTaskQuery().processInstanceId(reload(participant).getProcessInstanceId())
        .taskDefinitionKey(taskKey).list();
    assertThat(found).as("open task " + taskKey + " of " + participant.getParticipantNumber()).hasSize(1);
    return found.get(0);
  }

  void complete(Participant participant, String taskKey, Map<String, Object> form) {
    taskService.complete(task(participant, taskKey).getId(), form);
    runDueJobs();
  }

  static String meetingIn(int days) {
    return LocalDateTime.of(TransitionTime.today().plusDays(days), java.time.LocalTime.of(10, 0)).toString();
  }

  void bookAndHoldMappingMeeting(Participant participant, NeedLevel level) {
    complete(participant, "BookMappingMeeting",
        withVariables("mappingMeetingStart", meetingIn(3), "mappingMeetingPlace", "TSL, Kungsgatan 1, Borås", "adviserName", "Rut Rådgivare"));
    complete(participant, "HoldMappingMeeting", withVariables("meetingHeld", true, "needLevelAssessed", level.name(),
        "needsNote", "Vill byta bana"));
  }

  /** Mapping meeting held at this need level, joined, a job coach of this supplier assigned: in support. */
  void intoSupport(Participant participant, NeedLevel level, String supplierId) {
    bookAndHoldMappingMeeting(participant, level);
    complete(participant, "RecordParticipation", withVariables("participation", "JOIN"));
    complete(participant, "AssignJobCoach", withVariables("supplierId", supplierId, "coachName", "Cecilia Coach"));
    assertThat(reload(participant).getStatus()).isEqualTo(ParticipantStatus.IN_SUPPORT);
  }

  void declines(Participant participant) {
    bookAndHoldMappingMeeting(participant, NeedLevel.LOW);
    complete(participant, "RecordParticipation", withVariables("participation", "DECLINE"));
  }

  void recordOutcome(Participant participant, Outcome outcome, LocalDate on) {
    complete(participant, "RecordOutcome", withVariables("outcome", outcome.name(), "outcomeOn", on.toString(),
        "outcomeNote", outcome == Outcome.OTHER ? "Studerar på heltid" : null));
  }

  TrainingApplication applyForTraining(Participant participant, String cost) {
    TrainingApplication training = transition.applyForTraining(reload(participant).getParticipantNumber(),
        new TrainingRequest(TrainingApplication.Kind.TRAINING, "Truckkort A och B", "Borås Yrkesutbildning", new BigDecimal(cost),
            "Lagerjobb kräver truckkort", "Cecilia Coach", true), "tsl-test-adviser");
    runDueJobs();
    return training;
  }

  // --- suppliers ---------------------------------------------------------------------------------

  /** A supplier of this test's own, with a framework agreement in force. */
  Supplier newSupplier(int capacity) {
    String id = "test-supplier-" + System.nanoTime() % 1_000_000 + "-" + SUPPLIERS.incrementAndGet();
    return supplierRepository.save(new Supplier(id, "Testleverantören " + id, "TSL-RA-TEST",
        LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), capacity));
  }

  // --- letters -----------------------------------------------------------------------------------

  List<Notification> letters(GrantApplication project, NoticeType type) {
    List<Notification> found = new ArrayList<>();
    for (Notification n : notifications.findByApplicationIdOrderById(project.getId())) {
      if (n.getNoticeType() == type) {
        found.add(n);
      }
    }
    return found;
  }
}
