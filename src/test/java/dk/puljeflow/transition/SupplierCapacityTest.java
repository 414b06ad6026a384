package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.application.GrantApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A supplier's capacity is the number of persons its job coaches support at the same time. Four advisers
 * assigning four persons to a supplier with two places at the same moment fill exactly two: the other two
 * are refused and wait, and get a place when one frees up.
 */
class SupplierCapacityTest extends TransitionTestSupport {

  @Test
  void simultaneousAssignmentsNeverFillMorePlacesThanTheSupplierHas() throws Exception {
    Supplier supplier = newSupplier(2);
    GrantApplication project = approvedProject(person("Ada Alm", 30), person("Bo Bark", 30), person("Cid Cox", 30),
        person("Dan Dal", 30));
    List<Participant> persons = participants(project);
    for (Participant person : persons) {
      bookAndHoldMappingMeeting(person, NeedLevel.LOW);
      complete(person, "RecordParticipation", withVariables("participation", "JOIN"));
    }
    List<Task> assignments = persons.stream().map(person -> task(person, "AssignJobCoach")).toList();

    List<String> refusals = assignAtTheSameMoment(assignments, supplier.getId());
    runDueJobs();

    assertThat(refusals).hasSize(2).allSatisfy(message ->
        assertThat(message).isEqualTo("Leverantören " + supplier.getName() + " har inga lediga platser (2 av 2 i stöd)"));
    assertThat(participants.countBySupplierIdAndStatus(supplier.getId(), ParticipantStatus.IN_SUPPORT)).isEqualTo(2);
    List<Participant> waiting = participants(project).stream().filter(p -> p.getStatus() == ParticipantStatus.JOINED).toList();
    assertThat(waiting).hasSize(2).allSatisfy(p -> {
      assertThat(p.getSupplierId()).isNull();
      assertThat(instance(p)).isWaitingAt("AssignJobCoach");
    });
    assertThat(managementService.createJobQuery().withException().count()).isZero();

    // A person in support gets a job: the place is free again for one of those waiting.
    Participant supported = participants(project).stream().filter(p -> p.getStatus() == ParticipantStatus.IN_SUPPORT)
        .findFirst().orElseThrow();
    recordOutcome(supported, Outcome.NEW_JOB, TransitionTime.today());
    complete(waiting.get(0), "AssignJobCoach", withVariables("supplierId", supplier.getId(), "coachName", "Cecilia Coach"));
    assertThat(reload(waiting.get(0)).getStatus()).isEqualTo(ParticipantStatus.IN_SUPPORT);
    assertThat(participants.countBySupplierIdAndStatus(supplier.getId(), ParticipantStatus.IN_SUPPORT)).isEqualTo(2);
  }

  /** Completes every task at once, each in its own thread; returns the refusals' messages. */
  private List<String> assignAtTheSameMoment(List<Task> tasks, String supplierId) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> running = new ArrayList<>();
      for (Task task : tasks) {
        running.add(threads.submit(() -> {
          start.await();
          try {
            taskService.complete(task.getId(), withVariables("supplierId", supplierId, "coachName", "Cecilia Coach"));
            return null;
          } catch (FormFieldValidationException refused) {
            return refused.getMessage();
          }
        }));
      }
      start.countDown();
      List<String> refusals = new ArrayList<>();
      for (Future<String> assignment : running) {
        String refusal = assignment.get(60, TimeUnit.SECONDS);
        if (refusal != null) {
          refusals.add(refusal);
        }
      }
      return refusals;
    } finally {
      threads.shutdownNow();
    }
  }
}
