package dk.puljeflow.followup;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** JPQL rather than a derived query: Hibernate caches a JPQL query's plan, not a criteria query's. */
public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  @Query("select f from FollowUp f where f.applicationId = :applicationId and f.kind = :kind")
  Optional<FollowUp> findByApplicationIdAndKind(Long applicationId, FollowUp.Kind kind);
}
