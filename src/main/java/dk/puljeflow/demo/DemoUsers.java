package dk.puljeflow.demo;

import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import jakarta.annotation.PostConstruct;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * One user per role for a local trial, all with the demo password from configuration. The demo
 * administrator comes from {@code puljeflow.admin} in application-demo.yaml like any other.
 */
@Component
@Profile("demo")
class DemoUsers {

  private final IdentityBootstrap identity;
  private final DemoProperties demo;
  private final PoolRepository pools;

  DemoUsers(IdentityBootstrap identity, DemoProperties demo, PoolRepository pools) {
    this.identity = identity;
    this.demo = demo;
    this.pools = pools;
  }

  @PostConstruct
  void createUsers() {
    String password = demo.password();
    Assert.hasText(password, "puljeflow.demo.password must be set for the demo profile");
    identity.ensureUser("caseworker", password, "Karin", "Sagsbehandler", "caseworker@puljeflow.example", Groups.CASEWORKER);
    identity.ensureUser("manager", password, "Mads", "Leder", "manager@puljeflow.example", Groups.MANAGER);
    identity.ensureUser("pooladmin", password, "Pia", "Puljeadministrator", "pooladmin@puljeflow.example", Groups.POOL_ADMIN);
    identity.ensureUser("finance", password, "Frida", "Økonomi", "finance@puljeflow.example", Groups.FINANCE);
    identity.ensureUser("applicant", password, "Anna", "Ansøger", "applicant@puljeflow.example", Groups.SIGNER);
    identity.ensureUser("nearestmanager", password, "Niels", "Nærmeste Leder", "nearestmanager@puljeflow.example", Groups.SIGNER);
    identity.ensureUser("unionrep", password, "Tina", "Tillidsrepræsentant", "unionrep@puljeflow.example", Groups.SIGNER);
    identity.ensureUser("tsladviser", password, "Sara", "Omställningsrådgivare", "tsladviser@puljeflow.example", Groups.TSL_ADVISER);
    identity.ensureUser("integration", password, "Ansøgnings", "Integration", "integration@puljeflow.example",
        Groups.INTEGRATION);
  }

  /** The demo caseworker handles every pool: a member of each pool's caseworker group, once the pools are seeded. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void joinEveryPool() {
    String[] poolGroups = pools.findAll().stream()
        // TSL's projects are the transition advisers' (tsladviser), not the Danish pools' caseworker's.
        .filter(Pool::takesGrantApplications)
        .map(Pool::getCaseworkerGroup).distinct().toArray(String[]::new);
    identity.ensureUser("caseworker", demo.password(), "Karin", "Sagsbehandler", "caseworker@puljeflow.example", poolGroups);
  }
}
