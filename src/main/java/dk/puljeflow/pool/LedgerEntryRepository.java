package dk.puljeflow.pool;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  @Query("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.poolId = :poolId and e.entryType = :type")
  BigDecimal sumForPool(String poolId, LedgerEntry.Type type);

  @Query("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.applicationId = :applicationId and e.entryType = :type")
  BigDecimal sumForApplication(Long applicationId, LedgerEntry.Type type);
}
