package dk.puljeflow.application;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One thing that happened to a case. Kept in the application's tables so reports outlive engine history. */
@Entity
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  private String eventType;
  private Instant occurredAt;
  private String actor;
  private String detail;

  protected CaseEvent() {}

  CaseEvent(Long applicationId, String eventType, Instant occurredAt, String actor, String detail) {
    this.applicationId = applicationId;
    this.eventType = eventType;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.detail = detail;
  }

  public Long getApplicationId() { return applicationId; }
  public String getEventType() { return eventType; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getActor() { return actor; }
  public String getDetail() { return detail; }
}
