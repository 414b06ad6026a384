package dk.puljeflow.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long>,
    JpaSpecificationExecutor<GrantApplication> {

  /** JPQL rather than derived queries: Hibernate caches a JPQL query's plan, not a criteria query's. */
  @Query("select a from GrantApplication a where a.applicationNumber = :applicationNumber")
  Optional<GrantApplication> findByApplicationNumber(String applicationNumber);

  @Query("select a from GrantApplication a where a.idempotencyKey = :idempotencyKey")
  Optional<GrantApplication> findByIdempotencyKey(String idempotencyKey);
}
