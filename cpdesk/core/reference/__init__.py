"""Reference data shipped with cpdesk: the method's steps and tasks, the option and cause
categories, the sectors, and how their files are read.

The modules, by what they hold:

- :mod:`.files`: the bilingual :class:`Text`, :class:`ReferenceDataError` and the checked
  reading of the JSON files (the shipped ones or those a centre sent);
- :mod:`.method_steps`: the 6 steps and 18 tasks (:func:`methodology`);
- :mod:`.catalogues`: option categories, causes of waste and sectors.
- :mod:`.option_types`: the option library's generic CP option types (:func:`option_library`).

The labels of codes in both languages (carriers, statuses, categories, sectors, field and
record names) are read through :mod:`cpdesk.core.labels`, which draws on these catalogues.
"""

from __future__ import annotations

from cpdesk.core.reference.catalogues import (
    CauseCategoryInfo,
    OptionCategoryInfo,
    Sector,
    cause_categories,
    option_categories,
    sectors,
)
from cpdesk.core.reference.files import (
    DEFAULT_FACTOR_SET,
    FACTOR_SETS_DIR,
    LANGS,
    PACKAGE,
    REFERENCE_DIR,
    ReferenceDataError,
    Text,
)
from cpdesk.core.reference.method_steps import Methodology, Step, Task, methodology

__all__ = [
    "DEFAULT_FACTOR_SET",
    "FACTOR_SETS_DIR",
    "LANGS",
    "PACKAGE",
    "REFERENCE_DIR",
    "CauseCategoryInfo",
    "Methodology",
    "OptionCategoryInfo",
    "ReferenceDataError",
    "Sector",
    "Step",
    "Task",
    "Text",
    "cause_categories",
    "methodology",
    "option_categories",
    "sectors",
]
