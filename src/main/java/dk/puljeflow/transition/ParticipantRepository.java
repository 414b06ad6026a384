package dk.puljeflow.transition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

  List<Participant> findByApplicationIdOrderById(Long applicationId);

  Optional<Participant> findByParticipantNumber(String participantNumber);

  long countBySupplierIdAndStatus(String supplierId, ParticipantStatus status);

  /** Everyone who was ever assigned to a supplier: the outcome report's population. */
  List<Participant> findBySupplierIdNotNullOrderByApplicationIdAscIdAsc();
}
