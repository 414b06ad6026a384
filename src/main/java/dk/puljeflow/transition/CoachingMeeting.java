package dk.puljeflow.transition;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One individual meeting between a participant and the job coach. */
@Entity
@Table(name = "tsl_coaching_meeting")
public class CoachingMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long participantId;
  private LocalDate heldOn;
  @Enumerated(EnumType.STRING)
  private MeetingType meetingType;
  private String note;
  private Instant recordedAt;
  private String recordedBy;

  protected CoachingMeeting() {}

  CoachingMeeting(Long participantId, LocalDate heldOn, MeetingType meetingType, String note, Instant recordedAt,
      String recordedBy) {
    this.participantId = participantId;
    this.heldOn = heldOn;
    this.meetingType = meetingType;
    this.note = note;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public Long getId() { return id; }
  public Long getParticipantId() { return participantId; }
  public LocalDate getHeldOn() { return heldOn; }
  public MeetingType getMeetingType() { return meetingType; }
  public String getNote() { return note; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
}
