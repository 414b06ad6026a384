package dk.puljeflow.recruitment;

/** The pay a hired candidate gets from the basic-course start; decided by processes/recruitment-apprentice-pay.dmn. */
public enum PayScale {
  /** Voksenelevløn: 25 or older on the day the basic course starts. */
  ADULT_APPRENTICE("Voksenelevløn"),
  /** Ordinary apprentice pay. */
  APPRENTICE("Elevløn");

  private final String danish;

  PayScale(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
