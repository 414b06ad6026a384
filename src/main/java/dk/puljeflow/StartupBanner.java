package dk.puljeflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go next. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    Environment env = event.getApplicationContext().getEnvironment();
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    String base = "http://localhost:" + port;
    log.info("""

        Puljeflow is running.
          Apply     {}/ansoeg  (public pages for applicants and signers)
          Tasklist  {}/camunda/app/tasklist/
          Cockpit   {}/camunda/app/cockpit/
          Admin     {}/camunda/app/admin/
          REST API  {}/engine-rest/  (HTTP Basic)
          Reports   {}/reports  (HTTP Basic, managers)
          Health    {}/actuator/health
        """, base, base, base, base, base, base, base);
  }
}
