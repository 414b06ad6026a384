package dk.puljeflow.followup;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.GrantApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Schedule evaluation": requested when the project ends, reminded after a week, overdue after two. */
@Component
class ScheduleEvaluationDelegate implements JavaDelegate {

  static final Duration REMIND_AFTER = Duration.ofDays(7);
  static final Duration DUE_AFTER = Duration.ofDays(14);

  private final FollowUps followUps;

  ScheduleEvaluationDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = followUps.applicationOf(execution);
    Instant endsAt = application.getProjectEnd().atTime(LocalTime.of(9, 0)).atZone(EngineTime.ZONE).toInstant();
    followUps.schedule(execution, FollowUp.Kind.FINAL_EVALUATION, endsAt, Map.of(
        "evaluationAt", endsAt,
        "evaluationReminderAt", endsAt.plus(REMIND_AFTER),
        "evaluationDueAt", endsAt.plus(DUE_AFTER)));
  }
}
