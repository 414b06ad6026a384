package dk.puljeflow.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * The engine's history of one case, and taking its personal data out of it. The case's process
 * instances are the main process and the stage processes it called (both carry the application number
 * as business key; its letters write no history, see {@code notification.LetterFreeHistory}). The history
 * keeps which steps ran, when and by whom; what it loses:
 * <ul>
 *   <li>every historic variable instance, with its updates and serialized values (the engine cannot
 *   rewrite a historic value, only delete it). Not only the display facts ({@code applicantName},
 *   {@code caseSummary}) hold personal data: every form field a task completed with (reasons, notes,
 *   answers) becomes a variable, and a changed form adds fields, so none is kept;</li>
 *   <li>comments and attachments on the case's tasks and instances;</li>
 *   <li>failed job attempts (their exception messages and stack traces) and incidents: a step's error may
 *   quote a value it was given;</li>
 *   <li>user operation log entries whose values quote a personal value, and those about comments and
 *   attachments.</li>
 * </ul>
 * Left as they are: task names and descriptions (Puljeflow's fixed texts and the application number),
 * the eligibility decisions' inputs (categories, yes/no facts and numbers) and user ids of accounts.
 */
@Component
class CaseHistory {

  private final HistoryService historyService;
  private final ProcessEngineConfigurationImpl configuration;

  CaseHistory(ProcessEngine engine) {
    this.historyService = engine.getHistoryService();
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Every historic process instance of the case: by its business key, and every instance under its main process. */
  List<String> processInstanceIds(String applicationNumber, String mainProcessInstanceId) {
    Set<String> roots = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(applicationNumber).list()) {
      ids.add(instance.getId());
      roots.add(instance.getRootProcessInstanceId());
    }
    if (mainProcessInstanceId != null) {
      roots.add(mainProcessInstanceId);
    }
    for (String root : roots) {
      historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list()
          .forEach(instance -> ids.add(instance.getId()));
    }
    return new ArrayList<>(ids);
  }

  /** Takes the personal data out of these process instances' history; what was removed, counted. */
  Map<String, Integer> erase(List<String> processInstanceIds, Set<String> personalValues) {
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put("processInstances", processInstanceIds.size());
    if (processInstanceIds.isEmpty()) {
      return removed;
    }
    String[] ids = processInstanceIds.toArray(String[]::new);
    removed.put("variables", (int) historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).count());
    removed.put("variableUpdates", (int) historyService.createHistoricDetailQuery().processInstanceIdIn(ids).count());
    processInstanceIds.forEach(historyService::deleteHistoricVariableInstancesByProcessInstanceId);
    removed.putAll(configuration.getCommandExecutorTxRequired().execute(
        new EraseNotes(processInstanceIds, taskIds(processInstanceIds))));
    removed.put("operationLogEntries", eraseOperationLog(processInstanceIds, personalValues));
    return removed;
  }

  private List<String> taskIds(List<String> processInstanceIds) {
    return processInstanceIds.stream()
        .flatMap(id -> historyService.createHistoricTaskInstanceQuery().processInstanceId(id).list().stream())
        .map(HistoricTaskInstance::getId)
        .toList();
  }

  /** User operation log entries that quote a personal value or describe a removed comment or attachment. */
  private int eraseOperationLog(List<String> processInstanceIds, Set<String> personalValues) {
    List<String> needles = personalValues.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
    int deleted = 0;
    for (String processInstanceId : processInstanceIds) {
      for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery().processInstanceId(processInstanceId).list()) {
        boolean aboutNotes = "Comment".equals(entry.getEntityType()) || "Attachment".equals(entry.getEntityType());
        if (aboutNotes || quotes(entry.getOrgValue(), needles) || quotes(entry.getNewValue(), needles)) {
          historyService.deleteUserOperationLogEntry(entry.getId());
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static boolean quotes(String value, List<String> needles) {
    if (value == null) {
      return false;
    }
    String text = value.toLowerCase(Locale.ROOT);
    return needles.stream().anyMatch(text::contains);
  }

  /**
   * Comments, attachments, failed job attempts and incidents of ended process instances. The public API
   * deletes these only for running instances or together with the whole history, so this runs as an
   * engine command (in the caller's transaction) with the managers the engine's own history deletion uses.
   */
  private record EraseNotes(List<String> processInstanceIds, List<String> taskIds) implements Command<Map<String, Integer>> {

    @Override
    public Map<String, Integer> execute(CommandContext context) {
      Set<String> comments = new LinkedHashSet<>();
      Set<String> attachments = new LinkedHashSet<>();
      for (String processInstanceId : processInstanceIds) {
        context.getCommentManager().findCommentsByProcessInstanceId(processInstanceId).stream().map(Comment::getId)
            .forEach(comments::add);
        context.getAttachmentManager().findAttachmentsByProcessInstanceId(processInstanceId).stream().map(Attachment::getId)
            .forEach(attachments::add);
      }
      for (String taskId : taskIds) {
        context.getCommentManager().findCommentsByTaskId(taskId).stream().map(Comment::getId).forEach(comments::add);
        context.getAttachmentManager().findAttachmentsByTaskId(taskId).stream().map(Attachment::getId)
            .forEach(attachments::add);
      }
      context.getCommentManager().deleteCommentsByProcessInstanceIds(processInstanceIds);
      context.getCommentManager().deleteCommentsByTaskProcessInstanceIds(processInstanceIds);
      context.getAttachmentManager().deleteAttachmentsByProcessInstanceIds(processInstanceIds);
      context.getAttachmentManager().deleteAttachmentsByTaskProcessInstanceIds(processInstanceIds);

      HistoryService history = context.getProcessEngineConfiguration().getHistoryService();
      int failedJobs = 0;
      int incidents = 0;
      for (String processInstanceId : processInstanceIds) {
        for (HistoricJobLog failure : history.createHistoricJobLogQuery().processInstanceId(processInstanceId).failureLog()
            .list()) {
          context.getHistoricJobLogManager().deleteHistoricJobLogById(failure.getId());
          failedJobs++;
        }
        incidents += (int) history.createHistoricIncidentQuery().processInstanceId(processInstanceId).count();
      }
      context.getHistoricIncidentManager().deleteHistoricIncidentsByProcessInstanceIds(processInstanceIds);

      Map<String, Integer> removed = new LinkedHashMap<>();
      removed.put("comments", comments.size());
      removed.put("attachments", attachments.size());
      removed.put("failedJobAttempts", failedJobs);
      removed.put("incidents", incidents);
      return removed;
    }
  }
}
