package dk.puljeflow.pool;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PoolRepository extends JpaRepository<Pool, String> {

  /** Locks the pool row until the transaction ends, so reservations against it happen one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Pool p where p.id = :id")
  Optional<Pool> findForUpdate(String id);
}
