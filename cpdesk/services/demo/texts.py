"""The demo's texts in the interface language.

The demo's data files give a text that reads differently in Vietnamese and English as
``{"vi": ..., "en": ...}`` and a text that reads the same in both (a person's name, a code) as
a plain string; figures are never given per language, so the demo holds the same numbers
whichever language writes it.
"""

from __future__ import annotations

from typing import Any

LANGS = ("vi", "en")


def localised(value: Any, lang: str) -> Any:
    """``value`` with every ``{"vi": ..., "en": ...}`` text replaced by its ``lang`` text."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {LANGS}")
    if isinstance(value, dict):
        if set(value) == set(LANGS) and all(isinstance(v, str) for v in value.values()):
            return value[lang]
        return {k: localised(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [localised(v, lang) for v in value]
    return value
