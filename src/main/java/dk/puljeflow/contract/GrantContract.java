package dk.puljeflow.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** The agreement between pool owner and workplace: money, hours and how it is paid out. */
@Entity
public class GrantContract {

  public static final int MAX_BUYOUT_HOURS = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  private BigDecimal amount;
  private int buyoutHours;
  private int consultancyHours;
  private String payoutPlan;
  private Instant deadline;
  private Instant workplaceSignedAt;
  private String workplaceSignedBy;
  private Instant poolSignedAt;
  private String poolSignedBy;
  private Instant activatedAt;

  protected GrantContract() {}

  GrantContract(Long applicationId, BigDecimal amount, int buyoutHours, int consultancyHours, String payoutPlan,
      Instant deadline) {
    if (buyoutHours < 0 || buyoutHours > MAX_BUYOUT_HOURS) {
      throw new IllegalArgumentException("Buy-out hours must be between 0 and " + MAX_BUYOUT_HOURS + ", not " + buyoutHours);
    }
    this.applicationId = applicationId;
    this.amount = amount;
    this.buyoutHours = buyoutHours;
    this.consultancyHours = consultancyHours;
    this.payoutPlan = payoutPlan;
    this.deadline = deadline;
  }

  void signForWorkplace(String userId, Instant at) {
    this.workplaceSignedBy = userId;
    this.workplaceSignedAt = at;
  }

  void signForPool(String userId, Instant at) {
    this.poolSignedBy = userId;
    this.poolSignedAt = at;
  }

  void activate(Instant at) {
    if (workplaceSignedAt == null || poolSignedAt == null) {
      throw new IllegalStateException("Contract for application " + applicationId + " is not signed by both parties");
    }
    this.activatedAt = at;
  }

  public Long getApplicationId() { return applicationId; }
  public BigDecimal getAmount() { return amount; }
  public int getBuyoutHours() { return buyoutHours; }
  public int getConsultancyHours() { return consultancyHours; }
  public String getPayoutPlan() { return payoutPlan; }
  public Instant getDeadline() { return deadline; }
  public Instant getWorkplaceSignedAt() { return workplaceSignedAt; }
  public String getWorkplaceSignedBy() { return workplaceSignedBy; }
  public Instant getPoolSignedAt() { return poolSignedAt; }
  public String getPoolSignedBy() { return poolSignedBy; }
  public Instant getActivatedAt() { return activatedAt; }
}
