"""Why a bundle was refused, in the user's language.

A refusal of the bundle as a whole (its trust, damage, sizes, a newer format) carries a
message (:mod:`cpdesk.core.messages`, codes ``sync.*``), said in the user's language as the
command line says it in its own. A record's refusal is still one English line, "TABLE ID:
WHAT", with WHAT saying which rule it breaks: the workbench names the record by its kind and
id, the field by its label, and says the phrases of the rules that hostile bundles meet
(authority, values) in Vietnamese here. A phrase not listed stays in English after the
translated record and field, so nothing is ever lost.

The wordings of those rules live in the catalogue of labels (kind "Refusal" of
:mod:`cpdesk.core.labels`); this module holds the patterns that find them in the sync layer's
line. ``%1``, ``%2``... are filled in one pass (a value holding "%2" stays as is).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cpdesk.core import labels
from cpdesk.core.messages import text_of
from cpdesk.gui import display
from cpdesk.gui.sync.field_names import field_label
from cpdesk.gui.sync.texts import record_label, table_label
from cpdesk.services.sync import BundleRejected

#: What fills a wording's ``%1``, ``%2``... from the match of its pattern.
Values = Callable[[re.Match[str]], tuple[str, ...]]
#: A pattern, the code of its wording (kind "Refusal") and what fills the wording.
Phrase = tuple[re.Pattern[str], str, Values]

_RECORD = re.compile(r"^(?P<table>[a-z_]+) (?P<id>[0-9a-f]{8}-[0-9a-f-]{27}|None): (?P<rest>.+)$", re.DOTALL)
_FRAME = re.compile(r"^(?:(?P<source>.+?): )?rejected, nothing was imported: (?P<reason>.+)$", re.DOTALL)


def refusal_text(refusal: BundleRejected | str) -> str:
    """A whole refusal ("FILE: rejected, nothing was imported: REASON") in the user's language."""
    if isinstance(refusal, BundleRejected):
        if refusal.why is not None:
            return text_of(refusal, display.language())
        refusal = str(refusal)
    message = refusal
    match = _FRAME.match(message)
    if match is None or _english():
        return message
    reason = reason_text(match["reason"])
    if match["source"]:
        return _said("rejected_from", match["source"], reason)
    return _said("rejected", reason)


def reason_text(reason: BundleRejected | str) -> str:
    """The reason of a refusal in the user's language (a record's, or the bundle's)."""
    if isinstance(reason, BundleRejected):
        if reason.why is not None:
            return reason.why.text(display.language())
        reason = reason.reason
    if _english():
        return reason  # word for word what the command line prints
    record = _RECORD.match(reason)
    if record is None:
        return _translated(reason, _bundle_phrases()) or reason
    table, rest = record["table"], record["rest"]
    what = _translated(rest, _record_phrases(table)) or _column_rule(table, rest)
    return f"{record_label(table)} {record['id']}: {what}"


def _english() -> bool:
    """In English the refusals are shown as the command line prints them."""
    return display.language() == "en"


def _column_rule(table: str, rest: str) -> str:
    """ "investment Infinity is not a finite number" with the field's label and the rule translated."""
    column, _, rule = rest.partition(" ")
    if not re.fullmatch(r"[a-z_0-9]+", column) or not rule:
        return rest
    translated = _translated(rule, _VALUE_PHRASES)
    if translated is None:
        return rest
    return f"{field_label(table, column)}: {translated}"


def _translated(text: str, phrases: list[Phrase] | tuple[Phrase, ...]) -> str | None:
    """``text`` said by the first phrase that matches it whole; None when none does."""
    for pattern, code, values in phrases:
        match = pattern.fullmatch(text)
        if match is not None:
            return _said(code, *values(match))
    return None


def _fill(template: str, *values: str) -> str:
    return re.sub(r"%(\d)", lambda k: values[int(k[1]) - 1] if int(k[1]) <= len(values) else k[0], template)


def _said(code: str, *values: str) -> str:
    """The wording ``code`` in the interface's language, filled with ``values``."""
    return _fill(labels.label("Refusal", code, display.language()), *values)


def _groups(m: re.Match[str]) -> tuple[str, ...]:
    return tuple(g or "" for g in m.groups())


def _record_phrases(table: str) -> list[Phrase]:
    """What the authority rules and the merge say of one record."""
    kinds = table_label(table)

    def kind(m: re.Match[str]) -> tuple[str, ...]:
        return (kinds,)

    return [
        (re.compile(r"only the centre may create .+; this bundle is signed by a field key"), "centre_creates", kind),
        (re.compile(r"only the centre may change .+; this bundle is signed by a field key"), "centre_changes", kind),
        (re.compile(r"only the centre may delete .+; this bundle is signed by a field key"), "centre_deletes", kind),
        (
            re.compile(r"only the centre, or the installation that alone made it, may (create|change|delete) .+"),
            "centre_or_maker",
            kind,
        ),
        (
            re.compile(
                r"its last editor is device ('.*'), but the bundle is signed by device ('.*'); "
                r"a field bundle carries only its own edits"
            ),
            "not_last_editor",
            _groups,
        ),
        (
            re.compile(
                r"its version vector claims version (\d+) of device ('.*'), but this database holds only version "
                r"(\d+) of it; a field bundle carries only its own edits"
            ),
            "version_not_held",
            _groups,
        ),
        (re.compile(r"version (\d+) is outside 1\.\.(\d+)"), "version_outside", _groups),
        (
            re.compile(r"its version vector gives device ('.*') version (\d+), above the limit (\d+)"),
            "version_vector_limit",
            _groups,
        ),
        (
            re.compile(r"this id already names a record of table ([a-z_]+)"),
            "id_of_another_kind",
            lambda m: (table_label(m[1]),),
        ),
    ]


#: The rules of entry a value of a record breaks (:mod:`cpdesk.core.record_rules`).
_VALUE_PHRASES: tuple[Phrase, ...] = (
    (re.compile(r"(.+) is not a finite number"), "not_finite", _groups),
    (re.compile(r"(.+) is not a number"), "not_a_number", _groups),
    (re.compile(r"(.+) is larger than (\S+) in size"), "too_large", _groups),
    (re.compile(r"(.+) must be greater than zero"), "not_positive", _groups),
    (re.compile(r"(.+) must be at least (\S+)"), "below_minimum", _groups),
    (re.compile(r"(.+) must be at most (\S+)"), "above_maximum", _groups),
    (re.compile(r"has (\d+) characters, at most (\d+) allowed"), "too_many_characters", _groups),
    (re.compile(r"is empty; it must be given"), "empty", _groups),
    (re.compile(r"(.+) is not a unit cpdesk knows"), "unknown_unit", _groups),
    (re.compile(r"(.+) is not text"), "not_text", _groups),
    (re.compile(r"is not JSON"), "not_json", _groups),
)


def _bundle_phrases() -> list[Phrase]:
    """What is wrong with a bundle, said in a line of its own: a record or a table this
    cpdesk does not know (the bundle's own refusals carry their message)."""
    return [(re.compile(r".*; update cpdesk(?: to import it)?"), "newer_cpdesk", _groups)]
