package dk.puljeflow.signature;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import dk.puljeflow.pool.PoolDeadlines;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record full signature": the last party signed. That instant is the application's submission and
 * starts the decision clock.
 */
@Component
class RecordFullSignatureDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final SignatureRequests signatures;
  private final CaseLog caseLog;
  private final Notifier notifier;
  private final PoolDeadlines deadlines;

  RecordFullSignatureDelegate(ApplicationRegistry registry, SignatureRequests signatures, CaseLog caseLog,
      Notifier notifier, PoolDeadlines deadlines) {
    this.registry = registry;
    this.signatures = signatures;
    this.caseLog = caseLog;
    this.notifier = notifier;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    // The moment the last party signed, not when this job runs: a retried job must not move the clock.
    Instant submittedAt = signatures.of(application.getId()).stream()
        .map(Signature::getAnsweredAt)
        .max(Instant::compareTo)
        .orElseGet(EngineTime::now);
    application.recordSubmission(submittedAt);
    caseLog.record(application.getId(), "FULLY_SIGNED", submittedAt, null);
    execution.setVariable(SignatureProcess.OUTCOME, SignatureProcess.SIGNED);
    Instant answerBy = submittedAt.plus(deadlines.decision(registry.poolOf(application)));
    notifier.send(new Notice(NoticeType.FULLY_SIGNED, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "submittedAt", submittedAt,
        "answerBy", answerBy)));
  }
}
