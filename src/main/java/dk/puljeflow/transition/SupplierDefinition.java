package dk.puljeflow.transition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A supplier as written in tsl-suppliers.yaml. */
record SupplierDefinition(
    @NotBlank @Pattern(regexp = "[a-z0-9-]{2,64}", message = "lower-case letters, digits and '-' only") String id,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 64) String frameworkAgreement,
    @NotNull LocalDate agreementValidFrom,
    @NotNull LocalDate agreementValidTo,
    @NotNull @PositiveOrZero Integer capacity) {

  @JsonIgnore
  @AssertTrue(message = "must not end before it starts")
  boolean isAgreementPeriodOrdered() {
    return agreementValidFrom == null || agreementValidTo == null || !agreementValidTo.isBefore(agreementValidFrom);
  }

  Supplier toSupplier() {
    return new Supplier(id, name, frameworkAgreement, agreementValidFrom, agreementValidTo, capacity);
  }
}
