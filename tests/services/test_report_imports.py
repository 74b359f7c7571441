"""A programme summary's PDF loads what it lays out, not the assessment summary's libraries:
statsmodels and scipy (its M&V chapter and appraisal), openpyxl and python-docx (the other
formats) took most of `cpdesk report programme`'s start."""

from __future__ import annotations

import subprocess
import sys


def test_the_programme_report_modules_load_no_statistics_library() -> None:
    script = (
        "import sys\n"
        "import cpdesk.services.reports.building, cpdesk.services.reports.programme_report\n"
        "import cpdesk.report.programme_pdf\n"
        "heavy = ('statsmodels', 'scipy', 'pandas', 'openpyxl', 'docx', 'pint')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
