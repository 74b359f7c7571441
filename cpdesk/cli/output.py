"""What every command of `cpdesk` shares in its output: JSON, plain-text tables, the one-line
error, the progress bar, and the language of texts and reports.

The command modules import this module and never `cpdesk.cli.main`, which imports them; it
stays light (no engine, no database), because every start of the command line loads it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from cpdesk.cli.texts import said
from cpdesk.core.errors import Coded
from cpdesk.core.messages import Message, msg
from cpdesk.core.progress import Progress
from cpdesk.core.reference import LANGS

EXIT_ERROR = 1
EXIT_USAGE = 2

#: The longest message printed; a reason quoting what a hostile file holds is cut, not echoed.
MAX_MESSAGE = 1000

#: Language of texts and reports when --lang is not given (Vietnamese unless it says "en").
LANG_ENV = "CPDESK_LANG"
DEFAULT_LANG = "vi"


class UsageError(Coded):
    """Bad command-line arguments: a message of the catalogue (``cli.*``), or argparse's own
    words, then with ``prog``, the command whose ``--help`` to see."""

    def __init__(self, reason: str | Message, prog: str = "") -> None:
        super().__init__(reason)
        self.prog = prog


def emit_json(value: Any) -> None:
    """Print ``value`` (rows, dataclasses, enums, dates) as indented JSON on stdout."""
    from cpdesk.core.rows import to_jsonable

    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = EXIT_ERROR, lang: str | None = None) -> int:
    """Print the error as one line on stderr ("cpdesk: error: ..." in ``lang``, by default
    the language of :func:`error_lang`) and return the exit code."""
    # One line whatever the reason quotes (a title typed over two lines, a cell of a file).
    line = " ".join(message.split())
    if len(line) > MAX_MESSAGE:
        line = line[: MAX_MESSAGE - 1] + "…"
    print(said("error", lang or error_lang(None), reason=line), file=sys.stderr)
    return code


def render_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table for the terminal: left-aligned columns under a ruled header.

    A float is a quantity and is grouped ("93,200"); an int is a year, a count of items, a
    position or a number of a record, and is never grouped ("2004", not "2,004")."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if abs(value) < 1e-6:
            return "0"
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.4g}"
    if isinstance(value, int):
        return str(value)
    return str(getattr(value, "value", value))


@contextmanager
def progress_bar() -> Iterator[Progress | None]:
    """A one-line progress bar on the terminal, "[#########.....]  45 % message", for the
    ``progress`` callback of a long service call; None when stderr is not a terminal (a
    redirected output gets no bar). The line is cleared when the work ends."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = _ProgressBar()
    try:
        yield bar
    finally:
        bar.close()


class _ProgressBar:
    WIDTH = 30

    def __init__(self) -> None:
        self._shown = False

    def __call__(self, fraction: float, message: str) -> None:
        filled = max(0, min(self.WIDTH, int(round(self.WIDTH * fraction))))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {100 * fraction:3.0f} % {message[:40]:<40}")
        sys.stderr.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            sys.stderr.write("\r" + " " * (self.WIDTH + 50) + "\r")
            sys.stderr.flush()


def add_lang_option(parser: argparse.ArgumentParser, what: str = "language") -> None:
    """The ``--lang vi|en`` option of a command whose texts or report come in both languages."""
    parser.add_argument("--lang", choices=LANGS, help=f"{what} (default: ${LANG_ENV} or {DEFAULT_LANG})")


def error_lang(args: argparse.Namespace | None) -> str:
    """The language an error is printed in: the command's ``--lang`` when it has one, else
    ``$CPDESK_LANG``, else Vietnamese (a ``$CPDESK_LANG`` of no language: Vietnamese)."""
    lang = getattr(args, "lang", None) or os.environ.get(LANG_ENV) or DEFAULT_LANG
    return lang if lang in LANGS else DEFAULT_LANG


def error_text(exc: BaseException, lang: str) -> str:
    """What an error says, in ``lang``. A refused value names its record's field, its value
    and the reason: "assessment.title = '': must not be empty" in English (as the services
    word it), "Tên = '': cần nhập giá trị" in Vietnamese, the value in its notation."""
    from cpdesk.core import labels
    from cpdesk.core.errors import ValidationError
    from cpdesk.core.messages import say, text_of

    if lang == "en" or not isinstance(exc, ValidationError) or exc.why is None:
        return str(exc) if lang == "en" else text_of(exc, lang)
    if exc.field:
        what = labels.field_label(exc.entity, exc.field, lang)
    else:
        what = labels.entity_label(exc.entity, lang)
    value = exc.value
    shown = repr(value) if isinstance(value, str) else str(value) if isinstance(value, int) else say(value, lang)
    return f"{what} = {shown}: {text_of(exc, lang)}"  # a year as typed, -5.000.000,5, 30/11/2026


def usage_text(exc: UsageError, lang: str) -> str:
    """What is wrong with the arguments, in ``lang``; argparse's own words (English) with
    where to look for help."""
    from cpdesk.core.messages import text_of

    text = text_of(exc, lang)
    return said("see_help", lang, reason=text, prog=exc.prog) if exc.prog else text


def chosen_lang(args: argparse.Namespace) -> str:
    """The language of ``--lang``, else of ``$CPDESK_LANG``, else Vietnamese."""
    lang: str = args.lang or os.environ.get(LANG_ENV) or DEFAULT_LANG
    if lang not in LANGS:
        raise UsageError(msg("cli.lang_env", env=LANG_ENV, lang=repr(lang), langs=list(LANGS)))
    return lang
