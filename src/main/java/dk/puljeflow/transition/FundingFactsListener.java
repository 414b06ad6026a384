package dk.puljeflow.transition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Hands "Determine funding by need level" the one fact its table reads: the need level the adviser
 * recorded at the mapping meeting. Transient: never stored as a process variable.
 */
@Component
class FundingFactsListener implements ExecutionListener {

  private final TransitionProjects projects;

  FundingFactsListener(TransitionProjects projects) {
    this.projects = projects;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    execution.setVariableLocal(TransitionProcess.NEED_LEVEL, Variables.stringValue(participant.getNeedLevel().name(), true));
  }
}
