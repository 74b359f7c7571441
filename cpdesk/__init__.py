"""cpdesk: Cleaner Production assessments on an offline desktop."""

__version__ = "0.1.0"
