package dk.puljeflow.transition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dismissed person listed in a transition project, and what became of them: the mapping meeting, the
 * decision to join, the supplier and coach, the funding their need level brought, and the outcome. Personal
 * data lives here; the person's process holds only the id, the number and the name.
 */
@Entity
@Table(name = "tsl_participant")
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  /** The project's application. */
  private Long applicationId;
  private String participantNumber;
  private String name;
  private String email;
  private LocalDate lastDayOfEmployment;
  /** The last day of support: one year after the last day of employment. */
  private LocalDate supportEndsOn;
  @Enumerated(EnumType.STRING)
  private ParticipantStatus status;
  private Instant mappingMeetingAt;
  private String mappingMeetingPlace;
  private String adviserName;
  private int mappingMeetingsMissed;
  private LocalDate mappingMeetingHeldOn;
  @Enumerated(EnumType.STRING)
  private NeedLevel needLevel;
  private String needsNote;
  private LocalDate participationDecidedOn;
  private String supplierId;
  private String coachName;
  private Instant supportStartedAt;
  private BigDecimal fundingAmount;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private LocalDate outcomeOn;
  private String outcomeNote;
  private Instant endedAt;
  private String processInstanceId;
  @Version
  @Column(nullable = false)
  private long version;

  protected Participant() {}

  Participant(Long applicationId, String participantNumber, String name, String email, LocalDate lastDayOfEmployment) {
    this.applicationId = applicationId;
    this.participantNumber = participantNumber;
    this.name = name;
    this.email = email;
    this.lastDayOfEmployment = lastDayOfEmployment;
    this.supportEndsOn = TransitionTime.lastDayOfSupport(lastDayOfEmployment);
    this.status = ParticipantStatus.LISTED;
  }

  void linkProcessInstance(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  // --- stages, in the order the person's process passes them ------------------------------------

  void mappingMeetingBooked(Instant at, String place, String adviser) {
    moveTo(ParticipantStatus.MAPPING_MEETING_BOOKED);
    this.mappingMeetingAt = at;
    this.mappingMeetingPlace = place;
    this.adviserName = adviser;
  }

  void mappingMeetingHeld(LocalDate on, NeedLevel level, String note) {
    moveTo(ParticipantStatus.MAPPING_MEETING_HELD);
    this.mappingMeetingHeldOn = on;
    this.needLevel = level;
    this.needsNote = note;
  }

  void mappingMeetingMissed() {
    moveTo(ParticipantStatus.LISTED);
    this.mappingMeetingsMissed++;
  }

  void joined(LocalDate on) {
    moveTo(ParticipantStatus.JOINED);
    this.participationDecidedOn = on;
  }

  void declined(LocalDate on, Instant at) {
    moveTo(ParticipantStatus.DECLINED);
    this.participationDecidedOn = on;
    this.endedAt = at;
  }

  void offerLapsed(Instant at) {
    moveTo(ParticipantStatus.OFFER_LAPSED);
    this.endedAt = at;
  }

  void supportStarted(String supplierId, String coachName, Instant at) {
    moveTo(ParticipantStatus.IN_SUPPORT);
    this.supplierId = supplierId;
    this.coachName = coachName;
    this.supportStartedAt = at;
  }

  void funded(BigDecimal amount) {
    this.fundingAmount = amount;
  }

  /** The adviser records how the support ended early; it ends when the process has closed the support period. */
  void outcomeRecorded(Outcome outcome, LocalDate on, String note) {
    if (status != ParticipantStatus.IN_SUPPORT) {
      throw new IllegalStateException("Participant " + participantNumber + " is " + status + ", not in support");
    }
    this.outcome = outcome;
    this.outcomeOn = on;
    this.outcomeNote = note;
  }

  /** The year is over without a recorded outcome. */
  void timeLimitReached() {
    outcomeRecorded(Outcome.NO_OUTCOME_WITHIN_YEAR, supportEndsOn, null);
  }

  void supportEnded(Instant at) {
    moveTo(ParticipantStatus.SUPPORT_ENDED);
    this.endedAt = at;
  }

  private void moveTo(ParticipantStatus next) {
    if (status.isFinal()) {
      throw new IllegalStateException("Participant " + participantNumber + " is already " + status);
    }
    this.status = next;
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public String getParticipantNumber() { return participantNumber; }
  public String getName() { return name; }
  public String getEmail() { return email; }
  public LocalDate getLastDayOfEmployment() { return lastDayOfEmployment; }
  public LocalDate getSupportEndsOn() { return supportEndsOn; }
  public ParticipantStatus getStatus() { return status; }
  public Instant getMappingMeetingAt() { return mappingMeetingAt; }
  public String getMappingMeetingPlace() { return mappingMeetingPlace; }
  public String getAdviserName() { return adviserName; }
  public int getMappingMeetingsMissed() { return mappingMeetingsMissed; }
  public LocalDate getMappingMeetingHeldOn() { return mappingMeetingHeldOn; }
  public NeedLevel getNeedLevel() { return needLevel; }
  public String getNeedsNote() { return needsNote; }
  public LocalDate getParticipationDecidedOn() { return participationDecidedOn; }
  public String getSupplierId() { return supplierId; }
  public String getCoachName() { return coachName; }
  public Instant getSupportStartedAt() { return supportStartedAt; }
  public BigDecimal getFundingAmount() { return fundingAmount; }
  public Outcome getOutcome() { return outcome; }
  public LocalDate getOutcomeOn() { return outcomeOn; }
  public String getOutcomeNote() { return outcomeNote; }
  public Instant getEndedAt() { return endedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
