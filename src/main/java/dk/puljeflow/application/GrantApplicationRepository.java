package dk.puljeflow.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

  Optional<GrantApplication> findByApplicationNumber(String applicationNumber);
}
