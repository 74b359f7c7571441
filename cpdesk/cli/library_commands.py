"""`cpdesk library`: the centre's option library on the command line.

``cpdesk library suggest ASSESSMENT [--limit N] [--json]`` lists the types that fit the
assessment's plant, best first, each with why and what past cases show (its evidence).
``cpdesk library search TEXT [--sector S] [--category C] [--json] [--lang vi|en]`` lists the
generic option types that match, best first (accent-free: "thu hoi nuoc ngung" finds "Thu hồi
nước ngưng"); ``cpdesk library show CODE [--json]`` prints one type. ``cpdesk library cases
CODE [--sector S] [--json]`` lists the cases behind a type's figures, on the centre's own
installation only (a field installation is refused: the cases stay at the centre). Both read the shipped
catalogue, or, given ``--db`` (or ``$CPDESK_DB``), the one that database received from the centre (if any): the
database is opened only for that, so a search needs none. A search given a database goes
through the full-text index of its catalogue (:mod:`cpdesk.services.reference.library_search`),
with the same results.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from cpdesk.cli.output import add_lang_option, chosen_lang, emit_json, render_table


def register(sub: Any, open_db: Any) -> None:
    """Add `cpdesk library search`, `show`, `cases` and `suggest` to the command line."""
    p = sub.add_parser(
        "library",
        help="the option library: 'library search TEXT', 'library show CODE', 'library cases CODE', "
        "'library suggest ASSESSMENT'",
    )
    commands = p.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    s = commands.add_parser("search", help="option types matching TEXT (accents and case ignored)")
    s.add_argument("text", metavar="TEXT", nargs="*", help="words to find, quoted or not (none: every type)")
    s.add_argument("--sector", metavar="S", help="only the types of this sector code (and those of every sector)")
    s.add_argument("--category", metavar="C", help="only the types of this option category code")
    s.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(s, "language of the texts")
    s.set_defaults(handler=lambda args: _search(args, open_db))
    w = commands.add_parser("show", help="one option type, by its code (e.g. STM.TRAP.REPAIR)")
    w.add_argument("code", metavar="CODE", help="the type's code, AREA.SUBJECT.ACTION")
    w.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(w, "language of the texts")
    w.set_defaults(handler=lambda args: _show(args, open_db))
    c = commands.add_parser("cases", help="the cases behind a type's figures (the centre's installation only)")
    c.add_argument("code", metavar="CODE", help="the type's code, AREA.SUBJECT.ACTION")
    c.add_argument("--sector", metavar="S", help="only the cases of this sector code")
    c.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(c, "language of the texts")
    c.set_defaults(handler=lambda args: _cases(args, open_db))
    g = commands.add_parser("suggest", help="option types that fit an assessment's plant, with their evidence (task 8)")
    g.add_argument("assessment", metavar="ASSESSMENT", help="the assessment's id (or a unique prefix)")
    g.add_argument("--limit", type=int, default=12, metavar="N", help="how many suggestions (default 12)")
    g.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(g, "language of the texts")
    g.set_defaults(handler=lambda args: _suggest(args, open_db))


def _search(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.core.errors import CpdeskError
    from cpdesk.core.messages import msg
    from cpdesk.core.option_search import search
    from cpdesk.core.reference import sectors
    from cpdesk.core.reference.option_types import option_library
    from cpdesk.core.vocabulary import OptionCategory

    lang = chosen_lang(args)
    text = " ".join(args.text)
    if args.db or os.environ.get(_db_env()):
        return _search_database(args, open_db, text, lang)
    category = None
    if args.category is not None:
        try:
            category = OptionCategory(args.category)
        except ValueError:
            codes = [c.value for c in OptionCategory]
            raise CpdeskError(msg("library.unknown_category", given=args.category, codes=codes)) from None
    if args.sector is not None and args.sector not in {s.code for s in sectors()}:
        raise CpdeskError(msg("library.unknown_sector", given=args.sector, codes=[s.code for s in sectors()]))
    found = search(option_library(), text, sector=args.sector, category=category)
    _print_found(args, found, text, lang)
    return 0


def _search_database(args: argparse.Namespace, open_db: Any, text: str, lang: str) -> int:
    """The search of the catalogue the database uses, through its full-text index."""
    import sys

    from cpdesk.services.reference import library_search

    db = open_db(args)
    try:
        result = library_search.search_types(db, text, sector=args.sector, category=args.category)
    finally:
        db.close()
    if result.note is not None:
        print(result.note.text(lang), file=sys.stderr)
    _print_found(args, list(result.found), text, lang)
    return 0


def _db_env() -> str:
    from cpdesk.services import locations

    return locations.DB_ENV


def _print_found(args: argparse.Namespace, found: list[Any], text: str, lang: str) -> None:
    from cpdesk.core.reference.option_types import option_library

    library = option_library()
    if args.json:
        emit_json(
            {
                "text": text,
                "sector": args.sector,
                "category": args.category,
                "lang": lang,
                "count": len(found),
                "types": [{**type_document(library, f.type, lang), "score": f.score} for f in found],
            }
        )
        return
    print(_word("library.found" if found else "library.none_found", lang, count=len(found)))
    if found:
        headings = [_word(f"library.word.{w}", lang) for w in ("code", "category", "title")]
        rows = [
            (f.type.code, _label("OptionCategory", f.type.category.value, lang), f.type.title.get(lang)) for f in found
        ]
        print(render_table(headings, rows))


def _show(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.core.errors import CpdeskError
    from cpdesk.core.messages import msg
    from cpdesk.core.reference.option_types import option_library

    lang = chosen_lang(args)
    evidence = _type_evidence(args, open_db)
    library = option_library()
    found = library.find(args.code)
    if found is None:
        raise CpdeskError(msg("library.unknown_type", given=args.code))
    document = type_document(library, found, lang)
    groups = None if evidence is None else _groups_of(evidence, found.code)
    if args.json:
        if groups is not None:
            document["evidence"] = [evidence_document(e) for e in groups]
        emit_json(document)
        return 0
    print(f"{document['code']}  {found.title.get(lang)}")
    print(found.description.get(lang))
    print()
    lines = [
        ("category", document["category_label"]),
        ("process", document["process"]["label"]),
        ("carriers", ", ".join(c["label"] for c in document["carriers"])),
        (
            "sectors",
            _word("library.word.all_sectors", lang)
            if document["sectors"] == "all"
            else ", ".join(s["label"] for s in document["sectors"]),
        ),
    ]
    width = max(len(_word(f"library.word.{w}", lang)) for w, _ in lines)
    for word, value in lines:
        print(f"{_word(f'library.word.{word}', lang) + ':':<{width + 1}} {value}")
    if groups:
        print()
        print(_word("library.word.evidence", lang) + ":")
        every = _word("library.word.all_sectors", lang)
        headings = [_word("library.word.sectors", lang), _word("library.word.evidence", lang)]
        rows = [(_label("Sector", e.sector, lang) if e.sector else every, _evidence_text(e, lang)) for e in groups]
        results = [_results_text(e, lang) for e in groups]
        if any(results):  # what the plants found after implementation, where counted
            headings.append(_word("library.word.results", lang))
            rows = [(*row, result) for row, result in zip(rows, results, strict=True)]
        print(render_table(headings, rows))
    return 0


def _cases(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.core.numbers import format_number
    from cpdesk.services.reference import option_evidence

    lang = chosen_lang(args)
    db = open_db(args)
    try:
        cases = option_evidence.option_cases(db, args.code, sector=args.sector)
    finally:
        db.close()
    if args.json:
        emit_json(
            {
                "type": args.code.strip().upper(),
                "sector": args.sector,
                "count": len(cases),
                "cases": [
                    {
                        "company": c.company,
                        "sector": c.sector,
                        "assessment": c.assessment,
                        "year": c.year,
                        "option_code": c.option_code,
                        "option_title": c.option_title,
                        "status": c.status,
                        "investment_usd": c.investment_usd,
                        "annual_savings_usd": c.annual_savings_usd,
                        "payback_years": c.payback_years,
                    }
                    for c in cases
                ],
            }
        )
        return 0

    def number(value: float | None, decimals: int) -> str:
        return "" if value is None else format_number(value, lang, decimals)

    print(_word("library.cases", lang, count=len(cases)))
    if cases:
        words = ("company", "assessment", "year", "status", "investment_usd", "savings_usd", "payback")
        rows = [
            (
                c.company,
                c.assessment,
                "" if c.year is None else str(c.year),
                _label("OptionStatus", c.status, lang),
                number(c.investment_usd, 0),
                number(c.annual_savings_usd, 0),
                number(c.payback_years, 1),
            )
            for c in cases
        ]
        print(render_table([_word(f"library.word.{w}", lang) for w in words], rows))
    return 0


def _type_evidence(args: argparse.Namespace, open_db: Any) -> Any:
    """With ``--db`` (or ``$CPDESK_DB``): the evidence that database holds or received (the
    catalogues it received are used too); None without a database."""
    from cpdesk.services import locations

    if not (args.db or os.environ.get(locations.DB_ENV)):
        return None
    from cpdesk.services.reference import option_evidence

    db = open_db(args)
    try:
        return option_evidence.library_evidence(db, type_codes=[args.code.strip().upper()])
    finally:
        db.close()


def _groups_of(evidence: Any, code: str) -> list[Any]:
    """The groups of ``code``: over every sector first, then by sector code."""
    found = [e for (c, _sector), e in evidence.groups.items() if c == code]
    return sorted(found, key=lambda e: (e.sector is not None, e.sector or ""))


def _suggest(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.core.reference.option_types import option_library
    from cpdesk.services.assessment import suggestions

    lang = chosen_lang(args)
    db = open_db(args)
    try:
        found = suggestions.suggest(db, args.assessment, limit=args.limit)
    finally:
        db.close()
    library = option_library()
    if args.json:
        emit_json(
            {
                "assessment": str(found.assessment_id),
                "sector": found.sector,
                "lang": lang,
                "evidence_source": found.evidence_source,
                "evidence_built": found.evidence_built,
                "suggestions": [
                    {
                        **type_document(library, s.type, lang),
                        "score": s.score,
                        "reasons": [_reason_json(r, lang) for r in s.reasons],
                        "evidence": evidence_document(s.evidence),
                    }
                    for s in found.items
                ],
            }
        )
        return 0
    print(_word("library.suggested", lang, count=len(found.items)))
    headings = [_word(f"library.word.{w}", lang) for w in ("code", "title", "why", "evidence")]
    rows = [
        (
            s.type.code,
            s.type.title.get(lang),
            "; ".join(_reason_text(r, lang) for r in s.reasons),
            _evidence_text(s.evidence, lang),
        )
        for s in found.items
    ]
    print(render_table(headings, rows))
    return 0


def _reason_json(reason: Any, lang: str) -> dict[str, Any]:
    return {"kind": reason.kind, "subject": reason.subject, "share": reason.share, "text": _reason_text(reason, lang)}


def _reason_text(reason: Any, lang: str) -> str:
    from cpdesk.core.option_suggestions import reason_message

    return reason_message(reason).text(lang)


def evidence_document(evidence: Any) -> dict[str, Any] | None:
    """One group of the evidence as docs/cli-json.md gives it (None: no case)."""
    if evidence is None:
        return None
    if evidence.few_cases:
        return {"sector": evidence.sector, "few_cases": True}

    def spread(s: Any) -> dict[str, Any] | None:
        return None if s is None else {"q1": s.q1, "median": s.median, "q3": s.q3, "count": s.count}

    return {
        "sector": evidence.sector,
        "few_cases": False,
        "cases": evidence.cases,
        "companies": evidence.companies,
        "implemented": evidence.implemented,
        "implementation_rate": evidence.implementation_rate,
        "without_rate": evidence.without_rate,
        "investment_usd": spread(evidence.investment_usd),
        "annual_savings_usd": spread(evidence.annual_savings_usd),
        "payback_years": spread(evidence.payback_years),
        "monitored": evidence.monitored,
        "verified": evidence.verified,
        "monitored_ratio": spread(evidence.monitored_ratio),
        "baseline_share_pct": spread(evidence.baseline_share_pct),
    }


def _evidence_text(evidence: Any, lang: str) -> str:
    from cpdesk.core.option_suggestions import evidence_message

    return evidence_message(evidence).text(lang)


def _results_text(evidence: Any, lang: str) -> str:
    from cpdesk.core.option_suggestions import results_message

    found = results_message(evidence)
    return "" if found is None else found.text(lang)


def type_document(library: Any, option_type: Any, lang: str) -> dict[str, Any]:
    """One option type as the JSON of docs/cli-json.md: its texts in both languages, the
    labels of its codes in ``lang``."""
    from cpdesk.core.labels import SECTOR_KIND

    t = option_type
    return {
        "code": t.code,
        "category": t.category.value,
        "category_label": _label("OptionCategory", t.category.value, lang),
        "process": {"code": t.process, "label": library.process(t.process).label.get(lang)},
        "carriers": [{"code": c.value, "label": _label("Carrier", c.value, lang)} for c in t.carriers],
        "sectors": "all" if t.all_sectors else [{"code": s, "label": _label(SECTOR_KIND, s, lang)} for s in t.sectors],
        "title": {"vi": t.title.vi, "en": t.title.en},
        "description": {"vi": t.description.vi, "en": t.description.en},
    }


def _label(kind: str, code: str, lang: str) -> str:
    from cpdesk.core.labels import label_or_code

    return label_or_code(kind, code, lang)


def _word(code: str, lang: str, **params: object) -> str:
    from cpdesk.core.messages import msg

    return msg(code, **params).text(lang)
