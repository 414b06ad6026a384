package dk.puljeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpSecurityTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired IdentityService identityService;

  @BeforeEach
  void caseworkerExists() {
    identity.ensureUser("karin", "karins-password", "Karin", "Test", Groups.CASEWORKER);
  }

  @Test
  void engineRestRejectsAnonymousAndWrongPassword() {
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A wrong password locks the user for a few seconds (Camunda's login delay), so not the admin here.
    identity.ensureUser("locked-out", "right-password", "Locked", "Out", Groups.CASEWORKER);
    assertThat(http.withBasicAuth("locked-out", "wrong").getForEntity("/engine-rest/process-definition", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void adminSeesTheDeployedDefinitions() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "test-admin-password")
        .getForEntity("/engine-rest/process-definition?key=grantApplication", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).hasSize(1);
  }

  @Test
  void engineRestRunsUnderTheCallersAuthorizations() {
    // Authorizations are on: finance has no grant on process definitions and sees none of them.
    identity.ensureUser("frida", "fridas-password", "Frida", "Test", Groups.FINANCE);
    ResponseEntity<JsonNode> response = http.withBasicAuth("frida", "fridas-password")
        .getForEntity("/engine-rest/process-definition?key=grantApplication", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEmpty();
    // ... and the engine is left without an authenticated user after the request.
    assertThat(identityService.getCurrentAuthentication()).isNull();
  }

  @Test
  void webappsServeTheirLoginPages() {
    for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
      ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
      assertThat(page.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).as(app).containsIgnoringCase("<title>Camunda");
    }
    // Not logged in: the webapps' own API knows no user.
    assertThat(http.getForEntity("/camunda/api/admin/auth/user/default", String.class).getStatusCode())
        .isIn(HttpStatus.NOT_FOUND, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void webappLoginAdmitsUsersToTheAppsTheirRoleAllows() {
    assertThat(webappLogin("admin", "test-admin-password", "admin")).isEqualTo(HttpStatus.OK);
    assertThat(webappLogin("karin", "karins-password", "tasklist")).isEqualTo(HttpStatus.OK);
    identity.ensureUser("signer-test", "signer-password", "Signe", "Test", Groups.SIGNER);
    assertThat(webappLogin("signer-test", "signer-password", "tasklist")).isEqualTo(HttpStatus.OK);
    assertThat(webappLogin("signer-test", "signer-password", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private HttpStatusCode webappLogin(String user, String password, String app) {
    return WebappSession.login(http, app, user, password).loginStatus();
  }

  @Test
  void healthIsPublicAndReportsDatabaseAndJobExecutor() {
    ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
    assertThat(health.getBody().path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.getBody().path("components").path("jobExecutor").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void otherActuatorEndpointsNeedTheAdminRole() {
    assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("karin", "karins-password").getForEntity("/actuator/metrics", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("admin", "test-admin-password").getForEntity("/actuator/metrics", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
