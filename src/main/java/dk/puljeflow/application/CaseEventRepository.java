package dk.puljeflow.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  List<CaseEvent> findByApplicationIdOrderByOccurredAtAscIdAsc(Long applicationId);

  /** JPQL rather than a derived query: Hibernate caches a JPQL query's plan, not a criteria query's. */
  @Query("select count(e) from CaseEvent e where e.applicationId = :applicationId and e.eventType = :eventType")
  long countByApplicationIdAndEventType(Long applicationId, String eventType);
}
