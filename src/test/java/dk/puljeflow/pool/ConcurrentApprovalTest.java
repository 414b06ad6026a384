package dk.puljeflow.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.notification.Notification;
import dk.puljeflow.notification.NotificationRepository;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.signature.SignerRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Eight approvals recorded at the same moment against a pool with room for five: the pool is never
 * over-committed, and each of the three that lose the race ends rejected as "pool exhausted" with a
 * letter saying so. None is lost, none is stuck.
 */
class ConcurrentApprovalTest extends ProcessTest {

  private static final int APPLICATIONS = 8;
  private static final int ROOM_FOR = 5;

  @Autowired PoolRepository pools;
  @Autowired BudgetLedger ledger;
  @Autowired NotificationRepository notifications;

  @Test
  void eightSimultaneousApprovalsNeverOverCommitThePool() throws Exception {
    Pool pool = racePool();
    List<GrantApplication> cases = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      GrantApplication application = applications.submit(requestTo(pool));
      signAll(application);
      cases.add(application);
    }
    // Each caseworker's decision commits at once; recording it and reserving the money are the next job.
    for (GrantApplication application : cases) {
      taskService.complete(task(application, "AssessApplication").getId(),
          withVariables("decision", "APPROVED", "grantedAmount", "2000", "decisionReason", "ok"));
    }
    List<Job> recordings = managementService.createJobQuery().executable().activityId("RecordDecision").list();
    assertThat(recordings).hasSize(APPLICATIONS);

    runAtTheSameMoment(recordings);
    runDueJobs();

    List<GrantApplication> outcome = cases.stream().map(this::reload).toList();
    assertThat(outcome).filteredOn(a -> a.getStatus() == ApplicationStatus.APPROVED).hasSize(ROOM_FOR);
    assertThat(outcome).filteredOn(a -> a.getStatus() == ApplicationStatus.REJECTED).hasSize(APPLICATIONS - ROOM_FOR)
        .allSatisfy(rejected -> assertThat(rejected.getDecisionReason()).isEqualTo("pool exhausted"));
    PoolBalance balance = ledger.balanceOf(pools.findById(pool.getId()).orElseThrow());
    assertThat(balance.reserved()).isEqualByComparingTo("10000");
    assertThat(balance.available()).isEqualByComparingTo("0");
    // Every case went on: approved ones wait for their payout report, rejected ones have ended.
    assertThat(tasks(cases, "ReportUse")).isEqualTo(ROOM_FOR);
    assertThat(managementService.createJobQuery().withException().count()).isZero();
    assertThat(managementService.createJobQuery().executable().count()).isZero();
    List<Notification> letters = cases.stream()
        .flatMap(application -> notifications.findByApplicationIdOrderById(application.getId()).stream())
        .filter(notification -> notification.getNoticeType() == NoticeType.DECISION_REJECTED)
        .toList();
    assertThat(letters).hasSize(APPLICATIONS - ROOM_FOR)
        .allSatisfy(letter -> {
          assertThat(letter.getFacts()).contains("pool exhausted");
          assertThat(letter.getStatus()).isEqualTo(Notification.Status.SENT);
        });
  }

  private void runAtTheSameMoment(List<Job> jobs) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(jobs.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Job job : jobs) {
        running.add(threads.submit(() -> {
          start.await();
          managementService.executeJob(job.getId());
          return null;
        }));
      }
      start.countDown();
      for (Future<?> job : running) {
        job.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private long tasks(List<GrantApplication> cases, String taskKey) {
    return cases.stream().mapToLong(application -> tasks(application, taskKey).size()).sum();
  }

  private Pool racePool() {
    Pool pool = new Pool("race-pool-" + System.nanoTime() % 100000);
    pool.setName("Kapløbspuljen");
    pool.setCurrency("DKK");
    pool.setBudgetYear(EngineTime.today().getYear());
    pool.setBudget(new BigDecimal(2000 * ROOM_FOR));
    pool.setCarryOver(BigDecimal.ZERO);
    pool.setCapPerApplication(new BigDecimal("2000"));
    pool.setOpensOn(EngineTime.today().minusDays(1));
    pool.setClosesOn(EngineTime.today().plusDays(30));
    pool.setSignerRoles(EnumSet.of(SignerRole.APPLICANT));
    pool.setPayoutStages(1);
    pool.setDecisionDeadlineDays(14);
    pool.setEscalationDays(10);
    pool.setSignatureExpiryDays(30);
    pool.setSignatureReminderDays(7);
    pool.setContractDeadlineDays(14);
    pool.setCaseworkerGroup("caseworker");
    pool.setNumberPrefix("RP");
    return pools.save(pool);
  }

  private static ApplicationRequest requestTo(Pool pool) {
    ApplicationRequest base = request(TRYGHED);
    return new ApplicationRequest(pool.getId(), base.applicantName(), base.applicantEmail(), base.applicantUserId(),
        base.workplaceName(), null, null, null, null, null, null, base.activity(), new BigDecimal("2000"), null, null,
        base.projectStart(), base.projectEnd(), null, null);
  }
}
