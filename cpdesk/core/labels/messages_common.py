"""Data catalogue: the messages every part of cpdesk gives, in Vietnamese and English.

Kind ``"Message"``: code -> wording, ``{name}`` standing for a parameter (see
:mod:`cpdesk.core.messages`). Codes are stable: a code is never reused for another meaning,
and the command line's ``--json`` output and the tests name messages by code. The messages of
one subject are kept in a ``messages_<subject>`` module of their own; this one holds those
common to every subject.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "record.not_found": {"vi": "không có {entity} {key}", "en": "no {entity} {key}"},
    },
}
