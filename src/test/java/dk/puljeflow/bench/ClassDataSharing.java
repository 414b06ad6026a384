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

  /** The class path and JVM options a child starts with, and what the archive cost (none without bench.cds). */
  record Setup(String classPath, List<String> jvmArgs, double archiveMiB, double trainingSeconds) {}

  private static Setup prepared;

  private ClassDataSharing() {}

  /**
   * The test class path as it is without bench.cds; with it, the jarred class path and an archive one
   * training start wrote, made once per bench run and shared by the parts that start the application.
   */
  static synchronized Setup setup(BenchSettings settings) throws Exception {
    if (!settings.cds()) {
      return new Setup(System.getProperty("java.class.path"), List.of(), 0, 0);
    }
    if (prepared == null) {
      Path work = Files.createTempDirectory("bench-cds");
      String classPath = jarredClassPath(work);
      long trainingStart = System.nanoTime();
      Path archive = train(settings, classPath, work);
      prepared = new Setup(classPath, List.of("-XX:SharedArchiveFile=" + archive),
          Math.round(Files.size(archive) / 1024.0 / 1024.0 * 10) / 10.0,
          LifecycleBench.round((System.nanoTime() - trainingStart) / 1e9));
      System.out.printf("class-data archive of %.1f MiB written by a training start in %.1f s%n", prepared.archiveMiB(),
          prepared.trainingSeconds());
    }
    return prepared;
  }

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
