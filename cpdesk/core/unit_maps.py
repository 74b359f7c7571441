"""pint's conversions between cpdesk's canonical units, worked out once and shipped.

Importing pint (and numpy, which it loads) and building its registry costs about half a
second of CPU, which a short command that only brings kWh to MWh should not pay: the
programme summary, the reports and every service that checks a unit would pay it at each
start. ``resources/units/unit_maps.json`` holds pint's own answers for the canonical
single units of :mod:`cpdesk.core.unit_names`: what each one measures (the names of
:func:`cpdesk.core.units.dimension_of`) and, for every two that measure the same thing, the
linear map ``(scale, offset)`` that :mod:`cpdesk.core.units` works out through pint, to the
last bit (JSON keeps a float's shortest repr, which reads back as the same float).
:mod:`cpdesk.core.units` answers from it first and asks pint only for the rest: quotients
("m³/h", "kWh/t") and the quantities of :func:`cpdesk.core.units.quantity`.

``python tools/unit_maps.py`` writes the file from pint; ``tests/core/test_unit_maps.py``
compares it with pint and fails, naming that tool, once a unit of ``unit_names`` changes.
No Qt, no SQL; the one file read is this shipped file (not a catalogue a centre sends).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

#: The file, in ``resources/units``.
FILE = "unit_maps.json"
_PACKAGE, _FOLDER = "cpdesk.resources", "units"


@dataclass(frozen=True)
class UnitMaps:
    """What each canonical single unit measures, and pint's linear map between any two that
    measure the same thing (a value in ``source`` is ``value * scale + offset`` in ``target``)."""

    dimensions: Mapping[str, str]
    maps: Mapping[tuple[str, str], tuple[float, float]]

    def to_json(self) -> dict[str, Any]:
        """The document of :data:`FILE`: per source unit, its targets' ``[scale, offset]``."""
        by_source: dict[str, dict[str, list[float]]] = {}
        for (source, target), (scale, offset) in self.maps.items():
            by_source.setdefault(source, {})[target] = [scale, offset]
        return {
            "about": "pint's conversions between cpdesk's canonical units; written by tools/unit_maps.py",
            "dimensions": dict(self.dimensions),
            "maps": by_source,
        }


def from_json(document: Mapping[str, Any]) -> UnitMaps:
    """The maps of a document written by :meth:`UnitMaps.to_json`."""
    maps = {
        (source, target): (float(pair[0]), float(pair[1]))
        for source, targets in document["maps"].items()
        for target, pair in targets.items()
    }
    return UnitMaps(dimensions=dict(document["dimensions"]), maps=maps)


@functools.cache
def shipped() -> UnitMaps:
    """The maps shipped in ``resources/units``, read once."""
    text = (resources.files(_PACKAGE) / _FOLDER / FILE).read_text("utf-8")
    return from_json(json.loads(text))
