package dk.puljeflow.application;

import dk.puljeflow.DateWithin;
import dk.puljeflow.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a particular scheme asks on top of every application; the pool's eligibility rules (DMN) read
 * these facts. Leave out what the pool does not ask.
 *
 * @param activityCategory Tryghedspuljen: COMPETENCE_DEVELOPMENT, CAREER_SPARRING, PRIOR_LEARNING_ASSESSMENT or COUNSELLING
 * @param offeredByMunicipality Tryghedspuljen: the applicant declares the municipality already offers the activity
 * @param releasedFromDuty Tryghedspuljen: released from duty (fritstillet), which allows applying during the release period
 * @param releasePeriodEnds Tryghedspuljen: last day of the release period
 * @param newlyGraduatedSocialWorkers mentor pool: newly graduated social workers hired recently or planned in the project period
 * @param medCommitteeInformed mentor pool: the local MED committee is informed
 * @param coordinatorName mentor pool: the coordinator (tovholder)
 * @param workingGroup mentor pool: members of the working group
 * @param employedInJobCentre STAR pool: the applicant works in a municipal job centre
 * @param moduleLevel STAR pool: DIPLOMA or ACADEMY
 * @param moduleCount STAR pool: number of modules applied for
 */
public record SchemeDetails(
    @Pattern(regexp = "COMPETENCE_DEVELOPMENT|CAREER_SPARRING|PRIOR_LEARNING_ASSESSMENT|COUNSELLING",
        message = "{application.activityCategory.unknown}")
    String activityCategory,
    Boolean offeredByMunicipality,
    Boolean releasedFromDuty,
    @DateWithin(yearsBefore = 2, yearsAfter = 6) LocalDate releasePeriodEnds,
    @PositiveOrZero @Max(1000) Integer newlyGraduatedSocialWorkers,
    Boolean medCommitteeInformed,
    @Size(max = 200) @PlainText String coordinatorName,
    @Size(max = 1000) @PlainText String workingGroup,
    Boolean employedInJobCentre,
    @Pattern(regexp = "DIPLOMA|ACADEMY|OTHER", message = "{application.moduleLevel.unknown}") String moduleLevel,
    @PositiveOrZero @Max(50) Integer moduleCount) {

  public static final SchemeDetails NONE = new SchemeDetails(null, null, null, null, null, null, null, null, null, null, null);
}
