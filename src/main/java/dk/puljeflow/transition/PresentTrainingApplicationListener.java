package dk.puljeflow.transition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Decide on training or validation" opens: what was applied for and the money there is for it (the
 * project's funds at the person's supplier and the supplier's savings), as text the form shows. Local to the task.
 */
@Component
class PresentTrainingApplicationListener implements TaskListener {

  private final TransitionProjects projects;
  private final TrainingApplicationRepository trainings;
  private final ProjectFunding funding;
  private final SupplierLedger ledger;

  PresentTrainingApplicationListener(TransitionProjects projects, TrainingApplicationRepository trainings, ProjectFunding funding,
      SupplierLedger ledger) {
    this.projects = projects;
    this.trainings = trainings;
    this.funding = funding;
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateTask task) {
    Participant participant = projects.of(task);
    TrainingApplication training = trainings.findById(((Number) task.getVariable(TransitionProcess.TRAINING_ID)).longValue())
        .orElseThrow();
    String summary = (training.getKind() == TrainingApplication.Kind.TRAINING ? "Utbildning" : "Validering") + ": "
        + training.getDescription() + "  \n"
        + "Anordnare: " + training.getProvider() + "  \n"
        + "Kostnad: " + SwedishText.kronor(training.getCost()) + "  \n"
        + "Varför det stärker möjligheterna till jobb: " + training.getMotivation() + "  \n"
        + "Ansökt av jobbcoach " + training.getCoachName() + " tillsammans med deltagaren  \n"
        + "Projektets medel hos leverantören: "
        + SwedishText.kronor(funding.availableAt(participant.getApplicationId(), participant.getSupplierId())) + "  \n"
        + "Leverantörens sparade medel: " + SwedishText.kronor(ledger.balanceOf(participant.getSupplierId()));
    task.setVariableLocal(TransitionProcess.TRAINING_SUMMARY, summary);
  }
}
