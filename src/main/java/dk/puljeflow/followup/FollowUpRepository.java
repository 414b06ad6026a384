package dk.puljeflow.followup;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  Optional<FollowUp> findByApplicationIdAndKind(Long applicationId, FollowUp.Kind kind);
}
