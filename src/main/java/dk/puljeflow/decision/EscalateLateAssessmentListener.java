package dk.puljeflow.decision;

import dk.puljeflow.EngineTime;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The decision clock does not pause while the applicant is asked for more information, so the
 * escalation and deadline timers may fire while no "Assess application" task is open, and then find
 * nothing to escalate. An "Assess application" task created after the escalation day or the deadline
 * therefore starts as escalated as an open task would be by then: managers are candidates and the
 * priority is the escalated (75) or breached (100) one. A "create" listener on the task in decision.bpmn.
 */
@Component
class EscalateLateAssessmentListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Instant now = EngineTime.now();
    if (reached(task, DecisionProcess.DUE_AT, now)) {
      OpenAssessment.escalate(task, RecordSlaBreachDelegate.BREACHED_PRIORITY);
    } else if (reached(task, DecisionProcess.ESCALATION_AT, now)) {
      OpenAssessment.escalate(task, EscalateToManagerDelegate.ESCALATED_PRIORITY);
    }
  }

  private static boolean reached(DelegateTask task, String dateVariable, Instant now) {
    return task.getVariable(dateVariable) instanceof Date at && !now.isBefore(at.toInstant());
  }
}
