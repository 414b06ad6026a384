package dk.puljeflow.application;

/** An Idempotency-Key sent again with a different application than the one it created (HTTP 422). */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException(String applicationNumber) {
    super("was used for application " + applicationNumber + " with a different body; send a new key for a new application");
  }
}
