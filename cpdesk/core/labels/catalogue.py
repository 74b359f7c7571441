"""Where the labels come from: every kind of code with its texts in both languages, in one table.

Three sources make the table, each kept where it is easiest to edit:

- ``resources/reference/vocabulary_labels.json`` (the codes of :mod:`cpdesk.core.vocabulary`)
  and the option categories, causes of waste and sectors of :mod:`cpdesk.core.reference`:
  reference data that a centre's reference-data pack may replace;
- the data modules of this package, by subject: :mod:`.fields` (the fields of records),
  :mod:`.records` (kinds of record), :mod:`.balances`, :mod:`.reconciliation` (the words of
  data reconciliation, for screens and reports alike), :mod:`.findings`,
  :mod:`.error_reasons` (why a value or a file is refused), :mod:`.logger_figures`,
  :mod:`.task_guides` (the
  method's guide for trainees) and :mod:`.training_terms`.

The table is built once (``functools.cache``); :func:`cpdesk.services.reference.centre_catalogues.use_catalogues`
clears it when the centre's catalogues change. A kind is named after its enum class where it
has one ("Carrier", "OptionCategory"), else after what it names ("Field", "Entity").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from enum import Enum
from functools import cache
from types import MappingProxyType

from cpdesk.core import vocabulary
from cpdesk.core.labels import (
    balances,
    error_reasons,
    fields,
    findings,
    fuel_factors,
    logger_figures,
    messages_backup,
    messages_balance,
    messages_calculator_checks,
    messages_calculators,
    messages_checks,
    messages_cli,
    messages_common,
    messages_compressor_duty,
    messages_editing,
    messages_keys,
    messages_library,
    messages_loggers,
    messages_mv,
    messages_records,
    messages_report,
    messages_sync,
    messages_training,
    messages_units,
    messages_values,
    reconciliation,
    records,
    task_guides,
    training_terms,
)
from cpdesk.core.reference.catalogues import cause_categories, option_categories, sectors
from cpdesk.core.reference.files import REFERENCE_DIR, Text, _Doc, _read_json
from cpdesk.core.vocabulary import CauseCategory, OptionCategory

#: Kind name under which the sectors are found.
SECTOR_KIND = "Sector"

#: The data modules of this package; each holds ``LABELS``: kind -> code -> {"vi", "en"}.
DATA_MODULES = (
    fields,
    records,
    balances,
    reconciliation,
    findings,
    fuel_factors,
    error_reasons,
    logger_figures,
    task_guides,
    training_terms,
    messages_common,
    messages_editing,
    messages_loggers,
    messages_sync,
    messages_keys,
    messages_backup,
    messages_values,
    messages_records,
    messages_units,
    messages_balance,
    messages_training,
    messages_calculators,
    messages_calculator_checks,
    messages_compressor_duty,
    messages_mv,
    messages_library,
    messages_cli,
    messages_checks,
    messages_report,
)

#: Kinds that several data modules fill, each with codes of its own (a code twice raises): the
#: messages, kept by subject (``messages_*``), and the fields (the calculators' inputs are
#: ``calculator.<input>`` in :mod:`.messages_calculators`).
SHARED_KINDS = frozenset({"Message", "Field"})


def _vocabulary_enums() -> dict[str, type[Enum]]:
    """The code enums of :mod:`cpdesk.core.vocabulary`, by class name."""
    return {
        name: obj
        for name, obj in vars(vocabulary).items()
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == vocabulary.__name__
    }


@cache
def vocabulary_labels() -> Mapping[str, Mapping[str, Text]]:
    """``reference/vocabulary_labels.json``: enum class name -> code -> Text."""
    file, data = _read_json(REFERENCE_DIR, "vocabulary_labels.json")
    doc = _Doc(file)
    doc.header(data)
    enums = _vocabulary_enums()
    table: dict[str, Mapping[str, Text]] = {}
    for kind, codes in doc.obj(data, "labels").items():
        if kind not in enums:
            raise doc.error(f"labels.{kind}", "not_a_vocabulary")
        if not isinstance(codes, Mapping):
            raise doc.error(f"labels.{kind}", "expected_labels")
        valid = {m.value for m in enums[kind]}
        entries: dict[str, Text] = {}
        for code in codes:
            if code not in valid:
                raise doc.error(f"labels.{kind}.{code}", "not_a_kind_code", kind=kind)
            entries[code] = doc.text(codes, code, f"labels.{kind}")
        table[kind] = MappingProxyType(entries)
    return MappingProxyType(table)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@cache
def data_labels() -> Mapping[str, Mapping[str, Text]]:
    """The kinds of the data modules; a kind defined twice is a mistake and raises."""
    table: dict[str, dict[str, Text]] = {}
    for module in DATA_MODULES:
        for kind, codes in module.LABELS.items():
            if kind in table and kind not in SHARED_KINDS:
                raise ValueError(f"label kind {kind!r} is defined twice ({module.__name__})")
            entries = table.setdefault(kind, {})
            for code, texts in codes.items():
                if code in entries:
                    raise ValueError(f"{kind} code {code!r} is defined twice ({module.__name__})")
                entries[code] = Text(vi=_nfc(texts["vi"]), en=_nfc(texts["en"]))
    return MappingProxyType({kind: MappingProxyType(entries) for kind, entries in table.items()})


@cache
def all_labels() -> Mapping[str, Mapping[str, Text]]:
    """Every labelled kind: the vocabulary, the categories and sectors, the data modules."""
    table = dict(vocabulary_labels())
    table[OptionCategory.__name__] = MappingProxyType({c.code.value: c.label for c in option_categories()})
    table[CauseCategory.__name__] = MappingProxyType({c.code.value: c.label for c in cause_categories()})
    table[SECTOR_KIND] = MappingProxyType({s.code: s.label for s in sectors()})
    for kind, codes in data_labels().items():
        if kind in table:
            raise ValueError(f"label kind {kind!r} is both reference data and a data module's")
        table[kind] = codes
    return MappingProxyType(table)
