"""Searching names in SQL as the screens' filters do: without case and diacritics.

``folded(column).contains(word)`` finds "Dệt nhuộm" by "det nhuom" on either backend, by the
rule of :func:`cpdesk.core.folding.fold`:

- SQLite calls :func:`~cpdesk.core.folding.fold` itself, registered on every connection as
  ``cpdesk_fold`` (see :mod:`cpdesk.store.engine`);
- PostgreSQL translates each accented Latin letter to its folded letter, then lowers the
  case: ``lower(translate(name, 'Ạạ…', 'aa…'))``. This needs no extension (``unaccent`` is
  not installed everywhere) and no stored copy of each name to keep up to date.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from cpdesk.core.folding import FOLDED_LETTERS

#: The name of the SQL function that SQLite connections are given.
SQLITE_FUNCTION = "cpdesk_fold"


class folded(FunctionElement[str]):  # noqa: N801 - used like SQLAlchemy's own func.lower
    """The text of ``expression`` folded: lower case, without diacritics."""

    type = String()
    inherit_cache = True
    name = "cpdesk_folded"


@compiles(folded, "sqlite")
def _sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(folded)
def _translated(element: folded, compiler: Any, **kw: Any) -> str:
    letters, plain = FOLDED_LETTERS
    expression: ColumnElement[str] = func.lower(
        func.translate(
            element.clauses.clauses[0],
            literal(letters, String()),
            literal(plain, String()),
        )
    )
    return str(compiler.process(expression, **kw))


def matching_all(
    expression: ColumnElement[str] | InstrumentedAttribute[str], words: list[str]
) -> list[ColumnElement[bool]]:
    """Conditions that every word (already folded) occurs in ``expression`` folded."""
    target = folded(expression)
    return [target.contains(word, autoescape=True) for word in words]
