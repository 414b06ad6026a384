package dk.puljeflow.portal;

/** The step a link was for is no longer open: done by someone else, expired in the process, or the case ended. */
class StepUnavailableException extends RuntimeException {

  StepUnavailableException(String message) {
    super(message);
  }
}
