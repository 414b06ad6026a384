package dk.puljeflow.portal;

/** A public page for something that does not exist (or no longer takes input); shown as a Danish 404 page. */
class PageNotFoundException extends RuntimeException {

  PageNotFoundException(String message) {
    super(message);
  }
}
