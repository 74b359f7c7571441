"""Searching the option library as an auditor types: without accents, by sector and category.

"thu hoi nuoc ngung" finds "Thu hồi nước ngưng về lò hơi", "condensate" finds the same type in
English, "stm.trap" finds the types whose code starts so. Every word typed must begin a word of
the type (its title, description, code or process, in either language, folded with
:func:`cpdesk.core.folding.fold`); a word typed that begins no word of a type leaves it out.

The ranking puts a type whose code is the text first, then a title that holds the words in the
order typed, then a title that holds them all in any order, then the others by where their
words were found (title before code before process before description); ties keep the code's
order, so the same search always lists the same way.

A sector filter keeps the types of that sector, those of its parent sector (a metal-finishing
type applies to electroplating) and, unless ``specific`` is asked, the types that apply in
every sector; the filter by a parent keeps its sub-sectors' types too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from cpdesk.core.folding import fold
from cpdesk.core.reference.catalogues import sectors
from cpdesk.core.reference.option_types import OptionLibrary, OptionType
from cpdesk.core.vocabulary import OptionCategory

_WORD = re.compile(r"[^\W_]+")

#: Points for each word typed, by where it was found; the best place counts.
_TITLE, _CODE, _PROCESS, _DESCRIPTION = 8, 6, 3, 1
#: Points for a title holding the words in the order typed, and for an exact code.
_PHRASE, _EXACT_CODE = 40, 100


@dataclass(frozen=True)
class Found:
    """A type the search found and its score (higher first)."""

    type: OptionType
    score: int


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``: "Thu hồi nước-ngưng" gives ("thu", "hoi", "nuoc", "ngung")."""
    return tuple(_WORD.findall(fold(text)))


@dataclass(frozen=True)
class _Index:
    """The folded words of one type, by where they are."""

    title: tuple[str, ...]
    titles: tuple[str, ...]  # each title folded whole, words joined by one space
    code: tuple[str, ...]
    process: tuple[str, ...]
    description: tuple[str, ...]


#: The folded words of the types read so far, by catalogue (the object: a pack makes a new
#: one); one catalogue in use, a few kept when the centre's replaces it.
_read: dict[int, tuple[OptionLibrary, dict[str, _Index]]] = {}
_KEPT = 4


def _entries(library: OptionLibrary) -> dict[str, _Index]:
    """The folded words of the types of ``library`` read so far: each type is read when first
    looked at (a search through a database's index looks at the types it found, not all of
    them). Found by the catalogue's identity, not its hash, which costs a walk of every type."""
    seen = _read.get(id(library))
    if seen is not None and seen[0] is library:
        return seen[1]
    if len(_read) >= _KEPT:
        del _read[next(iter(_read))]
    entries: dict[str, _Index] = {}
    _read[id(library)] = (library, entries)
    return entries


def _entry(entries: dict[str, _Index], library: OptionLibrary, t: OptionType) -> _Index:
    entry = entries.get(t.code)
    if entry is None:
        label = library.process(t.process).label
        entry = entries[t.code] = _Index(
            title=words(f"{t.title.vi} {t.title.en}"),
            titles=(" ".join(words(t.title.vi)), " ".join(words(t.title.en))),
            code=words(t.code),
            process=words(f"{label.vi} {label.en}"),
            description=words(f"{t.description.vi} {t.description.en}"),
        )
    return entry


def searched_words(library: OptionLibrary) -> dict[str, tuple[str, ...]]:
    """Every folded word of each type a search looks in (title, code, process, description),
    each once, sorted, by code: a typed word finds a type when it begins one of its words.
    What a database's full-text index of the catalogue holds."""
    entries = _entries(library)
    out = {}
    for t in library.types:
        entry = _entry(entries, library, t)
        out[t.code] = tuple(sorted({*entry.title, *entry.code, *entry.process, *entry.description}))
    return out


def search(
    library: OptionLibrary,
    text: str = "",
    sector: str | None = None,
    category: OptionCategory | None = None,
    specific: bool = False,
    among: Collection[str] | None = None,
) -> list[Found]:
    """The types of ``library`` matching ``text`` (every type when it is blank, none when it
    holds no word) and the filters, best first. ``sector`` must be a code of the sectors catalogue (ValueError).
    ``among``: only these codes are looked at (those a database's full-text index found)."""
    allowed = None if sector is None else _sector_family(sector)
    typed = words(text)
    if text.strip() and not typed:
        return []  # only marks typed ("?", "..."): no word to find, so nothing found
    entries = _entries(library)
    found = []
    for t in library.types:
        if among is not None and t.code not in among:
            continue
        if category is not None and t.category != category:
            continue
        if allowed is not None and not _applies(t, allowed, specific):
            continue
        score = _score(_entry(entries, library, t), typed, text)
        if score is not None:
            found.append(Found(t, score))
    found.sort(key=lambda f: -f.score)  # stable: the catalogue's order within one score
    return found


def _score(entry: _Index, typed: tuple[str, ...], text: str) -> int | None:
    if not typed:
        return 0
    score = 0
    for word in typed:
        best = max(
            (points for points, place in _PLACES if _begins(word, getattr(entry, place))),
            default=None,
        )
        if best is None:
            return None
        score += best
    if ".".join(entry.code) == ".".join(typed) and "." in text:
        score += _EXACT_CODE
    phrase = " ".join(typed)
    if any(_holds_phrase(title, phrase) for title in entry.titles):
        score += _PHRASE
    return score


_PLACES = ((_TITLE, "title"), (_CODE, "code"), (_PROCESS, "process"), (_DESCRIPTION, "description"))


def _begins(word: str, place: Iterable[str]) -> bool:
    return any(w.startswith(word) for w in place)


def _holds_phrase(title: str, phrase: str) -> bool:
    """True if the folded ``title`` holds ``phrase`` starting at a word (its last word may be
    the beginning of a word, as one types)."""
    at = title.find(phrase)
    while at >= 0:
        if at == 0 or title[at - 1] == " ":
            return True
        at = title.find(phrase, at + 1)
    return False


def _sector_family(code: str) -> frozenset[str]:
    """``code``, its parent and its sub-sectors; ValueError for a code the catalogue lacks."""
    known = {s.code: s for s in sectors()}
    if code not in known:
        raise ValueError(code)
    family = {code} | {s.code for s in known.values() if s.parent == code}
    parent = known[code].parent
    if parent is not None:
        family.add(parent)
    return frozenset(family)


def _applies(t: OptionType, family: frozenset[str], specific: bool) -> bool:
    if t.all_sectors:
        return not specific
    return any(s in family for s in t.sectors)
