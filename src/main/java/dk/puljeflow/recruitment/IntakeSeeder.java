package dk.puljeflow.recruitment;

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

/** Inserts the intakes of the seed file that the database does not have yet; never changes an existing one. */
@Component
class IntakeSeeder implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(IntakeSeeder.class);

  private final IntakeRepository intakes;
  private final RecruitmentProperties properties;
  private final ResourceLoader resources;
  private final Validator validator;
  private final TransactionTemplate transaction;

  IntakeSeeder(IntakeRepository intakes, RecruitmentProperties properties, ResourceLoader resources, Validator validator,
      TransactionTemplate transaction) {
    this.intakes = intakes;
    this.properties = properties;
    this.resources = resources;
    this.validator = validator;
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
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
    try (InputStream in = resources.getResource(properties.intakesFile()).getInputStream()) {
      List<IntakeDefinition> seeds = yaml.readValue(in, new TypeReference<>() {});
      for (IntakeDefinition seed : seeds) {
        Set<ConstraintViolation<IntakeDefinition>> violations = validator.validate(seed);
        if (!violations.isEmpty()) {
          throw new StartupCheckFailed("Intake '" + seed.id() + "' in " + properties.intakesFile() + " is invalid: "
              + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")),
              "Correct the intake and start again.", null);
        }
      }
      return seeds;
    } catch (IOException e) {
      throw new StartupCheckFailed("Cannot read intakes from " + properties.intakesFile() + ": " + e.getMessage(),
          "Check the file's YAML syntax and its path (puljeflow.recruitment.intakes-file).", e);
    }
  }
}
