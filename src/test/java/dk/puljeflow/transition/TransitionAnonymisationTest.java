package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.privacy.AnonymisationReport;
import dk.puljeflow.privacy.Anonymiser;
import dk.puljeflow.privacy.DatabaseScan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A closed TSL project is anonymised with its persons: their names, addresses, meeting notes and training
 * applications leave Puljeflow's tables and the engine's history; need levels, outcomes, dates and amounts
 * stay for the outcome reports.
 */
class TransitionAnonymisationTest extends TransitionTestSupport {

  private static final String MARKER = "[anonymiseret]";

  @Autowired Anonymiser anonymiser;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aClosedProjectIsAnonymisedWithItsPersonsTheirMeetingsAndTrainingApplications() {
    Supplier supplier = newSupplier(5);
    GrantApplication project = approvedProject(person("Greta Gyllenhammar", 30), person("Hugo Hjortsberg", 40));
    List<Participant> persons = participants(project);
    declines(persons.get(0));
    Participant person = persons.get(1);
    intoSupport(person, NeedLevel.LOW, supplier.getId());
    String coachingNote = "Hugo Hjortsberg vill bli elektriker i Ulricehamn";
    transition.logCoachingMeeting(reload(person).getParticipantNumber(),
        new CoachingMeetingRequest(TransitionTime.today(), MeetingType.COMPETENCE_MAPPING, coachingNote), "tsl-test-adviser");
    TrainingApplication training = applyForTraining(person, "5000");
    String decisionReason = "Truckkortet passar Hjortsbergs nya bana";
    complete(person, "DecideOnTraining", withVariables("trainingDecision", "APPROVED", "approvedCost", 5000,
        "trainingDecisionReason", decisionReason));
    recordOutcome(person, Outcome.OTHER, TransitionTime.today());
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.CLOSED);

    // Values only this test stores: found in the TSL tables and in the engine's history before, nowhere after.
    Set<String> personal = Set.of("Greta Gyllenhammar", "greta.gyllenhammar@example.se", "Hugo Hjortsberg",
        "hugo.hjortsberg@example.se", coachingNote, decisionReason);
    Map<String, Set<String>> before = DatabaseScan.find(dataSource, personal);
    assertThat(before).containsOnlyKeys(personal);
    assertThat(before.get("Hugo Hjortsberg")).contains("TSL_PARTICIPANT.NAME", "TSL_COACHING_MEETING.NOTE");
    assertThat(before.get("hugo.hjortsberg@example.se")).contains("TSL_PARTICIPANT.EMAIL", "NOTIFICATION.RECIPIENT");
    assertThat(before.get(decisionReason)).contains("TSL_TRAINING_APPLICATION.DECISION_REASON");

    AnonymisationReport report = anonymiser.anonymise(project.getApplicationNumber(), "on request");

    assertThat(report.rows()).containsEntry("tsl_participant", 2).containsEntry("tsl_coaching_meeting", 1)
        .containsEntry("tsl_training_application", 1);
    assertThat(DatabaseScan.find(dataSource, personal)).isEmpty();
    Participant after = reload(person);
    assertThat(after.getName()).isEqualTo(MARKER);
    assertThat(after.getEmail()).isEqualTo("anonymised-" + after.getId() + "@invalid");
    // intoSupport's texts are shared with other tests' projects, so they are checked on this person's row.
    assertThat(List.of(after.getMappingMeetingPlace(), after.getNeedsNote(), after.getCoachName()))
        .containsOnly(MARKER);
    assertThat(after.getNeedLevel()).isEqualTo(NeedLevel.LOW);
    assertThat(after.getOutcome()).isEqualTo(Outcome.OTHER);
    assertThat(after.getFundingAmount()).isEqualByComparingTo("15000");
    assertThat(after.getStatus()).isEqualTo(ParticipantStatus.SUPPORT_ENDED);
    TrainingApplication trainingAfter = trainingApplications.findById(training.getId()).orElseThrow();
    assertThat(List.of(trainingAfter.getDescription(), trainingAfter.getMotivation(), trainingAfter.getCoachName()))
        .containsOnly(MARKER);
    assertThat(trainingAfter.getApprovedCost()).isEqualByComparingTo("5000");
    assertThat(trainingAfter.getProvider()).isEqualTo("Borås Yrkesutbildning");
    assertThat(jdbc.queryForObject("select count(*) from tsl_coaching_meeting where participant_id = ? and note = ?",
        Long.class, person.getId(), MARKER)).isEqualTo(1);
  }
}
