package dk.puljeflow.transition;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.puljeflow.StartupCheckFailed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts the suppliers of the seed file that the database does not have yet. An existing supplier is
 * never changed: its capacity and agreement as stored stay, whatever the file says now.
 */
@Component
class SupplierSeeder implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SupplierSeeder.class);

  private final SupplierRepository suppliers;
  private final TransitionProperties properties;
  private final ResourceLoader resources;
  private final Validator validator;
  private final TransactionTemplate transaction;

  SupplierSeeder(SupplierRepository suppliers, TransitionProperties properties, ResourceLoader resources, Validator validator,
      TransactionTemplate transaction) {
    this.suppliers = suppliers;
    this.properties = properties;
    this.resources = resources;
    this.validator = validator;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<SupplierDefinition> seeds = read();
    transaction.executeWithoutResult(status -> seeds.stream()
        .filter(seed -> !suppliers.existsById(seed.id()))
        .forEach(seed -> {
          suppliers.save(seed.toSupplier());
          log.info("Seeded TSL supplier '{}' ({}, capacity {})", seed.id(), seed.name(), seed.capacity());
        }));
  }

  private List<SupplierDefinition> read() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
    try (InputStream in = resources.getResource(properties.suppliersFile()).getInputStream()) {
      List<SupplierDefinition> seeds = yaml.readValue(in, new TypeReference<>() {});
      for (SupplierDefinition seed : seeds) {
        Set<ConstraintViolation<SupplierDefinition>> violations = validator.validate(seed);
        if (!violations.isEmpty()) {
          throw new StartupCheckFailed("Supplier '" + seed.id() + "' in " + properties.suppliersFile() + " is invalid: "
              + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")),
              "Correct the supplier and start again.", null);
        }
      }
      return seeds;
    } catch (IOException e) {
      throw new StartupCheckFailed("Cannot read TSL suppliers from " + properties.suppliersFile() + ": " + e.getMessage(),
          "Check the file's YAML syntax and its path (puljeflow.transition.suppliers-file).", e);
    }
  }
}
