package dk.puljeflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/** The engine finds due jobs and a case's variables through indexes, and no job is left without a due date. */
class EngineIndexesTest extends ProcessTest {

  @Autowired DataSource dataSource;
  @Autowired EngineIndexes engineIndexes;

  @Test
  void theJobTableHasTheDueDateIndex() throws SQLException {
    assertThat(indexesOf("ACT_RU_JOB")).contains(EngineIndexes.JOB_DUE_DATE_INDEX);
  }

  @Test
  void onH2TheVariableTableHasTheIndexForReadsByExecution() throws SQLException {
    assumeTrue(isH2(), "H2 only: PostgreSQL's planner takes Camunda's own index on EXECUTION_ID_");
    assertThat(indexesOf("ACT_RU_VARIABLE")).contains(EngineIndexes.VARIABLE_EXECUTION_INDEX);
    String plan = new JdbcTemplate(dataSource).queryForList("explain select * from ACT_RU_VARIABLE"
        + " where EXECUTION_ID_ = 'x' and TASK_ID_ is null and NAME_ in ('a', 'b')", String.class).get(0);
    assertThat(plan).contains(EngineIndexes.VARIABLE_EXECUTION_INDEX);
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

    engineIndexes.postProcessEngineBuild(engine);

    Job dated = managementService.createJobQuery().jobId(confirmReceipt.getId()).singleResult();
    assertThat(dated.getDuedate()).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is null", Integer.class)).isZero();
  }

  private boolean isH2() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("H2");
    }
  }

  private List<String> indexesOf(String tableName) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      for (String table : new String[] {tableName, tableName.toLowerCase()}) {
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
