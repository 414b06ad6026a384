package dk.puljeflow.application;

/** The request does not fit the case's current state, e.g. withdrawing a closed case. */
public class CaseConflictException extends RuntimeException {

  public CaseConflictException(String message) {
    super(message);
  }
}
