package dk.puljeflow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A notice queued for sending, and whether the mail server has accepted it. */
@Entity
public class Notification {

  public enum Status { PENDING, SENT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private NoticeType noticeType;
  private String occurrence;
  private String recipient;
  /** The facts as JSON, already formatted for the letter. */
  private String facts;
  @Enumerated(EnumType.STRING)
  private Status status;
  private int attempts;
  private String subject;
  private Instant createdAt;
  private Instant sentAt;
  private String lastError;

  protected Notification() {}

  Notification(Notice notice, String facts, Instant createdAt) {
    this.applicationId = notice.applicationId();
    this.noticeType = notice.type();
    this.occurrence = notice.occurrence();
    this.recipient = notice.recipient();
    this.facts = facts;
    this.status = Status.PENDING;
    this.createdAt = createdAt;
  }

  /** Every attempt counts, failed or delivered; a failed one keeps its error (at most 1000 characters). */
  void attemptFailed(String error) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
  }

  void sent(String subject, Instant at) {
    this.attempts++;
    this.status = Status.SENT;
    this.subject = subject;
    this.sentAt = at;
    this.lastError = null;
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public NoticeType getNoticeType() { return noticeType; }
  public String getOccurrence() { return occurrence; }
  public String getRecipient() { return recipient; }
  public String getFacts() { return facts; }
  public Status getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public String getSubject() { return subject; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getSentAt() { return sentAt; }
  public String getLastError() { return lastError; }
}
