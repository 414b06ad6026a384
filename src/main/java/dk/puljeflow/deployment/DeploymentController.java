package dk.puljeflow.deployment;

import jakarta.validation.Valid;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Redeploy and migrate without a restart (Cockpit of the community edition has no migration UI).
 * Administrators only (SecurityConfiguration); invalid models and requests answer 400 (ApiErrors).
 */
@RestController
@RequestMapping("/api/admin")
class DeploymentController {

  private static final Logger log = LoggerFactory.getLogger(DeploymentController.class);

  private final ModelSetReader reader;
  private final ModelSetDeployer deployer;
  private final ReleaseHistory releases;
  private final MigrationService migrations;

  DeploymentController(ModelSetReader reader, ModelSetDeployer deployer, ReleaseHistory releases, MigrationService migrations) {
    this.reader = reader;
    this.deployer = deployer;
    this.releases = releases;
    this.migrations = migrations;
  }

  /** Reads processes/ and forms/ again and deploys them as at start-up: 201 with a new release, 200 when unchanged. */
  @PostMapping("/deployments")
  ResponseEntity<DeploymentOutcome> redeploy(Principal user) {
    log.info("Redeploy requested by {}", user.getName());
    DeploymentOutcome outcome = deployer.deploy(reader.read());
    return ResponseEntity.status(outcome.deployed() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
  }

  @GetMapping("/deployments")
  ReleaseOverview deployments() {
    return releases.overview();
  }

  @PostMapping("/migrations")
  MigrationReport migrate(@Valid @RequestBody MigrationRequest request, Principal user) {
    log.info("Migration of {} {} -> {} (dry run: {}) requested by {}", request.processKey(), request.fromVersion(),
        request.toVersion(), request.dryRunRequested(), user.getName());
    return migrations.migrate(request);
  }
}
