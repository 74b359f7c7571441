"""Benchmark: task 8's suggestions from a library of 100 000 past options, beside a bare FTS5
query and GROUP BY over the same rows, in one run; and the pack's aggregates built from them.

Run from the repository root::

    python tests/bench/bench_option_library.py                 # 100 000 options, 20 runs each
    python tests/bench/bench_option_library.py --options 20000 --runs 5

A SQLite workspace gets a textile plant written through the services (a flow chart of jet
dyeing, washing, a boiler and air compressors, a wastewater stream that costs, two options
already linked to types), then, in bulk, the past options of a centre: companies of every
sector, 25 options per assessment, each linked to a type of the library that applies to its
company's sector, in every status, money in USD or in VND at a rate (1 in 20 in VND without
one). Generated with a fixed seed: two runs hold the same figures.

Timed, each the median of ``--runs`` runs after one run to warm up:

- ``suggest``: :func:`cpdesk.services.assessment.suggestions.suggest` for the plant, all of
  it: its profile and balances, the types that fit, the evidence of those types in its sector
  (and over every sector where the sector has too few companies), the ranking;
- the baseline: a bare FTS5 query (``unicode61 remove_diacritics 2``) over the options'
  titles and a GROUP BY of the matching options per type (count, companies, sum of the
  investment): what any library search of these rows costs at the least;
- the pack: :func:`cpdesk.services.reference.option_evidence.pack_document`, the aggregates of
  every type and sector (the issue's bound: under 5 s).

The goal is ``suggest`` under 100 ms; no timing is asserted, the figures are for the README.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, text  # noqa: E402

from cpdesk.core.reference import sectors  # noqa: E402
from cpdesk.core.reference.option_types import option_library  # noqa: E402
from cpdesk.services.assessment import assessments, flow, options, suggestions  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from cpdesk.services.reference import option_evidence  # noqa: E402
from cpdesk.services.uow import reading  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from cpdesk.store.models import Assessment, Company, Option  # noqa: E402

OPTIONS_PER_ASSESSMENT = 25
STATUSES = (("proposed", 3), ("selected", 2), ("implemented", 4), ("rejected", 1))
#: The FTS5 query of the baseline: "nước" (water) without its accents, in many titles.
QUERY = "nuoc"


def plant(db: Any) -> uuid.UUID:
    """The textile plant the suggestions are for."""
    company = catalogue.create_company(db, name="Dệt Nhuộm Thử", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=24_000)
    dyeing = flow.add_process_step(db, a.id, name="Nhuộm jet", is_focus=True)
    flow.add_process_step(db, a.id, name="Giặt, xả")
    flow.add_process_step(db, a.id, name="Lò hơi than")
    flow.add_process_step(db, a.id, name="Máy nén khí")
    effluent = flow.add_stream(db, a.id, name="Nước thải", kind="waste", carrier="wastewater", source_step_id=dyeing.id)
    options.add_waste_stream(
        db, a.id, name="Nước thải nhuộm", annual_quantity=90_000, unit="m³", loss_value_per_unit=9_000,
        stream_id=effluent.id,
    )  # fmt: skip
    for code in ("DYE.RATIO.REDUCE", "STM.TRAP.REPAIR"):
        options.add_option(db, a.id, title=code, category="good_housekeeping", type_code=code)
    return a.id


def fill(db: Any, count: int, seed: int = 2004) -> None:
    """``count`` past options of ``count // 25`` assessments, one company each, in bulk."""
    rng = random.Random(seed)
    library = option_library()
    codes = [s.code for s in sectors()]
    by_sector = {
        code: [t for t in library.types if t.all_sectors or code in t.sectors or _parent_of(code) in t.sectors]
        for code in codes
    }
    now = datetime(2026, 1, 1, tzinfo=UTC)
    stamp = {"created_at": now, "updated_at": now, "device_id": "bench", "version": 1}
    statuses = [s for s, w in STATUSES for _ in range(w)]
    companies, plans, rows = [], [], []
    for n in range(count // OPTIONS_PER_ASSESSMENT):
        sector = rng.choice(codes)
        company_id, assessment_id = uuid.uuid4(), uuid.uuid4()
        companies.append({"id": company_id, "name": f"Công ty {n}", "sector": sector, **stamp})
        money = rng.random()
        currency, rate = ("USD", None) if money < 0.4 else ("VND", None if money > 0.95 else rng.uniform(15e3, 25e3))
        plans.append(
            {"id": assessment_id, "company_id": company_id, "title": f"SXSH {n}", "currency": currency,
             "exchange_rate": rate, **stamp}
        )  # fmt: skip
        usd = 1.0 if currency == "USD" else (rate or 20_000.0)
        for k in range(OPTIONS_PER_ASSESSMENT):
            t = rng.choice(by_sector[sector])
            status = rng.choice(statuses)
            investment = round(rng.lognormvariate(7.5, 1.4) * usd, -2)
            rows.append(
                {"id": uuid.uuid4(), "assessment_id": assessment_id, "code": f"O{k + 1}", "title": t.title.vi,
                 "category": t.category, "type_code": t.code, "status": status,
                 "rejection_reason": "không có vốn" if status == "rejected" else "", "investment": investment,
                 "annual_savings": round(investment * rng.uniform(0.2, 3.0), -2), **stamp}
            )  # fmt: skip
    with db.sessions.begin() as session:
        session.execute(insert(Company), companies)
        session.execute(insert(Assessment), plans)
        for start in range(0, len(rows), 20_000):
            session.execute(insert(Option), rows[start : start + 20_000])


def _parent_of(code: str) -> str | None:
    return next((s.parent for s in sectors() if s.code == code), None)


def baseline_index(db: Any) -> None:
    """The FTS5 index of the options' titles the baseline searches (built once, not timed)."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE bench_option_fts USING fts5(title, tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql("INSERT INTO bench_option_fts (rowid, title) SELECT rowid, title FROM cp_option")


def baseline(db: Any) -> int:
    """A bare FTS5 query and a GROUP BY per type of the options it finds."""
    query = text(
        "SELECT o.type_code, count(*), count(DISTINCT a.company_id), sum(o.investment) "
        "FROM bench_option_fts f JOIN cp_option o ON o.rowid = f.rowid "
        "JOIN assessment a ON a.id = o.assessment_id "
        "WHERE bench_option_fts MATCH :q AND o.deleted_at IS NULL GROUP BY o.type_code"
    )
    with db.engine.connect() as conn:
        return len(conn.execute(query, {"q": QUERY}).all())


def timed(runs: int, job: Any) -> tuple[float, Any]:
    """The median time of ``runs`` runs of ``job`` after one to warm up, and its last result."""
    result = job()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--options", type=int, default=100_000, help="past options in the library")
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each (the median is shown)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_workspace(Path(folder) / "library.sqlite")
        try:
            target = plant(db)
            start = time.perf_counter()
            fill(db, args.options)
            print(f"{args.options} past options written in {time.perf_counter() - start:.1f} s")
            baseline_index(db)
            suggest_time, found = timed(args.runs, lambda: suggestions.suggest(db, target))
            base_time, groups = timed(args.runs, lambda: baseline(db))

            def pack() -> bytes:
                with reading(db) as session:
                    return option_evidence.pack_document(session)

            pack_time, document = timed(max(1, args.runs // 10), pack)
        finally:
            db.close()
    shown = sum(1 for s in found.items if s.evidence is not None and not s.evidence.few_cases)
    print(f"suggest: {1000 * suggest_time:.1f} ms ({len(found.items)} suggestions, {shown} with evidence shown)")
    print(f"baseline, FTS5 '{QUERY}' + GROUP BY: {1000 * base_time:.1f} ms ({groups} types)")
    print(f"ratio suggest / baseline: {suggest_time / base_time:.2f}")
    print(f"pack aggregates: {pack_time:.2f} s ({len(document) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
