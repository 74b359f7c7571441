"""The report's language: translation tables, numbers, dates, labels and escaping of user text."""

from __future__ import annotations

import string
from datetime import date

import pytest
from reportlab.platypus import Paragraph

from cpdesk.core.errors import CpdeskError
from cpdesk.report.i18n import I18n
from cpdesk.report.markup import escape, shorten
from cpdesk.report.strings import EN, VI
from cpdesk.report.theme import Styles


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys() -> None:
    assert set(VI) - set(EN) == set()
    assert set(EN) - set(VI) == set()


def test_each_string_has_the_same_fields_in_both_languages() -> None:
    empty = [k for k in VI if not VI[k].strip() or not EN.get(k, "").strip()]
    mismatched = [k for k in VI if _fields(VI[k]) != _fields(EN.get(k, ""))]
    assert (empty, mismatched) == ([], [])


def test_vietnamese_strings_use_the_glossary_terms() -> None:
    assert VI["assessment_title"] == "Báo cáo tóm tắt đánh giá sản xuất sạch hơn"
    assert VI["kf_payback"] == "Thời gian hoàn vốn"
    assert VI["waste_heading"].startswith("Dòng thải")
    assert "Cơ hội SXSH" in VI["ws_opportunity"]


@pytest.mark.parametrize(
    ("lang", "value", "decimals", "text"),
    [
        ("vi", 93_200, 0, "93.200"),
        ("en", 93_200, 0, "93,200"),
        ("vi", 2.57, 2, "2,57"),
        ("en", 2.57, 2, "2.57"),
        ("vi", 454_000_000.0, 0, "454.000.000"),
        ("vi", None, 0, "–"),
    ],
)
def test_numbers_in_the_reports_locale(lang: str, value: float | None, decimals: int, text: str) -> None:
    assert I18n(lang).num(value, decimals) == text


def test_quantities_keep_about_three_significant_digits() -> None:
    t = I18n("vi")
    assert [t.qty(v) for v in (4.0, 2.571, 10.04, 748.3, 0.12345, 93_200.0)] == [
        "4",
        "2,57",
        "10",
        "748",
        "0,123",
        "93.200",
    ]


def test_money_whole_in_vnd_cents_only_for_small_usd() -> None:
    t = I18n("en")
    assert t.money(1_234_567.8, "VND") == "1,234,568"
    assert t.money(12.5, "USD") == "12.50"
    assert t.money(0.0, "USD") == "0"
    assert t.money(112_000.0, "USD") == "112,000"


def test_dates_and_percentages() -> None:
    day = date(2026, 11, 28)
    assert I18n("vi").date(day) == "28/11/2026"
    assert I18n("en").date(day) == "28 Nov 2026"
    assert I18n("vi").pct(2.7) == "2,7 %"
    assert I18n("en").fraction_pct(0.775) == "77.5 %"


def test_labels_come_from_the_reference_data() -> None:
    assert I18n("vi").carrier("electricity") == "Điện"
    assert I18n("en").label("OptionCategory", "good_housekeeping") == "Good housekeeping"
    assert I18n("en").label("Sector", "textile") == "Textile"
    assert I18n("vi").label("Carrier", "no_such_code") == "no_such_code"


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(CpdeskError, match="choose vi or en"):
        I18n("fr")


@pytest.mark.parametrize(
    "typed",
    ["A & B <Ltd>", "a note with <b>bold</b> in it", "<para>x</para> &amp; &#1234; <br/>", "tab\there\x00\x07 end"],
)
def test_user_text_prints_as_typed(typed: str) -> None:
    """The paragraph parser sees entities only, so it cannot fail and prints the characters."""
    paragraph = Paragraph(escape(typed), Styles().body)
    printed = "".join(frag.text for frag in paragraph.frags).replace(" ", "")
    assert all(not getattr(frag, "bold", 0) for frag in paragraph.frags)
    expected = typed.replace("\t", " ").replace("\x00", "").replace("\x07", "").replace(" ", "")
    assert printed == expected


def test_line_breaks_survive_and_shorten_cuts_at_a_word() -> None:
    assert escape("one\r\ntwo\nthree") == "one<br/>two<br/>three"
    assert shorten("Thu hồi nước ngưng từ máy văng và máy nhuộm", 20) == "Thu hồi nước ngưng…"
    assert shorten("short", 20) == "short"
