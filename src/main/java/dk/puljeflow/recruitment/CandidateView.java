package dk.puljeflow.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GET /api/recruitment/candidates/{number}: where the candidate stands and every stage passed. */
public record CandidateView(
    String candidateNumber,
    CandidateStatus status,
    String name,
    LocalDate birthDate,
    String email,
    String phone,
    String jobCentre,
    String referredBy,
    Instant referredAt,
    LocalDate informationMeetingOn,
    int informationMeetingsMissed,
    Education education,
    LocalDate preCourseStart,
    LocalDate preCourseEnd,
    String preCourseContent,
    LocalDate preCourseCompletedOn,
    String intakeId,
    LocalDate basicCourseStart,
    Candidate.InterviewOutcome interviewOutcome,
    LocalDate employmentStart,
    PayScale payScale,
    Support support,
    List<Internship> internships,
    LocalDate graduatedOn,
    JobOffer jobOffer,
    CandidateStatus dropOutStage,
    String dropOutReason,
    Instant closedAt,
    List<Event> events) {

  public record Support(String mentor, String educationCoordinator, String practiceSupervisor, String educationAdviser) {}

  public record Internship(int period, String workplace, LocalDate startsOn, LocalDate endsOn) {}

  public record JobOffer(String workplace, LocalDate startsOn, Boolean accepted) {}

  public record Event(String type, Instant occurredAt, String actor, String detail) {}

  static CandidateView of(Candidate c, Intake intake, List<InternshipPlacement> placements, List<RecruitmentEvent> events) {
    return new CandidateView(c.getCandidateNumber(), c.getStatus(), c.getName(), c.getBirthDate(), c.getEmail(), c.getPhone(),
        c.getJobCentre(), c.getReferredBy(), c.getReferredAt(), c.getInformationMeetingOn(), c.getInformationMeetingsMissed(),
        c.getEducation(), c.getPreCourseStart(), c.getPreCourseEnd(), c.getPreCourseContent(), c.getPreCourseCompletedOn(),
        c.getIntakeId(), intake == null ? null : intake.getBasicCourseStart(), c.getInterviewOutcome(), c.getEmploymentStart(),
        c.getPayScale(),
        c.getMentor() == null ? null
            : new Support(c.getMentor(), c.getEducationCoordinator(), c.getPracticeSupervisor(), c.getEducationAdviser()),
        placements.stream().map(p -> new Internship(p.getPeriod(), p.getWorkplace(), p.getStartsOn(), p.getEndsOn())).toList(),
        c.getGraduatedOn(),
        c.getJobOfferWorkplace() == null ? null : new JobOffer(c.getJobOfferWorkplace(), c.getJobOfferStart(), c.getJobOfferAccepted()),
        c.getDropOutStage(), c.getDropOutReason(), c.getClosedAt(),
        events.stream().map(e -> new Event(e.getEventType(), e.getOccurredAt(), e.getActor(), e.getDetail())).toList());
  }
}
