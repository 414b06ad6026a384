package dk.puljeflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.puljeflow.security.Groups;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user needs, so nobody meets an empty "No filter available" Tasklist
 * (with authorizations on, users cannot create filters themselves). Created once by name and shared
 * with every role group through READ grants.
 */
@Component
class TasklistFilters {

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ensureFilters() {
    ensure("Mine opgaver", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure("Min gruppes opgaver", -5, taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
  }

  private void ensure(String name, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setOwner(null)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "refresh", true));
      filterService.saveFilter(filter);
    }
    for (String group : Groups.ALL) {
      boolean granted = authorizationService.createAuthorizationQuery()
          .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
      if (!granted) {
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
      }
    }
  }
}
