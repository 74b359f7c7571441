"""Benchmark: start-up of the frozen bundle beside cpdesk from source, and the bundle's size.

Run from the repository root, after a build (``python installer/build.py --no-package``)::

    python tests/bench/bench_startup.py                    # dist/cpdesk, 7 CLI and 5 GUI runs
    python tests/bench/bench_startup.py --bundle DIR --cli-runs 11 --gui-runs 7
    python tests/bench/bench_startup.py --bundle DIR --source-tree CHECKOUT   # same commit

Measured (see tests/installer/startup.py): ``cpdesk --version`` from spawn to exit, and the
workbench from spawn to its main window shown (offscreen, on an existing demo database),
each the median of several runs after a warm-up run, frozen and from source in the same
run of this script. No timing is asserted: the figures are for the README.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "installer"))

import bundle_layout as layout  # noqa: E402

from tests.installer import startup  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / layout.DIST_NAME, help="one-folder bundle")
    parser.add_argument("--cli-runs", type=int, default=7)
    parser.add_argument("--gui-runs", type=int, default=5)
    parser.add_argument(
        "--source-tree",
        type=Path,
        help="time the cpdesk of this source tree (the bundle's commit) rather than the installed one",
    )
    args = parser.parse_args(argv)
    if not (args.bundle / layout.exe_name(layout.CLI_NAME)).is_file():
        print(f"no bundle in {args.bundle}: build it first (python installer/build.py --no-package)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cpdesk-bench-") as tmp:
        work = Path(tmp)
        frozen = startup.measure(startup.frozen_side(args.bundle), work / "frozen", args.cli_runs, args.gui_runs)
        source_side = startup.source_side(tree=args.source_tree.resolve() if args.source_tree else None)
        source = startup.measure(source_side, work / "source", args.cli_runs, args.gui_runs)
    print(startup.table(frozen, source, layout.directory_size(args.bundle)))
    for timing in frozen + source:
        print(f"  {timing.label}: wall " + ", ".join(f"{s:.2f}" for s in timing.wall))
        print(f"  {timing.label}: CPU  " + ", ".join(f"{s:.2f}" for s in timing.cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main())
