package dk.puljeflow.recruitment;

import dk.puljeflow.EngineTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Writes the recruitment event log: one row per stage event of a candidate, with who did it. */
@Component
public class RecruitmentLog {

  private final RecruitmentEventRepository events;
  private final IdentityService identityService;

  RecruitmentLog(RecruitmentEventRepository events, IdentityService identityService) {
    this.events = events;
    this.identityService = identityService;
  }

  /** An event caused by the user signed in to the engine (Tasklist, engine REST), or by the engine itself. */
  public void record(Long candidateId, RecruitmentEventType type, String detail) {
    record(candidateId, type, currentUser(), detail);
  }

  public void record(Long candidateId, RecruitmentEventType type, String actor, String detail) {
    events.save(new RecruitmentEvent(candidateId, type.name(), EngineTime.now(), actor, detail));
  }

  public List<RecruitmentEvent> of(Long candidateId) {
    return events.findByCandidateIdOrderByOccurredAtAscIdAsc(candidateId);
  }

  String currentUser() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }
}
