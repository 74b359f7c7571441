"""Benchmark: recomputing every calculated option of an assessment of 50 options after its
operating hours change, beside the same pure functions called directly, in one run.

Run from the repository root::

    python tests/bench/bench_option_calculations.py             # 50 options
    python tests/bench/bench_option_calculations.py --options 200

An assessment is written with 50 options, each keeping one calculation (the ten kinds of
``bench_calculators.py`` in turn, each with its operating hours taken from the assessment, as
the workbench's form takes them). Then the assessment's hours alternate between 6 000 and
7 000 h and, each time, every calculation is recomputed:

- ``refresh``: :func:`cpdesk.services.assessment.calculations.refresh`, what the workbench
  runs when the options screen reloads: one read of the options and of each input's source,
  every calculation recomputed through the catalogue, and the edits to keep them planned;
- ``refresh_now``: the same, and the edits written in one unit of work (what
  ``cpdesk calc option`` does for one option);
- the baseline: the modules' pure functions called directly on numbers already in their
  units, once per option (all 50, also those the hours do not touch), in the same process.

No timing is asserted: the figures are for the README.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_calculators import KINDS  # noqa: E402

from cpdesk.core.calculators.catalogue import calculator  # noqa: E402
from cpdesk.core.calculators.stored import GivenInput  # noqa: E402
from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.services import editing  # noqa: E402
from cpdesk.services.assessment import assessments, calculations, options  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402


def _write(db: object, count: int) -> object:
    company = catalogue.create_company(db, name="Nhà máy thử", sector="textile")
    a = assessments.create_assessment(
        db, company_id=company.id, title="50 giải pháp", currency="USD", operating_hours_per_year=7000
    )
    for n in range(count):
        name, given, _ = KINDS[n % len(KINDS)]
        title = f"Giải pháp {n + 1}"
        option = options.add_option(db, a.id, code=f"O{n + 1}", title=title, category="good_housekeeping")
        inputs = {key: GivenInput(float(value), unit) for key, (value, unit) in given.items()}
        spec = {spec.name for spec in calculator(name).inputs}
        if "operating_hours" in spec:
            inputs["operating_hours"] = GivenInput(7000.0, "h", calculations.OPERATING_HOURS)
        calc = calculations.preview(db, option.id, name, inputs, price=0.1)
        calculations.use_calculation(db, option.id, calc)
    return a


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--options", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_workspace(Path(folder) / "bench.sqlite")
        a = _write(db, args.options)
        pure = [KINDS[n % len(KINDS)][2] for n in range(args.options)]
        hours = [6000.0, 7000.0]
        timings: dict[str, list[float]] = {"refresh": [], "refresh_now": [], "direct": []}
        for round_ in range(args.rounds):
            editing.apply(db, editing.Update(Entity.ASSESSMENT, a.id, {"operating_hours_per_year": hours[round_ % 2]}))
            start = time.perf_counter()
            found = calculations.refresh(db, a.id)
            timings["refresh"].append(time.perf_counter() - start)
            start = time.perf_counter()
            kept = calculations.refresh_now(db, a.id)
            timings["refresh_now"].append(time.perf_counter() - start)
            start = time.perf_counter()
            for work in pure:
                work()
            timings["direct"].append(time.perf_counter() - start)
            assert (
                len(found)
                == len(kept)
                == sum(
                    1
                    for n in range(args.options)
                    if "operating_hours" in {s.name for s in calculator(KINDS[n % len(KINDS)][0]).inputs}
                )
            )
        db.close()
    refresh, now, direct = (statistics.median(timings[key][1:]) for key in ("refresh", "refresh_now", "direct"))
    edits = sum(len(item.plan.updates) for item in kept)
    print(f"{args.options} calculated options, the assessment's operating hours changed ({args.rounds} rounds, median)")
    print(f"  {len(kept)} of them follow the hours; keeping their new results is {edits} edits")
    print(f"  refresh (read, recompute, plan the edits): {1000 * refresh:8.1f} ms")
    print(f"  refresh_now (and write them):              {1000 * now:8.1f} ms")
    print(f"  the pure functions called directly:        {1000 * direct:8.2f} ms")
    print(f"  ratio refresh / pure functions: {refresh / direct:.0f}x; refresh_now: {now / direct:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
