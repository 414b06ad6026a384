package dk.puljeflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The queries on the path of every letter are JPQL: Hibernate caches a JPQL query's plan, while a derived
 * query (built as a criteria query) is translated again on every call.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

  @Query("""
      select case when count(n) > 0 then true else false end from Notification n
      where n.applicationId = :applicationId and n.noticeType = :type and n.occurrence = :occurrence
        and n.recipient = :recipient""")
  boolean existsByApplicationIdAndNoticeTypeAndOccurrenceAndRecipient(Long applicationId, NoticeType type, String occurrence,
      String recipient);

  List<Notification> findByApplicationIdOrderById(Long applicationId);
}
