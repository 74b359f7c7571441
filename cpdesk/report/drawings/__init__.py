"""Drawings of reports: flow chart, Sankey diagrams and bar charts (reportlab graphics)."""
