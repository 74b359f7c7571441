"""What the flow chart reads and writes: steps with their place on the chart, and streams.

The reads and the one write live in :mod:`cpdesk.services.assessment.flow` (the GUI calls services
only); this module names them for the chart's modules.
"""

from __future__ import annotations

from cpdesk.services.assessment.flow import ChartData, ChartStep, ChartStream, add_step_at, load_chart

__all__ = ["ChartData", "ChartStep", "ChartStream", "add_step_at", "load_chart"]
