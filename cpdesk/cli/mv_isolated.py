"""`cpdesk mv from-series` and `cpdesk mv isolated`: period readings made from a logger
series, and one measure isolated (IPMVP option B) from an assessment's period readings.

- ``mv from-series SERIES --variable V --from DATE --to DATE [--grain day|week|month]
  [--statistic amount|mean|cdd] [--base °C] [--json]``: the series' readings summed (a rate
  into its amount), averaged, or made into cooling degree-days, per period, stored in its
  assessment; the periods the logger covered too little of are named;
- ``mv isolated ASSESSMENT --use V --load V --changed-on DATE [--record-for OPTION --carrier
  C] [--json]``: the use per unit of load before and after, the saving with its uncertainty
  at 68 % and 90 %, optionally recorded on an option.

Dates and figures in the user's notation; the JSON is in docs/cli-json.md.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from cpdesk.cli.output import UsageError, chosen_lang, emit_json


def _day(text: str, option: str, lang: str) -> date:
    from cpdesk.core.dates import DateFormatError, parse_date

    try:
        return parse_date(text, lang)
    except DateFormatError as error:
        raise UsageError(error.sentence(option)) from None


def from_series(args: argparse.Namespace, open_db: Any) -> int:
    """`mv from-series`."""
    from cpdesk.cli.mv_output import figure
    from cpdesk.core.dates import format_date
    from cpdesk.services.assessment.period_series import periods_from_series

    lang = chosen_lang(args)
    first, last = _day(args.first, "--from", lang), _day(args.last, "--to", lang)
    db = open_db(args)
    try:
        made = periods_from_series(
            db,
            args.series,
            variable=args.variable,
            first_day=first,
            last_day=last,
            grain=args.grain,
            statistic=args.statistic,
            base_c=args.base,
        )
    finally:
        db.close()
    if args.json:
        emit_json(
            {
                "stored": [
                    {
                        "start": r.period_start.isoformat(),
                        "end": r.period_end.isoformat(),
                        "value": r.value,
                        "unit": r.unit,
                    }
                    for r in made.stored
                ],
                "left_out": [
                    {"start": s.isoformat(), "end": e.isoformat(), "covered": covered}
                    for s, e, covered in made.left_out
                ],
            }
        )
        return 0
    for r in made.stored:
        span = f"{format_date(r.period_start, lang)} – {format_date(r.period_end, lang)}"
        print(f"{span}  {figure(r.value, lang, 6)} {r.unit}")
    for s, e, covered in made.left_out:
        print(f"- {format_date(s, lang)} – {format_date(e, lang)}: {figure(100 * covered, lang, 3)} %")
    return 0


def isolated(args: argparse.Namespace, open_db: Any) -> int:
    """`mv isolated`."""
    from cpdesk.cli.mv_output import figure, heading
    from cpdesk.core.messages import msg, render
    from cpdesk.services.assessment.isolated import record_isolated_saving, verify_isolated

    lang = chosen_lang(args)
    changed = _day(args.changed_on, "--changed-on", lang)
    if bool(args.record_for) != bool(args.carrier):
        raise UsageError(msg("mv.record_for_needs_carrier"))
    db = open_db(args)
    try:
        found = verify_isolated(db, args.assessment, use=args.use, load=args.load, changed_on=changed)
        recorded = record_isolated_saving(db, args.record_for, found, carrier=args.carrier) if args.record_for else None
    finally:
        db.close()
    s = found.saving
    bounds = [
        {"confidence": b.confidence, "t": b.t, "per_load": b.per_load, "total": b.total, "demonstrated": b.demonstrated}
        for b in s.uncertainty
    ]
    if args.json:
        emit_json(
            {
                "use": found.use,
                "load": found.load,
                "unit": found.unit,
                "load_unit": found.before.driver_units.get(found.load, ""),
                "changed_on": changed.isoformat(),
                "periods_before": len(found.before),
                "periods_after": len(found.after),
                "specific_before": s.specific_before,
                "specific_after": s.specific_after,
                "saving_per_load": s.saving_per_load,
                "standard_error": s.standard_error,
                "degrees_of_freedom": s.degrees_of_freedom,
                "load_after": s.load_after,
                "saving": s.saving,
                "uncertainty": bounds,
                "recorded_for": str(recorded.id) if recorded else None,
            }
        )
        return 0
    print(f"{found.use} / {found.load}: {figure(s.specific_before, lang)} → {figure(s.specific_after, lang)}")
    print(f"{heading('total_savings', lang)}: {figure(s.saving, lang)} {found.unit}")
    for b in s.uncertainty:
        said = heading("demonstrated" if b.demonstrated else "not_demonstrated", lang)
        level = f"{round(100 * b.confidence)} %"
        print(
            f"{heading('uncertainty', lang)} ({heading('confidence', lang)} {level}): ± {figure(b.total, lang)}: {said}"
        )
    if recorded is not None:
        print(render(msg("mv.recorded", option=args.record_for, saving=str(recorded.id)), lang))
    return 0
