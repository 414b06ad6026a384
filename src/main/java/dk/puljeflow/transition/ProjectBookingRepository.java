package dk.puljeflow.transition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectBookingRepository extends JpaRepository<ProjectBooking, Long> {

  List<ProjectBooking> findByApplicationIdOrderById(Long applicationId);

  List<ProjectBooking> findByApplicationIdAndSupplierIdOrderById(Long applicationId, String supplierId);
}
