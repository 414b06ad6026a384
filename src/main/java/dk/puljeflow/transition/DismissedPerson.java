package dk.puljeflow.transition;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A dismissed person the employer and the union representative list in their application. */
public record DismissedPerson(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Email @Size(max = 320) String email,
    @NotNull LocalDate lastDayOfEmployment) {}
