package dk.puljeflow.recruitment;

import dk.puljeflow.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The recruitment API: refer and follow candidates (caseworkers), progress towards the target (managers). */
@RestController
@RequestMapping("/api/recruitment")
class RecruitmentController {

  private final RecruitmentService service;
  private final Candidates candidates;
  private final IntakeRepository intakes;
  private final InternshipPlacementRepository placements;
  private final RecruitmentLog log;
  private final RecruitmentProgress progress;

  RecruitmentController(RecruitmentService service, Candidates candidates, IntakeRepository intakes,
      InternshipPlacementRepository placements, RecruitmentLog log, RecruitmentProgress progress) {
    this.service = service;
    this.candidates = candidates;
    this.intakes = intakes;
    this.placements = placements;
    this.log = log;
    this.progress = progress;
  }

  /** Validation errors come back as 400 with a message per field (see ApiErrors). */
  @PostMapping("/candidates")
  ResponseEntity<CandidateView> refer(@Valid @RequestBody ReferralRequest referral, Principal user) {
    Candidate candidate = service.refer(referral, user.getName());
    return ResponseEntity.created(URI.create("/api/recruitment/candidates/" + candidate.getCandidateNumber()))
        .body(view(service.byNumber(candidate.getCandidateNumber())));
  }

  @GetMapping("/candidates/{number}")
  CandidateView get(@PathVariable String number) {
    return view(service.byNumber(number));
  }

  /** 400 without a reason, 409 once the candidate's path has ended. */
  @PostMapping("/candidates/{number}/drop-out")
  CandidateView dropOut(@PathVariable String number, @Valid @RequestBody DropOutRequest request, Principal user) {
    return view(service.dropOut(number, request.reason().trim(), user.getName()));
  }

  record DropOutRequest(@NotBlank @Size(max = 2000) @PlainText String reason) {}

  @GetMapping("/intakes")
  List<IntakeView> intakes() {
    return intakes.findAllByOrderByBasicCourseStartAscIdAsc().stream()
        .map(intake -> new IntakeView(intake.getId(), intake.getEducation(), intake.getBasicCourseStart(), intake.label()))
        .toList();
  }

  record IntakeView(String id, Education education, LocalDate basicCourseStart, String label) {}

  @GetMapping("/progress")
  RecruitmentProgress.Progress progress() {
    return progress.now();
  }

  private CandidateView view(Candidate candidate) {
    return CandidateView.of(candidate, candidates.intakeOf(candidate), placements.findByCandidateIdOrderByPeriodAsc(candidate.getId()),
        log.of(candidate.getId()));
  }
}
