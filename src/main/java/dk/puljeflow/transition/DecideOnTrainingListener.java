package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.TaskForms;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Decide on training or validation": the adviser approves it, when it clearly strengthens the person's
 * chances of a job, for at most the cost applied for; or rejects it with a reason the person will read.
 */
@Component
class DecideOnTrainingListener implements TaskListener {

  static final String DECISION = "trainingDecision";
  static final String APPROVED_COST = "approvedCost";
  static final String REASON = "trainingDecisionReason";

  enum Decision { APPROVED, REJECTED }

  private final TransitionProjects projects;
  private final TrainingApplicationRepository trainings;
  private final CaseLog caseLog;

  DecideOnTrainingListener(TransitionProjects projects, TrainingApplicationRepository trainings, CaseLog caseLog) {
    this.projects = projects;
    this.trainings = trainings;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    Decision decision = TaskForms.requiredChoice(task, DECISION, "The decision", Decision.class);
    String reason = TaskForms.optionalText(task, REASON, "The reason", 2000);
    TrainingApplication training = trainings.findById(((Number) task.getVariable(TransitionProcess.TRAINING_ID)).longValue())
        .orElseThrow();
    Participant participant = projects.of(task);
    if (decision == Decision.APPROVED) {
      BigDecimal cost = TaskForms.requiredAmount(task, APPROVED_COST, "The approved cost");
      if (cost.signum() == 0 || cost.compareTo(training.getCost()) > 0) {
        throw TaskForms.refuse(APPROVED_COST, "The approved cost must be more than 0 and at most the "
            + training.getCost().stripTrailingZeros().toPlainString() + " applied for");
      }
      training.approve(cost, reason, EngineTime.now(), caseLog.currentUser());
      caseLog.record(participant.getApplicationId(), "TRAINING_APPROVED",
          participant.getParticipantNumber() + ": " + training.getKind() + " " + cost.toPlainString());
    } else {
      if (reason == null) {
        throw TaskForms.refuse(REASON, "The reason is required when the application is rejected");
      }
      training.reject(reason, EngineTime.now(), caseLog.currentUser());
      caseLog.record(participant.getApplicationId(), "TRAINING_REJECTED", participant.getParticipantNumber() + ": " + reason);
    }
    TransitionForms.consume(task, DECISION, APPROVED_COST, REASON);
    // Local to this application's event subprocess: another application may be decided at the same time.
    task.getExecution().setVariableLocal(TransitionProcess.TRAINING_APPROVED, decision == Decision.APPROVED);
  }
}
