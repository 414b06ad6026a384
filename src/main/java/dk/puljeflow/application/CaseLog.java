package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Writes the case event log. Events are named in the past tense: RECEIVED, FULLY_SIGNED, APPROVED, ... */
@Component
public class CaseLog {

  /** case_event.detail */
  static final int MAX_DETAIL = 1000;

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
    record(applicationId, eventType, EngineTime.now(), detail);
  }

  /**
   * An event that happened before the step recording it ran, such as a decision recorded by a later
   * job: the log keeps when it happened, so stage times in the reports are not stretched by job delays.
   */
  public void record(Long applicationId, String eventType, Instant occurredAt, String detail) {
    save(applicationId, eventType, occurredAt, currentUser(), detail);
  }

  /** An event reported through the application's own API, which names the user itself. */
  public void record(Long applicationId, String eventType, String actor, String detail) {
    save(applicationId, eventType, EngineTime.now(), actor, detail);
  }

  /** The user signed in to the engine, or null when the engine acts on its own (a job, a timer). */
  public String currentUser() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }

  /** The detail is a summary: one longer than an entry holds is shortened (the full text stays where it belongs). */
  private void save(Long applicationId, String eventType, Instant occurredAt, String actor, String detail) {
    events.save(new CaseEvent(applicationId, eventType, occurredAt, actor, shortened(detail)));
  }

  private static String shortened(String detail) {
    return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
  }
}
