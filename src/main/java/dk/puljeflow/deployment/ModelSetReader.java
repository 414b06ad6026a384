package dk.puljeflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads the model folders: from disk when the configured folder exists, else from the jar. */
@Component
public class ModelSetReader {

  private static final Logger log = LoggerFactory.getLogger(ModelSetReader.class);

  static final String PROCESSES = "processes";
  static final String FORMS = "forms";

  private final ModelProperties properties;
  private final PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();

  public ModelSetReader(ModelProperties properties) {
    this.properties = properties;
  }

  public ModelSet read() {
    Map<String, byte[]> files = new TreeMap<>();
    readFolder(PROCESSES, properties.processesDir(), List.of(".bpmn", ".dmn"), files);
    readFolder(FORMS, properties.formsDir(), List.of(".form"), files);
    return ModelSet.of(files);
  }

  private void readFolder(String folder, Path dir, List<String> extensions, Map<String, byte[]> into) {
    if (Files.isDirectory(dir)) {
      log.info("Reading {} from {}", folder, dir.toAbsolutePath().normalize());
      readDisk(folder, dir, extensions, into);
    } else {
      log.info("No folder {}; reading {} packaged in the application", dir, folder);
      readClasspath(folder, extensions, into);
    }
  }

  private static void readDisk(String folder, Path dir, List<String> extensions, Map<String, byte[]> into) {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path file : entries.filter(Files::isRegularFile).toList()) {
        String fileName = file.getFileName().toString();
        if (hasExtension(fileName, extensions)) {
          into.put(folder + "/" + fileName, Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dir, e);
    }
  }

  private void readClasspath(String folder, List<String> extensions, Map<String, byte[]> into) {
    try {
      for (String extension : extensions) {
        for (Resource resource : classpath.getResources("classpath*:" + folder + "/*" + extension)) {
          try (InputStream in = resource.getInputStream()) {
            into.put(folder + "/" + resource.getFilename(), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read packaged " + folder, e);
    }
  }

  private static boolean hasExtension(String fileName, List<String> extensions) {
    return extensions.stream().anyMatch(fileName::endsWith);
  }
}
