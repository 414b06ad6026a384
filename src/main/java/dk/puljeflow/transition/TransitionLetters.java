package dk.puljeflow.transition;

import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Swedish letters to the persons of a transition project (templates mail/tsl-*.txt), sent through the
 * shared notification stage. Their facts are formatted here, in Swedish; each letter is sent once per
 * person and occasion.
 */
@Component
class TransitionLetters {

  private final Notifier notifier;

  TransitionLetters(Notifier notifier) {
    this.notifier = notifier;
  }

  void mappingMeetingInvitation(Participant participant, GrantApplication project) {
    Map<String, Object> facts = facts(participant, project);
    facts.put("meetingAt", SwedishText.dateTime(participant.getMappingMeetingAt()));
    facts.put("place", participant.getMappingMeetingPlace());
    facts.put("adviser", participant.getAdviserName());
    // A missed meeting is booked again, and the new invitation is a letter of its own.
    send(NoticeType.TSL_MAPPING_MEETING_INVITATION, participant, facts,
        "p" + participant.getId() + "-" + (participant.getMappingMeetingsMissed() + 1));
  }

  void supportStarted(Participant participant, GrantApplication project, Supplier supplier) {
    Map<String, Object> facts = facts(participant, project);
    facts.put("coach", participant.getCoachName());
    facts.put("supplier", supplier.getName());
    send(NoticeType.TSL_SUPPORT_STARTED, participant, facts, "p" + participant.getId());
  }

  void trainingDecided(Participant participant, GrantApplication project, TrainingApplication training) {
    Map<String, Object> facts = facts(participant, project);
    facts.put("kind", training.getKind() == TrainingApplication.Kind.TRAINING ? "utbildning" : "validering");
    facts.put("description", training.getDescription());
    facts.put("approved", training.getStatus() == TrainingApplication.Status.APPROVED);
    facts.put("approvedCost", training.getApprovedCost() == null ? "" : SwedishText.kronor(training.getApprovedCost()));
    facts.put("reason", training.getDecisionReason() == null ? "" : training.getDecisionReason());
    send(NoticeType.TSL_TRAINING_DECIDED, participant, facts, "t" + training.getId());
  }

  void supportEnded(Participant participant, GrantApplication project) {
    Map<String, Object> facts = facts(participant, project);
    facts.put("outcome", participant.getOutcome().name());
    facts.put("outcomeText", participant.getOutcome().swedish());
    facts.put("outcomeOn", SwedishText.date(participant.getOutcomeOn()));
    send(NoticeType.TSL_SUPPORT_ENDED, participant, facts, "p" + participant.getId());
  }

  private static Map<String, Object> facts(Participant participant, GrantApplication project) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("applicationNumber", project.getApplicationNumber());
    facts.put("participantNumber", participant.getParticipantNumber());
    facts.put("name", participant.getName());
    facts.put("employer", project.getWorkplaceName());
    facts.put("lastDayOfEmployment", SwedishText.date(participant.getLastDayOfEmployment()));
    facts.put("supportEndsOn", SwedishText.date(participant.getSupportEndsOn()));
    return facts;
  }

  private void send(NoticeType type, Participant participant, Map<String, Object> facts, String occurrence) {
    notifier.send(new Notice(type, participant.getApplicationId(), participant.getEmail(), facts, occurrence));
  }
}
