"""Sync in the workbench: export and import dialogs, the conflicts screen and the Sync menu.

The dialogs drive :mod:`cpdesk.services.sync.importing`, :mod:`cpdesk.services.sync.conflicts` and
:mod:`cpdesk.services.sync.keys`; long work runs off the GUI thread (:mod:`cpdesk.gui.workers`).
"""
