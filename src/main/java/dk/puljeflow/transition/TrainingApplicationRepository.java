package dk.puljeflow.transition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingApplicationRepository extends JpaRepository<TrainingApplication, Long> {

  List<TrainingApplication> findByParticipantIdOrderById(Long participantId);
}
