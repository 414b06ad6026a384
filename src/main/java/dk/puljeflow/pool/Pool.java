package dk.puljeflow.pool;

import dk.puljeflow.signature.SignerRole;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A budget applications draw on, with the rules of its scheme: who signs, which stages, which deadlines. */
@Entity
public class Pool {

  @Id
  private String id;
  private String name;
  private String currency;
  private int budgetYear;
  private BigDecimal budget;
  private BigDecimal carryOver;
  private BigDecimal capPerApplication;
  private LocalDate opensOn;
  private LocalDate closesOn;
  @Convert(converter = SignerRolesConverter.class)
  private Set<SignerRole> signerRoles = EnumSet.noneOf(SignerRole.class);
  private boolean usesContract;
  private int payoutStages;
  private boolean usesMidwayMeeting;
  private boolean usesFinalEvaluation;
  private int decisionDeadlineDays;
  private int escalationDays;
  private int signatureExpiryDays;
  private int signatureReminderDays;
  private int contractDeadlineDays;
  private String caseworkerGroup;
  private String numberPrefix;
  /** The DMN decision (id) with this pool's eligibility rules. */
  private String eligibilityDecision = GENERIC_ELIGIBILITY;
  /** The process that runs the pool's cases: grant applications, or a programme of its own (transitionSupport). */
  private String processKey = GRANT_APPLICATION_PROCESS;
  /** The next year's pool that this year's unused money went to; set once by the year-end close. */
  private String carriedOverTo;
  @Version
  @Column(nullable = false)
  private long version;

  public static final String GENERIC_ELIGIBILITY = "eligibilityGeneric";
  public static final String GRANT_APPLICATION_PROCESS = "grantApplication";

  protected Pool() {}

  public Pool(String id) {
    this.id = id;
  }

  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }

  /** Applications to this pool go through grant-application.bpmn (the public pages and POST /api/applications). */
  public boolean takesGrantApplications() {
    return GRANT_APPLICATION_PROCESS.equals(processKey);
  }

  public boolean requires(SignerRole role) {
    return signerRoles.contains(role);
  }

  public String getId() { return id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getCurrency() { return currency; }
  public void setCurrency(String currency) { this.currency = currency; }
  public int getBudgetYear() { return budgetYear; }
  public void setBudgetYear(int budgetYear) { this.budgetYear = budgetYear; }
  public BigDecimal getBudget() { return budget; }
  public void setBudget(BigDecimal budget) { this.budget = budget; }
  public BigDecimal getCarryOver() { return carryOver; }
  public void setCarryOver(BigDecimal carryOver) { this.carryOver = carryOver; }
  public BigDecimal getCapPerApplication() { return capPerApplication; }
  public void setCapPerApplication(BigDecimal capPerApplication) { this.capPerApplication = capPerApplication; }
  public LocalDate getOpensOn() { return opensOn; }
  public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
  public LocalDate getClosesOn() { return closesOn; }
  public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
  public Set<SignerRole> getSignerRoles() { return signerRoles; }
  public void setSignerRoles(Set<SignerRole> signerRoles) {
    this.signerRoles = signerRoles.isEmpty() ? EnumSet.noneOf(SignerRole.class) : EnumSet.copyOf(signerRoles);
  }
  public boolean isUsesContract() { return usesContract; }
  public void setUsesContract(boolean usesContract) { this.usesContract = usesContract; }
  public int getPayoutStages() { return payoutStages; }
  public void setPayoutStages(int payoutStages) { this.payoutStages = payoutStages; }
  public boolean isUsesMidwayMeeting() { return usesMidwayMeeting; }
  public void setUsesMidwayMeeting(boolean usesMidwayMeeting) { this.usesMidwayMeeting = usesMidwayMeeting; }
  public boolean isUsesFinalEvaluation() { return usesFinalEvaluation; }
  public void setUsesFinalEvaluation(boolean usesFinalEvaluation) { this.usesFinalEvaluation = usesFinalEvaluation; }
  public int getDecisionDeadlineDays() { return decisionDeadlineDays; }
  public void setDecisionDeadlineDays(int decisionDeadlineDays) { this.decisionDeadlineDays = decisionDeadlineDays; }
  public int getEscalationDays() { return escalationDays; }
  public void setEscalationDays(int escalationDays) { this.escalationDays = escalationDays; }
  public int getSignatureExpiryDays() { return signatureExpiryDays; }
  public void setSignatureExpiryDays(int signatureExpiryDays) { this.signatureExpiryDays = signatureExpiryDays; }
  public int getSignatureReminderDays() { return signatureReminderDays; }
  public void setSignatureReminderDays(int signatureReminderDays) { this.signatureReminderDays = signatureReminderDays; }
  public int getContractDeadlineDays() { return contractDeadlineDays; }
  public void setContractDeadlineDays(int contractDeadlineDays) { this.contractDeadlineDays = contractDeadlineDays; }
  public String getCaseworkerGroup() { return caseworkerGroup; }
  public void setCaseworkerGroup(String caseworkerGroup) { this.caseworkerGroup = caseworkerGroup; }
  public String getNumberPrefix() { return numberPrefix; }
  public void setNumberPrefix(String numberPrefix) { this.numberPrefix = numberPrefix; }
  public String getEligibilityDecision() { return eligibilityDecision; }
  public void setEligibilityDecision(String eligibilityDecision) { this.eligibilityDecision = eligibilityDecision; }
  public String getProcessKey() { return processKey; }
  public void setProcessKey(String processKey) { this.processKey = processKey; }
  public String getCarriedOverTo() { return carriedOverTo; }
  void carryOverTo(String nextPoolId) { this.carriedOverTo = nextPoolId; }
}
