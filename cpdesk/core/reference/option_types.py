"""The centre's option library: the catalogue of generic CP option types (task 8).

A type is what many plants have done under one name ("repair leaking steam traps"), not an
option of one assessment. ``resources/reference/option_types.json`` ships the catalogue; a
centre's reference-data pack may replace it, like the other catalogues (see :mod:`.files`).

**The code** of a type is three parts joined by dots, ``AREA.SUBJECT.ACTION``, each in upper
case letters and digits, like the ARC codes of the US Industrial Assessment Centers:

- ``AREA`` is the process or utility the type applies to, one of the file's ``processes``
  (2 to 4 letters): ``STM`` boilers and steam, ``AIR`` compressed air, ``MTR`` motors, pumps
  and fans, ``CLG`` cooling, ``LGT`` lighting, ``DYE`` dyeing, ``WSH`` washing and cleaning,
  ``DRY`` drying, ``PLT`` electroplating, ``KLN`` kilns, ``FRN`` metal furnaces, ``PLP`` pulp
  and paper, ``BRW`` brewing, ``WST`` waste and by-products, and the others the file lists;
- ``SUBJECT`` is the equipment or stream acted on (``TRAP``, ``COND``, ``RINSE``: 2 to 8);
- ``ACTION`` is what is done to it (``REPAIR``, ``RECOVER``, ``INSUL``, ``REUSE``: 2 to 8).

So ``STM.TRAP.REPAIR`` is "repair leaking steam traps" and ``STM.COND.RECOVER`` "return the
condensate to the boiler". Codes are stable: a type is never renumbered, because assessments
and the centre's evidence will refer to it; a type the centre drops keeps its code unused.

**Each type** names its option category (one of the eight of the method), the carriers it
saves (codes of :class:`~cpdesk.core.vocabulary.Carrier`), the sectors where it applies
(codes of the sectors catalogue, or ``"all"`` for a utility every plant has; a type of a
sector applies to its sub-sectors too), and a title and a short description in Vietnamese and
English.

A damaged file raises :class:`~.files.ReferenceDataError` naming the entry and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cpdesk.core.reference.catalogues import sectors
from cpdesk.core.reference.files import REFERENCE_DIR, Text, _Doc, _read_json
from cpdesk.core.vocabulary import Carrier, OptionCategory

#: The file's name without ``.json``, as a centre's pack names it.
CATALOGUE = "option_types"

#: The form of a type's code: AREA.SUBJECT.ACTION.
CODE_RE = re.compile(r"^[A-Z]{2,4}\.[A-Z0-9]{2,8}\.[A-Z0-9]{2,8}$")
_AREA_RE = re.compile(r"^[A-Z]{2,4}$")

#: The ``sectors`` value of a type that applies in every sector.
ALL_SECTORS = "all"


@dataclass(frozen=True)
class Process:
    """A process or utility the option types apply to: the first part of their codes."""

    code: str
    label: Text


@dataclass(frozen=True)
class OptionType:
    """A generic CP option type; ``sectors`` is empty for a type that applies everywhere."""

    code: str
    category: OptionCategory
    process: str
    carriers: tuple[Carrier, ...]
    sectors: tuple[str, ...]
    title: Text
    description: Text

    @property
    def all_sectors(self) -> bool:
        """True for a type every plant may use (a utility: steam, compressed air, lighting)."""
        return not self.sectors


@dataclass(frozen=True)
class OptionLibrary:
    """The catalogue as read: its processes and its types, in the file's order."""

    source: str
    version: str
    processes: tuple[Process, ...]
    types: tuple[OptionType, ...]
    _by_code: Mapping[str, OptionType] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {t.code: t for t in self.types})

    def process(self, code: str) -> Process:
        """The process of ``code``; KeyError if the catalogue has none."""
        for process in self.processes:
            if process.code == code:
                return process
        raise KeyError(code)

    def find(self, code: str) -> OptionType | None:
        """The type of ``code`` (upper or lower case), None if the catalogue has none."""
        return self._by_code.get(code.strip().upper())


@cache
def option_library() -> OptionLibrary:
    """The catalogue of option types, from ``reference/option_types.json`` (or the centre's)."""
    file, data = _read_json(REFERENCE_DIR, f"{CATALOGUE}.json")
    return read_library(file, data)


def read_library(file: str, data: Any) -> OptionLibrary:
    """Check and read a decoded catalogue; ``file`` names it in the errors."""
    doc = _Doc(file)
    source, version = doc.header(data)
    processes = _processes(doc, data)
    known_sectors = {s.code for s in sectors()}
    seen: dict[str, str] = {}
    types = []
    for i, raw in enumerate(doc.array(data, "types")):
        where = f"types[{i}]"
        code = doc.string(raw, "code", where)
        where = f"types[{i}] ({code})"
        if not CODE_RE.match(code):
            raise doc.error(f"{where}.code", "option_type_code")
        if code in seen:
            raise doc.error(f"{where}.code", "twice_also_at", other=seen[code])
        seen[code] = f"types[{i}]"
        area = code.split(".")[0]
        if area not in processes:
            raise doc.error(f"{where}.code", "not_a_process", got=repr(area), allowed=list(processes))
        types.append(
            OptionType(
                code=code,
                category=_category(doc, raw, where),
                process=area,
                carriers=_carriers(doc, raw, where),
                sectors=_sectors(doc, raw, where, known_sectors),
                title=doc.text(raw, "title", where),
                description=doc.text(raw, "description", where),
            )
        )
    return OptionLibrary(source=source, version=version, processes=tuple(processes.values()), types=tuple(types))


def _processes(doc: _Doc, data: Any) -> dict[str, Process]:
    processes: dict[str, Process] = {}
    for i, raw in enumerate(doc.array(data, "processes")):
        where = f"processes[{i}]"
        code = doc.string(raw, "code", where)
        if not _AREA_RE.match(code):
            raise doc.error(f"{where}.code", "process_code", got=repr(code))
        if code in processes:
            raise doc.error(f"{where}.code", "twice", got=repr(code))
        processes[code] = Process(code=code, label=doc.text(raw, "label", where))
    return processes


def _category(doc: _Doc, raw: Any, where: str) -> OptionCategory:
    value = doc.string(raw, "category", where)
    try:
        return OptionCategory(value)
    except ValueError:
        allowed = ", ".join(c.value for c in OptionCategory)
        raise doc.error(f"{where}.category", "not_an_option_category", got=repr(value), allowed=allowed) from None


def _carriers(doc: _Doc, raw: Any, where: str) -> tuple[Carrier, ...]:
    carriers: list[Carrier] = []
    for value in doc.array(raw, "carriers", where):
        try:
            carrier = Carrier(value)
        except ValueError:
            raise doc.error(f"{where}.carriers", "not_a_carrier", got=repr(value)) from None
        if carrier in carriers:
            raise doc.error(f"{where}.carriers", "twice", got=repr(value))
        carriers.append(carrier)
    return tuple(carriers)


def _sectors(doc: _Doc, raw: Any, where: str, known: set[str]) -> tuple[str, ...]:
    value = doc.get(raw, "sectors", where)
    if value == ALL_SECTORS:
        return ()
    codes = doc.array(raw, "sectors", where)
    for code in codes:
        if not isinstance(code, str) or code not in known:
            raise doc.error(f"{where}.sectors", "not_a_sector", got=repr(code), all=ALL_SECTORS)
    if len(set(codes)) != len(codes):
        raise doc.error(f"{where}.sectors", "sector_twice")
    return tuple(codes)
