"""A reference file's problem is said in the user's language even when the catalogue of
messages cannot be built (it is built from the reference files): its wording is one of the
fixed codes of cpdesk/core/reference/problems.py, each with both languages, and every place
that raises one names a code of that table with the parameters its wording uses."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import cpdesk
from cpdesk.core import labels
from cpdesk.core.labels.catalogue import all_labels, vocabulary_labels
from cpdesk.core.messages import msg, text_of
from cpdesk.core.reference import ReferenceDataError
from cpdesk.core.reference import files as reference_files
from cpdesk.core.reference.problems import PROBLEMS, fill, problem

ROOT = Path(cpdesk.__file__).resolve().parent


@pytest.fixture
def broken_vocabulary() -> Iterator[None]:
    """The vocabulary's labels, as received from a centre, cut short: no label can be read."""
    reference_files._received["vocabulary_labels"] = b'{"source": "centre", "labels": {'
    vocabulary_labels.cache_clear()
    all_labels.cache_clear()
    try:
        yield
    finally:
        del reference_files._received["vocabulary_labels"]
        vocabulary_labels.cache_clear()
        all_labels.cache_clear()


def test_a_broken_catalogue_is_named_in_vietnamese_without_the_catalogue(broken_vocabulary: None) -> None:
    with pytest.raises(ReferenceDataError) as caught:
        labels.label("Carrier", "steam", "vi")
    error = caught.value
    # the text of '{"source": "centre", "labels": {' ends at column 33 of line 1
    assert str(error) == (
        "vocabulary_labels.json received from the centre: "
        "invalid JSON at line 1, column 33: Expecting property name enclosed in double quotes"
    )
    assert text_of(error, "vi") == (
        "vocabulary_labels.json nhận từ trung tâm: "
        "JSON không hợp lệ ở dòng 1, cột 33: Expecting property name enclosed in double quotes"
    )


def test_a_problem_with_a_key_and_a_value_in_both_languages() -> None:
    error = ReferenceDataError("resources/reference/sectors.json", "sectors[2].code", problem("bad_code", got="'A B'"))
    assert str(error) == "resources/reference/sectors.json: sectors[2].code: codes are lowercase snake_case, got 'A B'"
    assert text_of(error, "vi") == (
        "resources/reference/sectors.json: sectors[2].code: mã phải viết thường, nối bằng dấu _, nhưng có 'A B'"
    )
    assert error.problem == "codes are lowercase snake_case, got 'A B'"


def test_a_problem_said_inside_a_message_is_said_in_its_language() -> None:
    error = ReferenceDataError(
        "sectors.json received from the centre", "sectors[0].parent", problem("unknown_parent_sector", got="'nowhere'")
    )
    said = msg("sync.pack_catalogue_unusable", name="catalogue_sectors.json", detail=error)
    assert said.text("vi") == (
        "không dùng được danh mục catalogue_sectors.json của gói "
        "(sectors.json nhận từ trung tâm: sectors[0].parent: không có ngành mẹ 'nowhere')"
    )


def test_a_nested_message_of_a_catalogue_that_cannot_be_read_does_not_raise(broken_vocabulary: None) -> None:
    said = problem("refused", reason=msg("value.at_least", minimum=0)).text("vi")
    assert "value.at_least" in said  # named by its code: its wording is in the catalogue that failed


def test_every_problem_has_both_languages_with_the_same_places() -> None:
    for code, wording in PROBLEMS.items():
        assert set(wording) == {"vi", "en"}, code
        assert wording["vi"].strip() and wording["en"].strip(), code
        places = {lang: set(_places(text)) for lang, text in wording.items()}
        assert places["vi"] == places["en"], code
        if code != "refused":  # only a nested reason, said in its own language
            assert wording["vi"] != wording["en"], f"{code}: not translated"


def _places(text: str) -> list[str]:
    """The parameters a wording uses ("{{" is a brace written out, no parameter)."""
    return re.findall(r"\{(\w+)\}", fill({"en": text}, {}, "en"))


def test_the_braces_written_out_stay_braces() -> None:
    assert problem("expected_labels").text("vi") == "cần một đối tượng JSON dạng mã -> {vi, en}"


def raised_problems(source: str, where: str) -> Iterator[tuple[str, object, set[str]]]:
    """(place, code, parameter names) of every ``doc.error(key, "code", ...)``,
    ``self.error(...)`` and ``problem("code", ...)`` in ``source``; the code is None when it is
    no literal (words written in place, or a code worked out)."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if name == "error" and isinstance(owner, ast.Name) and owner.id in ("doc", "self"):
            position = 1
        elif name == "problem" and owner is None:
            position = 0
        else:
            continue
        if len(node.args) <= position:
            continue
        code = node.args[position]
        if isinstance(code, ast.Name) and any(k.arg is None for k in node.keywords):
            continue  # a helper passing its own code and parameters on (_Doc.error)
        literal = code.value if isinstance(code, ast.Constant) and isinstance(code.value, str) else None
        yield f"{where}:{node.lineno}", literal, {k.arg for k in node.keywords if k.arg}


def problems_wrong(found: list[tuple[str, object, set[str]]]) -> list[str]:
    """What is wrong with the problems raised: a code not in the table, or its parameters."""
    wrong = []
    for where, code, given in found:
        if not isinstance(code, str) or code not in PROBLEMS:
            wrong.append(f"{where}: no problem {code!r}")
            continue
        wanted = set(_places(PROBLEMS[code]["en"]))
        if given != wanted:
            wrong.append(f"{where}: {code} takes {sorted(wanted)}, given {sorted(given)}")
    return wrong


def test_the_check_finds_words_in_place_and_parameters_missing() -> None:
    source = (
        'raise doc.error("code", f"{x!r} differs")\n'
        'raise doc.error("code", "expected a number")\n'
        'raise self.error(path, "expected_number")\n'
        'raise doc.error(path, "expected_number", got=repr(v))\n'
    )
    assert problems_wrong(list(raised_problems(source, "x.py"))) == [
        "x.py:1: no problem None",
        "x.py:2: no problem 'expected a number'",
        "x.py:3: expected_number takes ['got'], given []",
    ]


def test_every_problem_raised_names_a_code_with_its_parameters() -> None:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        found += raised_problems(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert len(found) >= 30  # files.py, catalogues, option types, method steps, factor sets
    wrong = problems_wrong(found)
    assert not wrong, "\n".join(wrong)
