package dk.puljeflow.transition;

import dk.puljeflow.application.CaseLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record end of the support year": one year after the last day of employment the support ends, whatever
 * is still open in it (a pending training application is cancelled by "End support").
 */
@Component
class RecordTimeLimitReachedDelegate implements JavaDelegate {

  private final TransitionProjects projects;
  private final CaseLog caseLog;

  RecordTimeLimitReachedDelegate(TransitionProjects projects, CaseLog caseLog) {
    this.projects = projects;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    // An outcome recorded just before the year ran out (its continuation still queued) stands.
    if (participant.getOutcome() == null) {
      participant.timeLimitReached();
    }
    caseLog.record(participant.getApplicationId(), "SUPPORT_TIME_LIMIT_REACHED",
        participant.getParticipantNumber() + ": " + participant.getSupportEndsOn());
  }
}
