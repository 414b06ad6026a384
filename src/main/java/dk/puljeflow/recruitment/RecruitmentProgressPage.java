package dk.puljeflow.recruitment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /recruitment/progress: hires towards the target for managers, by education, year and intake. */
@Controller
class RecruitmentProgressPage {

  private final RecruitmentProgress progress;

  RecruitmentProgressPage(RecruitmentProgress progress) {
    this.progress = progress;
  }

  @GetMapping("/recruitment/progress")
  String progress(Model model) {
    model.addAttribute("progress", progress.now());
    return "recruitment-progress";
  }
}
