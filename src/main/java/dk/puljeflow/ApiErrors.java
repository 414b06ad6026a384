package dk.puljeflow;

import dk.puljeflow.application.ApplicationNotFoundException;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.application.InvalidApplicationException;
import dk.puljeflow.deployment.InvalidMigrationException;
import dk.puljeflow.deployment.InvalidModelException;
import dk.puljeflow.deployment.ModelProblem;
import dk.puljeflow.report.InvalidReportFilterException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns domain refusals into HTTP answers: 400 with a message per field (or per model file), 404, 409. */
@RestControllerAdvice(basePackages = "dk.puljeflow")
class ApiErrors {

  @ExceptionHandler(InvalidApplicationException.class)
  ProblemDetail invalidApplication(InvalidApplicationException e) {
    return fieldErrors("Invalid application", e.errors());
  }

  @ExceptionHandler(InvalidMigrationException.class)
  ProblemDetail invalidMigration(InvalidMigrationException e) {
    return fieldErrors("Invalid migration request", e.errors());
  }

  /** A model file that does not parse: one message per file ("line 12: ..."), and the problems as they are. */
  @ExceptionHandler(InvalidModelException.class)
  ProblemDetail invalidModel(InvalidModelException e) {
    Map<String, String> errors = e.problems().stream().collect(Collectors.groupingBy(ModelProblem::file, TreeMap::new,
        Collectors.mapping(problem -> (problem.line() > 0 ? "line " + problem.line() + ": " : "") + problem.message(),
            Collectors.joining("\n"))));
    ProblemDetail problem = fieldErrors("Invalid model files, nothing deployed", errors);
    problem.setProperty("problems", e.problems());
    return problem;
  }

  @ExceptionHandler(InvalidReportFilterException.class)
  ProblemDetail invalidReportFilter(InvalidReportFilterException e) {
    return fieldErrors("Invalid report filter", e.errors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    Map<String, String> errors = new TreeMap<>();
    e.getBindingResult().getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
    e.getBindingResult().getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
    return fieldErrors("Invalid request", errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON of the expected shape: " + e.getMostSpecificCause().getMessage());
    problem.setTitle("Unreadable request");
    return problem;
  }

  @ExceptionHandler({ApplicationNotFoundException.class, NoSuchElementException.class})
  ProblemDetail notFound(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(CaseConflictException.class)
  ProblemDetail conflict(CaseConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  private static ProblemDetail fieldErrors(String title, Map<String, String> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "See errors: one message per field.");
    problem.setTitle(title);
    problem.setProperty("errors", new TreeMap<>(errors));
    return problem;
  }
}
