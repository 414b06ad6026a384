package dk.puljeflow.application;

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

/**
 * "Confirm receipt": the applicant's letter with the case number and the status link that the
 * registration issued. It is the first step after the registration's transaction, so queuing the letter
 * is not part of the request that submits the application.
 */
@Component
class ConfirmReceiptDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final Notifier notifier;
  private final PersonalLinks links;

  ConfirmReceiptDelegate(ApplicationRegistry registry, Notifier notifier, PersonalLinks links) {
    this.registry = registry;
    this.notifier = notifier;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    PersonalLink statusLink = links.find(application.getId(), LinkPurpose.STATUS, null, null).orElseThrow(
        () -> new IllegalStateException("Application " + application.getApplicationNumber() + " has no status link"));
    notifier.send(new Notice(NoticeType.APPLICATION_RECEIVED, application.getId(), application.getApplicantEmail(),
        Map.of("applicationNumber", application.getApplicationNumber(), Notice.LINK_ID, statusLink.getId())));
  }
}
