package dk.puljeflow.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.puljeflow.EngineTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What every report is filtered by: one pool (null for all) and a period of Danish calendar days, both
 * ends included. Months are Danish months; the first and last month of a period may be partial.
 */
public record ReportFilter(String pool, LocalDate from, LocalDate to) {

  /** The start of the period: 00:00 Danish time on {@code from}. */
  @JsonIgnore
  public Instant start() {
    return from.atStartOfDay(EngineTime.ZONE).toInstant();
  }

  /** The end of the period, exclusive: 00:00 Danish time on the day after {@code to}. */
  @JsonIgnore
  public Instant end() {
    return to.plusDays(1).atStartOfDay(EngineTime.ZONE).toInstant();
  }

  public boolean contains(Instant instant) {
    return instant != null && !instant.isBefore(start()) && instant.isBefore(end());
  }

  @JsonIgnore
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  /** The part of the period in this month: from its first day (or {@code from}) to its last day (or {@code to}). */
  ReportFilter within(YearMonth month) {
    LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
    LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
    return new ReportFilter(pool, first, last);
  }

  public static YearMonth monthOf(Instant instant) {
    return YearMonth.from(instant.atZone(EngineTime.ZONE));
  }
}
