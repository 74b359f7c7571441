"""How `cpdesk mv` prints a baseline model and a reporting period's savings, as text in the
user's notation and language or as the JSON of docs/cli-json.md; shared by the table forms
(:mod:`cpdesk.cli.mv_commands`) and the assessment forms (:mod:`cpdesk.cli.mv_assessment`).
"""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING

from cpdesk.cli.output import render_table

if TYPE_CHECKING:
    from cpdesk.core.mv.baseline import BaselineModel
    from cpdesk.core.mv.savings import Savings
    from cpdesk.core.mv.table import PeriodTable


def heading(code: str, lang: str) -> str:
    from cpdesk.core import labels

    return labels.label_or_code("MvHeading", code, lang)


def figure(value: float | None, lang: str, digits: int = 4) -> str:
    """``value`` to ``digits`` significant figures in ``lang``'s notation; "-" when unknown."""
    from cpdesk.core.numbers import format_number

    if value is None or not math.isfinite(value):
        return "-"
    if abs(value) < 1e-9:  # a sum of residuals that is zero but for rounding
        return "0"
    decimals = min(6, max(0, digits - 1 - math.floor(math.log10(abs(round(value, 12))))))
    return format_number(round(value, decimals), lang, decimals=decimals)


def plain(value: float, lang: str) -> str:
    """A limit as it is written (15, not 15,00)."""
    from cpdesk.core.numbers import format_number

    return format_number(value, lang)


def p_value(value: float, lang: str) -> str:
    from cpdesk.core.numbers import format_number

    if math.isnan(value):
        return "-"
    return "< " + format_number(0.001, lang, decimals=3) if value < 0.001 else format_number(value, lang, decimals=3)


def print_model(model: BaselineModel, args: argparse.Namespace, lang: str) -> None:
    from cpdesk.core.messages import render, say
    from cpdesk.core.mv.baseline import BASE_LOAD

    drivers = ", ".join(model.drivers) or "-"
    print(f"{args.consumption} ~ {drivers}  (n = {model.periods}, {model.criteria.interval})")
    heads = [heading(code, lang) for code in ("term", "estimate", "std_error", "t", "p")]
    rows = [
        (
            heading(BASE_LOAD, lang) if c.name == BASE_LOAD else c.name,
            figure(c.value, lang),
            figure(c.std_error, lang),
            figure(c.t, lang, 3),
            p_value(c.p, lang),
        )
        for c in model.coefficients
    ]
    print(render_table(heads, rows))
    print()
    crit = model.criteria
    stats = [
        (heading("r_squared", lang), figure(model.r_squared, lang, 3), ""),
        (heading("cv_rmse", lang), figure(model.cv_rmse, lang, 3), "≤ " + plain(crit.cv_rmse_max, lang)),
        (heading("nmbe", lang), figure(model.nmbe, lang, 3), "± " + plain(crit.nmbe_max, lang)),
        (heading("durbin_watson", lang), figure(model.durbin_watson, lang, 3), ""),
        (heading("autocorrelation", lang), figure(model.autocorrelation, lang, 3), ""),
    ]
    print(render_table([heading(code, lang) for code in ("statistic", "value", "limit")], stats))
    verdict = heading("yes" if model.meets_criteria else "no", lang)
    print(f"{heading('meets', lang)}: {verdict} ({say(crit.source, lang)})")
    for warning in model.warnings:
        print(f"{heading('warning', lang)}: {render(warning, lang)}")


def print_savings(result: Savings, table: PeriodTable, lang: str) -> None:
    codes = ("period", "adjusted_baseline", "actual", "avoided", "cumulative", "cusum", "enpi")
    rows = [
        (
            table.names[i],
            figure(result.adjusted_baseline[i], lang),
            figure(result.actual[i], lang),
            figure(result.avoided[i], lang),
            figure(result.cumulative[i], lang),
            figure(result.cusum[i], lang),
            figure(result.enpi[i], lang, 3),
        )
        for i in range(len(result.actual))
    ]
    print(render_table([heading(code, lang) for code in codes], rows))
    print()
    print(f"{heading('total_savings', lang)}: {figure(result.total_avoided, lang)}")
    print(f"{heading('savings_fraction', lang)}: {figure(100 * result.fraction, lang, 3)} %")
    print(f"{heading('enpi', lang)}: {figure(result.enpi_total, lang, 3)}")
    for u in result.uncertainty:
        said = heading("demonstrated" if u.demonstrated else "not_demonstrated", lang)
        level = f"{plain(100 * u.confidence, lang)} %"
        fraction = f"{figure(100 * u.fractional, lang, 3)} %" if math.isfinite(u.fractional) else "-"
        print(
            f"{heading('uncertainty', lang)} ({heading('confidence', lang)} {level}): ± {figure(u.absolute, lang)}"
            f" ({heading('fractional', lang)} {fraction}): {said}"
        )


def finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def model_json(model: BaselineModel, args: argparse.Namespace, lang: str) -> dict[str, object]:
    from cpdesk.core.messages import render, say

    crit = model.criteria
    return {
        "consumption": args.consumption,
        "drivers": list(model.drivers),
        "interval": crit.interval,
        "periods": model.periods,
        "coefficients": [
            {"name": c.name, "value": c.value, "std_error": c.std_error, "t": finite(c.t), "p": finite(c.p)}
            for c in model.coefficients
        ],
        "r_squared": model.r_squared,
        "rmse": model.rmse,
        "cv_rmse_pct": model.cv_rmse,
        "nmbe_pct": model.nmbe,
        "durbin_watson": model.durbin_watson,
        "autocorrelation": model.autocorrelation,
        "criteria": {
            "cv_rmse_max_pct": crit.cv_rmse_max,
            "nmbe_max_pct": crit.nmbe_max,
            "source": say(crit.source, lang),
        },
        "meets_criteria": model.meets_criteria,
        "warnings": [{"code": w.code, "text": render(w, lang)} for w in model.warnings],
    }


def savings_json(result: Savings, table: PeriodTable) -> dict[str, object]:
    return {
        "periods": [
            {
                "period": table.names[i],
                "adjusted_baseline": result.adjusted_baseline[i],
                "actual": result.actual[i],
                "avoided": result.avoided[i],
                "cumulative": result.cumulative[i],
                "cusum": result.cusum[i],
                "enpi": result.enpi[i],
            }
            for i in range(len(result.actual))
        ],
        "total_adjusted_baseline": result.total_adjusted_baseline,
        "total_actual": result.total_actual,
        "total_avoided": result.total_avoided,
        "savings_fraction": finite(result.fraction),
        "enpi_total": finite(result.enpi_total),
        "specific_actual": result.specific_actual,
        "specific_expected": result.specific_expected,
        "effective_periods": result.effective_periods,
        "uncertainty": [
            {
                "confidence": u.confidence,
                "t": u.t,
                "absolute": u.absolute,
                "fractional": finite(u.fractional),
                "demonstrated": u.demonstrated,
            }
            for u in result.uncertainty
        ],
    }
