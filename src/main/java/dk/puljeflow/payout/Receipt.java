package dk.puljeflow.payout;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A receipt uploaded with a payout report, kept with the case for the caseworker who approves the payout. */
@Entity
public class Receipt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  private int payoutStage;
  private String fileName;
  private String contentType;
  private long sizeBytes;
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;
  private Instant uploadedAt;

  protected Receipt() {}

  Receipt(Long applicationId, int payoutStage, ReceiptFile file, Instant uploadedAt) {
    this.applicationId = applicationId;
    this.payoutStage = payoutStage;
    this.fileName = file.fileName();
    this.contentType = file.type().mediaType();
    this.sizeBytes = file.content().length;
    this.content = file.content();
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public int getPayoutStage() { return payoutStage; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSizeBytes() { return sizeBytes; }
  public byte[] getContent() { return content; }
  public Instant getUploadedAt() { return uploadedAt; }
}
