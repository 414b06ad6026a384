package dk.puljeflow.application;

import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.pool.Pool;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * "Register application": an application started through the API is already stored; one started
 * from the Tasklist start form is validated here with the same rules and stored. An invalid start
 * form is refused with a message and starts nothing. Either way the applicant's status link is issued
 * here, in the request, because the receipt page shows it; the letter follows in "Confirm receipt".
 */
@Component
class RegisterApplicationDelegate implements JavaDelegate {

  private final ApplicationValidator validator;
  private final ApplicationRegistry registry;
  private final PersonalLinks links;

  RegisterApplicationDelegate(ApplicationValidator validator, ApplicationRegistry registry, PersonalLinks links) {
    this.validator = validator;
    this.registry = registry;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = execution.hasVariable(ProcessVariables.APPLICATION_ID)
        ? registry.find(ProcessVariables.applicationId(execution))
        : registerFromStartForm(execution);
    application.linkProcessInstance(execution.getProcessInstanceId());
    links.issue(application.getId(), LinkPurpose.STATUS, null, null, null);
  }

  private GrantApplication registerFromStartForm(DelegateExecution execution) {
    ApplicationRequest request;
    Pool pool;
    try {
      request = StartFormFields.toRequest(execution);
      pool = validator.validate(request);
    } catch (InvalidApplicationException invalid) {
      throw new FormFieldValidationException("application", invalid.getMessage());
    }
    GrantApplication application = registry.register(request, pool);
    StartFormFields.removeFrom(execution);
    execution.setVariables(registry.processVariables(application));
    execution.setProcessBusinessKey(application.getApplicationNumber());
    return application;
  }
}
