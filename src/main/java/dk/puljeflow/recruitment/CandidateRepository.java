package dk.puljeflow.recruitment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

  Optional<Candidate> findByCandidateNumber(String candidateNumber);

  /** Per intake: [intakeId, hires, hires who later dropped out, hires who graduated, hires employed after graduation]. */
  @Query("""
      select c.intakeId, count(c),
             sum(case when c.status = dk.puljeflow.recruitment.CandidateStatus.DROPPED_OUT then 1 else 0 end),
             sum(case when c.graduatedOn is not null then 1 else 0 end),
             sum(case when c.status = dk.puljeflow.recruitment.CandidateStatus.EMPLOYED then 1 else 0 end)
      from Candidate c
      where c.interviewOutcome = dk.puljeflow.recruitment.Candidate.InterviewOutcome.HIRED
      group by c.intakeId""")
  List<Object[]> hiresByIntake();

  /** [status, count] over all candidates. */
  @Query("select c.status, count(c) from Candidate c group by c.status")
  List<Object[]> countByStatus();
}
