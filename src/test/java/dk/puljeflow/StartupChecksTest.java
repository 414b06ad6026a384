package dk.puljeflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static dk.puljeflow.TestApplications.causeOfType;

import dk.puljeflow.deployment.InvalidModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Mistakes stop start-up and name their cause; nothing starts half-way. */
@Tag("own-context")
class StartupChecksTest {

  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/models");

  @TempDir Path models;

  @Test
  void missingAdministratorStopsStartup() {
    Throwable failure = catchThrowable(() -> TestApplications.start(Map.of("puljeflow.admin.username", "", "puljeflow.admin.password", "")));
    assertThat(causeOfType(failure, StartupCheckFailed.class))
        .hasMessageContaining("No administrator exists")
        .extracting(StartupCheckFailed::action).asString().contains("PULJEFLOW_ADMIN_USERNAME");
  }

  @Test
  void withoutDemoProfileOnlyTheConfiguredAdministratorExists() {
    try (ConfigurableApplicationContext context = TestApplications.start(Map.of())) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
    }
  }

  @Test
  void unparsableBpmnStopsStartupNamingTheFile() throws IOException {
    Path broken = modelsWith("processes/broken.bpmn", "<bpmn:definitions this is not xml");
    assertThat(causeOfType(catchThrowable(() -> TestApplications.start(modelFolders(broken))), InvalidModelException.class))
        .hasMessageContaining("processes/broken.bpmn:1");
  }

  @Test
  void bpmnTheEngineRejectsStopsStartupNamingFileAndLine() throws IOException {
    String withoutTtl = Files.readString(FIXTURE.resolve("processes/placeholder.bpmn"))
        .replace("camunda:historyTimeToLive=\"P1D\"", "");
    Path broken = modelsWith("processes/no-ttl.bpmn", withoutTtl.replace("id=\"placeholder\"", "id=\"noTtl\""));
    assertThat(causeOfType(catchThrowable(() -> TestApplications.start(modelFolders(broken))), InvalidModelException.class))
        .hasMessageContaining("processes/no-ttl.bpmn:9")
        .hasMessageContaining("History Time To Live");
  }

  @Test
  void unparsableFormStopsStartupNamingFileAndLine() throws IOException {
    Path broken = modelsWith("forms/broken.form", "{\n  \"id\": \"brokenForm\",\n  \"components\": [ oops ]\n}");
    assertThat(causeOfType(catchThrowable(() -> TestApplications.start(modelFolders(broken))), InvalidModelException.class))
        .hasMessageContaining("forms/broken.form:3");
  }

  @Test
  void missingMailServerStopsStartup() {
    Throwable failure = catchThrowable(() -> TestApplications.start(Map.of("puljeflow.mail.embedded", "false")));
    assertThat(causeOfType(failure, StartupCheckFailed.class))
        .hasMessageContaining("No mail server is configured")
        .extracting(StartupCheckFailed::action).asString().contains("SPRING_MAIL_HOST");
  }

  @Test
  void unreachableDatabaseStopsStartup() {
    Map<String, String> nowhere = Map.of(
        "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/puljeflow",
        "spring.datasource.hikari.initialization-fail-timeout", "1");
    assertThat(catchThrowable(() -> TestApplications.start(nowhere)))
        .rootCause()
        .hasMessageContaining("Connection refused");
  }

  @Test
  void postgresProfileWithoutConnectionSettingsStopsStartupNamingTheVariables() {
    Throwable failure = catchThrowable(() -> TestApplications.start(List.of("test", "postgres"), Map.of()));
    assertThat(causeOfType(failure, StartupCheckFailed.class))
        .hasMessageContaining("PULJEFLOW_DB_URL, PULJEFLOW_DB_USERNAME, PULJEFLOW_DB_PASSWORD not set")
        .extracting(StartupCheckFailed::action).asString().contains("There is no default password");
  }

  private Path modelsWith(String file, String content) throws IOException {
    Files.createDirectories(models.resolve("processes"));
    Files.createDirectories(models.resolve("forms"));
    Files.copy(FIXTURE.resolve("processes/placeholder.bpmn"), models.resolve("processes/placeholder.bpmn"));
    Files.copy(FIXTURE.resolve("forms/placeholder.form"), models.resolve("forms/placeholder.form"));
    Files.writeString(models.resolve(file), content);
    return models;
  }

  private static Map<String, String> modelFolders(Path root) {
    Map<String, String> properties = new HashMap<>();
    properties.put("puljeflow.models.processes-dir", root.resolve("processes").toString());
    properties.put("puljeflow.models.forms-dir", root.resolve("forms").toString());
    return properties;
  }
}
