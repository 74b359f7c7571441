"""Sync between field and centre: signed, encrypted, idempotent bundles that never lose data.

Pure and file-level parts live here (keys, envelope, archive safety, manifest, records,
version vectors, bundle writer and reader, the merge); the use cases that open a unit of
work are in :mod:`cpdesk.services.sync.importing` and its siblings. No Qt is imported here.
"""
