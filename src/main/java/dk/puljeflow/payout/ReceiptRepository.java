package dk.puljeflow.payout;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

  List<Receipt> findByApplicationIdAndPayoutStageOrderById(Long applicationId, int payoutStage);

  Optional<Receipt> findByIdAndApplicationId(Long id, Long applicationId);
}
