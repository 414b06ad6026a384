package dk.puljeflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.TestApplications;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The default database is a file: cases and their pending timers survive a restart. */
@Tag("own-context")
class PersistenceAcrossRestartTest {

  @TempDir Path dataDir;

  @Test
  void processInstanceAndTimerSurviveRestart() {
    Map<String, String> onDisk = Map.of(
        "spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("puljeflow") + ";DB_CLOSE_ON_EXIT=FALSE",
        "camunda.bpm.job-execution.enabled", "false",
        "puljeflow.models.processes-dir", "src/test/resources/fixtures/models/processes",
        "puljeflow.models.forms-dir", "src/test/resources/fixtures/models/forms");

    String instanceId;
    String timerId;
    try (ConfigurableApplicationContext first = TestApplications.start(onDisk)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("placeholder", "case-1");
      instanceId = instance.getId();
      timerId = engine.getManagementService().createJobQuery().processInstanceId(instanceId).singleResult().getId();
    }

    try (ConfigurableApplicationContext second = TestApplications.start(onDisk)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("case-1").singleResult().getId())
          .isEqualTo(instanceId);
      ManagementService management = engine.getManagementService();
      Job timer = management.createJobQuery().processInstanceId(instanceId).timers().singleResult();
      assertThat(timer.getId()).isEqualTo(timerId);
      assertThat(timer.getDuedate()).isNotNull();
      // The unchanged models were not deployed a second time.
      assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("puljeflow").count()).isEqualTo(1);
    }
  }
}
