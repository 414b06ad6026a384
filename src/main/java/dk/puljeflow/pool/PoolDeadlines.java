package dk.puljeflow.pool;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** A pool's deadlines, counted in days in its configuration, as durations. */
@Component
public class PoolDeadlines {

  private final Duration day;

  PoolDeadlines(PoolProperties properties) {
    this.day = properties.deadlineDay();
  }

  /** From full signature to the decision deadline. */
  public Duration decision(Pool pool) {
    return days(pool.getDecisionDeadlineDays());
  }

  /** From full signature to the escalation to managers. */
  public Duration escalation(Pool pool) {
    return days(pool.getEscalationDays());
  }

  public Duration signatureExpiry(Pool pool) {
    return days(pool.getSignatureExpiryDays());
  }

  public Duration signatureReminder(Pool pool) {
    return days(pool.getSignatureReminderDays());
  }

  public Duration contract(Pool pool) {
    return days(pool.getContractDeadlineDays());
  }

  private Duration days(int days) {
    return day.multipliedBy(days);
  }
}
