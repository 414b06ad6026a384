package dk.puljeflow.recruitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternshipPlacementRepository extends JpaRepository<InternshipPlacement, Long> {

  List<InternshipPlacement> findByCandidateIdOrderByPeriodAsc(Long candidateId);
}
