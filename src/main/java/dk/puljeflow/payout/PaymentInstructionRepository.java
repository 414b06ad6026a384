package dk.puljeflow.payout;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentInstructionRepository extends JpaRepository<PaymentInstruction, Long> {

  List<PaymentInstruction> findByStatusOrderById(PaymentInstruction.Status status);

  List<PaymentInstruction> findByApplicationIdOrderByStage(Long applicationId);
}
