package dk.puljeflow.recruitment;

import dk.puljeflow.DateWithin;
import dk.puljeflow.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A job-centre caseworker's referral of a candidate: POST /api/recruitment/candidates, or the Tasklist start form. */
public record ReferralRequest(
    @NotBlank @Size(max = 200) @PlainText String name,
    @NotNull @Past @DateWithin(yearsBefore = 100) LocalDate birthDate,
    @Email @Size(max = 320) @PlainText String email,
    @Pattern(regexp = "[+0-9 ()-]{6,32}", message = "must be a phone number") String phone,
    @NotBlank @Size(max = 200) @PlainText String jobCentre,
    @Size(max = 2000) @PlainText String note) {}
