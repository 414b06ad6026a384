package dk.puljeflow.contract;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolDeadlines;
import dk.puljeflow.signature.SignatureRequests;
import dk.puljeflow.signature.SignerRole;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Draw up contract": the granted amount and hours, the payout plan and a deadline for both signatures. */
@Component
class DrawUpContractDelegate implements JavaDelegate {

  static final String DEADLINE = "contractDeadline";

  private final ApplicationRegistry registry;
  private final GrantContractRepository contracts;
  private final SignatureRequests signatures;
  private final CaseLog caseLog;
  private final Notifier notifier;
  private final PersonalLinks links;
  private final PoolDeadlines deadlines;

  DrawUpContractDelegate(ApplicationRegistry registry, GrantContractRepository contracts, SignatureRequests signatures,
      CaseLog caseLog, Notifier notifier, PersonalLinks links, PoolDeadlines deadlines) {
    this.registry = registry;
    this.contracts = contracts;
    this.signatures = signatures;
    this.caseLog = caseLog;
    this.notifier = notifier;
    this.links = links;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    Pool pool = registry.poolOf(application);
    Instant deadline = EngineTime.now().plus(deadlines.contract(pool));
    int buyoutHours = application.getGrantedHours() != null ? application.getGrantedHours() : orZero(application.getBuyoutHours());
    contracts.save(new GrantContract(application.getId(), application.getGrantedAmount(), buyoutHours,
        orZero(application.getConsultancyHours()), payoutPlan(pool), deadline));
    application.moveTo(ApplicationStatus.CONTRACT_PENDING);
    caseLog.record(application.getId(), "CONTRACT_DRAWN_UP", null);
    execution.setVariable(DEADLINE, Date.from(deadline));
    String workplaceEmail = signatures.signatureOf(application.getId(), SignerRole.NEAREST_MANAGER).getSignerEmail();
    PersonalLink link = links.issue(application.getId(), LinkPurpose.SIGN_CONTRACT, null, null, deadline);
    notifier.send(new Notice(NoticeType.CONTRACT_TO_SIGN, application.getId(), workplaceEmail, Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "amount", application.getGrantedAmount(),
        "buyoutHours", buyoutHours,
        "deadline", deadline,
        Notice.LINK_ID, link.getId())));
  }

  private static String payoutPlan(Pool pool) {
    return pool.getPayoutStages() == 2
        ? "Udbetales bagudrettet i to rater: efter første år og efter projektets afslutning"
        : "Udbetales efter projektets afslutning mod dokumentation";
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
