package dk.puljeflow.decision;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Provide more information" stores the applicant's answer on the application. */
@Component
class RecordInformationListener implements TaskListener {

  private final ApplicationRegistry registry;

  RecordInformationListener(ApplicationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    String information = TaskForms.requiredText(task, "additionalInformation", "The information asked for");
    registry.find(ProcessVariables.applicationId(task)).recordAdditionalInformation(information);
    task.removeVariable("additionalInformation");
  }
}
