package dk.puljeflow.transition;

import dk.puljeflow.SeedFiles;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
  private final SeedFiles seedFiles;
  private final TransactionTemplate transaction;

  SupplierSeeder(SupplierRepository suppliers, TransitionProperties properties, SeedFiles seedFiles,
      TransactionTemplate transaction) {
    this.suppliers = suppliers;
    this.properties = properties;
    this.seedFiles = seedFiles;
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
    return seedFiles.read(properties.suppliersFile(), "puljeflow.transition.suppliers-file", SupplierDefinition.class,
        "Supplier", SupplierDefinition::id);
  }
}
