package dk.puljeflow.portal;

import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.GrantApplicationRepository;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.payout.ReceiptFile;
import dk.puljeflow.payout.Receipts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes, for a party without an account, the user task their personal link stands for. The task,
 * the link's use and any receipts are one transaction: a refused form leaves nothing behind.
 */
@Service
class PartySteps {

  private final TaskService taskService;
  private final GrantApplicationRepository applications;
  private final PersonalLinks links;
  private final Receipts receipts;

  PartySteps(TaskService taskService, GrantApplicationRepository applications, PersonalLinks links, Receipts receipts) {
    this.taskService = taskService;
    this.applications = applications;
    this.links = links;
    this.receipts = receipts;
  }

  GrantApplication applicationOf(PersonalLink link) {
    return applications.findById(link.getApplicationId()).orElseThrow();
  }

  /** The open task of this link's step, if the step is still open. */
  @Transactional(readOnly = true)
  public Optional<Task> openTask(PersonalLink link) {
    LinkPurpose purpose = link.getPurpose();
    if (purpose.taskKey() == null) {
      return Optional.empty();
    }
    List<Task> candidates = taskService.createTaskQuery()
        .processInstanceBusinessKey(applicationOf(link).getApplicationNumber())
        .taskDefinitionKey(purpose.taskKey())
        .active()
        .list();
    return candidates.stream().filter(task -> belongsTo(task, link)).findFirst();
  }

  /** Signature tasks exist once per signer role and payout reports once per stage: pick this link's. */
  private boolean belongsTo(Task task, PersonalLink link) {
    return switch (link.getPurpose()) {
      case SIGN_APPLICATION -> link.getParty().equals(taskService.getVariable(task.getId(), "signerRole"));
      case REPORT_USE -> link.getOccurrence().equals(Objects.toString(taskService.getVariable(task.getId(), "payoutStage")));
      default -> true;
    };
  }

  @Transactional
  public void complete(PersonalLink link, Map<String, Object> variables) {
    Task task = openTask(link).orElseThrow(() -> new StepUnavailableException("The step is no longer open"));
    links.markUsed(link);
    taskService.complete(task.getId(), variables);
  }

  @Transactional
  public void reportUse(PersonalLink link, Map<String, Object> variables, List<ReceiptFile> files) {
    receipts.attach(link.getApplicationId(), Integer.parseInt(link.getOccurrence()), files);
    complete(link, variables);
  }
}
