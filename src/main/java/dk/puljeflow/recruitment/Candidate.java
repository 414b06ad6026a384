package dk.puljeflow.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A citizen the job centre referred to "Fra ledig til velfærdsmedarbejder", and what became of them at
 * each stage. Personal data lives here; the process holds only the id, the number and the name.
 */
@Entity
public class Candidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String candidateNumber;
  @Enumerated(EnumType.STRING)
  private CandidateStatus status;
  private String name;
  private LocalDate birthDate;
  private String email;
  private String phone;
  private String jobCentre;
  private String referralNote;
  private String referredBy;
  private Instant referredAt;
  private LocalDate informationMeetingOn;
  private int informationMeetingsMissed;
  @Enumerated(EnumType.STRING)
  private Education education;
  private LocalDate preCourseStart;
  private LocalDate preCourseEnd;
  private String preCourseContent;
  private LocalDate preCourseCompletedOn;
  private String intakeId;
  private Instant appliedAt;
  @Enumerated(EnumType.STRING)
  private InterviewOutcome interviewOutcome;
  private String interviewNote;
  private Instant interviewedAt;
  private LocalDate employmentStart;
  @Enumerated(EnumType.STRING)
  private PayScale payScale;
  private String mentor;
  private String educationCoordinator;
  private String practiceSupervisor;
  private String educationAdviser;
  private LocalDate graduatedOn;
  private String jobOfferWorkplace;
  private LocalDate jobOfferStart;
  private Boolean jobOfferAccepted;
  @Enumerated(EnumType.STRING)
  private CandidateStatus dropOutStage;
  private String dropOutReason;
  private Instant closedAt;
  private String processInstanceId;
  @Version
  @Column(nullable = false)
  private long version;

  public enum InterviewOutcome { HIRED, NOT_HIRED }

  protected Candidate() {}

  Candidate(ReferralRequest referral, String referredBy, Instant referredAt) {
    this.status = CandidateStatus.REFERRED;
    this.name = referral.name().trim();
    this.birthDate = referral.birthDate();
    this.email = blankToNull(referral.email());
    this.phone = blankToNull(referral.phone());
    this.jobCentre = referral.jobCentre().trim();
    this.referralNote = blankToNull(referral.note());
    this.referredBy = referredBy;
    this.referredAt = referredAt;
  }

  void assignNumber(int year) {
    this.candidateNumber = "FLV-%d-%06d".formatted(year, id);
  }

  void linkProcessInstance(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** Whole years of age on that day; a birthday on the day itself counts. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  // --- stages, in the order the process passes them ------------------------------------------

  void informationMeetingBooked(LocalDate on) {
    moveTo(CandidateStatus.INFORMATION_MEETING_BOOKED);
    this.informationMeetingOn = on;
  }

  void informationMeetingAttended() {
    moveTo(CandidateStatus.INFORMATION_MEETING_ATTENDED);
  }

  void informationMeetingMissed() {
    moveTo(CandidateStatus.REFERRED);
    this.informationMeetingsMissed++;
  }

  void preCourseAgreed(Education education, LocalDate start, LocalDate end, String content) {
    moveTo(CandidateStatus.IN_PRE_COURSE);
    this.education = education;
    this.preCourseStart = start;
    this.preCourseEnd = end;
    this.preCourseContent = content;
  }

  void preCourseCompleted(LocalDate on) {
    moveTo(CandidateStatus.PRE_COURSE_COMPLETED);
    this.preCourseCompletedOn = on;
  }

  void appliedFor(Intake intake, Instant at) {
    moveTo(CandidateStatus.APPLIED);
    this.intakeId = intake.getId();
    this.appliedAt = at;
  }

  void interviewed(InterviewOutcome outcome, String note, Instant at) {
    moveTo(outcome == InterviewOutcome.HIRED ? CandidateStatus.HIRED : CandidateStatus.NOT_HIRED);
    this.interviewOutcome = outcome;
    this.interviewNote = note;
    this.interviewedAt = at;
    if (outcome == InterviewOutcome.NOT_HIRED) {
      this.closedAt = at;
    }
  }

  void employmentTerms(LocalDate start, PayScale payScale) {
    this.employmentStart = start;
    this.payScale = payScale;
  }

  void employmentStarted() {
    moveTo(CandidateStatus.IN_EDUCATION);
  }

  void supportAssigned(String mentor, String educationCoordinator, String practiceSupervisor, String educationAdviser) {
    this.mentor = mentor;
    this.educationCoordinator = educationCoordinator;
    this.practiceSupervisor = practiceSupervisor;
    this.educationAdviser = educationAdviser;
  }

  void graduated(LocalDate on) {
    moveTo(CandidateStatus.GRADUATED);
    this.graduatedOn = on;
  }

  void jobOffered(String workplace, LocalDate start, boolean accepted, Instant at) {
    moveTo(accepted ? CandidateStatus.EMPLOYED : CandidateStatus.JOB_OFFER_DECLINED);
    this.jobOfferWorkplace = workplace;
    this.jobOfferStart = start;
    this.jobOfferAccepted = accepted;
    this.closedAt = at;
  }

  /** Ends the candidate's path at the stage they have reached. */
  void droppedOut(String reason, Instant at) {
    this.dropOutStage = status;
    moveTo(CandidateStatus.DROPPED_OUT);
    this.dropOutReason = reason;
    this.closedAt = at;
  }

  private void moveTo(CandidateStatus next) {
    if (status.isFinal()) {
      throw new IllegalStateException("Candidate " + candidateNumber + " is already " + status);
    }
    this.status = next;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public Long getId() { return id; }
  public String getCandidateNumber() { return candidateNumber; }
  public CandidateStatus getStatus() { return status; }
  public String getName() { return name; }
  public LocalDate getBirthDate() { return birthDate; }
  public String getEmail() { return email; }
  public String getPhone() { return phone; }
  public String getJobCentre() { return jobCentre; }
  public String getReferralNote() { return referralNote; }
  public String getReferredBy() { return referredBy; }
  public Instant getReferredAt() { return referredAt; }
  public LocalDate getInformationMeetingOn() { return informationMeetingOn; }
  public int getInformationMeetingsMissed() { return informationMeetingsMissed; }
  public Education getEducation() { return education; }
  public LocalDate getPreCourseStart() { return preCourseStart; }
  public LocalDate getPreCourseEnd() { return preCourseEnd; }
  public String getPreCourseContent() { return preCourseContent; }
  public LocalDate getPreCourseCompletedOn() { return preCourseCompletedOn; }
  public String getIntakeId() { return intakeId; }
  public Instant getAppliedAt() { return appliedAt; }
  public InterviewOutcome getInterviewOutcome() { return interviewOutcome; }
  public String getInterviewNote() { return interviewNote; }
  public Instant getInterviewedAt() { return interviewedAt; }
  public LocalDate getEmploymentStart() { return employmentStart; }
  public PayScale getPayScale() { return payScale; }
  public String getMentor() { return mentor; }
  public String getEducationCoordinator() { return educationCoordinator; }
  public String getPracticeSupervisor() { return practiceSupervisor; }
  public String getEducationAdviser() { return educationAdviser; }
  public LocalDate getGraduatedOn() { return graduatedOn; }
  public String getJobOfferWorkplace() { return jobOfferWorkplace; }
  public LocalDate getJobOfferStart() { return jobOfferStart; }
  public Boolean getJobOfferAccepted() { return jobOfferAccepted; }
  public CandidateStatus getDropOutStage() { return dropOutStage; }
  public String getDropOutReason() { return dropOutReason; }
  public Instant getClosedAt() { return closedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
