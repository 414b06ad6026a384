package dk.puljeflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Letters write no engine history (see {@link LetterFreeHistory}), on the same settings as production,
 * while the case's own processes keep theirs. Checked in the tables themselves: every history table's
 * columns that name a process definition or instance.
 */
class LetterFreeHistoryTest extends ProcessTest {

  private static final List<String> DEFINITION_KEY_COLUMNS = List.of("PROC_DEF_KEY_", "PROCESS_DEF_KEY_");
  private static final List<String> INSTANCE_COLUMNS = List.of("ROOT_PROC_INST_ID_", "PROC_INST_ID_", "PROCESS_INSTANCE_ID_");

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationRepository notifications;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @Test
  void theEngineRunsTheConfiguredLevelLessLetters() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    HistoryLevel level = configuration.getHistoryLevel();
    // Other plugins may wrap the level as well (application.FixedFactsHistory): asked, it declines a letter's event.
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_START,
        eventOf(LetterFreeHistory.LETTER_DEFINITION_PREFIX + "1:x"))).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_START, eventOf("grantApplication:1:x")))
        .isTrue();
    assertThat(level.getName()).isEqualTo("full");
    // The database keeps the level's id and refuses an engine whose id differs.
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(managementService.getProperties()).containsEntry("historyLevel", String.valueOf(level.getId()));
    assertThat(configuration.getHistoryEventHandler()).isInstanceOf(LetterFreeHistory.LetterEventsDropped.class);
    // A letter is told by its definition id's prefix, which the engine only drops for ids longer than 64 characters.
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(MailNotifier.PROCESS_KEY).list())
        .isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getId()).startsWith(LetterFreeHistory.LETTER_DEFINITION_PREFIX));
  }

  @Test
  void aCaseKeepsItsHistoryAndItsLettersLeaveNone() {
    GrantApplication application = submit(TRYGHED);
    Set<String> letters = new LinkedHashSet<>();
    runDueJobsObserving(() -> letters.addAll(lettersRunning(application)));
    for (Task signature : tasks(application, "SignApplication")) {
      taskService.complete(signature.getId(), withVariables("signatureAnswer", "SIGN"));
    }
    runDueJobsObserving(() -> letters.addAll(lettersRunning(application)));

    // Received, two signature requests, fully signed.
    assertThat(letters).hasSizeGreaterThanOrEqualTo(4);
    assertThat(lettersRunning(application)).isEmpty();
    assertThat(notifications.findByApplicationIdOrderById(application.getId()))
        .hasSizeGreaterThanOrEqualTo(letters.size())
        .allSatisfy(letter -> assertThat(letter.getStatus()).isEqualTo(Notification.Status.SENT));
    assertThat(historyRowsOf(letters)).isEmpty();
    assertThat(historyRowsOfLetterDefinitions()).isEmpty();

    // The same look finds the case's own history: the main process and the signature stage it called.
    Map<String, Integer> caseRows = historyRowsOf(List.of(mainProcess(application).getId()));
    assertThat(caseRows).containsKeys("ACT_HI_PROCINST.PROC_INST_ID_", "ACT_HI_ACTINST.ROOT_PROC_INST_ID_",
        "ACT_HI_VARINST.ROOT_PROC_INST_ID_", "ACT_HI_TASKINST.ROOT_PROC_INST_ID_");
    assertThat(caseRows.get("ACT_HI_PROCINST.ROOT_PROC_INST_ID_")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aStuckLetterIsARuntimeIncidentAndNeitherItsRetryNorItsMigrationNorItsCancellingWritesHistory() {
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    Notification broken = notifications.save(new Notification(
        new Notice(NoticeType.APPLICATION_RECEIVED, application.getId(), "anna@example.dk", Map.of(), "stuck"),
        "not json", EngineTime.now()));
    String stuck = startLetter(application, broken);
    String cancelled = startLetter(application, notifications.save(new Notification(
        new Notice(NoticeType.APPLICATION_RECEIVED, application.getId(), "anna@example.dk", Map.of(), "cancelled"),
        "{}", EngineTime.now())));
    String jobId = managementService.createJobQuery().processInstanceId(stuck).singleResult().getId();

    // As an operator in Cockpit: what they do would otherwise land in the user operation log.
    identityService.setAuthentication("operator", List.of(Groups.ADMIN));
    try {
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("Stored facts are not JSON");
      managementService.setJobRetries(jobId, 0);
      Incident incident = runtimeService.createIncidentQuery().processInstanceId(stuck).singleResult();
      assertThat(incident.getIncidentMessage()).contains("Stored facts are not JSON");

      ProcessDefinition letters = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(MailNotifier.PROCESS_KEY).latestVersion().singleResult();
      MigrationPlan plan = runtimeService.createMigrationPlan(letters.getId(), letters.getId()).mapEqualActivities().build();
      runtimeService.newMigration(plan).processInstanceIds(stuck, cancelled).execute();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(stuck).count()).isOne();

      jdbc.update("update notification set facts = '{}' where id = ?", broken.getId());
      managementService.setJobRetries(jobId, 1);
      managementService.executeJob(jobId);
      runtimeService.deleteProcessInstance(cancelled, "cancelled by an operator");
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(Set.of(stuck, cancelled)).count())
        .isZero();
    assertThat(notifications.findById(broken.getId()).orElseThrow().getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(historyRowsOf(List.of(stuck, cancelled))).isEmpty();
    assertThat(historyRowsOfLetterDefinitions()).isEmpty();
  }

  private String startLetter(GrantApplication application, Notification notification) {
    return runtimeService.createProcessInstanceByKey(MailNotifier.PROCESS_KEY)
        .businessKey(application.getApplicationNumber())
        .setVariable(MailNotifier.NOTIFICATION_ID, notification.getId()).execute().getId();
  }

  private List<String> lettersRunning(GrantApplication application) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MailNotifier.PROCESS_KEY)
        .processInstanceBusinessKey(application.getApplicationNumber()).list().stream().map(ProcessInstance::getId).toList();
  }

  /** History rows, per {@code TABLE.COLUMN}, that name one of these process instances (or have one as root). */
  private Map<String, Integer> historyRowsOf(Collection<String> processInstanceIds) {
    String ids = String.join(",", processInstanceIds.stream().map(id -> "'" + id + "'").toList());
    return count(INSTANCE_COLUMNS, column -> column + " in (" + ids + ")");
  }

  /** History rows of any letter ever run in this engine, found by the definition they name. */
  private Map<String, Integer> historyRowsOfLetterDefinitions() {
    return count(DEFINITION_KEY_COLUMNS, column -> column + " = '" + MailNotifier.PROCESS_KEY + "'");
  }

  private Map<String, Integer> count(List<String> columnNames, Function<String, String> condition) {
    Map<String, String> columns = historyColumns(columnNames);
    // An empty answer must mean "none", not "looked nowhere".
    assertThat(columns).hasSizeGreaterThan(3);
    Map<String, Integer> found = new TreeMap<>();
    columns.forEach((tableAndColumn, table) -> {
      String column = tableAndColumn.substring(tableAndColumn.indexOf('.') + 1);
      Integer rows = jdbc.queryForObject("select count(*) from " + table + " where " + column + " is not null and "
          + condition.apply(column), Integer.class);
      if (rows != null && rows > 0) {
        found.put(tableAndColumn.toUpperCase(Locale.ROOT), rows);
      }
    });
    return found;
  }

  /** Each history table's column of these names, as {@code table.column} to the table's name as the database spells it. */
  private Map<String, String> historyColumns(List<String> names) {
    Map<String, String> found = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
      while (columns.next()) {
        String table = columns.getString("TABLE_NAME");
        String column = columns.getString("COLUMN_NAME");
        String upperTable = table.toUpperCase(Locale.ROOT);
        if ((upperTable.startsWith("ACT_HI_") || upperTable.equals("ACT_GE_BYTEARRAY"))
            && names.contains(column.toUpperCase(Locale.ROOT))) {
          found.put(table + "." + column, table);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private static HistoryEvent eventOf(String processDefinitionId) {
    HistoryEvent event = new HistoryEvent();
    event.setProcessDefinitionId(processDefinitionId);
    return event;
  }
}
