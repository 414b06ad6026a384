package dk.puljeflow.deployment;

import dk.puljeflow.StartupCheckFailed;
import java.util.List;
import java.util.stream.Collectors;

/** The model set cannot be deployed; nothing of it was. */
public class InvalidModelException extends StartupCheckFailed {

  private final List<ModelProblem> problems;

  public InvalidModelException(List<ModelProblem> problems, Throwable cause) {
    super("Invalid model files, nothing deployed:\n" + problems.stream()
            .map(problem -> "  " + problem)
            .collect(Collectors.joining("\n")),
        "Fix the named files in processes/ or forms/ and start again (or redeploy).", cause);
    this.problems = List.copyOf(problems);
  }

  public List<ModelProblem> problems() {
    return problems;
  }
}
