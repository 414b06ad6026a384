package dk.puljeflow.transition;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupplierRepository extends JpaRepository<Supplier, String> {

  /**
   * Locks the supplier's row until the transaction ends: assignments to the supplier and movements of its
   * money happen one at a time, so capacity and savings are always checked against what is committed.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Supplier s where s.id = :id")
  Optional<Supplier> findForUpdate(String id);

  List<Supplier> findAllByOrderByNameAscIdAsc();
}
