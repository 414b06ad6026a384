package dk.puljeflow;

/**
 * A configuration or model mistake found while starting. Start-up stops with {@link #action()} printed
 * next to the message, so an operator sees the cause instead of a half-started application.
 */
public class StartupCheckFailed extends RuntimeException {

  private final String action;

  public StartupCheckFailed(String message, String action, Throwable cause) {
    super(message, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
