package dk.puljeflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" as the process engine sees it. Business records use the same clock as timers, so a test
 * that moves the engine clock moves the whole case consistently.
 */
public final class EngineTime {

  /** Deadlines and dates in the schemes are Danish calendar dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private EngineTime() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }
}
