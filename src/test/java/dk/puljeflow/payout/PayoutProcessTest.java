package dk.puljeflow.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.CaseEventRepository;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.pool.BudgetLedger;
import dk.puljeflow.pool.LedgerEntry;
import dk.puljeflow.pool.PoolRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** payout.bpmn: report, approval within costs and grant, the payment instruction, the ledger, both payout plans. */
class PayoutProcessTest extends ProcessTest {

  @Autowired PaymentInstructionRepository instructions;
  @Autowired BudgetLedger ledger;
  @Autowired CaseEventRepository events;
  @Autowired PoolRepository pools;
  @Autowired PlatformTransactionManager transactionManager;
  @PersistenceContext EntityManager entityManager;

  @Test
  void oneStagePayoutInstructsFinanceAndReleasesWhatWasNotPaid() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    moveClockTo(now);
    GrantApplication application = approvedCase(TRYGHED, "7500");

    ProcessInstance payout = stage(application, "payout");
    assertThat(payout).hasPassed("PayoutStageStarted").isWaitingAtExactly("ReportUse");
    // Passed as expression results by the call activity: the stage number arrives as a Long.
    assertThat(runtimeService.getVariable(payout.getId(), "payoutStage")).isEqualTo(1L);
    assertThat(runtimeService.getVariable(payout.getId(), "finalStage")).isEqualTo(true);
    assertThat(task(application, "ReportUse")).hasName("Afrapporter forbrug – " + application.getApplicationNumber())
        .isAssignedTo("applicant").hasCandidateGroupAssociated("signer");

    complete(application, "ReportUse", withVariables("reportedCosts", "7000", "usedHours", 30, "usageNote", "Kursus og sparring"));
    assertThat(payout).hasPassed("ReportUse").isWaitingAtExactly("ApprovePayout");
    assertThat(task(application, "ApprovePayout")).isNotAssigned().hasCandidateGroup(TRYGHED_CASEWORKERS);
    assertThat(event(application, "USE_REPORTED").getDetail()).isEqualTo("stage 1: 7000, 30 h");

    taskService.complete(task(application, "ApprovePayout").getId(),
        withVariables("approvedAmount", "6000", "payoutNote", "Kursusgebyr er ikke dokumenteret"));
    // The approval commits on its own; booking the instruction and the notice follow as jobs, so a
    // failure there becomes a retried incident instead of undoing the caseworker's approval.
    assertThat(payout).hasPassed("ApprovePayout").isWaitingAtExactly("IssuePaymentInstruction");
    assertThat(instructions.findByApplicationIdOrderByStage(application.getId())).isEmpty();
    execute(job());
    assertThat(payout).hasPassed("IssuePaymentInstruction").isWaitingAtExactly("NotifyPayout");
    assertThat(instructions.findByApplicationIdOrderByStage(application.getId())).hasSize(1);
    runDueJobs();

    assertThat(payout).hasPassed("NotifyPayout", "PayoutInstructed").isEnded();
    PaymentInstruction instruction = instructions.findByApplicationIdOrderByStage(application.getId()).get(0);
    assertThat(instruction.getStage()).isEqualTo(1);
    assertThat(instruction.getAmount()).isEqualByComparingTo("6000");
    assertThat(instruction.getStatus()).isEqualTo(PaymentInstruction.Status.PENDING);
    assertThat(instruction.getCurrency()).isEqualTo("DKK");
    assertThat(instruction.getReportedCosts()).isEqualByComparingTo("7000");
    assertThat(instruction.getReportedHours()).isEqualTo(30);
    assertThat(instruction.getCreatedAt()).isEqualTo(now);
    assertThat(instruction.getAcknowledgedAt()).isNull();
    assertThat(event(application, "PAYOUT_INSTRUCTED").getDetail()).isEqualTo("stage 1: 6000");

    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("6000");
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("0");
    assertThat(ledgerOf(application)).extracting(LedgerEntry::getEntryType, e -> e.getAmount().intValueExact(), LedgerEntry::getNote)
        .containsExactly(
            tuple(LedgerEntry.Type.RESERVATION, 7500, "approved"),
            tuple(LedgerEntry.Type.PAYOUT, 6000, null),
            tuple(LedgerEntry.Type.RELEASE, 1500, "final payout below grant"));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  @Test
  void twoStagePayoutStaysWithinTheGrantAndReleasesTheRestOnlyAfterTheLastStage() {
    GrantApplication application = mentorCaseAtFirstPayout();
    ProcessInstance firstStage = stage(application, "payout");
    assertThat(runtimeService.getVariable(firstStage.getId(), "payoutStage")).isEqualTo(1L);
    assertThat(runtimeService.getVariable(firstStage.getId(), "finalStage")).isEqualTo(false);
    assertThat(task(application, "ReportUse")).isAssignedTo("nearestmanager");

    complete(application, "ReportUse", withVariables("reportedCosts", "50000", "usedHours", 40));
    assertRefused(task(application, "ApprovePayout"), withVariables("approvedAmount", "45000"),
        "Only 40000");
    complete(application, "ApprovePayout", withVariables("approvedAmount", "15000"));

    assertThat(firstStage).hasPassed("IssuePaymentInstruction", "NotifyPayout", "PayoutInstructed").isEnded();
    // Not the last stage: the rest of the grant stays reserved for the second instalment.
    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("15000");
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("25000");
    assertThat(ledgerOf(application)).extracting(LedgerEntry::getEntryType).doesNotContain(LedgerEntry.Type.RELEASE);

    evaluate(application);
    ProcessInstance secondStage = stage(application, "payout");
    assertThat(secondStage.getId()).isNotEqualTo(firstStage.getId());
    assertThat(runtimeService.getVariable(secondStage.getId(), "payoutStage")).isEqualTo(2L);
    assertThat(runtimeService.getVariable(secondStage.getId(), "finalStage")).isEqualTo(true);

    complete(application, "ReportUse", withVariables("reportedCosts", "30000"));
    Task approval = task(application, "ApprovePayout");
    // Within the documented costs, but more than is left of the grant.
    assertRefused(approval, withVariables("approvedAmount", "26000"), "Only 25000");
    assertThat(task(application, "ApprovePayout").getId()).isEqualTo(approval.getId());
    complete(application, "ApprovePayout", withVariables("approvedAmount", "20000"));

    assertThat(secondStage).hasPassed("ReportUse", "ApprovePayout", "IssuePaymentInstruction", "NotifyPayout",
        "PayoutInstructed").isEnded();
    assertThat(instructions.findByApplicationIdOrderByStage(application.getId()))
        .extracting(PaymentInstruction::getStage, i -> i.getAmount().intValueExact(), PaymentInstruction::getStatus)
        .containsExactly(tuple(1, 15000, PaymentInstruction.Status.PENDING), tuple(2, 20000, PaymentInstruction.Status.PENDING));
    assertThat(instructions.findByApplicationIdOrderByStage(application.getId()).get(1).getReportedHours()).isNull();
    BigDecimal paid = ledger.paidTo(application.getId());
    assertThat(paid).isEqualByComparingTo("35000").isLessThanOrEqualTo(reload(application).getGrantedAmount());
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("0");
    assertThat(ledgerOf(application)).extracting(LedgerEntry::getEntryType, e -> e.getAmount().intValueExact())
        .containsExactly(
            tuple(LedgerEntry.Type.RESERVATION, 40000),
            tuple(LedgerEntry.Type.PAYOUT, 15000),
            tuple(LedgerEntry.Type.PAYOUT, 20000),
            tuple(LedgerEntry.Type.RELEASE, 5000));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  @Test
  void secondStageCanPayExactlyWhatIsLeftOfTheGrant() {
    GrantApplication application = mentorCaseAtFirstPayout();
    reportAndPay(application, "20000", "20000");
    evaluate(application);

    reportAndPay(application, "25000", "20000");

    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("40000");
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("0");
    // Nothing was left to give back.
    assertThat(ledgerOf(application)).extracting(LedgerEntry::getEntryType).doesNotContain(LedgerEntry.Type.RELEASE);
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  @Test
  void approvalAboveTheReportedCostsOrWithoutAnAmountIsRefused() {
    GrantApplication application = approvedCase(TRYGHED, "8000");
    ProcessInstance payout = stage(application, "payout");
    complete(application, "ReportUse", withVariables("reportedCosts", "5000"));
    Task approval = task(application, "ApprovePayout");

    assertRefused(approval, withVariables("approvedAmount", "6000"), "must not exceed the documented costs of 5000");
    assertRefused(approval, Map.of(), "The approved amount is required");
    assertRefused(approval, withVariables("approvedAmount", "-1"), "The approved amount must not be negative");

    assertThat(payout).isWaitingAtExactly("ApprovePayout");
    assertThat(task(application, "ApprovePayout").getId()).isEqualTo(approval.getId());
    assertThat(instructions.findByApplicationIdOrderByStage(application.getId())).isEmpty();
    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("0");
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("8000");

    // The documented costs are the ceiling, not a bar.
    complete(application, "ApprovePayout", withVariables("approvedAmount", "5000"));
    assertThat(payout).isEnded();
    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("5000");
  }

  @Test
  void reportWithoutValidCostsIsRefused() {
    GrantApplication application = approvedCase(TRYGHED, "8000");
    ProcessInstance payout = stage(application, "payout");
    Task report = task(application, "ReportUse");

    assertRefused(report, withVariables("usedHours", 12), "The documented costs is required");
    assertRefused(report, withVariables("reportedCosts", " "), "The documented costs is required");
    assertRefused(report, withVariables("reportedCosts", "mange penge"), "The documented costs must be a number");
    assertRefused(report, withVariables("reportedCosts", "-100"), "The documented costs must not be negative");
    assertRefused(report, withVariables("reportedCosts", "4000", "usedHours", "x"), "The hours used must be a number");

    assertThat(payout).isWaitingAtExactly("ReportUse");
    assertThat(task(application, "ReportUse").getId()).isEqualTo(report.getId());
    assertThat(events.findByApplicationIdOrderByOccurredAtAscIdAsc(application.getId()))
        .extracting(CaseEvent::getEventType).doesNotContain("USE_REPORTED");
  }

  @Test
  void paymentsAndTheCloseDoNotWaitForAnotherCasesApprovalHoldingThePool() throws Exception {
    GrantApplication application = mentorCaseAtFirstPayout();
    reportAndPay(application, "20000", "20000");
    evaluate(application);
    complete(application, "ReportUse", withVariables("reportedCosts", "20000"));
    taskService.complete(task(application, "ApprovePayout").getId(), withVariables("approvedAmount", "20000"));

    // Another case's approval holds the pool's lock, taken as a reservation takes it, while this case is paid
    // out and closed with nothing left to release: neither needs that lock, so neither waits for it (on
    // PostgreSQL the payout's ledger entry still checks its foreign key to the locked pool row).
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch paid = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> approval = threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
        pools.lockForBooking(application.getPoolId());
        locked.countDown();
        await(paid);
      }));
      assertThat(locked.await(10, TimeUnit.SECONDS)).as("the other transaction holds the pool's lock").isTrue();
      threads.submit(this::runDueJobs).get(20, TimeUnit.SECONDS);
      paid.countDown();
      approval.get(10, TimeUnit.SECONDS);
    } finally {
      paid.countDown();
      threads.shutdownNow();
    }
    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("40000");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private GrantApplication approvedCase(String poolId, String amount) {
    GrantApplication application = submit(poolId);
    signAll(application);
    approve(application, amount);
    return application;
  }

  /** A kl-ds-mentor case through contract and midway meeting, waiting for its first instalment. */
  private GrantApplication mentorCaseAtFirstPayout() {
    GrantApplication application = approvedCase(MENTOR, "40000");
    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));
    complete(application, "SignContractForPool", withVariables("contractAccepted", true));
    moveClockTo(application.getProjectStart().plusDays(121).atStartOfDay(EngineTime.ZONE).toInstant());
    complete(application, "RecordMeeting", withVariables("meetingHeld", true, "meetingNotes", "God fremdrift"));
    assertThat(mainProcess(application)).isWaitingAt("FirstPayout");
    return application;
  }

  private void evaluate(GrantApplication application) {
    moveClockTo(application.getProjectEnd().plusDays(1).atStartOfDay(EngineTime.ZONE).toInstant());
    complete(application, "SubmitEvaluation", withVariables("evaluationRating", "GOOD", "evaluationAnswers", "Godt forløb"));
    assertThat(mainProcess(application)).isWaitingAt("SecondPayout");
  }

  /** The engine wraps a task listener's refusal (ENGINE-03051); the refusal itself is the root cause. */
  private void assertRefused(Task task, Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> taskService.complete(task.getId(), variables))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message);
  }

  private List<LedgerEntry> ledgerOf(GrantApplication application) {
    return entityManager.createQuery("select e from LedgerEntry e where e.applicationId = :id order by e.id", LedgerEntry.class)
        .setParameter("id", application.getId())
        .getResultList();
  }
}
