"""The Word documents open and lay out in a real word processor, in both languages.

LibreOffice (headless) turns each document into a PDF, which is read back: every page has
text, the company and the figures' captions are there, every Vietnamese letter came through,
and the page numbers were filled in. Outside CI, a machine without LibreOffice skips this
with the reason; CI installs it (``.ci/run``) and sets CPDESK_REQUIRE_LIBREOFFICE=1, so there
the test cannot skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cpdesk.report.i18n import I18n
from cpdesk.services.reports.building import build_report
from tests.report.helpers import pdf_pages, squash

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

if SOFFICE is None and os.environ.get("CPDESK_REQUIRE_LIBREOFFICE") == "1":
    raise RuntimeError("CPDESK_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (Debian: libreoffice-writer-nogui); CI installs it"
)


def _as_pdf(document: Path, profile: Path) -> Path:
    """The document converted by LibreOffice, with a profile of its own (no shared state)."""
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(document.parent),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return document.with_suffix(".pdf")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_assessment_document_lays_out_in_a_word_processor(demo_db, textile_id, tmp_path, lang) -> None:
    target = build_report(demo_db, "assessment", textile_id, tmp_path / f"summary-{lang}.docx", lang)
    pages = pdf_pages(_as_pdf(target, tmp_path / "profile").read_bytes())
    assert len(pages) >= 15
    text = squash(" ".join(pages))
    assert squash("Công ty TNHH Dệt nhuộm Phú An") in text
    t = I18n(lang)
    assert squash(t("figure", n=1, caption="")) in text  # the caption's number field was filled
    assert squash(t("page_label", page=2, pages=len(pages))) in text
    if lang == "vi":
        assert squash("Cân bằng nước") in text and squash("Tiết kiệm hàng năm") in text
    assert all(page.strip() for page in pages)


def test_the_programme_document_lays_out_in_a_word_processor(demo_db, tmp_path) -> None:
    target = build_report(demo_db, "programme", ["CP-EE"], tmp_path / "cp-ee.docx", "vi")
    pages = pdf_pages(_as_pdf(target, tmp_path / "profile").read_bytes())
    assert squash("72/122") in squash(" ".join(pages))
