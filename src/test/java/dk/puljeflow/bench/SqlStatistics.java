package dk.puljeflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2's own account of the statements a pass ran ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}): how often
 * each ran, for how long in all, and how many rows it touched. Time spent waiting for a row lock counts
 * as the statement's time, which is how a contended lock shows up here.
 */
final class SqlStatistics {

  private final JdbcTemplate sql;

  SqlStatistics(DataSource dataSource) {
    this.sql = new JdbcTemplate(dataSource);
  }

  /** Starts counting afresh (switching statistics off drops what H2 had counted). */
  void start() {
    sql.execute("SET QUERY_STATISTICS FALSE");
    sql.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
    sql.execute("SET QUERY_STATISTICS TRUE");
  }

  /** The totals and the {@code top} statements by time, then stops counting. */
  Map<String, Object> stop(int top) {
    Map<String, Object> result = new LinkedHashMap<>();
    sql.query("select count(*), sum(EXECUTION_COUNT), sum(CUMULATIVE_EXECUTION_TIME) from INFORMATION_SCHEMA.QUERY_STATISTICS",
        row -> {
          result.put("statements", row.getLong(1));
          result.put("executions", row.getLong(2));
          result.put("millis", Math.round(row.getDouble(3)));
        });
    List<Map<String, Object>> slowest = sql.query("""
        select SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME, CUMULATIVE_ROW_COUNT
        from INFORMATION_SCHEMA.QUERY_STATISTICS order by CUMULATIVE_EXECUTION_TIME desc limit ?""", (row, i) -> {
          Map<String, Object> statement = new LinkedHashMap<>();
          String text = row.getString(1).replaceAll("\\s+", " ").trim();
          statement.put("sql", text.length() > 160 ? text.substring(0, 160) + "…" : text);
          statement.put("executions", row.getLong(2));
          statement.put("millis", Math.round(row.getDouble(3)));
          statement.put("averageMillis", LifecycleBench.round(row.getDouble(3) / Math.max(1, row.getLong(2))));
          statement.put("rows", row.getLong(4));
          return statement;
        }, top);
    result.put("slowest", slowest);
    sql.execute("SET QUERY_STATISTICS FALSE");
    return result;
  }
}
