package dk.puljeflow.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pools' eligibility tables (processes/eligibility-*.dmn) evaluated by a standalone DMN engine with the
 * default FEEL (FEEL-scala), against the contract in the tables' inputs: every rule that matches is one
 * reason the application is not eligible; no reason means eligible.
 *
 * <p>FEEL null handling the cases below pin down: {@code false} and {@code < 1} / {@code <= 0} do not match
 * a null input (so the boolean columns say {@code false, null}), while {@code not("A","B")} and
 * {@code not(37, 74, 100)} do match null. Beware {@code null, not("A","B")}: FEEL-scala reads that
 * {@code not} as the boolean function, so the entry matches null only.
 */
class EligibilityRulesTest {

  private static final Path PROCESSES = Path.of("processes");

  private static final String TRYG = "eligibility-tryghedspuljen.dmn";
  private static final String MENTOR = "eligibility-kl-ds-mentor.dmn";
  private static final String STAR = "eligibility-star-upskilling.dmn";
  private static final String GENERIC = "eligibility-generic.dmn";

  private static final Map<String, String> DECISION_IDS = Map.of(
      TRYG, "eligibilityTryghedspuljen",
      MENTOR, "eligibilityKlDsMentor",
      STAR, "eligibilityStarUpskilling",
      GENERIC, "eligibilityGeneric");

  /** The inputs every decision receives, with their typeRef (spec: "Inputs"). */
  private static final Map<String, String> CONTRACT_INPUTS = Map.ofEntries(
      Map.entry("requestedAmount", "double"),
      Map.entry("activityCategory", "string"),
      Map.entry("offeredByMunicipality", "boolean"),
      Map.entry("daysBeforeLeaving", "integer"),
      Map.entry("withinReleasePeriod", "boolean"),
      Map.entry("buyoutHours", "integer"),
      Map.entry("newlyGraduatedSocialWorkers", "integer"),
      Map.entry("medCommitteeInformed", "boolean"),
      Map.entry("coordinatorNamed", "boolean"),
      Map.entry("workingGroupNamed", "boolean"),
      Map.entry("employedInJobCentre", "boolean"),
      Map.entry("moduleLevel", "string"),
      Map.entry("moduleCount", "integer"));

  // Tryghedspuljen
  static final String NOT_A_POOL_CATEGORY = "Aktiviteten hører ikke under puljens kategorier: kompetenceudvikling, "
      + "karrieresparring, realkompetencevurdering eller individuel vejledning.";
  static final String OFFERED_BY_MUNICIPALITY = "Aktiviteten tilbydes allerede af kommunen.";
  static final String SIGNED_TOO_LATE =
      "Ansøgningen skal være underskrevet af alle tre parter før fratrædelsen (eller i fritstillingsperioden).";
  static final String NO_LEAVING_DATE = "Fratrædelsesdatoen mangler.";
  // Nøglen til en god start (KL/DS mentor)
  static final String NO_NEWLY_GRADUATED =
      "Arbejdspladsen skal have ansat eller planlægge at ansætte nyuddannede socialrådgivere i projektperioden.";
  static final String NOT_A_BUYOUT_PACKAGE = "Frikøbstimerne skal svare til en pakke: 37, 74 eller 100 timer.";
  static final String MED_NOT_INFORMED = "MED-udvalget skal være orienteret om ansøgningen.";
  static final String NO_COORDINATOR = "Der skal være udpeget en tovholder.";
  static final String NO_WORKING_GROUP = "Der skal være nedsat en arbejdsgruppe.";
  // STAR upskilling
  static final String NOT_IN_JOB_CENTRE = "Puljen er for medarbejdere i kommunale jobcentre.";
  static final String WRONG_MODULE_LEVEL = "Puljen dækker kun moduler på diplom- eller akademiniveau.";
  static final String NO_MODULES = "Angiv mindst ét modul.";
  // General rules
  static final String NO_AMOUNT = "Det ansøgte beløb skal være større end 0.";

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Map<String, DmnDecision> PARSED = new ConcurrentHashMap<>();

  // ---------------------------------------------------------------------------------------------------------
  // Reasons per case

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void reasonsAreExactlyTheRulesThatMatch(String file, String description, Map<String, Object> facts,
      List<String> expectedReasons) {
    assertThat(evaluate(file, facts)).as(description).containsExactlyElementsOf(expectedReasons);
  }

  static Stream<Arguments> cases() {
    return Stream.of(tryghedspuljen(), mentor(), star(), generic()).flatMap(s -> s);
  }

  static Stream<Arguments> tryghedspuljen() {
    return Stream.of(
        eligible(TRYG, "eligible: competence development, 30 days before leaving"),
        eligible(TRYG, "eligible: career sparring", "activityCategory", "CAREER_SPARRING"),
        eligible(TRYG, "eligible: prior learning assessment", "activityCategory", "PRIOR_LEARNING_ASSESSMENT"),
        eligible(TRYG, "eligible: counselling", "activityCategory", "COUNSELLING"),
        // rule 1
        reasons(TRYG, "category OTHER is not a pool category", List.of(NOT_A_POOL_CATEGORY),
            "activityCategory", "OTHER"),
        reasons(TRYG, "category in lower case is not a pool category", List.of(NOT_A_POOL_CATEGORY),
            "activityCategory", "counselling"),
        reasons(TRYG, "null category is not a pool category", List.of(NOT_A_POOL_CATEGORY),
            "activityCategory", null),
        reasons(TRYG, "empty category is not a pool category", List.of(NOT_A_POOL_CATEGORY),
            "activityCategory", ""),
        // rule 2
        reasons(TRYG, "offered by the municipality", List.of(OFFERED_BY_MUNICIPALITY),
            "offeredByMunicipality", true),
        eligible(TRYG, "offeredByMunicipality null is no such declaration", "offeredByMunicipality", null),
        // rule 3 and the release-period exception
        eligible(TRYG, "boundary: 1 day before leaving", "daysBeforeLeaving", 1),
        reasons(TRYG, "boundary: checked on the leaving date (0 days)", List.of(SIGNED_TOO_LATE),
            "daysBeforeLeaving", 0),
        reasons(TRYG, "checked 10 days after leaving", List.of(SIGNED_TOO_LATE),
            "daysBeforeLeaving", -10),
        eligible(TRYG, "release period: 0 days, within release period",
            "daysBeforeLeaving", 0, "withinReleasePeriod", true),
        eligible(TRYG, "release period: 45 days after leaving, within release period",
            "daysBeforeLeaving", -45, "withinReleasePeriod", true),
        reasons(TRYG, "release period unknown (null) counts as not within it", List.of(SIGNED_TOO_LATE),
            "daysBeforeLeaving", 0, "withinReleasePeriod", null),
        eligible(TRYG, "release period unknown (null) but before leaving",
            "daysBeforeLeaving", 5, "withinReleasePeriod", null),
        // rule 4
        reasons(TRYG, "no leaving date (null): only the missing-date reason", List.of(NO_LEAVING_DATE),
            "daysBeforeLeaving", null),
        reasons(TRYG, "no leaving date as a typed null (as the facts listener sets it)", List.of(NO_LEAVING_DATE),
            "daysBeforeLeaving", Variables.integerValue(null, true)),
        reasons(TRYG, "no leaving date, within release period", List.of(NO_LEAVING_DATE),
            "daysBeforeLeaving", null, "withinReleasePeriod", true),
        // several at once, in rule order
        reasons(TRYG, "everything wrong, after leaving", List.of(NOT_A_POOL_CATEGORY, OFFERED_BY_MUNICIPALITY,
            SIGNED_TOO_LATE), "activityCategory", null, "offeredByMunicipality", true, "daysBeforeLeaving", -1),
        reasons(TRYG, "everything wrong, no leaving date", List.of(NOT_A_POOL_CATEGORY, OFFERED_BY_MUNICIPALITY,
            NO_LEAVING_DATE), "activityCategory", "OTHER", "offeredByMunicipality", true, "daysBeforeLeaving", null));
  }

  static Stream<Arguments> mentor() {
    return Stream.of(
        eligible(MENTOR, "eligible: 2 newly graduated, 37 buy-out hours, MED, coordinator, working group"),
        eligible(MENTOR, "eligible: 74 buy-out hours", "buyoutHours", 74),
        eligible(MENTOR, "eligible: 100 buy-out hours", "buyoutHours", 100),
        eligible(MENTOR, "boundary: 1 newly graduated social worker", "newlyGraduatedSocialWorkers", 1),
        // rule 1
        reasons(MENTOR, "no newly graduated social workers (0)", List.of(NO_NEWLY_GRADUATED),
            "newlyGraduatedSocialWorkers", 0),
        eligible(MENTOR, "newlyGraduatedSocialWorkers null does not match < 1 (the facts listener passes 0)",
            "newlyGraduatedSocialWorkers", null),
        // rule 2
        reasons(MENTOR, "no buy-out hours (0)", List.of(NOT_A_BUYOUT_PACKAGE), "buyoutHours", 0),
        reasons(MENTOR, "36 buy-out hours", List.of(NOT_A_BUYOUT_PACKAGE), "buyoutHours", 36),
        reasons(MENTOR, "38 buy-out hours", List.of(NOT_A_BUYOUT_PACKAGE), "buyoutHours", 38),
        reasons(MENTOR, "50 buy-out hours", List.of(NOT_A_BUYOUT_PACKAGE), "buyoutHours", 50),
        reasons(MENTOR, "buy-out hours null", List.of(NOT_A_BUYOUT_PACKAGE), "buyoutHours", null),
        // rule 3
        reasons(MENTOR, "MED committee not informed", List.of(MED_NOT_INFORMED), "medCommitteeInformed", false),
        reasons(MENTOR, "MED committee not answered (null)", List.of(MED_NOT_INFORMED), "medCommitteeInformed", null),
        // rule 4
        reasons(MENTOR, "no coordinator", List.of(NO_COORDINATOR), "coordinatorNamed", false),
        reasons(MENTOR, "coordinator not answered (null)", List.of(NO_COORDINATOR), "coordinatorNamed", null),
        // rule 5
        reasons(MENTOR, "no working group", List.of(NO_WORKING_GROUP), "workingGroupNamed", false),
        reasons(MENTOR, "working group not answered (null)", List.of(NO_WORKING_GROUP), "workingGroupNamed", null),
        // several at once, in rule order
        reasons(MENTOR, "nothing answered", List.of(NOT_A_BUYOUT_PACKAGE, MED_NOT_INFORMED, NO_COORDINATOR,
                NO_WORKING_GROUP), "newlyGraduatedSocialWorkers", null, "buyoutHours", null,
            "medCommitteeInformed", null, "coordinatorNamed", null, "workingGroupNamed", null),
        reasons(MENTOR, "everything wrong", List.of(NO_NEWLY_GRADUATED, NOT_A_BUYOUT_PACKAGE, MED_NOT_INFORMED,
                NO_COORDINATOR, NO_WORKING_GROUP), "newlyGraduatedSocialWorkers", 0, "buyoutHours", 0,
            "medCommitteeInformed", false, "coordinatorNamed", false, "workingGroupNamed", false));
  }

  static Stream<Arguments> star() {
    return Stream.of(
        eligible(STAR, "eligible: job centre, one diploma module"),
        eligible(STAR, "eligible: academy level", "moduleLevel", "ACADEMY"),
        eligible(STAR, "eligible: three modules", "moduleCount", 3),
        // rule 1
        reasons(STAR, "not employed in a job centre", List.of(NOT_IN_JOB_CENTRE), "employedInJobCentre", false),
        reasons(STAR, "job centre not answered (null)", List.of(NOT_IN_JOB_CENTRE), "employedInJobCentre", null),
        // rule 2
        reasons(STAR, "module level OTHER", List.of(WRONG_MODULE_LEVEL), "moduleLevel", "OTHER"),
        reasons(STAR, "module level null", List.of(WRONG_MODULE_LEVEL), "moduleLevel", null),
        reasons(STAR, "module level in lower case", List.of(WRONG_MODULE_LEVEL), "moduleLevel", "diploma"),
        // rule 3
        reasons(STAR, "no modules (0)", List.of(NO_MODULES), "moduleCount", 0),
        eligible(STAR, "moduleCount null does not match < 1 (the facts listener passes 0)", "moduleCount", null),
        // several at once, in rule order
        reasons(STAR, "everything wrong", List.of(NOT_IN_JOB_CENTRE, WRONG_MODULE_LEVEL, NO_MODULES),
            "employedInJobCentre", null, "moduleLevel", null, "moduleCount", 0));
  }

  static Stream<Arguments> generic() {
    return Stream.of(
        eligible(GENERIC, "eligible: 50,000 DKK"),
        eligible(GENERIC, "boundary: 0.01 DKK", "requestedAmount", 0.01),
        eligible(GENERIC, "amount as BigDecimal 0.01", "requestedAmount", new BigDecimal("0.01")),
        reasons(GENERIC, "boundary: 0 DKK", List.of(NO_AMOUNT), "requestedAmount", 0.0),
        reasons(GENERIC, "negative amount", List.of(NO_AMOUNT), "requestedAmount", -100.0),
        reasons(GENERIC, "amount as integer 0", List.of(NO_AMOUNT), "requestedAmount", 0),
        reasons(GENERIC, "amount as BigDecimal 0.00", List.of(NO_AMOUNT), "requestedAmount", new BigDecimal("0.00")),
        eligible(GENERIC, "requestedAmount null does not match <= 0 (the facts listener always passes it)",
            "requestedAmount", null));
  }

  /** Facts under which every table finds the application eligible; a case changes only what it names. */
  private static Map<String, Object> eligibleFacts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("requestedAmount", 50_000.0);
    facts.put("activityCategory", "COMPETENCE_DEVELOPMENT");
    facts.put("offeredByMunicipality", false);
    facts.put("daysBeforeLeaving", 30);
    facts.put("withinReleasePeriod", false);
    facts.put("buyoutHours", 37);
    facts.put("newlyGraduatedSocialWorkers", 2);
    facts.put("medCommitteeInformed", true);
    facts.put("coordinatorNamed", true);
    facts.put("workingGroupNamed", true);
    facts.put("employedInJobCentre", true);
    facts.put("moduleLevel", "DIPLOMA");
    facts.put("moduleCount", 1);
    return facts;
  }

  private static Arguments eligible(String file, String description, Object... changes) {
    return reasons(file, description, List.of(), changes);
  }

  private static Arguments reasons(String file, String description, List<String> expected, Object... changes) {
    Map<String, Object> facts = eligibleFacts();
    for (int i = 0; i < changes.length; i += 2) {
      String name = (String) changes[i];
      assertThat(CONTRACT_INPUTS).as("case '%s' changes a contract input", description).containsKey(name);
      facts.put(name, changes[i + 1]);
    }
    return arguments(file, description, facts, expected);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The files themselves

  @Test
  void theBaselineFactsAreEligibleEverywhere() {
    for (String file : DECISION_IDS.keySet()) {
      assertThat(evaluate(file, eligibleFacts())).as(file).isEmpty();
    }
  }

  @Test
  void everyRuleHasACaseWhereOnlyItFires() throws IOException {
    Map<String, List<List<String>>> expectedByFile = new HashMap<>();
    cases().forEach(c -> {
      Object[] args = c.get();
      @SuppressWarnings("unchecked")
      List<String> expected = (List<String>) args[3];
      expectedByFile.computeIfAbsent((String) args[0], f -> new ArrayList<>()).add(expected);
    });
    for (String file : DECISION_IDS.keySet()) {
      DecisionTable table = tableOf(file);
      for (Rule rule : table.getRules()) {
        String reason = feelString(rule.getOutputEntries().iterator().next().getText().getTextContent());
        assertThat(expectedByFile.get(file)).as("%s rule %s", file, rule.getId()).contains(List.of(reason));
      }
      assertThat(expectedByFile.get(file)).as("%s has an eligible case", file).contains(List.of());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void decisionIsACollectTableWithHistoryTimeToLive(String file) throws IOException {
    DmnModelInstance model = model(file);
    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    assertThat(decisions).hasSize(1);
    Decision decision = decisions.iterator().next();
    assertThat(decision.getId()).isEqualTo(DECISION_IDS.get(file));
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");

    DecisionTable table = tableOf(file);
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getOutputs()).hasSize(1);
    Output output = table.getOutputs().iterator().next();
    assertThat(output.getName()).isEqualTo("reason");
    assertThat(output.getTypeRef()).isEqualTo("string");
    assertThat(table.getRules()).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyInputReadsOneContractVariableWithItsType(String file) throws IOException {
    for (Input input : tableOf(file).getInputs()) {
      String variable = input.getInputExpression().getText().getTextContent().strip();
      assertThat(CONTRACT_INPUTS).as("%s input %s", file, input.getId()).containsKey(variable);
      assertThat(input.getInputExpression().getTypeRef()).as("%s input %s", file, variable)
          .isEqualTo(CONTRACT_INPUTS.get(variable));
      assertThat(input.getLabel()).as("%s input %s label", file, variable).isNotBlank();
    }
  }

  static Stream<String> files() {
    return DECISION_IDS.keySet().stream().sorted();
  }

  // ---------------------------------------------------------------------------------------------------------

  private static List<String> evaluate(String file, Map<String, Object> facts) {
    VariableMap variables = Variables.createVariables();
    facts.forEach(variables::putValue);
    return ENGINE.evaluateDecisionTable(decision(file), variables).collectEntries("reason");
  }

  private static DmnDecision decision(String file) {
    return PARSED.computeIfAbsent(file, f -> {
      try (InputStream in = Files.newInputStream(PROCESSES.resolve(f))) {
        return ENGINE.parseDecision(DECISION_IDS.get(f), in);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + f, e);
      }
    });
  }

  private static DmnModelInstance model(String file) throws IOException {
    try (InputStream in = Files.newInputStream(PROCESSES.resolve(file))) {
      return Dmn.readModelFromStream(in);
    }
  }

  private static DecisionTable tableOf(String file) throws IOException {
    Collection<DecisionTable> tables = model(file).getModelElementsByType(DecisionTable.class);
    assertThat(tables).hasSize(1);
    return tables.iterator().next();
  }

  /** The text of a FEEL string literal such as {@code "Angiv mindst ét modul."}. */
  private static String feelString(String literal) {
    String text = literal.strip();
    assertThat(text).startsWith("\"").endsWith("\"");
    return text.substring(1, text.length() - 1);
  }
}
