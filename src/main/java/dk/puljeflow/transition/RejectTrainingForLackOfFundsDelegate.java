package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Reject: funds used up": approved, but by the time the cost was booked neither the project's funds at the
 * supplier nor the supplier's savings covered it. Nothing was booked; the approval becomes a rejection.
 */
@Component
class RejectTrainingForLackOfFundsDelegate implements JavaDelegate {

  static final String SHORTFALL = "fundsShortfall";

  private final TransitionProjects projects;
  private final TrainingApplicationRepository trainings;
  private final CaseLog caseLog;

  RejectTrainingForLackOfFundsDelegate(TransitionProjects projects, TrainingApplicationRepository trainings, CaseLog caseLog) {
    this.projects = projects;
    this.trainings = trainings;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    TrainingApplication training = trainings.findById(((Number) execution.getVariable(TransitionProcess.TRAINING_ID)).longValue())
        .orElseThrow();
    Object shortfall = execution.getVariable(SHORTFALL);
    String reason = shortfall == null ? "Medlen räcker inte" : shortfall.toString();
    training.rejectForLackOfFunds(reason, EngineTime.now());
    caseLog.record(participant.getApplicationId(), "TRAINING_REJECTED", participant.getParticipantNumber() + ": " + reason);
    execution.removeVariable(SHORTFALL);
  }
}
