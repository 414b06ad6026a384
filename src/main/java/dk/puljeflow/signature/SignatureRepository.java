package dk.puljeflow.signature;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureRepository extends JpaRepository<Signature, Long> {

  List<Signature> findByApplicationIdOrderBySignerRole(Long applicationId);

  Optional<Signature> findByApplicationIdAndSignerRole(Long applicationId, SignerRole signerRole);
}
