package dk.puljeflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job executor finds due jobs through the due-date index, and no job is left without a due date. */
class JobAcquisitionIndexTest extends ProcessTest {

  @Autowired DataSource dataSource;
  @Autowired JobAcquisitionIndex acquisitionIndex;

  @Test
  void theJobTableHasTheDueDateIndex() throws SQLException {
    assertThat(indexesOfJobTable()).contains(JobAcquisitionIndex.INDEX);
  }

  @Test
  void anAsynchronousStepIsDueTheMomentItIsQueued() {
    GrantApplication application = submit(TRYGHED);

    Job confirmReceipt = managementService.createJobQuery().processInstanceId(application.getProcessInstanceId()).singleResult();

    assertThat(confirmReceipt.getDuedate()).isNotNull();
    assertThat(managementService.createJobQuery().jobId(confirmReceipt.getId()).executable().count()).isOne();
  }

  @Test
  void aJobStoredWithoutADueDateIsDueAfterTheNextStart() {
    GrantApplication application = submit(TRYGHED);
    Job confirmReceipt = managementService.createJobQuery().processInstanceId(application.getProcessInstanceId()).singleResult();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    // As the engine stored asynchronous steps before ensureJobDueDateNotNull.
    jdbc.update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", confirmReceipt.getId());

    acquisitionIndex.postProcessEngineBuild(engine);

    Job dated = managementService.createJobQuery().jobId(confirmReceipt.getId()).singleResult();
    assertThat(dated.getDuedate()).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is null", Integer.class)).isZero();
  }

  private List<String> indexesOfJobTable() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      for (String table : new String[] {"ACT_RU_JOB", "act_ru_job"}) {
        try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
          while (indexes.next()) {
            String name = indexes.getString("INDEX_NAME");
            if (name != null) {
              names.add(name.toUpperCase());
            }
          }
        }
      }
    }
    return names;
  }
}
