"""The CP assessment method as the reference data gives it: 6 steps and 18 tasks numbered
through, each task with its worksheet and the cpdesk section that records it
(``resources/reference/methodology.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cpdesk.core.reference.files import REFERENCE_DIR, Text, _check_numbered, _Doc, _read_json


class _Titled:
    """The title of a step or task in either language."""

    title: Text

    @property
    def title_vi(self) -> str:
        return self.title.vi

    @property
    def title_en(self) -> str:
        return self.title.en


@dataclass(frozen=True)
class Task(_Titled):
    """One of the 18 tasks: its worksheet and the cpdesk section that records it."""

    number: int
    step: int
    title: Text
    worksheet: Text
    section: str


@dataclass(frozen=True)
class Step(_Titled):
    """One of the 6 steps and its tasks."""

    number: int
    title: Text
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Methodology:
    """The CP assessment method: 6 steps, 18 tasks numbered through."""

    source: str
    version: str
    steps: tuple[Step, ...]

    @property
    def tasks(self) -> tuple[Task, ...]:
        """All tasks in order."""
        return tuple(task for step in self.steps for task in step.tasks)

    def step(self, number: int) -> Step:
        """Step ``number`` (1..6); ValueError if there is none."""
        for step in self.steps:
            if step.number == number:
                return step
        raise ValueError(f"the methodology has no step {number}")

    def task(self, number: int) -> Task:
        """Task ``number`` (1..18); ValueError if there is none."""
        for task in self.tasks:
            if task.number == number:
                return task
        raise ValueError(f"the methodology has no task {number}")

    def task_for_section(self, section: str) -> Task:
        """The task recorded in cpdesk section ``section``; ValueError if none is."""
        for task in self.tasks:
            if task.section == section:
                return task
        raise ValueError(f"no task of the methodology is recorded in section {section!r}")


@cache
def methodology() -> Methodology:
    """The 6 steps and 18 tasks, from ``reference/methodology.json``."""
    file, data = _read_json(REFERENCE_DIR, "methodology.json")
    doc = _Doc(file)
    source, version = doc.header(data)
    steps: list[Step] = []
    for i, raw_step in enumerate(doc.array(data, "steps")):
        where = f"steps[{i}]"
        number = doc.integer(raw_step, "number", where)
        tasks = []
        for j, raw_task in enumerate(doc.array(raw_step, "tasks", where)):
            twhere = f"{where}.tasks[{j}]"
            tasks.append(
                Task(
                    number=doc.integer(raw_task, "number", twhere),
                    step=number,
                    title=doc.text(raw_task, "title", twhere),
                    worksheet=doc.text(raw_task, "worksheet", twhere),
                    section=doc.code(raw_task, "section", twhere),
                )
            )
        title = doc.text(raw_step, "title", where)
        steps.append(Step(number=number, title=title, tasks=tuple(tasks)))
    result = Methodology(source=source, version=version, steps=tuple(steps))
    _check_numbered(doc, "steps", [s.number for s in result.steps])
    _check_numbered(doc, "steps[*].tasks", [t.number for t in result.tasks])
    sections = [t.section for t in result.tasks]
    for section in sections:
        if sections.count(section) > 1:
            raise doc.error("steps[*].tasks[*].section", "section_two_tasks", got=repr(section))
    return result
