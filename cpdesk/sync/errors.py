"""Errors of export, import and key handling, each one line that says what to do.

Every class derives from :class:`cpdesk.core.errors.CpdeskError`, so the command line
prints the message and the workbench shows it, never a traceback. A rejected bundle always
says that nothing was written: verification runs before the first write, and the merge runs
in one transaction that is rolled back on any error.
"""

from __future__ import annotations

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import Message, msg


class SyncError(CpdeskError):
    """Base of the errors of sync (bundles, packs, keys, conflicts)."""


class KeyFileError(SyncError):
    """A key file is missing, unreadable, malformed or has unsafe permissions."""


class TrustError(SyncError):
    """A trust-registry operation cannot be done (unknown fingerprint, key already trusted)."""


class ExportError(SyncError):
    """An export could not be written; the destination is left as it was."""


class Cancelled(SyncError):
    """The person cancelled a long export or import; nothing was written."""

    _SAID = {"the import": "sync.import_cancelled", "the export": "sync.export_cancelled"}

    def __init__(self, what: str = "the operation") -> None:
        code = self._SAID.get(what)
        super().__init__(msg(code) if code else f"{what} was cancelled; nothing was written")


class BundleRejected(SyncError):
    """A bundle that is not imported. The message names the file and the exact reason.

    ``reason`` is a :class:`~cpdesk.core.messages.Message` (kept as ``why``, said in the
    user's language) or, from the rules that name a record, an English line; ``self.reason``
    is always the English line. The frame ("rejected, nothing was imported") is a message
    either way, said in the user's language around an English line.
    """

    def __init__(self, reason: str | Message, source: str | None = None) -> None:
        self.why = reason if isinstance(reason, Message) else None
        self.reason = str(reason)
        self.source = source
        if self.why is None:  # the frame in the user's language, the record's rule as it is
            said = msg("sync.rejected_from", source=source, reason=reason) if source else None
            super().__init__(said or msg("sync.rejected", reason=reason))
        elif source:
            super().__init__(msg("sync.rejected_from", source=source, reason=self.why))
        else:
            super().__init__(msg("sync.rejected", reason=self.why))

    def with_source(self, source: str) -> BundleRejected:
        """The same rejection, naming the file it came from."""
        return type(self)(self.why or self.reason, source)


class DamagedBundle(BundleRejected):
    """Truncated, altered or unreadable: a hash, a tag or the structure does not check."""


class UnsafeBundle(BundleRejected):
    """The archive inside breaks a safety rule (unsafe member names, links, sizes, ratios)."""


class UntrustedBundle(BundleRejected):
    """Signed by a key that is unknown or revoked, or not signed at all."""


class IncompatibleBundle(BundleRejected):
    """Written by a newer cpdesk (format or schema this one does not know), or far too old."""


class NotForThisInstallation(BundleRejected):
    """Encrypted to another centre or installation, whose private key is not here."""


class ConflictError(SyncError):
    """A conflict cannot be resolved as asked (unknown id, unknown field, bad value)."""
