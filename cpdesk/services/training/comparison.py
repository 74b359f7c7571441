"""A practical module's comparison: the trainees' results beside the trainer's reference.

Every figure comes from the services the workbench shows (balances, option appraisal, the
task guidance), so
the comparison, the screen and the PDF never disagree with the assessments themselves.
Streams are matched as :mod:`cpdesk.services.training.practical` describes: a copied stream through
its derived id, a stream a trainee drew himself by its steps and name.
"""

from __future__ import annotations

import uuid
from collections import Counter

from cpdesk.core import balance as core_balance
from cpdesk.core.comparison import Flow, ResultFigures, Tolerances, compare, plant_totals, stream_key
from cpdesk.core.errors import CpdeskError
from cpdesk.core.practical import ModuleComparison, ModuleRow
from cpdesk.services import lookup
from cpdesk.services.assessment import guidance
from cpdesk.services.assessment.appraisal import appraise_options
from cpdesk.services.assessment.balances import assessment_balance
from cpdesk.services.training import practical
from cpdesk.services.uow import reading
from cpdesk.store.database import Database


def compare_module(
    db: Database,
    module_id: uuid.UUID | str,
    *,
    tolerances: Tolerances | None = None,
    returned_only: bool = False,
) -> ModuleComparison:
    """The reference and every trainee (or only those whose results came back)."""
    module = practical.get_module(db, module_id)
    trainees = tuple(a for a in module.assignments if a.returned_at is not None or not returned_only)
    notes: list[str] = []
    reference, ref_keys = _figures(db, module, module.reference_assessment_id, "Reference", None, {}, notes)
    results = [_figures(db, module, a.assessment_id, a.trainee_name, a.id, ref_keys, notes)[0] for a in trainees]
    return ModuleComparison(module, trainees, compare(reference, results, tolerances), tuple(notes))


def _figures(
    db: Database,
    module: ModuleRow,
    assessment_id: uuid.UUID,
    label: str,
    assignment_id: uuid.UUID | None,
    reference_keys: dict[str, str],
    notes: list[str],
) -> tuple[ResultFigures, dict[str, str]]:
    """One assessment's figures; also, for the reference, its streams' keys by step+name."""
    closures: dict[tuple[str, str], float | None] = {}
    flows: dict[tuple[str, str], Flow] = {}
    own_keys: dict[str, str] = {}
    # a copied stream's id -> the reference stream it was copied from (the derived-id link)
    links = (
        {str(practical.copy_id(assignment_id, uuid.UUID(r))): r for r in reference_keys.values()}
        if assignment_id is not None
        else {}
    )
    for group in core_balance.GROUPS:
        try:
            measured = assessment_balance(db, assessment_id, group).measured
        except CpdeskError as exc:
            notes.append(f"{label}: {exc}")
            continue
        if measured.plant.inputs or measured.plant.outputs:  # an assessment without this balance has no row
            closures[(group, "")] = measured.plant.closure_pct
        steps = {n.node: n.name for n in measured.nodes if n.node}
        for node in measured.nodes:
            if node.node and (node.inputs or node.outputs):
                closures[(group, node.name)] = node.closure_pct
        for s in measured.streams:
            named = stream_key(steps.get(s.source or ""), steps.get(s.target or ""), s.name)
            if assignment_id is None:
                key = s.id
                own_keys[named] = s.id
            else:
                key = links.get(s.id) or reference_keys.get(named, named)
            flows[(group, key)] = Flow(s.name, measured.unit, s.value)
    appraisals = appraise_options(db, assessment_id)
    options = Counter(a.option.category.value for a in appraisals)
    economics = (
        plant_totals(
            [(a.option.investment, a.option.annual_savings, a.option.annual_extra_costs) for a in appraisals],
            [a.economics.npv for a in appraisals],
        )
        if appraisals
        else {}
    )
    with reading(db) as session:
        currency = lookup.assessment(session, assessment_id).currency
    # A task counts as done when it is marked done and none of its checks blocks it (the
    # guidance the workbench shows); the balance checks only warn, so they are skipped here.
    # The options' CO2 is checked, as the lists check it: an option whose CO2 cannot be
    # counted keeps task 12 open.
    states = guidance.progress(db, assessment_id, balances_too=False, co2_too=True).tasks
    done = {t.task_no: t.done for t in states if t.task_no in module.tasks_required}
    tasks = {number: done.get(number, False) for number in module.tasks_required}
    return ResultFigures(label, closures, flows, dict(options), economics, tasks, currency), own_keys
