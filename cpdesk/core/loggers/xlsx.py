"""Excel workbooks (.xlsx) as rows of cell values, read from bytes in memory.

Auditors often open a logger's CSV in Excel, tidy it and save it as a workbook; some loggers'
desktop software exports .xlsx directly. openpyxl's read-only mode streams the rows, so a
sheet of a million rows never sits in memory as cell objects. Values come back typed: dates
as ``datetime`` (when the cell has a date format), numbers as ``int``/``float``, text as
``str``; :func:`cpdesk.core.loggers.split.render_cell` turns them into text for the parsers.
A sheet wider than :data:`~cpdesk.core.loggers.limits.MAX_COLUMNS` is refused; a row whose
text is longer than a line may be is an unreadable row (see :mod:`cpdesk.core.loggers.split`).

Pure: the workbook is read from the bytes handed over, never from a file.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from cpdesk.core.loggers.formats import LoggerFormatError
from cpdesk.core.loggers.limits import MAX_COLUMNS, SHOWN_CHARS, grouped
from cpdesk.core.messages import Message, msg

__all__ = ["is_xlsx", "sheet_names", "sheet_rows"]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and other OLE files)


def is_xlsx(data: bytes) -> bool:
    """Whether the bytes look like an Office Open XML workbook (a zip file)."""
    return data.startswith(_ZIP_MAGIC)


def check_not_legacy(data: bytes) -> None:
    """Refuse the old binary .xls format with a message that says what to do."""
    if data.startswith(_OLE_MAGIC):
        raise LoggerFormatError(msg("logger.xls_legacy"))


def _open(data: bytes) -> Any:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise LoggerFormatError(msg("logger.openpyxl_missing")) from None
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; they do not matter here.
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, EOFError) as exc:
        raise LoggerFormatError(msg("logger.xlsx_unreadable", detail=f"{type(exc).__name__}: {exc}")) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise LoggerFormatError(msg("logger.xlsx_unreadable", detail=type(exc).__name__)) from None


def sheet_names(data: bytes) -> list[str]:
    """The worksheet names, in workbook order."""
    workbook = _open(data)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def sheet_rows(
    data: bytes, sheet: str | None = None, limit: int | None = None
) -> tuple[int, Iterator[tuple[int, tuple[object, ...]]]]:
    """The declared row count of a sheet and an iterator of ``(row number, values)``.

    Rows are numbered as Excel numbers them (1 = the first row). ``limit`` stops after
    that many rows (for detection and previews).
    """
    workbook = _open(data)
    try:
        names = workbook.sheetnames
        if sheet is not None and sheet not in names:
            raise LoggerFormatError(msg("logger.no_sheet", sheet=repr(sheet), sheets=", ".join(names)))
        worksheet = workbook[sheet if sheet is not None else names[0]]
        total = worksheet.max_row or 0
        declared = worksheet.max_column or 0
        if declared > MAX_COLUMNS:
            raise LoggerFormatError(_too_many(worksheet.title, declared))
    except LoggerFormatError:
        workbook.close()
        raise

    def rows() -> Iterator[tuple[int, tuple[object, ...]]]:
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if limit is not None and number > limit:
                    break
                if len(values) > MAX_COLUMNS and any(v is not None for v in values[MAX_COLUMNS:]):
                    raise LoggerFormatError(
                        msg("logger.at_row", row=str(number), problem=_too_many(worksheet.title, len(values)))
                    )
                yield number, values
        except LoggerFormatError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged sheet fails in many ways
            raise LoggerFormatError(msg("logger.workbook_unreadable", detail=f"{type(exc).__name__}: {exc}")) from None
        finally:
            workbook.close()

    return total, rows()


def _too_many(sheet: str, columns: int) -> Message:
    return msg(
        "logger.sheet_too_many_columns",
        sheet=repr(sheet[:SHOWN_CHARS]),
        count=grouped(columns),
        limit=grouped(MAX_COLUMNS),
    )
