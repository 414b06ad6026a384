package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.pool.Pool;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Transition projects and their persons as the processes need them. A project is an application in a TSL
 * pool, so the shared stages (signatures, decision, grant, letters) work on it unchanged; the persons it
 * lists are this package's own records. Named {@code transitionProjects}, so the model can ask it whom to
 * support ({@code ${transitionProjects.participantIds(applicationId)}}).
 */
@Component("transitionProjects")
public class TransitionProjects {

  private final ApplicationRegistry registry;
  private final ParticipantRepository participants;
  private final SupplierRepository suppliers;
  private final FundingRule funding;
  private final CaseLog caseLog;

  TransitionProjects(ApplicationRegistry registry, ParticipantRepository participants, SupplierRepository suppliers,
      FundingRule funding, CaseLog caseLog) {
    this.registry = registry;
    this.participants = participants;
    this.suppliers = suppliers;
    this.funding = funding;
    this.caseLog = caseLog;
  }

  /**
   * Stores the project as an application in the TSL pool, with the employer's and the union
   * representative's signatures to collect, and one participant per listed person. The amount applied for
   * is the project's frame: everybody at the highest need level.
   */
  GrantApplication register(TransitionProjectRequest request, Pool pool, String registeredBy) {
    List<DismissedPerson> persons = request.persons();
    LocalDate firstLastDay = persons.stream().map(DismissedPerson::lastDayOfEmployment).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate supportEnds = persons.stream().map(p -> TransitionTime.lastDayOfSupport(p.lastDayOfEmployment()))
        .max(Comparator.naturalOrder()).orElseThrow();
    String activity = "Omställningsprojekt hos " + request.employerName().trim() + ": " + persons.size() + " uppsagda"
        + (request.description() == null || request.description().isBlank() ? "" : ". " + request.description().trim());
    GrantApplication project = registry.register(new ApplicationRequest(pool.getId(), request.employerSignatoryName(),
        request.employerSignatoryEmail(), null, request.employerName(), request.employerSignatoryName(),
        request.employerSignatoryEmail(), blankToNull(request.employerSignatoryUserId()), request.unionRepName(),
        request.unionRepEmail(), blankToNull(request.unionRepUserId()), activity, funding.frameFor(persons.size()), null, null,
        EngineTime.today(), supportEnds, firstLastDay, null), pool);
    for (int i = 0; i < persons.size(); i++) {
      DismissedPerson person = persons.get(i);
      participants.save(new Participant(project.getId(), "%s-%03d".formatted(project.getApplicationNumber(), i + 1),
          person.name().trim(), person.email().trim(), person.lastDayOfEmployment()));
    }
    caseLog.record(project.getId(), "PERSONS_LISTED", registeredBy, persons.size() + " uppsagda");
    return project;
  }

  /** The persons of the project, in the order listed: the collection of the multi-instance call activity. */
  public List<Long> participantIds(Long applicationId) {
    return participants.findByApplicationIdOrderById(applicationId).stream().map(Participant::getId).toList();
  }

  List<Participant> of(Long applicationId) {
    return participants.findByApplicationIdOrderById(applicationId);
  }

  Participant of(VariableScope scope) {
    Object id = scope.getVariable(TransitionProcess.PARTICIPANT_ID);
    if (id == null) {
      throw new IllegalStateException("Process variable " + TransitionProcess.PARTICIPANT_ID + " is missing");
    }
    return participants.findById(((Number) id).longValue())
        .orElseThrow(() -> new IllegalStateException("No participant with id " + id));
  }

  Participant byNumber(String participantNumber) {
    return participants.findByParticipantNumber(participantNumber)
        .orElseThrow(() -> new NoSuchElementException("No participant " + participantNumber));
  }

  GrantApplication projectOf(Participant participant) {
    return registry.find(participant.getApplicationId());
  }

  /**
   * What the person's process shows in Tasklist: the person's number and name in the places every case
   * uses for its number and applicant, and the Swedish summary; no other personal data.
   */
  Map<String, Object> participantVariables(Participant participant) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.APPLICATION_NUMBER, participant.getParticipantNumber());
    variables.put(ProcessVariables.APPLICANT_NAME, participant.getName());
    variables.put(ProcessVariables.CASE_SUMMARY, summaryOf(participant));
    variables.put(TransitionProcess.SUPPORT_ENDS_AT, TransitionTime.endOf(participant.getSupportEndsOn()));
    return variables;
  }

  /** Brings the facts shown at the top of the next task form up to date. */
  void refreshSummary(VariableScope scope, Participant participant) {
    scope.setVariable(ProcessVariables.CASE_SUMMARY, summaryOf(participant));
  }

  private String summaryOf(Participant participant) {
    GrantApplication project = projectOf(participant);
    Supplier supplier = participant.getSupplierId() == null ? null : suppliers.findById(participant.getSupplierId()).orElse(null);
    return ParticipantSummary.of(participant, project.getApplicationNumber(), project.getWorkplaceName(), supplier);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
