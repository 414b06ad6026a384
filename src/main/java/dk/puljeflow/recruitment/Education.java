package dk.puljeflow.recruitment;

/** The welfare educations the programme recruits for. */
public enum Education {
  SSH("Social- og sundhedshjælper"),
  SSA("Social- og sundhedsassistent"),
  PAU("Pædagogisk assistent");

  private final String title;

  Education(String title) {
    this.title = title;
  }

  /** The Danish title, as candidates and caseworkers know the education. */
  public String title() {
    return title;
  }
}
