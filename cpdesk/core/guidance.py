"""What a trainee's assessment still lacks: findings, their texts in vi and en, and progress.

The checks themselves read the store and live in :mod:`cpdesk.services.assessment.guidance`; this module
holds what is pure: the kinds of finding, the balance closure test, and how findings and the
recorded task statuses add up to the progress of each task and each of the six steps. The
text of each check, in Vietnamese and English, is in the catalogue of labels (kind "Finding"
of :mod:`cpdesk.core.labels`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cpdesk.core import labels
from cpdesk.core.messages import Message
from cpdesk.core.vocabulary import TaskStatus

LANGS = ("vi", "en")

#: The six steps of the method and their tasks (methodology: 6 steps, 18 tasks).
STEP_TASKS: dict[int, tuple[int, ...]] = {
    1: (1, 2, 3),
    2: (4, 5, 6, 7),
    3: (8, 9),
    4: (10, 11, 12, 13),
    5: (14, 15, 16),
    6: (17, 18),
}
TASK_STEP: dict[int, int] = {task: step for step, tasks in STEP_TASKS.items() for task in tasks}

#: Unaccounted share of the inputs (%) beyond which a step's or the plant's balance is
#: flagged, whatever the reconciliation's chi-square test says. A local setting overrides it
#: per balance (water, energy): the threshold is the auditor's judgement of a measuring
#: campaign, not a property of a fuel or a grid, so it has no place in the factor sets.
DEFAULT_CLOSURE_TOLERANCE_PCT = 10.0


class Severity(StrEnum):
    """How much a finding weighs: a missing item blocks the task, a suspicious one warns."""

    MISSING = "missing"
    SUSPICIOUS = "suspicious"


@dataclass(frozen=True)
class Subject:
    """The record a finding is about: its entity (as the editing service names it), id and name."""

    entity: str
    id: str | None
    name: str


@dataclass(frozen=True)
class Finding:
    """One thing a check found: which task, which check, how serious, about what."""

    task_no: int
    code: str
    severity: Severity
    subject: Subject | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        """Does this finding keep its task from counting as done?"""
        return self.severity == Severity.MISSING

    def message(self, lang: str) -> str:
        """The finding as one sentence in ``lang`` (vi or en)."""
        return message(self.code, lang, self.params, self.subject)


def message(code: str, lang: str, params: Mapping[str, Any] | None = None, subject: Subject | None = None) -> str:
    """The text of check ``code`` in ``lang`` (kind "Finding" of :mod:`cpdesk.core.labels`),
    its placeholders filled."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected vi or en")
    # a reason given as a message (why a balance was not computed) is said in ``lang`` too
    values: dict[str, Any] = {k: v.text(lang) if isinstance(v, Message) else v for k, v in (params or {}).items()}
    if subject is not None:
        values.setdefault("name", subject.name)
    if values.get("balance") is not None:
        values["balance"] = labels.label_or_code("Balance", values["balance"], lang)
    if values.get("name") is None and "balance" in values:
        values["name"] = labels.label("Boundary", "plant", lang)
    if values.get("carrier") is not None:  # a fuel a saving names (its CO2 not computed)
        values["carrier"] = labels.label_or_code("Carrier", values["carrier"], lang)
    for key in ("closure", "tolerance"):
        if isinstance(values.get(key), float):
            text = f"{values[key]:.1f}"
            values[key] = text.replace(".", ",") if lang == "vi" else text
    for key in ("pressure", "temperature", "saturation", "difference"):  # a steam or water state
        if isinstance(values.get(key), int | float):
            text = f"{values[key]:g}"
            values[key] = text.replace(".", ",") if lang == "vi" else text
    return labels.label("Finding", code, lang).format(**values)


def closure_exceeds(closure_pct: float | None, tolerance_pct: float) -> bool:
    """Does a balance whose closure is ``closure_pct`` close worse than the tolerance?

    The closure is the unaccounted share of the inputs; a negative one (more out than in) is
    as wrong as a positive one. A balance with no inputs has no closure and is not judged here
    (its unmeasured streams are a finding of their own).
    """
    if tolerance_pct < 0:
        raise ValueError("a tolerance is a share of the inputs, 0 % or more")
    return closure_pct is not None and abs(closure_pct) > tolerance_pct


# --------------------------------------------------------------------------- progress


@dataclass(frozen=True)
class TaskState:
    """A task: its recorded status, its findings, and whether it counts as done."""

    task_no: int
    step_no: int
    status: TaskStatus
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    @property
    def marked_done(self) -> bool:
        return self.status == TaskStatus.DONE

    @property
    def done(self) -> bool:
        """Marked done and no blocking check fails."""
        return self.marked_done and not self.blocking


@dataclass(frozen=True)
class StepState:
    """One of the six steps: how many of its tasks count as done."""

    step_no: int
    done: int
    total: int


@dataclass(frozen=True)
class TaskCount:
    """How many of the 18 tasks count as done, as the guide counts them (marked done, and no
    blocking check fails), and how many are marked done: the one count every screen, list,
    report and command shows."""

    done: int
    marked_done: int
    total: int = len(TASK_STEP)

    def text(self, lang: str) -> str:
        """``10/18``, and the tasks marked done whose checks still fail when there are any:
        ``10/18 (3 more marked done, with checks still open)``, in the workbench header's words."""
        shown = f"{self.done}/{self.total}"
        failing = self.marked_done - self.done
        if failing > 0:
            shown += " (" + labels.label("TaskCount", "marked_open", lang).format(count=failing) + ")"
        return shown


@dataclass(frozen=True)
class Progress:
    """Where an assessment stands: per task, per step, and the findings behind it."""

    tasks: tuple[TaskState, ...]
    steps: tuple[StepState, ...]

    @property
    def done(self) -> int:
        return sum(1 for t in self.tasks if t.done)

    @property
    def marked_done(self) -> int:
        return sum(1 for t in self.tasks if t.marked_done)

    @property
    def count(self) -> TaskCount:
        return TaskCount(self.done, self.marked_done, len(self.tasks))

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for t in self.tasks for f in t.findings)

    def task(self, task_no: int) -> TaskState:
        return next(t for t in self.tasks if t.task_no == task_no)


def progress(statuses: Mapping[int, TaskStatus], findings: Iterable[Finding]) -> Progress:
    """Combine the recorded statuses (tasks not listed: not started) with the findings."""
    by_task: dict[int, list[Finding]] = {n: [] for n in TASK_STEP}
    for f in findings:
        by_task[f.task_no].append(f)
    tasks = tuple(
        TaskState(n, TASK_STEP[n], statuses.get(n, TaskStatus.NOT_STARTED), tuple(by_task[n]))
        for n in sorted(TASK_STEP)
    )
    steps = tuple(
        StepState(step, sum(1 for t in tasks if t.step_no == step and t.done), len(numbers))
        for step, numbers in STEP_TASKS.items()
    )
    return Progress(tasks, steps)


def summary(findings: Sequence[Finding], lang: str, limit: int = 3) -> str:
    """A short text of a task's findings: the first few messages and how many more."""
    texts = [f.message(lang) for f in findings[:limit]]
    rest = len(findings) - limit
    if rest > 0:
        texts.append(f"(+{rest} nữa)" if lang == "vi" else f"(+{rest} more)")
    return " ".join(texts)
