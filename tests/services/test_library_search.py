"""`library search` through the database: its index (SQLite's FTS5, PostgreSQL's GIN index)
finds the same types, in the same order, as the search in memory, on the shipped catalogue."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from cpdesk.core.errors import CpdeskError
from cpdesk.core.option_search import search, words
from cpdesk.core.reference.option_types import option_library
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.services.reference import library_search
from cpdesk.store import option_type_index


def _queries() -> list[str]:
    """What an auditor might type: every word of every title and process (as written, with its
    accents, and its first three letters), pairs of a title's words in order (every third
    pair reversed), codes and their parts, and words found nowhere."""
    library = option_library()
    out: set[str] = set()
    for t in library.types:
        for title in (t.title.vi, t.title.en):
            split = title.split()
            out.update(split)
            out.update(w[:3] for w in words(title))
            out.update(" ".join(pair) for pair in itertools.pairwise(split))
            out.update(f"{b} {a}" for a, b in list(itertools.pairwise(split))[::3])
        out.add(t.code)
        out.add(t.code.lower().rsplit(".", 1)[0])
        out.add(library.process(t.process).label.vi)
    out.update(["thu hoi nuoc ngung", "THU HỒI NƯỚC", "đường ống", "duong ong", "nồi hơi", "xyzzy", "nuoc xyzzy"])
    return sorted(out)


QUERIES = _queries()


def test_the_queries_are_many_and_varied() -> None:
    assert len(QUERIES) > 2000
    assert any("đ" in q for q in QUERIES) and any("." in q for q in QUERIES)


def test_the_index_finds_what_the_search_in_memory_finds(any_db: Any) -> None:
    library = option_library()
    differ = []
    for text in QUERIES:
        got = library_search.search_types(any_db, text)
        assert got.method == library_search.BY_INDEX and got.note is None
        expected = [(f.type.code, f.score) for f in search(library, text)]
        if [(f.type.code, f.score) for f in got.found] != expected:
            differ.append(text)
    assert differ == []


@pytest.mark.parametrize(
    ("text", "sector", "category"),
    [("nuoc", "textile", None), ("hoi", None, "good_housekeeping"), ("thu hoi", "brewery", "onsite_recovery")],
)
def test_filters_as_in_memory(any_db: Any, text: str, sector: str | None, category: str | None) -> None:
    got = library_search.search_types(any_db, text, sector=sector, category=category)
    chosen = None if category is None else OptionCategory(category)
    expected = search(option_library(), text, sector=sector, category=chosen)
    assert [f.type.code for f in got.found] == [f.type.code for f in expected]
    assert got.found  # each of these finds something


def test_accents_and_d_are_ignored(any_db: Any) -> None:
    def codes(text: str) -> list[str]:
        return [f.type.code for f in library_search.search_types(any_db, text).found]

    plain = codes("thu hoi nuoc ngung")
    assert plain == codes("Thu hồi nước ngưng") == codes("THU HỒI NƯỚC NGƯNG")
    assert "STM.COND.RECOVER" in plain
    assert codes("duong ong") == codes("đường ống") == codes("ĐƯỜNG ỐNG")
    assert codes("duong ong")


def test_without_fts5_the_search_runs_in_memory_and_says_so(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(option_type_index, "available", lambda: False)
    got = library_search.search_types(db, "thu hoi nuoc ngung")
    assert got.method == library_search.IN_MEMORY
    assert got.note is not None and got.note.code == "library.search_in_memory"
    assert [f.type.code for f in got.found] == [f.type.code for f in search(option_library(), "thu hoi nuoc ngung")]


def test_unknown_codes_are_refused(db: Any) -> None:
    with pytest.raises(CpdeskError):
        library_search.search_types(db, "nuoc", sector="shipyards")
    with pytest.raises(CpdeskError):
        library_search.search_types(db, "nuoc", category="magic")


def test_blank_text_lists_every_type_without_the_index(db: Any) -> None:
    got = library_search.search_types(db, "")
    assert len(got.found) == len(option_library().types)
    assert got.method == library_search.IN_MEMORY and got.note is None
