package dk.puljeflow.contract;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** JPQL rather than a derived query: Hibernate caches a JPQL query's plan, not a criteria query's. */
public interface GrantContractRepository extends JpaRepository<GrantContract, Long> {

  @Query("select c from GrantContract c where c.applicationId = :applicationId")
  Optional<GrantContract> findByApplicationId(Long applicationId);
}
