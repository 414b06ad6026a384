package dk.puljeflow.transition;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and amounts the way TSL's letters and forms write them: "1 december 2026", "1 december 2026 kl. 10.00",
 * "12 500 kr". The letters get their facts already formatted, so the shared (Danish) formatting never applies.
 */
final class SwedishText {

  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm", SWEDISH);

  private SwedishText() {}

  static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(TransitionTime.ZONE));
  }

  /** Whole kronor without decimals, öre only when there are any; a plain space groups the thousands. */
  static String kronor(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(SWEDISH);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    return new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols).format(amount) + " kr";
  }
}
