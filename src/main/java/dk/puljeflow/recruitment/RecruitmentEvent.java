package dk.puljeflow.recruitment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One stage a candidate passed (or left at). Kept in the application's own tables, so funnels and
 * reports can be computed without the engine's history, which is cleaned up after its time to live.
 */
@Entity
public class RecruitmentEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long candidateId;
  private String eventType;
  private Instant occurredAt;
  private String actor;
  private String detail;

  protected RecruitmentEvent() {}

  RecruitmentEvent(Long candidateId, String eventType, Instant occurredAt, String actor, String detail) {
    this.candidateId = candidateId;
    this.eventType = eventType;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.detail = detail;
  }

  public Long getCandidateId() { return candidateId; }
  public String getEventType() { return eventType; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getActor() { return actor; }
  public String getDetail() { return detail; }
}
