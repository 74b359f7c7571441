"""`cpdesk calc`: the savings calculators on the command line, stand-alone.

``cpdesk calc list [--json]`` lists them with their inputs; ``cpdesk calc NAME --input INPUT
VALUE UNIT ... [--json]`` runs one (``--input INPUT=VALUE UNIT`` also reads), with no
database. ``cpdesk calc option OPTION [--json]`` recomputes the calculation an option keeps
from the assessment as it is now (its figures filled where they were calculated, the
calculation marked stale where an assessment figure is gone) and prints it. ``cpdesk calc
compressor-duty --series SERIES`` gives an air compressor's load/unload duty from a logger
series of its power (:mod:`cpdesk.cli.calc_duty`). Titles, labels
and refusals come in the language of ``--lang`` / ``$CPDESK_LANG``; the figures are those of
:mod:`cpdesk.core.calculators`.
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from cpdesk.cli import calc_duty
from cpdesk.cli.output import UsageError, add_lang_option, chosen_lang, emit_json, render_table
from cpdesk.core.messages import msg


def register(sub: Any, open_db: Any) -> None:
    """Add `cpdesk calc` to the command line ('calc option' and 'calc compressor-duty' open the database)."""
    p = sub.add_parser(
        "calc",
        help="savings calculators: 'calc list', 'calc NAME --input INPUT VALUE UNIT ...' or 'calc option OPTION'",
    )
    p.add_argument(
        "name",
        metavar="NAME",
        help="'list', 'option', 'compressor-duty', or the calculator to run (see 'cpdesk calc list')",
    )
    p.add_argument("option", metavar="OPTION", nargs="?", help="with 'option': the option's id (or a unique prefix)")
    p.add_argument(
        "--input",
        action="append",
        nargs="+",
        default=[],
        metavar="ARG",
        help="an input as INPUT VALUE UNIT (or INPUT=VALUE UNIT), e.g. --input steam_pressure 7 bar(g); repeat it",
    )
    p.add_argument(
        "--bill",
        type=float,
        metavar="AMOUNT",
        help="with 'calc option' of a power factor correction: the plant's active energy bill a year "
        "(without VAT, in the assessment's currency): the tariff's power-factor charge avoided is kept "
        "as the option's annual savings",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(p, "language of the titles and labels")
    calc_duty.add_arguments(p)
    p.set_defaults(handler=lambda args: _calc(args, open_db))


def _given(items: list[list[str]]) -> dict[str, tuple[float, str]]:
    """The inputs as the command line gave them: name -> (value, unit)."""
    given: dict[str, tuple[float, str]] = {}
    for item in items:
        words = item[0].split("=", 1) + item[1:] if "=" in item[0] else list(item)
        if len(words) not in (2, 3):
            raise UsageError(msg("cli.calc.input_parts", given=" ".join(item)))
        name, text = words[0], words[1]
        try:
            value = float(text)
        except ValueError:
            raise UsageError(msg("cli.calc.not_a_number", name=name, text=repr(text))) from None
        if name in given:
            raise UsageError(msg("cli.calc.input_twice", name=name))
        given[name] = (value, words[2] if len(words) == 3 else "1")
    return given


def _calc(args: argparse.Namespace, open_db: Any) -> int:
    lang = chosen_lang(args)
    if args.name == calc_duty.NAME:
        return calc_duty.show_duty(args, open_db, lang)
    if calc_duty.given(args):
        raise UsageError(msg("cli.calc.duty_usage"))
    if args.name == "option":
        if args.input or not args.option:
            raise UsageError(msg("cli.calc.option_usage"))
        from cpdesk.cli.calc_option import show_option

        return show_option(open_db(args), args.option, lang, args.json, args.bill)
    if args.bill is not None:
        raise UsageError(msg("cli.calc.bill_usage"))
    if args.option:
        raise UsageError(msg("cli.calc.takes_no_option", name=args.name))
    if args.name == "list":
        if args.input:
            raise UsageError(msg("cli.calc.list_no_input"))
        return _list(lang, args.json)
    return _run(args.name, _given(args.input), lang, args.json)


def _label(kind: str, code: str, lang: str) -> str:
    from cpdesk.core import labels

    return labels.label_or_code(kind, code, lang)


def _list(lang: str, as_json: bool) -> int:
    from cpdesk.core import labels
    from cpdesk.core.calculators.catalogue import CALCULATORS
    from cpdesk.core.calculators.choice import SAVING_OUTPUTS

    if as_json:
        emit_json(
            [
                {
                    "name": calc.name,
                    "title": _label("Calculator", calc.name, lang),
                    "method": _label("CalculatorMethod", calc.name, lang),
                    "inputs": [
                        {
                            "name": spec.name,
                            "label": labels.field_label("calculator", spec.name, lang),
                            "unit": spec.shown,
                            "default": spec.default,
                            "required": spec.default is None and not spec.optional,
                        }
                        for spec in calc.inputs
                    ],
                    "saves": [{"output": output, "carrier": carrier} for output, carrier in SAVING_OUTPUTS[calc.name]],
                }
                for calc in CALCULATORS
            ]
        )
        return 0
    rows = [(calc.name, _label("Calculator", calc.name, lang)) for calc in CALCULATORS]
    print(render_table([_label("CalculatorHeading", code, lang) for code in ("name", "calculator")], rows))
    return 0


def figure(value: float, lang: str) -> str:
    """A result to four significant figures, in ``lang``'s notation."""
    from cpdesk.core.numbers import format_number

    if value == 0 or not math.isfinite(value):
        return format_number(value, lang)
    decimals = min(6, max(0, 3 - math.floor(math.log10(abs(value)))))
    return format_number(round(value, decimals), lang, decimals=decimals)


def _run(name: str, given: dict[str, tuple[float, str]], lang: str, as_json: bool) -> int:
    from cpdesk.core import labels
    from cpdesk.core.calculators.catalogue import calculator, run

    calc = calculator(name)
    outputs = run(name, given)
    if as_json:
        emit_json(
            {
                "calculator": name,
                "title": _label("Calculator", name, lang),
                "method": _label("CalculatorMethod", name, lang),
                "inputs": {key: {"value": value, "unit": unit} for key, (value, unit) in given.items()},
                "outputs": [
                    {
                        "name": out.name,
                        "label": _label("CalculatorOutput", out.name, lang),
                        "value": out.value,
                        "unit": out.unit,
                    }
                    for out in outputs
                ],
            }
        )
        return 0
    print(_label("Calculator", name, lang))
    print(_label("CalculatorMethod", name, lang))
    from cpdesk.core.numbers import format_number

    shown: list[tuple[str, str, str]] = []
    for spec in calc.inputs:
        value, unit = given.get(spec.name, (spec.default, spec.shown))
        if value is not None:  # as given, in the reader's notation: 114,3 mm, 0,045 W/(m·K)
            shown.append((labels.field_label("calculator", spec.name, lang), format_number(value, lang), unit))
    heading = [_label("CalculatorHeading", code, lang) for code in ("input", "value", "unit", "result")]
    print()
    print(render_table(heading[:3], shown))
    print()
    rows = [(_label("CalculatorOutput", out.name, lang), figure(out.value, lang), out.unit) for out in outputs]
    print(render_table([heading[3], *heading[1:3]], rows))
    return 0
