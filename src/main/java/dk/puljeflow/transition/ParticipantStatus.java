package dk.puljeflow.transition;

/** Where a dismissed person listed in a transition project stands. */
public enum ParticipantStatus {
  LISTED("Uppsagd, inte kontaktad än"),
  MAPPING_MEETING_BOOKED("Kartläggningsmöte bokat"),
  MAPPING_MEETING_HELD("Kartläggningsmöte hållet"),
  JOINED("Har valt att delta"),
  IN_SUPPORT("I stöd hos jobbcoach"),
  DECLINED("Avböjde stödet"),
  OFFER_LAPSED("Erbjudandet gick ut"),
  SUPPORT_ENDED("Stödet avslutat");

  private final String swedish;

  ParticipantStatus(String swedish) {
    this.swedish = swedish;
  }

  public String swedish() {
    return swedish;
  }

  public boolean isFinal() {
    return this == DECLINED || this == OFFER_LAPSED || this == SUPPORT_ENDED;
  }
}
