package dk.puljeflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.security.Groups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, so nobody meets an empty "No filter available" Tasklist (with authorizations
 * on, users cannot create filters themselves): my tasks, my groups' tasks, overdue, due within three
 * days, and one per pool. Each lists by due date and shows the case's number, pool and applicant.
 * Created at start-up by name, brought up to date when their definition here changes, and shared with
 * the groups that need them through READ grants.
 */
@Component
class TasklistFilters {

  static final String MINE = "Mine opgaver";
  static final String MY_GROUPS = "Min gruppes opgaver";
  static final String OVERDUE = "Overskredne";
  static final String DUE_SOON = "Forfalder inden 3 dage";

  /** Shown as columns in the task list: the few display facts every case carries as variables. */
  private static final List<Map<String, String>> CASE_VARIABLES = List.of(
      Map.of("name", "applicationNumber", "label", "Ansøgning"),
      Map.of("name", "poolName", "label", "Pulje"),
      Map.of("name", "applicantName", "label", "Ansøger / arbejdsplads"));

  private static final JsonTaskQueryConverter QUERY_JSON = new JsonTaskQueryConverter();

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final PoolRepository pools;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      PoolRepository pools) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.pools = pools;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ensureFilters() {
    List<String> everyone = Groups.ALL;
    ensure(MINE, -20, byDueDate().taskAssigneeExpression("${currentUser()}"), everyone);
    ensure(MY_GROUPS, -15, byDueDate().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(), everyone);
    List<String> caseHandlers = Stream.concat(
            Stream.of(Groups.CASEWORKER, Groups.MANAGER, Groups.ADMIN),
            pools.findAll().stream().map(Pool::getCaseworkerGroup))
        .distinct().toList();
    ensure(OVERDUE, -10, byDueDate().dueBeforeExpression("${now()}"), caseHandlers);
    ensure(DUE_SOON, -5,
        byDueDate().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(3).toDate()}"), caseHandlers);
    for (Pool pool : pools.findAll()) {
      ensure("Pulje: " + pool.getName(), 0, byDueDate().processVariableValueEquals("poolName", pool.getName()),
          List.of(pool.getCaseworkerGroup(), Groups.MANAGER, Groups.ADMIN));
    }
  }

  private TaskQuery byDueDate() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  private void ensure(String name, int priority, TaskQuery query, List<String> groups) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", CASE_VARIABLES);
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    boolean changed = filter.getId() == null || !Objects.equals(filter.getProperties(), properties)
        || !asJson(filter.<TaskQuery>getQuery()).equals(asJson(query));
    if (changed) {
      filter.setQuery(query);
      filter.setProperties(properties);
      filterService.saveFilter(filter);
    }
    for (String group : groups) {
      grantRead(filter.getId(), group);
    }
  }

  private static String asJson(TaskQuery query) {
    return query == null ? "" : QUERY_JSON.toJsonObject(query).toString();
  }

  private void grantRead(String filterId, String group) {
    boolean granted = authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
    if (!granted) {
      Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.FILTER);
      read.setResourceId(filterId);
      read.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(read);
    }
  }
}
