package dk.puljeflow.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An application as submitted through the API or the Tasklist start form. The applicant is the
 * employee, or for a workplace application its contact person. Signers may name the Tasklist user who
 * signs for them (the demo's signer accounts).
 */
public record ApplicationRequest(
    @NotBlank String poolId,
    @NotBlank @Size(max = 200) String applicantName,
    @NotBlank @Email @Size(max = 320) String applicantEmail,
    @Size(max = 64) String applicantUserId,
    @NotBlank @Size(max = 200) String workplaceName,
    @Size(max = 200) String nearestManagerName,
    @Email @Size(max = 320) String nearestManagerEmail,
    @Size(max = 64) String nearestManagerUserId,
    @Size(max = 200) String unionRepName,
    @Email @Size(max = 320) String unionRepEmail,
    @Size(max = 64) String unionRepUserId,
    @NotBlank @Size(max = 4000) String activity,
    @NotNull @Positive BigDecimal requestedAmount,
    @PositiveOrZero @Max(value = 100, message = "must be at most 100 hours") Integer buyoutHours,
    @PositiveOrZero Integer consultancyHours,
    @NotNull LocalDate projectStart,
    @NotNull LocalDate projectEnd,
    LocalDate leavingDate,
    @Valid SchemeDetails details) {

  /** The scheme facts, never null. */
  public SchemeDetails schemeDetails() {
    return details == null ? SchemeDetails.NONE : details;
  }
}
