package dk.puljeflow.privacy;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's data on request (camunda-admin only, like all of {@code /api/admin}):
 * {@code POST /api/admin/applications/{number}/anonymise} anonymises an ended application (409 while
 * it runs, 404 for an unknown number; again is harmless).
 */
@RestController
@RequestMapping("/api/admin")
class PrivacyController {

  private final Anonymiser anonymiser;
  private final IdentityService identityService;

  PrivacyController(Anonymiser anonymiser, IdentityService identityService) {
    this.anonymiser = anonymiser;
    this.identityService = identityService;
  }

  @PostMapping("/applications/{number}/anonymise")
  AnonymisationReport anonymise(@PathVariable String number, Authentication user) {
    return asEngineUser(user, () -> anonymiser.anonymise(number, "on request"));
  }

  /**
   * Runs as the calling administrator inside the engine too, so the case event log and the engine's
   * user operation log name who anonymised the case.
   */
  private <T> T asEngineUser(Authentication user, Supplier<T> work) {
    List<String> groups = user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith("ROLE_"))
        .map(authority -> authority.substring("ROLE_".length()))
        .toList();
    identityService.setAuthentication(user.getName(), groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
