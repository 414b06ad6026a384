package dk.puljeflow.recruitment;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The programme "Fra ledig til velfærdsmedarbejder".
 *
 * @param programme the name Tasklist and the progress page show
 * @param target hires the programme aims at over its years
 * @param firstYear first year whose intakes count towards the target
 * @param lastYear last year whose intakes count towards the target
 * @param intakesFile the version-controlled intakes inserted at start-up
 * @param internshipPeriods internship periods of each education's main course; one placement is recorded per period
 */
@ConfigurationProperties("puljeflow.recruitment")
public record RecruitmentProperties(
    @DefaultValue("Fra ledig til velfærdsmedarbejder") String programme,
    @DefaultValue("500") int target,
    @DefaultValue("2020") int firstYear,
    @DefaultValue("2023") int lastYear,
    @DefaultValue("classpath:recruitment-intakes.yaml") String intakesFile,
    Map<Education, Integer> internshipPeriods) {

  public RecruitmentProperties {
    Map<Education, Integer> periods = new EnumMap<>(Map.of(Education.SSH, 2, Education.SSA, 3, Education.PAU, 2));
    if (internshipPeriods != null) {
      periods.putAll(internshipPeriods);
    }
    internshipPeriods = Map.copyOf(periods);
  }

  public int internshipPeriodsOf(Education education) {
    return internshipPeriods.get(education);
  }
}
