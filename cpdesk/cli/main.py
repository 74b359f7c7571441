"""`cpdesk`: the headless command line, on the same services as the workbench.

This module builds the parser from the command modules listed in ``COMMAND_MODULES`` (each
adds its commands with ``register(sub, open_db)``), runs the command chosen and turns its
errors into one line on stderr. The command modules import the shared output helpers from
:mod:`cpdesk.cli.output`, never this module, so the imports run one way only.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from cpdesk import __version__
from cpdesk.cli import (
    backup_commands,
    calc_commands,
    check_commands,
    commands,
    engine_commands,
    guide_commands,
    library_commands,
    logger_commands,
    mv_commands,
    practical_commands,
    report_commands,
    sync_commands,
)
from cpdesk.cli.output import EXIT_USAGE, UsageError, error_lang, error_text, fail, usage_text
from cpdesk.cli.texts import said
from cpdesk.core.errors import Coded, CpdeskError
from cpdesk.core.reference import ReferenceDataError
from cpdesk.services import locations

if TYPE_CHECKING:
    from cpdesk.services.workspace import Database

Handler = Callable[[argparse.Namespace], int]

#: The command modules, in the order `cpdesk --help` lists their commands.
COMMAND_MODULES: tuple[ModuleType, ...] = (
    commands,
    engine_commands,
    report_commands,
    logger_commands,
    sync_commands,
    practical_commands,
    guide_commands,
    library_commands,
    backup_commands,
    check_commands,
    calc_commands,
    mv_commands,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)  # argparse's words, in English


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command; building it imports no engine (each command imports the
    services it calls when it runs), so that `cpdesk --help` answers at once."""
    parser = _Parser(
        prog="cpdesk",
        description="Cleaner Production assessments: the command line.",
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(sub, open_db)
    return parser


def open_db(args: argparse.Namespace) -> Database:
    """The database of ``--db`` (else the default one), opened ready for work."""
    from cpdesk.services import workspace

    return workspace.open_workspace(args.db or locations.default_database())


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"cpdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or URL (default: ${locations.DB_ENV} or the user's data folder)",
    )


def _answer_version(argv: Sequence[str] | None) -> None:
    """`cpdesk --version` (before any command) prints the version and exits, as the full
    parser would, without building the commands' parsers."""
    top = _Parser(prog="cpdesk", add_help=False)
    _global_options(top)
    top.add_argument("rest", nargs=argparse.REMAINDER)  # a command and its arguments: not looked at
    try:
        top.parse_known_args(argv)
    except UsageError:
        pass  # the full parser says what is wrong


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code. Errors are one line on stderr."""
    _answer_version(argv)
    parser = build_parser()
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
    try:
        path = locations.log_file()
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("cpdesk").error("unhandled error\n%s", traceback.format_exc())
        return str(path)
    except OSError:
        return said("no_log", lang)


if __name__ == "__main__":
    sys.exit(main())
