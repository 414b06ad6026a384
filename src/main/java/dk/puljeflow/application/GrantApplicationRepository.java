package dk.puljeflow.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long>,
    JpaSpecificationExecutor<GrantApplication> {

  Optional<GrantApplication> findByApplicationNumber(String applicationNumber);

  Optional<GrantApplication> findByIdempotencyKey(String idempotencyKey);
}
