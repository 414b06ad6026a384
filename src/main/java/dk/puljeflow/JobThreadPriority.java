package dk.puljeflow;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The job executor's threads run at the lowest Java priority, so that a person waiting for an answer
 * (an applicant submitting, a caseworker completing a task) gets the cores before background work:
 * letters, signature requests and timers catch up when the requests pause.
 *
 * <p>Java priorities only reach the operating system when the JVM is told to use them: on Linux with
 * {@code -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19} (README, Configuration), which puts
 * these threads at nice 19; lowering a priority needs no privilege. Without the flags this changes nothing.
 * Under a steady load the jobs get the cores the requests leave and a small share besides, so the queue
 * runs late and catches up when the requests pause (README, Benchmarks).
 */
@Component
class JobThreadPriority implements BeanPostProcessor {

  /** The Camunda Spring Boot starter's name for the job executor's thread pool. */
  static final String JOB_EXECUTOR_POOL = "camundaTaskExecutor";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (JOB_EXECUTOR_POOL.equals(beanName) && bean instanceof ThreadPoolTaskExecutor pool) {
      pool.setThreadPriority(Thread.MIN_PRIORITY);
    }
    return bean;
  }
}
