package dk.puljeflow.transition;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.InvalidApplicationException;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import dk.puljeflow.pool.Pool;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register transition project": a project applied for through the API is already stored; one from the
 * Tasklist start form is validated here with the same rules and stored. An invalid start form starts nothing.
 */
@Component
class RegisterTransitionProjectDelegate implements JavaDelegate {

  private final TransitionValidator validator;
  private final TransitionProjects projects;
  private final ApplicationRegistry registry;
  private final CaseLog caseLog;

  RegisterTransitionProjectDelegate(TransitionValidator validator, TransitionProjects projects, ApplicationRegistry registry,
      CaseLog caseLog) {
    this.validator = validator;
    this.projects = projects;
    this.registry = registry;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication project = execution.hasVariable(ProcessVariables.APPLICATION_ID)
        ? registry.find(ProcessVariables.applicationId(execution))
        : registerFromStartForm(execution);
    project.linkProcessInstance(execution.getProcessInstanceId());
  }

  private GrantApplication registerFromStartForm(DelegateExecution form) {
    Pool pool;
    TransitionProjectRequest request = TransitionStartForm.toRequest(form);
    try {
      pool = validator.validate(request);
    } catch (InvalidApplicationException invalid) {
      Map.Entry<String, String> first = invalid.errors().entrySet().stream().sorted(Map.Entry.comparingByKey()).findFirst().orElseThrow();
      throw TaskForms.refuse(first.getKey(), first.getKey() + ": " + first.getValue());
    }
    GrantApplication project = projects.register(request, pool, caseLog.currentUser());
    form.removeVariables(TransitionStartForm.FIELDS);
    form.setVariables(registry.processVariables(project));
    form.setProcessBusinessKey(project.getApplicationNumber());
    return project;
  }
}
