package dk.puljeflow.signature;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record declined signature": one party refused, so the application ends. */
@Component
class RecordDeclineDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final SignatureRequests signatures;

  RecordDeclineDelegate(ApplicationRegistry registry, SignatureRequests signatures) {
    this.registry = registry;
    this.signatures = signatures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    signatures.expirePending(application.getId());
    application.close(ApplicationStatus.REJECTED_BY_SIGNER, EngineTime.now());
    execution.setVariable(SignatureProcess.OUTCOME, SignatureProcess.DECLINED_OUTCOME);
  }
}
