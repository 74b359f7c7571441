"""`cpdesk calc compressor-duty --series SERIES`: an air compressor's load/unload duty from a
logger series of its power, with what a year of it costs.

The series is one of the database's (its id, or a unique prefix of it, as `cpdesk logger
list` prints it), in a unit of power. The states come from the nameplate's loaded and
unloaded power when both are given (``--loaded-kw``, ``--unloaded-kw``), else from the
series itself; ``--from``/``--to`` take a part of it, ``--max-gap-min`` the longest step
that is not a gap, ``--hours`` the compressor's running hours a year (else the logged time
stands for the 8 760 hours of a year). The figures are those of
:mod:`cpdesk.core.calculators.compressor_duty`; JSON as documented in docs/cli-json.md.
"""

from __future__ import annotations

import argparse
from typing import Any

from cpdesk.cli.output import UsageError, emit_json, render_table
from cpdesk.core.messages import msg

#: The command's name after `cpdesk calc`.
NAME = "compressor-duty"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `calc compressor-duty` (refused with any other calculation)."""
    parser.add_argument("--series", metavar="SERIES", help=f"with '{NAME}': the series of the compressor's power")
    parser.add_argument("--loaded-kw", type=float, metavar="KW", help=f"with '{NAME}': nameplate power loaded")
    parser.add_argument("--unloaded-kw", type=float, metavar="KW", help=f"with '{NAME}': nameplate power unloaded")
    parser.add_argument("--hours", type=float, metavar="HOURS", help=f"with '{NAME}': running hours a year")
    parser.add_argument("--max-gap-min", type=float, metavar="MINUTES", help=f"with '{NAME}': the longest step kept")
    parser.add_argument("--from", dest="t_from", metavar="TIME", help=f"with '{NAME}': the start of the range")
    parser.add_argument("--to", dest="t_to", metavar="TIME", help=f"with '{NAME}': the end of the range")


def given(args: argparse.Namespace) -> bool:
    """True when any option of `calc compressor-duty` was given."""
    names = ("series", "loaded_kw", "unloaded_kw", "hours", "max_gap_min", "t_from", "t_to")
    return any(getattr(args, name, None) is not None for name in names)


def show_duty(args: argparse.Namespace, open_db: Any, lang: str) -> int:
    """Work out and print the duty of ``--series``."""
    from cpdesk.core import labels
    from cpdesk.core.calculators.compressor_duty import LOADED, OFF, UNLOADED
    from cpdesk.core.calculators.inputs import MAX_HOURS_A_YEAR
    from cpdesk.core.numbers import format_significant
    from cpdesk.services.assessment.calculation_series import series_duty

    if not args.series or args.input or args.option or args.bill is not None:
        raise UsageError(msg("cli.calc.duty_usage"))
    if args.hours is not None and not 0 < args.hours <= MAX_HOURS_A_YEAR:
        raise UsageError(msg("cli.calc.duty_hours", maximum=MAX_HOURS_A_YEAR))
    db = open_db(args)
    try:
        found = series_duty(
            db,
            args.series,
            loaded_kw=args.loaded_kw,
            unloaded_kw=args.unloaded_kw,
            max_gap_s=None if args.max_gap_min is None else args.max_gap_min * 60.0,
            t_from=args.t_from,
            t_to=args.t_to,
        )
    finally:
        db.close()
    duty, row = found.duty, found.row
    year = duty.annual(args.hours)

    def state(code: int) -> dict[str, Any]:
        hours = (duty.off_hours, duty.unloaded_hours, duty.loaded_hours)[code]
        kwh = (duty.off_kwh, duty.unloaded_kwh, duty.loaded_kwh)[code]
        return {
            "hours": hours,
            "time_share": 100.0 * duty.time_share(code),
            "kwh": kwh,
            "energy_share": 100.0 * duty.energy_share(code),
            "mean_kw": kwh / hours if hours > 0 else None,
        }

    states = {"loaded": state(LOADED), "unloaded": state(UNLOADED), "off": state(OFF)}
    if args.json:
        emit_json(
            {
                "series": {
                    "id": str(row.id),
                    "name": row.name,
                    "channel": row.channel,
                    "unit": row.unit,
                    "first_at": row.first_at,
                    "last_at": row.last_at,
                },
                "thresholds": {
                    "from": "nameplate" if duty.from_nameplate else "series",
                    "off_below_kw": duty.off_below_kw,
                    "loaded_from_kw": duty.loaded_from_kw,
                },
                "readings": duty.readings,
                "counted_hours": duty.counted_hours,
                "gaps": duty.gaps,
                "gap_hours": duty.gap_hours,
                "states": states,
                "cycles": duty.cycles,
                "cycles_per_hour": duty.cycles_per_hour,
                "annual": {
                    "running_hours_from": "given" if args.hours is not None else "logged",
                    "running_hours": year.running_hours,
                    "loaded_hours": year.loaded_hours,
                    "unloaded_hours": year.unloaded_hours,
                    "loaded_kwh": year.loaded_kwh,
                    "unloaded_kwh": year.unloaded_kwh,
                },
            }
        )
        return 0

    def word(code: str) -> str:
        return labels.label_or_code("DutyFigure", code, lang)

    def figure(value: float | None) -> str:
        return "–" if value is None else format_significant(value, lang)

    print(row.name if row.unit in row.name else f"{row.name} ({row.unit})")
    source = word("nameplate" if duty.from_nameplate else "series")
    print(f"{word('thresholds')}: {figure(duty.off_below_kw)} / {figure(duty.loaded_from_kw)} kW ({source})")
    print(f"{word('readings')}: {duty.readings}; {word('counted')}: {figure(duty.counted_hours)} h")
    print(f"{word('gaps')}: {duty.gaps}, {figure(duty.gap_hours)} h")
    print()
    heading = [word(code) for code in ("state", "time_share", "energy_share", "mean_kw")]
    rows = [
        (word(name), f"{figure(item['time_share'])} %", f"{figure(item['energy_share'])} %", figure(item["mean_kw"]))
        for name, item in states.items()
    ]
    print(render_table([*heading[:3], f"{heading[3]} (kW)"], rows))
    print()
    print(f"{word('cycles_per_hour')}: {figure(duty.cycles_per_hour)}")
    print(f"{word('annual_hours')}: {figure(year.running_hours)} h")
    print(f"{word('annual_loaded_kwh')}: {figure(year.loaded_kwh)} kWh")
    print(f"{word('annual_unloaded_kwh')}: {figure(year.unloaded_kwh)} kWh")
    return 0
