package dk.puljeflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class JobThreadPriorityTest {

  @Test
  void theJobExecutorsThreadsRunAtTheLowestPriority() throws Exception {
    assertThat(priorityOfThreadsOf(JobThreadPriority.JOB_EXECUTOR_POOL)).isEqualTo(Thread.MIN_PRIORITY);
  }

  @Test
  void otherPoolsKeepTheNormalPriority() throws Exception {
    assertThat(priorityOfThreadsOf("applicationTaskExecutor")).isEqualTo(Thread.NORM_PRIORITY);
  }

  private static int priorityOfThreadsOf(String beanName) throws Exception {
    ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    new JobThreadPriority().postProcessBeforeInitialization(pool, beanName);
    pool.initialize();
    try {
      CompletableFuture<Integer> priority = new CompletableFuture<>();
      pool.execute(() -> priority.complete(Thread.currentThread().getPriority()));
      return priority.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdown();
    }
  }
}
