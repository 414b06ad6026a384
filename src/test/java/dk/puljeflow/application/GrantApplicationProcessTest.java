package dk.puljeflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.pool.BudgetLedger;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.signature.SignerRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** grant-application.bpmn: every path of the main lifecycle, driven through the stage processes. */
class GrantApplicationProcessTest extends ProcessTest {

  @Autowired BudgetLedger ledger;
  @Autowired PoolRepository pools;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void tryghedspuljenRunsSignatureDecisionAndOnePayoutToClosed() {
    GrantApplication application = submit(TRYGHED);
    ProcessInstance main = mainProcess(application);
    // The request ends once the application is registered; the letter and the rules come as the first job.
    assertThat(main).hasPassed("ApplicationReceived", "RegisterApplication").isWaitingAt("ConfirmReceipt");
    assertThat(main).hasBusinessKey(application.getApplicationNumber());
    runDueJobs();
    assertThat(main).hasPassed("ConfirmReceipt", "CheckEligibility", "RecordEligibility").isWaitingAt("CollectSignatures");
    assertThat(application.getApplicationNumber()).matches("TP-\\d{4}-\\d{6}");

    signAll(application);
    assertThat(main).isWaitingAt("Decide");
    approve(application, "7500");
    assertThat(main).hasPassed("ReserveGrant").isWaitingAt("FirstPayout");
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("7500");

    reportAndPay(application, "7000", "7000");

    assertThat(main).hasPassed("CloseCase", "CaseClosed").isEnded();
    GrantApplication closed = reload(application);
    assertThat(closed.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("7000");
    // The 500 not paid out went back to the pool with the final payout.
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("0");
  }

  @Test
  void mentorPoolRunsEveryStage() {
    GrantApplication application = submit(MENTOR);
    ProcessInstance main = mainProcess(application);
    assertThat(application.getApplicationNumber()).startsWith("NS-");
    signAll(application);
    approve(application, "40000");

    assertThat(main).isWaitingAt("SignContract");
    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));
    complete(application, "SignContractForPool", withVariables("contractAccepted", true));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.ACTIVE);

    assertThat(main).isWaitingAt("HoldMidwayMeeting");
    moveClockTo(application.getProjectStart().plusDays(121).atStartOfDay(EngineTime.ZONE).toInstant());
    complete(application, "RecordMeeting", withVariables("meetingHeld", true, "meetingNotes", "God fremdrift"));

    assertThat(main).isWaitingAt("FirstPayout");
    reportAndPay(application, "20000", "20000");

    assertThat(main).isWaitingAt("EvaluateProject");
    moveClockTo(application.getProjectEnd().plusDays(1).atStartOfDay(EngineTime.ZONE).toInstant());
    complete(application, "SubmitEvaluation", withVariables("evaluationRating", "GOOD", "evaluationAnswers", "Ordningen fortsætter"));

    assertThat(main).isWaitingAt("SecondPayout");
    reportAndPay(application, "20000", "20000");

    assertThat(main).hasPassed("ContractJoin", "MidwayMeetingJoin",
        "EvaluationJoin", "SecondPayoutJoin", "CaseClosed").isEnded();
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("40000");
  }

  @Test
  void starCaseRunsToClosedAndCountsItsModules() {
    GrantApplication application = submit(STAR);
    ProcessInstance main = mainProcess(application);
    assertThat(application.getApplicationNumber()).startsWith("SP-");
    signAll(application);
    approve(application, "18000");
    reportAndPay(application, "18000", "18000");

    assertThat(main).hasPassed("CheckEligibility", "RecheckEligibility", "FirstPayout", "CaseClosed").isEnded();
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(ledger.paidTo(application.getId())).isEqualByComparingTo("18000");
    Long modules = jdbc.queryForObject("select sum(module_count) from grant_application where id = ? and status = 'CLOSED'",
        Long.class, application.getId());
    assertThat(modules).isEqualTo(1L);
  }

  @Test
  void aDeclinedSignatureEndsTheCase() {
    GrantApplication application = submit(TRYGHED);
    ProcessInstance main = mainProcess(application);
    runDueJobs();
    taskService.complete(tasks(application, "SignApplication").get(0).getId(),
        withVariables("signatureAnswer", "DECLINE", "declineReason", "Aktiviteten tilbydes allerede af kommunen"));
    runDueJobs();

    assertThat(main).hasPassed("RejectedBySigner").isEnded();
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.REJECTED_BY_SIGNER);
  }

  @Test
  void unsignedApplicationLapses() {
    GrantApplication application = submit(STAR);
    ProcessInstance main = mainProcess(application);
    runDueJobs();
    moveClockBy(Duration.ofDays(31));

    assertThat(main).hasPassed("ApplicationLapsed").isEnded();
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.LAPSED);
  }

  @Test
  void rejectedApplicationEnds() {
    GrantApplication application = submit(TRYGHED);
    ProcessInstance main = mainProcess(application);
    signAll(application);
    complete(application, "AssessApplication", withVariables("decision", "REJECTED", "decisionReason", "Uden for ordningen"));

    assertThat(main).hasPassed("Rejected").isEnded();
    GrantApplication rejected = reload(application);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getDecisionReason()).isEqualTo("Uden for ordningen");
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("0");
  }

  @Test
  void approvalBeyondThePoolsMoneyIsRejectedAsPoolExhausted() {
    Pool tiny = tinyPool("tiny-pool", "5000");
    GrantApplication first = applications.submit(requestTo(tiny, "3000"));
    GrantApplication second = applications.submit(requestTo(tiny, "3000"));
    ProcessInstance secondMain = mainProcess(second);
    signAll(first);
    signAll(second);
    approve(first, "3000");
    approve(second, "3000");

    assertThat(secondMain).hasPassed("PoolExhausted", "RejectForExhaustedPool", "RejectedPoolExhausted").isEnded();
    GrantApplication rejected = reload(second);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getDecisionReason()).isEqualTo("pool exhausted");
    assertThat(ledger.balanceOf(pools.findById(tiny.getId()).orElseThrow()).available()).isEqualByComparingTo("2000");
  }

  @Test
  void withdrawalDuringSignatureEndsEverything() {
    GrantApplication application = submit(TRYGHED);
    ProcessInstance main = mainProcess(application);
    runDueJobs();
    applications.withdraw(application.getApplicationNumber(), "Har fået nyt job");

    assertThat(main).hasPassed("WithdrawalRequested", "WithdrawApplication", "Withdrawn").isEnded();
    assertThat(stage(application, "threePartySignature")).isNull();
    assertThat(tasks(application, "SignApplication")).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(main.getId()).count()).isZero();
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void withdrawalDuringDecisionEndsEverything() {
    GrantApplication application = submit(TRYGHED);
    ProcessInstance main = mainProcess(application);
    signAll(application);
    applications.withdraw(application.getApplicationNumber(), null);

    assertThat(main).hasPassed("Withdrawn").isEnded();
    assertThat(stage(application, "decision")).isNull();
    assertThat(tasks(application, "AssessApplication")).isEmpty();
  }

  @Test
  void withdrawalAfterApprovalReleasesTheReservation() {
    GrantApplication application = submit(TRYGHED);
    ProcessInstance main = mainProcess(application);
    signAll(application);
    approve(application, "8000");
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("8000");

    applications.withdraw(application.getApplicationNumber(), "Aktiviteten er aflyst");

    assertThat(main).hasPassed("Withdrawn").isEnded();
    assertThat(ledger.reservedFor(application.getId())).isEqualByComparingTo("0");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void aClosedCaseCannotBeWithdrawn() {
    GrantApplication application = submit(TRYGHED);
    signAll(application);
    complete(application, "AssessApplication", withVariables("decision", "REJECTED", "decisionReason", "Nej"));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> applications.withdraw(application.getApplicationNumber(), "for sent"))
        .isInstanceOf(CaseConflictException.class)
        .hasMessageContaining("already REJECTED");
  }

  @Test
  void aLateJobDoesNotMoveTheDecisionClockOrTheDecisionTime() {
    moveClockTo(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    java.time.Instant lastSignature = EngineTime.now();
    for (var signature : tasks(application, "SignApplication")) {
      taskService.complete(signature.getId(), withVariables("signatureAnswer", "SIGN"));
    }
    // The job that records the full signature runs an hour later (a retry, a busy executor).
    moveClockBy(Duration.ofHours(1));
    assertThat(reload(application).getSubmittedAt()).isEqualTo(lastSignature);
    assertThat(reload(application).getDecisionDueAt()).isEqualTo(lastSignature.plus(Duration.ofDays(14)));

    java.time.Instant decision = EngineTime.now();
    taskService.complete(task(application, "AssessApplication").getId(),
        withVariables("decision", "APPROVED", "grantedAmount", "8000"));
    moveClockBy(Duration.ofHours(2));
    assertThat(reload(application).getDecidedAt()).isEqualTo(decision);
    // The case event log keeps the same moments, so the reports' stage times are not stretched by late jobs.
    assertThat(events(application)).filteredOn(event -> event.getEventType().equals("FULLY_SIGNED")).singleElement()
        .extracting(CaseEvent::getOccurredAt).isEqualTo(lastSignature);
    assertThat(events(application)).filteredOn(event -> event.getEventType().equals("DECIDED")).singleElement()
        .satisfies(event -> assertThat(event.getOccurredAt()).isEqualTo(decision))
        .satisfies(event -> assertThat(event.getDetail()).isEqualTo("APPROVED"));
  }

  @Test
  void anIneligibleApplicationIsRejectedWithTheRulesReasons() {
    ApplicationRequest base = request(TRYGHED);
    GrantApplication application = applications.submit(withDetails(base,
        new SchemeDetails("CAREER_SPARRING", true, false, null, null, null, null, null, null, null, null)));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.RECEIVED);
    runDueJobs();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(application.getProcessInstanceId())
        .singleResult()).isNull();
    GrantApplication rejected = reload(application);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getIneligibilityReasons()).containsExactly("Aktiviteten tilbydes allerede af kommunen.");
    assertThat(rejected.getDecisionReason()).isEqualTo("Aktiviteten tilbydes allerede af kommunen.");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(application.getProcessInstanceId()).activityId("RejectedAsIneligible").count()).isEqualTo(1);
    // The facts the rules read were transient: none of them was stored as a variable.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(application.getProcessInstanceId()).variableName("offeredByMunicipality").count()).isZero();
  }

  @Test
  void rulesThatCannotBeEvaluatedLeaveAnIncidentOnTheStoredApplication() {
    GrantApplication application = submit(TRYGHED);
    ProcessInstance main = mainProcess(application);
    // As after a redeploy that lost the pool's table: the step after the registration fails, the registration stays.
    Object poolRules = runtimeService.getVariable(main.getId(), ProcessVariables.ELIGIBILITY_DECISION);
    runtimeService.setVariable(main.getId(), ProcessVariables.ELIGIBILITY_DECISION, "noSuchDecision");
    Job first = managementService.createJobQuery().processInstanceId(main.getId()).singleResult();
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(first.getId())).hasMessageContaining("noSuchDecision");
      ClockUtil.setCurrentTime(Date.from(EngineTime.now().plus(Duration.ofMinutes(6))));
    }

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(main.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("ConfirmReceipt");
    assertThat(incident.getFailedActivityId()).isEqualTo("CheckEligibility");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(main).isWaitingAt("ConfirmReceipt");

    // The operator fixes the cause and retries the incident: the case goes on from where it stopped.
    runtimeService.setVariable(main.getId(), ProcessVariables.ELIGIBILITY_DECISION, poolRules);
    managementService.setJobRetries(first.getId(), 1);
    runDueJobs();
    assertThat(main).hasPassed("CheckEligibility", "RecordEligibility").isWaitingAt("CollectSignatures");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);
  }

  @Test
  void signingAfterTheLeavingDateMakesTheApplicationIneligibleAtSubmission() {
    ApplicationRequest base = request(TRYGHED);
    GrantApplication application = applications.submit(new ApplicationRequest(base.poolId(), base.applicantName(),
        base.applicantEmail(), base.applicantUserId(), base.workplaceName(), base.nearestManagerName(),
        base.nearestManagerEmail(), base.nearestManagerUserId(), base.unionRepName(), base.unionRepEmail(),
        base.unionRepUserId(), base.activity(), base.requestedAmount(), null, null, base.projectStart(), base.projectEnd(),
        EngineTime.today().plusDays(5), base.details()));
    ProcessInstance main = mainProcess(application);
    runDueJobs();
    assertThat(main).hasPassed("CheckEligibility", "RecordEligibility").isWaitingAt("CollectSignatures");

    moveClockBy(Duration.ofDays(6));
    signAll(application);

    assertThat(main).hasPassed("RecheckEligibility", "RecordEligibilityAtSubmission", "IneligibleAtSubmission").isEnded();
    GrantApplication rejected = reload(application);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getIneligibilityReasons()).singleElement().asString().contains("før fratrædelsen");
  }

  @Test
  void aReleasedEmployeeMayBeSignedAfterTheLeavingDateWithinTheReleasePeriod() {
    ApplicationRequest base = request(TRYGHED);
    LocalDate leaving = EngineTime.today().plusDays(5);
    GrantApplication application = applications.submit(new ApplicationRequest(base.poolId(), base.applicantName(),
        base.applicantEmail(), base.applicantUserId(), base.workplaceName(), base.nearestManagerName(),
        base.nearestManagerEmail(), base.nearestManagerUserId(), base.unionRepName(), base.unionRepEmail(),
        base.unionRepUserId(), base.activity(), base.requestedAmount(), null, null, base.projectStart(), base.projectEnd(),
        leaving, new SchemeDetails("COUNSELLING", false, true, leaving.plusDays(20), null, null, null, null, null, null, null)));
    ProcessInstance main = mainProcess(application);
    runDueJobs();
    moveClockBy(Duration.ofDays(6));
    signAll(application);

    assertThat(main).hasPassed("RecheckEligibility").isWaitingAt("Decide");
    assertThat(reload(application).getIneligibilityReasons()).isEmpty();
  }

  private static ApplicationRequest withDetails(ApplicationRequest base, SchemeDetails details) {
    return new ApplicationRequest(base.poolId(), base.applicantName(), base.applicantEmail(), base.applicantUserId(),
        base.workplaceName(), base.nearestManagerName(), base.nearestManagerEmail(), base.nearestManagerUserId(),
        base.unionRepName(), base.unionRepEmail(), base.unionRepUserId(), base.activity(), base.requestedAmount(),
        base.buyoutHours(), base.consultancyHours(), base.projectStart(), base.projectEnd(), base.leavingDate(), details);
  }

  private Pool tinyPool(String id, String budget) {
    return pools.findById(id).orElseGet(() -> {
      Pool pool = new Pool(id);
      pool.setName("Test pool");
      pool.setCurrency("DKK");
      pool.setBudgetYear(EngineTime.today().getYear());
      pool.setBudget(new BigDecimal(budget));
      pool.setCarryOver(BigDecimal.ZERO);
      pool.setCapPerApplication(new BigDecimal(budget));
      pool.setOpensOn(LocalDate.now().minusYears(1));
      pool.setClosesOn(LocalDate.now().plusYears(1));
      pool.setSignerRoles(EnumSet.of(SignerRole.APPLICANT));
      pool.setPayoutStages(1);
      pool.setDecisionDeadlineDays(14);
      pool.setEscalationDays(10);
      pool.setSignatureExpiryDays(30);
      pool.setSignatureReminderDays(7);
      pool.setContractDeadlineDays(14);
      pool.setCaseworkerGroup("caseworker");
      pool.setNumberPrefix("TT");
      return pools.save(pool);
    });
  }

  private static ApplicationRequest requestTo(Pool pool, String amount) {
    ApplicationRequest base = request(TRYGHED);
    return new ApplicationRequest(pool.getId(), base.applicantName(), base.applicantEmail(), base.applicantUserId(),
        base.workplaceName(), null, null, null, null, null, null, base.activity(), new BigDecimal(amount), null, null,
        base.projectStart(), base.projectEnd(), null, null);
  }
}
