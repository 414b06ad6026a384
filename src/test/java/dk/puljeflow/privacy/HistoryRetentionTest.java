package dk.puljeflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Retention of the engine's history: every model states how long its history is kept, and the engine's
 * cleanup removes what has outlived it in the configured nightly window.
 */
class HistoryRetentionTest extends ProcessTest {

  private static final Path PROCESSES = Path.of("processes");

  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired TestRestTemplate http;

  static Stream<String> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyModelStatesHowLongItsHistoryIsKept(String file) {
    Path path = PROCESSES.resolve(file);
    if (file.endsWith(".bpmn")) {
      Collection<Process> processes = Bpmn.readModelFromFile(path.toFile()).getModelElementsByType(Process.class);
      assertThat(processes).isNotEmpty().allSatisfy(process ->
          assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).matches("P\\d+D"));
    } else {
      Collection<Decision> decisions = Dmn.readModelFromFile(path.toFile()).getModelElementsByType(Decision.class);
      assertThat(decisions).isNotEmpty().allSatisfy(decision ->
          assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).matches("P\\d+D"));
    }
  }

  @Test
  void theEngineCleansUpHistoryByRemovalTimeInTheNightlyWindow() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

    BatchWindow next = configuration.getBatchWindowManager().getNextBatchWindow(ClockUtil.getCurrentTime(), configuration);
    assertThat(localTime(next.getStart())).isEqualTo(LocalTime.of(1, 0));
    assertThat(Duration.between(next.getStart().toInstant(), next.getEnd().toInstant())).isEqualTo(Duration.ofHours(4));

    // Start-up scheduled the cleanup job: due at the window's start, or (once it ran) within the window plus
    // the engine's longest pause between runs (an hour).
    assertThat(historyService.findHistoryCleanupJobs()).isNotEmpty().allSatisfy((Job job) ->
        assertThat(localTime(job.getDuedate())).isBetween(LocalTime.of(1, 0), LocalTime.of(6, 0)));
  }

  @Test
  void aModelsTimeToLiveCanBeChangedThroughTheEngineRestApi() {
    ProcessDefinition letters = repositoryService.createProcessDefinitionQuery().processDefinitionKey("notification")
        .latestVersion().singleResult();
    Integer configured = letters.getHistoryTimeToLive();
    assertThat(configured).isEqualTo(180);
    HttpClient admin = new HttpClient(http, "admin", "test-admin-password");
    String path = "/engine-rest/process-definition/" + letters.getId() + "/history-time-to-live";
    try {
      assertThat(admin.exchange(HttpMethod.PUT, path, Map.of("historyTimeToLive", 90)).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(repositoryService.getProcessDefinition(letters.getId()).getHistoryTimeToLive()).isEqualTo(90);
      JsonNode definition = admin.get("/engine-rest/process-definition/" + letters.getId()).getBody();
      assertThat(definition.path("historyTimeToLive").asInt()).isEqualTo(90);
    } finally {
      repositoryService.updateProcessDefinitionHistoryTimeToLive(letters.getId(), configured);
    }
  }

  private static LocalTime localTime(Date date) {
    // The engine reads the window in the server's time zone.
    return LocalTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
