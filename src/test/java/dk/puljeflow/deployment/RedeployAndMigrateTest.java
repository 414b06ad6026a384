package dk.puljeflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redeploy and migration against models in a temporary copy of processes/ and forms/, so the tests
 * can edit them without touching the repository's files. Its own context (and JVM), because the
 * releases it deploys would change what the shared context's tests run on. Every test starts with the
 * copy as it was and the latest release equal to it.
 */
@Tag("own-context")
class RedeployAndMigrateTest extends ProcessTest {

  private static final String CAREER_SPARRING_ALLOWED = "not(\"COMPETENCE_DEVELOPMENT\",\"CAREER_SPARRING\",";
  private static final String CAREER_SPARRING_NOT_ALLOWED = "not(\"COMPETENCE_DEVELOPMENT\",";
  private static final String NOT_A_POOL_CATEGORY = "Aktiviteten hører ikke under puljens kategorier";

  private static Path models;

  @DynamicPropertySource
  static void modelsFromATemporaryCopy(DynamicPropertyRegistry registry) throws IOException {
    models = Files.createTempDirectory("puljeflow-models");
    for (String folder : List.of("processes", "forms")) {
      Files.createDirectories(models.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.toList()) {
          Files.copy(file, models.resolve(folder).resolve(file.getFileName()));
        }
      }
    }
    registry.add("puljeflow.models.processes-dir", () -> models.resolve("processes").toString());
    registry.add("puljeflow.models.forms-dir", () -> models.resolve("forms").toString());
  }

  @AfterAll
  static void removeCopy() throws IOException {
    try (Stream<Path> paths = Files.walk(models)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired RepositoryService repositoryService;
  @Autowired ModelSetReader reader;
  @Autowired ModelSetDeployer deployer;
  @LocalServerPort int port;

  HttpClient admin;
  private final Map<Path, String> edited = new HashMap<>();

  @BeforeEach
  void usersAndAReleaseEqualToTheFiles() {
    admin = new HttpClient(http, "admin", "test-admin-password");
    identity.ensureUser("redeploy-caseworker", "pw-caseworker", "Karin", "Redeploy", Groups.CASEWORKER);
    deployer.deploy(reader.read());
  }

  @AfterEach
  void restoreEditedFiles() throws IOException {
    for (Map.Entry<Path, String> file : edited.entrySet()) {
      Files.writeString(file.getKey(), file.getValue());
    }
  }

  @Test
  void aChangedRuleReachesNewApplicationsAndRunningCasesOnlyOnceMigrated() throws IOException {
    ProcessDefinition before = latest("grantApplication");
    int ruleVersion = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("eligibilityTryghedspuljen")
        .latestVersion().singleResult().getVersion();
    GrantApplication keepsItsVersion = submit(TRYGHED);
    GrantApplication toBeMigrated = submit(TRYGHED);
    runDueJobs();
    assertThat(reload(toBeMigrated).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);

    // Career sparring is no longer an activity of Tryghedspuljen.
    edit("processes/eligibility-tryghedspuljen.dmn", CAREER_SPARRING_ALLOWED, CAREER_SPARRING_NOT_ALLOWED);
    ResponseEntity<JsonNode> redeployed = admin.post("/api/admin/deployments", null);

    assertThat(redeployed.getStatusCode()).as(String.valueOf(redeployed.getBody())).isEqualTo(HttpStatus.CREATED);
    JsonNode outcome = redeployed.getBody();
    assertThat(outcome.path("changedFiles")).extracting(JsonNode::asText).containsExactly("processes/eligibility-tryghedspuljen.dmn");
    ProcessDefinition after = latest("grantApplication");
    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(after.getDeploymentId()).isEqualTo(outcome.path("deploymentId").asText());
    assertThat(definition(outcome, "process", "grantApplication").path("version").asInt()).isEqualTo(after.getVersion());
    assertThat(definition(outcome, "decision", "eligibilityTryghedspuljen").path("version").asInt()).isEqualTo(ruleVersion + 1);

    // A new application meets the new rule in its first step.
    GrantApplication submitted = submit(TRYGHED);
    runDueJobs();
    GrantApplication fresh = reload(submitted);
    assertThat(fresh.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(fresh.getIneligibilityReasons()).singleElement().asString().startsWith(NOT_A_POOL_CATEGORY);

    // A running case stays on its version and its release's rule: eligible again at submission.
    signAll(keepsItsVersion);
    assertThat(reload(keepsItsVersion).getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(reload(keepsItsVersion).getIneligibilityReasons()).isEmpty();
    assertThat(mainProcess(toBeMigrated).getProcessDefinitionId()).isEqualTo(before.getId());

    Map<String, Object> request = new HashMap<>(Map.of(
        "processKey", "grantApplication", "fromVersion", before.getVersion(), "toVersion", after.getVersion()));
    JsonNode dryRun = migrate(request);
    assertThat(dryRun.path("instances").asInt()).isEqualTo(2);
    assertThat(dryRun.path("migratable").asInt()).isEqualTo(2);
    assertThat(dryRun.path("migrated").asInt()).isZero();
    assertThat(dryRun.path("notMigratable")).isEmpty();
    assertThat(mainProcess(toBeMigrated).getProcessDefinitionId()).isEqualTo(before.getId());

    request.put("dryRun", false);
    JsonNode migrated = migrate(request);
    assertThat(migrated.path("migrated").asInt()).isEqualTo(2);
    assertThat(mainProcess(toBeMigrated).getProcessDefinitionId()).isEqualTo(after.getId());
    assertThat(mainProcess(keepsItsVersion).getProcessDefinitionId()).isEqualTo(after.getId());
    // Only grantApplication moved: the case's signature stage still runs on its old version.
    ProcessDefinition signatureStage = repositoryService.getProcessDefinition(stage(toBeMigrated, "threePartySignature").getProcessDefinitionId());
    assertThat(signatureStage.getDeploymentId()).isEqualTo(before.getDeploymentId());
    assertThat(runningOn("grantApplication", before.getVersion())).isZero();
    assertThat(runningOn("grantApplication", after.getVersion())).isEqualTo(2);

    // The migrated case continues on the new version: the check at submission uses the new rule.
    signAll(toBeMigrated);
    GrantApplication rechecked = reload(toBeMigrated);
    assertThat(rechecked.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rechecked.getIneligibilityReasons()).singleElement().asString().startsWith(NOT_A_POOL_CATEGORY);
    assertThat(mainProcess(keepsItsVersion)).isNotNull();
  }

  @Test
  void anInvalidFileIsRefusedNamingFileAndLineAndNothingIsDeployed() throws IOException {
    long releases = releases();
    int grant = latest("grantApplication").getVersion();
    Path broken = models.resolve("processes/eligibility-broken.dmn");
    Path noTtl = models.resolve("processes/no-ttl.bpmn");
    Path unsupported = models.resolve("processes/eligibility-unsupported.dmn");
    try {
      // A valid change next to the broken file must not go out alone.
      edit("forms/assess-application.form", "\"label\": \"", "\"label\": \"Ændret ");
      Files.writeString(broken, """
          <?xml version="1.0" encoding="UTF-8"?>
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="broken" name="Broken" namespace="x">
            <decision id="eligibilityBroken" name="Broken">
          </definitions>
          """);

      ResponseEntity<JsonNode> refused = admin.post("/api/admin/deployments", null);

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      String message = refused.getBody().path("errors").path("processes/eligibility-broken.dmn").asText();
      assertThat(message).as(refused.getBody().toString()).startsWith("line 4: ").contains("decision");
      assertThat(refused.getBody().path("problems").get(0).path("line").asInt()).isEqualTo(4);
      assertThat(releases()).isEqualTo(releases);
      assertThat(latest("grantApplication").getVersion()).isEqualTo(grant);

      // Well-formed, but the engine refuses it (no history time to live): still named by file and line.
      Files.delete(broken);
      Files.writeString(noTtl, Files.readString(Path.of("src/test/resources/fixtures/models/processes/placeholder.bpmn"))
          .replace("camunda:historyTimeToLive=\"P1D\"", "").replace("id=\"placeholder\"", "id=\"noTtl\""));
      refused = admin.post("/api/admin/deployments", null);

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().path("errors").path("processes/no-ttl.bpmn").asText())
          .as(refused.getBody().toString()).startsWith("line 9: ").contains("History Time To Live");
      assertThat(releases()).isEqualTo(releases);
      assertThat(latest("grantApplication").getVersion()).isEqualTo(grant);

      // Valid DMN XML that the DMN engine cannot turn into a decision table.
      Files.delete(noTtl);
      Files.writeString(unsupported, """
          <?xml version="1.0" encoding="UTF-8"?>
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
              id="unsupported" name="Unsupported" namespace="x">
            <decision id="eligibilityUnsupported" name="Unsupported" camunda:historyTimeToLive="P1D">
              <decisionTable id="Table" hitPolicy="UNIQUE" aggregation="SUM">
                <input id="Input"><inputExpression id="InputExpression" typeRef="string"><text>a</text></inputExpression></input>
                <output id="Output" name="reason" typeRef="string" />
              </decisionTable>
            </decision>
          </definitions>
          """);
      refused = admin.post("/api/admin/deployments", null);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().path("errors").path("processes/eligibility-unsupported.dmn").asText())
          .as(refused.getBody().toString()).contains("hit policy 'UNIQUE' with aggregation 'SUM'");
      assertThat(releases()).isEqualTo(releases);
    } finally {
      Files.deleteIfExists(broken);
      Files.deleteIfExists(noTtl);
      Files.deleteIfExists(unsupported);
    }
  }

  @Test
  void nonAdministratorsGet403AndChangeNothing() throws IOException {
    GrantApplication running = submit(TRYGHED);
    ProcessDefinition current = latest("grantApplication");
    long releases = releases();
    edit("forms/assess-application.form", "\"label\": \"", "\"label\": \"Ny ");
    HttpClient caseworker = new HttpClient(http, "redeploy-caseworker", "pw-caseworker");

    assertThat(caseworker.post("/api/admin/deployments", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new HttpClient(http, null, null).post("/api/admin/deployments", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(caseworker.get("/api/admin/deployments").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(releases()).isEqualTo(releases);

    int next = deployer.deploy(reader.read()).definitions().stream()
        .filter(definition -> definition.key().equals("grantApplication")).findFirst().orElseThrow().version();
    assertThat(caseworker.post("/api/admin/migrations", Map.of("processKey", "grantApplication",
        "fromVersion", current.getVersion(), "toVersion", next, "dryRun", false)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(mainProcess(running).getProcessDefinitionId()).isEqualTo(current.getId());
  }

  @Test
  void binRedeployDeploysAChangeAndFailsOnRefusal() throws Exception {
    assumeTrue(onPath("bash") && onPath("curl"), "bin/redeploy needs bash and curl, which this machine lacks");
    edit("forms/provide-information.form", "\"label\": \"", "\"label\": \"Script ");

    Script deployed = redeploy("admin", "test-admin-password");
    assertThat(deployed.exitCode()).as(deployed.output()).isZero();
    assertThat(deployed.output()).contains("\"deployed\":true").contains("forms/provide-information.form");

    Script unchanged = redeploy("admin", "test-admin-password");
    assertThat(unchanged.exitCode()).as(unchanged.output()).isZero();
    assertThat(unchanged.output()).contains("Nothing changed since release");

    Script forbidden = redeploy("redeploy-caseworker", "pw-caseworker");
    assertThat(forbidden.exitCode()).isEqualTo(1);
    assertThat(forbidden.output()).contains("HTTP 403");
  }

  // ---------------------------------------------------------------------------------------------

  private record Script(int exitCode, String output) {}

  private Script redeploy(String user, String password) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "bin/redeploy").redirectErrorStream(true);
    builder.environment().put("PULJEFLOW_URL", "http://localhost:" + port);
    builder.environment().put("PULJEFLOW_ADMIN_USERNAME", user);
    builder.environment().put("PULJEFLOW_ADMIN_PASSWORD", password);
    Process script = builder.start();
    String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Script(script.exitValue(), output);
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  /** Replaces the first {@code from} in the file; the file is restored after the test. */
  private void edit(String file, String from, String to) throws IOException {
    Path path = models.resolve(file);
    String before = Files.readString(path);
    assertThat(before).as(file).contains(from);
    edited.putIfAbsent(path, before);
    Files.writeString(path, before.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private JsonNode migrate(Map<String, Object> request) {
    ResponseEntity<JsonNode> answer = admin.post("/api/admin/migrations", request);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private long runningOn(String key, int version) {
    for (JsonNode process : admin.get("/api/admin/deployments").getBody().path("processes")) {
      if (process.path("key").asText().equals(key)) {
        for (JsonNode v : process.path("versions")) {
          if (v.path("version").asInt() == version) {
            return v.path("runningInstances").asLong();
          }
        }
      }
    }
    throw new AssertionError("No " + key + " version " + version + " in the overview");
  }

  private static JsonNode definition(JsonNode outcome, String type, String key) {
    for (JsonNode definition : outcome.path("definitions")) {
      if (definition.path("type").asText().equals(type) && definition.path("key").asText().equals(key)) {
        return definition;
      }
    }
    throw new AssertionError("No " + type + " " + key + " in " + outcome);
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private long releases() {
    return repositoryService.createDeploymentQuery().deploymentName("puljeflow").count();
  }
}
