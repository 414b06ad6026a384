package dk.puljeflow.notification;

import dk.puljeflow.EngineTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter's delivery record. A delivered letter is read and marked sent in its sending job's own
 * transaction: one commit per letter. A failed attempt is recorded in a transaction of its own, so its
 * count and error survive the rollback of the job that made it.
 */
@Component
class NotificationAttempts {

  private final NotificationRepository notifications;

  NotificationAttempts(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @Transactional
  public Notification find(Long id) {
    return notifications.findById(id).orElseThrow();
  }

  /**
   * Stored when the sending job commits, right after the mail server has accepted the mail. Should that
   * commit fail, the retried job sends the letter again: delivery is at least once, never lost.
   */
  @Transactional
  public void sent(Long id, String subject) {
    notifications.findById(id).orElseThrow().sent(subject, EngineTime.now());
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(Long id, String error) {
    notifications.findById(id).orElseThrow().attemptFailed(error);
  }
}
