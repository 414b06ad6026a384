package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record lapsed offer": the year after the last day of employment ended before the person joined. */
@Component
class RecordOfferLapsedDelegate implements JavaDelegate {

  private final TransitionProjects projects;
  private final CaseLog caseLog;

  RecordOfferLapsedDelegate(TransitionProjects projects, CaseLog caseLog) {
    this.projects = projects;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    ParticipantStatus reached = participant.getStatus();
    participant.offerLapsed(EngineTime.now());
    caseLog.record(participant.getApplicationId(), "OFFER_LAPSED", participant.getParticipantNumber() + ": " + reached);
  }
}
