"""Keys for sync: this installation's identity, the centre's key pair, the trust registry.

An installation signs with its own key pair (kept in the data folder); a database that holds
a centre key pair (``cpdesk centre init``) is the centre's, and signs and opens bundles with
that pair instead, whoever works on it. Trust comes only from the registry (``sync_key``):
keys a person at the centre trusted by their key file, and, on field installations, the
centre's key and its list of auditors learned from the centre's reference-data pack.
"""

from __future__ import annotations

import base64
import getpass
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import LocalSetting, SyncCentreKey, SyncKey
from cpdesk.sync.authority import Sender
from cpdesk.sync.errors import TrustError, UntrustedBundle
from cpdesk.sync.keys import (
    KeyPair,
    PublicIdentity,
    installation_key_path,
    installation_keys,
    normalise_fingerprint,
    read_public_key_file,
    write_public_key_file,
)
from cpdesk.sync.reader import Signer, TrustLookup

AUTHOR_SETTING = "sync_author"
SEQUENCE_SETTING = "sync_export_sequence"


@dataclass(frozen=True)
class IdentityView:
    """An identity as shown to a person: who, which keys, where the private key is."""

    name: str
    role: str
    fingerprint: str
    signing_key: str
    encryption_key: str
    device_id: str
    private_key: str

    @classmethod
    def of(cls, identity: PublicIdentity, private_key: str) -> IdentityView:
        return cls(
            identity.name,
            identity.role,
            identity.fingerprint,
            base64.b64encode(identity.signing_key).decode(),
            base64.b64encode(identity.encryption_key).decode(),
            identity.device_id,
            private_key,
        )


@dataclass(frozen=True)
class KeyRow:
    """A key of the trust registry."""

    fingerprint: str
    name: str
    role: str
    device_id: str
    source: str
    added_at: datetime
    revoked_at: datetime | None
    revoked_reason: str

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class Signing:
    """The keys this database signs and opens bundles with, and in whose name."""

    keys: KeyPair
    name: str
    role: str

    def public(self, device_id: str) -> PublicIdentity:
        return self.keys.public(self.name, role=self.role, device_id=device_id)


# ------------------------------------------------------------------ this installation


def author_name(session: Session) -> str:
    """The name exports are signed in: set by ``keys export --name``, else the login name."""
    row = session.get(LocalSetting, AUTHOR_SETTING)
    if row is not None and row.value.strip():
        return row.value
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "cpdesk user"


def signing(session: Session) -> Signing:
    """The centre's key pair when this is the centre's database, else the installation's."""
    centre = session.execute(select(SyncCentreKey)).scalars().first()
    if centre is not None:
        return Signing(KeyPair.from_private_text(centre.private_keys, "the centre key"), centre.name, "centre")
    return Signing(installation_keys(), author_name(session), "auditor")


def show_identity(db: Database) -> IdentityView:
    """This installation's public key and fingerprint (``cpdesk keys show``)."""
    with reading(db) as session:
        name = author_name(session)
    return IdentityView.of(installation_keys().public(name, device_id=db.device_id), str(installation_key_path()))


def export_public_key(db: Database, path: Path, name: str | None = None) -> IdentityView:
    """Write this installation's public key file for the centre; remember ``name`` as author."""
    if name is not None:
        name = name.strip()
        if not name:
            raise ValidationError("key", "name", name, msg("key.author_name_needed"))
        with unit_of_work(db) as session:
            row = session.get(LocalSetting, AUTHOR_SETTING)
            if row is None:
                session.add(LocalSetting(key=AUTHOR_SETTING, value=name))
            else:
                row.value = name
    view = show_identity(db)
    identity = installation_keys().public(view.name, device_id=db.device_id)
    try:
        write_public_key_file(Path(path), identity)
    except OSError as exc:
        raise TrustError(msg("key.cannot_write", path=str(path), detail=exc.strerror or str(exc))) from None
    return view


def next_export_sequence(db: Database) -> int:
    """The next number of this database's exports (1, 2, ...), taken in its own transaction."""
    with unit_of_work(db) as session:
        row = session.get(LocalSetting, SEQUENCE_SETTING)
        if row is None:
            row = LocalSetting(key=SEQUENCE_SETTING, value="0")
            session.add(row)
        number = int(row.value) + 1
        row.value = str(number)
        return number


# ------------------------------------------------------------------ the centre


def init_centre(db: Database, name: str) -> IdentityView:
    """Make this database the centre's: create its key pair (once)."""
    name = name.strip()
    if not name:
        raise ValidationError("centre", "name", name, msg("key.centre_name_needed"))
    with unit_of_work(db) as session:
        existing = session.execute(select(SyncCentreKey)).scalars().first()
        if existing is not None:
            raise TrustError(msg("key.already_centre", name=repr(existing.name), fingerprint=existing.fingerprint))
        keys = KeyPair.generate()
        session.add(SyncCentreKey(fingerprint=keys.fingerprint, name=name, private_keys=keys.to_private_text()))
    return IdentityView.of(keys.public(name, role="centre", device_id=db.device_id), "in the database")


def centre_identity(session: Session, device_id: str = "") -> PublicIdentity | None:
    """The centre's public identity when this is the centre's database."""
    row = session.execute(select(SyncCentreKey)).scalars().first()
    if row is None:
        return None
    return KeyPair.from_private_text(row.private_keys).public(row.name, role="centre", device_id=device_id)


def show_centre(db: Database) -> IdentityView:
    with reading(db) as session:
        identity = centre_identity(session, db.device_id)
    if identity is None:
        raise TrustError(msg("key.not_centre"))
    return IdentityView.of(identity, "in the database")


def export_centre_key(db: Database, path: Path) -> IdentityView:
    with reading(db) as session:
        identity = centre_identity(session, db.device_id)
    if identity is None:
        raise TrustError(msg("key.not_centre"))
    try:
        write_public_key_file(Path(path), identity)
    except OSError as exc:
        raise TrustError(msg("key.cannot_write", path=str(path), detail=exc.strerror or str(exc))) from None
    return IdentityView.of(identity, "in the database")


# ------------------------------------------------------------------ the registry


def trust_key(db: Database, key_file: Path, name: str, *, centre_fingerprint: str | None = None) -> KeyRow:
    """Trust the key in this public key file (``cpdesk centre trust``), as an auditor.

    The role is decided here, never read from the file: anyone can edit a key file to say
    ``"role": "centre"``. The key is trusted as the centre's only when the person gives
    ``centre_fingerprint`` as the centre read it to them, and it is the file's fingerprint
    (the usual way is the first reference-data pack, ``cpdesk import PACK
    --centre-fingerprint``).
    """
    identity = read_public_key_file(Path(key_file))
    name = name.strip() or identity.name
    role = "auditor"
    if centre_fingerprint is not None:
        typed = normalise_fingerprint(centre_fingerprint)
        if typed != normalise_fingerprint(identity.fingerprint):
            typed_text = repr(centre_fingerprint.strip())
            raise TrustError(
                msg("key.not_centres_key", file=Path(key_file).name, fingerprint=identity.fingerprint, typed=typed_text)
            )
        role = "centre"
    with unit_of_work(db) as session:
        row = session.get(SyncKey, identity.fingerprint)
        if row is not None and row.revoked_at is None:
            raise TrustError(msg("key.already_trusted", fingerprint=identity.fingerprint, name=repr(row.name)))
        if row is not None:
            revoked = row.revoked_at.date() if row.revoked_at else None
            raise TrustError(
                msg("key.revoked_never_again", fingerprint=identity.fingerprint, name=repr(row.name), revoked=revoked)
            )
        row = SyncKey(
            fingerprint=identity.fingerprint,
            name=name,
            role=role,
            signing_key=base64.b64encode(identity.signing_key).decode(),
            encryption_key=base64.b64encode(identity.encryption_key).decode(),
            device_id=identity.device_id,
            source="registry",
            revoked_reason="",
        )
        session.add(row)
        session.flush()
        return _key_row(row)


def key_file_role(key_file: Path) -> str:
    """The role a public key file gives itself ("centre" or "auditor"): what the file says,
    which is not what this database trusts it as (see :func:`trust_key`)."""
    return read_public_key_file(Path(key_file)).role


def revoke_key(db: Database, fingerprint: str, reason: str = "") -> KeyRow:
    """Stop trusting a key: bundles it signs are rejected from now on (``centre revoke``)."""
    with unit_of_work(db) as session:
        row = find_key(session, fingerprint)
        if row.revoked_at is not None:
            raise TrustError(
                msg(
                    "key.already_revoked",
                    fingerprint=row.fingerprint,
                    name=repr(row.name),
                    revoked=row.revoked_at.date(),
                )
            )
        row.revoked_at = utcnow()
        row.revoked_reason = reason.strip()
        session.flush()
        return _key_row(row)


def list_keys(db: Database) -> list[KeyRow]:
    with reading(db) as session:
        rows = session.execute(select(SyncKey).order_by(SyncKey.role, SyncKey.name)).scalars().all()
        return [_key_row(r) for r in rows]


def find_key(session: Session, fingerprint: str) -> SyncKey:
    """A registry key by its fingerprint or a unique prefix of it (8 hex digits suffice)."""
    wanted = normalise_fingerprint(fingerprint)
    if len(wanted) < 8:
        raise TrustError(msg("key.fingerprint_too_short", text=repr(fingerprint)))
    rows = session.execute(select(SyncKey)).scalars().all()
    matches = [r for r in rows if normalise_fingerprint(r.fingerprint).startswith(wanted)]
    if not matches:
        raise TrustError(msg("key.no_such_key", fingerprint=fingerprint))
    if len(matches) > 1:
        raise TrustError(msg("key.several_keys", fingerprint=fingerprint, count=str(len(matches))))
    return matches[0]


def identity_of(row: SyncKey) -> PublicIdentity:
    return PublicIdentity(
        row.name,
        base64.b64decode(row.signing_key),
        base64.b64decode(row.encryption_key),
        row.role,
        row.device_id,
    )


def trusted_centre(session: Session) -> PublicIdentity | None:
    """The centre this field installation sends its exports to (the latest one it trusts)."""
    row = (
        session.execute(
            select(SyncKey)
            .where(SyncKey.role == "centre", SyncKey.revoked_at.is_(None))
            .order_by(SyncKey.added_at.desc())
        )
        .scalars()
        .first()
    )
    return identity_of(row) if row is not None else None


def recipient(session: Session, text: str) -> PublicIdentity:
    """``--to``: a public key file, or the fingerprint of a key in the registry."""
    path = Path(text).expanduser()
    if path.is_file():
        return read_public_key_file(path)
    try:
        return identity_of(find_key(session, text))
    except TrustError:
        raise TrustError(msg("key.not_a_recipient", text=repr(text))) from None


def private_keys(session: Session) -> dict[str, KeyPair]:
    """The key pairs that can open bundles here: the installation's and the centre's."""
    mine = installation_keys()
    keys = {mine.fingerprint: mine}
    centre = session.execute(select(SyncCentreKey)).scalars().first()
    if centre is not None:
        pair = KeyPair.from_private_text(centre.private_keys, "the centre key")
        keys[pair.fingerprint] = pair
    return keys


def trust_lookup(
    session: Session, *, own_name: str = "this installation", first_centre: str | None = None
) -> TrustLookup:
    """Who signed what: the registry, this installation's own keys, and, for a first
    reference pack, the centre fingerprint a person confirmed out of band."""
    rows = {r.fingerprint: r for r in session.execute(select(SyncKey)).scalars()}
    own = {fp: own_name for fp in private_keys(session)}
    confirmed = normalise_fingerprint(first_centre) if first_centre else None

    def lookup(fingerprint: str) -> Signer | None:
        row = rows.get(fingerprint)
        if row is not None:
            revoked = f"{row.revoked_at:%Y-%m-%d}" if row.revoked_at else None
            return Signer(fingerprint, row.name, row.role, revoked)
        if fingerprint in own:
            return Signer(fingerprint, own[fingerprint], "self")
        if confirmed is not None and normalise_fingerprint(fingerprint) == confirmed:
            return Signer(fingerprint, "the centre (confirmed by fingerprint)", "centre-unconfirmed")
        return None

    return lookup


def sender(session: Session, signer: Signer, device_id: str, source: str | None = None) -> Sender:
    """Who signed a bundle, for the authority checks: the centre or a field installation, and
    the device its records must name as their last editor.

    The centre is the key this database confirmed as the centre's (its registry role, or its
    own centre key), never what the bundle or a key file says. The device is the manifest's,
    and must be the one registered with the key where the registry has one. Where it has none
    (a key file written without it), the device must not be one that another key of the
    registry (the centre's included) is known by: a field key cannot speak for someone
    else's device.
    """
    own_centre = session.execute(select(SyncCentreKey.fingerprint)).scalars().first()
    is_centre = signer.role in ("centre", "centre-unconfirmed") or signer.fingerprint == own_centre
    if signer.role == "self":
        return Sender(device_id, is_centre)
    rows = session.execute(select(SyncKey)).scalars().all()
    mine = next((r for r in rows if r.fingerprint == signer.fingerprint), None)
    registered = mine.device_id if mine is not None else ""
    if registered and registered != device_id:
        raise UntrustedBundle(
            f"it says it comes from device {device_id!r}, but the key of {signer.name!r} belongs to device "
            f"{registered!r}",
            source,
        )
    if not registered:
        claimed = {r.device_id: r.name for r in rows if r.device_id and r.fingerprint != signer.fingerprint}
        if device_id in claimed:
            raise UntrustedBundle(
                f"it says it comes from device {device_id!r}, which is the device of {claimed[device_id]!r}, "
                f"not of the key of {signer.name!r} that signed it",
                source,
            )
    return Sender(device_id, is_centre)


def _key_row(row: SyncKey) -> KeyRow:
    return KeyRow(
        row.fingerprint,
        row.name,
        row.role,
        row.device_id,
        row.source,
        row.added_at,
        row.revoked_at,
        row.revoked_reason,
    )
