"""Text as Vietnamese users type it in a search: lower case, without diacritics.

"nuoc thai" finds "Nước thải" and "det nhuom" finds "Dệt nhuộm": :func:`fold` is the one rule
the screens' filters and the database's searches share. :data:`FOLDED_LETTERS` spells the
same rule letter by letter, for a database that folds with a character translation.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, without diacritics; "đ" becomes "d" (it is a letter, not a mark)."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _letters() -> tuple[str, str]:
    """Every letter of the Latin blocks (Latin-1 to Latin Extended Additional, where the
    Vietnamese letters are) that :func:`fold` turns into one other letter, and that letter."""
    source, target = [], []
    for block in (range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        for point in block:
            letter = chr(point)
            folded = fold(letter)
            if len(folded) == 1 and folded != letter:
                source.append(letter)
                target.append(folded)
    return "".join(source), "".join(target)


#: (letters, their folded letters): ``lower(translate(text, letters, folded))`` in SQL folds a
#: text as :func:`fold` does for Latin scripts.
FOLDED_LETTERS: tuple[str, str] = _letters()
