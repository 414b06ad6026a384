package dk.puljeflow.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A decision that was not made by its deadline. */
@Entity
public class SlaBreach {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  private Instant deadline;
  private Instant recordedAt;

  protected SlaBreach() {}

  SlaBreach(Long applicationId, Instant deadline, Instant recordedAt) {
    this.applicationId = applicationId;
    this.deadline = deadline;
    this.recordedAt = recordedAt;
  }

  public Long getApplicationId() { return applicationId; }
  public Instant getDeadline() { return deadline; }
  public Instant getRecordedAt() { return recordedAt; }
}
