package dk.puljeflow.portal;

import dk.puljeflow.PlainText;
import dk.puljeflow.application.ApplicationService;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.signature.SignatureRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant's status page, reached through the status link from the receipt and the first letter:
 * stage, deadlines, each signature's state, and withdrawal while the case is open.
 */
@Controller
class CaseStatusController {

  private final LinkAccess access;
  private final PartySteps steps;
  private final ApplicationService applications;
  private final PoolRepository pools;
  private final SignatureRequests signatures;

  CaseStatusController(LinkAccess access, PartySteps steps, ApplicationService applications, PoolRepository pools,
      SignatureRequests signatures) {
    this.access = access;
    this.steps = steps;
    this.applications = applications;
    this.pools = pools;
    this.signatures = signatures;
  }

  @GetMapping("/sag/{token}")
  String status(@PathVariable String token, HttpServletRequest request, Model model) {
    model.addAttribute("token", token);
    return page(access.status(token, request), Map.of(), model);
  }

  /** A refused withdrawal shows the status page again with the message: 400, or 409 once the case has ended. */
  @PostMapping("/sag/{token}/tilbagetraek")
  String withdraw(@PathVariable String token, @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "confirm", required = false) String confirm, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    PersonalLink link = access.status(token, request);
    model.addAttribute("token", token);
    String why = reason == null ? "" : reason.strip();
    Map<String, String> refusal = Map.of();
    if (!"true".equals(confirm)) {
      refusal = Map.of("confirm", "bekræft, at ansøgningen skal trækkes tilbage");
    } else if (why.length() > ApplicationService.MAX_WITHDRAWAL_REASON) {
      refusal = Map.of("reason", "må højst være " + ApplicationService.MAX_WITHDRAWAL_REASON + " tegn");
    } else if (!PlainText.Check.isPlain(why)) {
      refusal = Map.of("reason", StepForms.NOT_PLAIN);
    }
    if (!refusal.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(link, refusal, model);
    }
    try {
      applications.withdraw(steps.applicationOf(link).getApplicationNumber(),
          why.isEmpty() ? "Trukket tilbage af ansøgeren" : why);
    } catch (CaseConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return page(link, Map.of("withdrawal", "Ansøgningen kan ikke længere trækkes tilbage: sagen er afsluttet."), model);
    }
    return "redirect:/sag/" + token;
  }

  private String page(PersonalLink link, Map<String, String> errors, Model model) {
    GrantApplication application = steps.applicationOf(link);
    model.addAttribute("grant", application);
    model.addAttribute("pool", pools.findById(application.getPoolId()).orElseThrow());
    model.addAttribute("stages", applications.currentStages(application));
    model.addAttribute("signatures", signatures.of(application.getId()));
    model.addAttribute("errors", errors);
    return "portal/status";
  }
}
