package dk.puljeflow.notification;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.GrantApplicationRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Queues a notice in the same transaction as the work that causes it, and starts its own small
 * process ("Send notification") to deliver it. Sending is thus a separate, retried job: a mail server
 * that is down never rolls back the signature, decision or payout, and after the retries an
 * incident in Cockpit says which mail is stuck. A notice queued before (same case, kind, occurrence
 * and recipient) is not queued again.
 */
@Component
class MailNotifier implements Notifier {

  static final String PROCESS_KEY = "notification";
  static final String NOTIFICATION_ID = "notificationId";

  private final NotificationRepository notifications;
  private final GrantApplicationRepository applications;
  private final RuntimeService runtimeService;

  MailNotifier(NotificationRepository notifications, GrantApplicationRepository applications, RuntimeService runtimeService) {
    this.notifications = notifications;
    this.applications = applications;
    this.runtimeService = runtimeService;
  }

  @Override
  public void send(Notice notice) {
    if (notifications.existsByApplicationIdAndNoticeTypeAndOccurrenceAndRecipient(notice.applicationId(), notice.type(),
        notice.occurrence(), notice.recipient())) {
      return;
    }
    Notification queued = notifications.save(new Notification(notice, NoticeFacts.toJson(notice.facts()), EngineTime.now()));
    String caseNumber = applications.findById(notice.applicationId()).map(a -> a.getApplicationNumber()).orElse(null);
    runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(caseNumber)
        .setVariable(NOTIFICATION_ID, queued.getId())
        .execute();
  }
}
