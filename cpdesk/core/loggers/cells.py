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
from functools import cached_property, lru_cache

import numpy as np

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
    "put",
    "shape_groups",
    "states_no_value",
    "unless_empty",
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
#: Bytes a cell buffer carries after its last cell, so that a template as wide as MAX_WIDTH
#: can be laid over any cell start without running off the end.
PADDING = MAX_WIDTH
_FAST_DIGITS = 15  # at most 15 digits: the mantissa stays below 2**53, exact in a double
_POW10 = 10.0 ** np.arange(23)
_PEELED = 4  # templates tried in file order before grouping the rest by signature
_MAX_GROUPS = 256  # shapes read vectorised per column; the rest go to the scalar path

#: Reads one group of same-shape cells: (template bytes, member rows, member byte matrix)
#: -> which members it settled (read, or found bad); unsettled ones go to the scalar path.
#: The matrix is C-contiguous, its width the template's rounded up to whole 64-bit words
#: (bytes beyond the template's width are not the cell's); members are in ascending order.
TemplateReader = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Cells:
    """One column's cells: ``buf[starts[i]:ends[i]]`` is cell ``i``, UTF-8 encoded.

    ``buf`` holds at least :data:`PADDING` more bytes after the last cell (zeros, or the
    bytes that follow in the file): a cell's bytes are read in fixed-width windows, and
    nothing beyond a cell's end is taken as part of it.
    """

    buf: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)

    @cached_property
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

        A copy of just those bytes: the buffer seen as overlapping records of ``width``
        bytes, one starting at every byte, of which the cells' are taken (a third of the
        time a sliding window's rows take). ``rows`` are ascending; all of them, the starts
        are used as they are.
        """
        records = np.ndarray(
            (len(self.buf) - width + 1,), dtype=np.dtype((np.void, width)), buffer=self.buf, strides=(1,)
        )
        starts = self.starts if len(rows) == len(self.starts) else self.starts[rows]
        window: np.ndarray = records[starts].view(np.uint8).reshape(-1, width)
        return window


def shape_groups(cells: Cells, rows: np.ndarray, read: TemplateReader) -> np.ndarray:
    """Offer ``rows`` to ``read`` shape by shape; return the rows it did not settle.

    Logger files have few shapes per column, and usually one at a time for long runs, so
    the first few templates are taken from the rows in file order and matched with a
    couple of byte comparisons per column ("peeling"). What is left is grouped at once by
    a hash of each cell's non-digit bytes and length, the general case.
    """
    row_lengths = cells.lengths if len(rows) == len(cells) else cells.lengths[rows]
    fits = (row_lengths > 0) & (row_lengths <= MAX_WIDTH)
    if not fits.all():
        rows, row_lengths = rows[fits], row_lengths[fits]
    unsettled: list[np.ndarray] = []
    for _ in range(_PEELED):
        if rows.size == 0:
            break
        width = int(row_lengths[0])
        m = cells.windows(rows, _padded(width))
        template = m[0, :width]
        flip, lanes, bias, high = _shape_words(template.tobytes())
        # Per byte: x = byte XOR the template's (at a digit's place, XOR "0"). A cell has the
        # shape when x is 0 at the template's non-digits and below 10 at its digits. Adding
        # 0x7F less that bound to x's low 7 bits sets the byte's high bit exactly when x
        # exceeds it (no carry leaves a byte); x's own high bit is ORed in; bytes beyond the
        # width count for nothing. Five steps per word (the SWAR tests of simdjson).
        words = m.view("<u8")
        seen = np.zeros(len(rows), dtype=np.uint64)
        for k in range(words.shape[1]):  # a word at a time: numpy's loops run long, not 3 wide
            x = words[:, k] ^ flip[k]
            seen |= (((x & lanes[k]) + bias[k]) | x) & high[k]
        same = (seen == 0) & (row_lengths == width)
        if same.all():  # the usual case: one shape for the whole block, no copies
            unsettled.append(_offer(read, template, rows, m))
            rows = rows[:0]
            break
        taken = np.flatnonzero(same)
        unsettled.append(_offer(read, template, rows[taken], m.take(taken, axis=0)))
        rows, row_lengths = rows[~same], row_lengths[~same]
    for template, members, matrix in _signature_groups(cells, rows):
        unsettled.append(_offer(read, template, members, matrix))
    return np.concatenate(unsettled) if unsettled else rows


def _padded(width: int) -> int:
    """``width`` bytes rounded up to whole 64-bit words (never beyond PADDING)."""
    return -(-width // 8) * 8


@lru_cache(maxsize=64)
def _shape_words(template: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per 64-bit word of a cell of ``template``'s shape: the bytes to XOR with (the
    template's; "0" at a digit), the low 7 bits of the bytes in use, the bias (0x7F less the
    largest x allowed: 9 at a digit, 0 elsewhere; nothing beyond the width), the high bits.
    """
    padded = _padded(len(template))
    raw = np.frombuffer(template, dtype=np.uint8)
    digit = (raw - np.uint8(48)) < 10
    flip = np.zeros(padded, dtype=np.uint8)
    flip[: len(raw)] = np.where(digit, 48, raw)
    bias = np.zeros(padded, dtype=np.uint8)
    bias[: len(raw)] = np.where(digit, 0x7F - 9, 0x7F)
    lanes = np.zeros(padded, dtype=np.uint8)
    lanes[: len(raw)] = 0x7F
    high = np.zeros(padded, dtype=np.uint8)
    high[: len(raw)] = 0x80
    return flip.view("<u8"), lanes.view("<u8"), bias.view("<u8"), high.view("<u8")


def put(target: np.ndarray, members: np.ndarray, values: np.ndarray | int) -> None:
    """``target[members] = values``; a slice when the (ascending) members are one run of
    consecutive rows, as they are when a whole block has one shape."""
    if len(members) and int(members[-1]) - int(members[0]) == len(members) - 1:
        target[int(members[0]) : int(members[-1]) + 1] = values
    else:
        target[members] = values


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
    m = cells.windows(rows, _padded(width))
    m[np.arange(m.shape[1])[None, :] >= lengths[:, None]] = 0
    non_digit = np.where((m[:, :width] - np.uint8(48)) < 10, 0, m[:, :width]).astype(np.uint64)
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
        yield template, rows[local], m[local, : _padded(length)]


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


def unless_empty(cells: Cells, status: np.ndarray) -> np.ndarray:
    """The rows of the cells that are not empty; the empty ones' status becomes MISSING."""
    empty = cells.lengths == 0
    if not empty.any():
        return np.arange(len(cells))
    status[empty] = MISSING
    return np.flatnonzero(~empty)


def parse_numbers(cells: Cells, decimal: str, thousands: str | None) -> tuple[np.ndarray, np.ndarray]:
    """All cells as numbers: ``(values, status)`` with status OK, MISSING, BAD or NON_FINITE
    per cell (``values`` is NaN wherever the status is not OK)."""
    n = len(cells)
    values = np.full(n, np.nan)
    status = np.full(n, BAD, dtype=np.int8)

    def read(template: np.ndarray, members: np.ndarray, m: np.ndarray) -> np.ndarray:
        return _read_number_shape(template, members, m, decimal, thousands, values, status)

    for i in shape_groups(cells, unless_empty(cells, status), read):
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
    if take.all():
        put(values, members, value)
        put(status, members, OK)
    else:
        target = members[take]
        values[target] = value[take]
        status[target] = OK
    return take
