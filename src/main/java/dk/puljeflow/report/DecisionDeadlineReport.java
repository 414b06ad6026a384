package dk.puljeflow.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.pool.Pool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions against the pool's deadline (full signature + the pool's {@code decisionDeadlineDays}, to the
 * second), per pool and month of full signature, and the breaches with how late each was. An application
 * counts once its decision clock started; one whose deadline passed without a decision counts as late
 * while it waits, and stays late if it ends undecided.
 */
@Component
public class DecisionDeadlineReport {

  /**
   * One pool's applications fully signed in one month. {@code onTimePercent} is decided on time out of
   * those whose outcome against the deadline is known (on time, late, overdue); null when there are none.
   */
  @JsonPropertyOrder({"poolId", "poolName", "month", "deadlineDays", "fullySigned", "decidedOnTime", "decidedLate",
      "overdueUndecided", "pending", "endedUndecided", "onTimePercent"})
  public record MonthRow(String poolId, String poolName, YearMonth month, int deadlineDays, long fullySigned,
      long decidedOnTime, long decidedLate, long overdueUndecided, long pending, long endedUndecided,
      BigDecimal onTimePercent) {}

  /**
   * An application not decided by its deadline: decided late, still waiting past it ({@code open}), or
   * ended undecided after it. {@code daysLate} runs to the decision, to the end of the case, or to now.
   */
  @JsonPropertyOrder({"applicationNumber", "poolId", "poolName", "month", "submittedAt", "decisionDueAt", "decidedAt",
      "status", "open", "daysLate"})
  public record Breach(String applicationNumber, String poolId, String poolName, YearMonth month, Instant submittedAt,
      Instant decisionDueAt, Instant decidedAt, ApplicationStatus status, boolean open, BigDecimal daysLate) {}

  enum Outcome { ON_TIME, LATE, OVERDUE, PENDING, ENDED_UNDECIDED }

  private record Case(String number, String poolId, ApplicationStatus status, Instant submittedAt, Instant dueAt,
      Instant decidedAt, Instant closedAt) {

    Outcome outcome(Instant now) {
      if (decidedAt != null) {
        return decidedAt.isAfter(dueAt) ? Outcome.LATE : Outcome.ON_TIME;
      }
      Instant waitedUntil = status.isFinal() ? closedAt : now;
      if (waitedUntil.isAfter(dueAt)) {
        return Outcome.OVERDUE;
      }
      return status.isFinal() ? Outcome.ENDED_UNDECIDED : Outcome.PENDING;
    }

    Instant lateUntil(Instant now) {
      return decidedAt != null ? decidedAt : status.isFinal() ? closedAt : now;
    }
  }

  private final JdbcTemplate jdbc;
  private final ReportScope scope;

  DecisionDeadlineReport(JdbcTemplate jdbc, ReportScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** Every month of the period for the pool asked for, or for each pool with an application fully signed in it. */
  @Transactional(readOnly = true)
  public List<MonthRow> months(ReportFilter filter) {
    Instant now = EngineTime.now();
    Map<String, List<Case>> byPool = cases(filter).stream().collect(Collectors.groupingBy(Case::poolId));
    List<MonthRow> rows = new ArrayList<>();
    for (Pool pool : scope.pools(filter)) {
      List<Case> cases = byPool.getOrDefault(pool.getId(), List.of());
      if (cases.isEmpty() && filter.pool() == null) {
        continue;
      }
      Map<YearMonth, List<Case>> byMonth = cases.stream()
          .collect(Collectors.groupingBy(c -> ReportFilter.monthOf(c.submittedAt())));
      for (YearMonth month : filter.months()) {
        Map<Outcome, Long> counts = byMonth.getOrDefault(month, List.of()).stream()
            .collect(Collectors.groupingBy(c -> c.outcome(now), Collectors.counting()));
        long onTime = counts.getOrDefault(Outcome.ON_TIME, 0L);
        long late = counts.getOrDefault(Outcome.LATE, 0L);
        long overdue = counts.getOrDefault(Outcome.OVERDUE, 0L);
        long known = onTime + late + overdue;
        BigDecimal percent = known == 0 ? null
            : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(known), 1, RoundingMode.HALF_UP);
        rows.add(new MonthRow(pool.getId(), pool.getName(), month, pool.getDecisionDeadlineDays(),
            byMonth.getOrDefault(month, List.of()).size(), onTime, late, overdue,
            counts.getOrDefault(Outcome.PENDING, 0L), counts.getOrDefault(Outcome.ENDED_UNDECIDED, 0L), percent));
      }
    }
    return rows;
  }

  /** The breaches among the applications fully signed in the period, by deadline. */
  @Transactional(readOnly = true)
  public List<Breach> breaches(ReportFilter filter) {
    Instant now = EngineTime.now();
    Map<String, Pool> pools = scope.pools(filter).stream().collect(Collectors.toMap(Pool::getId, Function.identity()));
    return cases(filter).stream()
        .filter(c -> c.outcome(now) == Outcome.LATE || c.outcome(now) == Outcome.OVERDUE)
        .sorted(Comparator.comparing(Case::dueAt).thenComparing(Case::number))
        .map(c -> new Breach(c.number(), c.poolId(), pools.get(c.poolId()).getName(), ReportFilter.monthOf(c.submittedAt()),
            c.submittedAt(), c.dueAt(), c.decidedAt(), c.status(), c.decidedAt() == null && !c.status().isFinal(),
            Days.between(c.dueAt(), c.lateUntil(now))))
        .toList();
  }

  /** Applications fully signed in the period whose decision clock started. */
  private List<Case> cases(ReportFilter filter) {
    String sql = "select application_number, pool_id, status, submitted_at, decision_due_at, decided_at, closed_at"
        + " from grant_application where decision_due_at is not null and submitted_at >= ? and submitted_at < ?"
        + (filter.pool() == null ? "" : " and pool_id = ?");
    List<Object> parameters = new ArrayList<>(List.of(Days.parameter(filter.start()), Days.parameter(filter.end())));
    if (filter.pool() != null) {
      parameters.add(filter.pool());
    }
    return jdbc.query(sql, (row, n) -> new Case(row.getString("application_number"), row.getString("pool_id"),
        ApplicationStatus.valueOf(row.getString("status")), Days.instant(row, "submitted_at"),
        Days.instant(row, "decision_due_at"), Days.instant(row, "decided_at"), Days.instant(row, "closed_at")),
        parameters.toArray());
  }
}
