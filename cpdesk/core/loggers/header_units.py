"""The unit a logger column's header states, in the spellings instruments write.

Power analysers and loggers name a column and its unit together: ``I1 (A)``, ``Q [kVAr]``,
``Áp suất (bar(g))``, ``Nhiệt độ, °C``, ``Current A``. :func:`unit_from_header` finds that
unit and returns its canonical spelling (:mod:`cpdesk.core.units`), so that an import maps
every column to its unit without the user typing it. A column that states no unit gets
none, except a power factor ("PF", "cos φ", "Hệ số công suất") or a pH, which are
dimensionless ("1") by their names.

A unit in brackets or after a comma is taken as the unit. A bare unit after the name is
taken only when it cannot be part of the name: a unit symbol of several letters, as the
symbol is written ("Flow m3/h", "Load %", "P kW"), or a one-letter unit after the name of its quantity ("Current A",
"U1 V"): "Pump A" and "Dòng điện pha A" (phase A) state no unit, nor does a word that is
also a spelling of a unit ("Nhiet do khoi" is the flue gas's temperature, not m³). A time or a currency is never
read as a column's unit from a bare word ("Sản lượng ngày" is production per day).

Pure: text in, text out.
"""

from __future__ import annotations

import re
import unicodedata

from cpdesk.core import units

__all__ = ["unit_from_header"]

# A bracketed group at the end, which may hold one bracketed mark itself: "(bar(g))".
# Greedy, and no blank matched both inside and around it: the time stays linear in the name's
# length whatever a damaged file writes there (a lazy group between two \s* took minutes on
# "(" and a few thousand blanks).
_BRACKETED = re.compile(r"[(\[{]((?:[^()\[\]{}]|\([^()\[\]{}]*\))+)[)\]}]")
#: Longer column names state no unit cpdesk reads (an instrument writes "P (kW)", not a
#: paragraph); they are shown, elided, and their unit is chosen by hand.
LONGEST_NAME = 200
_BARE = re.compile(r"^(?P<head>.*?\S)[\s_]+(?P<unit>[^\s_]+)$")
_CHANNEL = re.compile(r"(?:\s+(?:l\d|\d+|ch\s?\d+))+$|(?<=[^\W\d])\d+$")

#: Names of a quantity, by dimension, that a one-letter unit may follow ("Current A").
_QUANTITY_WORDS: dict[str, frozenset[str]] = {
    "current": frozenset({"i", "current", "amperage", "dòng", "dòng điện", "dong dien", "cường độ dòng điện"}),
    "voltage": frozenset({"u", "v", "voltage", "điện áp", "dien ap", "hiệu điện thế"}),
    "power": frozenset({"p", "power", "active power", "công suất", "cong suat", "công suất tác dụng"}),
    "energy": frozenset({"e", "energy", "active energy", "điện năng", "dien nang", "năng lượng"}),
    "temperature": frozenset({"t", "temp", "temperature", "nhiệt độ", "nhiet do"}),
    "volume": frozenset({"v", "volume", "thể tích", "the tich"}),
    "mass": frozenset({"m", "mass", "weight", "khối lượng", "khoi luong"}),
}
#: Names of dimensionless quantities that instruments write with no unit: the power factor
#: of a power analyser, the pH of a wastewater logger.
_DIMENSIONLESS = frozenset(
    {"pf", "cos φ", "cosφ", "cos phi", "cosphi", "cos", "λ", "power factor", "hệ số công suất", "he so cong suat"}
    | {"ph", "độ ph", "do ph"}
)
#: Units a bare word after a name never states (a period, a currency, a plain number).
_NOT_BARE = frozenset({"time", "money"})


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _unit(text: str) -> str | None:
    try:
        return units.normalize_unit(text)
    except ValueError:
        return None


def _quantity_name(head: str) -> str:
    """The name before a unit, without the channel or phase number ("I1", "U L2" -> "i", "u")."""
    return _CHANNEL.sub("", _fold(head)).strip()


def unit_from_header(name: str) -> str | None:
    """The unit a column name states, in canonical spelling, if cpdesk knows it.

    "Công suất (kW)" -> "kW"; "Q (kVAr)" -> "kvar"; "I1 [A]" -> "A"; "Áp suất (bar(g))" ->
    "bar(g)"; "Nhiệt độ, °C" -> "°C"; "Current A" -> "A"; "PF" -> "1"; "P" -> None.
    """
    if len(name) > LONGEST_NAME:
        return None
    groups = [match.group(1).strip() for match in _BRACKETED.finditer(name)]
    for text in reversed(groups):  # the last bracket first: "Flow (Nm3/h) [avg]"
        unit = _unit(text)
        if unit is not None:
            return unit
    bare = _BRACKETED.sub(" ", name).strip()
    if "," in bare:  # "Nhiệt độ, °C", as spreadsheets write a column's unit
        head, _, tail = bare.rpartition(",")
        unit = _unit(tail)
        if unit is not None and head.strip():
            return unit
    if _quantity_name(bare) in _DIMENSIONLESS:
        return "1"
    match = _BARE.match(bare)
    if not match:
        return None
    unit = _unit(match.group("unit"))
    if unit is None or unit == "1" or units.dimension_of(unit) in _NOT_BARE:
        return None
    token = _fold(match.group("unit"))
    if len(token) > 1 or not token.isalpha():
        # A symbol as written ("kW", "m3/h", "%", "barg"), not a word that also spells a unit
        # ("khoi": smoke, "ma" without its accent).
        written = unicodedata.normalize("NFKC", match.group("unit"))
        symbol = written == unicodedata.normalize("NFKC", unit) or any(c.isdigit() or c in "/%°" for c in token)
        spelled = units.dimension_of(unit).endswith(("pressure", "temperature"))  # "barg", "oC"
        return unit if symbol or spelled else None
    words = _QUANTITY_WORDS.get(units.dimension_of(unit), frozenset())
    return unit if _quantity_name(match.group("head")) in words else None
