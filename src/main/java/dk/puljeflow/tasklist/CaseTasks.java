package dk.puljeflow.tasklist;

import java.util.Map;

/**
 * What Tasklist shows for each kind of user task: a Danish name (the application number is added)
 * and what the person should check before completing it. Keyed by the task's id in the models.
 */
final class CaseTasks {

  record Text(String name, String whatToCheck) {}

  static final Map<String, Text> BY_TASK = Map.ofEntries(
      Map.entry("SignApplication", new Text("Underskriv ansøgning",
          "Læs ansøgningen igennem: aktivitet, beløb og periode. Underskriv, hvis du står inde for den; afvis med en"
              + " begrundelse, hvis ikke. Ansøgningen regnes først for indsendt, når alle parter har underskrevet.")),
      Map.entry("AssessApplication", new Text("Vurder ansøgning",
          "Kontroller, at ansøgningen opfylder puljens kriterier, at beløbet holder sig inden for loftet, og at"
              + " aktiviteten er beskrevet tilstrækkeligt. Bevilg (beløb og evt. frikøbstimer), giv afslag med"
              + " begrundelse, eller bed om flere oplysninger. Fristen løber videre, mens der ventes på svar.")),
      Map.entry("ProvideInformation", new Text("Giv supplerende oplysninger",
          "Sagsbehandleren har brug for flere oplysninger for at kunne afgøre ansøgningen. Svar på spørgsmålet i"
              + " formularen; svarfristen for afgørelsen løber videre imens.")),
      Map.entry("SignContractForWorkplace", new Text("Underskriv kontrakt (arbejdsplads)",
          "Kontroller beløb, frikøbstimer, konsulenttimer og udbetalingsplan. Ved underskrift forpligter"
              + " arbejdspladsen sig til at bruge timerne.")),
      Map.entry("SignContractForPool", new Text("Underskriv kontrakt (pulje)",
          "Kontroller, at kontrakten svarer til bevillingen: beløb, frikøbstimer (højst 100) og udbetalingsplan.")),
      Map.entry("ReportUse", new Text("Afrapporter forbrug",
          "Angiv de dokumenterede udgifter og brugte timer for perioden. Udbetalingen kan ikke overstige de"
              + " dokumenterede udgifter eller det bevilgede beløb.")),
      Map.entry("ApprovePayout", new Text("Godkend udbetaling",
          "Sammenhold de afrapporterede udgifter med dokumentationen og bevillingen. Godkend højst de dokumenterede"
              + " udgifter og højst det, der er tilbage af bevillingen.")),
      Map.entry("AnswerMeetingInvitation", new Text("Svar på invitation til midtvejsmøde",
          "Meld tilbage, om I deltager i midtvejsmødet, eller om I har brug for et andet tidspunkt.")),
      Map.entry("RecordMeeting", new Text("Registrer midtvejsmøde",
          "Registrer, om midtvejsmødet er holdt, og skriv et kort referat af status og aftaler.")),
      Map.entry("FollowUpMeeting", new Text("Følg op: midtvejsmøde ikke registreret",
          "Fristen for at registrere midtvejsmødet er overskredet. Kontakt arbejdspladsen, og registrer mødet.")),
      Map.entry("SubmitEvaluation", new Text("Indsend slutevaluering",
          "Vurder projektet samlet, og beskriv resultater, erfaringer og hvordan ordningen fortsætter.")),
      Map.entry("FollowUpEvaluation", new Text("Følg op: slutevaluering mangler",
          "Fristen for slutevalueringen er overskredet. Kontakt projektet, og registrer evalueringen.")));

  private CaseTasks() {}
}
