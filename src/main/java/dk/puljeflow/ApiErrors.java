package dk.puljeflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.puljeflow.application.ApplicationNotFoundException;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.application.IdempotencyKeyReusedException;
import dk.puljeflow.application.InvalidApplicationException;
import dk.puljeflow.deployment.InvalidMigrationException;
import dk.puljeflow.deployment.InvalidModelException;
import dk.puljeflow.deployment.ModelProblem;
import dk.puljeflow.report.InvalidReportFilterException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refusals into HTTP answers: 400 with a message per field (or per model file), 404, 409, 415,
 * 422. Every answer says what is wrong in the caller's terms (the field, the expected type or values),
 * never a Java class name or a stack trace.
 */
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

  /** Constraints on a parameter, a header or a body, checked by Spring MVC's method validation. */
  @ExceptionHandler(HandlerMethodValidationException.class)
  ProblemDetail invalidParameters(HandlerMethodValidationException e) {
    Map<String, String> errors = new TreeMap<>();
    e.getParameterValidationResults().forEach(result -> {
      if (result instanceof ParameterErrors body) {
        body.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        body.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
      } else {
        result.getResolvableErrors().stream().map(MessageSourceResolvable::getDefaultMessage).findFirst()
            .ifPresent(message -> errors.putIfAbsent(nameOf(result.getMethodParameter()), message));
      }
    });
    return fieldErrors("Invalid request", errors);
  }

  /**
   * A body that is not JSON, not the expected shape, or has a value of the wrong type: the field is
   * named with what it must be, and nothing of the parser's internals is shown.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return fieldErrors("Invalid request", Map.of(path(unknown), "is not a field of this request"));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return fieldErrors("Invalid request", Map.of(path(mapping), expected(mapping)));
    }
    String detail;
    if (cause instanceof MismatchedInputException) {
      detail = "The request body must be a JSON object with the fields of this request.";
    } else if (cause instanceof JsonProcessingException json) {
      detail = "The request body is not valid JSON" + (json.getLocation() == null ? "."
          : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ").");
    } else {
      detail = "A JSON request body is required.";
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Unreadable request");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException e) {
    return fieldErrors("Invalid request", Map.of(nameOf(e.getParameter()), mustBe(e.getRequiredType())));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return fieldErrors("Invalid request", Map.of(e.getParameterName(), "is required"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ProblemDetail missingHeader(MissingRequestHeaderException e) {
    return fieldErrors("Invalid request", Map.of(e.getHeaderName(), "is required"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getContentType() == null
        ? "The request has no content type: send it as application/json."
        : "Content type '" + e.getContentType() + "' is not supported: send the request as application/json.");
    problem.setTitle("Unsupported content type");
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

  /** 422, as the IETF draft on the Idempotency-Key header has it. */
  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ProblemDetail keyReused(IdempotencyKeyReusedException e) {
    ProblemDetail problem = fieldErrors("Idempotency-Key reused", Map.of("Idempotency-Key", e.getMessage()));
    problem.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
    return problem;
  }

  private static ProblemDetail fieldErrors(String title, Map<String, String> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "See errors: one message per field.");
    problem.setTitle(title);
    problem.setProperty("errors", new TreeMap<>(errors));
    return problem;
  }

  /** "details.activityCategory", "signerRoles[0]": where in the body the wrong value is. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String expected(JsonMappingException e) {
    if (e instanceof InvalidFormatException format) {
      return mustBe(format.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return mustBe(mismatch.getTargetType());
    }
    // A number too large for its field, for instance; the parser's own words name Java types.
    return "has a value of the wrong type or size";
  }

  private static String mustBe(Class<?> type) {
    if (type == null) {
      return "has a value of the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
    if (type == LocalDate.class) {
      return "must be a date (YYYY-MM-DD)";
    }
    if (type == Instant.class) {
      return "must be a date and time (ISO 8601, e.g. 2026-05-01T12:00:00Z)";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class) {
      return "must be a whole number";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
      return "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be a list";
    }
    return "must be an object with the documented fields";
  }

  private static String nameOf(MethodParameter parameter) {
    RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
    if (header != null && !header.name().isEmpty()) {
      return header.name();
    }
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    if (param != null && !param.name().isEmpty()) {
      return param.name();
    }
    return parameter.getParameterName() == null ? "parameter" : parameter.getParameterName();
  }
}
