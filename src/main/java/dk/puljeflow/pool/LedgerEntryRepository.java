package dk.puljeflow.pool;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  @Query("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.poolId = :poolId and e.entryType = :type")
  BigDecimal sumForPool(String poolId, LedgerEntry.Type type);

  @Query("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.applicationId = :applicationId and e.entryType = :type")
  BigDecimal sumForApplication(Long applicationId, LedgerEntry.Type type);

  /** Locks the application's reservation until the transaction ends: its payouts and releases go one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("""
      select e from LedgerEntry e
      where e.applicationId = :applicationId and e.entryType = dk.puljeflow.pool.LedgerEntry.Type.RESERVATION""")
  List<LedgerEntry> lockReservationOf(Long applicationId);
}
