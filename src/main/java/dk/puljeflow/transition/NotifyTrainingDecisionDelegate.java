package dk.puljeflow.transition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify participant of the decision": the person learns whether the training or validation was granted. */
@Component
class NotifyTrainingDecisionDelegate implements JavaDelegate {

  private final TransitionProjects projects;
  private final TrainingApplicationRepository trainings;
  private final TransitionLetters letters;

  NotifyTrainingDecisionDelegate(TransitionProjects projects, TrainingApplicationRepository trainings, TransitionLetters letters) {
    this.projects = projects;
    this.trainings = trainings;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    TrainingApplication training = trainings.findById(((Number) execution.getVariable(TransitionProcess.TRAINING_ID)).longValue())
        .orElseThrow();
    letters.trainingDecided(participant, projects.projectOf(participant), training);
  }
}
