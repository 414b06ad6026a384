package dk.puljeflow.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.puljeflow.PlainText;
import dk.puljeflow.signature.SignerRole;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A pool as administrators write it: in pools.yaml and in POST/PUT /api/pools. */
public record PoolDefinition(
    @NotBlank @Pattern(regexp = "[a-z0-9-]{2,64}", message = "lower-case letters, digits and '-' only") String id,
    @NotBlank @Size(max = 200) @PlainText String name,
    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "a three-letter currency code such as DKK") String currency,
    @NotNull @Min(2000) @Max(2100) Integer budgetYear,
    @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal budget,
    @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal carryOver,
    @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal capPerApplication,
    @NotNull LocalDate opensOn,
    @NotNull LocalDate closesOn,
    @NotEmpty Set<SignerRole> signerRoles,
    boolean usesContract,
    @NotNull @Min(1) @Max(2) Integer payoutStages,
    boolean usesMidwayMeeting,
    boolean usesFinalEvaluation,
    @Min(1) @Max(365) Integer decisionDeadlineDays,
    @Min(1) @Max(365) Integer escalationDays,
    @Min(1) @Max(365) Integer signatureExpiryDays,
    @Min(1) @Max(365) Integer signatureReminderDays,
    @Min(1) @Max(365) Integer contractDeadlineDays,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[a-zA-Z0-9-]+") String caseworkerGroup,
    @NotBlank @Pattern(regexp = "[A-Z]{2,8}") String numberPrefix,
    @Size(max = 64) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "must be the id of a DMN decision in processes/") String eligibilityDecision,
    @Pattern(regexp = "grantApplication|transitionSupport", message = "must be grantApplication or transitionSupport")
    String processKey) {

  public static final int DEFAULT_DECISION_DEADLINE_DAYS = 14;

  @JsonIgnore
  @AssertTrue(message = "must not be larger than the budget")
  boolean isCapPerApplicationWithinBudget() {
    return capPerApplication == null || budget == null || capPerApplication.compareTo(budget.add(orZero(carryOver))) <= 0;
  }

  @JsonIgnore
  @AssertTrue(message = "must not be before opensOn")
  boolean isClosesOnAfterOpening() {
    return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
  }

  @JsonIgnore
  @AssertTrue(message = "must come before the decision deadline")
  boolean isEscalationDaysBeforeDeadline() {
    return escalationDays == null || escalationDays < deadlineDays();
  }

  @JsonIgnore
  int deadlineDays() {
    return decisionDeadlineDays == null ? DEFAULT_DECISION_DEADLINE_DAYS : decisionDeadlineDays;
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  /** Copies this definition onto a pool, filling the documented defaults. */
  void applyTo(Pool pool) {
    pool.setName(name);
    pool.setCurrency(currency);
    pool.setBudgetYear(budgetYear);
    pool.setBudget(budget);
    pool.setCarryOver(orZero(carryOver));
    pool.setCapPerApplication(capPerApplication);
    pool.setOpensOn(opensOn);
    pool.setClosesOn(closesOn);
    pool.setSignerRoles(signerRoles);
    pool.setUsesContract(usesContract);
    pool.setPayoutStages(payoutStages);
    pool.setUsesMidwayMeeting(usesMidwayMeeting);
    pool.setUsesFinalEvaluation(usesFinalEvaluation);
    pool.setDecisionDeadlineDays(deadlineDays());
    pool.setEscalationDays(escalationDays == null ? Math.max(1, deadlineDays() - 4) : escalationDays);
    pool.setSignatureExpiryDays(signatureExpiryDays == null ? 30 : signatureExpiryDays);
    pool.setSignatureReminderDays(signatureReminderDays == null ? 7 : signatureReminderDays);
    pool.setContractDeadlineDays(contractDeadlineDays == null ? 14 : contractDeadlineDays);
    pool.setCaseworkerGroup(caseworkerGroup);
    pool.setNumberPrefix(numberPrefix);
    pool.setEligibilityDecision(eligibilityDecision == null ? Pool.GENERIC_ELIGIBILITY : eligibilityDecision);
    pool.setProcessKey(processKey == null ? Pool.GRANT_APPLICATION_PROCESS : processKey);
  }

  /** Names the stored values, so GET returns what PUT accepts. */
  static PoolDefinition of(Pool pool) {
    return new PoolDefinition(pool.getId(), pool.getName(), pool.getCurrency(), pool.getBudgetYear(), pool.getBudget(),
        pool.getCarryOver(), pool.getCapPerApplication(), pool.getOpensOn(), pool.getClosesOn(), pool.getSignerRoles(),
        pool.isUsesContract(), pool.getPayoutStages(), pool.isUsesMidwayMeeting(), pool.isUsesFinalEvaluation(),
        pool.getDecisionDeadlineDays(), pool.getEscalationDays(), pool.getSignatureExpiryDays(),
        pool.getSignatureReminderDays(), pool.getContractDeadlineDays(), pool.getCaseworkerGroup(), pool.getNumberPrefix(),
        pool.getEligibilityDecision(), pool.getProcessKey());
  }
}
