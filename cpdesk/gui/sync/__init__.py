"""Sync in the workbench: export and import dialogs, the conflicts screen and the Sync menu.

The dialogs drive :mod:`cpdesk.services.sync`, :mod:`cpdesk.services.sync_conflicts` and
:mod:`cpdesk.services.sync_keys`; long work runs off the GUI thread (:mod:`cpdesk.gui.workers`).
"""
