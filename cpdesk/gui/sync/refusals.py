"""Why a bundle was refused, in the user's language.

The sync layer gives one English line per refusal (the command line prints it as it is): a
record's refusal reads "TABLE ID: WHAT", with WHAT saying which rule it breaks, and a bundle's
refusal says what is wrong with the file. The workbench shows the same reason: the record is
named by its kind and id, the field by its label, and the phrases of the rules that hostile or
damaged bundles meet (authority, values, sizes, trust, damage) are translated here. A phrase
not listed stays in English after the translated record and field, so nothing is ever lost.

Every wording is a literal ``QCoreApplication.translate("Refusals", ...)`` call, so that
lupdate finds it; ``%1``, ``%2``... are filled in one pass (a value holding "%2" stays as is).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from cpdesk.gui.sync.field_names import field_label
from cpdesk.gui.sync.texts import record_label, table_label

Wording = Callable[[re.Match[str]], str]

_RECORD = re.compile(r"^(?P<table>[a-z_]+) (?P<id>[0-9a-f]{8}-[0-9a-f-]{27}|None): (?P<rest>.+)$", re.DOTALL)
_FRAME = re.compile(r"^(?:(?P<source>.+?): )?rejected, nothing was imported: (?P<reason>.+)$", re.DOTALL)


def refusal_text(message: str) -> str:
    """A whole refusal ("FILE: rejected, nothing was imported: REASON") in the user's language."""
    match = _FRAME.match(message)
    if match is None or _english():
        return message
    reason = reason_text(match["reason"])
    if match["source"]:
        return _fill(
            QCoreApplication.translate("Refusals", "%1: rejected, nothing was imported: %2"), match["source"], reason
        )
    return _fill(QCoreApplication.translate("Refusals", "rejected, nothing was imported: %1"), reason)


def reason_text(reason: str) -> str:
    """The reason of a refusal in the user's language (a record's, or the bundle's)."""
    if _english():
        return reason  # word for word what the command line prints
    record = _RECORD.match(reason)
    if record is None:
        return _translated(reason, _bundle_phrases()) or reason
    table, rest = record["table"], record["rest"]
    what = _translated(rest, _record_phrases(table)) or _column_rule(table, rest)
    return f"{record_label(table)} {record['id']}: {what}"


def _english() -> bool:
    """No catalogue translates the refusals: show them as the command line prints them."""
    probe = "rejected, nothing was imported: %1"
    return QCoreApplication.translate("Refusals", probe) == probe


def _column_rule(table: str, rest: str) -> str:
    """ "investment Infinity is not a finite number" with the field's label and the rule translated."""
    column, _, rule = rest.partition(" ")
    if not re.fullmatch(r"[a-z_0-9]+", column) or not rule:
        return rest
    translated = _translated(rule, _value_phrases())
    if translated is None:
        return rest
    return f"{field_label(table, column)}: {translated}"


def _translated(text: str, phrases: list[tuple[re.Pattern[str], Wording]]) -> str | None:
    """``text`` said by the first phrase that matches it whole; None when none does."""
    for pattern, wording in phrases:
        match = pattern.fullmatch(text)
        if match is not None:
            return wording(match)
    return None


def _fill(template: str, *values: str) -> str:
    return re.sub(r"%(\d)", lambda k: values[int(k[1]) - 1] if int(k[1]) <= len(values) else k[0], template)


def _say(template: str) -> Wording:
    return lambda m: _fill(template, *(g or "" for g in m.groups()))


def _record_phrases(table: str) -> list[tuple[re.Pattern[str], Wording]]:
    """What the authority rules and the merge say of one record."""
    kinds = table_label(table)
    return [
        (
            re.compile(r"only the centre may create .+; this bundle is signed by a field key"),
            lambda m: _fill(
                QCoreApplication.translate(
                    "Refusals", "only the centre may create %1; this bundle is signed by a field key"
                ),
                kinds,
            ),
        ),
        (
            re.compile(r"only the centre may change .+; this bundle is signed by a field key"),
            lambda m: _fill(
                QCoreApplication.translate(
                    "Refusals", "only the centre may change %1; this bundle is signed by a field key"
                ),
                kinds,
            ),
        ),
        (
            re.compile(r"only the centre may delete .+; this bundle is signed by a field key"),
            lambda m: _fill(
                QCoreApplication.translate(
                    "Refusals", "only the centre may delete %1; this bundle is signed by a field key"
                ),
                kinds,
            ),
        ),
        (
            re.compile(r"only the centre, or the installation that alone made it, may (create|change|delete) .+"),
            lambda m: _fill(
                QCoreApplication.translate(
                    "Refusals",
                    "only the centre, or the installation that alone made it, may change or delete %1; this bundle is signed by a field key",  # noqa: E501 (one literal, for lupdate)
                ),
                kinds,
            ),
        ),
        (
            re.compile(
                r"its last editor is device ('.*'), but the bundle is signed by device ('.*'); "
                r"a field bundle carries only its own edits"
            ),
            _say(
                QCoreApplication.translate(
                    "Refusals",
                    "its last editor is device %1, but the bundle is signed by device %2; a field bundle carries only its own edits",  # noqa: E501 (one literal, for lupdate)
                )
            ),
        ),
        (
            re.compile(
                r"its version vector claims version (\d+) of device ('.*'), but this database holds only version "
                r"(\d+) of it; a field bundle carries only its own edits"
            ),
            _say(
                QCoreApplication.translate(
                    "Refusals",
                    "it claims version %1 of device %2, but this database holds only version %3 of it; a field bundle carries only its own edits",  # noqa: E501 (one literal, for lupdate)
                )
            ),
        ),
        (
            re.compile(r"version (\d+) is outside 1\.\.(\d+)"),
            _say(QCoreApplication.translate("Refusals", "version %1 is outside 1..%2")),
        ),
        (
            re.compile(r"its version vector gives device ('.*') version (\d+), above the limit (\d+)"),
            _say(
                QCoreApplication.translate(
                    "Refusals", "its version vector gives device %1 version %2, above the limit %3"
                )
            ),
        ),
        (
            re.compile(r"this id already names a record of table ([a-z_]+)"),
            lambda m: _fill(
                QCoreApplication.translate("Refusals", "this id already names a record of another kind (%1)"),
                table_label(m[1]),
            ),
        ),
    ]


def _value_phrases() -> list[tuple[re.Pattern[str], Wording]]:
    """The rules of entry a value of a record breaks (:mod:`cpdesk.core.record_rules`)."""
    return [
        (
            re.compile(r"(.+) is not a finite number"),
            _say(QCoreApplication.translate("Refusals", "%1 is not a finite number")),
        ),
        (re.compile(r"(.+) is not a number"), _say(QCoreApplication.translate("Refusals", "%1 is not a number"))),
        (
            re.compile(r"(.+) is larger than (\S+) in size"),
            _say(QCoreApplication.translate("Refusals", "%1 is larger than %2 in size")),
        ),
        (
            re.compile(r"(.+) must be greater than zero"),
            _say(QCoreApplication.translate("Refusals", "%1 must be greater than zero")),
        ),
        (
            re.compile(r"(.+) must be at least (\S+)"),
            _say(QCoreApplication.translate("Refusals", "%1 must be at least %2")),
        ),
        (
            re.compile(r"(.+) must be at most (\S+)"),
            _say(QCoreApplication.translate("Refusals", "%1 must be at most %2")),
        ),
        (
            re.compile(r"has (\d+) characters, at most (\d+) allowed"),
            _say(QCoreApplication.translate("Refusals", "has %1 characters, at most %2 allowed")),
        ),
        (
            re.compile(r"is empty; it must be given"),
            _say(QCoreApplication.translate("Refusals", "is empty; it must be given")),
        ),
        (
            re.compile(r"(.+) is not a unit cpdesk knows"),
            _say(QCoreApplication.translate("Refusals", "%1 is not a unit cpdesk knows")),
        ),
        (re.compile(r"(.+) is not text"), _say(QCoreApplication.translate("Refusals", "%1 is not text"))),
        (re.compile(r"is not JSON"), _say(QCoreApplication.translate("Refusals", "is not JSON"))),
    ]


def _bundle_phrases() -> list[tuple[re.Pattern[str], Wording]]:
    """What is wrong with a bundle as a whole: trust, damage, sizes, versions."""
    return [
        (
            re.compile(r"it is signed by (?:'(.*)' )?with key (\S+), which is not trusted here.*"),
            lambda m: _fill(
                QCoreApplication.translate(
                    "Refusals", "it is signed with key %1, which is not trusted here (signed as %2)"
                ),
                m[2],
                m[1] or "?",
            ),
        ),
        (
            re.compile(r"it is signed with key (\S+) of ('.*'), revoked on (\S+)"),
            _say(QCoreApplication.translate("Refusals", "it is signed with key %1 of %2, revoked on %3")),
        ),
        (
            re.compile(r"it is encrypted for the key (\S+), whose private key is not on this installation.*"),
            _say(
                QCoreApplication.translate(
                    "Refusals",
                    "it is encrypted for the key %1, whose private key is not on this installation or centre database",
                )
            ),
        ),
        (
            re.compile(r"its signature does not check: the manifest was altered or damaged"),
            _say(
                QCoreApplication.translate(
                    "Refusals", "its signature does not check: the bundle was altered or damaged"
                )
            ),
        ),
        (
            re.compile(r"the file is (?:cut short or damaged|damaged|cut short) at byte (\d+).*"),
            _say(QCoreApplication.translate("Refusals", "the file is damaged or cut short at byte %1")),
        ),
        (
            re.compile(r"the file is (?:cut short|damaged).*"),
            _say(QCoreApplication.translate("Refusals", "the file is damaged or cut short")),
        ),
        (
            re.compile(r"its contents are (\d+) bytes, more than the (\d+) bytes allowed.*"),
            _say(
                QCoreApplication.translate(
                    "Refusals",
                    "its contents are %1 bytes, more than the %2 bytes allowed (a larger maximum can be set with CPDESK_MAX_BUNDLE_SIZE)",  # noqa: E501 (one literal, for lupdate)
                )
            ),
        ),
        (
            re.compile(r"([a-z_]+) (\S+) carries a value of (\S+ MiB), more than the (\S+ MiB) a record may carry"),
            lambda m: _fill(
                QCoreApplication.translate(
                    "Refusals", "%1 %2 carries a value of %3, more than the %4 a record may carry"
                ),
                record_label(m[1]),
                m[2],
                m[3],
                m[4],
            ),
        ),
        (
            re.compile(r".*; update cpdesk(?: to import it)?"),
            _say(
                QCoreApplication.translate("Refusals", "it was written by a newer cpdesk; update cpdesk to import it")
            ),
        ),
    ]
