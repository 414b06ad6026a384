package dk.puljeflow.portal;

import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.CaseEventRepository;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.contract.GrantContractRepository;
import dk.puljeflow.followup.FollowUp;
import dk.puljeflow.followup.FollowUpRepository;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.payout.ReceiptFile;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.signature.SignatureRequests;
import dk.puljeflow.signature.SignerRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page behind a personal link: it shows what the party is asked to do and, on submit, completes
 * that party's task in the process. Each kind of step has its own template {@code portal/step-*}.
 */
@Controller
class LinkPageController {

  private final LinkAccess access;
  private final PartySteps steps;
  private final PoolRepository pools;
  private final SignatureRequests signatures;
  private final GrantContractRepository contracts;
  private final FollowUpRepository followUps;
  private final CaseEventRepository caseEvents;

  LinkPageController(LinkAccess access, PartySteps steps, PoolRepository pools,
      SignatureRequests signatures, GrantContractRepository contracts, FollowUpRepository followUps,
      CaseEventRepository caseEvents) {
    this.access = access;
    this.steps = steps;
    this.pools = pools;
    this.signatures = signatures;
    this.contracts = contracts;
    this.followUps = followUps;
    this.caseEvents = caseEvents;
  }

  @GetMapping("/link/{token}")
  String show(@PathVariable String token, HttpServletRequest request, Model model) {
    PersonalLink link = access.usableStep(token, request);
    model.addAttribute("token", token);
    return page(link, Map.of(), Map.of(), model);
  }

  /** A refused form comes back with the messages next to its fields, as 400 Bad Request; the link stays unused. */
  @PostMapping("/link/{token}")
  String submit(@PathVariable String token, @RequestParam Map<String, String> fields,
      @RequestParam(name = "receipts", required = false) List<MultipartFile> uploads, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    PersonalLink link = access.usableStep(token, request);
    model.addAttribute("token", token);
    Map<String, String> errors = new TreeMap<>();
    Map<String, Object> variables = StepForms.variables(link, fields, errors);
    List<ReceiptFile> receipts = receipts(uploads, errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(link, fields, errors, model);
    }
    try {
      switch (link.getPurpose()) {
        case REPORT_USE -> steps.reportUse(link, variables, receipts);
        case SIGN_CONTRACT -> steps.complete(link, withSigner(variables, link));
        default -> steps.complete(link, variables);
      }
    } catch (RuntimeException e) {
      StepForms.refusal(e).ifPresentOrElse(
          refusal -> errors.put(refusal.field(), "kunne ikke modtages: " + refusal.message()),
          () -> { throw e; });
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(link, fields, errors, model);
    }
    model.addAttribute("grant", steps.applicationOf(link));
    model.addAttribute("purpose", link.getPurpose().name());
    model.addAttribute("answer", fields.get("answer"));
    return "portal/done";
  }

  /** The contract records who signed for the workplace: the manager named in the application. */
  private Map<String, Object> withSigner(Map<String, Object> variables, PersonalLink link) {
    Map<String, Object> withSigner = new HashMap<>(variables);
    withSigner.put("signedBy", signatures.signatureOf(link.getApplicationId(), SignerRole.NEAREST_MANAGER).getSignerName());
    return withSigner;
  }

  private String page(PersonalLink link, Map<String, String> values, Map<String, String> errors, Model model) {
    GrantApplication application = steps.applicationOf(link);
    model.addAttribute("grant", application);
    model.addAttribute("pool", pools.findById(application.getPoolId()).orElseThrow());
    model.addAttribute("link", link);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    switch (link.getPurpose()) {
      case SIGN_APPLICATION -> {
        model.addAttribute("role", SignerRole.valueOf(link.getParty()));
        model.addAttribute("signatures", signatures.of(application.getId()));
      }
      case PROVIDE_INFORMATION -> model.addAttribute("question", lastEvent(application, "MORE_INFORMATION_REQUESTED"));
      case SIGN_CONTRACT -> model.addAttribute("contract", contracts.findByApplicationId(application.getId()).orElseThrow());
      case REPORT_USE -> {
        model.addAttribute("stage", link.getOccurrence());
        model.addAttribute("maxFiles", ReceiptFile.MAX_FILES);
      }
      case ANSWER_MEETING -> model.addAttribute("meeting",
          followUps.findByApplicationIdAndKind(application.getId(), FollowUp.Kind.MIDWAY_MEETING).orElseThrow());
      default -> { }
    }
    return "portal/step-" + link.getPurpose().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String lastEvent(GrantApplication application, String type) {
    List<CaseEvent> events = caseEvents.findByApplicationIdOrderByOccurredAtAscIdAsc(application.getId());
    return events.stream().filter(event -> event.getEventType().equals(type)).reduce((first, second) -> second)
        .map(CaseEvent::getDetail).orElse("");
  }

  private static List<ReceiptFile> receipts(List<MultipartFile> uploads, Map<String, String> errors) {
    List<ReceiptFile> files = new ArrayList<>();
    List<MultipartFile> given = uploads == null ? List.of() : uploads.stream().filter(file -> !file.isEmpty()).toList();
    if (given.size() > ReceiptFile.MAX_FILES) {
      errors.put("receipts", "højst " + ReceiptFile.MAX_FILES + " filer pr. afrapportering");
      return files;
    }
    for (MultipartFile upload : given) {
      try {
        files.add(ReceiptFile.check(upload.getOriginalFilename(), upload.getBytes()));
      } catch (ReceiptFile.InvalidReceiptException e) {
        errors.merge("receipts", e.getMessage(), (first, next) -> first + "; " + next);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
