"""`cpdesk`: the headless command line, on the same services as the workbench.

This module builds the parser from the command modules listed in ``COMMAND_MODULES`` (each
adds its commands with ``register(sub, open_db)``), runs the command chosen and turns its
errors into one line on stderr. A command line that names a command imports and builds only
that command's module (``COMMANDS``): the others' imports and parsers are start-up that no
one waits for. The command modules import the shared output helpers from
:mod:`cpdesk.cli.output`, never this module, so the imports run one way only.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from cpdesk import __version__
from cpdesk.services import locations

if TYPE_CHECKING:
    from cpdesk.services.workspace import Database

Handler = Callable[[argparse.Namespace], int]

#: The command modules of :mod:`cpdesk.cli`, in the order `cpdesk --help` lists their commands.
COMMAND_MODULES: tuple[str, ...] = (
    "commands",
    "engine_commands",
    "report_commands",
    "logger_commands",
    "sync_commands",
    "practical_commands",
    "guide_commands",
    "library_commands",
    "backup_commands",
    "check_commands",
    "calc_commands",
    "mv_commands",
)
#: The module that registers each command: a command line imports and builds only the parser
#: of the command it names (tests/cli/test_command_table.py checks the table).
COMMANDS: dict[str, str] = {
    **dict.fromkeys(("demo", "list", "show"), "commands"),
    **dict.fromkeys(("balance", "options", "benchmark", "summary"), "engine_commands"),
    "report": "report_commands",
    "logger": "logger_commands",
    **dict.fromkeys(("export", "import", "keys", "centre", "conflicts"), "sync_commands"),
    "training": "practical_commands",
    "guide": "guide_commands",
    "library": "library_commands",
    "backup": "backup_commands",
    "check": "check_commands",
    "calc": "calc_commands",
    "mv": "mv_commands",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        from cpdesk.cli.output import UsageError

        raise UsageError(message, self.prog)  # argparse's words, in English


class _NotUnderstood(Exception):
    """The global options could not be read: the full parser will say why."""


class _Top(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotUnderstood(message)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of ``command`` alone when it is one of :data:`COMMANDS`
    (its module alone is imported). Building it imports no engine (each command imports the
    services it calls when it runs), so that `cpdesk --help` answers at once."""
    parser = _Parser(
        prog="cpdesk",
        description="Cleaner Production assessments: the command line.",
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    names = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for name in names:
        importlib.import_module(f"cpdesk.cli.{name}").register(sub, open_db)
    return parser


def open_db(args: argparse.Namespace) -> Database:
    """The database of ``--db`` (else the default one), opened ready for work."""
    from cpdesk.services import workspace

    db = workspace.open_workspace(args.db or locations.default_database())
    _settled()
    return db


def _settled() -> None:
    """The start is over: what it built (modules, SQLAlchemy's mappings, the database's
    engine) lives as long as the command, so Python's cyclic garbage collector is let go with
    all of it set aside (``gc.freeze``) rather than gone over at every collection.

    :func:`run` holds the collector from its first line: a start builds some 300 000 objects
    and hardly any garbage, yet the collector, which runs every 700 new objects, went over
    them 270 times on the way (two full passes among them), 0.1-0.2 s of a programme summary's
    0.9 s. A command that opens no database (``calc``, ``mv fit`` on a file) runs with the
    collector held to its end; its inputs are bounded by their limits.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"cpdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or URL (default: ${locations.DB_ENV} or the user's data folder)",
    )


def _chosen_command(argv: Sequence[str] | None) -> str | None:
    """The command named after the global options, if any. `cpdesk --version` (before any
    command) prints the version and exits here, as the full parser would, before the
    commands' parsers are built and the message catalogues read."""
    top = _Top(prog="cpdesk", add_help=False)
    _global_options(top)
    top.add_argument("rest", nargs=argparse.REMAINDER)  # a command and its arguments
    try:
        known, _unknown = top.parse_known_args(argv)
    except _NotUnderstood:
        return None  # the full parser says what is wrong
    rest: list[str] = known.rest
    return rest[0] if rest else None


def run() -> int:
    """The process's entry point (the ``cpdesk`` command, ``python -m cpdesk.cli.main``, the
    frozen bundle): :func:`main` with Python's cyclic garbage collector held until the start
    is over (see :func:`_settled`). Called in a process of its own only: it leaves the
    objects of the start to live as long as the process."""
    gc.disable()
    try:
        return main()
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code. Errors are one line on stderr."""
    command = _chosen_command(argv)
    from cpdesk.cli.output import EXIT_USAGE, UsageError, error_lang, error_text, fail, usage_text
    from cpdesk.cli.texts import said
    from cpdesk.core.errors import Coded, CpdeskError
    from cpdesk.core.reference import ReferenceDataError

    parser = build_parser(command)
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(argv)
        handler: Handler = args.handler
        return handler(args)
    except UsageError as exc:
        lang = error_lang(args)
        return fail(usage_text(exc, lang), EXIT_USAGE, lang)
    except (CpdeskError, ReferenceDataError) as exc:
        lang = error_lang(args)
        return fail(error_text(exc, lang), lang=lang)
    except KeyboardInterrupt:
        lang = error_lang(args)
        return fail(said("interrupted", lang), 130, lang)
    except BrokenPipeError:
        return 0
    except Exception as exc:
        lang = error_lang(args)
        if isinstance(exc, Coded) and exc.message is not None:  # a core error with its code (a unit, a rule)
            return fail(error_text(exc, lang), lang=lang)
        # The database's errors are known here only once a command has used it (the command
        # line loads the database engine only for a command that needs it).
        from cpdesk.services.workspace import database_problem

        problem = database_problem(exc)
        if problem is not None:
            return fail(problem.text(lang), lang=lang)
        # A bug: keep the traceback for us, one line for the user.
        path = _log_traceback(lang)
        return fail(said("internal", lang, detail=f"{type(exc).__name__}: {exc}", path=path), lang=lang)


def _log_traceback(lang: str) -> str:
    from cpdesk.cli.texts import said

    try:
        path = locations.log_file()
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("cpdesk").error("unhandled error\n%s", traceback.format_exc())
        return str(path)
    except OSError:
        return said("no_log", lang)


if __name__ == "__main__":
    sys.exit(run())
