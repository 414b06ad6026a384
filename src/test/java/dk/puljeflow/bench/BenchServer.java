package dk.puljeflow.bench;

import dk.puljeflow.PuljeflowApplication;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.security.Groups;
import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the HTTP and start-up benchmarks run it: a JVM of its own (java -Xmx... -cp
 * &lt;test classpath&gt;), the test profile (embedded SMTP) on the H2 file database ChildApp names, a random
 * port, the job executor on. Prints "BENCH-READY port=... jvmToReadyMillis=... runToReadyMillis=..." and the
 * slowest start-up steps when ready, then creates the bench's API user (groups caseworker and the mentor
 * pool's caseworker group: may submit, search and start grantApplication through engine REST) and prints
 * "BENCH-USER bench".
 */
public final class BenchServer {

  static final String USER = "bench";
  static final String PASSWORD = "bench-password-0123";

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
    System.out.println("BENCH-USER " + USER);
    System.out.flush();
  }
}
