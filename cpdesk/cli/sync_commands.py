"""`cpdesk export`, `import`, `keys`, `centre` and `conflicts`: sync on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdesk.cli import training_commands
from cpdesk.cli.output import emit_json, progress_bar, render_table

if TYPE_CHECKING:  # the services load when a command runs: `cpdesk --help` stays quick
    from cpdesk.services.sync import keys as sync_keys
    from cpdesk.services.workspace import Database

OpenDb = Callable[[argparse.Namespace], "Database"]


def register(sub: Any, open_db: OpenDb) -> None:
    """Add the sync commands to the ``cpdesk`` parser."""

    def handler(function: Callable[[argparse.Namespace, Database], int]) -> Callable[[argparse.Namespace], int]:
        def run(args: argparse.Namespace) -> int:
            db = open_db(args)
            try:
                return function(args, db)
            finally:
                db.close()

        return run

    p = sub.add_parser("export", help="write a signed (and encrypted) bundle of the records changed since the last one")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the bundle file to write")
    p.add_argument("--all", action="store_true", help="every record, not only those changed since the last export")
    p.add_argument("--to", metavar="KEY", help="the recipient's key file or trusted fingerprint (default: the centre)")
    p.add_argument("--author", metavar="NAME", help="the name to sign with (default: the one of 'keys export')")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_export))

    p = sub.add_parser("import", help="check and merge a bundle or the centre's reference-data pack")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check and report what would change, write nothing")
    p.add_argument(
        "--centre-fingerprint",
        metavar="FP",
        help="the centre's key fingerprint, as the centre gave it to you (first reference-data pack only)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_import))

    keys = sub.add_parser("keys", help="this installation's keys").add_subparsers(dest="action", required=True)
    p = keys.add_parser("show", help="the public key and fingerprint of this installation")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_keys_show))
    p = keys.add_parser("export", help="write the public key file to give to the centre")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--name", help="your name as the centre should know it")
    p.set_defaults(handler=handler(cmd_keys_export))

    centre = sub.add_parser("centre", help="the centre: its key, trusted auditors, the reference-data pack")
    actions = centre.add_subparsers(dest="action", required=True)
    p = actions.add_parser("init", help="make this database the centre's (creates its key pair)")
    p.add_argument("--name", required=True, help="the centre's name")
    p.set_defaults(handler=handler(cmd_centre_init))
    p = actions.add_parser("show", help="the centre's public key and fingerprint")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_centre_show))
    p = actions.add_parser("key", help="write the centre's public key file")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=handler(cmd_centre_key))
    p = actions.add_parser("trust", help="trust an auditor's public key file")
    p.add_argument("keyfile", metavar="KEYFILE")
    p.add_argument("--name", required=True, help="who the key belongs to")
    p.add_argument(
        "--centre-fingerprint",
        metavar="FP",
        help="trust it as the centre's key: its fingerprint, as the centre read it to you (not from the file)",
    )
    p.set_defaults(handler=handler(cmd_centre_trust))
    p = actions.add_parser("revoke", help="stop trusting a key")
    p.add_argument("fingerprint", metavar="FINGERPRINT", help="the key's fingerprint (8 hex digits suffice)")
    p.add_argument("--reason", default="", help="why (shown when its bundles are rejected)")
    p.set_defaults(handler=handler(cmd_centre_revoke))
    p = actions.add_parser("keys", help="list the trusted and revoked keys")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_centre_keys))
    p = actions.add_parser("pack", help="write the reference-data pack for field installations")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=handler(cmd_centre_pack))
    training_commands.register_centre(actions, handler)

    p = sub.add_parser("conflicts", help="records changed on two sides: list them, or resolve one")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="resolved conflicts too")
    p.set_defaults(handler=handler(cmd_conflicts))
    resolve = p.add_subparsers(dest="action").add_parser("resolve", help="keep mine, theirs, or chosen fields")
    resolve.add_argument("id", metavar="ID", help="the conflict's id (8 characters suffice)")
    resolve.add_argument(
        "--keep",
        action="append",
        required=True,
        metavar="mine|theirs|FIELD=VALUE",
        help="repeat FIELD=VALUE for several fields; FIELD=mine or FIELD=theirs takes that side's value",
    )
    resolve.add_argument("--json", action="store_true", help="print JSON")
    resolve.set_defaults(handler=handler(cmd_conflicts_resolve))


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import importing as sync

    with progress_bar() as bar:
        result = sync.export_bundle(
            db, Path(args.output), all_records=args.all, to=args.to, author=args.author, progress=bar
        )
    if args.json:
        emit_json(result)
        return 0
    what = sum(result.tables.values())
    sealed = f"encrypted for {result.recipient}" if result.encrypted else "NOT encrypted (no centre key known)"
    print(f"{result.path}: {what} records, {result.blobs} files, {result.size:,} bytes, #{result.sequence}, {sealed}")
    for name, count in sorted(result.tables.items()):
        print(f"  {name:<22} {count:>8}")
    if not result.encrypted:
        print("import the centre's reference-data pack, or give --to KEYFILE, to encrypt exports", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import importing as sync

    with progress_bar() as bar:
        report = sync.import_bundle(
            db, Path(args.file), dry_run=args.dry_run, centre_fingerprint=args.centre_fingerprint, progress=bar
        )
    if args.json:
        emit_json(report)
        return 0
    kind = "reference-data pack" if report.kind == "reference" else "bundle"
    print(
        f"{report.source}: {kind} #{report.sequence} from {report.author or '?'} (key {report.author_key}, "
        f"trusted as {report.signer}), made {report.created_at:%Y-%m-%d %H:%M} UTC: {report.status}"
    )
    if report.entities:
        rows = [[name, e.new, e.updated, e.unchanged, e.conflicts, e.rejected] for name, e in report.entities.items()]
        t = report.totals
        rows.append(["total", t.new, t.updated, t.unchanged, t.conflicts, t.rejected])
        print(render_table(["entity", "new", "updated", "unchanged", "conflicts", "rejected"], rows))
    for line in [*report.rejections, *report.warnings]:
        print(f"note: {line}")
    if report.conflicts:
        print(f"{len(report.conflicts)} conflict(s) to resolve: cpdesk conflicts")
    return 0


def cmd_keys_show(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    return _show_identity(sync_keys.show_identity(db), args.json)


def cmd_keys_export(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    view = sync_keys.export_public_key(db, Path(args.output), args.name)
    print(f"{args.output}: public key of {view.name}, fingerprint {view.fingerprint}")
    print("give this file to the centre, and read the fingerprint to them to check it")
    return 0


def cmd_centre_init(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    view = sync_keys.init_centre(db, args.name)
    print(f"this database is now the centre {view.name!r}; its key fingerprint is {view.fingerprint}")
    print("give that fingerprint to every field installation (they check the first reference-data pack with it)")
    return 0


def cmd_centre_show(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    return _show_identity(sync_keys.show_centre(db), args.json)


def cmd_centre_key(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    view = sync_keys.export_centre_key(db, Path(args.output))
    print(f"{args.output}: public key of the centre {view.name!r}, fingerprint {view.fingerprint}")
    return 0


def cmd_centre_trust(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    row = sync_keys.trust_key(db, Path(args.keyfile), args.name, centre_fingerprint=args.centre_fingerprint)
    print(f"trusted {row.name!r} ({row.role}), key {row.fingerprint}")
    if row.role != "centre" and sync_keys.key_file_role(Path(args.keyfile)) == "centre":
        print(
            "the key file calls itself a centre's key: it is trusted as an auditor; to trust the centre, "
            "give --centre-fingerprint as the centre read it to you"
        )
    return 0


def cmd_centre_revoke(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    row = sync_keys.revoke_key(db, args.fingerprint, args.reason)
    print(f"revoked the key {row.fingerprint} of {row.name!r}: its bundles are rejected from now on")
    return 0


def cmd_centre_keys(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import keys as sync_keys

    rows = sync_keys.list_keys(db)
    if args.json:
        emit_json(rows)
        return 0
    cells = [
        [r.fingerprint, r.name, r.role, r.source, f"{r.revoked_at:%Y-%m-%d}" if r.revoked_at else "", r.revoked_reason]
        for r in rows
    ]
    print(render_table(["fingerprint", "name", "role", "from", "revoked", "reason"], cells))
    return 0


def cmd_centre_pack(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import reference_pack as sync_reference

    with progress_bar() as bar:
        written = sync_reference.export_reference_pack(db, Path(args.output), progress=bar)
    records = sum(t.records for t in written.manifest.tables.values())
    print(
        f"{written.path}: reference-data pack #{written.manifest.sequence}, {records} records, {written.size:,} bytes"
    )
    return 0


def cmd_conflicts(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import conflicts as sync_conflicts

    rows = sync_conflicts.list_conflicts(db, include_resolved=args.all)
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print("no conflicts")
        return 0
    cells = [
        [
            str(r.id)[:8],
            r.entity,
            r.label,
            ", ".join(d.field for d in r.differences),
            r.shown,
            r.peer,
            f"{r.detected_at:%Y-%m-%d}",
            r.resolution,
        ]
        for r in rows
    ]
    print(render_table(["id", "entity", "record", "differs in", "shown", "from", "found", "resolved"], cells))
    for r in rows:
        if r.resolved_at is None:
            for d in r.differences:
                print(f"  {str(r.id)[:8]} {d.field}: mine {d.mine!r} / theirs {d.theirs!r}")
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace, db: Database) -> int:
    from cpdesk.services.sync import conflicts as sync_conflicts

    row = sync_conflicts.resolve_conflict(db, args.id, args.keep)
    if args.json:
        emit_json(row)
        return 0
    print(f"conflict {str(row.id)[:8]} on {row.entity} {row.label!r} resolved ({row.resolution})")
    return 0


def _show_identity(view: sync_keys.IdentityView, as_json: bool) -> int:
    if as_json:
        emit_json(view)
        return 0
    print(f"name         {view.name} ({view.role})")
    print(f"fingerprint  {view.fingerprint}")
    print(f"signing      ed25519:{view.signing_key}")
    print(f"encryption   x25519:{view.encryption_key}")
    print(f"device       {view.device_id}")
    print(f"private key  {view.private_key}")
    return 0
