"""The centre's training figures and own indicators: person-days, yearly statistics, met / not met.

Plain data in, plain data out (no SQL). The services read the records and hand them here as
the small frozen facts below.

Person-days of a session come from its attendance where attendance is recorded person by
person (the sum of the days each participant attended); otherwise from the session's days
times its head count. Every figure says which (:class:`PersonDaysBasis`), so a report can
tell counted person-days from estimated ones.

An indicator's value is normalised by useful person-months or training person-days (seed,
table 4). It is *met* when it is at or below its target (or at or above, for an indicator
where more is better); a dropped indicator or one without a target is neither met nor not met.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cpdesk.core.training_vocabulary import CourseKind, OrganisationType, WorkshopKind

#: Relative tolerance of the target comparison: 0,18 kg over 0,18 is met, however the
#: quotient that gave it was rounded.
_TARGET_TOLERANCE = 1e-9


class PersonDaysBasis(StrEnum):
    """Where a person-days figure comes from."""

    ATTENDANCE = "attendance"
    HEADCOUNT = "headcount"
    MIXED = "mixed"
    NONE = "none"


class IndicatorStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_TARGET = "no_target"
    DROPPED = "dropped"


# --------------------------------------------------------------------------- person-days


@dataclass(frozen=True)
class SessionFacts:
    """A session: its date and days, the days each attendee attended, its head count."""

    held_on: date
    days: float
    attended_days: tuple[float, ...] = ()
    headcount: int | None = None


@dataclass(frozen=True)
class PersonDays:
    value: float
    basis: PersonDaysBasis


def session_person_days(session: SessionFacts) -> PersonDays:
    """Person-days of one session: attendance if recorded, else days x head count.

    A session with neither counts zero, with basis ``none``, so that a report can say that
    some sessions have no participants recorded.
    """
    if session.days < 0 or not math.isfinite(session.days):
        raise ValueError(f"session days must be a finite number of zero or more, not {session.days!r}")
    if session.attended_days:
        if any(d < 0 or d > session.days for d in session.attended_days):
            raise ValueError(f"days attended must lie between 0 and the session's {session.days:g} days")
        return PersonDays(math.fsum(session.attended_days), PersonDaysBasis.ATTENDANCE)
    if session.headcount is not None:
        if session.headcount < 0:
            raise ValueError(f"a head count cannot be negative: {session.headcount}")
        return PersonDays(session.days * session.headcount, PersonDaysBasis.HEADCOUNT)
    return PersonDays(0.0, PersonDaysBasis.NONE)


def combined_basis(bases: Iterable[PersonDaysBasis]) -> PersonDaysBasis:
    """The basis of a sum: the one basis of its parts, ``mixed``, or ``none`` when empty.

    Parts without participants (``none``) add nothing and do not make a sum mixed.
    """
    seen = {b for b in bases if b != PersonDaysBasis.NONE}
    if not seen:
        return PersonDaysBasis.NONE
    if len(seen) == 1:
        return seen.pop()
    return PersonDaysBasis.MIXED


def total_person_days(sessions: Iterable[SessionFacts]) -> PersonDays:
    """Person-days of several sessions, with the basis of the sum."""
    parts = [session_person_days(s) for s in sessions]
    return PersonDays(math.fsum(p.value for p in parts), combined_basis(p.basis for p in parts))


# --------------------------------------------------------------------------- yearly statistics


@dataclass(frozen=True)
class CourseFacts:
    """A course with all its sessions (of every year)."""

    id: Hashable
    kind: CourseKind
    title: str
    start_date: date | None
    sessions: tuple[SessionFacts, ...]


@dataclass(frozen=True)
class WorkshopFacts:
    kind: WorkshopKind
    held_on: date
    days: float
    participant_count: int

    @property
    def person_days(self) -> float:
        return self.days * self.participant_count


@dataclass(frozen=True)
class CertificateFacts:
    participant_id: Hashable
    issued_on: date
    #: Where the certified participant works; consultants are counted apart.
    organisation_type: OrganisationType | None = None


@dataclass(frozen=True)
class CourseYear:
    """What one course did in the year."""

    id: Hashable
    kind: CourseKind
    title: str
    sessions: int
    days: float
    person_days: float
    basis: PersonDaysBasis
    sessions_without_participants: int


@dataclass(frozen=True)
class KindTotal:
    kind: CourseKind
    courses: int
    person_days: float


@dataclass(frozen=True)
class AssessmentFacts:
    """An assessment as the centre's year counts it: when it ended, and its scope weight.

    The weight is the assessment's scope as a fraction of a full assessment (a full one is 1,
    a follow-up visit or a short assessment less), entered by the centre.
    """

    end_date: date | None
    scope_weight: float = 1.0


@dataclass(frozen=True)
class YearStatistics:
    """The year's figures as the centre's annual report gives them (seed, year 2004)."""

    year: int
    courses: int
    course_person_days: float
    #: Where the person-days come from: attendance, head counts, or both (mixed).
    course_person_days_basis: PersonDaysBasis
    person_days_from_attendance: float
    person_days_from_headcount: float
    #: Sessions of the year with neither attendance nor a head count (they count zero).
    sessions_without_participants: int
    by_kind: tuple[KindTotal, ...]
    workshops: int
    workshop_person_days: float
    workshop_participants: int
    awareness_seminars: int
    awareness_participants: int
    certified_in_year: int
    certified_since_start: int
    #: Of the trainees certified since the start, those working as consultants.
    certified_consultants_since_start: int
    person_days_since_start: float
    in_depth_person_days_since_start: float
    awareness_participants_since_start: int
    assessments_completed: int
    #: The same assessments converted to full ones: the sum of their scope weights (the annual
    #: report's "đánh giá SXSH quy đổi").
    assessments_converted: float
    course_rows: tuple[CourseYear, ...]


def _in_year(day: date | None, year: int) -> bool:
    return day is not None and day.year == year


def course_year(course: CourseFacts, year: int) -> CourseYear | None:
    """The course's sessions in ``year``; None when it held none.

    A course without any session counts in the year it starts (with no person-days), so
    that a course entered before its sessions is not lost from the count.
    """
    sessions = [s for s in course.sessions if _in_year(s.held_on, year)]
    if not sessions:
        if course.sessions or not _in_year(course.start_date, year):
            return None
        return CourseYear(course.id, course.kind, course.title, 0, 0.0, 0.0, PersonDaysBasis.NONE, 0)
    parts = [session_person_days(s) for s in sessions]
    return CourseYear(
        id=course.id,
        kind=course.kind,
        title=course.title,
        sessions=len(sessions),
        days=math.fsum(s.days for s in sessions),
        person_days=math.fsum(p.value for p in parts),
        basis=combined_basis(p.basis for p in parts),
        sessions_without_participants=sum(1 for p in parts if p.basis == PersonDaysBasis.NONE),
    )


def year_statistics(
    year: int,
    courses: Sequence[CourseFacts],
    workshops: Sequence[WorkshopFacts],
    certificates: Sequence[CertificateFacts],
    assessments: Iterable[AssessmentFacts | date | None],
) -> YearStatistics:
    """Courses held in ``year`` and their person-days, workshops, certified trainees, assessments.

    - a course is held in the year when one of its sessions is (see :func:`course_year`);
    - workshops count both kinds (workshops and awareness seminars), person-days are days x
      participants; awareness seminars are also given apart;
    - certified trainees since the start are the distinct participants holding a certificate
      issued by the end of the year (a trainee certified twice counts once), and of them the
      consultants (organisation type consultant);
    - person-days since the start add every session up to the end of the year, those of the
      in-depth sector programmes also apart; awareness seminar participants since the start
      add every seminar up to the end of the year;
    - an assessment is completed in the year its end date falls in; converted to full
      assessments, the completed ones add up their scope weights (an end date given alone is
      a full assessment).
    """
    facts = [a if isinstance(a, AssessmentFacts) else AssessmentFacts(a) for a in assessments]
    completed = [a for a in facts if _in_year(a.end_date, year)]
    rows = tuple(r for c in courses if (r := course_year(c, year)) is not None)
    parts = [session_person_days(s) for c in courses for s in c.sessions if _in_year(s.held_on, year)]
    kinds = []
    for kind in CourseKind:
        of_kind = [r for r in rows if r.kind == kind]
        if of_kind:
            kinds.append(KindTotal(kind, len(of_kind), math.fsum(r.person_days for r in of_kind)))
    held = [w for w in workshops if _in_year(w.held_on, year)]
    seminars = [w for w in held if w.kind == WorkshopKind.AWARENESS_SEMINAR]
    year_end = date(year, 12, 31)
    since_start = [s for c in courses for s in c.sessions if s.held_on <= year_end]
    in_depth_since_start = [
        s for c in courses if c.kind == CourseKind.IN_DEPTH_PROGRAMME for s in c.sessions if s.held_on <= year_end
    ]
    certified = {c.participant_id: c.organisation_type for c in certificates if c.issued_on <= year_end}
    return YearStatistics(
        year=year,
        courses=len(rows),
        course_person_days=math.fsum(p.value for p in parts),
        course_person_days_basis=combined_basis(p.basis for p in parts),
        person_days_from_attendance=math.fsum(p.value for p in parts if p.basis == PersonDaysBasis.ATTENDANCE),
        person_days_from_headcount=math.fsum(p.value for p in parts if p.basis == PersonDaysBasis.HEADCOUNT),
        sessions_without_participants=sum(1 for p in parts if p.basis == PersonDaysBasis.NONE),
        by_kind=tuple(kinds),
        workshops=len(held),
        workshop_person_days=math.fsum(w.person_days for w in held),
        workshop_participants=sum(w.participant_count for w in held),
        awareness_seminars=len(seminars),
        awareness_participants=sum(w.participant_count for w in seminars),
        certified_in_year=len({c.participant_id for c in certificates if _in_year(c.issued_on, year)}),
        certified_since_start=len(certified),
        certified_consultants_since_start=sum(1 for t in certified.values() if t == OrganisationType.CONSULTANT),
        person_days_since_start=total_person_days(since_start).value,
        in_depth_person_days_since_start=total_person_days(in_depth_since_start).value,
        awareness_participants_since_start=sum(
            w.participant_count for w in workshops if w.kind == WorkshopKind.AWARENESS_SEMINAR and w.held_on <= year_end
        ),
        assessments_completed=len(completed),
        assessments_converted=math.fsum(a.scope_weight for a in completed),
        course_rows=tuple(sorted(rows, key=lambda r: (list(CourseKind).index(r.kind), r.title))),
    )


# --------------------------------------------------------------------------- indicators


def normalised_value(actual: float, normaliser_amount: float | None) -> float:
    """The indicator's value: ``actual`` per unit of the normaliser.

    Without a normaliser amount, ``actual`` is taken as already normalised (as the seed
    prints its table 4).
    """
    if not math.isfinite(actual):
        raise ValueError(f"the actual value must be a finite number, not {actual!r}")
    if normaliser_amount is None:
        return actual
    if not math.isfinite(normaliser_amount) or normaliser_amount <= 0:
        raise ValueError(f"the normaliser amount must be greater than zero, not {normaliser_amount!r}")
    return actual / normaliser_amount


def indicator_status(value: float, target: float | None, *, lower_is_better: bool, active: bool) -> IndicatorStatus:
    """Met or not met against the target; a dropped indicator or no target is neither."""
    if not active:
        return IndicatorStatus.DROPPED
    if target is None:
        return IndicatorStatus.NO_TARGET
    slack = _TARGET_TOLERANCE * max(abs(target), abs(value))
    met = value <= target + slack if lower_is_better else value >= target - slack
    return IndicatorStatus.MET if met else IndicatorStatus.NOT_MET


def deviation(value: float, target: float | None) -> float | None:
    """How far the value lies from the target, as a fraction of the target (+0,081 = 8,1 % over)."""
    if target is None or target == 0:
        return None
    return (value - target) / abs(target)


@dataclass(frozen=True)
class PeriodValue:
    """A recorded value of an indicator over one period."""

    period_start: date
    period_end: date
    actual: float
    normaliser_amount: float | None = None


@dataclass(frozen=True)
class TrendPoint:
    period_start: date
    period_end: date
    value: float
    target: float | None
    status: IndicatorStatus


def trend(
    values: Iterable[PeriodValue], target: float | None, *, lower_is_better: bool, active: bool
) -> tuple[TrendPoint, ...]:
    """The indicator's values in period order, normalised, each with met / not met."""
    points = []
    for v in sorted(values, key=lambda v: (v.period_start, v.period_end)):
        if v.period_end < v.period_start:
            raise ValueError(f"period ends {v.period_end} before it starts {v.period_start}")
        value = normalised_value(v.actual, v.normaliser_amount)
        status = indicator_status(value, target, lower_is_better=lower_is_better, active=active)
        points.append(TrendPoint(v.period_start, v.period_end, value, target, status))
    return tuple(points)


def in_period(point: TrendPoint, start: date, end: date) -> bool:
    """True when the point's period lies within [start, end]."""
    return start <= point.period_start and point.period_end <= end


def period_summary(values: Sequence[PeriodValue]) -> float | None:
    """One value for several periods (the year of quarterly values), None when there are none.

    When every value has its normaliser amount the quotient of the sums is exact (total kg
    over total person-months); otherwise the normalised values are averaged, weighted by
    the length of their periods.
    """
    if not values:
        return None
    if len(values) == 1:
        return normalised_value(values[0].actual, values[0].normaliser_amount)
    if all(v.normaliser_amount is not None for v in values):
        amount = math.fsum(v.normaliser_amount or 0.0 for v in values)
        return normalised_value(math.fsum(v.actual for v in values), amount)
    weights = [(v.period_end - v.period_start).days + 1 for v in values]
    if any(w <= 0 for w in weights):
        raise ValueError("a period ends before it starts")
    normalised = [normalised_value(v.actual, v.normaliser_amount) for v in values]
    return math.fsum(w * x for w, x in zip(weights, normalised, strict=True)) / sum(weights)
