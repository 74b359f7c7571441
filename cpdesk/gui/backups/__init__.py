"""Backups in the workbench: the automatic copies, File -> Restore from backup…, Edit ->
Deleted items, and the backup settings; everything they do is the services' (:mod:`cpdesk.services.backups`)."""
