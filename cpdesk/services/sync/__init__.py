"""Sync use cases: export and import of bundles, conflicts, keys, the reference pack, status."""
