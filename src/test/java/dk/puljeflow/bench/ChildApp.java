package dk.puljeflow.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application in a child JVM (BenchServer): start-up time to ready, its port and its resident memory. */
final class ChildApp implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("BENCH-READY port=(\\d+) jvmToReadyMillis=(\\d+) runToReadyMillis=(\\d+)");

  final Process process;
  final int port;
  /** From spawning the child (parent's clock) until its ApplicationReadyEvent line arrived. */
  final long spawnToReadyMillis;
  /** From the child JVM's start (RuntimeMXBean uptime) to ApplicationReadyEvent. */
  final long jvmToReadyMillis;
  /** From SpringApplication.run to ApplicationReadyEvent. */
  final long runToReadyMillis;
  final String heap;
  /** Where the application sends its letters. */
  final BenchMailServer mail;
  /** Whether the child was started with -XX:NativeMemoryTracking, so that jcmd can report its memory. */
  private final boolean nativeMemoryTracked;
  /** Set when the child JVM said its code cache filled up: it then stops compiling and runs slower. */
  volatile boolean codeCacheFull;
  /** Spring's start-up steps with the most self time (see {@link StartupSteps}). */
  final List<String> slowestStartupSteps = new CopyOnWriteArrayList<>();

  /**
   * The application on the H2 file database in {@code databaseDirectory} (new if empty, else a restart), on
   * {@code classPath} (see {@link ClassDataSharing}), with JVM options besides bench.childJvmArgs.
   */
  ChildApp(BenchSettings settings, Path databaseDirectory, String classPath, List<String> jvmArgs)
      throws IOException, InterruptedException {
    this.heap = settings.heap();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        // As README "Configuration" runs the application: job threads at nice 19, below web requests
        // (JobThreadPriority). bench.childJvmArgs come later: -XX:ThreadPriorityPolicy=0 there measures without
        // priorities, -XX:JavaPriority1_To_OSPriority=4 with the job threads at nice 4.
        "-XX:ThreadPriorityPolicy=1", "-XX:JavaPriority1_To_OSPriority=19"));
    command.addAll(settings.childJvmArgs());
    command.addAll(jvmArgs);
    nativeMemoryTracked = command.stream().anyMatch(arg -> arg.startsWith("-XX:NativeMemoryTracking"));
    command.addAll(List.of("-cp", classPath, BenchServer.class.getName()));
    command.add("--server.port=0");
    // The application's own kind of database, a file (not the tests' in-memory one, which would grow in the heap).
    command.add("--spring.datasource.url=jdbc:h2:file:" + databaseDirectory.resolve("puljeflow")
        + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128");
    mail = new BenchMailServer();
    command.addAll(List.of("--puljeflow.mail.embedded=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.port()));
    settings.springProperties().forEach((key, value) -> command.add("--" + key + "=" + value));
    Path log = Files.createTempFile("bench-child", ".log");
    long spawned = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(settings.childEnvironment());
    process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
    CompletableFuture<Matcher> ready = new CompletableFuture<>();
    CompletableFuture<Void> user = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line; (line = out.readLine()) != null; ) {
          Files.writeString(log, line + "\n", java.nio.file.StandardOpenOption.APPEND);
          Matcher matcher = READY.matcher(line);
          if (matcher.find()) {
            ready.complete(matcher);
          } else if (line.startsWith("BENCH-STEP ")) {
            slowestStartupSteps.add(line.substring("BENCH-STEP ".length()));
          } else if (line.startsWith("BENCH-USER")) {
            user.complete(null);
          } else if (line.contains("CodeCache is full")) {
            codeCacheFull = true;
          }
        }
      } catch (IOException ignored) {
        // the child ended
      }
      ready.completeExceptionally(new IllegalStateException("Child app ended before ready; see " + log));
      user.completeExceptionally(new IllegalStateException("Child app ended before ready; see " + log));
    }, "bench-child-output");
    reader.setDaemon(true);
    reader.start();
    try {
      Matcher matcher = ready.get(300, TimeUnit.SECONDS);
      spawnToReadyMillis = (System.nanoTime() - spawned) / 1_000_000;
      port = Integer.parseInt(matcher.group(1));
      jvmToReadyMillis = Long.parseLong(matcher.group(2));
      runToReadyMillis = Long.parseLong(matcher.group(3));
      user.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      mail.close();
      throw new IllegalStateException("Child app did not start; see " + log, e);
    }
  }

  /** VmRSS of the child from /proc/&lt;pid&gt;/status, in MiB. */
  double residentMiB() throws IOException {
    return statusMiB("VmRSS:");
  }

  /** VmHWM of the child: the most it has been resident at any time since it started, in MiB. */
  double peakResidentMiB() throws IOException {
    return statusMiB("VmHWM:");
  }

  private double statusMiB(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith(field)) {
        return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 * 10) / 10.0;
      }
    }
    return -1;
  }

  /**
   * The child's own account of its memory (jcmd VM.native_memory summary) when it was started with
   * -XX:NativeMemoryTracking (through bench.childJvmArgs); otherwise empty.
   */
  List<String> nativeMemorySummary() throws IOException, InterruptedException {
    if (!nativeMemoryTracked) {
      return List.of();
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process summary = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "VM.native_memory", "summary", "scale=MB")
        .redirectErrorStream(true).start();
    List<String> lines = new BufferedReader(new InputStreamReader(summary.getInputStream())).lines()
        .filter(line -> line.contains("committed=")).map(String::strip).toList();
    summary.waitFor(30, TimeUnit.SECONDS);
    return lines;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    // Generous: a JVM asked to write a class-data archive at exit does so after the application has stopped.
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    mail.close();
  }
}
