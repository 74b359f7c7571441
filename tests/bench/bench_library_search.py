"""Benchmark: the first library search of a new process, through the index kept in the database,
beside the index built in memory at the first search (as cpdesk did before revision 0014) and
the search in memory alone, in one run.

Run from the repository root::

    python tests/bench/bench_library_search.py                  # 20 460 types, 7 processes each
    python tests/bench/bench_library_search.py --copies 1       # the shipped 186 types

A SQLite workspace receives a made-up catalogue: the shipped types ``--copies`` times, each
copy with codes of its own (``STM.X00001.REPAIR``), as a centre's pack would bring it. Each
figure is the median over ``--runs`` new processes, each opening the workspace as the command
line does (the catalogue read when the search first asks for it, timed apart) and then
timing its first search of ``--query``:

- ``stored``: through the index in the database file, written by an earlier search;
- ``written``: the same, the index missing (a database just upgraded): the search writes it;
- ``memory index``: an FTS5 index built in memory from the catalogue (``unicode61
  remove_diacritics 2``), every type's words read, then the ranking: what the first search
  did before revision 0014;
- ``in memory``: :func:`cpdesk.core.option_search.search` reading every type's words.

No timing is asserted; the figures are for docs/option-library.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

MODES = ("stored", "written", "memory index", "in memory")
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "option_types.json"


def catalogue(copies: int) -> str:
    """The shipped catalogue ``copies`` times, each copy's codes its own."""
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    if copies == 1:
        return json.dumps(doc, ensure_ascii=False)
    types, n = [], 0
    for _ in range(copies):
        for t in doc["types"]:
            n += 1
            area, _subject, action = t["code"].split(".")
            types.append({**t, "code": f"{area}.X{n:05d}.{action}"})
    doc["types"] = types
    return json.dumps(doc, ensure_ascii=False)


def child(mode: str, path: str, query: str) -> None:
    """One new process: open the workspace, read the catalogue, time the first search."""
    from cpdesk.core.option_search import search, searched_words, words
    from cpdesk.core.reference.option_types import option_library
    from cpdesk.services.reference import library_search
    from cpdesk.services.workspace import open_workspace

    db = open_workspace(path)
    start = time.perf_counter()
    library = option_library()
    read = time.perf_counter() - start
    start = time.perf_counter()
    if mode in ("stored", "written"):
        found = library_search.search_types(db, query).found
    elif mode == "memory index":
        index = sqlite3.connect(":memory:")
        index.execute(
            "CREATE VIRTUAL TABLE t USING fts5(code UNINDEXED, title, code_words, process, description,"
            " tokenize = 'unicode61 remove_diacritics 2')"
        )
        d = str.maketrans({"đ": "d", "Đ": "D"})
        rows = []
        for t in library.types:
            label = library.process(t.process).label
            rows.append(
                (
                    t.code,
                    f"{t.title.vi} {t.title.en}".translate(d),
                    t.code,
                    f"{label.vi} {label.en}".translate(d),
                    f"{t.description.vi} {t.description.en}".translate(d),
                )
            )
        index.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
        match = " AND ".join(f'"{w}"*' for w in words(query))
        among = {str(c) for (c,) in index.execute("SELECT code FROM t WHERE t MATCH ?", (match,))}
        searched_words(library)  # the words of every type, which the ranking then read all at once
        found = tuple(search(library, query, among=among))
    else:
        found = tuple(search(library, query))
    took = time.perf_counter() - start
    db.close()
    print(json.dumps({"read": read, "search": took, "found": len(found)}))


def run(mode: str, path: Path, query: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--db", str(path), "--query", query],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=110, help="copies of the shipped catalogue (110: 20 460 types)")
    parser.add_argument("--runs", type=int, default=7, help="new processes per figure (the median is shown)")
    parser.add_argument("--query", default="thu hoi nuoc ngung")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.db, args.query)
        return 0

    from sqlalchemy import text

    from cpdesk.services.reference import library_search
    from cpdesk.services.uow import unit_of_work
    from cpdesk.services.workspace import open_workspace
    from cpdesk.store.models import SyncReferenceDocument

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite"
        db = open_workspace(path)
        content = catalogue(args.copies)
        with unit_of_work(db) as session:
            session.add(SyncReferenceDocument(name="option_types", content=content, sha256="-"))
        db.close()
        db = open_workspace(path)
        types = len(json.loads(content)["types"])
        library_search.search_types(db, args.query)  # the index written once
        figures: dict[str, list[dict[str, float]]] = {m: [] for m in MODES}
        for _ in range(args.runs):
            for mode in MODES:
                if mode == "written":
                    with unit_of_work(db) as session:
                        session.execute(text("DELETE FROM option_type_word"))
                        session.execute(text("DELETE FROM local_setting WHERE key = 'option_type_index'"))
                figures[mode].append(run(mode, path, args.query))
        db.close()
    print(f"{types} types, query {args.query!r}, median of {args.runs} new processes, load {os.getloadavg()[0]:.1f}")
    for mode in MODES:
        read = statistics.median(f["read"] for f in figures[mode])
        took = statistics.median(f["search"] for f in figures[mode])
        found = int(figures[mode][-1]["found"])
        print(f"{mode:>13}: first search {1000 * took:8.1f} ms ({found} found; catalogue read {1000 * read:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
