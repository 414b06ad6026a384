package dk.puljeflow.report;

import dk.puljeflow.EngineTime;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Turns the request's pool, from and to into a checked filter, and names the pools a report covers. */
@Component
class ReportScope {

  /** A longer period is refused: ten years of months is already more than a page can show. */
  static final int MAX_MONTHS = 120;

  private final PoolRepository pools;

  ReportScope(PoolRepository pools) {
    this.pools = pools;
  }

  /** Without dates: the last twelve months, this month included. */
  ReportFilter filter(String pool, LocalDate from, LocalDate to) {
    LocalDate end = to != null ? to : EngineTime.today();
    LocalDate start = from != null ? from : YearMonth.from(end).minusMonths(11).atDay(1);
    String poolId = pool == null || pool.isBlank() ? null : pool.trim();
    Map<String, String> errors = new TreeMap<>();
    if (poolId != null && !pools.existsById(poolId)) {
      errors.put("pool", "no pool " + poolId);
    }
    if (end.isBefore(start)) {
      errors.put("to", "must not be before from (" + start + ")");
    } else if (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) >= MAX_MONTHS) {
      errors.put("from", "the period may span at most " + MAX_MONTHS + " months");
    }
    if (!errors.isEmpty()) {
      throw new InvalidReportFilterException(errors);
    }
    return new ReportFilter(poolId, start, end);
  }

  /** The pool asked for, or every pool, by id. */
  List<Pool> pools(ReportFilter filter) {
    if (filter.pool() != null) {
      return List.of(pools.findById(filter.pool()).orElseThrow());
    }
    return pools.findAll().stream().sorted(Comparator.comparing(Pool::getId)).toList();
  }

  List<Pool> allPools() {
    return pools.findAll().stream().sorted(Comparator.comparing(Pool::getId)).toList();
  }
}
