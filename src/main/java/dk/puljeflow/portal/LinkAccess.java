package dk.puljeflow.portal;

import dk.puljeflow.link.LinkLookup;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.portal.LinkProblemException.Problem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Turns a token from a URL into a usable link, or into the reason it cannot be used; counts guesses. */
@Component
class LinkAccess {

  private final PersonalLinks links;
  private final TokenGuard guard;
  private final PartySteps steps;

  LinkAccess(PersonalLinks links, TokenGuard guard, PartySteps steps) {
    this.links = links;
    this.guard = guard;
    this.steps = steps;
  }

  /** A link to a step whose task is still open. */
  PersonalLink usableStep(String token, HttpServletRequest request) {
    PersonalLink link = known(token, request, false);
    if (steps.openTask(link).isEmpty()) {
      throw new LinkProblemException(Problem.CLOSED);
    }
    return link;
  }

  /** The applicant's status link. */
  PersonalLink status(String token, HttpServletRequest request) {
    return known(token, request, true);
  }

  private PersonalLink known(String token, HttpServletRequest request, boolean status) {
    String client = request.getRemoteAddr();
    if (guard.blocked(client)) {
      throw new LinkProblemException(Problem.BLOCKED);
    }
    LinkLookup lookup = links.lookUp(token);
    if (lookup.state() == LinkLookup.State.UNKNOWN || (lookup.link().getPurpose() == LinkPurpose.STATUS) != status) {
      guard.failed(client);
      throw new LinkProblemException(Problem.UNKNOWN);
    }
    return switch (lookup.state()) {
      case USED -> throw new LinkProblemException(Problem.USED);
      case EXPIRED -> throw new LinkProblemException(Problem.EXPIRED);
      default -> lookup.link();
    };
  }
}
