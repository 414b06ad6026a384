package dk.puljeflow.transition;

import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Assign job coach": the person gets a job coach of a supplier under a framework agreement. Refused when
 * the supplier has no place left, also when another adviser took the last one a moment earlier.
 */
@Component
class AssignJobCoachListener implements TaskListener {

  static final String SUPPLIER = "supplierId";
  static final String COACH = "coachName";

  private final TransitionProjects projects;
  private final Suppliers suppliers;
  private final TransitionLetters letters;
  private final CaseLog caseLog;

  AssignJobCoachListener(TransitionProjects projects, Suppliers suppliers, TransitionLetters letters, CaseLog caseLog) {
    this.projects = projects;
    this.suppliers = suppliers;
    this.letters = letters;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    String supplierId = TaskForms.requiredText(task, SUPPLIER, "The supplier");
    String coach = TaskForms.requiredText(task, COACH, "The job coach", 200);
    Participant participant = projects.of(task);
    Supplier supplier;
    try {
      supplier = suppliers.assign(participant, supplierId, coach);
    } catch (SupplierUnavailableException unavailable) {
      throw TaskForms.refuse(SUPPLIER, unavailable.getMessage());
    }
    caseLog.record(participant.getApplicationId(), "JOB_COACH_ASSIGNED",
        participant.getParticipantNumber() + ": " + coach + ", " + supplier.getId());
    letters.supportStarted(participant, projects.projectOf(participant), supplier);
    TransitionForms.consume(task, SUPPLIER, COACH);
    projects.refreshSummary(task, participant);
  }
}
