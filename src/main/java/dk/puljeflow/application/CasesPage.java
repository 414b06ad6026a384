package dk.puljeflow.application;

import dk.puljeflow.pool.PoolRepository;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /cases: the case list for caseworkers, with links to the open task in Tasklist and the instance in Cockpit. */
@Controller
class CasesPage {

  private final CaseSearch caseSearch;
  private final PoolRepository pools;
  private final CaseAccess access;

  CasesPage(CaseSearch caseSearch, PoolRepository pools, CaseAccess access) {
    this.caseSearch = caseSearch;
    this.pools = pools;
    this.access = access;
  }

  @GetMapping("/cases")
  String cases(@RequestParam(required = false) String pool, @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("result", caseSearch.search(pool, status, q, page, 25));
    Optional<Set<String>> visible = access.visiblePools();
    model.addAttribute("pools", pools.findAll().stream()
        .filter(candidate -> visible.map(ids -> ids.contains(candidate.getId())).orElse(true)).toList());
    model.addAttribute("statuses", ApplicationStatus.values());
    model.addAttribute("pool", pool);
    model.addAttribute("status", status);
    model.addAttribute("q", q);
    return "cases";
  }
}
