package dk.puljeflow.bench;

import dk.puljeflow.EngineTime;
import dk.puljeflow.TestApplications;
import dk.puljeflow.application.ApplicationService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 3: bench.timerCases fully signed kl-ds-mentor applications waiting for a decision, the engine
 * clock moved past the 14-day decision deadline, and the job executor (on; default settings unless
 * bench.appProps says otherwise) left to fire the escalation (10 days) and SLA-breach (14 days) timers.
 * Measures the time until every case has exactly one breach record and one escalation.
 */
final class TimerBench {

  private final BenchSettings settings;

  TimerBench(BenchSettings settings) {
    this.settings = settings;
  }

  Map<String, Object> run() throws Exception {
    int cases = settings.timerCases();
    Map<String, String> properties = new LinkedHashMap<>(settings.springProperties());
    properties.put("camunda.bpm.job-execution.enabled", "true");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("cases", cases);
    result.put("appProperties", settings.appProperties());
    ClockUtil.reset();
    try (ConfigurableApplicationContext app = TestApplications.start(properties)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ApplicationService applications = app.getBean(ApplicationService.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
      try {
        long start = System.nanoTime();
        List<Future<?>> submitted = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
          submitted.add(workers.submit(() -> applications.submit(MentorApplication.request())));
        }
        await(submitted);
        result.put("submitSeconds", seconds(start));
        waitUntil(() -> taskCount(engine, "SignApplication") == 2L * cases && noJobsDue(engine), Duration.ofMinutes(60));
        result.put("submittedAndJobsDoneSeconds", seconds(start));
        System.out.printf("timers: %d applications submitted, %.0f s%n", cases, seconds(start));

        long signStart = System.nanoTime();
        List<Task> signatures = engine.getTaskService().createTaskQuery().taskDefinitionKey("SignApplication").list();
        List<List<Task>> slices = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
          slices.add(new ArrayList<>());
        }
        signatures.forEach(task -> slices.get(Math.floorMod(task.getProcessInstanceId().hashCode(), slices.size())).add(task));
        List<Future<?>> signed = new ArrayList<>();
        for (List<Task> slice : slices) {
          signed.add(workers.submit(() -> slice.forEach(task ->
              engine.getTaskService().complete(task.getId(), Map.of("signatureAnswer", "SIGN")))));
        }
        await(signed);
        waitUntil(() -> taskCount(engine, "AssessApplication") == cases && noJobsDue(engine), Duration.ofMinutes(60));
        result.put("signedAndJobsDoneSeconds", seconds(signStart));
        System.out.printf("timers: %d applications fully signed, %.0f s; moving the clock 14 days and 1 hour%n", cases,
            seconds(signStart));

        long timersBefore = engine.getManagementService().createJobQuery().timers().count();
        result.put("timersWaiting", timersBefore);
        long moved = System.nanoTime();
        ClockUtil.setCurrentTime(Date.from(EngineTime.now().plus(Duration.ofDays(14)).plus(Duration.ofHours(1))));
        double[] firstBreach = {-1};
        double[] allBreaches = {-1};
        double[] allEscalations = {-1};
        try {
          Awaitility.await().atMost(Duration.ofMinutes(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
              .pollInSameThread()
              .until(() -> {
                long breaches = count(jdbc, "select count(*) from sla_breach");
                long escalations = count(jdbc, "select count(*) from case_event where event_type = 'ESCALATED'");
                if (firstBreach[0] < 0 && breaches > 0) {
                  firstBreach[0] = seconds(moved);
                }
                if (allBreaches[0] < 0 && breaches >= cases) {
                  allBreaches[0] = seconds(moved);
                }
                if (allEscalations[0] < 0 && escalations >= cases) {
                  allEscalations[0] = seconds(moved);
                }
                return allBreaches[0] >= 0 && allEscalations[0] >= 0;
              });
        } catch (ConditionTimeoutException late) {
          // reported as -1 and as fewer records than cases below
        }
        waitUntil(() -> noJobsDue(engine), Duration.ofMinutes(30));
        double drained = seconds(moved);
        result.put("secondsToFirstBreach", firstBreach[0]);
        result.put("secondsToAllBreaches", allBreaches[0]);
        result.put("secondsToAllEscalations", allEscalations[0]);
        result.put("secondsUntilNoJobDue", drained);
        result.put("timersPerSecond", LifecycleBench.round(2.0 * cases / Math.max(allBreaches[0], allEscalations[0])));
        long breaches = count(jdbc, "select count(*) from sla_breach");
        long breachedCases = count(jdbc, "select count(distinct application_id) from sla_breach");
        long escalations = count(jdbc, "select count(*) from case_event where event_type = 'ESCALATED'");
        long escalatedCases = count(jdbc, "select count(distinct application_id) from case_event where event_type = 'ESCALATED'");
        result.put("breachRecords", breaches);
        result.put("casesWithBreach", breachedCases);
        result.put("escalations", escalations);
        result.put("casesEscalated", escalatedCases);
        result.put("exactlyOneBreachAndOneEscalationPerCase",
            breaches == cases && breachedCases == cases && escalations == cases && escalatedCases == cases);
        result.put("openIncidents", engine.getRuntimeService().createIncidentQuery().count());
        result.put("failedJobs", engine.getManagementService().createJobQuery().withException().count());
        System.out.printf("timers: %d cases: all %d breaches after %.1f s, all %d escalations after %.1f s (first breach %.1f s),"
                + " no job due after %.1f s; one of each per case: %s%n", cases, breaches, allBreaches[0], escalations,
            allEscalations[0], firstBreach[0], drained, result.get("exactlyOneBreachAndOneEscalationPerCase"));
      } finally {
        workers.shutdownNow();
        ClockUtil.reset();
      }
    }
    return result;
  }

  private static long taskCount(ProcessEngine engine, String key) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).count();
  }

  private static boolean noJobsDue(ProcessEngine engine) {
    return engine.getManagementService().createJobQuery().executable().count() == 0;
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static double seconds(long since) {
    return LifecycleBench.round((System.nanoTime() - since) / 1e9);
  }

  private static void waitUntil(BooleanSupplier condition, Duration timeout) {
    Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
        .until(condition::getAsBoolean);
  }

  private static void await(List<Future<?>> futures) throws Exception {
    for (Future<?> future : futures) {
      future.get();
    }
  }
}
