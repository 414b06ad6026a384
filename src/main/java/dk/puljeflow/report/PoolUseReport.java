package dk.puljeflow.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.puljeflow.pool.LedgerEntry;
import dk.puljeflow.pool.Pool;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each pool's money month by month, from its budget ledger: what was reserved, released, paid out and
 * carried to next year's pool in the month, and the balance at the month's end (or the period's end):
 * available = budget + carry-over - reserved - paid - carried out, as the pool API computes it now.
 */
@Component
public class PoolUseReport {

  @JsonPropertyOrder({"poolId", "poolName", "month", "budget", "carryOver", "reservedInMonth", "releasedInMonth",
      "paidInMonth", "carriedOutInMonth", "reserved", "paid", "carriedOut", "available"})
  public record MonthRow(String poolId, String poolName, YearMonth month, BigDecimal budget, BigDecimal carryOver,
      BigDecimal reservedInMonth, BigDecimal releasedInMonth, BigDecimal paidInMonth, BigDecimal carriedOutInMonth,
      BigDecimal reserved, BigDecimal paid, BigDecimal carriedOut, BigDecimal available) {}

  private record Entry(String poolId, LedgerEntry.Type type, BigDecimal amount, Instant bookedAt) {}

  private final JdbcTemplate jdbc;
  private final ReportScope scope;

  PoolUseReport(JdbcTemplate jdbc, ReportScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** Every month of the period for the pool asked for, or for every pool. */
  @Transactional(readOnly = true)
  public List<MonthRow> months(ReportFilter filter) {
    Map<String, List<Entry>> byPool = entries(filter).stream().collect(Collectors.groupingBy(Entry::poolId));
    List<MonthRow> rows = new ArrayList<>();
    for (Pool pool : scope.pools(filter)) {
      List<Entry> entries = byPool.getOrDefault(pool.getId(), List.of());
      for (YearMonth month : filter.months()) {
        ReportFilter part = filter.within(month);
        Map<LedgerEntry.Type, BigDecimal> inMonth = sums(entries.stream().filter(e -> part.contains(e.bookedAt())).toList());
        Map<LedgerEntry.Type, BigDecimal> upToEnd = sums(entries.stream().filter(e -> e.bookedAt().isBefore(part.end())).toList());
        BigDecimal paid = upToEnd.get(LedgerEntry.Type.PAYOUT);
        BigDecimal reserved = upToEnd.get(LedgerEntry.Type.RESERVATION)
            .subtract(upToEnd.get(LedgerEntry.Type.RELEASE)).subtract(paid);
        BigDecimal carriedOut = upToEnd.get(LedgerEntry.Type.CARRY_OUT);
        BigDecimal available = pool.getBudget().add(pool.getCarryOver()).subtract(reserved).subtract(paid).subtract(carriedOut);
        rows.add(new MonthRow(pool.getId(), pool.getName(), month, pool.getBudget(), pool.getCarryOver(),
            inMonth.get(LedgerEntry.Type.RESERVATION), inMonth.get(LedgerEntry.Type.RELEASE),
            inMonth.get(LedgerEntry.Type.PAYOUT), inMonth.get(LedgerEntry.Type.CARRY_OUT),
            reserved, paid, carriedOut, available));
      }
    }
    return rows;
  }

  private static Map<LedgerEntry.Type, BigDecimal> sums(List<Entry> entries) {
    Map<LedgerEntry.Type, BigDecimal> sums = new EnumMap<>(LedgerEntry.Type.class);
    for (LedgerEntry.Type type : LedgerEntry.Type.values()) {
      sums.put(type, BigDecimal.ZERO.setScale(2));
    }
    entries.forEach(entry -> sums.merge(entry.type(), entry.amount(), BigDecimal::add));
    return sums;
  }

  /** Every booking up to the period's end: the balance at a month's end counts the years before the period too. */
  private List<Entry> entries(ReportFilter filter) {
    String sql = "select pool_id, entry_type, amount, booked_at from ledger_entry where booked_at < ?"
        + (filter.pool() == null ? "" : " and pool_id = ?");
    Object[] parameters = filter.pool() == null
        ? new Object[] {Days.parameter(filter.end())}
        : new Object[] {Days.parameter(filter.end()), filter.pool()};
    return jdbc.query(sql, (row, n) -> new Entry(row.getString("pool_id"), LedgerEntry.Type.valueOf(row.getString("entry_type")),
        row.getBigDecimal("amount"), Days.instant(row, "booked_at")), parameters);
  }
}
