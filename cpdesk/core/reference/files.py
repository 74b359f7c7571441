"""Reading the reference files: the value type of a text in both languages, the error that
names a malformed file and its key, and the checked access to a decoded JSON document.

The JSON files live in ``resources/reference`` and ``resources/factor_sets`` (installed as the
package ``cpdesk.resources``) and are read through :mod:`importlib.resources`, so the same code
works in a source tree, a wheel and a frozen build. Vietnamese strings are NFC-normalised on
load, so a file saved by an editor in NFD still compares equal to the codes and labels typed
elsewhere.

The catalogues a centre's reference-data pack carries replace the shipped files once
:func:`cpdesk.services.reference.centre_catalogues.use_catalogues` is given them; the loaders
read them from ``_received`` below.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from typing import Any, Literal, overload

from cpdesk.core.reference.problems import RECEIVED, Problem, fill, problem

PACKAGE = "cpdesk.resources"
REFERENCE_DIR = "reference"
FACTOR_SETS_DIR = "factor_sets"
DEFAULT_FACTOR_SET = "ipcc2006_vn_grid"
LANGS: tuple[str, ...] = ("vi", "en")

_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


class ReferenceDataError(ValueError):
    """A reference file is missing or malformed; the message names the file and the key.

    ``why`` is the :class:`~.problems.Problem` (a code whose wording does not come from the
    reference files, which may be the ones that fail), ``problem`` its English wording and
    ``str()`` the English line; :meth:`text` says it in any language.
    """

    def __init__(self, file: str, key: str, problem: Problem) -> None:
        # a catalogue received from the centre is named "sectors.json received from the centre"
        # (see _read_json); its name is said in the language of the sentence
        received = RECEIVED["en"].removeprefix("{name}")
        self.received = file.endswith(received)
        self.name = file.removesuffix(received)
        self.file = file
        self.key = key
        self.why = problem
        self.problem = str(problem)
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The file, the key and what is wrong, in ``lang``."""
        file = fill(RECEIVED, {"name": self.name}, lang) if self.received else self.name
        where = f"{file}: {self.key}: " if self.key else f"{file}: "
        return where + self.why.text(lang)


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
    display = f"resources/{subdir}/{name}" if content is None else fill(RECEIVED, {"name": name}, "en")
    try:
        if content is not None:
            text = content.decode("utf-8")
        else:
            text = (resources.files(PACKAGE) / subdir / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceDataError(display, "", problem("file_not_found")) from None
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(display, "", problem("not_utf8", detail=str(exc))) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        found = problem("bad_json", line=exc.lineno, column=exc.colno, detail=exc.msg)
        raise ReferenceDataError(display, "", found) from None
    if not isinstance(data, dict):
        raise ReferenceDataError(display, "", problem("top_not_object"))
    return display, data


def _path(where: str, key: str) -> str:
    """The dotted key path of ``key`` inside ``where`` (e.g. ``steps[0].tasks[1].title``)."""
    return f"{where}.{key}" if where else key


class _Doc:
    """Typed access to a decoded JSON document, with errors naming file and key path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def error(self, key: str, code: str, **params: object) -> ReferenceDataError:
        """The error naming this file, ``key`` and the problem ``code`` of
        :data:`~.problems.PROBLEMS` with its parameters."""
        return ReferenceDataError(self.file, key, problem(code, **params))

    def get(self, obj: Mapping[str, Any], key: str, where: str, optional: bool = False) -> Any:
        path = _path(where, key)
        if not isinstance(obj, Mapping):
            raise self.error(where, "expected_object")
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
            raise self.error(path, "expected_string", got=repr(value))
        return unicodedata.normalize("NFC", value.strip())

    def version(self, obj: Mapping[str, Any]) -> str:
        value = self.get(obj, "version", "")
        if isinstance(value, bool) or not isinstance(value, (str, int)) or str(value).strip() == "":
            raise self.error("version", "expected_version", got=repr(value))
        return str(value).strip()

    def integer(self, obj: Mapping[str, Any], key: str, where: str = "") -> int:
        value = self.get(obj, key, where)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(_path(where, key), "expected_integer", got=repr(value))
        return value

    @overload
    def number(self, obj: Mapping[str, Any], key: str, where: str = "", optional: Literal[False] = False) -> float: ...
    @overload
    def number(self, obj: Mapping[str, Any], key: str, where: str = "", *, optional: bool) -> float | None: ...
    def number(self, obj: Mapping[str, Any], key: str, where: str = "", optional: bool = False) -> float | None:
        value = self.get(obj, key, where, optional)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(_path(where, key), "expected_number", got=repr(value))
        return float(value)

    def boolean(self, obj: Mapping[str, Any], key: str, where: str = "") -> bool:
        value = self.get(obj, key, where)
        if not isinstance(value, bool):
            raise self.error(_path(where, key), "expected_boolean", got=repr(value))
        return value

    def array(self, obj: Mapping[str, Any], key: str, where: str = "") -> list[Any]:
        value = self.get(obj, key, where)
        if not isinstance(value, list) or not value:
            raise self.error(_path(where, key), "expected_array")
        return value

    def obj(self, obj: Mapping[str, Any], key: str, where: str = "") -> Mapping[str, Any]:
        value = self.get(obj, key, where)
        if not isinstance(value, Mapping):
            raise self.error(_path(where, key), "expected_object")
        return value

    def text(self, obj: Mapping[str, Any], key: str, where: str = "") -> Text:
        value = self.obj(obj, key, where)
        path = _path(where, key)
        return Text(vi=self.string(value, "vi", path), en=self.string(value, "en", path))

    def code(self, obj: Mapping[str, Any], key: str, where: str = "") -> str:
        value = self.string(obj, key, where)
        if not _CODE_RE.match(value):
            raise self.error(_path(where, key), "bad_code", got=repr(value))
        return value

    def header(self, data: Mapping[str, Any]) -> tuple[str, str]:
        """The file's ``source`` and ``version``, both required."""
        return self.string(data, "source"), self.version(data)


def _check_numbered(doc: _Doc, key: str, numbers: list[int]) -> None:
    """Raise unless ``numbers`` is exactly 1, 2, ..., n in order."""
    expected = list(range(1, len(numbers) + 1))
    if numbers != expected:
        raise doc.error(key, "numbering", count=len(numbers), got=str(numbers))


def _enum_code(doc: _Doc, enum: type[Enum], raw: Mapping[str, Any], where: str) -> Any:
    """Read ``raw["code"]`` as a member of ``enum``; error naming file and key otherwise."""
    code = doc.string(raw, "code", where)
    try:
        return enum(code)
    except ValueError:
        allowed = [m.value for m in enum]
        raise doc.error(f"{where}.code", "not_a_code_of", got=repr(code), kind=enum.__name__, allowed=allowed) from None


def _check_unique(doc: _Doc, key: str, codes: list[str]) -> None:
    """Raise if a code appears twice."""
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise doc.error(key, "code_twice", got=repr(str(code)))
        seen.add(code)
