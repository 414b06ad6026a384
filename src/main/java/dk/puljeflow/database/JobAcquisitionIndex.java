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
 * Lets the job executor find due jobs through an index instead of reading the whole job table. Camunda's
 * acquisition query asks for "no due date, or due by now", which no index answers, so every acquisition
 * read every job, each case's future timers included; under load the acquisition thread took nearly half
 * a core and the job threads waited for it (README, Benchmarks, sixth round). With
 * {@code ensureJobDueDateNotNull} every new job gets a due date (now, for an asynchronous continuation),
 * the query becomes "due by now", and an index on the due date answers it. Jobs stored before without a due
 * date get one here, or the new query would never find them.
 *
 * <p>Where Flyway makes Camunda's tables (PostgreSQL), the index is a script of that set
 * ({@code db/camunda/postgresql/V7_24_0_1__puljeflow_job_due_date_index.sql}); where the engine makes its own
 * (H2, {@code schema-update}), it is made here, after them. Both statements change nothing the second time.
 * The index only makes the query faster: if it cannot be made, the start goes on with a warning. A job left
 * without a due date would never run, so failing to date them stops the start.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  static final String INDEX = "PULJEFLOW_IDX_JOB_DUEDATE";

  private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setEnsureJobDueDateNotNull(true);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    String jobs = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    if (!ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE.equals(configuration.getDatabaseSchemaUpdate())) {
      try {
        execute("create index if not exists " + INDEX + " on " + jobs + " (DUEDATE_)");
      } catch (SQLException e) {
        log.warn("No index on the jobs' due date ({}): the job executor reads the whole job table to find due jobs",
            e.getMessage());
      }
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
