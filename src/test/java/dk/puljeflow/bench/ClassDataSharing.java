package dk.puljeflow.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Application class-data sharing (AppCDS) for the start-up part (bench.cds=true): one training start writes
 * the classes it loaded to an archive at exit (-XX:ArchiveClassesAtExit), later starts map it
 * (-XX:SharedArchiveFile) instead of loading and verifying those classes again. The JVM archives classes
 * from jars only, so the class path's directories (target/classes, target/test-classes) are packed into
 * jars first: the same flat class path of jars that {@code java -Djarmode=tools -jar puljeflow.jar extract}
 * makes of the packaged application (README "Benchmarks").
 */
final class ClassDataSharing {

  private ClassDataSharing() {}

  /** The test class path with every directory replaced by a jar of it in {@code workDirectory}. */
  static String jarredClassPath(Path workDirectory) throws IOException {
    List<String> entries = new ArrayList<>();
    int directories = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = workDirectory.resolve("classpath-" + (++directories) + "-" + path.getFileName() + ".jar");
        pack(path, jar);
        entries.add(jar.toString());
      } else {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Starts the application once on a new database and stops it, which writes the archive; returns its path. */
  static Path train(BenchSettings settings, String classPath, Path workDirectory) throws Exception {
    Path archive = workDirectory.resolve("puljeflow.jsa");
    try (ChildApp ignored = new ChildApp(settings, Files.createTempDirectory("bench-db-cds"), classPath,
        List.of("-XX:ArchiveClassesAtExit=" + archive))) {
      // started; closing it writes the archive
    }
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("The training start wrote no class-data archive at " + archive);
    }
    return archive;
  }

  private static void pack(Path directory, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) files.filter(path -> !path.equals(directory)).sorted()::iterator) {
        String name = directory.relativize(path).toString().replace(File.separatorChar, '/');
        // Directory entries too: Spring's component scan asks the class loader for the package folders.
        boolean folder = Files.isDirectory(path);
        out.putNextEntry(new JarEntry(folder ? name + "/" : name));
        if (!folder) {
          Files.copy(path, out);
        }
        out.closeEntry();
      }
    }
  }
}
