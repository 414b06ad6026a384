package dk.puljeflow.contract;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantContractRepository extends JpaRepository<GrantContract, Long> {

  Optional<GrantContract> findByApplicationId(Long applicationId);
}
