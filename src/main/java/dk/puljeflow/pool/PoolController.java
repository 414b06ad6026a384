package dk.puljeflow.pool;

import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.security.IdentityBootstrap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pools for administrators: list, read with balance, create, change. */
@RestController
@RequestMapping("/api/pools")
class PoolController {

  private final PoolRepository pools;
  private final BudgetLedger ledger;
  private final YearEndClose yearEndClose;
  private final JdbcTemplate jdbc;
  private final IdentityBootstrap identity;

  PoolController(PoolRepository pools, BudgetLedger ledger, YearEndClose yearEndClose, JdbcTemplate jdbc,
      IdentityBootstrap identity) {
    this.pools = pools;
    this.ledger = ledger;
    this.yearEndClose = yearEndClose;
    this.jdbc = jdbc;
    this.identity = identity;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<PoolDefinition> list() {
    return pools.findAll().stream().map(PoolDefinition::of).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  PoolView get(@PathVariable String id) {
    Pool pool = find(id);
    PoolBalance balance = ledger.balanceOf(pool);
    return new PoolView(PoolDefinition.of(pool), balance.budget(), balance.carryOver(), balance.reserved(), balance.paid(),
        balance.carriedOut(), balance.available(), pool.getCarriedOverTo(), countByStatus(id), grantedModules(id));
  }

  /** Closes the pool's year; the body names next year's budget. Answers the new pool. */
  @PostMapping("/{id}/year-end-close")
  @ResponseStatus(HttpStatus.CREATED)
  PoolDefinition closeYear(@PathVariable String id, @Valid @RequestBody YearEndCloseRequest request) {
    return PoolDefinition.of(yearEndClose.close(id, request.nextYearBudget()));
  }

  record YearEndCloseRequest(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal nextYearBudget) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  PoolDefinition create(@Valid @RequestBody PoolDefinition definition) {
    if (pools.existsById(definition.id())) {
      throw new CaseConflictException("Pool " + definition.id() + " exists already; change it with PUT");
    }
    Pool pool = new Pool(definition.id());
    definition.applyTo(pool);
    identity.ensureGroup(pool.getCaseworkerGroup());
    return PoolDefinition.of(pools.save(pool));
  }

  @PutMapping("/{id}")
  @Transactional
  PoolDefinition update(@PathVariable String id, @Valid @RequestBody PoolDefinition definition) {
    if (!id.equals(definition.id())) {
      throw new CaseConflictException("The body's id " + definition.id() + " differs from the path's " + id);
    }
    Pool pool = find(id);
    definition.applyTo(pool);
    identity.ensureGroup(pool.getCaseworkerGroup());
    return PoolDefinition.of(pool);
  }

  private Pool find(String id) {
    return pools.findById(id).orElseThrow(() -> new NoSuchElementException("No pool " + id));
  }

  private long grantedModules(String poolId) {
    Long modules = jdbc.queryForObject("select coalesce(sum(module_count), 0) from grant_application where pool_id = ?"
        + " and status in ('APPROVED', 'CONTRACT_PENDING', 'ACTIVE', 'CLOSED')", Long.class, poolId);
    return modules == null ? 0 : modules;
  }

  private Map<String, Long> countByStatus(String poolId) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query("select status, count(*) from grant_application where pool_id = ? group by status",
        row -> { counts.put(row.getString(1), row.getLong(2)); }, poolId);
    return counts;
  }
}
