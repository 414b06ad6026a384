package dk.puljeflow.payout;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

  /** JPQL: Hibernate caches its plan, not a derived (criteria) query's; every payout reads it. */
  @Query("select r from Receipt r where r.applicationId = :applicationId and r.payoutStage = :payoutStage order by r.id")
  List<Receipt> findByApplicationIdAndPayoutStageOrderById(Long applicationId, int payoutStage);

  Optional<Receipt> findByIdAndApplicationId(Long id, Long applicationId);
}
