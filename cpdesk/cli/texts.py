"""The frame of what the command line prints when a command fails, in Vietnamese and English.

"cpdesk: error: ..." and the words around a reason (an internal error, an interrupted command,
where to look for help) are printed for every failure, also one that comes from the catalogue
of messages itself (a damaged reference file, :mod:`cpdesk.core.reference.problems`). So they
are kept here, in a table that reads no file, and not in that catalogue: the reasons
themselves are messages of the catalogue (``cli.*`` codes, :mod:`cpdesk.core.labels.messages_cli`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from cpdesk.core.reference.problems import fill

#: code -> wording in each language, ``{name}`` standing for a parameter.
TEXTS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "error": {"vi": "cpdesk: lỗi: {reason}", "en": "cpdesk: error: {reason}"},
        "internal": {
            "vi": "lỗi bên trong cpdesk ({detail}); chi tiết trong {path}",
            "en": "internal error ({detail}); details in {path}",
        },
        "no_log": {"vi": "(không ghi được tệp nhật ký)", "en": "(no log file could be written)"},
        "interrupted": {"vi": "đã bị ngắt", "en": "interrupted"},
        "see_help": {"vi": "{reason} (xem '{prog} --help')", "en": "{reason} (see '{prog} --help')"},
    }
)


def said(code: str, lang: str, **params: object) -> str:
    """The text ``code`` in ``lang`` (English for another), its places filled."""
    return fill(TEXTS[code], params, lang)
