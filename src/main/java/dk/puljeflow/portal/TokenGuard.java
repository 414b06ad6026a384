package dk.puljeflow.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stops token guessing: a client whose lookups of unknown tokens exceed the limit within the window
 * is refused every link lookup, a correct one included, until the window has passed. Counted per
 * node in memory; several nodes multiply the limit, which still leaves 2^128 out of reach.
 */
@Component
public class TokenGuard {

  private record Window(Instant start, int failures) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Duration window;
  private final Clock clock = Clock.systemUTC();

  TokenGuard(@Value("${puljeflow.links.max-failed-lookups:20}") int maxFailures,
      @Value("${puljeflow.links.lookup-window:PT10M}") Duration window) {
    this.maxFailures = maxFailures;
    this.window = window;
  }

  boolean blocked(String client) {
    Window current = windows.get(client);
    return current != null && current.failures() >= maxFailures && !expired(current);
  }

  void failed(String client) {
    windows.compute(client, (key, current) -> current == null || expired(current)
        ? new Window(clock.instant(), 1)
        : new Window(current.start(), current.failures() + 1));
    if (windows.size() > 10_000) {
      windows.values().removeIf(this::expired);
    }
  }

  /** Lifts a block, for an operator or a test. */
  public void release(String client) {
    windows.remove(client);
  }

  private boolean expired(Window current) {
    return clock.instant().isAfter(current.start().plus(window));
  }
}
