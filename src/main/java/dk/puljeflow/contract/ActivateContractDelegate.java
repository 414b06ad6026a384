package dk.puljeflow.contract;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Activate contract": both parties signed; the project runs. */
@Component
class ActivateContractDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final GrantContractRepository contracts;
  private final CaseLog caseLog;

  ActivateContractDelegate(ApplicationRegistry registry, GrantContractRepository contracts, CaseLog caseLog) {
    this.registry = registry;
    this.contracts = contracts;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = ProcessVariables.applicationId(execution);
    contracts.findByApplicationId(applicationId).orElseThrow().activate(EngineTime.now());
    registry.find(applicationId).moveTo(ApplicationStatus.ACTIVE);
    caseLog.record(applicationId, "CONTRACT_ACTIVE", null);
  }
}
