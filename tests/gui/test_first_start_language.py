"""The first start writes the demo in the interface language: an English workbench opens on
an English demo, a Vietnamese one on a Vietnamese demo (the figures are the same in both,
tests/services/test_demo_languages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui.app import open_or_create  # noqa: E402
from cpdesk.services.assessment import companies  # noqa: E402


def test_an_english_first_start_writes_the_demo_in_english(tmp_path: Path) -> None:
    db = open_or_create(str(tmp_path / "first.sqlite"), lang="en")
    try:
        names = {c.name for c in companies.list_companies(db)}
    finally:
        db.close()
    assert "Phu An Textile Dyeing Co., Ltd. (demo)" in names
    assert "CP-EE company 1 (building materials)" in names
    assert not any("Doanh nghiệp" in name for name in names)
