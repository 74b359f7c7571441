"""The reports' own fixed strings (headings, column titles, sentences), in Vietnamese and English.

Vietnamese wording follows the terms CP practitioners were trained with (the glossary: Đánh
giá SXSH, dòng thải, giải pháp SXSH, thời gian hoàn vốn ...). Labels of codes (carriers,
categories, statuses, sectors) are not here: they come from the reference data. ``{name}``
fields are filled by :class:`cpdesk.report.i18n.I18n`. Both tables have the same keys (a
test checks it).
"""

from __future__ import annotations

from cpdesk.report.strings_en import EN
from cpdesk.report.strings_vi import VI

TEXTS: dict[str, dict[str, str]] = {"vi": VI, "en": EN}
