package dk.puljeflow.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes for the engine's hottest lookups, which Camunda's own schema leaves to a full walk.
 *
 * <p><b>Finding due jobs.</b> Camunda's acquisition query asks for "no due date, or due by now", which no
 * index answers, so every acquisition read every job, each case's future timers included; under load the
 * acquisition thread took nearly half a core and the job threads waited for it (docs/benchmark-rounds.md, sixth
 * round). With {@code ensureJobDueDateNotNull} every new job gets a due date (now, for an asynchronous
 * continuation), the query becomes "due by now", and an index on the due date answers it. Jobs stored before
 * without a due date get one here, or the new query would never find them.
 *
 * <p><b>Reading a case's variables (H2).</b> For "the variables of this execution, not of a task" H2 picks
 * Camunda's index on {@code TASK_ID_} (matching every variable not on a task) over the one on
 * {@code EXECUTION_ID_}, so each read walked the variables of every case; an index on both columns is the one
 * it takes. PostgreSQL's planner, with statistics, takes Camunda's own index on {@code EXECUTION_ID_}.
 *
 * <p>Where Flyway makes Camunda's tables (PostgreSQL), the job index is a script of that set
 * ({@code db/camunda/postgresql/V7_24_0_1__puljeflow_job_due_date_index.sql}); where the engine makes its own
 * (H2, {@code schema-update}), both indexes are made here, after them. Every statement changes nothing the
 * second time. An index only makes a query faster: if one cannot be made, the start goes on with a warning.
 * A job left without a due date would never run, so failing to date them stops the start.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String JOB_DUE_DATE_INDEX = "PULJEFLOW_IDX_JOB_DUEDATE";
  static final String VARIABLE_EXECUTION_INDEX = "PULJEFLOW_IDX_VARIABLE_EXECUTION";

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setEnsureJobDueDateNotNull(true);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    String prefix = configuration.getDatabaseTablePrefix();
    String jobs = prefix + "ACT_RU_JOB";
    if (!ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE.equals(configuration.getDatabaseSchemaUpdate())) {
      createIndex(JOB_DUE_DATE_INDEX, jobs + " (DUEDATE_)");
    }
    if ("h2".equals(configuration.getDatabaseType())) {
      createIndex(VARIABLE_EXECUTION_INDEX, prefix + "ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)");
    }
    try {
      int dated = execute("update " + jobs + " set DUEDATE_ = CURRENT_TIMESTAMP where DUEDATE_ is null");
      if (dated > 0) {
        log.info("{} job(s) stored without a due date are due now, so the job executor finds them", dated);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot give the stored jobs a due date: " + e.getMessage(), e);
    }
  }

  private void createIndex(String name, String tableAndColumns) {
    try {
      execute("create index if not exists " + name + " on " + tableAndColumns);
    } catch (SQLException e) {
      log.warn("No index {} on {} ({}): the engine reads the whole table for those lookups", name, tableAndColumns,
          e.getMessage());
    }
  }

  private int execute(String sql) throws SQLException {
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      int rows = statement.executeUpdate(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return rows;
    }
  }
}
