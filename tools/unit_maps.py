"""Write resources/units/unit_maps.json: pint's conversions between cpdesk's canonical units.

Run from the repository root after a change of cpdesk/core/unit_names.py (a unit, a spelling
that became canonical, a definition)::

    python tools/unit_maps.py

The file holds what pint answers (:func:`cpdesk.core.units.pint_maps`), so that a command
converting kWh into MWh need not import pint; tests/core/test_unit_maps.py checks it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cpdesk.core import unit_maps, units  # noqa: E402

TARGET = ROOT / "resources" / "units" / unit_maps.FILE


def document_text() -> str:
    """The file's text: one line per source unit, so that a change reads as a diff."""
    document = units.pint_maps().to_json()
    lines = [
        "{",
        f' "about": {json.dumps(document["about"])},',
        f' "dimensions": {json.dumps(document["dimensions"], ensure_ascii=False)},',
        ' "maps": {',
    ]
    sources = list(document["maps"].items())
    for number, (source, targets) in enumerate(sources):
        comma = "," if number < len(sources) - 1 else ""
        body = json.dumps(targets, ensure_ascii=False, separators=(",", ":"))
        lines.append(f"  {json.dumps(source, ensure_ascii=False)}: {body}{comma}")
    lines += [" }", "}", ""]
    return "\n".join(lines)


def main() -> int:
    TARGET.write_text(document_text(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
