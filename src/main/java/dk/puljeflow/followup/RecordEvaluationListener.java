package dk.puljeflow.followup;

import dk.puljeflow.application.TaskForms;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Submit final evaluation" (or its overdue follow-up) stores rating and answers. */
@Component
class RecordEvaluationListener implements TaskListener {

  static final String FOLLOW_UP_TASK = "FollowUpEvaluation";
  static final Set<String> RATINGS = Set.of("VERY_GOOD", "GOOD", "NEUTRAL", "POOR");

  private final FollowUps followUps;

  RecordEvaluationListener(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    String rating = TaskForms.requiredText(task, "evaluationRating", "The rating");
    if (!RATINGS.contains(rating)) {
      throw TaskForms.refuse("evaluationRating", "The rating must be one of " + RATINGS);
    }
    String answers = TaskForms.requiredText(task, "evaluationAnswers", "The evaluation");
    followUps.complete(task, FollowUp.Kind.FINAL_EVALUATION, null, rating, answers,
        FOLLOW_UP_TASK.equals(task.getTaskDefinitionKey()));
  }
}
