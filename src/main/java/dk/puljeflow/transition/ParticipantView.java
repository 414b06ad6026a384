package dk.puljeflow.transition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person of a transition project: where they stand, their meetings, training applications and outcome. */
public record ParticipantView(
    String participantNumber,
    String projectNumber,
    String name,
    String email,
    LocalDate lastDayOfEmployment,
    LocalDate supportEndsOn,
    ParticipantStatus status,
    String statusText,
    MappingMeeting mappingMeeting,
    NeedLevel needLevel,
    LocalDate participationDecidedOn,
    String supplierId,
    String coachName,
    Instant supportStartedAt,
    BigDecimal fundingAmount,
    Outcome outcome,
    LocalDate outcomeOn,
    String outcomeNote,
    Instant endedAt,
    List<Meeting> coachingMeetings,
    List<Training> trainingApplications) {

  public record MappingMeeting(Instant at, String place, String adviser, LocalDate heldOn, int missed) {}

  public record Meeting(LocalDate heldOn, MeetingType type, String note, String recordedBy) {}

  public record Training(Long id, TrainingApplication.Kind kind, String description, String provider, BigDecimal cost,
      String coachName, TrainingApplication.Status status, BigDecimal approvedCost, String decisionReason, Instant appliedAt,
      Instant decidedAt, String decidedBy) {}

  static ParticipantView of(Participant p, String projectNumber, List<CoachingMeeting> meetings, List<TrainingApplication> trainings) {
    return new ParticipantView(p.getParticipantNumber(), projectNumber, p.getName(), p.getEmail(), p.getLastDayOfEmployment(),
        p.getSupportEndsOn(), p.getStatus(), p.getStatus().swedish(),
        p.getMappingMeetingAt() == null ? null : new MappingMeeting(p.getMappingMeetingAt(), p.getMappingMeetingPlace(),
            p.getAdviserName(), p.getMappingMeetingHeldOn(), p.getMappingMeetingsMissed()),
        p.getNeedLevel(), p.getParticipationDecidedOn(), p.getSupplierId(), p.getCoachName(), p.getSupportStartedAt(),
        p.getFundingAmount(), p.getOutcome(), p.getOutcomeOn(), p.getOutcomeNote(), p.getEndedAt(),
        meetings.stream().map(m -> new Meeting(m.getHeldOn(), m.getMeetingType(), m.getNote(), m.getRecordedBy())).toList(),
        trainings.stream().map(t -> new Training(t.getId(), t.getKind(), t.getDescription(), t.getProvider(), t.getCost(),
            t.getCoachName(), t.getStatus(), t.getApprovedCost(), t.getDecisionReason(), t.getAppliedAt(), t.getDecidedAt(),
            t.getDecidedBy())).toList());
  }
}
