"""Every message has a stable code and a finished wording in Vietnamese and English.

The catalogue is checked as a whole (each code: both languages written, the same parameters
in both), and the code is read for every message it makes: each ``msg("code", ...)`` names a
code of the catalogue and gives exactly the parameters its wording uses. Then every code is
said with parameters filled, in both languages, and no ``{place}`` is left.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from cpdesk.core import labels
from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError
from cpdesk.core.messages import KIND, Message, Term, msg, places, render, text_of, wording

SOURCE = Path(__file__).resolve().parents[2] / "cpdesk"


def _catalogue() -> dict[str, labels.Text]:
    return dict(labels.labels_of(KIND))


def _made_in_code() -> list[tuple[str, str, frozenset[str] | None]]:
    """(where, code, parameter names or None when given as **kwargs) of every literal
    ``msg("code", ...)`` call in the package."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"):
                continue
            if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
                continue
            names = None if any(k.arg is None for k in node.keywords) else frozenset(k.arg for k in node.keywords)
            found.append((f"{path.relative_to(SOURCE.parent)}:{node.lineno}", node.args[0].value, names))
    return found


def test_every_code_is_written_in_both_languages_with_the_same_places() -> None:
    catalogue = _catalogue()
    assert catalogue, "the message catalogue is empty"
    for code, text in catalogue.items():
        assert text.vi.strip() and text.en.strip(), code
        # the same text in both is a symbol or a unit ("MB", "{value} kWh"), never a sentence
        same_words = re.findall(r"[A-Za-z]{4,}", _unplaced(text.en))
        assert text.vi != text.en or not same_words, f"{code}: not translated"
        assert places(text.vi) == places(text.en), f"{code}: {places(text.vi)} vs {places(text.en)}"


def _unplaced(text: str) -> str:
    """The wording without its places: what a translator writes."""
    return "".join(part for i, part in enumerate(text.replace("}", "{").split("{")) if i % 2 == 0)


def test_every_message_made_in_the_code_is_in_the_catalogue_with_its_parameters() -> None:
    catalogue = _catalogue()
    made = _made_in_code()
    assert made, "no message is made with msg(...)"
    for where, code, names in made:
        assert code in catalogue, f"{where}: {code!r} is not in the catalogue"
        if names is not None:
            assert names == places(catalogue[code].en), f"{where}: {code} given {sorted(names)}"


def test_every_code_is_said_with_its_parameters_filled_in_both_languages() -> None:
    samples: dict[str, object] = {}
    for code in _catalogue():
        params = {name: samples.get(name, 1234.5) for name in places(wording(code, "en"))}
        message = Message(code, params)
        for lang in ("vi", "en"):
            said = render(message, lang)
            assert "{" not in said and "}" not in said, f"{code} ({lang}): {said}"
            if params:
                assert ("1.234,5" if lang == "vi" else "1,234.5") in said, f"{code} ({lang}): {said}"


def test_a_parameter_is_said_in_the_language_of_the_sentence() -> None:
    message = msg("record.not_found", entity=Term("Entity", "assessment"), key=2.5)
    assert render(message, "vi") == "không có đánh giá 2,5"
    assert render(message, "en") == "no assessment 2.5"
    assert text_of(NotFoundError("programme", "NOPE"), "vi") == "không có chương trình NOPE"
    assert str(NotFoundError("programme", "NOPE")) == "no programme NOPE"


def test_an_error_made_with_a_message_keeps_its_code_and_says_it_in_english() -> None:
    error = CpdeskError(msg("record.not_found", entity=Term("Entity", "option"), key=date(2026, 12, 6)))
    assert error.message is not None and error.message.code == "record.not_found"
    assert str(error) == "no option 6 Dec 2026"
    assert text_of(error, "vi") == "không có giải pháp 06/12/2026"
    plain = CpdeskError("a sentence of its own")
    assert plain.message is None and text_of(plain, "vi") == "a sentence of its own"


def test_a_validation_error_keeps_its_reason_code_and_english_text() -> None:
    why = msg("record.not_found", entity=Term("Entity", "option"), key="X")
    error = ValidationError("option", "name", "", why)
    assert error.why == why and error.message == why
    assert error.reason == "no option X"
    assert str(error) == "option.name = '': no option X"


def test_an_unknown_code_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="no-such-code"):
        render(Message("no-such-code"), "vi")
