package dk.puljeflow.security;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes sure the role groups exist with their authorizations and that at least one administrator
 * exists, creating the first one from configuration. Runs while the context starts, so a missing
 * administrator stops start-up before anything listens on a port.
 */
@Component
public class IdentityBootstrap {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identityService;
  private final RoleAuthorizations roleAuthorizations;
  private final AdministratorProperties administrator;

  IdentityBootstrap(IdentityService identityService, RoleAuthorizations roleAuthorizations,
      AdministratorProperties administrator) {
    this.identityService = identityService;
    this.roleAuthorizations = roleAuthorizations;
    this.administrator = administrator;
  }

  @PostConstruct
  void bootstrap() {
    Groups.ALL.forEach(this::ensureGroup);
    roleAuthorizations.grantDefaults();
    if (administrator.isConfigured()) {
      ensureUser(administrator.username(), administrator.password(), "Puljeflow", "Administrator", Groups.ADMIN);
    }
    if (identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count() == 0) {
      throw new MissingAdministratorException();
    }
  }

  /** Creates the user with this password and group when it does not exist; an existing user is left as it is. */
  public void ensureUser(String userId, String password, String firstName, String lastName, String groupId) {
    ensureUser(userId, password, firstName, lastName, null, groupId);
  }

  /** As above, with the e-mail address group notices (escalations) go to, in every one of these groups. */
  public void ensureUser(String userId, String password, String firstName, String lastName, String email,
      String... groupIds) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identityService.saveUser(user);
      log.info("Created user '{}' in {}", userId, String.join(", ", groupIds));
    }
    for (String groupId : groupIds) {
      ensureGroup(groupId);
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }

  /**
   * Creates the group when missing: the role groups, and each pool's caseworker group, whose members
   * alone are offered that pool's tasks.
   */
  public void ensureGroup(String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(groupId);
      group.setType(Groups.ADMIN.equals(groupId) ? "SYSTEM" : "WORKFLOW");
      identityService.saveGroup(group);
    }
  }
}
