package dk.puljeflow.application;

import dk.puljeflow.DateWithin;
import dk.puljeflow.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An application as submitted through the API or the Tasklist start form. The applicant is the
 * employee, or for a workplace application its contact person. Signers may name the Tasklist user who
 * signs for them (the demo's signer accounts).
 *
 * <p>Texts are plain (no {@code <} or {@code >}), amounts fit the database's 12 digits and 2
 * decimals, and dates lie in a window around today, so a typing error is refused rather than stored.
 */
public record ApplicationRequest(
    @NotBlank @Size(max = 64) String poolId,
    @NotBlank @Size(max = 200) @PlainText String applicantName,
    @NotBlank @Email @Size(max = 320) @PlainText String applicantEmail,
    @Size(max = 64) @Pattern(regexp = USER_ID, message = USER_ID_MESSAGE) String applicantUserId,
    @NotBlank @Size(max = 200) @PlainText String workplaceName,
    @Size(max = 200) @PlainText String nearestManagerName,
    @Email @Size(max = 320) @PlainText String nearestManagerEmail,
    @Size(max = 64) @Pattern(regexp = USER_ID, message = USER_ID_MESSAGE) String nearestManagerUserId,
    @Size(max = 200) @PlainText String unionRepName,
    @Email @Size(max = 320) @PlainText String unionRepEmail,
    @Size(max = 64) @Pattern(regexp = USER_ID, message = USER_ID_MESSAGE) String unionRepUserId,
    @NotBlank @Size(max = 4000) @PlainText String activity,
    @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal requestedAmount,
    @PositiveOrZero @Max(value = 100, message = "{application.buyoutHours.max}") Integer buyoutHours,
    @PositiveOrZero Integer consultancyHours,
    @NotNull @DateWithin(yearsBefore = 1, yearsAfter = 3) LocalDate projectStart,
    @NotNull @DateWithin(yearsBefore = 1, yearsAfter = 6) LocalDate projectEnd,
    @DateWithin(yearsBefore = 2, yearsAfter = 6) LocalDate leavingDate,
    @Valid SchemeDetails details) {

  /** Camunda user ids: letters, digits and '-' (the engine's resource whitelist). */
  static final String USER_ID = "[A-Za-z0-9-]+";
  static final String USER_ID_MESSAGE = "must be a user id: letters, digits and '-'";

  /** The scheme facts, never null. */
  public SchemeDetails schemeDetails() {
    return details == null ? SchemeDetails.NONE : details;
  }
}
