package dk.puljeflow.transition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierLedgerEntryRepository extends JpaRepository<SupplierLedgerEntry, Long> {

  List<SupplierLedgerEntry> findBySupplierIdOrderById(String supplierId);

  Optional<SupplierLedgerEntry> findFirstBySupplierIdOrderByIdDesc(String supplierId);
}
