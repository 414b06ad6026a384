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
          "Fristen for slutevalueringen er overskredet. Kontakt projektet, og registrer evalueringen.")),
      // Fra ledig til velfærdsmedarbejder (welfare-recruitment.bpmn); the number is the candidate's.
      Map.entry("BookInformationMeeting", new Text("Tilmeld informationsmøde",
          "Aftal med kandidaten, hvilket virtuelt informationsmøde om uddannelserne han eller hun deltager i, og"
              + " registrer mødets dato.")),
      Map.entry("RecordMeetingAttendance", new Text("Registrer fremmøde til informationsmøde",
          "Registrer, om kandidaten deltog i informationsmødet. Udeblev kandidaten, tilmeldes et nyt møde.")),
      Map.entry("AgreePreCourse", new Text("Aftal for-forløb",
          "Aftal kandidatens for-forløb individuelt: uddannelsen det sigter mod (SSH, SSA eller PAU), perioden og"
              + " indholdet, fx smagsprøver på skole og praktik og eventuel opkvalificering.")),
      Map.entry("RecordPreCourseCompletion", new Text("Registrer gennemført for-forløb",
          "Registrer, hvornår kandidaten gennemførte for-forløbet. Derefter kan kandidaten søge optagelse.")),
      Map.entry("ApplyForAdmission", new Text("Søg optagelse på et optag",
          "Vælg det optag, kandidaten søger. Kun optag på for-forløbets uddannelse, hvis grundforløb endnu ikke er"
              + " begyndt, kan vælges.")),
      Map.entry("HoldHiringInterview", new Text("Afhold ansættelsessamtale",
          "Kandidaten deltager i ansættelsessamtalen på lige fod med de øvrige ansøgere; et gennemført for-forløb"
              + " giver ikke i sig selv en plads. Registrer, om kandidaten ansættes.")),
      Map.entry("AssignSupport", new Text("Tildel mentor og kontaktpersoner",
          "Registrer kandidatens mentor, uddannelseskoordinator, praktikvejleder og uddannelsesvejleder.")),
      Map.entry("RecordInternship", new Text("Registrer praktikplads",
          "Registrer praktikstedet og perioden for denne praktikperiode. Der registreres en praktikplads for hver"
              + " periode i uddannelsen.")),
      Map.entry("RecordGraduation", new Text("Registrer endt uddannelse",
          "Registrer, hvornår kandidaten blev færdiguddannet. Derefter gælder jobgarantien.")),
      Map.entry("OfferJob", new Text("Tilbyd job (jobgaranti)",
          "Registrer det job, den nyuddannede tilbydes efter jobgarantien, og om tilbuddet blev taget imod.")),
      // TSL omställningsstöd (transition-participant.bpmn), in Swedish; the number is the person's.
      Map.entry("BookMappingMeeting", new Text("Boka kartläggningsmöte",
          "Boka mötet där personen får veta vad omställningsstödet innebär och ni identifierar behoven, gärna under"
              + " uppsägningstiden. Personen kallas med e-post.")),
      Map.entry("HoldMappingMeeting", new Text("Håll kartläggningsmöte",
          "Registrera att mötet är hållet och personens behovsnivå, som avgör ersättningen. Kom personen inte, bokas"
              + " ett nytt möte.")),
      Map.entry("RecordParticipation", new Text("Registrera personens beslut",
          "Registrera om personen efter kartläggningsmötet väljer att delta i omställningsstödet eller avböjer.")),
      Map.entry("AssignJobCoach", new Text("Tilldela jobbcoach",
          "Välj en omställningsleverantör med gällande ramavtal och ledig plats, och personens jobbcoach där.")),
      Map.entry("RecordOutcome", new Text("Registrera utfall",
          "Registrera när personen har fått nytt arbete, startat eget eller stödet avslutas av annan anledning."
              + " Utan utfall avslutas stödet ett år efter sista anställningsdagen.")),
      Map.entry("DecideOnTraining", new Text("Besluta om utbildning eller validering",
          "Bevilja när insatsen uppenbart stärker personens möjligheter att få jobb, högst den sökta kostnaden;"
              + " avslå annars med en motivering som personen får läsa.")));

  private CaseTasks() {}
}
