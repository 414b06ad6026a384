package dk.puljeflow.transition;

/** How a person's support ended. */
public enum Outcome {
  NEW_JOB("nytt arbete", true),
  OWN_BUSINESS("eget företag", true),
  OTHER("annat", false),
  /** No outcome was recorded before the support ended, one year after the last day of employment. */
  NO_OUTCOME_WITHIN_YEAR("inget utfall inom ett år", false);

  private final String swedish;
  private final boolean inWork;

  Outcome(String swedish, boolean inWork) {
    this.swedish = swedish;
    this.inWork = inWork;
  }

  public String swedish() {
    return swedish;
  }

  /** A new job or an own business: the person is in work. */
  public boolean isInWork() {
    return inWork;
  }

  /** The outcomes an adviser records; the time limit records {@link #NO_OUTCOME_WITHIN_YEAR} itself. */
  public boolean isRecordable() {
    return this != NO_OUTCOME_WITHIN_YEAR;
  }
}
