package dk.puljeflow.contract;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Completing a "Sign contract" task signs for the workplace or for the pool, by which task it is. */
@Component
class RecordContractSignatureListener implements TaskListener {

  static final String WORKPLACE_TASK = "SignContractForWorkplace";
  static final String SIGNED_BY = "signedBy";

  private final GrantContractRepository contracts;
  private final CaseLog caseLog;

  RecordContractSignatureListener(GrantContractRepository contracts, CaseLog caseLog) {
    this.contracts = contracts;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    // An unticked box arrives as false, not as missing: only true is an acceptance.
    if (!TaskForms.checked(task, "contractAccepted")) {
      throw TaskForms.refuse("contractAccepted", "The contract must be accepted to sign it");
    }
    Long applicationId = ProcessVariables.applicationId(task);
    GrantContract contract = contracts.findByApplicationId(applicationId).orElseThrow();
    String signer = signerOf(task);
    boolean forWorkplace = WORKPLACE_TASK.equals(task.getTaskDefinitionKey());
    if (forWorkplace) {
      contract.signForWorkplace(signer, EngineTime.now());
    } else {
      contract.signForPool(signer, EngineTime.now());
    }
    caseLog.record(applicationId, forWorkplace ? "CONTRACT_SIGNED_BY_WORKPLACE" : "CONTRACT_SIGNED_FOR_POOL", signer);
    task.removeVariable("contractAccepted");
    task.removeVariable(SIGNED_BY);
  }

  /**
   * Who signs: the task's assignee, or, when a candidate completed the unclaimed task (the engine
   * REST API does not require a claim), the signed-in user who completed it.
   */
  private static String signerOf(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null) {
      return user.getUserId();
    }
    // Signed through the workplace's personal link: the public page names the manager who signs.
    return TaskForms.optionalText(task, SIGNED_BY);
  }
}
