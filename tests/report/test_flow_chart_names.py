"""The flow chart names the plant's inputs and outputs, not only their carriers' colours."""

from __future__ import annotations

import uuid

from reportlab.graphics.shapes import String

from cpdesk.core.rows import ProcessStepRow, StreamRow
from cpdesk.core.vocabulary import Carrier, StreamKind
from cpdesk.report.drawings.flowchart import flow_chart
from cpdesk.report.i18n import I18n


def _step(name: str, position: int) -> ProcessStepRow:
    return ProcessStepRow(uuid.uuid4(), name, position, False, "")


def _stream(name: str, carrier: str, source: ProcessStepRow | None, target: ProcessStepRow | None) -> StreamRow:
    return StreamRow(
        uuid.uuid4(),
        name,
        StreamKind.WATER,
        Carrier(carrier),
        source.id if source else None,
        source.name if source else None,
        target.id if target else None,
        target.name if target else None,
        None,
        None,
        1,
    )


def _strings(node: object) -> list[str]:
    found = []
    for child in getattr(node, "contents", []) or []:
        if isinstance(child, String):
            found.append(child.text)
        found += _strings(child)
    return found


def test_the_plants_inputs_and_outputs_carry_their_names() -> None:
    boiler, dyeing = _step("Boiler", 1), _step("Dyeing", 2)
    streams = [
        _stream("Anthracite", "anthracite", None, boiler),
        _stream("Well water", "water", None, boiler),
        _stream("Steam to the jets", "steam", boiler, dyeing),
        _stream("Flue gas", "flue_gas", boiler, None),
        _stream("Waste water", "wastewater", dyeing, None),
    ]
    words = " ".join(_strings(flow_chart([boiler, dyeing], streams, I18n("en"), 500, 300)))
    for name in ("Anthracite", "Well water", "Flue gas", "Waste water"):
        assert name in words
    assert "Steam to the jets" not in words  # between steps: named in the table of streams only
