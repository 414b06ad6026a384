package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Writes the case event log. Events are named in the past tense: RECEIVED, FULLY_SIGNED, APPROVED, ... */
@Component
public class CaseLog {

  private final CaseEventRepository events;
  private final IdentityService identityService;

  CaseLog(CaseEventRepository events, IdentityService identityService) {
    this.events = events;
    this.identityService = identityService;
  }

  public long count(Long applicationId, String eventType) {
    return events.countByApplicationIdAndEventType(applicationId, eventType);
  }

  /** An event caused by the user signed in to the engine (Tasklist, engine REST), or by the engine itself. */
  public void record(Long applicationId, String eventType, String detail) {
    record(applicationId, eventType, currentUser(), detail);
  }

  /** An event reported through the application's own API, which names the user itself. */
  public void record(Long applicationId, String eventType, String actor, String detail) {
    events.save(new CaseEvent(applicationId, eventType, EngineTime.now(), actor, detail));
  }

  /** The user signed in to the engine, or null when the engine acts on its own (a job, a timer). */
  public String currentUser() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }
}
