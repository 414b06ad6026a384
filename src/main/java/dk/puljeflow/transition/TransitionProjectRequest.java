package dk.puljeflow.transition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A transition project as the employer and the union representative apply for it together:
 * POST /api/transition/projects, or the Tasklist start form. Both sign the application (the employer in
 * the nearest-manager role of the shared signature stage); the signers' {@code ...UserId} name the
 * Tasklist user who signs for them, if they have one.
 *
 * @param poolId a TSL pool; the configured one (tsl-omstallning) when left out
 */
public record TransitionProjectRequest(
    @Size(max = 64) String poolId,
    @NotBlank @Size(max = 200) String employerName,
    @NotBlank @Size(max = 200) String employerSignatoryName,
    @NotBlank @Email @Size(max = 320) String employerSignatoryEmail,
    @Size(max = 64) String employerSignatoryUserId,
    @NotBlank @Size(max = 200) String unionRepName,
    @NotBlank @Email @Size(max = 320) String unionRepEmail,
    @Size(max = 64) String unionRepUserId,
    @Size(max = 2000) String description,
    @NotEmpty @Size(max = 200) List<@NotNull @Valid DismissedPerson> persons) {}
