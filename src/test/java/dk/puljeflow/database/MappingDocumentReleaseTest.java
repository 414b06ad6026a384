package dk.puljeflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's parsed mapping files are let go after the build, and its queries still work without them. */
class MappingDocumentReleaseTest extends ProcessTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired HistoryService historyService;

  @Test
  void theEngineKeepsNoSqlFragmentsAfterTheBuild() {
    assertThat(configuration.getSqlSessionFactory().getConfiguration().getSqlFragments()).isEmpty();
  }

  @Test
  void queriesBuiltFromFragmentsStillRun() {
    GrantApplication application = submit(MENTOR);
    // Both queries include shared fragments (query criteria, authorization check) of Camunda's mapping files.
    String instance = application.getProcessInstanceId();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).list()).hasSize(1);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).variableName(ProcessVariables.APPLICATION_NUMBER)
        .singleResult().getValue()).isEqualTo(application.getApplicationNumber());
  }
}
