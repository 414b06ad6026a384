package dk.puljeflow.link;

import dk.puljeflow.EngineTime;
import dk.puljeflow.StartupCheckFailed;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks personal links. A token is the HMAC of a random 128-bit nonce under the link
 * secret; the database keeps the nonce and the SHA-256 of the token. Issuing the same step twice (a
 * reminder) gives the same link, so the letter a signer already has keeps working.
 */
@Service
public class PersonalLinks {

  private static final int MIN_SECRET_LENGTH = 32;
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final PersonalLinkRepository links;
  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key;
  private final String publicUrl;

  PersonalLinks(PersonalLinkRepository links, LinkProperties properties) {
    this.links = links;
    if (properties.secret() == null || properties.secret().length() < MIN_SECRET_LENGTH) {
      throw new StartupCheckFailed("No link secret is configured: applicants' personal links could not be made safely.",
          "Set PULJEFLOW_LINKS_SECRET to a random value of at least " + MIN_SECRET_LENGTH
              + " characters (for example: openssl rand -base64 48), the same on every node.", null);
    }
    this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.publicUrl = stripTrailingSlash(properties.publicUrl() == null ? "http://localhost:8080" : properties.publicUrl());
  }

  /** The link for this step of the case; the existing one when the step was linked before. */
  @Transactional
  public PersonalLink issue(Long applicationId, LinkPurpose purpose, String party, String occurrence, Instant expiresAt) {
    String who = party == null ? "" : party;
    String which = occurrence == null ? "" : occurrence;
    Optional<PersonalLink> existing = links.findByApplicationIdAndPurposeAndPartyAndOccurrence(applicationId, purpose, who, which);
    if (existing.isPresent()) {
      if (expiresAt != null && existing.get().getUsedAt() == null) {
        existing.get().extendTo(expiresAt);
      }
      return existing.get();
    }
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String encodedNonce = BASE64.encodeToString(nonce);
    return links.save(new PersonalLink(applicationId, purpose, who, which, encodedNonce, hash(tokenFor(encodedNonce)),
        EngineTime.now(), expiresAt));
  }

  /** The address to put in a letter; computed when the letter is sent and never stored. */
  @Transactional(readOnly = true)
  public String addressOf(Long linkId) {
    PersonalLink link = links.findById(linkId).orElseThrow(() -> new IllegalStateException("No personal link " + linkId));
    return addressOf(link);
  }

  public String addressOf(PersonalLink link) {
    String path = link.getPurpose() == LinkPurpose.STATUS ? "/sag/" : "/link/";
    return publicUrl + path + tokenFor(link.getNonce());
  }

  /** What a token from a request refers to, and whether it may still be used. */
  @Transactional(readOnly = true)
  public LinkLookup lookUp(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return LinkLookup.unknown();
    }
    Optional<PersonalLink> found = links.findByTokenHash(hash(token));
    if (found.isEmpty()) {
      return LinkLookup.unknown();
    }
    PersonalLink link = found.get();
    if (link.getPurpose().singleUse() && link.getUsedAt() != null) {
      return new LinkLookup(LinkLookup.State.USED, link);
    }
    if (link.isExpiredAt(EngineTime.now())) {
      return new LinkLookup(LinkLookup.State.EXPIRED, link);
    }
    return new LinkLookup(LinkLookup.State.VALID, link);
  }

  /** Uses the link up; called in the transaction that completes its step. */
  @Transactional
  public void markUsed(PersonalLink link) {
    PersonalLink current = links.findById(link.getId()).orElseThrow();
    if (current.getUsedAt() != null) {
      throw new IllegalStateException("Personal link " + link.getId() + " is already used");
    }
    current.use(EngineTime.now());
  }

  @Transactional(readOnly = true)
  public Optional<PersonalLink> find(Long applicationId, LinkPurpose purpose, String party, String occurrence) {
    return links.findByApplicationIdAndPurposeAndPartyAndOccurrence(applicationId, purpose, party == null ? "" : party,
        occurrence == null ? "" : occurrence);
  }

  private String tokenFor(String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return BASE64.encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
