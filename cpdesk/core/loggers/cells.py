"""Reading the cells of a logger file fast: byte spans, cell shapes, and numbers.

Cells arrive as byte spans of one UTF-8 buffer (:class:`Cells`). Every parser here has two
halves that must agree exactly:

- a *scalar* reference (:func:`parse_number_text` here, the timestamp ones in
  :mod:`cpdesk.core.loggers.timestamps`): a regular expression and a few lines of
  arithmetic, which also says in words why a cell is wrong;
- a *vectorised* path that reads whole groups of cells of the same *shape* at once. Two
  cells have the same shape when they have the same length and the same non-digit bytes at
  the same places ("516,192" and "950,009"; "01/03/2024 00:00" and "17/11/2024 23:59"). A
  regular expression whose only variable parts are digit classes matches all cells of one
  shape alike, so it runs once per shape (on a *template* cell) and the digits of the whole
  group are then read by position with numpy.

Whatever the vectorised path is not sure about goes to the scalar reference, so it only
ever makes reading faster, never different (a property test checks that on generated cells).
Numbers are correctly rounded: the vectorised path only takes cells of at most 15 digits,
whose mantissa and power of ten are exact doubles, so one IEEE division rounds correctly.

Pure: numpy and the standard library, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from cpdesk.core.errors import Coded
from cpdesk.core.messages import msg

__all__ = [
    "BAD",
    "MISSING",
    "NON_FINITE",
    "OK",
    "CellError",
    "Cells",
    "NonFiniteNumber",
    "parse_number_text",
    "parse_numbers",
    "shape_groups",
    "states_no_value",
]

#: Status of a parsed cell. NON_FINITE: what instruments and Excel write for "no value"
#: (NaN, inf, 1e400, #VALUE!, -1.#IND): a gap in that channel, counted, not a bad cell.
OK, MISSING, BAD, NON_FINITE = 0, 1, 2, 3

#: NaN and infinity as C runtimes, Excel and loggers' software spell them, and Excel's errors.
_NON_FINITE = re.compile(
    r"[+\-\u2212]?(?:nan(?:\(ind\))?|inf(?:inity)?|1[.,]#(?:ind|inf|qnan|snan)0*)"
    r"|#(?:value!|div/0!|n/a|num!|ref!|null!|name\?|getting_data)",
    re.IGNORECASE,
)


class CellError(Coded, ValueError):
    """A cell is not a number (or a timestamp) in the file's notation; says why."""


class NonFiniteNumber(CellError):
    """A cell that states NaN, an infinity or an error value, or a number beyond a double."""


def states_no_value(text: str) -> bool:
    """Whether a cell is NaN, an infinity or an error value as loggers and Excel write them."""
    return _NON_FINITE.fullmatch(text.strip()) is not None


#: Cells longer than this are read by the scalar path only.
MAX_WIDTH = 40
#: Bytes of zeros a cell buffer carries after its last cell, so that a template as wide as
#: MAX_WIDTH can be laid over any cell start without running off the end.
PADDING = MAX_WIDTH
_FAST_DIGITS = 15  # at most 15 digits: the mantissa stays below 2**53, exact in a double
_POW10 = 10.0 ** np.arange(23)
_PEELED = 4  # templates tried in file order before grouping the rest by signature
_MAX_GROUPS = 256  # shapes read vectorised per column; the rest go to the scalar path

#: Reads one group of same-shape cells: (template bytes, member rows, member byte matrix)
#: -> which members it settled (read, or found bad); unsettled ones go to the scalar path.
TemplateReader = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Cells:
    """One column's cells: ``buf[starts[i]:ends[i]]`` is cell ``i``, UTF-8 encoded.

    ``buf`` ends with at least :data:`PADDING` zero bytes after the last cell.
    """

    buf: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def lengths(self) -> np.ndarray:
        lengths: np.ndarray = self.ends - self.starts
        return lengths

    def text(self, i: int) -> str:
        return bytes(self.buf[self.starts[i] : self.ends[i]]).decode("utf-8", errors="replace")

    @classmethod
    def from_strings(cls, texts: list[str]) -> Cells:
        """Cells of already split text (quoted CSV, spreadsheet cells)."""
        encoded = [t.encode("utf-8") for t in texts]
        lengths = np.fromiter((len(e) for e in encoded), dtype=np.int64, count=len(encoded))
        ends = np.cumsum(lengths)
        buf = np.frombuffer(b"".join(encoded) + bytes(PADDING), dtype=np.uint8)
        return cls(buf, ends - lengths, ends)

    def take(self, rows: np.ndarray) -> Cells:
        return Cells(self.buf, self.starts[rows], self.ends[rows])

    def windows(self, rows: np.ndarray, width: int) -> np.ndarray:
        """``width`` bytes from the start of each chosen cell, as a (rows, width) matrix.

        A copy of just those bytes, cut from a zero-copy sliding window over the buffer.
        """
        window: np.ndarray = sliding_window_view(self.buf, width)[self.starts[rows]]
        return window


def shape_groups(cells: Cells, rows: np.ndarray, read: TemplateReader) -> np.ndarray:
    """Offer ``rows`` to ``read`` shape by shape; return the rows it did not settle.

    Logger files have few shapes per column, and usually one at a time for long runs, so
    the first few templates are taken from the rows in file order and matched with a
    couple of byte comparisons per column ("peeling"). What is left is grouped at once by
    a hash of each cell's non-digit bytes and length, the general case.
    """
    lengths = cells.lengths
    row_lengths = lengths[rows]
    rows = rows[(row_lengths > 0) & (row_lengths <= MAX_WIDTH)]
    unsettled: list[np.ndarray] = []
    for _ in range(_PEELED):
        if rows.size == 0:
            break
        width = int(lengths[rows[0]])
        padded = -(-width // 8) * 8  # whole 64-bit words; never beyond PADDING
        m = cells.windows(rows, padded)
        template = m[0, :width]
        same = lengths[rows] == width
        words = m.view("<u8")
        for k, (fixed_mask, fixed_value, digit_mask, digit_fill) in enumerate(_word_masks(template, padded)):
            word = words[:, k]
            if fixed_mask:
                same &= (word & fixed_mask) == fixed_value
            if digit_mask:
                same &= _all_digits((word & digit_mask) | digit_fill)
        if same.all():  # the usual case: one shape for the whole block, no copies
            unsettled.append(_offer(read, template, rows, m[:, :width]))
            rows = rows[:0]
            break
        taken = np.flatnonzero(same)
        unsettled.append(_offer(read, template, rows[taken], m.take(taken, axis=0)[:, :width]))
        rows = rows[~same]
    for template, members, matrix in _signature_groups(cells, rows):
        unsettled.append(_offer(read, template, members, matrix))
    return np.concatenate(unsettled) if unsettled else rows


_HIGH_NIBBLES = np.uint64(0xF0F0F0F0F0F0F0F0)
_SIXES = np.uint64(0x0606060606060606)
_THREES = np.uint64(0x3333333333333333)


def _all_digits(words: np.ndarray) -> np.ndarray:
    """Whether all eight bytes of each word are ASCII digits (the SWAR test simdjson uses)."""
    digits: np.ndarray = ((words & _HIGH_NIBBLES) | (((words + _SIXES) & _HIGH_NIBBLES) >> np.uint64(4))) == _THREES
    return digits


def _word_masks(template: np.ndarray, padded: int) -> list[tuple[np.uint64, np.uint64, np.uint64, np.uint64]]:
    """Per 64-bit word of a cell: which bytes must equal the template's non-digits, and
    which must be digits (the others are filled with "0" before the digit test)."""
    digit = np.zeros(padded, dtype=bool)
    digit[: len(template)] = (template - np.uint8(48)) < 10
    fixed = np.zeros(padded, dtype=bool)
    fixed[: len(template)] = ~digit[: len(template)]
    full = np.zeros(padded, dtype=np.uint8)
    full[: len(template)] = template
    as_words = [
        np.where(fixed, 0xFF, 0).astype(np.uint8).view("<u8"),
        np.where(fixed, full, 0).astype(np.uint8).view("<u8"),
        np.where(digit, 0xFF, 0).astype(np.uint8).view("<u8"),
        np.where(digit, 0, 0x30).astype(np.uint8).view("<u8"),
    ]
    return list(zip(*as_words, strict=True))


def _offer(read: TemplateReader, template: np.ndarray, members: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    if template.max(initial=0) >= 128:
        return members  # non-ASCII: the scalar path reads and words these
    settled = read(template, members, matrix)
    return members[~settled]


def _signature_groups(cells: Cells, rows: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(template, members, matrix) for each shape among ``rows``, largest groups first."""
    if rows.size == 0:
        return
    lengths = cells.lengths[rows]
    width = int(lengths.max())
    m = cells.windows(rows, width)
    m[np.arange(width)[None, :] >= lengths[:, None]] = 0
    non_digit = np.where((m - np.uint8(48)) < 10, 0, m).astype(np.uint64)
    mult = _shape_multipliers(MAX_WIDTH + 1)
    signature = (non_digit * mult[None, :width]).sum(axis=1, dtype=np.uint64)
    signature += lengths.astype(np.uint64) * mult[MAX_WIDTH]
    _, inverse, counts = np.unique(signature, return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    order = np.argsort(inverse, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(counts)])
    for k in np.argsort(-counts, kind="stable")[:_MAX_GROUPS]:
        local = order[bounds[k] : bounds[k + 1]]
        length = int(lengths[local[0]])
        template = m[local[0], :length]
        fixed = np.flatnonzero((template - np.uint8(48)) >= 10)
        # A hash can collide: keep only members that really share the template's shape.
        same = (lengths[local] == length) & (m[local][:, fixed] == template[fixed]).all(axis=1)
        local = local[same]
        yield template, rows[local], m[local, :length]


@lru_cache(maxsize=1)
def _shape_multipliers(width: int) -> np.ndarray:
    rng = np.random.default_rng(20240301)  # fixed seed: signatures need spread, not secrecy
    return rng.integers(1, 2**63, size=width, dtype=np.uint64) | np.uint64(1)


# ---------------------------------------------------------------------------------------
# Numbers


@lru_cache(maxsize=32)
def _number_regex(decimal: str, thousands: str | None) -> re.Pattern[str]:
    d = re.escape(decimal)
    plain = r"[0-9]+"
    if thousands:
        groups = "[" + re.escape(thousands + ("\u00a0\u202f" if thousands == " " else "")) + "]"
        integer = rf"(?:[1-9][0-9]{{0,2}}(?:{groups}[0-9]{{3}})+|{plain})"
    else:
        integer = plain
    return re.compile(rf"[+\-\u2212]?(?:{integer}(?:{d}[0-9]+)?|{d}[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)


def parse_number_text(text: str, decimal: str, thousands: str | None) -> float | None:
    """One cell as a number in the file's notation; None for an empty cell.

    Raises:
        ValueError: the text is not a number in that notation (the message says why).
    """
    body = text.strip()
    if not body:
        return None
    if _NON_FINITE.fullmatch(body):
        raise NonFiniteNumber(msg("logger.cell.non_finite"))
    if not _number_regex(decimal, thousands).fullmatch(body):
        other = "," if decimal == "." else "."
        if other in body and other != thousands:
            raise CellError(msg("logger.cell.wrong_decimal", mark=repr(decimal)))
        if thousands and thousands in body:
            raise CellError(msg("logger.cell.bad_grouping", mark=repr(thousands)))
        raise CellError(msg("logger.cell.not_a_number"))
    if thousands:
        for mark in (thousands, "\u00a0", "\u202f") if thousands == " " else (thousands,):
            body = body.replace(mark, "")
    value = float(body.replace(decimal, ".").replace("\u2212", "-"))
    if not np.isfinite(value):
        raise NonFiniteNumber(msg("logger.cell.too_large"))
    return value


def parse_numbers(cells: Cells, decimal: str, thousands: str | None) -> tuple[np.ndarray, np.ndarray]:
    """All cells as numbers: ``(values, status)`` with status OK, MISSING, BAD or NON_FINITE
    per cell (``values`` is NaN wherever the status is not OK)."""
    n = len(cells)
    values = np.full(n, np.nan)
    status = np.full(n, BAD, dtype=np.int8)
    status[cells.lengths == 0] = MISSING

    def read(template: np.ndarray, members: np.ndarray, m: np.ndarray) -> np.ndarray:
        return _read_number_shape(template, members, m, decimal, thousands, values, status)

    for i in shape_groups(cells, np.flatnonzero(status == BAD), read):
        try:
            value = parse_number_text(cells.text(i), decimal, thousands)
        except NonFiniteNumber:
            status[i] = NON_FINITE
            continue
        except ValueError:
            continue
        if value is None:
            status[i] = MISSING
        else:
            values[i], status[i] = value, OK
    return values, status


def _read_number_shape(
    template: np.ndarray,
    members: np.ndarray,
    m: np.ndarray,
    decimal: str,
    thousands: str | None,
    values: np.ndarray,
    status: np.ndarray,
) -> np.ndarray:
    settled = np.zeros(len(members), dtype=bool)
    text = template.tobytes().decode("ascii")
    digits = np.flatnonzero((template - np.uint8(48)) < 10)
    if len(digits) > _FAST_DIGITS or "e" in text.lower():
        return settled
    try:
        if parse_number_text(text, decimal, thousands) is None:
            return settled
    except ValueError:
        return settled  # the leading-zero rule of groups depends on a digit: let the scalar say
    if text.strip() != text:
        return settled
    take = np.ones(len(members), dtype=bool)
    if thousands and thousands in text:
        # "1.234" is grouping but "0.234" is not: the one rule that looks at a digit's value.
        take &= m[:, digits[0]] != ord("0")
    mantissa = np.zeros(len(members))
    for col in digits:
        mantissa = mantissa * 10.0 + (m[:, col] - np.uint8(48))
    point = text.find(decimal)
    frac = int((digits > point).sum()) if point >= 0 else 0
    value = mantissa / _POW10[frac]
    if text[0] in "-\u2212":
        value = -value
    target = members[take]
    values[target] = value[take]
    status[target] = OK
    return take
