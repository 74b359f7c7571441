"""Benchmark: many people editing one PostgreSQL database, with and without the version check.

Run from the repository root (a PostgreSQL server is needed; CI's is fine)::

    python tests/bench/bench_shared_edits.py --postgres postgresql+psycopg://user:pw@host/db
    python tests/bench/bench_shared_edits.py --editors 20 --seconds 60 --records 200

A fresh database is made next to the one named (the role needs CREATEDB), with one
assessment of ``--records`` options. ``--editors`` processes, each a person on a connection of
its own, then edit for ``--seconds``: each picks a random option, reads it as a screen shows
it (its version), waits a moment as a person does (0-20 ms), and sets its title to a value no
other edit uses. Twice: with the version check (each edit says the version it saw) and
without (the edit writes whatever the record holds by then, as cpdesk did before).

At the end every accepted edit is checked: an edit wrote silently over a change it never saw
when the version it left is not one above the version it read. Each record's title must be
the last accepted edit's value. Printed: edits per second, p95 latency, accepted, refused,
silent overwrites, and the cost of the check (throughput without / with). No timing is
asserted: the figures are for the README.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _fresh_database(url: str) -> str:
    """A new, empty database beside the one of ``url``; its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"cpdesk_bench_edits_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop_database(url: str, fresh: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(fresh).database}" WITH (FORCE)'))
    admin.dispose()


def _prepare(url: str, records: int) -> list[str]:
    from cpdesk.services.assessment import assessments, companies, options
    from cpdesk.services.workspace import open_workspace

    db = open_workspace(url)
    company = companies.create_company(db, name="Công ty Dệt chung", sector="textile", province="Hà Nội")
    a = assessments.create_assessment(
        db, company_id=company.id, title="Đánh giá dùng chung", currency="VND", exchange_rate=24_000
    )
    ids = [
        str(options.add_option(db, a.id, title=f"Giải pháp {n}", category="good_housekeeping").id)
        for n in range(records)
    ]
    db.close()
    return ids


def _editor(args: tuple[str, list[str], int, float, bool, int]) -> list[tuple[str, str, int, int | None, float]]:
    """One person editing until the time is up: (record, value, version read, version left or
    None when refused, seconds the edit took) per edit."""
    url, ids, n, seconds, check, seed = args
    from sqlalchemy import select

    from cpdesk.core.entities import Entity
    from cpdesk.services import editing
    from cpdesk.services.uow import reading
    from cpdesk.services.workspace import open_workspace
    from cpdesk.store.models import Option

    rng = random.Random(seed)
    db = open_workspace(url)
    db.person = f"Người sửa {n}"
    done: list[tuple[str, str, int, int | None, float]] = []
    end = time.monotonic() + seconds
    k = 0
    while time.monotonic() < end:
        record = rng.choice(ids)
        with reading(db) as session:  # the screen shows the record
            seen = session.execute(select(Option.version).where(Option.id == uuid.UUID(record))).scalar_one()
        time.sleep(rng.uniform(0, 0.02))  # the person reads and types
        value = f"e{n}-{k}"
        k += 1
        start = time.perf_counter()
        try:
            inverse = editing.apply(
                db, editing.Update(Entity.OPTION, uuid.UUID(record), {"title": value}, seen=seen if check else None)
            )
            left: int | None = inverse.seen
        except editing.ChangedMeanwhile:
            left = None
        done.append((record, value, seen, left, time.perf_counter() - start))
    db.close()
    return done


def _run(url: str, ids: list[str], editors: int, seconds: float, check: bool) -> dict[str, float]:
    from sqlalchemy import create_engine, text

    context = multiprocessing.get_context("spawn")
    with context.Pool(editors) as pool:
        results = pool.map(_editor, [(url, ids, n, seconds, check, 1000 * check + n) for n in range(editors)])
    edits = [e for per_editor in results for e in per_editor]
    accepted = [e for e in edits if e[3] is not None]
    refused = len(edits) - len(accepted)
    silent = sum(1 for _r, _v, seen, left, _t in accepted if left is not None and left != seen + 1)
    last: dict[str, tuple[int, str]] = {}
    for record, value, _seen, left, _t in accepted:
        if left is not None and left > last.get(record, (-1, ""))[0]:
            last[record] = (left, value)
    engine = create_engine(url)
    with engine.connect() as conn:
        titles = dict(conn.execute(text("SELECT CAST(id AS TEXT), title FROM cp_option")).all())
    engine.dispose()
    lost = sum(1 for record, (_v, value) in last.items() if titles.get(record) != value)
    latencies = sorted(e[4] for e in edits)
    return {
        "edits": len(edits),
        "per_second": len(accepted) / seconds,
        "attempts_per_second": len(edits) / seconds,
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))],
        "accepted": len(accepted),
        "refused": refused,
        "silent_overwrites": silent,
        "final_values_missing": lost,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", default=os.environ.get("CPDESK_TEST_POSTGRES_URL"), help="a server's URL")
    parser.add_argument("--editors", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--records", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2, help="runs of each, alternating (a shared machine drifts)")
    args = parser.parse_args()
    if not args.postgres:
        parser.error("give --postgres URL (or set CPDESK_TEST_POSTGRES_URL)")
    url = _fresh_database(args.postgres)
    try:
        ids = _prepare(url, args.records)
        print(f"{args.editors} editors, {args.seconds:g} s each run, a pool of {args.records} options")
        figures: dict[bool, list[dict[str, float]]] = {True: [], False: []}
        for n in range(args.rounds):
            for check in (True, False) if n % 2 == 0 else (False, True):
                f = _run(url, ids, args.editors, args.seconds, check)
                figures[check].append(f)
                _print(check, f)
        rates = {c: statistics.median(f["attempts_per_second"] for f in figures[c]) for c in figures}
        cost = rates[False] / rates[True]
        print(f"cost of the check: {100 * (cost - 1):+.1f} % in edits tried per second (median without / with)")
    finally:
        _drop_database(args.postgres, url)


def _print(check: bool, f: dict[str, float]) -> None:
    name = "with the version check" if check else "without (as before)"
    print(
        f"{name:<24} {f['per_second']:7.1f} edits/s accepted ({f['attempts_per_second']:.1f} tried), "
        f"p50 {f['p50_ms']:5.1f} ms, p95 {f['p95_ms']:5.1f} ms | accepted {f['accepted']:.0f}, "
        f"refused and reported {f['refused']:.0f}, silent overwrites {f['silent_overwrites']:.0f}, "
        f"final values missing {f['final_values_missing']:.0f}"
    )


if __name__ == "__main__":
    main()
