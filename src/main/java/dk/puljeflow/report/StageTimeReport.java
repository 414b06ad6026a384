package dk.puljeflow.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.puljeflow.pool.Pool;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where time goes: how long cases spend in each stage, from the case event log. A stage runs from its
 * start event to its end event; a case that passes a stage more than once (two payouts; midway meeting
 * and final evaluation) spends the sum. A case counts in the period in which it last left the stage, and
 * only once it is in none of the stage's parts; one that never left it (withdrawn, still there) does not
 * count. Per pool and stage: how many cases, the median and the 90th percentile in days, and which stage
 * has the longest median (the bottleneck).
 */
@Component
public class StageTimeReport {

  /** A stage, and its parts: each part's start and end event. */
  public enum Stage {
    SIGNATURE("Underskrift", new Part("RECEIVED", "FULLY_SIGNED")),
    DECISION("Venter på afgørelse", new Part("FULLY_SIGNED", "DECIDED")),
    CONTRACT("Kontrakt", new Part("CONTRACT_DRAWN_UP", "CONTRACT_ACTIVE")),
    PAYOUT("Udbetaling", new Part("PAYOUT_REQUESTED", "PAYOUT_INSTRUCTED")),
    FOLLOW_UP("Opfølgning", new Part("MIDWAY_MEETING_SCHEDULED", "MIDWAY_MEETING_RECORDED"),
        new Part("FINAL_EVALUATION_SCHEDULED", "FINAL_EVALUATION_RECORDED"));

    private final String danish;
    private final List<Part> parts;

    Stage(String danish, Part... parts) {
      this.danish = danish;
      this.parts = List.of(parts);
    }

    public String danish() {
      return danish;
    }
  }

  record Part(String start, String end) {}

  @JsonPropertyOrder({"poolId", "poolName", "stage", "cases", "medianDays", "p90Days", "bottleneck"})
  public record Row(String poolId, String poolName, Stage stage, long cases, BigDecimal medianDays, BigDecimal p90Days,
      boolean bottleneck) {}

  private static final BigDecimal MEDIAN = new BigDecimal("0.5");
  private static final BigDecimal P90 = new BigDecimal("0.9");

  private record Event(long applicationId, String poolId, String type, Instant at) {}

  /** One case's time in one stage: the sum of its closed intervals, and when it last left the stage. */
  private record Time(long seconds, Instant left) {}

  private final JdbcTemplate jdbc;
  private final ReportScope scope;

  StageTimeReport(JdbcTemplate jdbc, ReportScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** Five rows (one per stage) for the pool asked for, or for each pool with a case that left a stage in the period. */
  @Transactional(readOnly = true)
  public List<Row> rows(ReportFilter filter) {
    Map<String, Map<Stage, List<Long>>> samples = new HashMap<>();
    Map<Long, List<Event>> byCase = new LinkedHashMap<>();
    events(filter).forEach(event -> byCase.computeIfAbsent(event.applicationId(), id -> new ArrayList<>()).add(event));
    for (List<Event> events : byCase.values()) {
      for (Stage stage : Stage.values()) {
        Time time = timeIn(stage, events);
        if (time != null && filter.contains(time.left())) {
          samples.computeIfAbsent(events.get(0).poolId(), pool -> new HashMap<>())
              .computeIfAbsent(stage, s -> new ArrayList<>()).add(time.seconds());
        }
      }
    }

    List<Row> rows = new ArrayList<>();
    for (Pool pool : scope.pools(filter)) {
      Map<Stage, List<Long>> poolSamples = samples.getOrDefault(pool.getId(), Map.of());
      if (poolSamples.isEmpty() && filter.pool() == null) {
        continue;
      }
      Map<Stage, BigDecimal> medians = new LinkedHashMap<>();
      for (Stage stage : Stage.values()) {
        List<Long> sorted = poolSamples.getOrDefault(stage, List.of()).stream().sorted().toList();
        medians.put(stage, Days.percentile(sorted, MEDIAN));
      }
      Stage bottleneck = medians.entrySet().stream().filter(e -> e.getValue() != null)
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      for (Stage stage : Stage.values()) {
        List<Long> sorted = poolSamples.getOrDefault(stage, List.of()).stream().sorted().toList();
        rows.add(new Row(pool.getId(), pool.getName(), stage, sorted.size(), medians.get(stage),
            Days.percentile(sorted, P90), stage == bottleneck));
      }
    }
    return rows;
  }

  /** Null while the case is in the stage, or if it never left it. */
  private static Time timeIn(Stage stage, List<Event> events) {
    long seconds = 0;
    Instant left = null;
    for (Part part : stage.parts) {
      Instant entered = null;
      for (Event event : events) {
        if (event.type().equals(part.start()) && entered == null) {
          entered = event.at();
        } else if (event.type().equals(part.end()) && entered != null) {
          seconds += Duration.between(entered, event.at()).getSeconds();
          left = left == null || event.at().isAfter(left) ? event.at() : left;
          entered = null;
        }
      }
      if (entered != null) {
        return null;
      }
    }
    return left == null ? null : new Time(seconds, left);
  }

  /** The stage events of the cases of the pool (or all pools), oldest first, up to the period's end. */
  private List<Event> events(ReportFilter filter) {
    List<String> types = Stream.of(Stage.values()).flatMap(stage -> stage.parts.stream())
        .flatMap(part -> Stream.of(part.start(), part.end())).distinct().toList();
    String sql = "select e.application_id, g.pool_id, e.event_type, e.occurred_at from case_event e"
        + " join grant_application g on g.id = e.application_id"
        + " where e.occurred_at < ? and e.event_type in (" + String.join(", ", types.stream().map(t -> "?").toList()) + ")"
        + (filter.pool() == null ? "" : " and g.pool_id = ?")
        + " order by e.application_id, e.occurred_at, e.id";
    List<Object> parameters = new ArrayList<>();
    parameters.add(Days.parameter(filter.end()));
    parameters.addAll(types);
    if (filter.pool() != null) {
      parameters.add(filter.pool());
    }
    return jdbc.query(sql, (row, n) -> new Event(row.getLong(1), row.getString(2), row.getString(3), Days.instant(row, "occurred_at")),
        parameters.toArray());
  }
}
