package dk.puljeflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads a YAML list of seed entries (pools, recruitment intakes, TSL suppliers) and checks each with
 * its bean-validation rules. Any mistake stops start-up with the file, the entry and what to do, so a
 * typo in a seed file never leaves half the entries seeded.
 */
@Component
public class SeedFiles {

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
  private final ResourceLoader resources;
  private final Validator validator;

  SeedFiles(ResourceLoader resources, Validator validator) {
    this.resources = resources;
    this.validator = validator;
  }

  /**
   * @param file where the list is, e.g. classpath:pools.yaml
   * @param property the setting that names {@code file}, shown to the operator
   * @param type one entry's type
   * @param entryName one entry in words, e.g. "Pool"
   * @param idOf an entry's id, shown when the entry is invalid
   */
  public <T> List<T> read(String file, String property, Class<T> type, String entryName, Function<T, String> idOf) {
    List<T> entries;
    try (InputStream in = resources.getResource(file).getInputStream()) {
      entries = yaml.readValue(in, yaml.getTypeFactory().constructCollectionType(List.class, type));
    } catch (IOException e) {
      throw new StartupCheckFailed(
          "Cannot read " + entryName.toLowerCase(Locale.ROOT) + " entries from " + file + ": " + e.getMessage(),
          "Check the file's YAML syntax and its path (" + property + ").", e);
    }
    for (T entry : entries) {
      Set<ConstraintViolation<T>> violations = validator.validate(entry);
      if (!violations.isEmpty()) {
        throw new StartupCheckFailed(entryName + " '" + idOf.apply(entry) + "' in " + file + " is invalid: "
            + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                .collect(Collectors.joining("; ")),
            "Correct the entry in " + file + " and start again.", null);
      }
    }
    return entries;
  }
}
