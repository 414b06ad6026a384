package dk.puljeflow.deployment;

/** One thing wrong with one model file; {@code line} is 0 when the parser does not know it. */
public record ModelProblem(String file, int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
