"""The process flow chart of an assessment as a graphical editor (QGraphicsScene/QGraphicsView)."""

from cpdesk.gui.flowchart.view import FlowChartView

__all__ = ["FlowChartView"]
