package dk.puljeflow.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.puljeflow.pool.Pool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** What the API does with applications. Record and process start share one transaction: both or neither. */
@Service
public class ApplicationService {

  /** A withdrawal's reason is kept in the case log, whose entries hold 1000 characters. */
  public static final int MAX_WITHDRAWAL_REASON = 1000;

  private static final ObjectMapper CANONICAL = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final ApplicationValidator validator;
  private final ApplicationRegistry registry;
  private final GrantApplicationRepository applications;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final CaseAccess access;

  ApplicationService(ApplicationValidator validator, ApplicationRegistry registry, GrantApplicationRepository applications,
      RuntimeService runtimeService, PlatformTransactionManager transactionManager, CaseAccess access) {
    this.validator = validator;
    this.registry = registry;
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.transactions = new TransactionTemplate(transactionManager);
    this.access = access;
  }

  @Transactional
  public GrantApplication submit(ApplicationRequest request) {
    return start(request, null, null);
  }

  /** The application a request created; {@code replayed} when an earlier request with its key created it. */
  public record Submission(GrantApplication application, boolean replayed) {}

  /**
   * Submits once per Idempotency-Key: the first request creates the application, a repeat of it
   * (same key, same body) gets that application and creates nothing, and a different body with a used
   * key is refused. Two requests with one key at the same moment cannot both create: the key is
   * unique in the table, so the slower insert fails and that request answers with the first one's
   * application.
   */
  public Submission submit(ApplicationRequest request, String idempotencyKey) {
    String requestHash = hash(request);
    try {
      return transactions.execute(status -> earlier(idempotencyKey, requestHash)
          .orElseGet(() -> new Submission(start(request, idempotencyKey, requestHash), false)));
    } catch (DataIntegrityViolationException raced) {
      return transactions.execute(status -> earlier(idempotencyKey, requestHash)).orElseThrow(() -> raced);
    }
  }

  private Optional<Submission> earlier(String idempotencyKey, String requestHash) {
    return applications.findByIdempotencyKey(idempotencyKey).map(earlier -> {
      if (!requestHash.equals(earlier.getRequestHash())) {
        throw new IdempotencyKeyReusedException(earlier.getApplicationNumber());
      }
      return new Submission(earlier, true);
    });
  }

  private GrantApplication start(ApplicationRequest request, String idempotencyKey, String requestHash) {
    Pool pool = validator.validate(request);
    GrantApplication application = registry.register(request, pool, idempotencyKey, requestHash);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(GrantProcess.KEY,
        application.getApplicationNumber(), registry.processVariables(application));
    application.linkProcessInstance(instance.getId());
    return application;
  }

  /** SHA-256 of the request as JSON: the same body gives the same hash, any changed field another. */
  private static String hash(ApplicationRequest request) {
    try {
      byte[] json = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint the application request", e);
    }
  }

  /** The application, if the signed-in user may see its pool (see {@link CaseAccess}); else not found. */
  @Transactional(readOnly = true)
  public GrantApplication byNumber(String number) {
    return access.check(applications.findByApplicationNumber(number)
        .orElseThrow(() -> new ApplicationNotFoundException(number)));
  }

  /** Ends the case at whatever stage it is; the process's withdrawal path releases any reservation. */
  @Transactional
  public GrantApplication withdraw(String number, String reason) {
    GrantApplication application = byNumber(number);
    if (application.getStatus().isFinal()) {
      throw new CaseConflictException("Application " + number + " is already " + application.getStatus());
    }
    try {
      runtimeService.createMessageCorrelation(GrantProcess.WITHDRAWAL_MESSAGE)
          .processInstanceId(application.getProcessInstanceId())
          .setVariable("withdrawalReason", reason)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseConflictException("Application " + number + " cannot be withdrawn now: its process has ended");
    }
    return byNumber(number);
  }

  /** The stages the case is in right now, from the engine's active call activities. */
  @Transactional(readOnly = true)
  public List<String> currentStages(GrantApplication application) {
    if (application.getProcessInstanceId() == null || application.getStatus().isFinal()) {
      return List.of();
    }
    return runtimeService.getActiveActivityIds(application.getProcessInstanceId()).stream()
        .map(GrantProcess.STAGE_OF_ACTIVITY::get)
        .filter(stage -> stage != null)
        .distinct()
        .toList();
  }
}
