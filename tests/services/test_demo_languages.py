"""The demo is written in the interface language: Vietnamese texts in Vietnamese, English
texts in English, and the same figures in both.

The data files give each text in both languages (``{"vi": ..., "en": ...}``); the figures are
given once. So the demo written in Vietnamese and in English holds the same records, column
for column, wherever a column is not a text, and no Vietnamese text carries English words or
an "EN:" prefix, nor an English text Vietnamese words.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Enum, String, Text, Uuid, select

from cpdesk.services.demo import data_set as demo
from cpdesk.services.workspace import open_workspace
from cpdesk.store.base import Base

#: The tables the demo writes (the reference data, settings and sync tables are not its).
DEMO_TABLES = (
    "programme", "company", "assessment", "team_member", "task_progress", "process_step", "stream",
    "measurement", "waste_stream", "cause", "cp_option", "option_saving", "course", "course_module",
    "training_session", "participant", "attendance", "certificate", "workshop", "indicator", "indicator_value",
)  # fmt: skip
#: Columns that hold one language by design: the English and Vietnamese names of a
#: programme or an indicator, side by side.
ONE_LANGUAGE = {"name": "en", "name_vi": "vi"}
#: Text columns that hold codes, the same in both languages (an option's own code, its type's).
CODES = {"code", "type_code"}
#: Columns that are stamps of the writing, not data.
STAMPS = {"created_at", "updated_at", "device_id", "completed_at"}

#: English words that have no business in a Vietnamese text (codes and brand names such as
#: "CP-EE", "J-box", "Fluke 43B" or "LPG" are the same in both languages).
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|with|for|from|company|assessment|reconstructed|published|water|steam|boiler|"
    r"focus|production|measured|average|mean|options?|scope|weight|trainee|workshop|seminar|report)\b",
    re.IGNORECASE,
)
#: Vietnamese words that have no business in an English text (people's names and the
#: province, which read the same in both, contain none of them).
VIETNAMESE_WORDS = re.compile(r"\b(và|của|cho|nước|hơi|theo|được|không|đánh giá|doanh nghiệp|SXSH|học viên)\b", re.I)


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths = {}
    for lang in ("vi", "en"):
        path = tmp_path_factory.mktemp(f"demo-{lang}") / "demo.sqlite"
        db = open_workspace(path)
        demo.write_demo(db, lang=lang)
        db.close()
        paths[lang] = path
    return paths


def _columns(table: Any) -> tuple[list[str], list[str]]:
    """A table's figure columns (numbers, dates, codes) and its text columns."""
    figures, texts = [], []
    for column in table.columns:
        if column.name in STAMPS or isinstance(column.type, Uuid) or column.name == "id":
            continue
        if isinstance(column.type, String | Text) and not isinstance(column.type, Enum) and column.name not in CODES:
            texts.append(column.name)
        else:
            figures.append(column.name)
    return figures, texts


def _rows(path: Path, table_name: str, names: list[str]) -> list[tuple[Any, ...]]:
    db = open_workspace(path)
    try:
        table = Base.metadata.tables[table_name]
        with db.reading() as session:
            return [tuple(r) for r in session.execute(select(*(table.c[n] for n in names))).all()]
    finally:
        db.close()


def test_the_same_figures_record_for_record(demos) -> None:
    compared = 0
    for name in DEMO_TABLES:
        figures, _texts = _columns(Base.metadata.tables[name])
        vi, en = (Counter(_rows(demos[lang], name, figures)) for lang in ("vi", "en"))
        assert vi == en, name
        compared += sum(vi.values())
    assert compared > 3000  # 750 options, their savings, the readings, the training records


def _texts(path: Path) -> list[tuple[str, str, str]]:
    found = []
    for name in DEMO_TABLES:
        _figures, texts = _columns(Base.metadata.tables[name])
        for row in _rows(path, name, texts) if texts else ():
            found += [(name, column, value) for column, value in zip(texts, row, strict=True) if value]
    return found


def test_vietnamese_texts_are_vietnamese(demos) -> None:
    wrong = [
        (table, column, text)
        for table, column, text in _texts(demos["vi"])
        if ONE_LANGUAGE.get(column, "vi") == "vi" and ("EN:" in text or ENGLISH_WORDS.search(text))
    ]
    assert wrong == []


def test_english_texts_are_english(demos) -> None:
    wrong = [
        (table, column, text)
        for table, column, text in _texts(demos["en"])
        if ONE_LANGUAGE.get(column, "en") == "en" and VIETNAMESE_WORDS.search(text)
    ]
    assert wrong == []


def test_the_texts_differ_by_language(demos) -> None:
    """The languages are not the same texts: the company, the options and the notes change."""
    vi, en = ({text for _t, _c, text in _texts(demos[lang])} for lang in ("vi", "en"))
    assert "Công ty TNHH Dệt nhuộm Phú An (dữ liệu mẫu)" in vi
    assert "Phu An Textile Dyeing Co., Ltd. (demo)" in en
    assert "Doanh nghiệp 1 của CP-EE (vật liệu xây dựng)" in vi
    assert "CP-EE company 1 (building materials)" in en
    assert not any(text.startswith("CP-EE company") for text in vi)


def test_the_demo_command_writes_the_chosen_language(tmp_path: Path, capsys, monkeypatch) -> None:
    from cpdesk.cli.main import main
    from cpdesk.services.assessment import companies

    monkeypatch.setenv("CPDESK_LANG", "en")
    assert main(["--db", str(tmp_path / "en.sqlite"), "demo"]) == 0
    assert main(["--db", str(tmp_path / "vi.sqlite"), "demo", "--lang", "vi"]) == 0
    capsys.readouterr()
    for lang, company in (("en", "Phu An Textile Dyeing Co., Ltd. (demo)"), ("vi", "Công ty TNHH Dệt nhuộm Phú An")):
        db = open_workspace(tmp_path / f"{lang}.sqlite")
        try:
            assert any(c.name.startswith(company) for c in companies.list_companies(db))
        finally:
            db.close()
