package dk.puljeflow.link;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalLinkRepository extends JpaRepository<PersonalLink, Long> {

  Optional<PersonalLink> findByTokenHash(String tokenHash);

  Optional<PersonalLink> findByApplicationIdAndPurposeAndPartyAndOccurrence(Long applicationId, LinkPurpose purpose,
      String party, String occurrence);

  List<PersonalLink> findByApplicationId(Long applicationId);
}
