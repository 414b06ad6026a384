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

/**
 * Text a person typed: names, workplaces, activities, reasons. Refuses {@code <} and {@code >}, so no
 * HTML or script reaches a letter, a page or Tasklist however it is shown later, and control
 * characters other than line breaks and tabs. Null is valid (pair with {@code @NotBlank} where required).
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PlainText {

  String message() default "{dk.puljeflow.PlainText.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PlainText, CharSequence> {

    /** The same rule for callers outside bean validation (task forms, the public step pages). */
    public static boolean isPlain(CharSequence text) {
      return text == null || text.chars().noneMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c)
          && c != '\n' && c != '\r' && c != '\t'));
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return isPlain(value);
    }
  }
}
