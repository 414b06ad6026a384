package dk.puljeflow.payout;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment instruction as finance reads it, in JSON and CSV alike. */
@JsonPropertyOrder({"id", "applicationNumber", "stage", "amount", "currency", "status", "createdAt", "acknowledgedAt"})
public record PayoutView(Long id, String applicationNumber, int stage, BigDecimal amount, String currency,
    PaymentInstruction.Status status, Instant createdAt, Instant acknowledgedAt) {

  static PayoutView of(PaymentInstruction instruction, String applicationNumber) {
    return new PayoutView(instruction.getId(), applicationNumber, instruction.getStage(), instruction.getAmount(),
        instruction.getCurrency(), instruction.getStatus(), instruction.getCreatedAt(), instruction.getAcknowledgedAt());
  }
}
