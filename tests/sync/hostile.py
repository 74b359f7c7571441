"""Crafting hostile bundles with the project's own writer and real keys, and checking refusals.

Every hostile-input test of sync security does the same three things:

1. craft the input with :func:`craft_bundle` (the real :class:`BundleWriter`, signed with a
   real key of a field site, the centre or a stranger, encrypted to the receiving site);
2. import it through the command line (:func:`refused`), which must exit with 1 and print
   exactly one line, ``cpdesk: error: ...`` with the expected reason, and no traceback;
3. check that the receiving database is byte-for-byte what it was (:func:`row_digests`, one
   SHA-256 per table over every row in primary-key order) and that SQLite's
   ``PRAGMA integrity_check`` still says ``ok``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from cpdesk.cli.main import main
from cpdesk.services.sync import keys as sync_keys
from cpdesk.sync.keys import KeyPair, PublicIdentity
from cpdesk.sync.records import schema_revisions, table_codec
from cpdesk.sync.writer import BundleHeader, BundleWriter, WrittenBundle

#: (table, version vector, row as Python values) - encoded with the table's codec.
CraftedRecord = tuple[str, Mapping[str, int], Mapping[str, Any]]


def site_keys(site: Any) -> KeyPair:
    """The signing keys of a site: the centre's key at the centre, else the installation's."""
    with site.active(), site.db.reading() as session:
        return sync_keys.signing(session).keys


def site_identity(site: Any) -> PublicIdentity:
    """A site's public identity, as other sites encrypt to it."""
    with site.active(), site.db.reading() as session:
        return sync_keys.signing(session).public(site.db.device_id)


def craft_bundle(
    path: Path,
    records: Iterable[CraftedRecord],
    *,
    keys: KeyPair,
    device_id: str,
    recipient: PublicIdentity | None,
    kind: str = "data",
    author: str = "Auditor",
    sequence: int = 1,
    encoded: bool = False,
    files: Mapping[str, bytes] | None = None,
) -> WrittenBundle:
    """A genuine, signed (and encrypted when ``recipient`` is given) bundle of ``records``.

    Records of a table are written in the order given; tables in the order first named.
    ``encoded`` says the rows are already JSON values (to put in what the codec would refuse
    to write, such as a NaN inside a JSON column).
    """
    header = BundleHeader(
        kind=kind,
        keys=keys,
        author=author,
        device_id=device_id,
        sequence=sequence,
        schema_revision=schema_revisions()[-1],
        app_version="0.0.0",
        recipient=recipient,
        mode="changes",
        peer=recipient.fingerprint if recipient else "",
    )
    by_table: dict[str, list[tuple[dict[str, int], dict[str, Any]]]] = {}
    for table, vector, row in records:
        coded = dict(row) if encoded else table_codec(table).encode(row)
        by_table.setdefault(table, []).append((dict(vector), coded))
    with BundleWriter(Path(path), header) as writer:
        for table, rows in by_table.items():
            writer.add_records(table, iter(rows))
        for name, content in (files or {}).items():
            writer.add_file(name, content)
        return writer.finish()


def row_digests(db: Any) -> dict[str, str]:
    """One SHA-256 per table of everything it holds, rows in primary-key order."""
    digests: dict[str, str] = {}
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for table in sorted(inspector.get_table_names()):
            if table == "alembic_version":
                continue
            keys = inspector.get_pk_constraint(table).get("constrained_columns") or []
            order = ", ".join(f'"{k}"' for k in keys) or "1"
            h = hashlib.sha256()
            for row in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY {order}')):
                h.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
                h.update(b"\n")
            digests[table] = h.hexdigest()
    return digests


def integrity_ok(db: Any) -> bool:
    """SQLite's full integrity check (a PostgreSQL database answers to a plain query)."""
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            return [r[0] for r in conn.execute(text("PRAGMA integrity_check"))] == ["ok"]
        return conn.execute(text("SELECT 1")).scalar_one() == 1


def run_cli(site: Any, *argv: str) -> tuple[int, str, str]:
    """The command line, run in this process against ``site``'s database and data folder."""
    out, err = io.StringIO(), io.StringIO()
    with site.active(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", site.db.url, *argv])
    return code, out.getvalue(), err.getvalue()


def refused(site: Any, path: Path, *reason: str, args: Iterable[str] = ()) -> str:
    """Import ``path`` at ``site`` on the command line and check it is refused whole.

    Asserts: exit code 1; one line on stderr, ``cpdesk: error: ...``, containing every text of
    ``reason``; no traceback and no "internal error"; every table unchanged; integrity ok.
    Returns the line.
    """
    before = row_digests(site.db)
    code, out, err = run_cli(site, "import", str(path), *args)
    assert code == 1, f"exit {code}; stdout {out!r}; stderr {err!r}"
    assert err.count("\n") == 1, err
    assert err.startswith("cpdesk: error: "), err
    assert "Traceback" not in err, err
    assert "internal error" not in err, err
    for text_ in reason:
        assert text_ in err, f"{text_!r} not in {err!r}"
    after = row_digests(site.db)
    changed = [table for table in before if before[table] != after.get(table)]
    assert not changed, f"tables changed by a refused import: {changed}"
    assert integrity_ok(site.db)
    return err.strip()


def accepted(site: Any, path: Path, *args: str) -> dict[str, Any]:
    """Import ``path`` at ``site`` on the command line; it must succeed. Returns its JSON report."""
    code, out, err = run_cli(site, "import", str(path), "--json", *args)
    assert code == 0, f"exit {code}; stderr {err!r}"
    return json.loads(out)
