package dk.puljeflow.application;

import static dk.puljeflow.application.ProcessVariables.*;

import dk.puljeflow.EngineTime;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.signature.Signature;
import dk.puljeflow.signature.SignatureRepository;
import dk.puljeflow.signature.SignerRole;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Stores a validated application with its number and the signatures its pool requires. */
@Component
public class ApplicationRegistry {

  private final GrantApplicationRepository applications;
  private final SignatureRepository signatures;
  private final PoolRepository pools;
  private final CaseLog caseLog;

  ApplicationRegistry(GrantApplicationRepository applications, SignatureRepository signatures, PoolRepository pools,
      CaseLog caseLog) {
    this.applications = applications;
    this.signatures = signatures;
    this.pools = pools;
    this.caseLog = caseLog;
  }

  public GrantApplication register(ApplicationRequest request, Pool pool) {
    return register(request, pool, null, null);
  }

  /** With the request's Idempotency-Key: the insert fails on the key's unique constraint if it was used before. */
  GrantApplication register(ApplicationRequest request, Pool pool, String idempotencyKey, String requestHash) {
    GrantApplication registered = new GrantApplication(request, EngineTime.now());
    registered.identifyRequest(idempotencyKey, requestHash);
    GrantApplication application = applications.saveAndFlush(registered);
    application.assignNumber(pool.getNumberPrefix(), EngineTime.today().getYear());
    for (SignerRole role : pool.getSignerRoles()) {
      signatures.save(signatureFor(application.getId(), role, request));
    }
    caseLog.record(application.getId(), "RECEIVED", application.getApplicationNumber());
    return application;
  }

  public GrantApplication find(Long applicationId) {
    return applications.findById(applicationId)
        .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
  }

  public Pool poolOf(GrantApplication application) {
    return pools.findById(application.getPoolId()).orElseThrow();
  }

  /** What the processes need to route and what Tasklist shows; no other personal data. */
  public Map<String, Object> processVariables(GrantApplication application) {
    Pool pool = poolOf(application);
    Map<String, Object> variables = new HashMap<>();
    variables.put(APPLICATION_ID, application.getId());
    variables.put(APPLICATION_NUMBER, application.getApplicationNumber());
    variables.put(POOL_NAME, pool.getName());
    variables.put(APPLICANT_NAME, pool.requires(SignerRole.APPLICANT) ? application.getApplicantName() : application.getWorkplaceName());
    variables.put(CASEWORKER_GROUP, pool.getCaseworkerGroup());
    variables.put(USES_CONTRACT, pool.isUsesContract());
    variables.put(USES_MIDWAY_MEETING, pool.isUsesMidwayMeeting());
    variables.put(USES_FINAL_EVALUATION, pool.isUsesFinalEvaluation());
    variables.put(PAYOUT_STAGES, pool.getPayoutStages());
    variables.put(ELIGIBILITY_DECISION, pool.getEligibilityDecision());
    variables.put(CASE_SUMMARY, CaseSummary.of(application, pool));
    return variables;
  }

  private static Signature signatureFor(Long applicationId, SignerRole role, ApplicationRequest request) {
    return switch (role) {
      case APPLICANT -> new Signature(applicationId, role, request.applicantName(), request.applicantEmail(), request.applicantUserId());
      case NEAREST_MANAGER -> new Signature(applicationId, role, request.nearestManagerName(), request.nearestManagerEmail(),
          request.nearestManagerUserId());
      case UNION_REP -> new Signature(applicationId, role, request.unionRepName(), request.unionRepEmail(), request.unionRepUserId());
    };
  }
}
