package dk.puljeflow.recruitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** An intake as written in recruitment-intakes.yaml. */
record IntakeDefinition(
    @NotBlank @Pattern(regexp = "[a-z0-9-]{2,64}", message = "lower-case letters, digits and '-' only") String id,
    @NotNull Education education,
    @NotNull LocalDate basicCourseStart) {}
