package dk.puljeflow.transition;

/** What an individual meeting with the job coach was about. */
public enum MeetingType {
  COMPETENCE_MAPPING("kartläggning av kompetenser"),
  JOB_TARGETING("vilka jobb att söka"),
  APPLICATION_PRACTICE("CV, ansökan och intervjuträning"),
  AGENCY_CONTACTS("kontakter med myndigheter");

  private final String swedish;

  MeetingType(String swedish) {
    this.swedish = swedish;
  }

  public String swedish() {
    return swedish;
  }
}
