package dk.puljeflow.transition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A meeting the job coach held with the person: POST /api/transition/participants/{number}/coaching-meetings. */
public record CoachingMeetingRequest(@NotNull LocalDate heldOn, @NotNull MeetingType type, @Size(max = 2000) String note) {}
