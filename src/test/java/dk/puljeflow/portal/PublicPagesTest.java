package dk.puljeflow.portal;

import static dk.puljeflow.portal.PublicPages.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.contract.GrantContractRepository;
import dk.puljeflow.followup.FollowUp;
import dk.puljeflow.followup.FollowUpRepository;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.NotificationRepository;
import dk.puljeflow.portal.PublicPages.Page;
import dk.puljeflow.portal.PublicPages.Upload;
import dk.puljeflow.security.IdentityBootstrap;
import dk.puljeflow.signature.Signature;
import dk.puljeflow.signature.SignatureRequests;
import dk.puljeflow.signature.SignatureState;
import dk.puljeflow.signature.SignerRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public pages over HTTP: every step a party without an account takes, and what a bad link gets. */
class PublicPagesTest extends ProcessTest {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  @LocalServerPort int port;
  @Autowired PersonalLinks links;
  @Autowired SignatureRequests signatures;
  @Autowired GrantContractRepository contracts;
  @Autowired FollowUpRepository followUps;
  @Autowired NotificationRepository notifications;
  @Autowired TokenGuard guard;
  @Autowired IdentityBootstrap identity;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  private PublicPages pages;

  @BeforeEach
  void browser() {
    pages = new PublicPages(port);
    guard.release("127.0.0.1");
  }

  @Test
  void applyingOnThePageStartsTheCaseAndGivesAReceiptWithTheStatusLink() {
    Page pools = pages.get("/ansoeg");
    assertThat(pools.status()).isEqualTo(200);
    assertThat(pools.text("pool-tryghedspuljen")).isEqualTo("Tryghedspuljen");

    Page form = pages.get("/ansoeg/tryghedspuljen");
    Page receipt = pages.post("/ansoeg/tryghedspuljen", form.csrf(), tryghedForm("Anna Ansøger"));

    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.uri().getPath()).isEqualTo("/ansoeg/kvittering");
    String number = receipt.text("application-number");
    GrantApplication application = applications.byNumber(number);
    assertThat(application.getApplicantName()).isEqualTo("Anna Ansøger");
    assertThat(application.getRequestedAmount()).isEqualByComparingTo("8000");
    assertThat(signatures.of(application.getId())).extracting(Signature::getSignerEmail)
        .containsExactlyInAnyOrder("anna@example.dk", "niels@kommune.dk", "tina@foa.dk");
    // Post/redirect/get: showing the receipt again does not submit again.
    assertThat(pages.get("/ansoeg/kvittering").uri().getPath()).isEqualTo("/ansoeg");
    runDueJobs();

    Page status = pages.get(receipt.text("status-link"));
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.text("case-status")).isEqualTo("Afventer underskrifter");
    assertThat(status.row("signature-UNION_REP")).isEqualTo("tillidsrepræsentant Tina Tillid Afventer");
    assertThat(status.body()).doesNotContain(number.toLowerCase() + "/").contains("Træk tilbage");
  }

  @Test
  void wrongFieldsAreShownInDanishNextToTheFieldWithTheValuesKeptAndNothingIsStored() {
    long applicationsBefore = applicationRepository.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    Page form = pages.get("/ansoeg/tryghedspuljen");
    Map<String, String> wrong = tryghedForm("<script>alert(1)</script>");
    wrong.put("requestedAmount", "otte tusind");
    wrong.put("applicantEmail", "ikke-en-mail");
    wrong.put("projectEnd", "2020-01-01");

    Page refused = pages.post("/ansoeg/tryghedspuljen", form.csrf(), wrong);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("applicantName-error")).startsWith("skal være almindelig tekst uden &lt; og &gt;");
    assertThat(refused.text("requestedAmount-error")).isEqualTo("skal være et beløb, fx 12500");
    assertThat(refused.text("applicantEmail-error")).isEqualTo("skal være en gyldig e-mailadresse");
    assertThat(refused.text("projectEnd-error")).isEqualTo("må ikke ligge før projektets start");
    assertThat(refused.body())
        .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", "value=\"otte tusind\"", "value=\"Odense Kommune\"")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(applicationRepository.count()).isEqualTo(applicationsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void eachSignerSignsThroughTheirOwnLinkAndTheLinkIsThenUsedUp() {
    GrantApplication application = submitted(TRYGHED);

    for (SignerRole role : List.of(SignerRole.APPLICANT, SignerRole.NEAREST_MANAGER, SignerRole.UNION_REP)) {
      String link = signLink(application, role);
      Page page = pages.get(link);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains(role.danishName(), "Karrieresparring og kursus i projektledelse");
      Page done = pages.post(PublicPages.pathOf(link), page.csrf(), fields("answer", "SIGN"));
      assertThat(done.text("done")).isEqualTo("Tak for din underskrift");
    }
    runDueJobs();

    GrantApplication signed = reload(application);
    assertThat(signed.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(signed.getSubmittedAt()).isNotNull();
    assertThat(signatures.of(application.getId())).extracting(Signature::getState).containsOnly(SignatureState.SIGNED);
    Page again = pages.get(signLink(application, SignerRole.APPLICANT));
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.text("problem")).isEqualTo("Linket er allerede brugt");
  }

  @Test
  void aSignerWhoDeclinesMustGiveAReasonAndTheCaseEnds() {
    GrantApplication application = submitted(TRYGHED);
    String link = signLink(application, SignerRole.UNION_REP);
    Page page = pages.get(link);

    Page refused = pages.post(PublicPages.pathOf(link), page.csrf(), fields("answer", "DECLINE", "reason", " "));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("reason-error")).isEqualTo("skriv, hvorfor du afviser");
    assertThat(links.lookUp(tokenOf(link)).valid()).isTrue();

    Page done = pages.post(PublicPages.pathOf(link), refused.csrf(),
        fields("answer", "DECLINE", "reason", "Aktiviteten er ikke aftalt med mig"));
    assertThat(done.text("done")).isEqualTo("Din afvisning er modtaget");
    runDueJobs();
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.REJECTED_BY_SIGNER);
    assertThat(signatures.signatureOf(application.getId(), SignerRole.UNION_REP).getDeclineReason())
        .isEqualTo("Aktiviteten er ikke aftalt med mig");
  }

  @Test
  void unknownExpiredAndClosedLinksGetAClearPageAndNoStackTrace() {
    Page unknown = pages.get("/link/" + "A".repeat(43));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("problem")).isEqualTo("Linket findes ikke");
    assertThat(unknown.body()).doesNotContain("Exception", "at dk.");
    assertThat(pages.get("/sag/kort").status()).isEqualTo(404);

    GrantApplication application = submitted(TRYGHED);
    String link = signLink(application, SignerRole.APPLICANT);
    moveClockBy(Duration.ofDays(31));
    Page expired = pages.get(link);
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.text("problem")).isEqualTo("Linket er udløbet");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.LAPSED);

    GrantApplication other = submitted(TRYGHED);
    String stillValid = signLink(other, SignerRole.APPLICANT);
    applications.withdraw(other.getApplicationNumber(), "test");
    Page closed = pages.get(stillValid);
    assertThat(closed.status()).isEqualTo(410);
    assertThat(closed.text("problem")).isEqualTo("Opgaven er ikke længere åben");
  }

  @Test
  void guessingTokensBlocksTheClientEvenForAValidLink() {
    GrantApplication application = submitted(TRYGHED);
    String valid = signLink(application, SignerRole.APPLICANT);
    try {
      for (int guess = 0; guess < 20; guess++) {
        assertThat(pages.get("/link/guess" + guess + "x".repeat(30)).status()).isEqualTo(404);
      }
      Page blocked = pages.get(valid);
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.text("problem")).isEqualTo("For mange forsøg");
    } finally {
      guard.release("127.0.0.1");
    }
    assertThat(pages.get(valid).status()).isEqualTo(200);
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedAndPagesSendSecurityHeaders() {
    GrantApplication application = submitted(TRYGHED);
    String link = signLink(application, SignerRole.APPLICANT);
    Page page = pages.get(link);
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.header("Cache-Control")).contains("no-store");

    assertThat(pages.post(PublicPages.pathOf(link), null, fields("answer", "SIGN")).status()).isEqualTo(403);
    assertThat(new PublicPages(port).post(PublicPages.pathOf(link), page.csrf(), fields("answer", "SIGN")).status())
        .as("a token from another session").isEqualTo(403);
    assertThat(signatures.signatureOf(application.getId(), SignerRole.APPLICANT).getState()).isEqualTo(SignatureState.PENDING);
  }

  @Test
  void tokensAreStoredOnlyAsHashesAndAReminderCarriesTheSameLink() {
    GrantApplication application = submitted(TRYGHED);
    String link = signLink(application, SignerRole.NEAREST_MANAGER);
    String token = tokenOf(link);
    assertThat(token).hasSizeGreaterThanOrEqualTo(43);

    moveClockBy(Duration.ofDays(7));
    PersonalLink personal = links.find(application.getId(), LinkPurpose.SIGN_APPLICATION, "NEAREST_MANAGER", null).orElseThrow();
    assertThat(notifications.findAll()).filteredOn(n -> n.getApplicationId().equals(application.getId())
            && n.getRecipient().equals("niels@kommune.dk"))
        .extracting(n -> n.getNoticeType())
        .contains(NoticeType.SIGNATURE_REQUEST, NoticeType.SIGNATURE_REMINDER);
    assertThat(notifications.findAll()).filteredOn(n -> n.getApplicationId().equals(application.getId()))
        .allSatisfy(n -> assertThat(n.getFacts()).doesNotContain(token));
    assertThat(notifications.findAll()).filteredOn(n -> n.getApplicationId().equals(application.getId())
            && n.getRecipient().equals("niels@kommune.dk"))
        .allSatisfy(n -> assertThat(n.getFacts()).contains("\"linkId\":\"" + personal.getId() + "\""));
    assertThat(jdbc.queryForObject("select count(*) from personal_link where token_hash = ? or nonce = ?", Long.class,
        token, token)).isZero();
  }

  @Test
  void theApplicantAnswersARequestForMoreInformation() {
    GrantApplication application = submitted(TRYGHED);
    signAll(application);
    complete(application, "AssessApplication",
        withVariables("decision", "MORE_INFO", "decisionReason", "Send venligst et budget for kurset"));
    String link = links.addressOf(links.find(application.getId(), LinkPurpose.PROVIDE_INFORMATION, null, "1").orElseThrow());

    Page page = pages.get(link);
    assertThat(page.text("question")).isEqualTo("Send venligst et budget for kurset");
    Page done = pages.post(PublicPages.pathOf(link), page.csrf(), fields("information", "Kursus 6.000 kr., materialer 2.000 kr."));
    assertThat(done.status()).isEqualTo(200);
    runDueJobs();

    assertThat(reload(application).getAdditionalInformation()).isEqualTo("Kursus 6.000 kr., materialer 2.000 kr.");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(tasks(application, "AssessApplication")).hasSize(1);
  }

  @Test
  void theWorkplaceSignsReportsWithReceiptsAnswersTheMeetingAndEvaluatesThroughItsLinks() {
    identity.ensureUser("receipt-caseworker", "receipt-pw", "Karin", "Sagsbehandler", null, CASEWORKER_OF_EVERY_POOL);
    // External parties: nobody in this case has a Tasklist account.
    GrantApplication application = applications.submit(withoutAccounts(request(MENTOR)));
    signAll(application);
    approve(application, "40000");

    String contractLink = links.addressOf(links.find(application.getId(), LinkPurpose.SIGN_CONTRACT, null, null).orElseThrow());
    Page contract = pages.get(contractLink);
    assertThat(contract.body()).contains("40.000,00 DKK");
    Page unaccepted = pages.post(PublicPages.pathOf(contractLink), contract.csrf(), fields());
    assertThat(unaccepted.text("accept-error")).isEqualTo("kontrakten skal accepteres for at blive underskrevet");
    pages.post(PublicPages.pathOf(contractLink), unaccepted.csrf(), fields("accept", "true"));
    assertThat(contracts.findByApplicationId(application.getId()).orElseThrow().getWorkplaceSignedBy()).isEqualTo("Niels Nærmeste");
    complete(application, "SignContractForPool", withVariables("contractAccepted", true));

    FollowUp meeting = followUps.findByApplicationIdAndKind(application.getId(), FollowUp.Kind.MIDWAY_MEETING).orElseThrow();
    moveClockTo(meeting.getScheduledAt().minus(Duration.ofDays(14)));
    String meetingLink = links.addressOf(links.find(application.getId(), LinkPurpose.ANSWER_MEETING, null, null).orElseThrow());
    Page invitation = pages.get(meetingLink);
    pages.post(PublicPages.pathOf(meetingLink), invitation.csrf(),
        fields("answer", "NEW_TIME_NEEDED", "comment", "Vi kan om eftermiddagen"));
    FollowUp answered = followUps.findByApplicationIdAndKind(application.getId(), FollowUp.Kind.MIDWAY_MEETING).orElseThrow();
    assertThat(answered.getInvitationAnswer()).isEqualTo("NEW_TIME_NEEDED");
    assertThat(answered.getInvitationComment()).isEqualTo("Vi kan om eftermiddagen");
    assertThat(tasks(application, "AnswerMeetingInvitation")).isEmpty();
    complete(application, "RecordMeeting", withVariables("meetingHeld", true, "meetingNotes", "God fremdrift"));
    String reportLink = links.addressOf(links.find(application.getId(), LinkPurpose.REPORT_USE, null, "1").orElseThrow());
    Page report = pages.get(reportLink);
    Page badFile = pages.postMultipart(PublicPages.pathOf(reportLink), report.csrf(), fields("reportedCosts", "18000"),
        List.of(new Upload("kvittering.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(badFile.text("receipts-error")).isEqualTo("kvittering.pdf: kun PDF, JPEG og PNG kan modtages");
    assertThat(jdbc.queryForObject("select count(*) from receipt where application_id = ?", Long.class, application.getId())).isZero();

    Page reported = pages.postMultipart(PublicPages.pathOf(reportLink), badFile.csrf(),
        fields("reportedCosts", "18.000,50", "usedHours", "40"),
        List.of(new Upload("../../faktura.pdf", "application/pdf", PDF), new Upload("bon.png", "image/png", PNG)));
    assertThat(reported.text("done")).isEqualTo("Afrapporteringen er modtaget");
    String receiptList = (String) taskService.getVariable(task(application, "ApprovePayout").getId(), "receiptList");
    assertThat(receiptList).contains("[faktura.pdf](/cases/" + application.getApplicationNumber() + "/receipts/", "[bon.png]");
    assertThat(taskService.getVariable(task(application, "ApprovePayout").getId(), "reportedCosts")).isEqualTo(18000.5);
    String receiptPath = receiptList.substring(receiptList.indexOf("(/cases/") + 1, receiptList.indexOf(")"));
    ResponseEntity<byte[]> download = http.withBasicAuth("receipt-caseworker", "receipt-pw").getForEntity(receiptPath, byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(http.getForEntity(receiptPath, byte[].class).getStatusCode().value()).isEqualTo(401);
    complete(application, "ApprovePayout", withVariables("approvedAmount", 18000));

    moveClockTo(application.getProjectEnd().plusDays(1).atStartOfDay(EngineTime.ZONE).toInstant());
    String evaluationLink = links.addressOf(links.find(application.getId(), LinkPurpose.SUBMIT_EVALUATION, null, null).orElseThrow());
    Page evaluation = pages.get(evaluationLink);
    Page missing = pages.post(PublicPages.pathOf(evaluationLink), evaluation.csrf(), fields("answers", "Godt"));
    assertThat(missing.text("rating-error")).isEqualTo("vælg en samlet vurdering");
    pages.post(PublicPages.pathOf(evaluationLink), missing.csrf(), fields("rating", "VERY_GOOD", "answers", "Mentorerne fortsætter"));
    runDueJobs();
    reportAndPay(application, "20000", "20000");

    FollowUp evaluated = followUps.findByApplicationIdAndKind(application.getId(), FollowUp.Kind.FINAL_EVALUATION).orElseThrow();
    assertThat(evaluated.getRating()).isEqualTo("VERY_GOOD");
    assertThat(evaluated.getAnswers()).isEqualTo("Mentorerne fortsætter");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  @Test
  void theApplicantWithdrawsOnTheStatusPage() {
    GrantApplication application = submitted(TRYGHED);
    String statusLink = links.addressOf(links.find(application.getId(), LinkPurpose.STATUS, null, null).orElseThrow());
    String withdrawPath = PublicPages.pathOf(statusLink) + "/tilbagetraek";
    Page status = pages.get(statusLink);

    Page unconfirmed = pages.post(withdrawPath, status.csrf(), fields("reason", "Har fået nyt job"));
    assertThat(unconfirmed.body()).contains("bekræft, at ansøgningen skal trækkes tilbage");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);

    Page withdrawn = pages.post(withdrawPath, unconfirmed.csrf(), fields("reason", "Har fået nyt job", "confirm", "true"));
    runDueJobs();
    assertThat(withdrawn.uri().getPath()).isEqualTo(PublicPages.pathOf(statusLink));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Page after = pages.get(statusLink);
    assertThat(after.text("case-status")).isEqualTo("Trukket tilbage");
    assertThat(after.body()).doesNotContain("withdraw-form");
  }

  // --- helpers ------------------------------------------------------------------------------------

  private GrantApplication submitted(String pool) {
    GrantApplication application = submit(pool);
    runDueJobs();
    return application;
  }

  private String signLink(GrantApplication application, SignerRole role) {
    return links.addressOf(links.find(application.getId(), LinkPurpose.SIGN_APPLICATION, role.name(), null).orElseThrow());
  }

  private static ApplicationRequest withoutAccounts(ApplicationRequest r) {
    return new ApplicationRequest(r.poolId(), r.applicantName(), r.applicantEmail(), null, r.workplaceName(),
        r.nearestManagerName(), r.nearestManagerEmail(), null, r.unionRepName(), r.unionRepEmail(), null, r.activity(),
        r.requestedAmount(), r.buyoutHours(), r.consultancyHours(), r.projectStart(), r.projectEnd(), r.leavingDate(),
        r.details());
  }

  private static String tokenOf(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  static Map<String, String> tryghedForm(String applicantName) {
    LocalDate today = EngineTime.today();
    return fields("applicantName", applicantName, "applicantEmail", "anna@example.dk", "workplaceName", "Odense Kommune",
        "nearestManagerName", "Niels Nærmeste", "nearestManagerEmail", "niels@kommune.dk",
        "unionRepName", "Tina Tillid", "unionRepEmail", "tina@foa.dk",
        "activity", "Karrieresparring og kursus i projektledelse", "requestedAmount", "8000",
        "projectStart", today.plusDays(10).toString(), "projectEnd", today.plusDays(100).toString(),
        "leavingDate", today.plusDays(60).toString(), "activityCategory", "CAREER_SPARRING");
  }
}
