package dk.puljeflow.link;

/** The answer to "what is this token?": the link, when there is one, and whether it can be used. */
public record LinkLookup(State state, PersonalLink link) {

  public enum State { VALID, USED, EXPIRED, UNKNOWN }

  static LinkLookup unknown() {
    return new LinkLookup(State.UNKNOWN, null);
  }

  public boolean valid() {
    return state == State.VALID;
  }
}
