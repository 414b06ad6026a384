package dk.puljeflow.transition;

import dk.puljeflow.application.CaseLog;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Book training cost": the approved cost is booked against the project at the person's supplier, topped
 * up from the supplier's savings if need be. When neither covers it the approval cannot stand: a modelled
 * business outcome (error INSUFFICIENT_FUNDS), never a stuck job.
 */
@Component
class BookTrainingCostDelegate implements JavaDelegate {

  private final TransitionProjects projects;
  private final TrainingApplicationRepository trainings;
  private final ProjectFunding funding;
  private final CaseLog caseLog;

  BookTrainingCostDelegate(TransitionProjects projects, TrainingApplicationRepository trainings, ProjectFunding funding,
      CaseLog caseLog) {
    this.projects = projects;
    this.trainings = trainings;
    this.funding = funding;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    TrainingApplication training = trainings.findById(((Number) execution.getVariable(TransitionProcess.TRAINING_ID)).longValue())
        .orElseThrow();
    try {
      funding.bookCost(participant, training, training.getApprovedCost());
    } catch (InsufficientFundsException e) {
      throw new BpmnError(TransitionProcess.INSUFFICIENT_FUNDS_ERROR, e.getMessage());
    }
    caseLog.record(participant.getApplicationId(), "TRAINING_COST_BOOKED",
        participant.getParticipantNumber() + ": " + training.getApprovedCost().toPlainString() + " at " + participant.getSupplierId());
  }
}
