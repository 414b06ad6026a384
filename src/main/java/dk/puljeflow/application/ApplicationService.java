package dk.puljeflow.application;

import dk.puljeflow.pool.Pool;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the API does with applications. Record and process start share one transaction: both or neither. */
@Service
public class ApplicationService {

  /** A withdrawal's reason is kept in the case log, whose entries hold 1000 characters. */
  public static final int MAX_WITHDRAWAL_REASON = 1000;

  private final ApplicationValidator validator;
  private final ApplicationRegistry registry;
  private final GrantApplicationRepository applications;
  private final RuntimeService runtimeService;

  ApplicationService(ApplicationValidator validator, ApplicationRegistry registry, GrantApplicationRepository applications,
      RuntimeService runtimeService) {
    this.validator = validator;
    this.registry = registry;
    this.applications = applications;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public GrantApplication submit(ApplicationRequest request) {
    Pool pool = validator.validate(request);
    GrantApplication application = registry.register(request, pool);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(GrantProcess.KEY,
        application.getApplicationNumber(), registry.processVariables(application));
    application.linkProcessInstance(instance.getId());
    return application;
  }

  @Transactional(readOnly = true)
  public GrantApplication byNumber(String number) {
    return applications.findByApplicationNumber(number).orElseThrow(() -> new ApplicationNotFoundException(number));
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
