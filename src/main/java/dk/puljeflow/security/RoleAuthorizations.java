package dk.puljeflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations each role group starts with. Idempotent: a grant that exists is left
 * alone, so changes an administrator makes in Camunda Admin survive restarts.
 */
@Component
class RoleAuthorizations {

  private static final String GRANT_APPLICATION = "grantApplication";
  private static final String WELFARE_RECRUITMENT = "welfareRecruitment";
  private static final String TRANSITION_SUPPORT = "transitionSupport";
  private static final String TRANSITION_PARTICIPANT = "transitionParticipant";
  private static final String TSL_FUNDING = "tslFundingPerPerson";

  private final AuthorizationService authorizationService;

  RoleAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void grantDefaults() {
    // The engine skips checks for camunda-admin on commands but still filters its queries by grants.
    for (Resource resource : Resources.values()) {
      grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
    for (String group : new String[] {Groups.CASEWORKER, Groups.SIGNER, Groups.POOL_ADMIN, Groups.FINANCE}) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    grant(Groups.CASEWORKER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    // Whoever works tasks reads the models: Tasklist shows the diagram, and submitting a task form needs it.
    for (String group : new String[] {Groups.SIGNER, Groups.POOL_ADMIN}) {
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    // Caseworkers also read the cases' instances: Tasklist then shows each task's application number,
    // pool and applicant from the case's variables.
    grant(Groups.CASEWORKER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE);
    // Caseworkers also register paper applications with the start form.
    grant(Groups.CASEWORKER, Resources.PROCESS_DEFINITION, GRANT_APPLICATION, Permissions.READ, Permissions.CREATE_INSTANCE);
    // ... and refer candidates to the welfare recruitment programme with its start form; its tasks are
    // offered to the caseworker group, which lets them see and work those tasks.
    grant(Groups.CASEWORKER, Resources.PROCESS_DEFINITION, WELFARE_RECRUITMENT, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(Groups.CASEWORKER, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    // TSL advisers register transition projects (start form), decide on them and work every person's tasks:
    // they read the models and instances of the TSL processes and of the shared stages those call. Their
    // tasks are offered to their group, which lets them see and work them.
    grant(Groups.TSL_ADVISER, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Groups.TSL_ADVISER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (String key : new String[] {TRANSITION_PARTICIPANT, "decision", "threePartySignature"}) {
      grant(Groups.TSL_ADVISER, Resources.PROCESS_DEFINITION, key, Permissions.READ, Permissions.READ_INSTANCE);
    }
    grant(Groups.TSL_ADVISER, Resources.PROCESS_DEFINITION, TRANSITION_SUPPORT, Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.CREATE_INSTANCE);
    grant(Groups.TSL_ADVISER, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    // Registering a project evaluates the funding table for the project's frame.
    grant(Groups.TSL_ADVISER, Resources.DECISION_DEFINITION, TSL_FUNDING, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(Groups.MANAGER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.MANAGER, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Managers watch everything and change nothing.
    Map<Resource, Permission[]> managerReads = Map.of(
        Resources.PROCESS_DEFINITION, new Permission[] {Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE},
        Resources.PROCESS_INSTANCE, new Permission[] {Permissions.READ},
        Resources.DECISION_DEFINITION, new Permission[] {Permissions.READ, Permissions.READ_HISTORY},
        Resources.DECISION_REQUIREMENTS_DEFINITION, new Permission[] {Permissions.READ},
        Resources.DEPLOYMENT, new Permission[] {Permissions.READ},
        Resources.TASK, new Permission[] {Permissions.READ});
    managerReads.forEach((resource, permissions) -> grant(Groups.MANAGER, resource, ANY, permissions));
  }

  /** Adds what is missing of these permissions; never takes away what an administrator granted. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .authorizationType(AUTH_TYPE_GRANT)
        .list().stream().findFirst().orElse(null);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (java.util.Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
