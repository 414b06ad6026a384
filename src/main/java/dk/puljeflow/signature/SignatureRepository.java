package dk.puljeflow.signature;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** JPQL rather than derived queries: Hibernate caches a JPQL query's plan, not a criteria query's. */
public interface SignatureRepository extends JpaRepository<Signature, Long> {

  @Query("select s from Signature s where s.applicationId = :applicationId order by s.signerRole")
  List<Signature> findByApplicationIdOrderBySignerRole(Long applicationId);

  @Query("select s from Signature s where s.applicationId = :applicationId and s.signerRole = :signerRole")
  Optional<Signature> findByApplicationIdAndSignerRole(Long applicationId, SignerRole signerRole);
}
