package dk.puljeflow.transition;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Short vocational training or validation, applied for by the person and their job coach together:
 * POST /api/transition/participants/{number}/training-applications.
 *
 * @param motivation how it clearly strengthens the person's chances of a job
 * @param participantAgrees the person applies together with the coach
 */
public record TrainingRequest(
    @NotNull TrainingApplication.Kind kind,
    @NotBlank @Size(max = 2000) String description,
    @NotBlank @Size(max = 200) String provider,
    @NotNull @Positive BigDecimal cost,
    @NotBlank @Size(max = 2000) String motivation,
    @NotBlank @Size(max = 200) String coachName,
    @AssertTrue(message = "must be true: the person and the coach apply together") boolean participantAgrees) {}
