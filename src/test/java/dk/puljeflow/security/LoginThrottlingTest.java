package dk.puljeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Camunda's login throttling, as configured in application.yaml, also guards HTTP Basic on the APIs. */
class LoginThrottlingTest extends ProcessTest {

  @Autowired IdentityBootstrap identity;
  @Autowired TestRestTemplate http;

  @Test
  void aWrongPasswordLocksTheUserForAWhileThatGrowsWithEachFailure() {
    identity.ensureUser("throttled", "right-pw", "Tim", "Throttle", Groups.MANAGER);
    HttpClient right = new HttpClient(http, "throttled", "right-pw");
    HttpClient wrong = new HttpClient(http, "throttled", "wrong-pw");
    ClockUtil.setCurrentTime(Date.from(EngineTime.now()));

    assertThat(wrong.get("/api/pools").getStatusCode().value()).isEqualTo(401);
    assertThat(right.get("/api/pools").getStatusCode().value()).as("locked for 3 s").isEqualTo(401);
    moveClockBy(Duration.ofSeconds(4));
    assertThat(right.get("/api/pools").getStatusCode().value()).isEqualTo(200);

    // A success starts the count again; two failures in a row (the second after the first lock ran out) lock for 6 s.
    assertThat(wrong.get("/api/pools").getStatusCode().value()).isEqualTo(401);
    moveClockBy(Duration.ofSeconds(4));
    assertThat(wrong.get("/api/pools").getStatusCode().value()).isEqualTo(401);
    moveClockBy(Duration.ofSeconds(4));
    assertThat(right.get("/api/pools").getStatusCode().value()).as("the second failure in a row locks for 6 s").isEqualTo(401);
    moveClockBy(Duration.ofSeconds(3));
    assertThat(right.get("/api/pools").getStatusCode().value()).isEqualTo(200);
  }
}
