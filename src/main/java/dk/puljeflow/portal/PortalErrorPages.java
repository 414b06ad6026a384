package dk.puljeflow.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Problems on the public pages become Danish pages with the right status code, never a stack trace. */
@ControllerAdvice(assignableTypes = {ApplyController.class, CaseStatusController.class, LinkPageController.class})
class PortalErrorPages {

  @ExceptionHandler(LinkProblemException.class)
  String linkProblem(LinkProblemException e, HttpServletResponse response, Model model) {
    return problem(response, model, e.problem.status, e.problem.title, e.problem.explanation);
  }

  @ExceptionHandler(PageNotFoundException.class)
  String notFound(PageNotFoundException e, HttpServletResponse response, Model model) {
    return problem(response, model, HttpStatus.NOT_FOUND, "Siden findes ikke", e.getMessage());
  }

  @ExceptionHandler(StepUnavailableException.class)
  String stepGone(StepUnavailableException e, HttpServletResponse response, Model model) {
    LinkProblemException.Problem closed = LinkProblemException.Problem.CLOSED;
    return problem(response, model, closed.status, closed.title, closed.explanation);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletResponse response, Model model) {
    return problem(response, model, HttpStatus.PAYLOAD_TOO_LARGE, "Filerne er for store",
        "Hver fil må højst fylde 5 MB og alle filer tilsammen 30 MB. Gå tilbage, og vælg mindre filer.");
  }

  private static String problem(HttpServletResponse response, Model model, HttpStatus status, String title,
      String explanation) {
    response.setStatus(status.value());
    model.addAttribute("title", title);
    model.addAttribute("explanation", explanation);
    return "portal/problem";
  }
}
