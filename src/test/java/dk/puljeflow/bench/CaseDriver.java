package dk.puljeflow.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives N mentor-pool cases through one engine in phases (submit all, run jobs, sign all, decide
 * all, ...), the same way for the application and for the bare engine; only "submit" differs. The
 * engine clock is global, so clock moves happen between phases and are shared by all cases. Work
 * of one phase is spread over a few worker threads, each process instance on one thread.
 */
final class CaseDriver implements AutoCloseable {

  /** Starts case number i and returns its business key. */
  interface Submitter {
    String submit(int index);
  }

  static final String WORKER_PREFIX = "bench-worker-";

  private final ProcessEngine engine;
  private final ExecutorService workers;
  private final int threads;
  final AtomicLong jobsExecuted = new AtomicLong();
  final AtomicLong jobConflicts = new AtomicLong();
  final Map<String, Long> phaseMillis = new LinkedHashMap<>();

  CaseDriver(ProcessEngine engine, int threads) {
    this.engine = engine;
    this.threads = threads;
    AtomicLong names = new AtomicLong();
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, WORKER_PREFIX + names.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * One full lifecycle of {@code cases} mentor cases: the sequence of
   * GrantApplicationProcessTest.mentorPoolRunsEveryStage, phase by phase. Returns the business keys.
   */
  List<String> runMentorCases(int cases, Submitter submitter, LocalDate projectStart, LocalDate projectEnd) {
    List<String> keys = new ArrayList<>();
    phase("submit", () -> keys.addAll(parallel(cases, submitter::submit)));
    phase("jobs after submit", this::runDueJobs);
    completeAll("SignApplication", 2 * cases, Map.of("signatureAnswer", "SIGN"));
    completeAll("AssessApplication", cases, Map.of("decision", "APPROVED", "grantedAmount", "40000", "grantedHours", 74,
        "decisionReason", "Opfylder kriterierne"));
    completeAll("SignContractForWorkplace", cases, Map.of("contractAccepted", true));
    completeAll("SignContractForPool", cases, Map.of("contractAccepted", true));
    phase("clock to midway meeting + jobs", () -> moveClockTo(projectStart.plusDays(121)));
    completeAll("RecordMeeting", cases, Map.of("meetingHeld", true, "meetingNotes", "God fremdrift"));
    reportAndPay(cases);
    phase("clock to project end + jobs", () -> moveClockTo(projectEnd.plusDays(1)));
    completeAll("SubmitEvaluation", cases, Map.of("evaluationRating", "GOOD", "evaluationAnswers", "Ordningen fortsætter"));
    reportAndPay(cases);
    return keys;
  }

  private void reportAndPay(int cases) {
    completeAll("ReportUse", cases, Map.of("reportedCosts", "20000", "usedHours", 30));
    completeAll("ApprovePayout", cases, Map.of("approvedAmount", "20000"));
  }

  private void moveClockTo(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(dk.puljeflow.EngineTime.ZONE).toInstant()));
    runDueJobs();
  }

  /** Completes every open task of this key (there must be {@code expected}), then runs the jobs that follow. */
  void completeAll(String taskKey, int expected, Map<String, Object> variables) {
    phase(taskKey + " + jobs", () -> {
      List<Task> tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list();
      if (tasks.size() != expected) {
        throw new IllegalStateException("Expected " + expected + " open " + taskKey + " tasks, found " + tasks.size());
      }
      forEachByInstance(tasks, Task::getProcessInstanceId,
          task -> engine.getTaskService().complete(task.getId(), variables));
      runDueJobs();
    });
  }

  /** Runs every job due now until none is left, as the job executor would; jobs of one instance on one thread. */
  void runDueJobs() {
    for (int round = 0; round < 1000; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().orderByJobDuedate().asc()
          .listPage(0, 5000);
      if (due.isEmpty()) {
        return;
      }
      forEachByInstance(due, Job::getProcessInstanceId, job -> {
        try {
          engine.getManagementService().executeJob(job.getId());
          jobsExecuted.incrementAndGet();
        } catch (RuntimeException cancelledOrConflict) {
          // An interrupting timer removed this job, or a sibling job of the same instance won: next round.
          jobConflicts.incrementAndGet();
        }
      });
    }
    throw new IllegalStateException("Jobs keep becoming due");
  }

  private <T> void forEachByInstance(List<T> items, Function<T, String> instanceOf, Consumer<T> action) {
    List<List<T>> slices = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      slices.add(new ArrayList<>());
    }
    for (T item : items) {
      String instance = instanceOf.apply(item);
      slices.get(Math.floorMod(instance == null ? 0 : instance.hashCode(), threads)).add(item);
    }
    List<Future<?>> done = new ArrayList<>();
    for (List<T> slice : slices) {
      done.add(workers.submit(() -> slice.forEach(item -> retryOnConflict(() -> action.accept(item)))));
    }
    await(done);
  }

  private <R> List<R> parallel(int count, IntFunction<R> work) {
    List<Future<R>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      futures.add(workers.submit(() -> work.apply(index)));
    }
    List<R> results = new ArrayList<>();
    for (Future<R> future : futures) {
      try {
        results.add(future.get());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return results;
  }

  private static void retryOnConflict(Runnable action) {
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        return;
      } catch (OptimisticLockingException conflict) {
        if (attempt == 5) {
          throw conflict;
        }
      }
    }
  }

  private static void await(List<? extends Future<?>> futures) {
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (Exception e) {
        throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
      }
    }
  }

  private void phase(String name, Runnable work) {
    long start = System.nanoTime();
    work.run();
    phaseMillis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
  }

  /**
   * Completed activity instances per process definition key of every process instance with this
   * business key (the case, its stages and, in the application, its letters), plus instance counts.
   */
  Map<String, Map<String, Long>> activityCounts(String businessKey) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list()) {
      Map<String, Long> perKey = counts.computeIfAbsent(instance.getProcessDefinitionKey(), k -> new TreeMap<>());
      perKey.merge("instances", 1L, Long::sum);
      perKey.merge("completedActivities", engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).finished().count(), Long::sum);
      perKey.merge("endedInstances", instance.getEndTime() != null ? 1L : 0L, Long::sum);
    }
    return counts;
  }

  long endedCases(List<String> keys) {
    return keys.stream().filter(key -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("grantApplication").processInstanceBusinessKey(key).finished().count() == 1).count();
  }

  long openIncidents() {
    return engine.getRuntimeService().createIncidentQuery().count();
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
