package dk.puljeflow.portal;

import org.springframework.http.HttpStatus;

/** A personal link that cannot be used; the problem page explains which case it is, without details. */
class LinkProblemException extends RuntimeException {

  enum Problem {
    UNKNOWN(HttpStatus.NOT_FOUND, "Linket findes ikke",
        "Linket er ikke gyldigt. Kontroller, at du har kopieret hele linket fra mailen."),
    USED(HttpStatus.GONE, "Linket er allerede brugt",
        "Dette link er allerede brugt, og dit svar er modtaget. Et personligt link kan kun bruges én gang."),
    EXPIRED(HttpStatus.GONE, "Linket er udløbet",
        "Fristen for dette link er overskredet. Kontakt puljesekretariatet, hvis du har spørgsmål."),
    CLOSED(HttpStatus.GONE, "Opgaven er ikke længere åben",
        "Sagen er gået videre eller afsluttet, så der skal ikke længere svares via dette link."),
    BLOCKED(HttpStatus.TOO_MANY_REQUESTS, "For mange forsøg",
        "Der er forsøgt med for mange ugyldige links fra din forbindelse. Vent lidt, og prøv igen.");

    final HttpStatus status;
    final String title;
    final String explanation;

    Problem(HttpStatus status, String title, String explanation) {
      this.status = status;
      this.title = title;
      this.explanation = explanation;
    }
  }

  final Problem problem;

  LinkProblemException(Problem problem) {
    super(problem.title);
    this.problem = problem;
  }
}
