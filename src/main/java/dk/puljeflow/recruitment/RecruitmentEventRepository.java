package dk.puljeflow.recruitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecruitmentEventRepository extends JpaRepository<RecruitmentEvent, Long> {

  List<RecruitmentEvent> findByCandidateIdOrderByOccurredAtAscIdAsc(Long candidateId);
}
