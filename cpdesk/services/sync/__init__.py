"""Sync use cases: export and import of bundles, conflicts, keys, the reference pack, status.

The errors of sync are named here as well, so that the workbench and the command line tell a
refused bundle or a cancelled import from other failures without reaching into
:mod:`cpdesk.sync` (importing this package loads only those small error classes).
"""

from cpdesk.sync.errors import (
    BundleRejected,
    Cancelled,
    ConflictError,
    DamagedBundle,
    ExportError,
    IncompatibleBundle,
    KeyFileError,
    NotForThisInstallation,
    SyncError,
    TrustError,
    UnsafeBundle,
    UntrustedBundle,
)

__all__ = [
    "BundleRejected",
    "Cancelled",
    "ConflictError",
    "DamagedBundle",
    "ExportError",
    "IncompatibleBundle",
    "KeyFileError",
    "NotForThisInstallation",
    "SyncError",
    "TrustError",
    "UnsafeBundle",
    "UntrustedBundle",
]
