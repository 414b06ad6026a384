package dk.puljeflow.recruitment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** Where a hired candidate does one internship period (praktikperiode) of the education. */
@Entity
public class InternshipPlacement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long candidateId;
  private int period;
  private String workplace;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Instant recordedAt;
  private String recordedBy;

  protected InternshipPlacement() {}

  InternshipPlacement(Long candidateId, int period, String workplace, LocalDate startsOn, LocalDate endsOn,
      Instant recordedAt, String recordedBy) {
    this.candidateId = candidateId;
    this.period = period;
    this.workplace = workplace;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public Long getCandidateId() { return candidateId; }
  public int getPeriod() { return period; }
  public String getWorkplace() { return workplace; }
  public LocalDate getStartsOn() { return startsOn; }
  public LocalDate getEndsOn() { return endsOn; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
}
