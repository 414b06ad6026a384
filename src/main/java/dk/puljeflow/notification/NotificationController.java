package dk.puljeflow.notification;

import dk.puljeflow.application.ApplicationService;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/applications/{number}/notifications: every letter of a case and whether it went out. */
@RestController
class NotificationController {

  private final NotificationRepository notifications;
  private final ApplicationService applications;

  NotificationController(NotificationRepository notifications, ApplicationService applications) {
    this.notifications = notifications;
    this.applications = applications;
  }

  record NotificationView(String type, String occurrence, String recipient, String subject, String status, int attempts,
      Instant createdAt, Instant sentAt, String lastError) {

    static NotificationView of(Notification n) {
      return new NotificationView(n.getNoticeType().name(), n.getOccurrence(), n.getRecipient(), n.getSubject(),
          n.getStatus().name(), n.getAttempts(), n.getCreatedAt(), n.getSentAt(), n.getLastError());
    }
  }

  @GetMapping("/api/applications/{number}/notifications")
  @Transactional(readOnly = true)
  List<NotificationView> list(@PathVariable String number) {
    // byNumber answers not found for an unknown case and for one outside the caseworker's pools.
    Long applicationId = applications.byNumber(number).getId();
    return notifications.findByApplicationIdOrderById(applicationId).stream().map(NotificationView::of).toList();
  }
}
