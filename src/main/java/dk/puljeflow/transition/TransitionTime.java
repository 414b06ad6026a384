package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** TSL's dates are Swedish calendar dates, on the engine's clock. */
final class TransitionTime {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private TransitionTime() {}

  static LocalDate today() {
    return LocalDate.ofInstant(EngineTime.now(), ZONE);
  }

  /** Support lasts at most one year after the last day of employment: this is its last day. */
  static LocalDate lastDayOfSupport(LocalDate lastDayOfEmployment) {
    return lastDayOfEmployment.plusYears(1);
  }

  /** The moment the support ends: midnight after its last day, Swedish time. */
  static Date endOf(LocalDate lastDay) {
    return Date.from(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
