"""The trainee's guide: the checks of each task, progress per task and step, guided mode.

:func:`findings` examines an assessment and returns what each task still lacks (missing,
blocking the task) or what looks wrong (suspicious, a warning). The workbench's progress
panel and guided mode, the trainee's worksheets and ``cpdesk guide`` all call it, so that
screen, paper and command line name the same gaps. :func:`progress` adds the task statuses
recorded in the store: a task counts as done only when it is marked done and none of its
blocking checks fails.

The balance closure check uses :func:`cpdesk.services.assessment.balances.assessment_balance` with a
threshold of the unaccounted share per balance (water, energy) kept in this installation's
local settings (10 % unless the user set another), on every step and on the plant, even when
the reconciliation's test passes; the flagged readings are those the reconciliation flags as gross
errors, and the reading it names as most likely wrong. Beside them, the readings serial
elimination of gross errors drops (the suspected ones), the readings it cannot tell apart,
and the flows held at 0 because the other readings would make them negative. A steam or
water stream stored in a state that cannot exist (:mod:`cpdesk.core.water_states`) is flagged
under task 5 with the saturation temperature and how the energy balance counts it. An
option whose CO2 avoided cannot be computed (a saving the factor set cannot count, stored
before entry refused it) is flagged under task 12 with what the set lacks, as the options
listing and the report's note say it.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping

from cpdesk.core import balance as core_balance
from cpdesk.core import guidance as core
from cpdesk.core.balance_report import BalanceReport
from cpdesk.core.errors import CpdeskError, ValidationError, reason_of
from cpdesk.core.factors import FactorGap
from cpdesk.core.guidance import Finding, Progress, Severity, Subject, TaskCount, TaskState
from cpdesk.core.messages import Message, Said, msg
from cpdesk.core.rows import AssessmentDetail, OptionRow
from cpdesk.core.vocabulary import OptionStatus, ScreeningResult, TaskStatus, TeamRole
from cpdesk.core.water_states import impossible_state
from cpdesk.services import lookup
from cpdesk.services.assessment import assessments, balances, check_inputs
from cpdesk.services.assessment import records as workbench_queries
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import LocalSetting

MISSING = Severity.MISSING
SUSPICIOUS = Severity.SUSPICIOUS

_TOLERANCE_KEY = "guidance.closure_tolerance.{group}"
_GUIDED_KEY = "guidance.guided_mode.{assessment}"


class TaskNotDone(CpdeskError):
    """A task cannot be marked done while its blocking checks fail; carries the findings."""

    def __init__(self, task_no: int, blocking: tuple[Finding, ...], lang: str = "en") -> None:
        self.task_no = task_no
        self.blocking = blocking
        reasons = Said(" ".join(f.message("vi") for f in blocking), " ".join(f.message("en") for f in blocking))
        said = msg("task.not_done", task=task_no, reasons=reasons)
        super().__init__(said)
        self.args = (said.text(lang),)  # str() in the language asked for; ``message`` says it in any


# --------------------------------------------------------------------------- checks


def findings(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    balances_too: bool = True,
    detail: AssessmentDetail | None = None,
    co2_too: bool | None = None,
) -> list[Finding]:
    """Every finding of every task of the assessment, by task number.

    ``balances_too`` False leaves out the checks that compute: the two balance checks
    (closure, flagged readings), which compute and reconcile both balances, and the CO2 of
    the options (units and factors): the rest reads the assessment only, fast enough for the
    workbench's first screen (the computed checks follow from the background).
    ``detail`` is the assessment as :func:`cpdesk.services.assessment.assessments.show_assessment`
    gave it, when the caller has just read it (read here otherwise). ``co2_too`` computes
    the options' CO2 whatever ``balances_too`` says (:func:`task_counts`).
    """
    if detail is None:
        detail = assessments.show_assessment(db, assessment_id)
    causes = workbench_queries.causes(db, detail.row.id)
    notes = {key: t.technical_notes for key, t in workbench_queries.option_texts(db, detail.row.id).items()}
    reports = (
        {group: _balance(db, detail.row.id, group) for group in core_balance.GROUPS}
        if balances_too and detail.streams
        else None
    )
    tolerances = {group: closure_tolerance(db, group) for group in core_balance.GROUPS}
    gaps = co2_gaps(db, detail) if (balances_too if co2_too is None else co2_too) else None
    return examine(detail, {c.waste_stream_id for c in causes}, notes, reports, tolerances, gaps)


def co2_gaps(db: Database, detail: AssessmentDetail) -> dict[uuid.UUID, FactorGap]:
    """Per option whose CO2 cannot be computed, what the factor set cannot count (the reason
    the options listing gives); nothing when the factor set cannot be read (that refusal is
    the listing's own). Only the CO2 is computed, not the economics: :func:`task_counts`
    runs it for every assessment of a list."""
    if not any(o.savings for o in detail.options):
        return {}
    from cpdesk.services.assessment import appraisal  # economics (numpy, scipy): not at start-up

    try:
        return appraisal.co2_gaps(db, detail.row.id, detail.options)
    except CpdeskError:
        return {}


def examine(
    detail: AssessmentDetail,
    caused: Collection[uuid.UUID],
    technical_notes: Mapping[uuid.UUID, str],
    balance_reports: Mapping[str, BalanceReport | str | Message] | None = None,
    tolerances: Mapping[str, float] | None = None,
    co2_gaps: Mapping[uuid.UUID, FactorGap] | None = None,
) -> list[Finding]:
    """The findings from what the services already read: for reports, which hold it all.

    ``caused`` are the ids of the waste streams that have a cause; ``balance_reports`` gives
    per balance (water, energy) its report, reconciled where possible, or the reason it
    cannot be computed (None: no balance checks); ``tolerances`` the closure tolerance per
    balance in % (default 10); ``co2_gaps`` per option whose CO2 cannot be computed, why
    (:attr:`cpdesk.core.appraisal.OptionAppraisal.co2_gap`).
    """
    found = [
        *_team(detail),
        *_steps(detail),
        *_flow(detail),
        *_stream_states(detail),
        *_waste(detail, set(caused)),
        *_options(detail, technical_notes),
        *_co2_gaps(detail, co2_gaps or {}),
    ]
    if balance_reports is not None:
        found.extend(balance_findings(balance_reports, tolerances or {}))
    return sorted(found, key=lambda f: f.task_no)


def _balance(db: Database, assessment_id: uuid.UUID, group: str) -> BalanceReport | str | Message:
    """The balance reconciled where the readings allow it, measured otherwise, or why not."""
    try:
        return balances.assessment_balance(db, assessment_id, group, reconcile=True)
    except CpdeskError:
        pass  # nothing to reconcile (no stream of this balance, no closed step)
    try:
        return balances.assessment_balance(db, assessment_id, group)
    except CpdeskError as exc:
        return why_not(exc)


def why_not(refusal: CpdeskError) -> str | Message:
    """Why a balance was not computed, without the balance's name ("energy balance of X: ")
    that a finding or a report section says already."""
    message = refusal.message
    if message is not None and message.code == "balance.refused":
        reason = message.params["reason"]
        return reason if isinstance(reason, Message) else str(reason)
    return reason_of(refusal)


def _team(detail: AssessmentDetail) -> Iterable[Finding]:
    if not detail.team:
        yield Finding(1, "team_empty", MISSING)
    elif not any(m.role == TeamRole.LEADER for m in detail.team):
        yield Finding(1, "team_no_leader", MISSING)


def _steps(detail: AssessmentDetail) -> Iterable[Finding]:
    if len(detail.steps) < 2:
        yield Finding(2, "steps_too_few", MISSING, params={"count": len(detail.steps)})
    if detail.steps and not any(s.is_focus for s in detail.steps):
        yield Finding(3, "no_focus", MISSING)


def _flow(detail: AssessmentDetail) -> Iterable[Finding]:
    if not detail.streams:
        if detail.steps:
            yield Finding(4, "no_streams", MISSING)
        return
    into = {s.target_step_id for s in detail.streams}
    out_of = {s.source_step_id for s in detail.streams}
    for step in detail.steps:
        subject = Subject("process_step", str(step.id), step.name)
        has_in, has_out = step.id in into, step.id in out_of
        if not has_in and not has_out:
            yield Finding(4, "step_unconnected", MISSING, subject)
        elif not has_in:
            yield Finding(4, "step_no_inputs", MISSING, subject)
        elif not has_out:
            yield Finding(4, "step_no_outputs", MISSING, subject)
    unmeasured = [s for s in detail.streams if not s.measurements]
    if unmeasured:
        yield Finding(
            5,
            "streams_unmeasured",
            MISSING,
            Subject("stream", str(unmeasured[0].id), unmeasured[0].name) if len(unmeasured) == 1 else None,
            {"count": len(unmeasured), "total": len(detail.streams), "streams": [s.name for s in unmeasured]},
        )


def _stream_states(detail: AssessmentDetail) -> Iterable[Finding]:
    """Task 5: steam below its saturation temperature, liquid water above it (stored before
    entry refused such states, or brought in by an import); the message says how the energy
    balance counts the stream all the same."""
    for s in detail.streams:
        state = impossible_state(s.carrier, s.pressure_bar, s.temperature_c)
        if state is not None:
            yield Finding(5, state.code, SUSPICIOUS, Subject("stream", str(s.id), s.name), state.params)


def _waste(detail: AssessmentDetail, caused: set[uuid.UUID]) -> Iterable[Finding]:
    if not detail.waste_streams:
        yield Finding(6, "no_waste_streams", MISSING)
    for w in detail.waste_streams:
        subject = Subject("waste_stream", str(w.id), w.name)
        if not w.annual_cost:
            yield Finding(6, "waste_no_cost", MISSING, subject)
        if w.id not in caused:
            yield Finding(7, "waste_no_cause", MISSING, subject)


def _option_subject(o: OptionRow) -> Subject:
    return Subject("option", str(o.id), f"{o.code} {o.title}".strip())


def _options(detail: AssessmentDetail, technical_notes: Mapping[uuid.UUID, str]) -> Iterable[Finding]:
    options = detail.options
    if not options:
        yield Finding(8, "no_options", MISSING)
        return
    live = [o for o in options if o.status != OptionStatus.REJECTED]
    for o in options:
        subject = _option_subject(o)
        if not o.category:
            yield Finding(8, "option_no_category", MISSING, subject)
        if o.cause_id is None and o.status != OptionStatus.REJECTED:
            yield Finding(8, "option_no_cause", MISSING, subject)
        if o.screening is None:
            yield Finding(9, "option_unscreened", MISSING, subject)
    for o in live:
        subject = _option_subject(o)
        if o.screening == ScreeningResult.NEEDS_STUDY and not technical_notes.get(o.id, "").strip():
            yield Finding(10, "option_no_technical_notes", MISSING, subject)
        if not o.investment and not o.annual_savings:
            yield Finding(11, "option_uncosted", MISSING, subject)
        elif not o.lifetime_years or o.lifetime_years <= 0:
            yield Finding(11, "option_no_lifetime", MISSING, subject)
        if not o.savings:
            yield Finding(12, "option_no_resource_savings", MISSING, subject)
    costed = [o for o in live if o.investment or o.annual_savings]
    if costed and not detail.discount_rate:
        yield Finding(11, "no_discount_rate", MISSING, Subject("assessment", str(detail.row.id), detail.row.title))
    if any(o.savings for o in live) and not detail.factor_set:
        yield Finding(12, "co2_no_factor_set", MISSING, Subject("assessment", str(detail.row.id), detail.row.title))
    chosen = [o for o in options if o.status in (OptionStatus.SELECTED, OptionStatus.IMPLEMENTED)]
    if not chosen:
        yield Finding(13, "none_selected", MISSING)
        yield Finding(14, "none_selected", MISSING)
    implemented = [o for o in options if o.status == OptionStatus.IMPLEMENTED]
    if chosen and not implemented:
        yield Finding(15, "none_implemented", MISSING)
    for o in implemented:
        if o.monitored_annual_savings is None:
            yield Finding(16, "option_unmonitored", MISSING, _option_subject(o))


def _co2_gaps(detail: AssessmentDetail, gaps: Mapping[uuid.UUID, FactorGap]) -> Iterable[Finding]:
    """Task 12: an option whose CO2 avoided cannot be computed (a saving stored before entry
    refused what the factor set cannot count), with what the set lacks."""
    for o in detail.options:
        gap = gaps.get(o.id)
        if gap is not None:
            params = {"carrier": gap.fuel, "unit": gap.unit, "factor_set": gap.factor_set}
            yield Finding(12, f"option_co2_{gap.factor}", MISSING, _option_subject(o), params)


def balance_findings(
    reports: Mapping[str, BalanceReport | str | Message], tolerances: Mapping[str, float]
) -> list[Finding]:
    """Task 5: balances that close worse than the tolerance, flagged and suspected readings,
    and flows held at 0."""
    found: list[Finding] = []
    for group, report in reports.items():
        if isinstance(report, str | Message):
            found.append(Finding(5, "balance_failed", SUSPICIOUS, params={"balance": group, "reason": report}))
            continue
        tolerance = tolerances.get(group, core.DEFAULT_CLOSURE_TOLERANCE_PCT)
        # Judged: every step and the plant, by their measured streams, whether or not the
        # reconciliation holds them to their balance: its chi-square test sees only the steps
        # it holds, so a plant whose energy leaves by streams nobody recorded (heat to the
        # air, hot wastewater) passes the test while most of its inputs are unaccounted.
        for node in (*report.measured.nodes, report.measured.plant):
            # A balance with an unmeasured stream is not judged either: the unmeasured
            # stream is the finding, and the closure would only repeat it as a number.
            if node.unmeasured or not core.closure_exceeds(node.closure_pct, tolerance):
                continue
            subject = Subject("process_step", node.node, node.name) if node.node else None
            found.append(
                Finding(
                    5,
                    "balance_not_closed",
                    SUSPICIOUS,
                    subject,
                    {"balance": group, "closure": node.closure_pct, "tolerance": tolerance},
                )
            )
        if report.reconciliation is None:
            continue
        result = report.reconciliation.result
        flagged = [e.stream_id for e in result.streams if e.gross_error]
        if result.suspect and result.suspect not in flagged:
            flagged.append(result.suspect)
        names = report.reconciliation.names
        for code, stream_ids in (
            ("reading_flagged", flagged),
            ("reading_suspected", result.suspected),
            ("flow_at_bound", result.at_bound),
        ):
            for stream_id in stream_ids:
                subject = Subject("stream", stream_id, names.get(stream_id, stream_id))
                found.append(Finding(5, code, SUSPICIOUS, subject, {"balance": group}))
        elimination = result.elimination
        if elimination is not None and elimination.stopped == "indistinguishable":
            tied = ", ".join(names.get(s, s) for s in elimination.undecided)
            params = {"balance": group, "streams": tied}
            found.append(Finding(5, "readings_indistinguishable", SUSPICIOUS, None, params))
    return found


# --------------------------------------------------------------------------- progress

#: The tasks whose checks compute (the balances, the options' CO2), see :func:`findings`.
_COMPUTED_CHECKS = frozenset({5, 12})


def progress(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    balances_too: bool = True,
    detail: AssessmentDetail | None = None,
    co2_too: bool | None = None,
) -> Progress:
    """Each task's recorded status and findings, and per step how many tasks count as done
    (``detail``, ``co2_too``: as for :func:`findings`)."""
    statuses = {t.task_no: t.status for t in workbench_queries.task_progress(db, assessment_id)}
    found = findings(db, assessment_id, balances_too=balances_too, detail=detail, co2_too=co2_too)
    return core.progress(statuses, found)


def task_counts(db: Database, assessment_ids: Iterable[uuid.UUID | str]) -> dict[uuid.UUID, TaskCount]:
    """Per assessment, its tasks done as the guide and the workbench's header count them, and
    those marked done: the count the lists, the reports and the command line show.

    The balances are not computed: their checks warn and never block a task
    (:func:`balance_findings` gives only suspicious findings), so the count is the one
    :func:`progress` gives with them, at a fraction of the time. The options' CO2 is: an
    option whose CO2 cannot be computed blocks task 12. What the checks read is read for
    500 assessments at once (:mod:`~cpdesk.services.assessment.check_inputs`: a fixed
    number of statements, and memory that does not grow with the list), then each is
    examined as :func:`progress` examines one.
    """
    counts = {}
    with reading(db):  # one snapshot for all of them
        for chunk in workbench_queries.chunks(list(assessment_ids)):
            for assessment_id, read in check_inputs.for_assessments(db, chunk).items():
                statuses = {t.task_no: t.status for t in read.detail.tasks}
                found = examine(read.detail, read.caused, read.technical_notes, co2_gaps=read.co2_gaps)
                counts[assessment_id] = core.progress(statuses, found).count
    return counts


def task_state(db: Database, assessment_id: uuid.UUID | str, task_no: int) -> TaskState:
    """One task's status and findings (the computed checks only for the tasks they belong to:
    the balances' for task 5, the options' CO2 for task 12)."""
    if task_no not in core.TASK_STEP:
        raise ValidationError("task_progress", "task_no", task_no, msg("task.number_range"))
    return progress(db, assessment_id, balances_too=task_no in _COMPUTED_CHECKS).task(task_no)


def mark_done(db: Database, assessment_id: uuid.UUID | str, task_no: int, *, lang: str = "en") -> TaskState:
    """Mark a task done, refused with the reasons (:class:`TaskNotDone`) while checks block it."""
    state = task_state(db, assessment_id, task_no)
    if state.blocking:
        raise TaskNotDone(task_no, state.blocking, lang)
    assessments.set_task_status(db, assessment_id, task_no, TaskStatus.DONE)
    return task_state(db, assessment_id, task_no)


# --------------------------------------------------------------------------- local settings


def closure_tolerance(db: Database, group: str) -> float:
    """The closure tolerance (%) of the water or energy balance on this installation."""
    if group not in core_balance.GROUPS:
        raise ValidationError("guidance", "balance", group, msg("balance.choose_group"))
    with reading(db) as session:
        row = session.get(LocalSetting, _TOLERANCE_KEY.format(group=group))
        try:
            return float(row.value) if row is not None else core.DEFAULT_CLOSURE_TOLERANCE_PCT
        except ValueError:
            return core.DEFAULT_CLOSURE_TOLERANCE_PCT


def set_closure_tolerance(db: Database, group: str, tolerance_pct: float) -> None:
    """Set the closure tolerance (%, 0 to 100) of the water or energy balance."""
    if group not in core_balance.GROUPS:
        raise ValidationError("guidance", "balance", group, msg("balance.choose_group"))
    if not isinstance(tolerance_pct, int | float) or not 0 <= tolerance_pct <= 100:
        raise ValidationError("guidance", "closure_tolerance", tolerance_pct, msg("value.percentage"))
    _put(db, _TOLERANCE_KEY.format(group=group), repr(float(tolerance_pct)))


def guided_mode(db: Database, assessment_id: uuid.UUID | str) -> bool | None:
    """Is guided mode on for this assessment here (None: never chosen)?"""
    with reading(db) as session:
        row = session.get(LocalSetting, _GUIDED_KEY.format(assessment=lookup.as_uuid("assessment", assessment_id)))
        return None if row is None else row.value == "1"


def set_guided_mode(db: Database, assessment_id: uuid.UUID | str, on: bool) -> None:
    """Remember guided mode on or off for this assessment; a local setting, never synced."""
    _put(db, _GUIDED_KEY.format(assessment=lookup.as_uuid("assessment", assessment_id)), "1" if on else "0")


def _put(db: Database, key: str, value: str) -> None:
    with unit_of_work(db) as session:
        row = session.get(LocalSetting, key)
        if row is None:
            session.add(LocalSetting(key=key, value=value))
        else:
            row.value = value
