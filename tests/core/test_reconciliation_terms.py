"""The words of data reconciliation: one catalogue, the glossary page that lists it, and no
"dư thừa" ("surplus") for a redundant reading anywhere a person reads.

A redundant reading is one the balance can cross-check; cpdesk calls it "kiểm chứng được".
The screen's balance table and the printed summary read their terms from
``cpdesk.core.labels.reconciliation``; the GUI side of this (the balance table) is checked in
``tests/gui/test_balance_terms.py``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cpdesk.core import labels
from cpdesk.core.labels.reconciliation import LABELS
from cpdesk.core.reconcile import StreamStatus
from cpdesk.report import strings_en, strings_vi
from cpdesk.report.i18n import I18n

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary-reconciliation.md"
SURPLUS = "dư thừa"


def _vietnamese_texts() -> list[str]:
    """Every Vietnamese text a person reads: the labels catalogue, the report's strings and
    the Qt translations."""
    texts = [t.vi for kind in labels.kinds() for t in labels.labels_of(kind).values()]
    texts += list(strings_vi.VI.values())
    for path in (ROOT / "resources" / "translations").glob("*_vi.ts"):
        texts += [m.findtext("translation") or "" for m in ET.parse(path).iter("message")]
    return texts


def test_no_surplus_for_a_redundant_reading() -> None:
    found = [text for text in _vietnamese_texts() if SURPLUS in text.lower()]
    assert found == []


def test_every_stream_status_is_named_in_both_languages() -> None:
    for status in StreamStatus:
        vi, en = labels.label(StreamStatus, status, "vi"), labels.label(StreamStatus, status, "en")
        assert vi and en and vi != en
    assert labels.label(StreamStatus, StreamStatus.REDUNDANT, "vi") == "kiểm chứng được"
    assert labels.label(StreamStatus, StreamStatus.REDUNDANT, "en") == "cross-checkable"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_says_the_catalogues_terms(lang) -> None:
    t = I18n(lang)
    term = {code: texts[lang] for code, texts in LABELS["ReconciliationTerm"].items()}
    assert t("gross_error") == term["gross_error"]
    assert t("reconciled") == term["reconciled"]
    assert t("col_reconciled") == term["reconciled_value"].capitalize()
    assert t("col_measured") == term["measured"].capitalize()
    assert t.label("StreamStatus", "redundant") == labels.label(StreamStatus, "redundant", lang)


def test_the_glossary_page_lists_every_term() -> None:
    page = GLOSSARY.read_text(encoding="utf-8")
    rows = {line for line in page.splitlines() if line.startswith("|")}
    for kind, codes in LABELS.items():
        for code, texts in codes.items():
            assert any(f"| {texts['en']} | {texts['vi']} |" in row for row in rows), (kind, code)


def test_english_and_vietnamese_reports_have_the_same_terms() -> None:
    keys = ("gross_error", "reconciled", "col_reconciled", "col_measured", "measured")
    assert all(k in strings_vi.VI and k in strings_en.EN for k in keys)
