package dk.puljeflow.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An application to a pool and what has been decided about it. The process holds only its id. */
@Entity
public class GrantApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String applicationNumber;
  private String poolId;
  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;
  private String applicantName;
  private String applicantEmail;
  private String workplaceName;
  private String activity;
  private BigDecimal requestedAmount;
  private Integer buyoutHours;
  private Integer consultancyHours;
  private LocalDate projectStart;
  private LocalDate projectEnd;
  private LocalDate leavingDate;
  private String activityCategory;
  private Boolean offeredByMunicipality;
  private Boolean releasedFromDuty;
  private LocalDate releasePeriodEnds;
  private Integer newlyGraduatedSocialWorkers;
  private Boolean medCommitteeInformed;
  private String coordinatorName;
  private String workingGroup;
  private Boolean employedInJobCentre;
  private String moduleLevel;
  private Integer moduleCount;
  private Instant eligibilityCheckedAt;
  /** The reasons the pool's rules found the application ineligible, one per line; null when eligible. */
  private String ineligibilityReasons;
  private Instant receivedAt;
  private Instant signatureExpiresAt;
  /** When the last required party signed: the start of the decision clock. */
  private Instant submittedAt;
  private Instant decisionDueAt;
  private Instant decidedAt;
  private BigDecimal grantedAmount;
  private Integer grantedHours;
  private String decisionReason;
  private String additionalInformation;
  private Instant closedAt;
  private String processInstanceId;
  /** The Idempotency-Key the application was submitted with, and the SHA-256 of that request's body. */
  private String idempotencyKey;
  private String requestHash;
  @Version
  @Column(nullable = false)
  private long version;

  protected GrantApplication() {}

  GrantApplication(ApplicationRequest request, Instant receivedAt) {
    this.poolId = request.poolId();
    this.status = ApplicationStatus.RECEIVED;
    this.applicantName = request.applicantName();
    this.applicantEmail = request.applicantEmail();
    this.workplaceName = request.workplaceName();
    this.activity = request.activity();
    this.requestedAmount = request.requestedAmount();
    this.buyoutHours = request.buyoutHours();
    this.consultancyHours = request.consultancyHours();
    this.projectStart = request.projectStart();
    this.projectEnd = request.projectEnd();
    this.leavingDate = request.leavingDate();
    this.receivedAt = receivedAt;
    SchemeDetails details = request.schemeDetails();
    this.activityCategory = details.activityCategory();
    this.offeredByMunicipality = details.offeredByMunicipality();
    this.releasedFromDuty = details.releasedFromDuty();
    this.releasePeriodEnds = details.releasePeriodEnds();
    this.newlyGraduatedSocialWorkers = details.newlyGraduatedSocialWorkers();
    this.medCommitteeInformed = details.medCommitteeInformed();
    this.coordinatorName = details.coordinatorName();
    this.workingGroup = details.workingGroup();
    this.employedInJobCentre = details.employedInJobCentre();
    this.moduleLevel = details.moduleLevel();
    this.moduleCount = details.moduleCount();
  }

  public SchemeDetails schemeDetails() {
    return new SchemeDetails(activityCategory, offeredByMunicipality, releasedFromDuty, releasePeriodEnds,
        newlyGraduatedSocialWorkers, medCommitteeInformed, coordinatorName, workingGroup, employedInJobCentre, moduleLevel,
        moduleCount);
  }

  public void recordEligibility(Instant at, java.util.List<String> reasons) {
    this.eligibilityCheckedAt = at;
    this.ineligibilityReasons = reasons.isEmpty() ? null : String.join("\n", reasons);
  }

  /** The readable number used as business key, e.g. TP-2026-000123. */
  void assignNumber(String prefix, int year) {
    this.applicationNumber = "%s-%d-%06d".formatted(prefix, year, id);
  }

  public void moveTo(ApplicationStatus next) {
    if (status.isFinal()) {
      throw new IllegalStateException("Application " + applicationNumber + " is already " + status);
    }
    this.status = next;
  }

  public void awaitSignaturesUntil(Instant expiresAt) {
    this.signatureExpiresAt = expiresAt;
    moveTo(ApplicationStatus.AWAITING_SIGNATURES);
  }

  public void recordSubmission(Instant fullySignedAt) {
    this.submittedAt = fullySignedAt;
    moveTo(ApplicationStatus.AWAITING_DECISION);
  }

  public void recordDecisionDue(Instant dueAt) {
    this.decisionDueAt = dueAt;
  }

  public void recordDecision(Instant at, BigDecimal amount, Integer hours, String reason) {
    this.decidedAt = at;
    this.grantedAmount = amount;
    this.grantedHours = hours;
    this.decisionReason = reason;
  }

  public void recordAdditionalInformation(String information) {
    this.additionalInformation = information;
  }

  public void close(ApplicationStatus finalStatus, Instant at) {
    moveTo(finalStatus);
    this.closedAt = at;
  }

  void identifyRequest(String idempotencyKey, String requestHash) {
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
  }

  public void linkProcessInstance(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public String getApplicationNumber() { return applicationNumber; }
  public String getPoolId() { return poolId; }
  public ApplicationStatus getStatus() { return status; }
  public String getApplicantName() { return applicantName; }
  public String getApplicantEmail() { return applicantEmail; }
  public String getWorkplaceName() { return workplaceName; }
  public String getActivity() { return activity; }
  public BigDecimal getRequestedAmount() { return requestedAmount; }
  public Integer getBuyoutHours() { return buyoutHours; }
  public Integer getConsultancyHours() { return consultancyHours; }
  public LocalDate getProjectStart() { return projectStart; }
  public LocalDate getProjectEnd() { return projectEnd; }
  public LocalDate getLeavingDate() { return leavingDate; }
  public Instant getReceivedAt() { return receivedAt; }
  public Instant getEligibilityCheckedAt() { return eligibilityCheckedAt; }
  public java.util.List<String> getIneligibilityReasons() {
    return ineligibilityReasons == null ? java.util.List.of() : java.util.List.of(ineligibilityReasons.split("\n"));
  }
  public Instant getSignatureExpiresAt() { return signatureExpiresAt; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Instant getDecisionDueAt() { return decisionDueAt; }
  public Instant getDecidedAt() { return decidedAt; }
  public BigDecimal getGrantedAmount() { return grantedAmount; }
  public Integer getGrantedHours() { return grantedHours; }
  public String getDecisionReason() { return decisionReason; }
  public String getAdditionalInformation() { return additionalInformation; }
  public Instant getClosedAt() { return closedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  String getRequestHash() { return requestHash; }
}
