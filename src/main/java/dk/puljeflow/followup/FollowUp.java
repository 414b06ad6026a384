package dk.puljeflow.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A midway meeting or final evaluation of one case: when, who was told, and what came of it. */
@Entity
public class FollowUp {

  public enum Kind { MIDWAY_MEETING, FINAL_EVALUATION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private Instant scheduledAt;
  private Instant invitedAt;
  private int remindersSent;
  private Instant completedAt;
  private String completedBy;
  private Boolean held;
  private String rating;
  private String answers;
  private boolean overdue;
  private String invitationAnswer;
  private String invitationComment;

  protected FollowUp() {}

  FollowUp(Long applicationId, Kind kind, Instant scheduledAt) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.scheduledAt = scheduledAt;
  }

  void invited(Instant at) { this.invitedAt = at; }

  void reminded() { remindersSent++; }

  void markOverdue() { this.overdue = true; }

  void answerInvitation(String answer, String comment) {
    this.invitationAnswer = answer;
    this.invitationComment = comment;
  }

  void complete(String userId, Instant at, Boolean held, String rating, String answers) {
    this.completedBy = userId;
    this.completedAt = at;
    this.held = held;
    this.rating = rating;
    this.answers = answers;
  }

  public Long getApplicationId() { return applicationId; }
  public Kind getKind() { return kind; }
  public Instant getScheduledAt() { return scheduledAt; }
  public Instant getInvitedAt() { return invitedAt; }
  public int getRemindersSent() { return remindersSent; }
  public Instant getCompletedAt() { return completedAt; }
  public String getCompletedBy() { return completedBy; }
  public Boolean getHeld() { return held; }
  public String getRating() { return rating; }
  public String getAnswers() { return answers; }
  public boolean isOverdue() { return overdue; }
  public String getInvitationAnswer() { return invitationAnswer; }
  public String getInvitationComment() { return invitationComment; }
}
