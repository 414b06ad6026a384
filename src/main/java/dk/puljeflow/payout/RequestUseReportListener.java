package dk.puljeflow.payout;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Report use of grant" opens, the payout stage starts (logged for the reports' stage times) and
 * the applicant side gets a personal link to report and upload receipts.
 */
@Component
class RequestUseReportListener implements TaskListener {

  private final ApplicationRegistry registry;
  private final PersonalLinks links;
  private final Notifier notifier;
  private final CaseLog caseLog;

  RequestUseReportListener(ApplicationRegistry registry, PersonalLinks links, Notifier notifier, CaseLog caseLog) {
    this.registry = registry;
    this.links = links;
    this.notifier = notifier;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(task));
    String stage = String.valueOf(PayoutProcess.stage(task));
    caseLog.record(application.getId(), "PAYOUT_REQUESTED", "stage " + stage);
    PersonalLink link = links.issue(application.getId(), LinkPurpose.REPORT_USE, null, stage, null);
    notifier.send(new Notice(NoticeType.USE_REPORT_REQUESTED, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "stage", stage,
        Notice.LINK_ID, link.getId()), stage));
  }
}
