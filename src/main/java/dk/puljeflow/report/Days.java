package dk.puljeflow.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Durations in days with two decimals, percentiles of them, and the timestamps they come from. */
final class Days {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private Days() {}

  static BigDecimal between(Instant from, Instant to) {
    return ofSeconds(BigDecimal.valueOf(Duration.between(from, to).getSeconds()));
  }

  static BigDecimal ofSeconds(BigDecimal seconds) {
    return seconds.divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_UP);
  }

  /**
   * The percentile of durations given in seconds, sorted ascending, interpolated between the two nearest
   * values as spreadsheets' PERCENTILE.INC and MEDIAN do; in days. Null when there are none.
   */
  static BigDecimal percentile(List<Long> sortedSeconds, BigDecimal fraction) {
    if (sortedSeconds.isEmpty()) {
      return null;
    }
    BigDecimal rank = fraction.multiply(BigDecimal.valueOf(sortedSeconds.size() - 1));
    int lower = rank.intValue();
    BigDecimal value = BigDecimal.valueOf(sortedSeconds.get(lower));
    if (lower + 1 < sortedSeconds.size()) {
      BigDecimal step = BigDecimal.valueOf(sortedSeconds.get(lower + 1) - sortedSeconds.get(lower));
      value = value.add(step.multiply(rank.subtract(BigDecimal.valueOf(lower))));
    }
    return ofSeconds(value);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A query parameter for a TIMESTAMP WITH TIME ZONE column, on H2 and PostgreSQL alike. */
  static OffsetDateTime parameter(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
