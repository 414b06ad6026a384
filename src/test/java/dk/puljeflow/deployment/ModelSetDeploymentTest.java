package dk.puljeflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dk.puljeflow.ProcessTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class ModelSetDeploymentTest extends ProcessTest {

  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/models");

  @Autowired RepositoryService repositoryService;
  @Autowired ModelValidator validator;
  @Autowired FormService formService;

  @TempDir Path folder;

  @Test
  void startupDeployedEveryModelFileAsOneRelease() throws IOException {
    List<Deployment> releases = releases("puljeflow");
    assertThat(releases).hasSize(1);
    List<String> onDisk = new java.util.ArrayList<>();
    for (String folder : List.of("processes", "forms")) {
      try (var files = Files.list(Path.of(folder))) {
        files.map(file -> folder + "/" + file.getFileName())
            .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
            .forEach(onDisk::add);
      }
    }
    assertThat(onDisk).contains("processes/grant-application.bpmn", "forms/assess-application.form");
    assertThat(resourceNames(releases.get(0))).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void formRefFindsTheFormOfTheSameRelease() throws IOException {
    deployerNamed("fixture").deploy(readerOf(FIXTURE).read());
    String instanceId = runtimeService.startProcessInstanceByKey("placeholder").getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).singleResult().getId());
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    try (var form = formService.getDeployedTaskForm(taskId)) {
      assertThat(new String(form.readAllBytes())).contains("\"placeholderForm\"");
    }
  }

  @Test
  void unchangedSetDeploysNothingAndAnyChangeDeploysTheWholeSet() throws IOException {
    ModelSetDeployer deployer = deployerNamed("change-test");
    ModelSetReader reader = readerOf(copyOfFixture());

    DeploymentOutcome first = deployer.deploy(reader.read());
    assertThat(first.deployed()).isTrue();
    assertThat(first.changedFiles()).containsExactly("forms/placeholder.form", "processes/placeholder.bpmn");

    DeploymentOutcome again = deployer.deploy(reader.read());
    assertThat(again.deployed()).isFalse();
    assertThat(again.deploymentId()).isEqualTo(first.deploymentId());
    assertThat(releases("change-test")).hasSize(1);

    Path form = folder.resolve("forms/placeholder.form");
    Files.writeString(form, Files.readString(form).replace("\"Note\"", "\"Comment\""));
    DeploymentOutcome changed = deployer.deploy(reader.read());

    assertThat(changed.deployed()).isTrue();
    assertThat(changed.changedFiles()).containsExactly("forms/placeholder.form");
    List<Deployment> releases = releases("change-test");
    assertThat(releases).hasSize(2);
    // The unchanged BPMN comes along, so its formRef (binding "deployment") meets the new form.
    assertThat(resourceNames(releases.get(0)))
        .containsExactlyInAnyOrder("processes/placeholder.bpmn", "forms/placeholder.form");
  }

  @Test
  void folderOnDiskWinsOverThePackagedCopy() throws IOException {
    Path disk = copyOfFixture();
    assertThat(readerOf(disk).read().files()).containsOnlyKeys("processes/placeholder.bpmn", "forms/placeholder.form");

    ModelSet packaged = readerOf(folder.resolve("absent")).read();
    assertThat(packaged.files()).containsKey("processes/packaged-placeholder.bpmn")
        .doesNotContainKey("processes/placeholder.bpmn");
  }

  private Path copyOfFixture() throws IOException {
    for (String sub : List.of("processes", "forms")) {
      Files.createDirectories(folder.resolve(sub));
      try (var files = Files.list(FIXTURE.resolve(sub))) {
        for (Path file : files.toList()) {
          Files.copy(file, folder.resolve(sub).resolve(file.getFileName()));
        }
      }
    }
    return folder;
  }

  private static ModelSetReader readerOf(Path root) {
    return new ModelSetReader(new ModelProperties(root.resolve("processes"), root.resolve("forms"), "unused"));
  }

  private ModelSetDeployer deployerNamed(String name) {
    return new ModelSetDeployer(repositoryService, validator, new ModelProperties(null, null, name));
  }

  private List<Deployment> releases(String name) {
    return repositoryService.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc().list();
  }

  private List<String> resourceNames(Deployment deployment) {
    return repositoryService.getDeploymentResources(deployment.getId()).stream().map(Resource::getName).toList();
  }
}
