"""The flow chart names the plant's inputs and outputs, not only their carriers' colours."""

from __future__ import annotations

from cpdesk.report.drawings.flowchart import flow_chart
from cpdesk.report.i18n import I18n
from tests.report.helpers import drawn_strings, step_row, stream_row


def test_the_plants_inputs_and_outputs_carry_their_names() -> None:
    boiler, dyeing = step_row("Boiler", 1), step_row("Dyeing", 2)
    streams = [
        stream_row("Anthracite", "anthracite", None, boiler),
        stream_row("Well water", "water", None, boiler),
        stream_row("Steam to the jets", "steam", boiler, dyeing),
        stream_row("Flue gas", "flue_gas", boiler, None),
        stream_row("Waste water", "wastewater", dyeing, None),
    ]
    words = " ".join(drawn_strings(flow_chart([boiler, dyeing], streams, I18n("en"), 500, 300)))
    for name in ("Anthracite", "Well water", "Flue gas", "Waste water"):
        assert name in words
    assert "Steam to the jets" not in words  # between steps: named in the table of streams only
