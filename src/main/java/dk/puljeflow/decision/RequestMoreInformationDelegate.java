package dk.puljeflow.decision;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Request more information": the caseworker needs more from the applicant side before deciding. */
@Component
class RequestMoreInformationDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final CaseLog caseLog;
  private final Notifier notifier;
  private final PersonalLinks links;

  RequestMoreInformationDelegate(ApplicationRegistry registry, CaseLog caseLog, Notifier notifier, PersonalLinks links) {
    this.registry = registry;
    this.caseLog = caseLog;
    this.notifier = notifier;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    String question = (String) execution.getVariable(DecisionProcess.REASON);
    application.moveTo(ApplicationStatus.MORE_INFORMATION_REQUESTED);
    caseLog.record(application.getId(), "MORE_INFORMATION_REQUESTED", question);
    long round = caseLog.count(application.getId(), "MORE_INFORMATION_REQUESTED");
    PersonalLink link = links.issue(application.getId(), LinkPurpose.PROVIDE_INFORMATION, null, String.valueOf(round), null);
    notifier.send(new Notice(NoticeType.MORE_INFORMATION_NEEDED, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "question", question,
        "decisionDueAt", application.getDecisionDueAt(),
        Notice.LINK_ID, link.getId()), String.valueOf(round)));
  }
}
