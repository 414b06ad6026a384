package dk.puljeflow.application;

import dk.puljeflow.PlainText;
import dk.puljeflow.signature.SignatureRequests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final ApplicationService service;
  private final SignatureRequests signatures;
  private final CaseSearch caseSearch;

  ApplicationController(ApplicationService service, SignatureRequests signatures, CaseSearch caseSearch) {
    this.service = service;
    this.signatures = signatures;
    this.caseSearch = caseSearch;
  }

  /**
   * 201 with the new application. With an {@code Idempotency-Key} header a repeated request (same key,
   * same body) answers 200 with the application the first one created, marked {@code Idempotent-Replayed:
   * true}, and creates nothing; the key with a different body is 422. Validation errors come back as
   * 400 with a message per field (see ApiErrors).
   */
  @PostMapping
  ResponseEntity<ApplicationView> submit(@RequestBody ApplicationRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
      @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "must be 1 to 100 letters, digits, '.', '_', ':' or '-' (a UUID, for instance)")
      String idempotencyKey) {
    if (idempotencyKey == null) {
      GrantApplication application = service.submit(request);
      return ResponseEntity.created(location(application)).body(view(application));
    }
    ApplicationService.Submission submission = service.submit(request, idempotencyKey);
    GrantApplication application = submission.application();
    return submission.replayed()
        ? ResponseEntity.ok().location(location(application)).header("Idempotent-Replayed", "true").body(view(application))
        : ResponseEntity.created(location(application)).body(view(application));
  }

  private static URI location(GrantApplication application) {
    return URI.create("/api/applications/" + application.getApplicationNumber());
  }

  /** Case search: GET /api/applications?pool=&status=&q=&page=&size= (newest first, closed cases included). */
  @GetMapping
  CaseSearch.CasePage search(@RequestParam(required = false) String pool, @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return caseSearch.search(pool, status, q, page, size);
  }

  @GetMapping("/{number}")
  ApplicationView get(@PathVariable String number) {
    return view(service.byNumber(number));
  }

  @PostMapping("/{number}/withdraw")
  ApplicationView withdraw(@PathVariable String number, @Valid @RequestBody(required = false) WithdrawalRequest request) {
    return view(service.withdraw(number, request == null ? null : request.reason()));
  }

  /** The reason goes into the case log and the confirmation letter. */
  record WithdrawalRequest(@Size(max = ApplicationService.MAX_WITHDRAWAL_REASON) @PlainText String reason) {}

  private ApplicationView view(GrantApplication application) {
    return ApplicationView.of(application, service.currentStages(application), signatures.of(application.getId()));
  }
}
