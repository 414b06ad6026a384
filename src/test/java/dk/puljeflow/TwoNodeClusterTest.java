package dk.puljeflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.application.ApplicationService;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL database, each with its own job executor and port: node A in this JVM,
 * node B in a JVM of its own. 500 applications arrive through both nodes' APIs, and their timers fall
 * due within seconds (profile {@code cluster-test}: a deadline day lasts a second):
 *
 * <ul>
 *   <li>Tryghedspuljen: nobody signs, the signature period expires (one expiry timer per case);
 *   <li>Nøglen til en god start: nobody signs, both parties are reminded (one reminder timer each);
 *   <li>STAR: both parties sign at once, the decision is escalated and its deadline passes (two timers).
 * </ul>
 *
 * Node B is killed once it has fired timers of its own, while work is still waiting, and its job locks
 * stay behind; node A finishes everything once they expire (lock time 10 s in the test profile). Every
 * timer job then has run exactly once: in the job log, and in Puljeflow's own records (case events,
 * SLA breaches, reminder counts, one letter per case, event and recipient), with no incident.
 */
@Tag("cluster")
@ExtendWith(PostgresTestDatabase.Required.class)
class TwoNodeClusterTest {

  private static final int APPLICATIONS = 500;
  private static final List<String> PROFILES = List.of("test", "postgres", "cluster-test");
  private static final String LAPSING = ProcessTest.TRYGHED;
  private static final String REMINDED = ProcessTest.MENTOR;
  private static final String DECIDED_LATE = ProcessTest.STAR;
  private static final List<String> POOLS = List.of(LAPSING, REMINDED, DECIDED_LATE);
  private static final int TIMERS_ON_B_BEFORE_KILL = 25;

  /** Applications per pool: application i goes to POOLS[i % 3]. */
  private final Map<String, Integer> perPool = POOLS.stream().collect(Collectors.toMap(pool -> pool,
      pool -> (APPLICATIONS - POOLS.indexOf(pool) + POOLS.size() - 1) / POOLS.size(), Integer::sum, LinkedHashMap::new));

  @Test
  void everyTimerFiresExactlyOnceAndTheSurvivingNodeFinishesTheWork() throws Exception {
    Instant started = Instant.now();
    String schema = PostgresTestDatabase.createSchema("cluster");
    Map<String, String> database = PostgresTestDatabase.springProperties(schema);
    ConfigurableApplicationContext nodeA = null;
    ChildNode nodeB = null;
    boolean passed = false;
    try {
      nodeA = TestApplications.start(PROFILES, nodeProperties(database, "node-a"));
      shortenDeadlines(nodeA.getBean(PoolRepository.class));
      nodeB = ChildNode.start(PROFILES, nodeProperties(database, "node-b"), Path.of("target", "cluster-test", "node-b.log"));
      nodeB.awaitUp(Duration.ofMinutes(3));
      Instant bothUp = Instant.now();
      System.out.printf("Cluster test: schema %s, node A (this JVM) on port %s, node B (pid %d) on port %d, up after %ds%n",
          schema, nodeA.getEnvironment().getProperty("local.server.port"), nodeB.pid(), nodeB.port(), seconds(started, bothUp));

      ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
      JdbcTemplate sql = nodeA.getBean(JdbcTemplate.class);
      HistoryService history = engine.getHistoryService();
      ExecutorService clients = Executors.newFixedThreadPool(5);
      Future<Integer> signing = clients.submit(signEveryStarApplication(engine.getTaskService()));
      submitThroughBothNodes(nodeA, nodeB.port(), clients);
      Instant submitted = Instant.now();
      System.out.printf("Cluster test: %d applications submitted in %ds %s%n", APPLICATIONS, seconds(bothUp, submitted), perPool);

      await(Duration.ofMinutes(3), () -> timersRunBy(sql, "node-b") >= TIMERS_ON_B_BEFORE_KILL, nodeB);
      String lockOwnerA = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
      Progress atKill = progress(sql);
      nodeB.kill();
      Instant killed = Instant.now();
      Integer lockedByB = sql.queryForObject(
          "select count(*) from act_ru_job where lock_owner_ is not null and lock_owner_ <> ? and lock_exp_time_ > now()",
          Integer.class, lockOwnerA);
      System.out.printf("Cluster test: node B killed %ds after submission, holding %d job locks; done then: %s%n",
          seconds(submitted, killed), lockedByB, atKill);
      assertThat(atKill.isComplete(perPool)).as("work left when node B was killed").isFalse();

      assertThat(signing.get(5, TimeUnit.MINUTES)).isEqualTo(2 * perPool.get(DECIDED_LATE));
      clients.shutdown();
      await(Duration.ofMinutes(5), () -> progress(sql).isComplete(perPool), null);
      Instant finished = Instant.now();
      System.out.printf("Cluster test: node A finished the work %ds after the kill (%ds in all): %s%n",
          seconds(killed, finished), seconds(started, finished), progress(sql));

      assertEveryTimerRanOnce(history, killed);
      assertPuljeflowRecordsCountEachTimerOnce(sql);
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("open incidents").isZero();
      assertThat(history.createHistoricIncidentQuery().count()).as("incidents ever").isZero();
      passed = true;
    } finally {
      if (nodeB != null) {
        if (!passed) {
          System.out.println("Node B's log ends:\n" + nodeB.logTail());
        }
        nodeB.close();
      }
      if (nodeA != null) {
        nodeA.close();
      }
      if (passed) {
        PostgresTestDatabase.dropSchema(schema);
      } else {
        System.out.println("Cluster test: schema " + schema + " kept for inspection");
      }
    }
  }

  private static Map<String, String> nodeProperties(Map<String, String> database, String name) {
    Map<String, String> properties = new LinkedHashMap<>(database);
    // Recorded with every job log entry, so the test sees which node ran which job.
    properties.put("camunda.bpm.generic-properties.properties.hostname", name);
    return properties;
  }

  /** In deadline days, which last a second here. */
  private static void shortenDeadlines(PoolRepository pools) {
    change(pools, LAPSING, pool -> {
      pool.setSignatureExpiryDays(4);
      pool.setSignatureReminderDays(1000);
    });
    change(pools, REMINDED, pool -> {
      pool.setSignatureReminderDays(2);
      pool.setSignatureExpiryDays(1000);
    });
    change(pools, DECIDED_LATE, pool -> {
      pool.setSignatureReminderDays(1000);
      pool.setSignatureExpiryDays(2000);
      pool.setEscalationDays(8);
      pool.setDecisionDeadlineDays(15);
    });
  }

  private static void change(PoolRepository pools, String id, Consumer<Pool> change) {
    Pool pool = pools.findById(id).orElseThrow();
    change.accept(pool);
    pools.save(pool);
  }

  /** Half through node A's service, half through node B's HTTP API, four at a time. */
  private void submitThroughBothNodes(ConfigurableApplicationContext nodeA, int portB, ExecutorService clients)
      throws Exception {
    ApplicationService applications = nodeA.getBean(ApplicationService.class);
    ObjectMapper json = nodeA.getBean(ObjectMapper.class);
    HttpClient http = HttpClient.newHttpClient();
    String basic = "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    List<Future<String>> numbers = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      String pool = POOLS.get(i % POOLS.size());
      if (i % 2 == 0) {
        numbers.add(clients.submit(() -> applications.submit(ProcessTest.request(pool)).getApplicationNumber()));
      } else {
        numbers.add(clients.submit(() -> {
          HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portB + "/api/applications"))
              .header("Authorization", basic)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(ProcessTest.request(pool))))
              .build(), HttpResponse.BodyHandlers.ofString());
          assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
          return json.readValue(created.body(), JsonNode.class).path("applicationNumber").asText();
        }));
      }
    }
    for (Future<String> number : numbers) {
      assertThat(number.get(5, TimeUnit.MINUTES)).isNotBlank();
    }
  }

  /** The STAR parties sign as soon as their tasks exist, so the decision clock starts at once. */
  private Callable<Integer> signEveryStarApplication(TaskService tasks) {
    return () -> {
      AtomicInteger signed = new AtomicInteger();
      int signatures = 2 * perPool.get(DECIDED_LATE);
      Awaitility.await().atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
          .pollInSameThread()
          .until(() -> {
            for (Task task : tasks.createTaskQuery().taskDefinitionKey("SignApplication")
                .processInstanceBusinessKeyLike("SP-%").listPage(0, 50)) {
              try {
                tasks.complete(task.getId(), Map.of("signatureAnswer", "SIGN"));
                signed.incrementAndGet();
              } catch (OptimisticLockingException concurrentJob) {
                // a job of the same case ran at the same moment; the task is still open and comes again
              }
            }
            return signed.get() >= signatures;
          });
      return signed.get();
    };
  }

  private static int timersRunBy(JdbcTemplate sql, String node) {
    // job_state_ 2: successful (org.camunda.bpm.engine.history.JobState)
    return sql.queryForObject("select count(*) from act_hi_job_log"
        + " where hostname_ = ? and job_state_ = 2 and job_def_type_ like 'timer%'", Integer.class, node);
  }

  private void assertEveryTimerRanOnce(HistoryService history, Instant killed) {
    List<HistoricJobLog> successes = history.createHistoricJobLogQuery().successLog().list();
    // The engine's history cleanup is one job that is rescheduled after each run: inside its nightly window
    // (01:00-05:00, server time) it legitimately succeeds many times under one id.
    Map<String, Long> runsPerJob = successes.stream()
        .filter(log -> !HistoryCleanupJobHandler.TYPE.equals(log.getJobDefinitionType()))
        .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
    assertThat(runsPerJob).as("successful runs per job").allSatisfy((job, runs) -> assertThat(runs).isEqualTo(1));

    List<HistoricJobLog> timers = successes.stream().filter(log -> log.getJobDefinitionType().startsWith("timer")).toList();
    Map<String, Long> timersPerEvent = timers.stream().collect(Collectors.groupingBy(HistoricJobLog::getActivityId, Collectors.counting()));
    assertThat(timersPerEvent).as("timer jobs run, per timer event").containsExactlyInAnyOrderEntriesOf(Map.of(
        "SignatureExpired", (long) perPool.get(LAPSING),
        "SignatureReminderDue", 2L * perPool.get(REMINDED),
        "EscalationDue", (long) perPool.get(DECIDED_LATE),
        "DecisionDeadlinePassed", (long) perPool.get(DECIDED_LATE)));

    List<String> deleted = history.createHistoricJobLogQuery().deletionLog().list().stream().map(HistoricJobLog::getJobId).toList();
    assertThat(runsPerJob.keySet()).as("jobs both run and deleted").doesNotContainAnyElementsOf(deleted);

    Map<String, Long> jobsPerNode = successes.stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
    Map<String, Long> timersPerNode = timers.stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
    long failures = history.createHistoricJobLogQuery().failureLog().count();
    System.out.printf("Cluster test: jobs run per node %s, timer jobs per node %s, failed attempts retried %d%n",
        jobsPerNode, timersPerNode, failures);
    assertThat(timersPerNode).containsKeys("node-a", "node-b");
    assertThat(successes).as("jobs node B ran after it was killed")
        .noneMatch(log -> "node-b".equals(log.getHostname()) && log.getTimestamp().after(Date.from(killed)));
  }

  private void assertPuljeflowRecordsCountEachTimerOnce(JdbcTemplate sql) {
    assertThat(sql.queryForList("select pool_id, count(*) as applications from grant_application group by pool_id"))
        .extracting(row -> row.get("pool_id") + "=" + row.get("applications"))
        .containsExactlyInAnyOrderElementsOf(perPool.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());

    assertThat(sql.queryForList("""
        select a.application_number from grant_application a where a.pool_id = ? and (a.status <> 'LAPSED'
          or (select count(*) from case_event e where e.application_id = a.id and e.event_type = 'LAPSED') <> 1
          or (select count(*) from notification n where n.application_id = a.id and n.notice_type = 'SIGNATURE_EXPIRED') <> 3)
        """, String.class, LAPSING)).as("lapsed cases without exactly one lapse and three letters").isEmpty();

    assertThat(sql.queryForList("""
        select a.application_number from grant_application a where a.pool_id = ? and (
          (select count(*) from signature s where s.application_id = a.id and s.reminders_sent = 1) <> 2
          or (select count(*) from signature s where s.application_id = a.id) <> 2
          or (select count(*) from notification n where n.application_id = a.id and n.notice_type = 'SIGNATURE_REMINDER') <> 2)
        """, String.class, REMINDED)).as("cases whose two parties were not reminded exactly once each").isEmpty();

    assertThat(sql.queryForList("""
        select a.application_number from grant_application a where a.pool_id = ? and (
          (select count(*) from sla_breach b where b.application_id = a.id) <> 1
          or (select count(*) from case_event e where e.application_id = a.id and e.event_type = 'ESCALATED') <> 1
          or (select count(*) from case_event e where e.application_id = a.id and e.event_type = 'SLA_BREACHED') <> 1
          or (select count(*) from notification n where n.application_id = a.id and n.notice_type = 'SLA_ESCALATION') <> 2)
        """, String.class, DECIDED_LATE)).as("late decisions without exactly one escalation and one SLA breach").isEmpty();

    assertThat(sql.queryForObject("""
        select count(*) from (select 1 from notification
          group by application_id, notice_type, occurrence, recipient having count(*) > 1) twice
        """, Integer.class)).as("letters queued twice").isZero();
    assertThat(sql.queryForObject("select count(*) from notification where status <> 'SENT'", Integer.class))
        .as("letters not sent").isZero();
    // A letter whose job node B was running when it died is attempted again by node A: at most one per
    // job thread of node B (Camunda's default pool: 10 at most).
    Integer attemptedAgain = sql.queryForObject("select count(*) from notification where attempts > 1", Integer.class);
    System.out.printf("Cluster test: %d letters, %d attempted more than once%n",
        sql.queryForObject("select count(*) from notification", Integer.class), attemptedAgain);
    assertThat(attemptedAgain).isLessThanOrEqualTo(10);
  }

  private static Progress progress(JdbcTemplate sql) {
    Function<String, Integer> count = query -> sql.queryForObject(query, Integer.class);
    return new Progress(
        count.apply("select count(*) from grant_application where status = 'LAPSED'"),
        count.apply("select count(*) from signature s join grant_application a on a.id = s.application_id"
            + " where a.pool_id = '" + REMINDED + "' and s.reminders_sent > 0"),
        count.apply("select count(*) from case_event where event_type = 'ESCALATED'"),
        count.apply("select count(distinct application_id) from sla_breach"),
        count.apply("select count(*) from notification where status <> 'SENT'"),
        count.apply("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())"));
  }

  /** What has happened so far, and what is still due. */
  private record Progress(int lapsed, int remindedParties, int escalated, int slaBreached, int lettersPending, int jobsDue) {

    boolean isComplete(Map<String, Integer> perPool) {
      return lapsed == perPool.get(LAPSING) && remindedParties == 2 * perPool.get(REMINDED)
          && escalated == perPool.get(DECIDED_LATE) && slaBreached == perPool.get(DECIDED_LATE)
          && lettersPending == 0 && jobsDue == 0;
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void await(Duration timeout, Check check, ChildNode mustStayAlive) {
    Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(500))
        .failFast("Node B stopped by itself", () -> mustStayAlive != null && !mustStayAlive.isAlive())
        .until(check::holds);
  }


  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }
}
