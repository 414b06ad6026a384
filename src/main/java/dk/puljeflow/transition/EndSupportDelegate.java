package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "End support": with an outcome or at the end of the year. The person's place at the supplier is free
 * again, a training application still undecided is cancelled, and the person gets a letter.
 */
@Component
class EndSupportDelegate implements JavaDelegate {

  private final TransitionProjects projects;
  private final TrainingApplicationRepository trainings;
  private final TransitionLetters letters;
  private final CaseLog caseLog;

  EndSupportDelegate(TransitionProjects projects, TrainingApplicationRepository trainings, TransitionLetters letters,
      CaseLog caseLog) {
    this.projects = projects;
    this.trainings = trainings;
    this.letters = letters;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    participant.supportEnded(EngineTime.now());
    trainings.findByParticipantIdOrderById(participant.getId()).forEach(training -> training.cancel(EngineTime.now()));
    caseLog.record(participant.getApplicationId(), "SUPPORT_ENDED", participant.getParticipantNumber() + ": " + participant.getOutcome());
    letters.supportEnded(participant, projects.projectOf(participant));
    projects.refreshSummary(execution, participant);
  }
}
