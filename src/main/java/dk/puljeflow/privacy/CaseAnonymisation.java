package dk.puljeflow.privacy;

import dk.puljeflow.EngineTime;
import dk.puljeflow.privacy.ApplicationTables.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps anonymising an application ({@link Anonymiser}) and a recruitment candidate
 * ({@link CandidateAnonymiser}) share. A case is a row of its main table, named by its number, with a
 * status, a process instance and {@code anonymised_at}; the callers run these in one transaction.
 */
@Component
class CaseAnonymisation {

  /** A case's main table and the column holding its number (also its processes' business key). */
  record Kind(String table, String numberColumn, List<Table> tables) {}

  /** The case's row as locked: {@code anonymisedAt} is null until it has been anonymised. */
  record Locked(long id, String status, String processInstanceId, Instant anonymisedAt) {}

  /** What anonymising changed: rows per table of Puljeflow's own, and what left the engine's history. */
  record Done(Instant at, Map<String, Integer> rows, Map<String, Integer> history) {}

  private final JdbcTemplate jdbc;
  private final ApplicationTables tables;
  private final CaseHistory history;

  CaseAnonymisation(JdbcTemplate jdbc, ApplicationTables tables, CaseHistory history) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.history = history;
  }

  /** The case's row, locked until the transaction ends: a second node waits here, then finds it done. */
  Optional<Locked> lock(Kind kind, String number) {
    return jdbc.query("select id, status, process_instance_id, anonymised_at from " + kind.table() + " where "
        + kind.numberColumn() + " = ? for update", (row, index) -> {
          OffsetDateTime anonymisedAt = row.getObject("anonymised_at", OffsetDateTime.class);
          return new Locked(row.getLong("id"), row.getString("status"), row.getString("process_instance_id"),
              anonymisedAt == null ? null : anonymisedAt.toInstant());
        }, number).stream().findFirst();
  }

  /** Replaces the case's personal values in its tables and erases them from its processes' history. */
  Done anonymise(Kind kind, String number, Locked found) {
    Set<String> personalValues = tables.personalValues(kind.tables(), found.id());
    Map<String, Integer> rows = tables.anonymise(kind.tables(), found.id());
    Map<String, Integer> removed = history.erase(history.processInstanceIds(number, found.processInstanceId()),
        personalValues);
    Instant now = EngineTime.now();
    jdbc.update("update " + kind.table() + " set anonymised_at = ?, version = version + 1 where id = ?",
        OffsetDateTime.ofInstant(now, ZoneOffset.UTC), found.id());
    return new Done(now, rows, removed);
  }

  /** The numbers of the cases in one of these statuses that ended before {@code cutoff}, not anonymised yet, oldest first. */
  List<String> endedBefore(Kind kind, Collection<? extends Enum<?>> finalStatuses, Instant cutoff) {
    String statuses = finalStatuses.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
    return jdbc.queryForList("select " + kind.numberColumn() + " from " + kind.table()
        + " where anonymised_at is null and status in (" + statuses + ") and closed_at < ? order by closed_at, id",
        String.class, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
  }
}
