package dk.puljeflow.link;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** JPQL rather than derived queries: Hibernate caches a JPQL query's plan, not a criteria query's. */
interface PersonalLinkRepository extends JpaRepository<PersonalLink, Long> {

  @Query("select l from PersonalLink l where l.tokenHash = :tokenHash")
  Optional<PersonalLink> findByTokenHash(String tokenHash);

  @Query("""
      select l from PersonalLink l
      where l.applicationId = :applicationId and l.purpose = :purpose and l.party = :party and l.occurrence = :occurrence""")
  Optional<PersonalLink> findByApplicationIdAndPurposeAndPartyAndOccurrence(Long applicationId, LinkPurpose purpose,
      String party, String occurrence);

  List<PersonalLink> findByApplicationId(Long applicationId);
}
