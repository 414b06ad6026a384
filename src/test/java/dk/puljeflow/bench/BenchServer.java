package dk.puljeflow.bench;

import dk.puljeflow.PuljeflowApplication;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.security.Groups;
import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the HTTP and start-up benchmarks run it: a JVM of its own (java -Xmx... -cp
 * &lt;test classpath&gt;), the test profile on the H2 file database ChildApp names, mail to the bench's
 * own SMTP server, a random port, the job executor on. Prints "BENCH-READY port=... jvmToReadyMillis=... runToReadyMillis=..." and the
 * slowest start-up steps when ready, then creates the bench's API user (groups caseworker and the mentor
 * pool's caseworker group: may submit, search and start grantApplication through engine REST) and the
 * one-user-task reference process, and prints "BENCH-USER bench".
 */
public final class BenchServer {

  static final String USER = "bench";
  static final String PASSWORD = "bench-password-0123";
  /** The machine's yardstick: the shape of process the absolute HTTP figures were measured with. */
  static final String REFERENCE_PROCESS = "benchReference";

  private BenchServer() {}

  public static void main(String[] args) {
    long runStart = System.nanoTime();
    BufferingApplicationStartup steps = new BufferingApplicationStartup(20_000);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(PuljeflowApplication.class)
        .profiles("test")
        .applicationStartup(steps)
        // A plain listener checks the type itself: a lambda's event type cannot be resolved, so Spring would
        // call it for every event and swallow a ClassCastException each time (visible in the HTTP profile).
        .listeners(event -> {
          if (!(event instanceof ApplicationReadyEvent ready)) {
            return;
          }
          int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
          System.out.println("BENCH-READY port=" + port
              + " jvmToReadyMillis=" + ManagementFactory.getRuntimeMXBean().getUptime()
              + " runToReadyMillis=" + (System.nanoTime() - runStart) / 1_000_000);
          StartupSteps.slowest(steps.drainBufferedTimeline(), 12).forEach(step -> System.out.println("BENCH-STEP " + step));
          System.out.flush();
        })
        .run(args);
    IdentityService identity = context.getBean(IdentityService.class);
    if (identity.createUserQuery().userId(USER).count() == 0) {
      User user = identity.newUser(USER);
      user.setPassword(PASSWORD);
      user.setEmail("bench@example.dk");
      identity.saveUser(user);
      identity.createMembership(USER, Groups.CASEWORKER);
      // Caseworkers see the cases of their pools only; the bench's applications are in the mentor pool.
      identity.createMembership(USER, context.getBean(PoolRepository.class).findById(MentorApplication.POOL).orElseThrow()
          .getCaseworkerGroup());
    }
    deployReference(context);
    System.out.println("BENCH-USER " + USER);
    System.out.flush();
  }

  /**
   * Deploys the one-user-task reference process (full history, like everything else) and lets the bench
   * user start it through engine REST, so each HTTP run also measures what this machine does for the
   * cheapest process start.
   */
  private static void deployReference(ConfigurableApplicationContext context) {
    RepositoryService repository = context.getBean(RepositoryService.class);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(REFERENCE_PROCESS).count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(REFERENCE_PROCESS).camundaHistoryTimeToLive(1)
          .startEvent().userTask("Work").name("Work").endEvent().done();
      repository.createDeployment().name("bench-reference").addModelInstance(REFERENCE_PROCESS + ".bpmn", model).deploy();
      AuthorizationService authorizations = context.getBean(AuthorizationService.class);
      Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      start.setUserId(USER);
      start.setResource(Resources.PROCESS_DEFINITION);
      start.setResourceId(REFERENCE_PROCESS);
      start.addPermission(Permissions.READ);
      start.addPermission(Permissions.CREATE_INSTANCE);
      authorizations.saveAuthorization(start);
    }
  }
}
