package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import java.time.Instant;
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

  public void record(Long applicationId, String eventType, String detail) {
    record(applicationId, eventType, EngineTime.now(), detail);
  }

  /**
   * An event that happened before the step recording it ran, such as a decision recorded by a later
   * job: the log keeps when it happened, so stage times in the reports are not stretched by job delays.
   */
  public void record(Long applicationId, String eventType, Instant occurredAt, String detail) {
    Authentication user = identityService.getCurrentAuthentication();
    events.save(new CaseEvent(applicationId, eventType, occurredAt, user == null ? null : user.getUserId(), detail));
  }
}
