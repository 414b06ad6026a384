package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.GrantApplication;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A supplier's ledger: what a low-need project did not spend is saved at its end and pays for what a later
 * high-need project's own funding cannot; the balance never goes below zero, and every movement is an entry
 * with the balance after it.
 */
class SupplierLedgerTest extends TransitionTestSupport {

  @Autowired SupplierLedgerEntryRepository entries;

  @Test
  void savingsFromALowNeedProjectPayForALaterHighNeedProjectAndNeverGoBelowZero() {
    Supplier supplier = newSupplier(5);

    // A low-need project: 15,000 for the person, nothing spent, all of it saved at the end.
    GrantApplication lowNeed = approvedProject(person("Lena Lätt", 20));
    Participant easy = participants(lowNeed).get(0);
    intoSupport(easy, NeedLevel.LOW, supplier.getId());
    recordOutcome(easy, Outcome.NEW_JOB, TransitionTime.today());
    assertThat(supplierLedger.balanceOf(supplier.getId())).isEqualByComparingTo("15000");

    // A high-need project: 50,000 for the person, and a 60,000 training; the 10,000 missing come from the savings.
    GrantApplication highNeed = approvedProject(person("Harald Hård", 20));
    Participant hard = participants(highNeed).get(0);
    intoSupport(hard, NeedLevel.HIGH, supplier.getId());
    TrainingApplication vocational = approve(hard, "60000");
    assertThat(vocational.getStatus()).isEqualTo(TrainingApplication.Status.APPROVED);
    assertThat(supplierLedger.balanceOf(supplier.getId())).isEqualByComparingTo("5000");
    assertThat(projectFunding.availableAt(highNeed.getId(), supplier.getId())).isEqualByComparingTo("0");

    // 8,000 more: neither the project (0) nor the savings (5,000) cover it, so it is rejected and nothing moves.
    TrainingApplication tooMuch = approve(hard, "8000");
    assertThat(tooMuch.getStatus()).isEqualTo(TrainingApplication.Status.REJECTED);
    assertThat(supplierLedger.balanceOf(supplier.getId())).isEqualByComparingTo("5000");

    // Exactly the 5,000 saved: covered, and the savings are down to zero, not below.
    TrainingApplication exact = approve(hard, "5000");
    assertThat(exact.getStatus()).isEqualTo(TrainingApplication.Status.APPROVED);
    assertThat(supplierLedger.balanceOf(supplier.getId())).isEqualByComparingTo("0");

    // The high-need project ends with nothing left: nothing to save.
    recordOutcome(hard, Outcome.OWN_BUSINESS, TransitionTime.today());

    List<SupplierLedgerEntry> movements = supplierLedger.entriesOf(supplier.getId());
    assertThat(movements).extracting(SupplierLedgerEntry::getEntryType, SupplierLedgerEntry::getApplicationId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SupplierLedgerEntry.Type.DEPOSIT, lowNeed.getId()),
            org.assertj.core.groups.Tuple.tuple(SupplierLedgerEntry.Type.WITHDRAWAL, highNeed.getId()),
            org.assertj.core.groups.Tuple.tuple(SupplierLedgerEntry.Type.WITHDRAWAL, highNeed.getId()));
    assertThat(movements).extracting(SupplierLedgerEntry::getAmount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("15000"), new BigDecimal("10000"), new BigDecimal("5000"));
    assertThat(movements).extracting(SupplierLedgerEntry::getBalanceAfter).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("15000"), new BigDecimal("5000"), new BigDecimal("0"));
    // The project's own books show the same: funding, savings used, costs, and nothing left over.
    assertThat(projectFunding.bookingsOf(highNeed.getId())).extracting(ProjectBooking::getBookingType).containsExactly(
        ProjectBooking.Type.FUNDING, ProjectBooking.Type.SAVINGS_USED, ProjectBooking.Type.COST,
        ProjectBooking.Type.SAVINGS_USED, ProjectBooking.Type.COST);
    assertThat(projectFunding.availableAt(highNeed.getId(), supplier.getId())).isEqualByComparingTo("0");
    assertThat(event(highNeed, "PROJECT_SETTLED").getDetail()).isEqualTo(supplier.getId() + " saved 0.00");

    // Below zero is refused by the ledger, and by the table itself.
    assertThatThrownBy(() -> supplierLedger.withdraw(supplier.getId(), highNeed.getId(), BigDecimal.ONE, "one krona too many"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("has 0.00 saved, not 1");
    assertThatThrownBy(() -> entries.saveAndFlush(new SupplierLedgerEntry(supplier.getId(), highNeed.getId(),
        SupplierLedgerEntry.Type.WITHDRAWAL, BigDecimal.ONE, new BigDecimal("-1"), EngineTime.now(), "forced")))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(supplierLedger.entriesOf(supplier.getId())).hasSize(3);
  }

  /** Participant and coach apply; the adviser approves the whole cost; returns the application as decided. */
  private TrainingApplication approve(Participant participant, String cost) {
    TrainingApplication training = applyForTraining(participant, cost);
    complete(participant, "DecideOnTraining", withVariables("trainingDecision", "APPROVED", "approvedCost", cost));
    return trainingApplications.findById(training.getId()).orElseThrow();
  }
}
