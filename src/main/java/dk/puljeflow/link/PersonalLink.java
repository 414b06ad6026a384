package dk.puljeflow.link;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A personal link to one step of one case. Only a hash of its token is kept: the token itself is
 * derived from the nonce and the server's link secret when a letter is sent, so neither a copy of
 * the database nor the mail log is enough to act on a case.
 */
@Entity
public class PersonalLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private LinkPurpose purpose;
  /** Whose link: a signer role, or "" when the purpose has only one party. */
  private String party;
  /** Tells apart links of the same purpose a case rightly gets more than once (payout stage 1 and 2). */
  private String occurrence;
  private String nonce;
  private String tokenHash;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected PersonalLink() {}

  PersonalLink(Long applicationId, LinkPurpose purpose, String party, String occurrence, String nonce, String tokenHash,
      Instant createdAt, Instant expiresAt) {
    this.applicationId = applicationId;
    this.purpose = purpose;
    this.party = party;
    this.occurrence = occurrence;
    this.nonce = nonce;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean isExpiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  void use(Instant at) {
    this.usedAt = at;
  }

  void extendTo(Instant newExpiry) {
    this.expiresAt = newExpiry;
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public LinkPurpose getPurpose() { return purpose; }
  public String getParty() { return party; }
  public String getOccurrence() { return occurrence; }
  String getNonce() { return nonce; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getExpiresAt() { return expiresAt; }
  public Instant getUsedAt() { return usedAt; }
}
