"""What is wrong with a reference file, in Vietnamese and English, without the catalogue.

A :class:`~cpdesk.core.reference.files.ReferenceDataError` is raised while the reference
catalogues load, and the catalogue of labels and messages (:mod:`cpdesk.core.labels`) is built
from those very files: when one of them is damaged, no message of that catalogue can be said.
So the problems of a reference file are a small fixed set of codes whose wording lives here, in
this module, which reads no file and imports nothing of cpdesk. The workbench and the command
line say them in the user's language through :func:`cpdesk.core.messages.text_of`, as they say
every other message.

A wording names its parameters in braces, as the messages do. A parameter is a file's own text
(a key, a code as the file wrote it, ``repr`` of a value) and is said as it is in both
languages; a list is joined with commas; a nested message (a
:class:`~cpdesk.core.messages.Message`, or another :class:`Problem`) is said in the language of
the sentence, in English if the catalogue that words it cannot be read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# ruff: noqa: E501  (one text a line, as translators edit them)

#: code -> wording in each language. Codes are stable; a code is never reused for another meaning.
PROBLEMS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        # the file as a whole
        "file_not_found": {"vi": "không tìm thấy tệp", "en": "file not found"},
        "not_utf8": {"vi": "không phải văn bản UTF-8 hợp lệ ({detail})", "en": "not valid UTF-8 ({detail})"},
        "bad_json": {
            "vi": "JSON không hợp lệ ở dòng {line}, cột {column}: {detail}",
            "en": "invalid JSON at line {line}, column {column}: {detail}",
        },
        "top_not_object": {
            "vi": "cấp ngoài cùng phải là một đối tượng JSON",
            "en": "the top level must be a JSON object",
        },
        # one value
        "missing": {"vi": "thiếu", "en": "missing"},
        "expected_object": {"vi": "cần một đối tượng JSON", "en": "expected a JSON object"},
        "expected_string": {
            "vi": "cần một chuỗi không rỗng, nhưng có {got}",
            "en": "expected a non-empty string, got {got}",
        },
        "expected_version": {
            "vi": "cần một chuỗi không rỗng hoặc một số nguyên, nhưng có {got}",
            "en": "expected a non-empty string or integer, got {got}",
        },
        "expected_integer": {"vi": "cần một số nguyên, nhưng có {got}", "en": "expected an integer, got {got}"},
        "expected_number": {"vi": "cần một số, nhưng có {got}", "en": "expected a number, got {got}"},
        "expected_boolean": {"vi": "cần true hoặc false, nhưng có {got}", "en": "expected true or false, got {got}"},
        "expected_array": {"vi": "cần một mảng JSON không rỗng", "en": "expected a non-empty JSON array"},
        "expected_labels": {
            "vi": "cần một đối tượng JSON dạng mã -> {{vi, en}}",
            "en": "expected a JSON object of code -> {{vi, en}}",
        },
        # codes
        "bad_code": {
            "vi": "mã phải viết thường, nối bằng dấu _, nhưng có {got}",
            "en": "codes are lowercase snake_case, got {got}",
        },
        "not_a_code_of": {
            "vi": "{got} không phải mã {kind} ({allowed})",
            "en": "{got} is not a {kind} code ({allowed})",
        },
        "not_a_kind_code": {"vi": "không phải mã {kind}", "en": "not a {kind} code"},
        "not_a_vocabulary": {
            "vi": "không phải một bộ mã của cpdesk.core.vocabulary",
            "en": "not an enum of cpdesk.core.vocabulary",
        },
        "code_twice": {"vi": "mã {got} xuất hiện hai lần", "en": "code {got} appears twice"},
        "twice": {"vi": "{got} xuất hiện hai lần", "en": "{got} appears twice"},
        "twice_also_at": {"vi": "xuất hiện hai lần (cả ở {other})", "en": "appears twice (also at {other})"},
        "numbering": {
            "vi": "các số phải chạy từ 1 đến {count} theo thứ tự, nhưng có {got}",
            "en": "numbers must run 1..{count} in order, got {got}",
        },
        "missing_codes": {"vi": "thiếu {codes}", "en": "missing {codes}"},
        "unknown_parent_sector": {"vi": "không có ngành mẹ {got}", "en": "unknown parent sector {got}"},
        "section_two_tasks": {"vi": "mục {got} được hai nhiệm vụ dùng", "en": "section {got} used by two tasks"},
        # the option types
        "option_type_code": {
            "vi": "cần dạng KHU.ĐỐI_TƯỢNG.HÀNH_ĐỘNG bằng chữ in hoa và chữ số",
            "en": "expected AREA.SUBJECT.ACTION in upper case letters and digits",
        },
        "not_a_process": {
            "vi": "{got} không phải một quá trình ({allowed})",
            "en": "{got} is not one of the processes ({allowed})",
        },
        "process_code": {
            "vi": "cần 2 đến 4 chữ in hoa, nhưng có {got}",
            "en": "expected 2 to 4 upper case letters, got {got}",
        },
        "not_an_option_category": {
            "vi": "{got} không phải nhóm giải pháp ({allowed})",
            "en": "{got} is not an option category ({allowed})",
        },
        "not_a_carrier": {"vi": "{got} không phải mã dạng năng lượng/vật chất", "en": "{got} is not a carrier code"},
        "not_a_sector": {
            "vi": '{got} không phải mã ngành (hoặc "{all}")',
            "en": '{got} is not a sector code (or "{all}")',
        },
        "sector_twice": {"vi": "một ngành xuất hiện hai lần", "en": "a sector appears twice"},
        # the factor sets
        "code_differs_from_name": {
            "vi": "{got} khác với tên tệp {name}",
            "en": "{got} differs from the file name's {name}",
        },
        "fuel_twice": {"vi": "nhiên liệu {got} xuất hiện hai lần", "en": "fuel {got} appears twice"},
        "refused": {"vi": "{reason}", "en": "{reason}"},
    }
)

#: How a file received from the centre is named: "sectors.json received from the centre".
RECEIVED: Mapping[str, str] = MappingProxyType(
    {"vi": "{name} nhận từ trung tâm", "en": "{name} received from the centre"}
)

#: A parameter's place in a wording (``{{`` is a brace written out).
_PLACE = re.compile(r"\{\{|\}\}|\{(\w+)\}")


@dataclass(frozen=True)
class Problem:
    """A problem of a reference file: a code of :data:`PROBLEMS` and its parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def text(self, lang: str = "en") -> str:
        """The problem in ``lang`` ("vi" or "en"; English for any other)."""
        return fill(PROBLEMS[self.code], self.params, lang)

    def __str__(self) -> str:
        return self.text("en")


def problem(code: str, **params: object) -> Problem:
    """A :class:`Problem`: ``problem("expected_number", got="'x'")``."""
    if code not in PROBLEMS:
        raise KeyError(f"no reference problem {code!r}")  # a programmer's slip, caught by the tests
    return Problem(code, MappingProxyType(dict(params)))


def fill(wordings: Mapping[str, str], params: Mapping[str, object], lang: str) -> str:
    """The wording of ``lang`` (English for another) with each ``{name}`` filled."""
    wording = wordings.get(lang, wordings["en"])

    def place(found: re.Match[str]) -> str:
        name = found[1]
        if name is None:
            return found[0][0]
        return _say(params[name], lang) if name in params else found[0]

    return _PLACE.sub(place, wording)


def _say(value: object, lang: str) -> str:
    """A parameter said in ``lang``: a nested message in that language, a list joined."""
    if isinstance(value, list | tuple):
        return ", ".join(_say(item, lang) for item in value)
    said = getattr(value, "text", None)
    if callable(said):
        try:
            return str(said(lang))
        except (KeyError, ValueError):  # a message of a catalogue that cannot be read now
            return repr(value)
    return str(value)
