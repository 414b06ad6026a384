package dk.puljeflow.privacy;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationNotFoundException;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.application.CaseLog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises one ended application: its names, e-mail addresses and free texts are replaced in
 * Puljeflow's own tables (letters, links and receipts included, see {@link ApplicationTables}) and taken
 * out of the engine's history (see {@link CaseHistory}), in one transaction; amounts, dates, statuses,
 * the pool and the application number stay for statistics. Only an ended case is anonymised: a running
 * one still needs its parties' data, so it is refused (409) and has to be withdrawn or finish first.
 * Each application is anonymised once: its row is locked while it is done and {@code anonymised_at}
 * records it, so two nodes (or a request and the nightly sweep) never do it twice.
 */
@Service
public class Anonymiser {

  static final String EVENT = "ANONYMISED";

  private static final String FINAL_STATUSES = Arrays.stream(ApplicationStatus.values())
      .filter(ApplicationStatus::isFinal)
      .map(status -> "'" + status.name() + "'")
      .collect(Collectors.joining(", "));

  private final JdbcTemplate jdbc;
  private final ApplicationTables tables;
  private final CaseHistory history;
  private final RuntimeService runtimeService;
  private final CaseLog caseLog;

  Anonymiser(JdbcTemplate jdbc, ApplicationTables tables, CaseHistory history, RuntimeService runtimeService,
      CaseLog caseLog) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.history = history;
    this.runtimeService = runtimeService;
    this.caseLog = caseLog;
  }

  private record Case(long id, ApplicationStatus status, String processInstanceId, Instant anonymisedAt) {}

  /** Anonymises the application; {@code why} goes into the case event log ("on request", "automatically ..."). */
  @Transactional
  public AnonymisationReport anonymise(String applicationNumber, String why) {
    Case found = lock(applicationNumber);
    if (found.anonymisedAt() != null) {
      return AnonymisationReport.already(applicationNumber, found.anonymisedAt());
    }
    if (!found.status().isFinal()) {
      throw new CaseConflictException("Application " + applicationNumber + " is " + found.status()
          + ": only an ended case is anonymised; withdraw it first or wait until it ends");
    }
    long running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationNumber).count();
    if (running > 0) {
      throw new CaseConflictException("Application " + applicationNumber + " has ended, but " + running
          + " of its process instances still run (a letter not yet sent?); anonymise it once they have ended");
    }
    Set<String> personalValues = tables.personalValues(found.id());
    Map<String, Integer> rows = tables.anonymise(found.id());
    Map<String, Integer> removed = history.erase(history.processInstanceIds(applicationNumber, found.processInstanceId()),
        personalValues);
    Instant now = EngineTime.now();
    jdbc.update("update grant_application set anonymised_at = ?, version = version + 1 where id = ?",
        OffsetDateTime.ofInstant(now, ZoneOffset.UTC), found.id());
    caseLog.record(found.id(), EVENT, why);
    return new AnonymisationReport(applicationNumber, now, false, rows, removed);
  }

  /** The numbers of the applications that ended before {@code cutoff} and are not anonymised yet, oldest first. */
  @Transactional(readOnly = true)
  public List<String> endedBefore(Instant cutoff) {
    return jdbc.queryForList("select application_number from grant_application where anonymised_at is null and status in ("
        + FINAL_STATUSES + ") and closed_at < ? order by closed_at, id", String.class,
        OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
  }

  /** The application's row, locked until the transaction ends: a second node waits here, then finds it done. */
  private Case lock(String applicationNumber) {
    List<Case> found = jdbc.query(
        "select id, status, process_instance_id, anonymised_at from grant_application where application_number = ? for update",
        (row, index) -> {
          OffsetDateTime anonymisedAt = row.getObject("anonymised_at", OffsetDateTime.class);
          return new Case(row.getLong("id"), ApplicationStatus.valueOf(row.getString("status")),
              row.getString("process_instance_id"), anonymisedAt == null ? null : anonymisedAt.toInstant());
        }, applicationNumber);
    if (found.isEmpty()) {
      throw new ApplicationNotFoundException(applicationNumber);
    }
    return found.get(0);
  }
}
