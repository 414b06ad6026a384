package dk.puljeflow.notification;

import dk.puljeflow.EngineTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each delivery attempt in its own transaction, so the count and the last error survive the
 * failed job that made them, and "sent" is stored the moment the mail server has accepted the mail.
 */
@Component
class NotificationAttempts {

  private final NotificationRepository notifications;

  NotificationAttempts(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Notification begin(Long id) {
    Notification notification = notifications.findById(id).orElseThrow();
    if (notification.getStatus() == Notification.Status.PENDING) {
      notification.attempted();
    }
    return notification;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(Long id, String error) {
    notifications.findById(id).orElseThrow().recordError(error);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(Long id, String subject) {
    notifications.findById(id).orElseThrow().sent(subject, EngineTime.now());
  }
}
