"""`cpdesk backup now | list | restore`: the database's backup copies from the command line.

The same service as the workbench's automatic copies (:mod:`cpdesk.services.backups`),
imported when a command runs. What the commands say comes from the catalogue of messages,
in the language of ``--lang`` / ``CPDESK_LANG``. A whole restore works on the closed file
(it is never opened here, so an older or damaged database can be put right); one assessment
is merged into the opened database.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cpdesk.cli.output import add_lang_option, chosen_lang, emit_json, fail, progress_bar, render_table
from cpdesk.core.messages import msg, text_of
from cpdesk.services import locations

if TYPE_CHECKING:
    from cpdesk.services.backups import BackupCopy, BackupResult
    from cpdesk.services.workspace import Database

OpenDb = Callable[[argparse.Namespace], "Database"]


def register(sub: Any, open_db: OpenDb) -> None:
    """Add `cpdesk backup ...` to the command line."""
    p = sub.add_parser("backup", help="backup copies of the database: take one, list them, restore")
    what = p.add_subparsers(dest="backup", metavar="ACTION", required=True)

    q = what.add_parser("now", help="take a checked, compressed copy now")
    add_lang_option(q)
    q.set_defaults(handler=lambda args: _guarded(args, lambda: _now(args, open_db)))

    q = what.add_parser("list", help="the copies of the database, newest first")
    q.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(q)
    q.set_defaults(handler=lambda args: _guarded(args, lambda: _list(args)))

    q = what.add_parser("restore", help="restore the whole database, or one assessment, from a copy")
    q.add_argument(
        "copy", metavar="COPY", help="a copy's file, its name, the start of its time (20261207-0930) or 'latest'"
    )
    q.add_argument(
        "--assessment",
        metavar="ID",
        help="merge only this assessment (id or unique prefix) back into the database, keeping what is newer",
    )
    add_lang_option(q)
    q.set_defaults(handler=lambda args: _guarded(args, lambda: _restore(args, open_db)))


def _guarded(args: argparse.Namespace, run: Callable[[], int]) -> int:
    """Run a command; a backup's refusal is one line in the user's language."""
    from cpdesk.services.backups import BackupError

    lang = chosen_lang(args)
    try:
        return run()
    except BackupError as exc:
        return fail(text_of(exc, lang), lang=lang)


def _location(args: argparse.Namespace) -> str:
    return str(args.db or locations.default_database())


def _now(args: argparse.Namespace, open_db: OpenDb) -> int:
    from cpdesk.services import backups

    lang = chosen_lang(args)
    db = open_db(args)
    try:
        with progress_bar() as bar:
            result = backups.backup_database(db, progress=bar)
    finally:
        db.close()
    for line in _said(result, lang):
        print(line)
    return 0


def _said(result: BackupResult, lang: str) -> list[str]:
    copy = result.copy
    lines = [
        msg(
            "backup.written", name=copy.name, size=round(copy.size / 1_000_000, 1), assessments=copy.assessments or 0
        ).text(lang)
    ]
    if result.removed or result.thinned:
        lines.append(msg("backup.removed", count=len(result.removed) + len(result.thinned)).text(lang))
    folder = result.second_folder
    if result.second_place == "written":
        lines.append(msg("backup.second_written", folder=folder).text(lang))
    elif result.second_place == "missing":
        lines.append(msg("backup.second_missing", folder=folder).text(lang))
    elif result.second_place == "failed":
        lines.append(msg("backup.second_failed", folder=folder, reason=result.second_place_problem).text(lang))
    return lines


def _list(args: argparse.Namespace) -> int:
    from cpdesk.services import backups

    lang = chosen_lang(args)
    copies = backups.list_backups_of(_location(args))
    if args.json:
        emit_json([c.to_json() for c in copies])
        return 0
    if not copies:
        print(msg("backup.none", folder=str(backups.backups_folder_path())).text(lang))
        return 0
    headers = [
        msg(f"backup.column.{key}").text(lang)
        for key in ("taken", "copy", "size", "assessments", "last_change", "encrypted", "reason")
    ]
    print(render_table(headers, [_row(c, lang) for c in copies]))
    return 0


def _row(copy: BackupCopy, lang: str) -> list[object]:
    from cpdesk.core.messages import say

    reason = msg(f"backup.reason.{copy.reason}").text(lang) if copy.reason else None
    return [
        say(copy.taken_at.astimezone(), lang),
        copy.name,
        say(round(copy.size / 1_000_000, 1), lang),
        copy.assessments,
        say(copy.last_change.astimezone(), lang) if copy.last_change else None,
        msg("backup.sealed").text(lang) if copy.encrypted else "",
        reason,
    ]


def _restore(args: argparse.Namespace, open_db: OpenDb) -> int:
    from cpdesk.services import backups

    lang = chosen_lang(args)
    location = _location(args)
    copy = backups.find_backup_of(location, args.copy)
    if args.assessment is None:
        done = backups.restore_database(location, copy)
        if done.before is None:
            print(msg("backup.restored_new", name=copy.name, path=location).text(lang))
        else:
            print(msg("backup.restored_whole", name=copy.name, before=done.before.copy.name).text(lang))
        return 0
    chosen = backups.choose_assessment(copy, args.assessment)
    db = open_db(args)
    try:
        report = backups.restore_assessment(db, copy, chosen.id)
    finally:
        db.close()
    print(
        msg(
            "backup.restored_assessment",
            title=report.title,
            name=copy.name,
            new=report.count("new"),
            updated=report.count("updated"),
            unchanged=report.count("unchanged"),
        ).text(lang)
    )
    if report.brought_back:
        print(msg("backup.brought_back").text(lang))
    return 0
