package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register candidate": a referral made through the API is already stored; one made with the Tasklist
 * start form is validated here with the same rules and stored. An invalid start form starts nothing.
 */
@Component
class RegisterCandidateDelegate implements JavaDelegate {

  static final List<String> START_FORM_FIELDS = List.of("candidateName", "birthDate", "email", "phone", "jobCentre", "note");

  private final Candidates candidates;
  private final RecruitmentLog log;
  private final Validator validator;

  RegisterCandidateDelegate(Candidates candidates, RecruitmentLog log, Validator validator) {
    this.candidates = candidates;
    this.log = log;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Candidate candidate = execution.hasVariable(RecruitmentProcess.CANDIDATE_ID)
        ? candidates.of(execution)
        : registerFromStartForm(execution);
    candidate.linkProcessInstance(execution.getProcessInstanceId());
  }

  private Candidate registerFromStartForm(DelegateExecution form) {
    ReferralRequest referral = new ReferralRequest(TaskForms.optionalText(form, "candidateName"), birthDate(form),
        TaskForms.optionalText(form, "email"), TaskForms.optionalText(form, "phone"),
        TaskForms.optionalText(form, "jobCentre"), TaskForms.optionalText(form, "note"));
    validator.validate(referral).stream()
        .min(Comparator.comparing((ConstraintViolation<ReferralRequest> v) -> v.getPropertyPath().toString()))
        .ifPresent(violation -> {
          String field = violation.getPropertyPath().toString();
          throw TaskForms.refuse(field, field + ": " + violation.getMessage());
        });
    Candidate candidate = candidates.register(referral, log.currentUser());
    form.removeVariables(START_FORM_FIELDS);
    form.setVariables(candidates.processVariables(candidate));
    form.setProcessBusinessKey(candidate.getCandidateNumber());
    return candidate;
  }

  private static LocalDate birthDate(DelegateExecution form) {
    String text = TaskForms.optionalText(form, "birthDate");
    try {
      return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw TaskForms.refuse("birthDate", "birthDate: must be a date (YYYY-MM-DD)");
    }
  }
}
