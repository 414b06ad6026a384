package dk.puljeflow;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.GrantApplicationRepository;
import dk.puljeflow.security.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("own-context")
@SpringBootTest(properties = {"puljeflow.demo.password=demo-secret", "puljeflow.mail.embedded-port=0"})
@ActiveProfiles({"test", "demo"})
class DemoProfileTest {

  @Autowired IdentityService identityService;
  @Autowired GrantApplicationRepository applications;

  @Test
  void demoProfileHasOneUserPerRoleWithTheConfiguredPassword() {
    for (String group : Groups.ALL) {
      assertThat(identityService.createUserQuery().memberOfGroup(group).count()).as(group).isPositive();
    }
    assertThat(identityService.checkPassword("caseworker", "demo-secret")).isTrue();
    assertThat(identityService.checkPassword("admin", "demo-secret")).isTrue();
  }

  @Test
  void demoProfileStartsOneApplicationPerSeedPool() {
    assertThat(applications.findAll()).extracting(GrantApplication::getPoolId)
        .containsExactlyInAnyOrder("tryghedspuljen", "kl-ds-mentor", "star-upskilling", "tsl-omstallning");
  }
}
