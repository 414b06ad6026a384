package dk.puljeflow.transition;

import java.math.BigDecimal;

/** A cost the project's funding at the supplier and the supplier's savings together cannot cover. */
class InsufficientFundsException extends RuntimeException {

  InsufficientFundsException(String supplierId, BigDecimal cost, BigDecimal projectFunds, BigDecimal savings) {
    super("Kostnaden " + SwedishText.kronor(cost) + " ryms inte: projektet har " + SwedishText.kronor(projectFunds)
        + " kvar hos leverantören " + supplierId + " och leverantörens sparade medel är " + SwedishText.kronor(savings));
  }
}
