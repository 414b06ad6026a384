package dk.puljeflow.application;

import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases for caseworkers, open and closed: by pool, status and free text (number, applicant or
 * workplace), newest first, with each case's next deadline and where to work on it. Only the pools the
 * user may see are searched ({@link CaseAccess}).
 */
@Service
public class CaseSearch {

  public static final int MAX_PAGE_SIZE = 100;

  private final GrantApplicationRepository applications;
  private final PoolRepository pools;
  private final TaskService taskService;
  private final CaseAccess access;

  CaseSearch(GrantApplicationRepository applications, PoolRepository pools, TaskService taskService, CaseAccess access) {
    this.applications = applications;
    this.pools = pools;
    this.taskService = taskService;
    this.access = access;
  }

  /** One row of the result. {@code openTaskId} is the case's oldest open task, if any. */
  public record CaseRow(String applicationNumber, String applicantName, String workplaceName, String poolId, String poolName,
      ApplicationStatus status, Instant receivedAt, Instant nextDeadline, String openTaskId, String openTaskName,
      String processInstanceId) {}

  public record CasePage(List<CaseRow> content, int page, int size, long totalElements, int totalPages) {}

  @Transactional(readOnly = true)
  public CasePage search(String poolId, ApplicationStatus status, String text, int page, int size) {
    Specification<GrantApplication> where = access.visiblePools()
        .<Specification<GrantApplication>>map(visible -> (root, query, cb) ->
            visible.isEmpty() ? cb.disjunction() : root.get("poolId").in(visible))
        .orElse((root, query, cb) -> cb.conjunction());
    if (poolId != null && !poolId.isBlank()) {
      where = where.and((root, query, cb) -> cb.equal(root.get("poolId"), poolId));
    }
    if (status != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    if (text != null && !text.isBlank()) {
      String pattern = "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
      where = where.and((root, query, cb) -> cb.or(
          cb.like(cb.lower(root.get("applicationNumber")), pattern),
          cb.like(cb.lower(root.get("applicantName")), pattern),
          cb.like(cb.lower(root.get("workplaceName")), pattern)));
    }
    Page<GrantApplication> found = applications.findAll(where,
        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE), Sort.by(Sort.Direction.DESC, "receivedAt", "id")));
    Map<String, String> poolNames = pools.findAll().stream().collect(Collectors.toMap(Pool::getId, Pool::getName));
    List<CaseRow> rows = found.getContent().stream().map(application -> row(application, poolNames)).toList();
    return new CasePage(rows, found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
  }

  private CaseRow row(GrantApplication application, Map<String, String> poolNames) {
    Task openTask = application.getStatus().isFinal() ? null : taskService.createTaskQuery()
        .processInstanceBusinessKey(application.getApplicationNumber())
        .orderByTaskCreateTime().asc()
        .listPage(0, 1).stream().findFirst().orElse(null);
    return new CaseRow(application.getApplicationNumber(), application.getApplicantName(), application.getWorkplaceName(),
        application.getPoolId(), poolNames.getOrDefault(application.getPoolId(), application.getPoolId()), application.getStatus(),
        application.getReceivedAt(), nextDeadline(application, openTask), openTask == null ? null : openTask.getId(),
        openTask == null ? null : openTask.getName(), application.getProcessInstanceId());
  }

  private static Instant nextDeadline(GrantApplication application, Task openTask) {
    return switch (application.getStatus()) {
      case AWAITING_SIGNATURES -> application.getSignatureExpiresAt();
      case AWAITING_DECISION, MORE_INFORMATION_REQUESTED -> application.getDecisionDueAt();
      default -> openTask == null || openTask.getDueDate() == null ? null : openTask.getDueDate().toInstant();
    };
  }
}
