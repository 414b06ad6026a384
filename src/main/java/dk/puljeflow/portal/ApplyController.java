package dk.puljeflow.portal;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationService;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.InvalidApplicationException;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public application form: choose an open pool, apply, get a receipt with the application number
 * and the applicant's status link. Validation is the API's, in Danish.
 */
@Controller
class ApplyController {

  static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private final PoolRepository pools;
  private final ApplicationService applications;
  private final PersonalLinks links;

  ApplyController(PoolRepository pools, ApplicationService applications, PersonalLinks links) {
    this.pools = pools;
    this.applications = applications;
    this.links = links;
  }

  @GetMapping("/ansoeg")
  String openPools(Model model) {
    List<Pool> open = pools.findAll().stream()
        .filter(Pool::takesGrantApplications)
        .filter(pool -> pool.isOpenOn(EngineTime.today()))
        .sorted(Comparator.comparing(Pool::getName))
        .toList();
    model.addAttribute("pools", open);
    return "portal/pools";
  }

  @GetMapping("/ansoeg/{poolId}")
  String form(@PathVariable String poolId, Model model) {
    return showForm(openPool(poolId), Map.of(), Map.of(), model);
  }

  /** A refused form comes back with the messages next to its fields, as 400 Bad Request. */
  @PostMapping("/ansoeg/{poolId}")
  String apply(@PathVariable String poolId, @RequestParam Map<String, String> fields, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    Pool pool = openPool(poolId);
    ApplicationFormFields.Parsed parsed = ApplicationFormFields.parse(pool.getId(), fields);
    // A field that could not be read is reported as such, not as missing as well.
    Map<String, String> errors = new TreeMap<>(parsed.errors());
    GrantApplication application = null;
    Locale previous = LocaleContextHolder.getLocale();
    LocaleContextHolder.setLocale(DANISH);
    try {
      application = applications.submit(parsed.request());
    } catch (InvalidApplicationException invalid) {
      // The scheme's questions sit under "details." in the request but are plain fields on the page.
      invalid.errors().forEach((field, message) -> errors.putIfAbsent(field.replaceFirst("^details\\.", ""), message));
    } finally {
      LocaleContextHolder.setLocale(previous);
    }
    if (!errors.isEmpty() || application == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return showForm(pool, fields, errors, model);
    }
    redirect.addFlashAttribute("applicationNumber", application.getApplicationNumber());
    redirect.addFlashAttribute("statusLink", links.addressOf(
        links.find(application.getId(), LinkPurpose.STATUS, null, null).orElseThrow()));
    return "redirect:/ansoeg/kvittering";
  }

  /** Post/redirect/get: a reload of the receipt never submits twice; the facts come as flash attributes. */
  @GetMapping("/ansoeg/kvittering")
  String receipt(Model model) {
    return model.containsAttribute("applicationNumber") ? "portal/receipt" : "redirect:/ansoeg";
  }

  private String showForm(Pool pool, Map<String, String> values, Map<String, String> errors, Model model) {
    model.addAttribute("pool", pool);
    model.addAttribute("scheme", schemeOf(pool));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "portal/apply";
  }

  private Pool openPool(String poolId) {
    return pools.findById(poolId)
        .filter(Pool::takesGrantApplications)
        .filter(pool -> pool.isOpenOn(EngineTime.today()))
        .orElseThrow(() -> new PageNotFoundException("Puljen findes ikke eller modtager ikke ansøgninger nu."));
  }

  /** Which scheme questions the form asks, by the pool's eligibility rules. */
  static String schemeOf(Pool pool) {
    return switch (pool.getEligibilityDecision()) {
      case "eligibilityTryghedspuljen" -> "tryghed";
      case "eligibilityKlDsMentor" -> "mentor";
      case "eligibilityStarUpskilling" -> "star";
      default -> "generic";
    };
  }
}
