package dk.puljeflow.pool;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PoolRepository extends JpaRepository<Pool, String> {

  /** Locks the pool row until the transaction ends, for a year-end close: no booking against it meanwhile. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Pool p where p.id = :id")
  Optional<Pool> findForUpdate(String id);

  /**
   * Locks the pool row until the transaction ends, so bookings that change what it has available happen one
   * at a time. An update that changes nothing rather than a select for update: PostgreSQL then takes its
   * weaker "no key update" row lock, which the key-share lock of a new ledger entry's foreign key does not
   * wait for, so payouts in the same pool go on while an approval holds it. Returns 0 for an unknown pool.
   */
  @Modifying
  @Query("update Pool p set p.budget = p.budget where p.id = :id")
  int lockForBooking(String id);
}
