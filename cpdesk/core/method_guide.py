"""The method's guide for trainees: what each of the 18 tasks is for, and its worksheet.

Task titles and worksheet names come with the methodology reference data
(``resources/reference``); the guide adds, per task, a short explanation of its purpose and
the items its worksheet asks for (both in the catalogue of labels, kinds "TaskPurpose" and
"WorksheetItem" of :mod:`cpdesk.core.labels.task_guides`), and the workbench section where the
task is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpdesk.core import labels
from cpdesk.core.guidance import TASK_STEP


@dataclass(frozen=True)
class TaskGuide:
    """One task: its purpose and worksheet items in vi and en, and where it is done."""

    task_no: int
    section: str
    purpose: dict[str, str]
    worksheet: tuple[dict[str, str], ...]

    @property
    def step_no(self) -> int:
        return TASK_STEP[self.task_no]

    def items(self, lang: str) -> list[str]:
        """The worksheet's items in ``lang``."""
        return [item[lang] for item in self.worksheet]


#: The workspace section where each task is done.
TASK_SECTIONS: dict[int, str] = {
    1: "team",
    2: "process_steps",
    3: "process_steps",
    4: "flow_chart",
    5: "balances",
    6: "waste_costs",
    7: "waste_costs",
    8: "options",
    9: "options",
    10: "options",
    11: "options",
    12: "options",
    13: "options",
    14: "implementation",
    15: "implementation",
    16: "implementation",
    17: "verification",
    18: "overview",
}


def _guide(task_no: int) -> TaskGuide:
    purpose = labels.text("TaskPurpose", str(task_no))
    items = labels.labels_of("WorksheetItem")
    prefix = f"{task_no}."
    return TaskGuide(
        task_no,
        TASK_SECTIONS[task_no],
        {"vi": purpose.vi, "en": purpose.en},
        tuple({"vi": t.vi, "en": t.en} for code, t in items.items() if code.startswith(prefix)),
    )


GUIDES: tuple[TaskGuide, ...] = tuple(_guide(n) for n in TASK_SECTIONS)

_BY_TASK = {g.task_no: g for g in GUIDES}


def guide(task_no: int) -> TaskGuide:
    """The guide of task ``task_no`` (1 to 18)."""
    try:
        return _BY_TASK[task_no]
    except KeyError:
        raise ValueError(f"no task {task_no}: tasks are numbered 1 to 18") from None
