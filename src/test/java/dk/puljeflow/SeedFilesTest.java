package dk.puljeflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class SeedFilesTest {

  record Entry(@NotBlank String id, @Positive int seats) {}

  private static final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
  private final SeedFiles seedFiles = new SeedFiles(new DefaultResourceLoader(), validation.getValidator());

  @TempDir
  Path dir;

  @AfterAll
  static void close() {
    validation.close();
  }

  @Test
  void readsEveryEntryOfTheList() throws IOException {
    String file = write("- id: nord\n  seats: 12\n- id: syd\n  seats: 3\n");

    assertThat(seedFiles.read(file, "x.file", Entry.class, "Intake", Entry::id))
        .containsExactly(new Entry("nord", 12), new Entry("syd", 3));
  }

  @Test
  void anInvalidEntryStopsStartUpNamingTheEntryAndTheField() throws IOException {
    String file = write("- id: nord\n  seats: 12\n- id: syd\n  seats: 0\n");

    assertThatThrownBy(() -> seedFiles.read(file, "x.file", Entry.class, "Intake", Entry::id))
        .isInstanceOf(StartupCheckFailed.class)
        .hasMessageContaining("Intake 'syd' in " + file + " is invalid: seats")
        .extracting(e -> ((StartupCheckFailed) e).action()).asString().contains("Correct the entry in " + file);
  }

  @Test
  void brokenYamlStopsStartUpNamingTheFileAndItsSetting() throws IOException {
    String file = write("- id: nord\n  seats: [twelve\n");

    assertThatThrownBy(() -> seedFiles.read(file, "puljeflow.x.file", Entry.class, "Intake", Entry::id))
        .isInstanceOf(StartupCheckFailed.class)
        .hasMessageContaining("Cannot read intake entries from " + file)
        .extracting(e -> ((StartupCheckFailed) e).action()).asString().contains("(puljeflow.x.file)");
  }

  @Test
  void aMissingFileStopsStartUpToo() {
    assertThatThrownBy(() -> seedFiles.read("file:" + dir.resolve("absent.yaml"), "x.file", Entry.class, "Intake",
        Entry::id)).isInstanceOf(StartupCheckFailed.class).hasMessageContaining("absent.yaml");
  }

  private String write(String yaml) throws IOException {
    Path file = dir.resolve("seeds.yaml");
    Files.writeString(file, yaml);
    return "file:" + file;
  }
}
