package dk.puljeflow.privacy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's data on request (camunda-admin only, like all of {@code /api/admin}):
 * {@code POST /api/admin/applications/{number}/anonymise} anonymises an ended application and
 * {@code POST /api/admin/candidates/{number}/anonymise} a recruitment candidate whose path has ended
 * (409 while it runs, 404 for an unknown number; again is harmless),
 * {@code GET /api/admin/persons/export?email=} gives everything held about an e-mail address as JSON.
 */
@RestController
@RequestMapping("/api/admin")
class PrivacyController {

  private final Anonymiser anonymiser;
  private final CandidateAnonymiser candidateAnonymiser;
  private final PersonalDataExport export;
  private final IdentityService identityService;

  PrivacyController(Anonymiser anonymiser, CandidateAnonymiser candidateAnonymiser, PersonalDataExport export,
      IdentityService identityService) {
    this.anonymiser = anonymiser;
    this.candidateAnonymiser = candidateAnonymiser;
    this.export = export;
    this.identityService = identityService;
  }

  @PostMapping("/applications/{number}/anonymise")
  AnonymisationReport anonymise(@PathVariable String number, Authentication user) {
    return asEngineUser(user, () -> anonymiser.anonymise(number, "on request"));
  }

  @PostMapping("/candidates/{number}/anonymise")
  CandidateAnonymiser.Report anonymiseCandidate(@PathVariable String number, Authentication user) {
    return asEngineUser(user, () -> candidateAnonymiser.anonymise(number, "on request"));
  }

  @GetMapping("/persons/export")
  Map<String, Object> export(@RequestParam String email) {
    if (email.isBlank() || !email.contains("@")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email must be an e-mail address");
    }
    return export.of(email);
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
