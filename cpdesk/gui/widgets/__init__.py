"""Reusable widgets of the workbench: number and unit entry, record tables."""
