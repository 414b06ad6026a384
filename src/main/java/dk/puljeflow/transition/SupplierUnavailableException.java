package dk.puljeflow.transition;

/** A person cannot be assigned to this supplier now: unknown, no agreement in force, or every place taken. */
class SupplierUnavailableException extends RuntimeException {

  SupplierUnavailableException(String message) {
    super(message);
  }
}
