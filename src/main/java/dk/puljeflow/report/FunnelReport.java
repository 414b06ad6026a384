package dk.puljeflow.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.puljeflow.pool.Pool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the applications received in the period got, per pool (each pool runs its own variant of the
 * grant process), from the case event log: how many reached each step and how many ended where.
 * {@code evaluated} is null for a pool without final evaluation; {@code inProgress} have not ended yet.
 */
@Component
public class FunnelReport {

  @JsonPropertyOrder({"poolId", "poolName", "started", "fullySigned", "approved", "paid", "evaluated", "closed",
      "lapsed", "declined", "rejected", "withdrawn", "inProgress"})
  public record Row(String poolId, String poolName, long started, long fullySigned, long approved, long paid,
      Long evaluated, long closed, long lapsed, long declined, long rejected, long withdrawn, long inProgress) {}

  /** The steps of the funnel and the events that mark them; a case counts once per step. */
  enum Step {
    FULLY_SIGNED("FULLY_SIGNED"),
    APPROVED("APPROVED"),
    PAID("PAYOUT_INSTRUCTED"),
    EVALUATED("FINAL_EVALUATION_RECORDED"),
    CLOSED("CLOSED"),
    LAPSED("LAPSED"),
    DECLINED("SIGNATURE_DECLINED"),
    REJECTED("REJECTED", "INELIGIBLE"),
    WITHDRAWN("WITHDRAWN");

    final List<String> events;

    Step(String... events) {
      this.events = List.of(events);
    }
  }

  private final JdbcTemplate jdbc;
  private final ReportScope scope;

  FunnelReport(JdbcTemplate jdbc, ReportScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** One row for the pool asked for, or for each pool that received an application in the period. */
  @Transactional(readOnly = true)
  public List<Row> rows(ReportFilter filter) {
    Map<String, Set<Long>> started = new HashMap<>();
    Map<String, Map<Step, Set<Long>>> reached = new HashMap<>();
    String cohort = " where g.received_at >= ? and g.received_at < ?" + (filter.pool() == null ? "" : " and g.pool_id = ?");
    Object[] parameters = filter.pool() == null
        ? new Object[] {Days.parameter(filter.start()), Days.parameter(filter.end())}
        : new Object[] {Days.parameter(filter.start()), Days.parameter(filter.end()), filter.pool()};
    jdbc.query("select g.pool_id, g.id from grant_application g" + cohort, row -> {
      started.computeIfAbsent(row.getString(1), pool -> new HashSet<>()).add(row.getLong(2));
    }, parameters);
    jdbc.query("select g.pool_id, e.application_id, e.event_type from case_event e join grant_application g"
        + " on g.id = e.application_id" + cohort, row -> {
      for (Step step : Step.values()) {
        if (step.events.contains(row.getString(3))) {
          reached.computeIfAbsent(row.getString(1), pool -> new HashMap<>())
              .computeIfAbsent(step, s -> new HashSet<>()).add(row.getLong(2));
        }
      }
    }, parameters);

    List<Row> rows = new ArrayList<>();
    for (Pool pool : scope.pools(filter)) {
      long count = started.getOrDefault(pool.getId(), Set.of()).size();
      if (count == 0 && filter.pool() == null) {
        continue;
      }
      Map<Step, Set<Long>> steps = reached.getOrDefault(pool.getId(), Map.of());
      Map<Step, Long> n = new HashMap<>();
      for (Step step : Step.values()) {
        n.put(step, (long) steps.getOrDefault(step, Set.of()).size());
      }
      Long evaluated = pool.isUsesFinalEvaluation() || n.get(Step.EVALUATED) > 0 ? n.get(Step.EVALUATED) : null;
      long ended = n.get(Step.CLOSED) + n.get(Step.LAPSED) + n.get(Step.DECLINED) + n.get(Step.REJECTED) + n.get(Step.WITHDRAWN);
      rows.add(new Row(pool.getId(), pool.getName(), count, n.get(Step.FULLY_SIGNED), n.get(Step.APPROVED), n.get(Step.PAID),
          evaluated, n.get(Step.CLOSED), n.get(Step.LAPSED), n.get(Step.DECLINED), n.get(Step.REJECTED),
          n.get(Step.WITHDRAWN), count - ended));
    }
    return rows;
  }
}
