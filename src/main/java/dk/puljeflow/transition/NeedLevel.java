package dk.puljeflow.transition;

/** How much support a person needs, as the adviser judged it at the mapping meeting; sets the funding. */
public enum NeedLevel {
  LOW("litet stödbehov"),
  MEDIUM("medelstort stödbehov"),
  HIGH("stort stödbehov");

  private final String swedish;

  NeedLevel(String swedish) {
    this.swedish = swedish;
  }

  public String swedish() {
    return swedish;
  }
}
