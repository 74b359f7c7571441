"""Installation keys, public key files and fingerprints."""

from __future__ import annotations

import json
import multiprocessing
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from cpdesk.services.sync import keys as sync_keys
from cpdesk.store.models import SyncKey
from cpdesk.sync.errors import KeyFileError
from cpdesk.sync.keys import (
    KeyPair,
    PublicIdentity,
    installation_key_path,
    installation_keys,
    normalise_fingerprint,
    read_public_key_file,
    write_public_key_file,
)
from tests.sync.conftest import Network


def test_installation_keys_are_made_once_and_kept_private(tmp_path: Path) -> None:
    first = installation_keys(tmp_path)
    again = installation_keys(tmp_path)
    assert first.fingerprint == again.fingerprint
    path = installation_key_path(tmp_path)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_keys_live_in_the_data_folder_by_default() -> None:
    keys = installation_keys()
    assert installation_key_path().exists()
    assert installation_keys().fingerprint == keys.fingerprint


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_private_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    installation_keys(tmp_path)
    path = installation_key_path(tmp_path)
    path.chmod(0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        installation_keys(tmp_path)


def _make_keys(folder: str, queue: multiprocessing.Queue) -> None:
    queue.put(installation_keys(Path(folder)).fingerprint)


def test_two_processes_starting_at_once_share_one_identity(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_make_keys, args=(str(tmp_path), queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    prints = {queue.get(timeout=10) for _ in workers}
    assert len(prints) == 1
    assert prints == {installation_keys(tmp_path).fingerprint}
    assert [p.name for p in (tmp_path / "keys").iterdir()] == ["installation.key"]


def test_public_key_file_round_trip(tmp_path: Path) -> None:
    keys = KeyPair.generate()
    identity = keys.public("Nguyễn Văn A", device_id="abc")
    write_public_key_file(tmp_path / "a.cpdeskkey", identity)
    back = read_public_key_file(tmp_path / "a.cpdeskkey")
    assert back == identity
    assert back.fingerprint == keys.fingerprint
    assert len(normalise_fingerprint(back.fingerprint)) == 32


def test_a_swapped_encryption_key_changes_the_fingerprint(tmp_path: Path) -> None:
    identity = KeyPair.generate().public("A")
    doc = identity.to_json()
    doc["encryption_key"] = KeyPair.generate().public("B").to_json()["encryption_key"]
    (tmp_path / "k").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(KeyFileError, match="fingerprint written in the file does not match"):
        read_public_key_file(tmp_path / "k")
    del doc["fingerprint"]
    assert PublicIdentity.from_json(doc).fingerprint != identity.fingerprint


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00binary", "not text"),
        (b"hello", "not JSON"),
        (b'{"format": "something-else"}', "not a cpdesk public key file"),
        (b'{"format": "cpdesk-public-key", "version": 9}', "update cpdesk"),
        (b'{"format": "cpdesk-public-key", "version": 1, "name": "A", "role": "auditor"}', "signing_key"),
    ],
)
def test_bad_key_files_give_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "k").write_bytes(content)
    with pytest.raises(KeyFileError, match=message):
        read_public_key_file(tmp_path / "k")


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="cannot read key file"):
        read_public_key_file(tmp_path / "nope")


def test_fingerprints_are_normalised() -> None:
    assert normalise_fingerprint(" 1A2B-3c4d:5E6F ") == "1a2b3c4d5e6f"
    with pytest.raises(KeyFileError, match="not a key fingerprint"):
        normalise_fingerprint("xyz")


# ------------------------------------------------------------------ roles decided by the trusting side


def test_a_key_file_that_says_centre_is_trusted_as_an_auditor_and_its_pack_refused(network: Network) -> None:
    from tests.sync.hostile import craft_bundle, refused, run_cli

    field = network.field("lan")
    forger = KeyPair.generate()
    key_file = network.folder / "forged.cpdeskkey"
    write_public_key_file(key_file, forger.public("VNCPC", role="centre", device_id="forged-device"))
    assert read_public_key_file(key_file).role == "centre"
    code, out, err = run_cli(field, "centre", "trust", str(key_file), "--name", "VNCPC 2")
    assert code == 0, err
    assert "(auditor)" in out
    assert "calls itself a centre's key: it is trusted as an auditor" in out
    with field.db.reading() as session:
        assert session.get(SyncKey, forger.fingerprint).role == "auditor"
    pack = network.path("pack")
    craft_bundle(pack, [], keys=forger, device_id="forged-device", recipient=None, kind="reference")
    refused(field, pack, "a reference-data pack must be signed by the centre; this one is signed by 'VNCPC 2'")


def test_a_centre_key_file_is_trusted_as_the_centre_only_with_its_fingerprint_typed_in(network: Network) -> None:
    from tests.sync.conftest import Site
    from tests.sync.hostile import run_cli

    site = Site("minh", network.workspaces("minh"), network.tmp / "keys-minh")
    key = str(network.centre_key)
    wrong = KeyPair.generate().fingerprint
    code, _, err = run_cli(site, "centre", "trust", key, "--name", "VNCPC", "--centre-fingerprint", wrong)
    assert code == 1
    assert err.count("\n") == 1
    assert "this is not the centre's key" in err
    assert "nothing was trusted" in err
    with site.db.reading() as session:
        assert session.execute(select(SyncKey)).first() is None
    typed = network.centre_fingerprint.upper()
    code, out, err = run_cli(site, "centre", "trust", key, "--name", "VNCPC", "--centre-fingerprint", typed)
    assert code == 0, err
    assert "(centre)" in out, err
    with site.active(), site.db.reading() as session:
        assert sync_keys.trusted_centre(session).fingerprint == network.centre_fingerprint
