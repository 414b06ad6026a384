package dk.puljeflow.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  List<CaseEvent> findByApplicationIdOrderByOccurredAtAscIdAsc(Long applicationId);

  long countByApplicationIdAndEventType(Long applicationId, String eventType);
}
