"""User text into reportlab paragraphs, printed as typed.

reportlab's Paragraph parses its text as XML-like markup: a company called ``A & B <Ltd>``
or a note containing ``<b>`` would either break the build or silently change the layout.
Every piece of text a user typed goes through :func:`escape`; only the report's own markup
(bold labels, line breaks) is written as markup.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|\n")


def escape(text: object) -> str:
    """``text`` as paragraph markup that prints exactly the characters typed.

    The three markup characters become entities; line breaks become ``<br/>``; tabs a
    space; other control characters (pasted from spreadsheets) are dropped, since a PDF
    cannot print them and reportlab's parser rejects some.
    """
    value = "" if text is None else str(text)
    value = _CONTROL.sub("", value).replace("\t", " ")
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _NEWLINES.sub("<br/>", value)


def bold(text: object) -> str:
    """Escaped text in bold."""
    return f"<b>{escape(text)}</b>"


def italic(text: object) -> str:
    """Escaped text in italics."""
    return f"<i>{escape(text)}</i>"


def label_value(label: str, value: object) -> str:
    """ "Label: value" with the label in bold, both escaped."""
    return f"{bold(label)}: {escape(value)}"


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis."""
    clean = " ".join(text.split())
    if len(clean) <= limit:
        return clean
    cut = clean[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"
