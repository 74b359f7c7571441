"""Key, trust and conflict refusals carry a message code: said in Vietnamese on a Vietnamese
screen, and in the command line's English words otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.core.messages import text_of
from cpdesk.services.sync import conflicts, keys
from cpdesk.sync.errors import ConflictError, KeyFileError, TrustError
from cpdesk.sync.keys import normalise_fingerprint, read_public_key_file


def refused(kind: type[Exception], call) -> Exception:
    with pytest.raises(kind) as caught:
        call()
    assert getattr(caught.value, "message", None) is not None, caught.value
    return caught.value


def test_a_damaged_key_file_says_why_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "khoa.json"
    path.write_text(json.dumps({"format": "cpdesk-public-key", "version": 1}), encoding="utf-8")
    error = refused(KeyFileError, lambda: read_public_key_file(path))
    assert text_of(error, "en") == str(error)
    assert "khoa.json" in text_of(error, "vi")
    typo = refused(KeyFileError, lambda: normalise_fingerprint("xyz"))
    assert str(typo) == "'xyz' is not a key fingerprint (expected hex digits such as 1a2b-3c4d-...)"
    assert text_of(typo, "vi") == "'xyz' không phải dấu vân tay của khoá (cần các chữ số hệ 16 như 1a2b-3c4d-...)"


def test_trust_and_conflict_refusals_in_vietnamese(db) -> None:
    unknown = refused(TrustError, lambda: keys.revoke_key(db, "1a2b3c4d5e6f"))
    assert str(unknown) == "no trusted key has the fingerprint 1a2b3c4d5e6f"
    assert text_of(unknown, "vi") == "không có khoá tin cậy nào có dấu vân tay 1a2b3c4d5e6f"
    short = refused(TrustError, lambda: keys.revoke_key(db, "1a2b"))
    assert "ít nhất 8 chữ số" in text_of(short, "vi")
    nothing = refused(ConflictError, lambda: conflicts.resolve_conflict(db, "abcd1234", []))
    assert str(nothing) == "say what to keep: --keep mine, --keep theirs or --keep FIELD=VALUE"
    missing = refused(ConflictError, lambda: conflicts.resolve_conflict(db, "abcd1234", ["mine"]))
    assert (str(missing), text_of(missing, "vi")) == ("no conflict 'abcd1234'", "không có xung đột 'abcd1234'")
