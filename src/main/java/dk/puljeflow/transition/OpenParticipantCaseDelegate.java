package dk.puljeflow.transition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Open the person's case": links the person to this instance and sets what Tasklist shows (the person's
 * number and name, the summary) and the end of the support year, which both time limits read.
 */
@Component
class OpenParticipantCaseDelegate implements JavaDelegate {

  private final TransitionProjects projects;

  OpenParticipantCaseDelegate(TransitionProjects projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    participant.linkProcessInstance(execution.getProcessInstanceId());
    execution.setVariables(projects.participantVariables(participant));
  }
}
