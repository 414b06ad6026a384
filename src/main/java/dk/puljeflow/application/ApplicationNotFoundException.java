package dk.puljeflow.application;

public class ApplicationNotFoundException extends RuntimeException {

  public ApplicationNotFoundException(String number) {
    super("No application " + number);
  }
}
