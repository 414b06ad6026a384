package dk.puljeflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.SchemeDetails;
import dk.puljeflow.recruitment.Candidate;
import dk.puljeflow.recruitment.ReferralRequest;
import dk.puljeflow.recruitment.RecruitmentService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** GET /api/admin/persons/export: everything held about one e-mail address. */
class PersonalDataExportTest extends ProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired RecruitmentService recruitment;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPersonGetsEverythingHeldAboutTheirAddress() throws Exception {
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(t0));
    LocalDate today = EngineTime.today();
    GrantApplication application = applications.submit(new ApplicationRequest(STAR, "Ditte Dataindsigt",
        "Ditte.Dataindsigt@Privacy.test", null, "Jobcenter Indsigt", "Niels Nærmeste", "niels.export@kommune.dk", null,
        null, null, null, "Diplommodul i databeskyttelse", new BigDecimal("15000"), null, null, today.plusDays(20),
        today.plusDays(120), null, new SchemeDetails(null, null, null, null, null, null, null, null, true, "DIPLOMA", 1)));
    runDueJobs();
    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofHours(1))));
    applications.withdraw(application.getApplicationNumber(), "Jeg har fået nyt job");
    runDueJobs();
    Candidate candidate = recruitment.refer(new ReferralRequest("Ditte Dataindsigt", LocalDate.of(1990, 5, 17), "ditte.dataindsigt@privacy.test",
        "+45 12 34 56 78", "Jobcenter Odense", "Vil gerne være SSA"), "export-caseworker");
    // Someone else's application, where she is nobody, is not hers.
    submit(STAR);
    runDueJobs();

    HttpClient admin = new HttpClient(http, "admin", "test-admin-password");
    JsonNode export = admin.get("/api/admin/persons/export?email=ditte.dataindsigt@privacy.test").getBody();

    Instant t1 = t0.plus(Duration.ofHours(1));
    String expected = """
        {
          "email": "ditte.dataindsigt@privacy.test",
          "exportedAt": "{t1}",
          "applications": [ {
            "applicationNumber": "{number}",
            "roles": [ "APPLICANT" ],
            "application": {
              "application_number": "{number}", "pool_id": "star-upskilling", "status": "WITHDRAWN",
              "applicant_name": "Ditte Dataindsigt", "applicant_email": "Ditte.Dataindsigt@Privacy.test",
              "workplace_name": "Jobcenter Indsigt", "activity": "Diplommodul i databeskyttelse",
              "requested_amount": 15000.00, "buyout_hours": null, "consultancy_hours": null,
              "project_start": "{start}", "project_end": "{end}", "leaving_date": null,
              "received_at": "{t0}", "signature_expires_at": "{expires}", "submitted_at": null, "decision_due_at": null,
              "decided_at": null, "granted_amount": null, "granted_hours": null, "decision_reason": null,
              "additional_information": null, "closed_at": "{t1}",
              "activity_category": null, "offered_by_municipality": null, "released_from_duty": null,
              "release_period_ends": null, "newly_graduated_social_workers": null, "med_committee_informed": null,
              "coordinator_name": null, "working_group": null, "employed_in_job_centre": true, "module_level": "DIPLOMA",
              "module_count": 1, "eligibility_checked_at": "{t0}", "ineligibility_reasons": null, "anonymised_at": null
            },
            "signatures": [ {
              "signer_role": "APPLICANT", "signer_name": "Ditte Dataindsigt", "signer_email": "Ditte.Dataindsigt@Privacy.test",
              "signer_user_id": null, "state": "EXPIRED", "answered_at": null, "decline_reason": null, "reminders_sent": 0
            } ],
            "events": [
              { "event_type": "RECEIVED", "occurred_at": "{t0}", "actor": null, "detail": "{number}" },
              { "event_type": "ELIGIBLE", "occurred_at": "{t0}", "actor": null, "detail": "RecordEligibility" },
              { "event_type": "WITHDRAWN", "occurred_at": "{t1}", "actor": null, "detail": "Jeg har fået nyt job" }
            ],
            "letters": [ {
              "notice_type": "APPLICATION_RECEIVED", "occurrence": "", "recipient": "Ditte.Dataindsigt@Privacy.test",
              "facts": { "applicationNumber": "{number}" },
              "status": "SENT", "attempts": 1, "subject": "Vi har modtaget din ansøgning {number}",
              "created_at": "{t0}", "sent_at": "{t0}", "last_error": null
            }, {
              "notice_type": "SIGNATURE_REQUEST", "occurrence": "", "recipient": "Ditte.Dataindsigt@Privacy.test",
              "facts": { "applicationNumber": "{number}", "expiresAt": "{expiresInLetter}", "role": "ansøger" },
              "status": "SENT", "attempts": 1, "subject": "Underskriv ansøgning {number}",
              "created_at": "{t0}", "sent_at": "{t0}", "last_error": null
            }, {
              "notice_type": "WITHDRAWAL_CONFIRMED", "occurrence": "", "recipient": "Ditte.Dataindsigt@Privacy.test",
              "facts": { "reason": "Jeg har fået nyt job", "applicationNumber": "{number}" },
              "status": "SENT", "attempts": 1, "subject": "Ansøgning {number} er trukket tilbage",
              "created_at": "{t1}", "sent_at": "{t1}", "last_error": null
            } ],
            "followUps": [ ], "contract": [ ], "payments": [ ], "receipts": [ ]
          } ],
          "candidates": [ {
            "candidate": {
              "candidate_number": "{candidate}", "status": "REFERRED", "name": "Ditte Dataindsigt",
              "birth_date": "1990-05-17", "email": "ditte.dataindsigt@privacy.test", "phone": "+45 12 34 56 78",
              "job_centre": "Jobcenter Odense", "referral_note": "Vil gerne være SSA", "referred_by": "export-caseworker",
              "referred_at": "{t1}", "information_meeting_on": null, "information_meetings_missed": 0, "education": null,
              "pre_course_start": null, "pre_course_end": null, "pre_course_content": null, "pre_course_completed_on": null,
              "intake_id": null, "applied_at": null, "interview_outcome": null, "interview_note": null,
              "interviewed_at": null, "employment_start": null, "pay_scale": null, "mentor": null,
              "education_coordinator": null, "practice_supervisor": null, "education_adviser": null,
              "graduated_on": null, "job_offer_workplace": null, "job_offer_start": null, "job_offer_accepted": null,
              "drop_out_stage": null, "drop_out_reason": null, "closed_at": null, "anonymised_at": null
            },
            "internships": [ ],
            "events": [
              { "event_type": "REFERRED", "occurred_at": "{t1}", "actor": "export-caseworker", "detail": "Jobcenter Odense" }
            ]
          } ]
        }
        """
        .replace("{number}", application.getApplicationNumber())
        .replace("{candidate}", candidate.getCandidateNumber())
        .replace("{t0}", t0.toString())
        .replace("{t1}", t1.toString())
        .replace("{start}", today.plusDays(20).toString())
        .replace("{end}", today.plusDays(120).toString())
        .replace("{expires}", t0.plus(Duration.ofDays(30)).toString())
        .replace("{expiresInLetter}", DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("da-DK"))
            .format(t0.plus(Duration.ofDays(30)).atZone(EngineTime.ZONE)));
    assertThat(export).isEqualTo(JSON.readTree(expected));
  }

  @Test
  void theAddressIsRequired() {
    HttpClient admin = new HttpClient(http, "admin", "test-admin-password");
    assertThat(admin.get("/api/admin/persons/export").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(admin.get("/api/admin/persons/export?email=+").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode nobody = admin.get("/api/admin/persons/export?email=nobody@privacy.test").getBody();
    assertThat(nobody.path("applications")).isEmpty();
    assertThat(nobody.path("candidates")).isEmpty();
  }
}
