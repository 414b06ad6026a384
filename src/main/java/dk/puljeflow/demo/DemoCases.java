package dk.puljeflow.demo;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.ApplicationService;
import dk.puljeflow.application.GrantApplicationRepository;
import dk.puljeflow.application.SchemeDetails;
import dk.puljeflow.transition.DismissedPerson;
import dk.puljeflow.transition.TransitionProjectRequest;
import dk.puljeflow.transition.TransitionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One application per seed pool on the first demo start, waiting for the demo signers: log in to
 * Tasklist as applicant, nearestmanager or unionrep to sign, then as caseworker to decide (tsladviser for
 * the TSL transition project, which nearestmanager signs for the employer).
 */
@Component
@Profile("demo")
class DemoCases {

  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

  private final ApplicationService applications;
  private final TransitionService transitions;
  private final GrantApplicationRepository repository;

  DemoCases(ApplicationService applications, TransitionService transitions, GrantApplicationRepository repository) {
    this.applications = applications;
    this.transitions = transitions;
    this.repository = repository;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createOnFirstStart() {
    if (repository.count() > 0) {
      return;
    }
    LocalDate today = EngineTime.today();
    applications.submit(new ApplicationRequest("tryghedspuljen", "Anna Ansøger", "anna.ansoger@example.dk", "applicant",
        "Odense Kommune, Hjemmeplejen", "Niels Nærmeste Leder", "niels.leder@example.dk", "nearestmanager",
        "Tina Tillidsrepræsentant", "tina.tr@example.dk", "unionrep", "Kursus i projektledelse og karrieresparring",
        new BigDecimal("9500"), null, null, today.plusDays(14), today.plusDays(120), today.plusDays(60),
        new SchemeDetails("COMPETENCE_DEVELOPMENT", false, false, null, null, null, null, null, null, null, null)));
    applications.submit(new ApplicationRequest("kl-ds-mentor", "Niels Nærmeste Leder", "niels.leder@example.dk", null,
        "Jobcenter Odense, Ungeafdelingen", "Niels Nærmeste Leder", "niels.leder@example.dk", "nearestmanager",
        "Tina Tillidsrepræsentant", "tina.tr@example.dk", "unionrep",
        "Mentorordning for tre nyuddannede socialrådgivere (pakke 2: 74 frikøbstimer)", new BigDecimal("45000"), 74, 20,
        today.plusDays(30), today.plusDays(270), null, new SchemeDetails(null, null, null, null, 3, true, "Niels Nærmeste Leder",
            "Leder, tillidsrepræsentant og en erfaren socialrådgiver", null, null, null)));
    applications.submit(new ApplicationRequest("star-upskilling", "Anna Ansøger", "anna.ansoger@example.dk", "applicant",
        "Jobcenter Odense", "Niels Nærmeste Leder", "niels.leder@example.dk", "nearestmanager", null, null, null,
        "Diplommodul: Beskæftigelsesindsatsen i et tværprofessionelt perspektiv", new BigDecimal("18000"), null, null,
        today.plusDays(21), today.plusDays(140), null,
        new SchemeDetails(null, null, null, null, null, null, null, null, true, "DIPLOMA", 1)));
    transitions.apply(new TransitionProjectRequest(null, "Region Halland, Vårdcentralen Väst", "Niels Nærmeste Leder",
        "niels.leder@example.dk", "nearestmanager", "Tina Tillidsrepræsentant", "tina.tr@example.dk", "unionrep",
        "Två undersköterskor sägs upp när vårdcentralens nattjour läggs ner",
        List.of(new DismissedPerson("Eva Exempel", "eva.exempel@example.se", today.plusDays(60)),
            new DismissedPerson("Olof Omställning", "olof.omstallning@example.se", today.plusDays(90)))), "demo");
    log.info("Created 4 demo applications (one a TSL transition project); the demo signers find them in Tasklist");
  }
}
