"""`cpdesk calc option OPTION`: an option's savings calculation recomputed from its assessment.

The command recomputes and keeps (:func:`cpdesk.services.assessment.calculations.recompute_option`,
one unit of work, the same edit as the workbench's), then prints the calculation: each input
with its value, unit and source (typed, or the assessment's figure it follows), the outputs,
the saving and the annual savings, whether the result is stale, and the notice of what
changed. JSON as documented in docs/cli-json.md.
"""

from __future__ import annotations

from typing import Any

from cpdesk.cli.output import emit_json, render_table


def figure(value: float, lang: str) -> str:
    """A result to four significant figures, in ``lang``'s notation."""
    from cpdesk.core.numbers import format_significant

    return format_significant(value, lang)


def _source(key: str, described: dict[str, Any], lang: str) -> str:
    """What an input's source is (a logger series' figure, a stream's pressure ...) with its
    key, or the key alone when the figure is gone."""
    from cpdesk.core.messages import render

    said = described.get(key)
    return key if said is None else f"{render(said, lang)} ({key})"


def show_option(db: Any, key: str, lang: str, as_json: bool, bill: float | None = None) -> int:
    """Recompute the calculation of option ``key`` and print it (with ``bill``, a power factor
    correction keeps the charge it avoids on that active energy bill a year, which fills the
    option's annual savings; a bill kept before is shown again without it)."""
    from cpdesk.cli.output import UsageError
    from cpdesk.core import labels
    from cpdesk.core.messages import Figure, msg, render
    from cpdesk.services.assessment import calculations
    from cpdesk.services.assessment.calculation_sources import describe_option_sources
    from cpdesk.services.assessment.power_factor_charges import POWER_FACTOR, power_factor_charge

    try:
        option_id = calculations.find_option(db, key)
        kept = calculations.option_calculation(db, option_id).current
        if bill is not None and (kept is None or kept.calculator != POWER_FACTOR):
            raise UsageError(msg("cli.calc.bill_usage"))
        calc, changed = calculations.recompute_option(db, option_id, bill=bill)
        about = calculations.option_calculation(db, option_id)
        sources = [given.source for given in calc.inputs.values() if given.from_assessment]
        described = describe_option_sources(db, option_id, sources)
        priced_by = calculations.describe_price(db, option_id, calc.price_source)
        bill = calc.charge.bill if calc.charge is not None else bill
        charge = None if bill is None else power_factor_charge(db, option_id, calc, bill)
    finally:
        db.close()

    def label(kind: str, code: str) -> str:
        return labels.label_or_code(kind, code, lang)

    notice = None if changed is None else render(changed.notice, lang)
    if as_json:
        emit_json(
            {
                "option": {"id": str(about.option_id), "code": about.code, "title": about.title},
                "calculator": calc.calculator,
                "title": label("Calculator", calc.calculator),
                "method": label("CalculatorMethod", calc.calculator),
                "computed_at": calc.computed_at.isoformat(),
                "recomputed": changed is not None,
                "notice": notice,
                "stale": list(calc.stale),
                "savings_basis": about.savings_basis,
                "inputs": {
                    name: {
                        "value": given.value,
                        "unit": given.unit,
                        "source": given.source,
                        "label": labels.field_label("calculator", name, lang),
                    }
                    for name, given in calc.inputs.items()
                },
                "outputs": [
                    {
                        "name": out.name,
                        "label": label("CalculatorOutput", out.name),
                        "value": out.value,
                        "unit": out.unit,
                    }
                    for out in calc.outputs
                ],
                "fuel": calc.fuel,
                "saving": None
                if calc.saving is None
                else {
                    "output": calc.saving.output,
                    "carrier": calc.saving.carrier,
                    "quantity": calc.saving.quantity,
                    "unit": calc.saving.unit,
                },
                "also_saves": [
                    {"output": s.output, "carrier": s.carrier, "quantity": s.quantity, "unit": s.unit}
                    for s in calc.also
                ],
                "price": calc.price,
                "price_source": calc.price_source,
                "price_source_label": None if priced_by is None else render(priced_by, lang),
                "source_labels": {key: None if said is None else render(said, lang) for key, said in described.items()},
                "annual_savings": calc.annual_savings,
                "currency": about.currency,
                "power_factor_charge": None
                if charge is None
                else {
                    "share_before": charge.share_before,
                    "share_after": charge.share_after,
                    "charge_before": charge.charge_before,
                    "charge_after": charge.charge_after,
                    "avoided": charge.avoided,
                    "factor_set": charge.factor_set,
                    "source": charge.source,
                },
            }
        )
        return 0
    print(f"{about.code} {about.title}")
    print(label("Calculator", calc.calculator))
    print(label("CalculatorMethod", calc.calculator))
    if notice:
        print(notice)
    heading = [label("CalculatorHeading", code) for code in ("input", "value", "unit", "result")]
    stale = set(calc.stale)
    rows = [
        (
            labels.field_label("calculator", name, lang) + (" (!)" if name in stale else ""),
            figure(given.value, lang),
            given.unit,
            label("SavingsBasis", "typed") if not given.from_assessment else _source(given.source, described, lang),
        )
        for name, given in calc.inputs.items()
    ]
    print()
    print(render_table([*heading[:3], ""], rows))
    print()
    outputs = [(label("CalculatorOutput", out.name), figure(out.value, lang), out.unit) for out in calc.outputs]
    if calc.annual_savings is not None:
        outputs.append(
            (labels.field_label("cp_option", "annual_savings", lang), figure(calc.annual_savings, lang), about.currency)
        )
    print(render_table([heading[3], *heading[1:3]], outputs))
    if calc.price is not None and calc.saving is not None:
        where = label("SavingsBasis", "typed") if priced_by is None else render(priced_by, lang)
        print()
        print(f"{figure(calc.price, lang)} {about.currency}/{calc.saving.unit} ({where})")
    if bill is not None:
        print()
        if charge is None:
            print(render(msg("cli.calc.pf_no_rule"), lang))
        else:
            said = msg(
                "cli.calc.pf_charge",
                avoided=Figure(charge.avoided, 0),
                currency=about.currency,
                before=Figure(charge.share_before, 2),
                after=Figure(charge.share_after, 2),
                factor_set=charge.factor_set,
                source=charge.source,
            )
            print(render(said, lang))
    return 0
