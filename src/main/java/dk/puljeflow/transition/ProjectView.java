package dk.puljeflow.transition;

import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.signature.SignatureState;
import dk.puljeflow.signature.SignerRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** GET /api/transition/projects/{number}: the project, its signatures, persons, money per supplier and events. */
public record ProjectView(
    String projectNumber,
    ApplicationStatus status,
    String poolId,
    String currency,
    String employer,
    String description,
    Instant receivedAt,
    BigDecimal frame,
    BigDecimal grantedAmount,
    List<Signer> signatures,
    List<ParticipantView> participants,
    List<Money> moneyBySupplier,
    List<Event> events) {

  public record Signer(SignerRole role, String name, SignatureState state) {}

  /** The project's money at one supplier. {@code available}: what it has left to spend there. */
  public record Money(String supplierId, BigDecimal funding, BigDecimal costs, BigDecimal savingsUsed, BigDecimal savedToLedger,
      BigDecimal available) {}

  public record Event(String type, Instant occurredAt, String actor, String detail) {}
}
