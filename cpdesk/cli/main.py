"""`cpdesk`: the headless command line, on the same services as the workbench."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from cpdesk import __version__
from cpdesk.core.errors import CpdeskError
from cpdesk.store import locations

EXIT_ERROR = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad command-line arguments."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    from cpdesk.cli import commands

    parser = _Parser(
        prog="cpdesk",
        description="Cleaner Production assessments: the command line.",
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.register(sub)
    return parser


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"cpdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or URL (default: ${locations.DB_ENV} or the user's data folder)",
    )


def _answer_version(argv: Sequence[str] | None) -> None:
    """`cpdesk --version` (before any command) prints the version and exits, as the full
    parser would, without registering the commands (which imports their modules)."""
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
    try:
        args = parser.parse_args(argv)
        handler: Handler = args.handler
        return handler(args)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except CpdeskError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # The store's errors are known here only once a command has used the store (the
        # command line imports the store, SQLAlchemy with it, only for a command that needs it).
        from sqlalchemy.exc import DatabaseError, OperationalError

        from cpdesk.store.database import DatabaseLocationError
        from cpdesk.store.migrate import SchemaTooNewError

        if isinstance(exc, SchemaTooNewError | DatabaseLocationError):
            return _fail(str(exc))
        if isinstance(exc, OperationalError | DatabaseError):
            return _fail(f"cannot use the database: {exc.orig or exc}")
        # A bug: keep the traceback for us, one line for the user.
        path = _log_traceback()
        return _fail(f"internal error ({type(exc).__name__}: {exc}); details in {path}")


def emit_json(value: Any) -> None:
    from cpdesk.core.rows import to_jsonable

    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


#: The longest message printed; a reason quoting what a hostile file holds is cut, not echoed.
MAX_MESSAGE = 1000


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    # One line whatever the reason quotes (a title typed over two lines, a cell of a file).
    line = " ".join(message.split())
    if len(line) > MAX_MESSAGE:
        line = line[: MAX_MESSAGE - 1] + "…"
    print(f"cpdesk: error: {line}", file=sys.stderr)
    return code


def _log_traceback() -> str:
    try:
        path = locations.log_file()
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("cpdesk").error("unhandled error\n%s", traceback.format_exc())
        return str(path)
    except OSError:
        return "(no log file could be written)"


if __name__ == "__main__":
    sys.exit(main())
