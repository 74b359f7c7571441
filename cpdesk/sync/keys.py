"""Key pairs of installations and of the centre, public key files and fingerprints.

Every installation has two key pairs, made on first use and kept in the user's data folder
(``keys/installation.key``, readable by its owner only):

- an **Ed25519** pair that signs the manifests of the bundles it exports, and
- an **X25519** pair to which bundles for this installation are encrypted.

The centre has the same two pairs, kept in its database (see
:mod:`cpdesk.services.sync.keys`) so that everybody who imports at the centre can open the
bundles sent to it. A **fingerprint** names a pair of public keys: the first 128 bits of
SHA-256 over both, written as eight groups of four hex digits. It covers the encryption key
too, so a key file whose X25519 key was swapped does not keep the fingerprint that was
checked over the phone.

Public keys travel as small JSON files (``*.cpdeskkey``) that people can e-mail or carry.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from cpdesk.core.errors import reason_of
from cpdesk.core.messages import msg
from cpdesk.sync.atomic import write_atomically
from cpdesk.sync.errors import KeyFileError

PUBLIC_FORMAT = "cpdesk-public-key"
PRIVATE_FORMAT = "cpdesk-private-key"
KEY_FILE_VERSION = 1
KEYS_DIR = "keys"
INSTALLATION_KEY_FILE = "installation.key"
#: Public key files are tiny; anything bigger is not one (and is not read whole).
MAX_KEY_FILE_BYTES = 64 * 1024
ROLES = ("auditor", "centre")


def fingerprint_of(signing_public: bytes, encryption_public: bytes) -> str:
    """The fingerprint of a pair of raw public keys: ``xxxx-xxxx-...`` (8 groups of 4 hex)."""
    digest = hashlib.sha256(b"cpdesk-key-v1\0" + signing_public + encryption_public).hexdigest()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, with or without dashes, colons or spaces), normalised.

    Returns the bare lower-case hex digits, which may be a prefix of a full fingerprint.
    """
    cleaned = "".join(ch for ch in text.strip().lower() if ch not in "-: ")
    if not cleaned or any(ch not in "0123456789abcdef" for ch in cleaned):
        raise KeyFileError(msg("key.not_a_fingerprint", text=repr(text)))
    return cleaned


@dataclass(frozen=True)
class PublicIdentity:
    """The public half of an installation or centre: who it is and its two public keys."""

    name: str
    signing_key: bytes
    encryption_key: bytes
    role: str = "auditor"
    device_id: str = ""
    fingerprint: str = field(init=False)

    def __post_init__(self) -> None:
        if len(self.signing_key) != 32 or len(self.encryption_key) != 32:
            raise KeyFileError(msg("key.public_size"))
        if self.role not in ROLES:
            raise KeyFileError(msg("key.unknown_role", role=repr(self.role), roles=", ".join(ROLES)))
        object.__setattr__(self, "fingerprint", fingerprint_of(self.signing_key, self.encryption_key))

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing_key)

    def verify(self, signature: bytes, data: bytes) -> bool:
        """True when ``signature`` is this identity's Ed25519 signature of ``data``."""
        try:
            self.verifier().verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PUBLIC_FORMAT,
            "version": KEY_FILE_VERSION,
            "name": self.name,
            "role": self.role,
            "device_id": self.device_id,
            "signing_key": "ed25519:" + _b64(self.signing_key),
            "encryption_key": "x25519:" + _b64(self.encryption_key),
            "fingerprint": self.fingerprint,
        }

    def to_text(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, data: Any, source: str = "key") -> PublicIdentity:
        """Parse and check a public key as written by :meth:`to_json`."""
        if not isinstance(data, dict) or data.get("format") != PUBLIC_FORMAT:
            raise KeyFileError(msg("key.not_public_file", source=source))
        if data.get("version") != KEY_FILE_VERSION:
            raise KeyFileError(msg("key.file_version", source=source, version=repr(data.get("version"))))
        name = _text_field(data, "name", source)
        signing_key = _key_field(data, "signing_key", "ed25519", source)
        encryption_key = _key_field(data, "encryption_key", "x25519", source)
        role = _text_field(data, "role", source)
        try:
            identity = cls(name, signing_key, encryption_key, role, str(data.get("device_id") or ""))
        except KeyFileError as exc:
            raise KeyFileError(msg("key.in_file", source=source, problem=reason_of(exc))) from None
        stated = data.get("fingerprint")
        if stated is not None and normalise_fingerprint(str(stated)) != normalise_fingerprint(identity.fingerprint):
            raise KeyFileError(msg("key.fingerprint_mismatch", source=source))
        return identity

    @classmethod
    def from_text(cls, text: str, source: str = "key") -> PublicIdentity:
        try:
            data = json.loads(text)
        except ValueError:
            raise KeyFileError(msg("key.public_not_json", source=source)) from None
        return cls.from_json(data, source)


@dataclass(frozen=True)
class KeyPair:
    """Private keys: Ed25519 to sign, X25519 to open what was encrypted to us."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def encryption_public(self) -> bytes:
        return self.encryption.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_public, self.encryption_public)

    def public(self, name: str, *, role: str = "auditor", device_id: str = "") -> PublicIdentity:
        return PublicIdentity(name, self.signing_public, self.encryption_public, role, device_id)

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)

    def to_private_text(self) -> str:
        """Both private keys as one JSON text of PKCS#8 PEM blocks (unencrypted: see module doc)."""
        pem = serialization.Encoding.PEM
        pkcs8 = serialization.PrivateFormat.PKCS8
        none = serialization.NoEncryption()
        return (
            json.dumps(
                {
                    "format": PRIVATE_FORMAT,
                    "version": KEY_FILE_VERSION,
                    "signing": self.signing.private_bytes(pem, pkcs8, none).decode("ascii"),
                    "encryption": self.encryption.private_bytes(pem, pkcs8, none).decode("ascii"),
                },
                indent=2,
            )
            + "\n"
        )

    @classmethod
    def from_private_text(cls, text: str, source: str = "private key") -> KeyPair:
        try:
            data = json.loads(text)
            if data.get("format") != PRIVATE_FORMAT or data.get("version") != KEY_FILE_VERSION:
                raise ValueError("not a cpdesk private key")
            signing = serialization.load_pem_private_key(data["signing"].encode("ascii"), None)
            encryption = serialization.load_pem_private_key(data["encryption"].encode("ascii"), None)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise KeyFileError(msg("key.private_damaged", source=source)) from None
        if not isinstance(signing, Ed25519PrivateKey) or not isinstance(encryption, X25519PrivateKey):
            raise KeyFileError(msg("key.private_kind", source=source))
        return cls(signing, encryption)


def installation_key_path(directory: Path | None = None) -> Path:
    """Where this installation's private keys live (the data folder unless ``directory``)."""
    if directory is None:
        from cpdesk.store.locations import data_dir

        directory = data_dir()
    return directory / KEYS_DIR / INSTALLATION_KEY_FILE


def installation_keys(directory: Path | None = None) -> KeyPair:
    """This installation's key pairs, made and saved (mode 0600) on first use.

    Two processes starting at once both end up with the same keys: the file is written under
    a temporary name and linked into place only if no other process got there first.
    """
    path = installation_key_path(directory)
    if not path.exists():
        _create_private_key_file(path, KeyPair.generate())
    return load_private_key_file(path)


def load_private_key_file(path: Path) -> KeyPair:
    if os.name == "posix":
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyFileError(msg("key.private_readable", path=str(path)))
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KeyFileError(msg("key.private_unreadable", path=str(path), detail=exc.strerror or str(exc))) from None
    return KeyPair.from_private_text(text, str(path))


def _create_private_key_file(path: Path, keys: KeyPair) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(keys.to_private_text())
            out.flush()
            os.fsync(out.fileno())
        try:
            # link() fails when the name exists: the first process to get there wins and
            # every other one reads its keys, so an installation never has two identities.
            os.link(temp, path)
        except FileExistsError:
            pass
    finally:
        temp.unlink(missing_ok=True)


def read_public_key_file(path: Path) -> PublicIdentity:
    """Read and check a ``*.cpdeskkey`` file."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(msg("key.file_unreadable", path=str(path), detail=exc.strerror or str(exc))) from None
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(msg("key.file_too_large", source=str(path)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(msg("key.public_not_text", source=str(path))) from None
    return PublicIdentity.from_text(text, str(path))


def write_public_key_file(path: Path, identity: PublicIdentity) -> None:
    write_atomically(path, identity.to_text().encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _text_field(data: dict[str, Any], key: str, source: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KeyFileError(msg("key.field_missing", source=source, field=key))
    return value.strip()


def _key_field(data: dict[str, Any], key: str, kind: str, source: str) -> bytes:
    value = data.get(key)
    prefix = kind + ":"
    if not isinstance(value, str) or not value.startswith(prefix):
        raise KeyFileError(msg("key.field_kind", source=source, field=key, kind=kind))
    try:
        raw = base64.b64decode(value[len(prefix) :], validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(msg("key.field_base64", source=source, field=key)) from None
    if len(raw) != 32:
        raise KeyFileError(msg("key.field_size", source=source, field=key, size=str(len(raw)), kind=kind))
    return raw
