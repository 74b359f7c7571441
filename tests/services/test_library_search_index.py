"""The option library's search index kept in the database: written from the catalogue in use,
written again when it is missing, stale or from another catalogue, and through a centre's
pack; on SQLite and PostgreSQL alike, always finding what the search in memory finds."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from cpdesk.core.option_search import search, searched_words, words
from cpdesk.core.reference.option_types import option_library
from cpdesk.services.reference import centre_catalogues, library_search
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.services.workspace import open_workspace
from cpdesk.store import migrate, option_type_index
from tests.plugins.postgres import WorkspaceFactory

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "option_types.json"
OLD_DEMO = Path(__file__).resolve().parents[1] / "store" / "data" / "demo-0004.sqlite.gz"


@pytest.fixture(autouse=True)
def _shipped_catalogues_after() -> Iterator[None]:
    yield
    centre_catalogues.use_catalogues({})


def _codes(db: Any, query: str) -> list[str]:
    got = library_search.search_types(db, query)
    assert got.method == library_search.BY_INDEX
    return [f.type.code for f in got.found]


def _plain(query: str) -> list[str]:
    return [f.type.code for f in search(option_library(), query)]


def _rows(db: Any) -> dict[str, str]:
    with reading(db) as session:
        return dict(session.execute(text("SELECT code, words FROM option_type_word")).all())


def _stored_print(db: Any) -> str | None:
    with reading(db) as session:
        return session.execute(
            text("SELECT value FROM local_setting WHERE key = :k"), {"k": option_type_index.SETTING}
        ).scalar()


def _fewer_types(count: int, **titles: str) -> bytes:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["types"] = doc["types"][:count]
    for t in doc["types"]:
        if t["code"] in titles:
            t["title"]["vi"] = titles[t["code"]]
    return json.dumps(doc, ensure_ascii=False).encode()


def test_the_first_search_writes_the_index_into_the_database(any_db: Any) -> None:
    assert _rows(any_db) == {}  # a new database: nothing searched yet
    assert _codes(any_db, "thu hoi nuoc ngung") == _plain("thu hoi nuoc ngung")
    library = option_library()
    rows = _rows(any_db)
    assert len(rows) == len(library.types)
    # STM.COND.RECOVER: "Thu hồi nước ngưng về lò hơi" is kept folded, each word once, sorted.
    held = rows["STM.COND.RECOVER"].split(" ")
    assert {"thu", "hoi", "nuoc", "ngung", "stm", "cond", "recover"} <= set(held)
    assert held == sorted(set(held))
    assert _stored_print(any_db) == option_type_index.fingerprint(library)


def test_a_second_search_writes_nothing(any_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _codes(any_db, "hoi")

    def refused(*_: Any) -> None:
        raise AssertionError("the index was written again")

    monkeypatch.setattr(option_type_index, "refresh", refused)
    assert _codes(any_db, "nuoc") == _plain("nuoc")


def test_an_index_from_another_catalogue_is_written_again(any_db: Any) -> None:
    _codes(any_db, "hoi")
    centre_catalogues.use_catalogues({"option_types": _fewer_types(5, **{"STM.TRAP.REPAIR": "Bẫy hơi Ünïcödé"})})
    assert _codes(any_db, "unicode") == ["STM.TRAP.REPAIR"] == _plain("unicode")
    assert _codes(any_db, "hoi") == _plain("hoi")
    assert len(_rows(any_db)) == 5
    centre_catalogues.use_catalogues({})
    assert _codes(any_db, "unicode") == []
    assert len(_rows(any_db)) == len(option_library().types)
    assert _rows(any_db)["STM.TRAP.REPAIR"] == " ".join(searched_words(option_library())["STM.TRAP.REPAIR"])


def test_a_stale_index_is_written_again(any_db: Any) -> None:
    """A file whose words a version that did not keep them left behind: wrong words and
    another fingerprint; the next search writes them right."""
    _codes(any_db, "hoi")
    with unit_of_work(any_db) as session:
        session.execute(text("UPDATE option_type_word SET words = 'xyzzy' WHERE code = 'STM.COND.RECOVER'"))
        session.execute(text("DELETE FROM option_type_word WHERE code = 'STM.TRAP.REPAIR'"))
        session.execute(text("UPDATE local_setting SET value = 'old' WHERE key = :k"), {"k": option_type_index.SETTING})
    assert _codes(any_db, "thu hoi nuoc ngung") == _plain("thu hoi nuoc ngung")
    assert "STM.TRAP.REPAIR" in _codes(any_db, "bay hoi")
    assert _codes(any_db, "xyzzy") == []


def test_letters_beyond_vietnamese_find_as_in_memory(any_db: Any) -> None:
    """Titles with letters beyond Vietnamese (ø, æ, ß, Greek with its accents, Chinese), signs
    Python counts as digits (², ₂), a hyphen and an apostrophe: the index finds what the search
    in memory finds (FTS5's unicode61 tokenizer, given the texts, would not find "Σύστημα" by
    "συστημα" nor "Straße" by "strasse")."""
    odd = {
        "STM.TRAP.REPAIR": "Giảm CO₂ và m² ống-dẫn hơi",
        "STM.LEAK.REPAIR": "Smørrebrød æbleskiver l'eau Straße",
        "STM.BLOW.CONTROL": "Σύστημα ατμού 蒸汽 İstanbul",
    }
    centre_catalogues.use_catalogues({"option_types": _fewer_types(12, **odd)})
    queries = {w[:n] for title in odd.values() for w in words(title) for n in (1, 2, 3, len(w))}
    queries |= {"co₂ hoi", "ong dan", "l eau", "strasse", "istanbul", "συστημα", "蒸汽"}
    differ = [q for q in sorted(queries) if _codes(any_db, q) != _plain(q)]
    assert differ == []
    assert _codes(any_db, "co₂") == ["STM.TRAP.REPAIR"]
    assert _codes(any_db, "strasse") == ["STM.LEAK.REPAIR"]
    assert _codes(any_db, "συστημα") == ["STM.BLOW.CONTROL"]


def test_a_missing_fts5_table_is_made_again(db: Any) -> None:
    """A file made where SQLite lacked FTS5 (revision 0014 then leaves out the FTS5 table and
    its triggers): the first search with FTS5 makes them, as the revision does, and fills them."""

    def schema() -> dict[str, str]:
        with reading(db) as session:
            names = ", ".join(f"'{n}'" for n in option_type_index.SQLITE_OBJECTS)
            return dict(session.execute(text(f"SELECT name, sql FROM sqlite_master WHERE name IN ({names})")).all())

    as_migrated = schema()
    assert set(as_migrated) == set(option_type_index.SQLITE_OBJECTS)
    _codes(db, "hoi")
    with unit_of_work(db) as session:
        for name in option_type_index.SQLITE_OBJECTS:
            kind = "TABLE" if name == option_type_index.FTS_TABLE else "TRIGGER"
            session.execute(text(f"DROP {kind} {name}"))
    assert schema() == {}
    assert _codes(db, "thu hoi nuoc ngung") == _plain("thu hoi nuoc ngung")
    assert schema() == as_migrated
    with reading(db) as session:  # FTS5's own check of its index against the words
        session.execute(
            text(f"INSERT INTO {option_type_index.FTS_TABLE}({option_type_index.FTS_TABLE}, rank) "
                 "VALUES ('integrity-check', 1)")
        )  # fmt: skip


def test_the_fts5_index_follows_every_write_of_the_words(db: Any) -> None:
    _codes(db, "hoi")
    with unit_of_work(db) as session:
        session.execute(text("UPDATE option_type_word SET words = words || ' zzyzx' WHERE code = 'STM.COND.RECOVER'"))
        session.execute(text("DELETE FROM option_type_word WHERE code = 'STM.TRAP.REPAIR'"))
        session.execute(text("INSERT INTO option_type_word (code, words) VALUES ('ABC.DEF.GHI', 'qwerty zzyzx')"))
    with reading(db) as session:
        assert option_type_index.matching_codes(session, ("zzy",)) == {"STM.COND.RECOVER", "ABC.DEF.GHI"}
        assert "STM.TRAP.REPAIR" not in option_type_index.matching_codes(session, ("trap",))
        session.execute(
            text(f"INSERT INTO {option_type_index.FTS_TABLE}({option_type_index.FTS_TABLE}, rank) "
                 "VALUES ('integrity-check', 1)")
        )  # fmt: skip


def test_the_last_releases_demo_upgraded_is_indexed_at_its_first_search(tmp_path: Path) -> None:
    path = tmp_path / "demo-0004.sqlite"
    with gzip.open(OLD_DEMO) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    db = open_workspace(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert _rows(db) == {}
        for query in ("nuoc", "thu hoi nuoc ngung", "đèn", "motor"):
            assert _codes(db, query) == _plain(query)
        assert len(_rows(db)) == len(option_library().types)
    finally:
        db.close()


def test_revision_0014_goes_down_and_up_again(workspaces: WorkspaceFactory) -> None:
    from alembic import command

    db = workspaces("down")
    try:
        _codes(db, "hoi")
        cfg = migrate.alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0013")
        assert _stored_print(db) is None
        held = set(inspect(db.engine).get_table_names())
        assert "option_type_word" not in held and option_type_index.FTS_TABLE not in held
        migrate.upgrade(db.engine)
        assert _rows(db) == {}
        assert _codes(db, "thu hoi nuoc ngung") == _plain("thu hoi nuoc ngung")
    finally:
        db.close()


def test_many_rows_are_indexed_at_once_and_the_triggers_made_again(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``BULK_ROWS`` rows the FTS5 index is written afresh without the triggers, which are
    made again as the revision made them; the index then matches the words and follows edits."""
    monkeypatch.setattr(option_type_index, "BULK_ROWS", 10)
    _codes(db, "hoi")  # 186 rows written at once
    centre_catalogues.use_catalogues({"option_types": _fewer_types(40, **{"STM.TRAP.REPAIR": "Bẫy hơi quxbaz"})})
    assert _codes(db, "quxbaz") == ["STM.TRAP.REPAIR"]  # 146 rows gone, one changed: at once again
    assert _codes(db, "thu hoi nuoc ngung") == _plain("thu hoi nuoc ngung")
    with reading(db) as session:
        names = ", ".join(f"'{n}'" for n in option_type_index.SQLITE_OBJECTS)
        made = dict(session.execute(text(f"SELECT name, sql FROM sqlite_master WHERE name IN ({names})")).all())
        assert made == option_type_index.SQLITE_OBJECTS
        session.execute(
            text(f"INSERT INTO {option_type_index.FTS_TABLE}({option_type_index.FTS_TABLE}, rank) "
                 "VALUES ('integrity-check', 1)")
        )  # fmt: skip
    with unit_of_work(db) as session:  # the triggers work again
        session.execute(text("UPDATE option_type_word SET words = 'zzyzx' WHERE code = 'STM.TRAP.REPAIR'"))
    with reading(db) as session:
        assert option_type_index.matching_codes(session, ("zzy",)) == {"STM.TRAP.REPAIR"}
        assert option_type_index.matching_codes(session, ("quxbaz",)) == set()


def test_no_word_matches_every_type_the_index_holds(any_db: Any) -> None:
    _codes(any_db, "hoi")
    with reading(any_db) as session:
        assert option_type_index.matching_codes(session, ()) == {t.code for t in option_library().types}
