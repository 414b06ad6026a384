package dk.puljeflow.transition;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.GrantApplicationRepository;
import dk.puljeflow.application.InvalidApplicationException;
import dk.puljeflow.pool.Pool;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API does with transition projects and their persons. Records and process steps share one
 * transaction: both or neither. Meetings and training applications reach a person's process as messages,
 * which only the support period listens for: outside it they are refused as conflicts.
 */
@Service
public class TransitionService {

  private final TransitionValidator validator;
  private final TransitionProjects projects;
  private final ApplicationRegistry registry;
  private final GrantApplicationRepository applications;
  private final TrainingApplicationRepository trainings;
  private final CoachingMeetingRepository meetings;
  private final RuntimeService runtimeService;
  private final CaseLog caseLog;

  TransitionService(TransitionValidator validator, TransitionProjects projects, ApplicationRegistry registry,
      GrantApplicationRepository applications, TrainingApplicationRepository trainings, CoachingMeetingRepository meetings,
      RuntimeService runtimeService, CaseLog caseLog) {
    this.validator = validator;
    this.projects = projects;
    this.registry = registry;
    this.applications = applications;
    this.trainings = trainings;
    this.meetings = meetings;
    this.runtimeService = runtimeService;
    this.caseLog = caseLog;
  }

  /** The employer and the union representative apply; the project's process starts at once. */
  @Transactional
  public GrantApplication apply(TransitionProjectRequest request, String registeredBy) {
    Pool pool = validator.validate(request);
    GrantApplication project = projects.register(request, pool, registeredBy);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(TransitionProcess.KEY, project.getApplicationNumber(),
        registry.processVariables(project));
    project.linkProcessInstance(instance.getId());
    return project;
  }

  /** A transition project by its number; other applications are not projects (404). */
  @Transactional(readOnly = true)
  public GrantApplication project(String number) {
    return applications.findByApplicationNumber(number)
        .filter(application -> TransitionProcess.KEY.equals(registry.poolOf(application).getProcessKey()))
        .orElseThrow(() -> new NoSuchElementException("No transition project " + number));
  }

  @Transactional(readOnly = true)
  public Participant participant(String participantNumber) {
    return projects.byNumber(participantNumber);
  }

  /** The job coach met the person: recorded while the person is in support, refused otherwise. */
  @Transactional
  public CoachingMeeting logCoachingMeeting(String participantNumber, CoachingMeetingRequest request, String reportedBy) {
    Participant participant = inSupport(participantNumber);
    Map<String, String> errors = new TreeMap<>();
    LocalDate supportStarted = TransitionTime.dayOf(participant.getSupportStartedAt());
    if (request.heldOn().isAfter(TransitionTime.today())) {
      errors.put("heldOn", "must not be in the future");
    } else if (request.heldOn().isBefore(supportStarted)) {
      errors.put("heldOn", "must not be before the support started on " + supportStarted);
    }
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    correlate(participant, runtimeService.createMessageCorrelation(TransitionProcess.COACHING_MEETING_MESSAGE)
        .processInstanceId(participant.getProcessInstanceId())
        .setVariable(TransitionProcess.MEETING_ON, Variables.stringValue(request.heldOn().toString(), true))
        .setVariable(TransitionProcess.MEETING_TYPE, Variables.stringValue(request.type().name(), true))
        .setVariable(TransitionProcess.MEETING_NOTE, Variables.stringValue(blankToNull(request.note()), true))
        .setVariable(TransitionProcess.MEETING_RECORDED_BY, Variables.stringValue(reportedBy, true)));
    return meetings.findByParticipantIdOrderByHeldOnAscIdAsc(participant.getId()).stream()
        .reduce((first, second) -> first.getId() > second.getId() ? first : second).orElseThrow();
  }

  /**
   * Participant and coach apply together for short vocational training or validation; an adviser decides.
   * The coach must be the person's own job coach, and the person must agree.
   */
  @Transactional
  public TrainingApplication applyForTraining(String participantNumber, TrainingRequest request, String appliedBy) {
    Participant participant = inSupport(participantNumber);
    if (!request.coachName().trim().equalsIgnoreCase(participant.getCoachName())) {
      throw new InvalidApplicationException(Map.of("coachName", "must be the person's job coach, " + participant.getCoachName()));
    }
    TrainingApplication training = trainings.save(new TrainingApplication(participant.getId(), request.kind(),
        request.description().trim(), request.provider().trim(), request.cost(), request.motivation().trim(),
        participant.getCoachName(), dk.puljeflow.EngineTime.now(), appliedBy));
    caseLog.record(participant.getApplicationId(), "TRAINING_APPLIED", appliedBy,
        participant.getParticipantNumber() + ": " + request.kind() + " " + request.cost().toPlainString());
    // The id goes to the event subprocess this application starts: two applications may be open at once.
    correlate(participant, runtimeService.createMessageCorrelation(TransitionProcess.TRAINING_MESSAGE)
        .processInstanceId(participant.getProcessInstanceId())
        .setVariableToTriggeredScope(TransitionProcess.TRAINING_ID, training.getId()));
    return training;
  }

  private Participant inSupport(String participantNumber) {
    Participant participant = projects.byNumber(participantNumber);
    if (participant.getStatus() != ParticipantStatus.IN_SUPPORT) {
      throw new CaseConflictException("Participant " + participantNumber + " is not in support: " + participant.getStatus());
    }
    return participant;
  }

  private static void correlate(Participant participant, org.camunda.bpm.engine.runtime.MessageCorrelationBuilder message) {
    try {
      message.correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseConflictException("Participant " + participant.getParticipantNumber() + " is not in a support period now");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
