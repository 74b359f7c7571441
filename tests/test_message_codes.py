"""Every error the core and the services give a person has a message code: the source is read
(ast) for an error of cpdesk raised with its words written in place, English only.

Caught: ``raise <error>("a sentence")`` or ``raise <error>(f"...")`` for any error class of
cpdesk that carries a message (a :class:`~cpdesk.core.errors.Coded` one, ``CpdeskError`` and
its kin), and a ``ValidationError`` whose reason (its fourth argument) is written in place. A
message code (``msg("value.at_least", minimum=0)``) passes, and so does a literal that is a
code and no sentence (``DateFormatError("not_a_date", ...)``, which names its wording by code).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import cpdesk
from cpdesk.core.errors import Coded

ROOT = Path(cpdesk.__file__).resolve().parent
AREAS = ("core", "services", "store", "sync", "report", "cli")

#: Files not yet given codes, each with its reason; shrink it, never grow it.
NOT_YET = {
    # a bundle signed by a key not trusted here: given a code with the sync layer's (cpdesk/sync)
    "services/sync/keys.py",
    # the sync layer's refusals of a record by a rule ("TABLE ID: WHAT"): English lines, framed
    # in the user's language; the workbench translates them by its patterns (gui/sync/refusals.py)
    "sync/authority.py",
    "sync/merge.py",
    "sync/reader.py",
    "sync/conflict_list.py",
    # Cancelled("the export") names its code by the words it replaces (sync/errors.py)
    "sync/writer.py",
}


def _coded_classes() -> set[str]:
    """Names of the error classes of cpdesk that carry a message."""
    names = {"ValidationError"}
    for area in AREAS:
        package = importlib.import_module(f"cpdesk.{area}")
        for info in pkgutil.walk_packages(package.__path__, f"cpdesk.{area}."):
            if ".migrations" in info.name:  # Alembic's environment runs only under Alembic
                continue
            try:
                module = importlib.import_module(info.name)
            except ImportError:  # a module of an optional extra; its errors are found by name below
                continue
            for name, obj in vars(module).items():
                if inspect.isclass(obj) and issubclass(obj, Coded) and obj.__module__.startswith("cpdesk."):
                    names.add(name)
    return names


def _in_place(node: ast.expr) -> bool:
    """Words written in place: an f-string, or a string literal that is a sentence (a code
    such as "not_a_date" is no sentence)."""
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and not node.value.isidentifier()


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def words_in_place(source: str, coded: set[str]) -> list[tuple[int, str]]:
    """(line, class) of every error of ``coded`` made with its words written in place."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in coded or name == "NotFoundError":  # its words are its code's: entity and key
            continue
        if name == "ValidationError":
            reason = (
                node.args[3]
                if len(node.args) > 3
                else next((k.value for k in node.keywords if k.arg == "reason"), None)
            )
            bad = reason is not None and _in_place(reason)
        else:
            bad = bool(node.args) and _in_place(node.args[0])
        if bad:
            found.append((node.lineno, name))
    return found


def test_the_check_finds_words_written_in_place() -> None:
    coded = {"ValidationError", "CpdeskError", "UnitError"}
    source = (
        "raise ValidationError('option', 'name', '', 'must not be empty')\n"
        "raise CpdeskError(f'no {x}')\n"
        "raise UnitError(msg('unit.none_given'), text)\n"
        "raise ValidationError('option', 'name', '', msg('value.empty'))\n"
        "raise DateFormatError('not_a_date', typed, lang)\n"
        "raise ValueError(f'not checked: {x}')\n"
    )
    assert words_in_place(source, coded | {"DateFormatError"}) == [(1, "ValidationError"), (2, "CpdeskError")]


def test_every_error_of_the_core_and_the_services_has_a_code() -> None:
    coded = _coded_classes()
    assert {"CpdeskError", "UnitError", "BalanceError", "MissingFactorError", "RuleError", "UsageError"} <= coded
    found = []
    for area in AREAS:
        for path in sorted((ROOT / area).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            if where in NOT_YET:
                continue
            for line, name in words_in_place(path.read_text(encoding="utf-8"), coded):
                found.append(f"cpdesk/{where}:{line}: {name}")
    assert not found, "errors with words in place of a message code:\n" + "\n".join(found)


def test_the_files_not_yet_given_codes_exist() -> None:
    assert all((ROOT / where).is_file() for where in NOT_YET), [w for w in NOT_YET if not (ROOT / w).is_file()]


def test_the_command_line_prints_no_error_written_in_place() -> None:
    """``fail(...)`` of the command line prints a reason said in the user's language (a
    message's text, :mod:`cpdesk.cli.texts`), never a sentence written in place."""
    found = []
    for path in sorted((ROOT / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _callee(node) == "fail" and node.args and _in_place(node.args[0]):
                found.append(f"cpdesk/cli/{path.name}:{node.lineno}")
    assert not found, "errors printed in English whatever the language:\n" + "\n".join(found)


#: Files whose plain ``ValueError`` / ``RuntimeError`` texts are written in place, each with why.
#: A plain error that can reach a person (a service passes it on with ``reason_of``, the
#: workbench or the command line shows it) is a :class:`~cpdesk.core.errors.ValueRefused` with a
#: message code instead; these are a caller's mistakes, or not yet given codes. Shrink it,
#: never grow it; a line marked "# a caller's mistake" needs no entry.
PLAIN_ERRORS = {
    # a caller's mistakes: arguments the services or the screens build, never a person's typing
    "core/balance.py": "a balance group or energy unit the services check first",
    "core/flow_bounds.py": "a loop that always ends (no cover)",
    "core/guidance.py": "a language or tolerance the service gives",
    "core/labels/__init__.py": "a kind or code without a label: a slip of the code",
    "core/labels/catalogue.py": "a label defined twice: a slip of the data modules",
    "core/layout.py": "the flow chart's graph as the screen builds it",
    "core/loggers/timestamps.py": "a timestamp layout of the settings' own list",
    "core/method_guide.py": "a task number of the screens' own list",
    "core/numbers.py": "a locale or count of decimals of the code",
    "core/reconcile.py": "the streams and readings as the balance service builds them",
    "core/reconcile_results.py": "uncertainties as the balance service gives them",
    "core/reference/files.py": "a language of the code",
    "core/reference/method_steps.py": "a step or task number of the code",
    "services/backups/keeper.py": "a reason of the code",
    "services/backups/writing.py": "a reason of the code",
    "services/demo/programme_plans.py": "the demo's own figures",
    "services/demo/texts.py": "a language of the code",
    "services/loggers/storage.py": "readings the importer has checked",
    "services/reference/factor_set_files.py": "a factor set code of the shipped list",
    "store/base.py": "a timestamp without its zone: a slip of the code",
    "store/migrate.py": "the migration files shipped with cpdesk",
    # not yet given codes
    "core/boiler.py": "boiler losses; no service calls them yet",
    "core/calculators/stored.py": "a stored calculation's JSON that is malformed",
    "core/carrier_prices.py": "a factor set's price that is malformed (refused whole as a damaged reference file)",
    "core/power_factor_charge.py": "a factor set's power factor rule that is malformed; callers check figures first",
    "core/checks.py": "checks named by an English word of their caller",
    "core/factors.py": "a factor set's own consistency (refused whole as a damaged reference file)",
    "core/option_evidence.py": "a centre's evidence document that is malformed",
    "core/steam.py": "steam states beyond the tables",
    "core/training.py": "training figures the services check first",
    "core/units.py": "a spelling twice (a slip), the atmospheric pressure's bounds",
    "core/water_states.py": "a pressure beyond the saturation table",
    "sync/clock.py": "a bundle's version vector, refused whole as a damaged bundle",
    "sync/envelope.py": "a bundle's envelope, refused whole as a damaged bundle",
    "sync/keys.py": "a key file, refused whole",
    "sync/lines.py": "a codec of the code",
    "sync/reader.py": "the reader's order of calls",
}


def plain_errors_in_place(source: str) -> list[int]:
    """Lines of ``raise ValueError(...)`` / ``raise RuntimeError(...)`` with their words in
    place and no mark that they are a caller's mistake."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        if _callee(node.exc) not in ("ValueError", "RuntimeError") or not node.exc.args:
            continue
        if _in_place(node.exc.args[0]) and "caller's mistake" not in lines[node.lineno - 1]:
            found.append(node.lineno)
    return found


def test_the_check_finds_plain_errors_written_in_place() -> None:
    source = (
        "raise ValueError(f'no {x}')\n"
        "raise RuntimeError('the database is odd')\n"
        "raise ValueError(code)  # a caller's mistake\n"
        "raise ValueError('a slip')  # a caller's mistake\n"
        "raise ValueRefused(msg('value.empty'))\n"
        "raise ValueError('not_a_code')\n"
    )
    assert plain_errors_in_place(source) == [1, 2]


def test_no_plain_error_a_person_can_meet_is_written_in_english() -> None:
    found = []
    for area in ("core", "services", "store", "sync", "report"):
        for path in sorted((ROOT / area).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            if "/migrations/" in where or where in PLAIN_ERRORS:
                continue
            found += [f"cpdesk/{where}:{line}" for line in plain_errors_in_place(path.read_text(encoding="utf-8"))]
    assert not found, "plain errors in English (a ValueRefused with a code, or a caller's mistake?):\n" + "\n".join(
        found
    )
