package dk.puljeflow;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A date within a window around today (the engine's today, {@link EngineTime#today()}), so a typing
 * error such as 0202-05-01 or 9999-12-31 is refused with the window it must lie in. Null is valid.
 */
@Documented
@Constraint(validatedBy = DateWithin.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface DateWithin {

  /** How many years before today the date may lie. */
  int yearsBefore();

  /** How many years after today the date may lie; negative for no limit (leave the future to {@code @Past}). */
  int yearsAfter() default -1;

  String message() default "{dk.puljeflow.DateWithin.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<DateWithin, LocalDate> {

    private int yearsBefore;
    private int yearsAfter;

    @Override
    public void initialize(DateWithin window) {
      this.yearsBefore = window.yearsBefore();
      this.yearsAfter = window.yearsAfter();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      LocalDate today = EngineTime.today();
      LocalDate from = today.minusYears(yearsBefore);
      LocalDate to = yearsAfter < 0 ? null : today.plusYears(yearsAfter);
      if (!value.isBefore(from) && (to == null || !value.isAfter(to))) {
        return true;
      }
      HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
      hibernate.addMessageParameter("from", from.toString());
      if (to == null) {
        hibernate.disableDefaultConstraintViolation();
        hibernate.buildConstraintViolationWithTemplate("{dk.puljeflow.DateWithin.notBefore.message}").addConstraintViolation();
      } else {
        hibernate.addMessageParameter("to", to.toString());
      }
      return false;
    }
  }
}
