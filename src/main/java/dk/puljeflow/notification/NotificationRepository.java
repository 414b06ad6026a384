package dk.puljeflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByApplicationIdAndNoticeTypeAndOccurrenceAndRecipient(Long applicationId, NoticeType type, String occurrence,
      String recipient);

  List<Notification> findByApplicationIdOrderById(Long applicationId);
}
