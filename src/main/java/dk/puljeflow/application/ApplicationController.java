package dk.puljeflow.application;

import dk.puljeflow.signature.SignatureRequests;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private final ApplicationService service;
  private final SignatureRequests signatures;

  ApplicationController(ApplicationService service, SignatureRequests signatures) {
    this.service = service;
    this.signatures = signatures;
  }

  /** Validation errors come back as 400 with a message per field (see ApiErrors). */
  @PostMapping
  ResponseEntity<ApplicationView> submit(@RequestBody ApplicationRequest request) {
    GrantApplication application = service.submit(request);
    return ResponseEntity.created(URI.create("/api/applications/" + application.getApplicationNumber()))
        .body(view(application));
  }

  @GetMapping("/{number}")
  ApplicationView get(@PathVariable String number) {
    return view(service.byNumber(number));
  }

  @PostMapping("/{number}/withdraw")
  ApplicationView withdraw(@PathVariable String number, @RequestBody(required = false) WithdrawalRequest request) {
    return view(service.withdraw(number, request == null ? null : request.reason()));
  }

  record WithdrawalRequest(@Size(max = 2000) String reason) {}

  private ApplicationView view(GrantApplication application) {
    return ApplicationView.of(application, service.currentStages(application), signatures.of(application.getId()));
  }
}
