package dk.puljeflow.transition;

/** The person's key facts as the few Swedish lines every TSL task form shows above its inputs. */
final class ParticipantSummary {

  private ParticipantSummary() {}

  static String of(Participant participant, String projectNumber, String employer, Supplier supplier) {
    StringBuilder summary = new StringBuilder()
        .append("Deltagare: ").append(participant.getName()).append(" (").append(participant.getEmail()).append(")  \n")
        .append("Projekt: ").append(projectNumber).append(", ").append(employer).append("  \n")
        .append("Sista anställningsdag: ").append(SwedishText.date(participant.getLastDayOfEmployment())).append("  \n")
        .append("Stöd längst till och med: ").append(SwedishText.date(participant.getSupportEndsOn()));
    if (participant.getMappingMeetingAt() != null) {
      summary.append("  \nKartläggningsmöte: ").append(SwedishText.dateTime(participant.getMappingMeetingAt()))
          .append(", ").append(participant.getMappingMeetingPlace())
          .append(" (rådgivare ").append(participant.getAdviserName()).append(')');
    }
    if (participant.getNeedLevel() != null) {
      summary.append("  \nBehovsnivå: ").append(participant.getNeedLevel().swedish());
    }
    if (supplier != null) {
      summary.append("  \nJobbcoach: ").append(participant.getCoachName()).append(", ").append(supplier.getName());
    }
    if (participant.getFundingAmount() != null) {
      summary.append("  \nErsättning för personen: ").append(SwedishText.kronor(participant.getFundingAmount()));
    }
    return summary.toString();
  }
}
