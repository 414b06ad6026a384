package dk.puljeflow.recruitment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeRepository extends JpaRepository<Intake, String> {

  List<Intake> findAllByOrderByBasicCourseStartAscIdAsc();

  List<Intake> findByEducationAndBasicCourseStartAfterOrderByBasicCourseStartAsc(Education education, LocalDate after);
}
