package dk.puljeflow.transition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingMeetingRepository extends JpaRepository<CoachingMeeting, Long> {

  List<CoachingMeeting> findByParticipantIdOrderByHeldOnAscIdAsc(Long participantId);
}
