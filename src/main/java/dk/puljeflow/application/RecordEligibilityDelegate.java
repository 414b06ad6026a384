package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import dk.puljeflow.signature.SignatureRequests;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record eligibility": stores what the pool's rules found. Ineligible ends the case as rejected, with
 * the rules' reasons on the application and in the letter to the applicant.
 */
@Component
class RecordEligibilityDelegate implements JavaDelegate {

  static final String REASONS = "ineligibilityReasons";
  static final String ELIGIBLE = "eligible";

  private final ApplicationRegistry registry;
  private final SignatureRequests signatures;
  private final CaseLog caseLog;
  private final Notifier notifier;

  RecordEligibilityDelegate(ApplicationRegistry registry, SignatureRequests signatures, CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.signatures = signatures;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    @SuppressWarnings("unchecked")
    List<String> reasons = execution.getVariable(REASONS) instanceof List<?> found ? (List<String>) found : List.of();
    execution.removeVariable(REASONS);
    application.recordEligibility(EngineTime.now(), reasons);
    execution.setVariable(ELIGIBLE, reasons.isEmpty());
    if (reasons.isEmpty()) {
      caseLog.record(application.getId(), "ELIGIBLE", execution.getCurrentActivityId());
      return;
    }
    String explanation = String.join(" ", reasons);
    application.recordDecision(EngineTime.now(), null, null, explanation);
    signatures.expirePending(application.getId());
    application.close(ApplicationStatus.REJECTED, EngineTime.now());
    caseLog.record(application.getId(), "INELIGIBLE", explanation);
    notifier.send(new Notice(NoticeType.DECISION_REJECTED, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "reason", explanation,
        "reasons", reasons)));
  }
}
