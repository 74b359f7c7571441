"""Write the Word template the reports are filled into: resources/report/cpdesk-report.docx.

python-docx's own blank document, on A4 with the PDF's margins, every style the report uses
in cpdesk's look (:data:`cpdesk.report.docx_parts.STYLES`), Vietnamese as its language. A
centre makes its own template by restyling a copy of this one in Word.

    .venv/bin/python tools/make_report_template.py
"""

from __future__ import annotations

from pathlib import Path

import docx

from cpdesk.report.docx_parts import ensure_styles
from cpdesk.report.word import TEMPLATE_DIR, TEMPLATE_NAME, a4_margins

TARGET = Path(__file__).resolve().parents[1] / "resources" / TEMPLATE_DIR / TEMPLATE_NAME


def main() -> None:
    document = docx.Document()
    a4_margins(document)
    ensure_styles(document, "vi", restyle=True)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "cpdesk"
    properties.title = "cpdesk report template"
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    document.save(TARGET)
    print(f"written: {TARGET.relative_to(TARGET.parents[2])}")


if __name__ == "__main__":
    main()
