"""Reference data shipped with cpdesk: methodology, categories, sectors, labels, factor sets.

The JSON files live in ``resources/reference`` and ``resources/factor_sets`` (installed as the
package ``cpdesk.resources``) and are read through :mod:`importlib.resources`, so the same code
works in a source tree, a wheel and a frozen build. Each loader parses and checks its file
once (``functools.lru_cache``) and returns frozen objects; a malformed file raises
:class:`ReferenceDataError` naming the file and the key.

The catalogues (sectors, option and cause categories, labels) that a centre's reference-data
pack carries replace the shipped files once
:func:`cpdesk.services.reference.centre_catalogues.use_catalogues` is given them; the loaders read them
from ``_received`` below.

Vietnamese strings are NFC-normalised on load, so a file saved by an editor in NFD still
compares equal to the codes and labels typed elsewhere.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, overload

from cpdesk.core import vocabulary
from cpdesk.core.vocabulary import CauseCategory, OptionCategory

__all__ = [
    "DEFAULT_FACTOR_SET",
    "LANGS",
    "CauseCategoryInfo",
    "Methodology",
    "OptionCategoryInfo",
    "ReferenceDataError",
    "Sector",
    "Step",
    "Task",
    "Text",
    "cause_categories",
    "label",
    "label_of",
    "labels_of",
    "methodology",
    "option_categories",
    "sectors",
]

PACKAGE = "cpdesk.resources"
REFERENCE_DIR = "reference"
FACTOR_SETS_DIR = "factor_sets"
DEFAULT_FACTOR_SET = "ipcc2006_vn_grid"
LANGS: tuple[str, ...] = ("vi", "en")
#: Kind name under which :func:`label` finds sectors.
SECTOR_KIND = "Sector"

_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


class ReferenceDataError(ValueError):
    """A reference file is missing or malformed; the message names the file and the key."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file = file
        self.key = key
        self.problem = problem
        where = f"{file}: {key}: " if key else f"{file}: "
        super().__init__(where + problem)


# --------------------------------------------------------------------------- value types


@dataclass(frozen=True)
class Text:
    """A text in Vietnamese and English."""

    vi: str
    en: str

    def get(self, lang: str = "vi") -> str:
        """The text in ``lang`` ("vi" or "en")."""
        if lang == "vi":
            return self.vi
        if lang == "en":
            return self.en
        raise ValueError(f"unknown language {lang!r}: expected one of {LANGS}")


class _Titled:
    """The title of a step or task in either language."""

    title: Text

    @property
    def title_vi(self) -> str:
        return self.title.vi

    @property
    def title_en(self) -> str:
        return self.title.en


@dataclass(frozen=True)
class Task(_Titled):
    """One of the 18 tasks: its worksheet and the cpdesk section that records it."""

    number: int
    step: int
    title: Text
    worksheet: Text
    section: str


@dataclass(frozen=True)
class Step(_Titled):
    """One of the 6 steps and its tasks."""

    number: int
    title: Text
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Methodology:
    """The CP assessment method: 6 steps, 18 tasks numbered through."""

    source: str
    version: str
    steps: tuple[Step, ...]

    @property
    def tasks(self) -> tuple[Task, ...]:
        """All tasks in order."""
        return tuple(task for step in self.steps for task in step.tasks)

    def step(self, number: int) -> Step:
        """Step ``number`` (1..6); ValueError if there is none."""
        for step in self.steps:
            if step.number == number:
                return step
        raise ValueError(f"the methodology has no step {number}")

    def task(self, number: int) -> Task:
        """Task ``number`` (1..18); ValueError if there is none."""
        for task in self.tasks:
            if task.number == number:
                return task
        raise ValueError(f"the methodology has no task {number}")

    def task_for_section(self, section: str) -> Task:
        """The task recorded in cpdesk section ``section``; ValueError if none is."""
        for task in self.tasks:
            if task.section == section:
                return task
        raise ValueError(f"no task of the methodology is recorded in section {section!r}")


@dataclass(frozen=True)
class OptionCategoryInfo:
    """One of the eight CP option categories (task 8) with an example."""

    code: OptionCategory
    number: int
    label: Text
    example: Text
    example_source: str


@dataclass(frozen=True)
class CauseCategoryInfo:
    """One of the eight causes of waste (task 7) with its guiding question."""

    code: CauseCategory
    number: int
    label: Text
    question: Text


@dataclass(frozen=True)
class Sector:
    """An industrial sector; ``parent`` is set for a sub-sector (e.g. electroplating)."""

    code: str
    label: Text
    parent: str | None = None


# --------------------------------------------------------------------------- file reading

#: The catalogues received from the centre that the loaders read instead of the shipped files,
#: by file name without ``.json``. :mod:`cpdesk.services.reference.centre_catalogues` fills it and clears
#: the loaders' caches; it lives here because the loaders read it and that module calls them.
_received: dict[str, bytes] = {}
#: Catalogues being checked in this thread (see
#: :func:`cpdesk.services.reference.centre_catalogues.check_catalogue`), read instead of ``_received``
#: without touching what the other threads read.
_reading: ContextVar[Mapping[str, bytes] | None] = ContextVar("cpdesk_reference_reading", default=None)


def _read_json(subdir: str, name: str, shipped: bool = False) -> tuple[str, Any]:
    """Read and decode ``subdir/name``: the catalogue received from the centre if there is
    one (unless ``shipped``), else the file of the resources package; (display name, data)."""
    received = _reading.get()
    content = None if shipped or subdir != REFERENCE_DIR else (received or _received).get(name.removesuffix(".json"))
    display = f"resources/{subdir}/{name}" if content is None else f"{name} received from the centre"
    try:
        if content is not None:
            text = content.decode("utf-8")
        else:
            text = (resources.files(PACKAGE) / subdir / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceDataError(display, "", "file not found") from None
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(display, "", f"not valid UTF-8 ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            display, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(data, dict):
        raise ReferenceDataError(display, "", "the top level must be a JSON object")
    return display, data


def _path(where: str, key: str) -> str:
    """The dotted key path of ``key`` inside ``where`` (e.g. ``steps[0].tasks[1].title``)."""
    return f"{where}.{key}" if where else key


class _Doc:
    """Typed access to a decoded JSON document, with errors naming file and key path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def error(self, key: str, problem: str) -> ReferenceDataError:
        return ReferenceDataError(self.file, key, problem)

    def get(self, obj: Mapping[str, Any], key: str, where: str, optional: bool = False) -> Any:
        path = _path(where, key)
        if not isinstance(obj, Mapping):
            raise self.error(where or "(top level)", "expected a JSON object")
        if key not in obj:
            if optional:
                return None
            raise self.error(path, "missing")
        return obj[key]

    @overload
    def string(self, obj: Mapping[str, Any], key: str, where: str = "", optional: Literal[False] = False) -> str: ...
    @overload
    def string(self, obj: Mapping[str, Any], key: str, where: str = "", *, optional: bool) -> str | None: ...
    def string(self, obj: Mapping[str, Any], key: str, where: str = "", optional: bool = False) -> str | None:
        value = self.get(obj, key, where, optional)
        if value is None and optional:
            return None
        path = _path(where, key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(path, f"expected a non-empty string, got {value!r}")
        return unicodedata.normalize("NFC", value.strip())

    def version(self, obj: Mapping[str, Any]) -> str:
        value = self.get(obj, "version", "")
        if isinstance(value, bool) or not isinstance(value, (str, int)) or str(value).strip() == "":
            raise self.error("version", f"expected a non-empty string or integer, got {value!r}")
        return str(value).strip()

    def integer(self, obj: Mapping[str, Any], key: str, where: str = "") -> int:
        value = self.get(obj, key, where)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(_path(where, key), f"expected an integer, got {value!r}")
        return value

    def number(self, obj: Mapping[str, Any], key: str, where: str = "", optional: bool = False) -> float | None:
        value = self.get(obj, key, where, optional)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(_path(where, key), f"expected a number, got {value!r}")
        return float(value)

    def boolean(self, obj: Mapping[str, Any], key: str, where: str = "") -> bool:
        value = self.get(obj, key, where)
        if not isinstance(value, bool):
            raise self.error(_path(where, key), f"expected true or false, got {value!r}")
        return value

    def array(self, obj: Mapping[str, Any], key: str, where: str = "") -> list[Any]:
        value = self.get(obj, key, where)
        if not isinstance(value, list) or not value:
            raise self.error(_path(where, key), "expected a non-empty JSON array")
        return value

    def obj(self, obj: Mapping[str, Any], key: str, where: str = "") -> Mapping[str, Any]:
        value = self.get(obj, key, where)
        if not isinstance(value, Mapping):
            raise self.error(_path(where, key), "expected a JSON object")
        return value

    def text(self, obj: Mapping[str, Any], key: str, where: str = "") -> Text:
        value = self.obj(obj, key, where)
        path = _path(where, key)
        return Text(vi=self.string(value, "vi", path), en=self.string(value, "en", path))

    def code(self, obj: Mapping[str, Any], key: str, where: str = "") -> str:
        value = self.string(obj, key, where)
        if not _CODE_RE.match(value):
            raise self.error(
                _path(where, key),
                f"codes are lowercase snake_case, got {value!r}",
            )
        return value

    def header(self, data: Mapping[str, Any]) -> tuple[str, str]:
        """The file's ``source`` and ``version``, both required."""
        return self.string(data, "source"), self.version(data)


# --------------------------------------------------------------------------- methodology


@cache
def methodology() -> Methodology:
    """The 6 steps and 18 tasks, from ``reference/methodology.json``."""
    file, data = _read_json(REFERENCE_DIR, "methodology.json")
    doc = _Doc(file)
    source, version = doc.header(data)
    steps: list[Step] = []
    for i, raw_step in enumerate(doc.array(data, "steps")):
        where = f"steps[{i}]"
        number = doc.integer(raw_step, "number", where)
        tasks = []
        for j, raw_task in enumerate(doc.array(raw_step, "tasks", where)):
            twhere = f"{where}.tasks[{j}]"
            tasks.append(
                Task(
                    number=doc.integer(raw_task, "number", twhere),
                    step=number,
                    title=doc.text(raw_task, "title", twhere),
                    worksheet=doc.text(raw_task, "worksheet", twhere),
                    section=doc.code(raw_task, "section", twhere),
                )
            )
        title = doc.text(raw_step, "title", where)
        steps.append(Step(number=number, title=title, tasks=tuple(tasks)))
    result = Methodology(source=source, version=version, steps=tuple(steps))
    _check_numbered(doc, "steps", [s.number for s in result.steps])
    _check_numbered(doc, "steps[*].tasks", [t.number for t in result.tasks])
    sections = [t.section for t in result.tasks]
    for section in sections:
        if sections.count(section) > 1:
            raise doc.error("steps[*].tasks[*].section", f"section {section!r} used by two tasks")
    return result


def _check_numbered(doc: _Doc, key: str, numbers: list[int]) -> None:
    """Raise unless ``numbers`` is exactly 1, 2, ..., n in order."""
    expected = list(range(1, len(numbers) + 1))
    if numbers != expected:
        raise doc.error(key, f"numbers must run 1..{len(numbers)} in order, got {numbers}")


# --------------------------------------------------------------------------- categories, sectors


@cache
def option_categories() -> tuple[OptionCategoryInfo, ...]:
    """The eight option categories in their order, from ``reference/option_categories.json``."""
    return _categories(
        "option_categories",
        OptionCategory,
        lambda doc, raw, where, code, number: OptionCategoryInfo(
            code=code,
            number=number,
            label=doc.text(raw, "label", where),
            example=doc.text(raw, "example", where),
            example_source=doc.string(raw, "example_source", where),
        ),
    )


@cache
def cause_categories() -> tuple[CauseCategoryInfo, ...]:
    """The eight causes of waste in their order, from ``reference/cause_categories.json``."""
    return _categories(
        "cause_categories",
        CauseCategory,
        lambda doc, raw, where, code, number: CauseCategoryInfo(
            code=code, number=number, label=doc.text(raw, "label", where), question=doc.text(raw, "question", where)
        ),
    )


def _categories(name: str, enum: type[Enum], make: Callable[[_Doc, Any, str, Any, int], Any]) -> tuple[Any, ...]:
    """A numbered list of ``categories`` naming every member of ``enum`` once, in order."""
    file, data = _read_json(REFERENCE_DIR, f"{name}.json")
    doc = _Doc(file)
    doc.header(data)
    items = []
    for i, raw in enumerate(doc.array(data, "categories")):
        where = f"categories[{i}]"
        items.append(make(doc, raw, where, _enum_code(doc, enum, raw, where), doc.integer(raw, "number", where)))
    _check_numbered(doc, "categories", [c.number for c in items])
    _check_unique(doc, "categories", [c.code for c in items])
    missing = [m.value for m in enum if m not in {c.code for c in items}]
    if missing:
        raise doc.error("categories", f"missing {', '.join(missing)}")
    return tuple(items)


@cache
def sectors() -> tuple[Sector, ...]:
    """The sectors, parents before their sub-sectors, from ``reference/sectors.json``.

    When the centre sent its own list, its sectors come first (its labels win) and the
    shipped sectors it does not name follow, so a company's sector always has a label.
    """
    items = list(_sectors(*_read_json(REFERENCE_DIR, "sectors.json")))
    known = {s.code for s in items}
    if (_reading.get() or _received).get("sectors") is not None:
        items += [s for s in _sectors(*_read_json(REFERENCE_DIR, "sectors.json", shipped=True)) if s.code not in known]
    return tuple(items)


def _sectors(file: str, data: Any) -> list[Sector]:
    doc = _Doc(file)
    doc.header(data)
    items = []
    for i, raw in enumerate(doc.array(data, "sectors")):
        where = f"sectors[{i}]"
        parent = doc.get(raw, "parent", where, optional=True)
        items.append(
            Sector(
                code=doc.code(raw, "code", where),
                label=doc.text(raw, "label", where),
                parent=None if parent is None else doc.code(raw, "parent", where),
            )
        )
    _check_unique(doc, "sectors", [s.code for s in items])
    known = {s.code for s in items}
    for i, sector in enumerate(items):
        if sector.parent is not None and sector.parent not in known:
            raise doc.error(f"sectors[{i}].parent", f"unknown parent sector {sector.parent!r}")
    return items


def _enum_code(doc: _Doc, enum: type[Enum], raw: Mapping[str, Any], where: str) -> Any:
    """Read ``raw["code"]`` as a member of ``enum``; error naming file and key otherwise."""
    code = doc.string(raw, "code", where)
    try:
        return enum(code)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        problem = f"{code!r} is not a {enum.__name__} code ({allowed})"
        raise doc.error(f"{where}.code", problem) from None


def _check_unique(doc: _Doc, key: str, codes: list[str]) -> None:
    """Raise if a code appears twice."""
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise doc.error(key, f"code {str(code)!r} appears twice")
        seen.add(code)


# --------------------------------------------------------------------------- labels


def _vocabulary_enums() -> dict[str, type[Enum]]:
    """The code enums of :mod:`cpdesk.core.vocabulary`, by class name."""
    return {
        name: obj
        for name, obj in vars(vocabulary).items()
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == vocabulary.__name__
    }


@cache
def _vocabulary_labels() -> Mapping[str, Mapping[str, Text]]:
    """``reference/vocabulary_labels.json``: enum class name -> code -> Text."""
    file, data = _read_json(REFERENCE_DIR, "vocabulary_labels.json")
    doc = _Doc(file)
    doc.header(data)
    enums = _vocabulary_enums()
    table: dict[str, Mapping[str, Text]] = {}
    for kind, codes in doc.obj(data, "labels").items():
        if kind not in enums:
            raise doc.error(f"labels.{kind}", "not an enum of cpdesk.core.vocabulary")
        if not isinstance(codes, Mapping):
            raise doc.error(f"labels.{kind}", "expected a JSON object of code -> {vi, en}")
        valid = {m.value for m in enums[kind]}
        entries: dict[str, Text] = {}
        for code in codes:
            if code not in valid:
                raise doc.error(f"labels.{kind}.{code}", f"not a {kind} code")
            entries[code] = doc.text(codes, code, f"labels.{kind}")
        table[kind] = MappingProxyType(entries)
    return MappingProxyType(table)


@cache
def _all_labels() -> Mapping[str, Mapping[str, Text]]:
    """Every labelled kind: vocabulary enums, option and cause categories, sectors."""
    table = dict(_vocabulary_labels())
    options = {c.code.value: c.label for c in option_categories()}
    causes = {c.code.value: c.label for c in cause_categories()}
    table[OptionCategory.__name__] = MappingProxyType(options)
    table[CauseCategory.__name__] = MappingProxyType(causes)
    table[SECTOR_KIND] = MappingProxyType({s.code: s.label for s in sectors()})
    return MappingProxyType(table)


def labels_of(kind: str | type[Enum]) -> Mapping[str, Text]:
    """code -> :class:`Text` for ``kind``: an enum class, its name, or ``"Sector"``.

    Kind names are matched case-insensitively ("sector", "OptionCategory", "carrier").
    """
    name = kind.__name__ if isinstance(kind, type) else str(kind)
    table = _all_labels()
    if name in table:
        return table[name]
    for known, entries in table.items():
        if known.lower() == name.lower():
            return entries
    raise ValueError(f"no labels for kind {name!r} (known: {', '.join(sorted(table))})")


def label(item: Enum | tuple[str | type[Enum], str], lang: str = "vi") -> str:
    """The label of an enum member, or of ``(kind, code)`` such as ``("Sector", "paper")``.

    ``lang`` is "vi" or "en". ValueError naming kind and code if there is no label.
    """
    if isinstance(item, Enum):
        kind: str | type[Enum] = type(item)
        code = str(item.value)
    elif isinstance(item, tuple) and len(item) == 2:
        kind, code = item[0], str(item[1])
    else:
        raise TypeError(f"label() takes an enum member or a (kind, code) pair, got {item!r}")
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {LANGS}")
    table = labels_of(kind)
    try:
        return table[code].get(lang)
    except KeyError:
        name = kind.__name__ if isinstance(kind, type) else kind
        raise ValueError(f"no label for {name} code {code!r}") from None


def label_of(kind: str | type[Enum], code: str, lang: str = "vi") -> str:
    """Same as ``label((kind, code), lang)``: e.g. ``label_of("sector", "paper", "en")``."""
    return label((kind, code), lang)
