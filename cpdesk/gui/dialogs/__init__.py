"""Dialogs of the workbench: settings, about, new assessment."""
