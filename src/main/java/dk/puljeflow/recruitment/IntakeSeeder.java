package dk.puljeflow.recruitment;

import dk.puljeflow.SeedFiles;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Inserts the intakes of the seed file that the database does not have yet; never changes an existing one. */
@Component
class IntakeSeeder implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(IntakeSeeder.class);

  private final IntakeRepository intakes;
  private final RecruitmentProperties properties;
  private final SeedFiles seedFiles;
  private final TransactionTemplate transaction;

  IntakeSeeder(IntakeRepository intakes, RecruitmentProperties properties, SeedFiles seedFiles,
      TransactionTemplate transaction) {
    this.intakes = intakes;
    this.properties = properties;
    this.seedFiles = seedFiles;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<IntakeDefinition> seeds = read();
    transaction.executeWithoutResult(status -> seeds.stream()
        .filter(seed -> !intakes.existsById(seed.id()))
        .forEach(seed -> {
          intakes.save(new Intake(seed.id(), seed.education(), seed.basicCourseStart()));
          log.info("Seeded intake '{}' ({} from {})", seed.id(), seed.education(), seed.basicCourseStart());
        }));
  }

  private List<IntakeDefinition> read() {
    return seedFiles.read(properties.intakesFile(), "puljeflow.recruitment.intakes-file", IntakeDefinition.class,
        "Intake", IntakeDefinition::id);
  }
}
