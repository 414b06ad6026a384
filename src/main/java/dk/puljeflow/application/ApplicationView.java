package dk.puljeflow.application;

import dk.puljeflow.signature.Signature;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** GET /api/applications/{number}: where the case stands, its deadlines and each signature. */
public record ApplicationView(
    String applicationNumber,
    String poolId,
    ApplicationStatus status,
    List<String> stages,
    String applicantName,
    String workplaceName,
    BigDecimal requestedAmount,
    BigDecimal grantedAmount,
    Integer grantedHours,
    String decisionReason,
    List<String> ineligibilityReasons,
    Instant receivedAt,
    Instant signatureExpiresAt,
    Instant submittedAt,
    Instant decisionDueAt,
    Instant decidedAt,
    Instant closedAt,
    List<SignatureView> signatures) {

  public record SignatureView(String role, String name, String state, Instant answeredAt, String declineReason) {

    static SignatureView of(Signature signature) {
      return new SignatureView(signature.getSignerRole().name(), signature.getSignerName(), signature.getState().name(),
          signature.getAnsweredAt(), signature.getDeclineReason());
    }
  }

  static ApplicationView of(GrantApplication application, List<String> stages, List<Signature> signatures) {
    return new ApplicationView(application.getApplicationNumber(), application.getPoolId(), application.getStatus(), stages,
        application.getApplicantName(), application.getWorkplaceName(), application.getRequestedAmount(),
        application.getGrantedAmount(), application.getGrantedHours(), application.getDecisionReason(),
        application.getIneligibilityReasons(),
        application.getReceivedAt(), application.getSignatureExpiresAt(), application.getSubmittedAt(),
        application.getDecisionDueAt(), application.getDecidedAt(), application.getClosedAt(),
        signatures.stream().map(SignatureView::of).toList());
  }
}
