"""`cpdesk library cases CODE`: the cases behind a type's figures, at the centre only."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from cpdesk.cli.main import main
from cpdesk.core.entities import Entity
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Update
from cpdesk.services.sync import keys


def _cases(db: Any) -> None:
    """Three textile plants and a paper mill with traps repaired (one in VND at 25 000 per USD)."""
    rows = (
        ("Dệt Bình Minh", "textile", "USD", None, date(2024, 3, 1), 1_000.0, 2_000.0, "implemented"),
        ("Dệt An Phú", "textile", "VND", 25_000.0, date(2025, 5, 1), 50_000_000.0, 25_000_000.0, "proposed"),
        ("Dệt Cầu Giấy", "textile", "VND", None, None, 10_000_000.0, 0.0, "rejected"),
        ("Giấy Việt Trì", "paper", "USD", None, date(2023, 1, 1), 300.0, 600.0, "implemented"),
    )
    for name, sector, currency, rate, start, investment, savings, status in rows:
        company = catalogue.create_company(db, name=name, sector=sector)
        a = assessments.create_assessment(
            db, company_id=company.id, title=f"SXSH {name}", currency=currency, exchange_rate=rate or 20_000.0
        )
        if currency == "VND" and rate is None:  # a rate is needed to create it, not to keep it
            editing.apply(db, Update(Entity.ASSESSMENT, a.id, {"exchange_rate": None}))
        if start is not None:
            editing.apply(db, Update(Entity.ASSESSMENT, a.id, {"start_date": start}))
        options.add_option(
            db, a.id, title="Sửa bẫy hơi", code="GP1", category="good_housekeeping", type_code="STM.TRAP.REPAIR",
            investment=investment, annual_savings=savings, status=status,
            rejection_reason="không có vốn" if status == "rejected" else "",
        )  # fmt: skip


def test_the_centre_lists_the_cases_behind_a_figure(db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    keys.init_centre(db, "Trung tâm SXSH")
    _cases(db)
    assert main(["--db", str(db.path), "library", "cases", "stm.trap.repair", "--sector", "textile", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["type"], doc["sector"], doc["count"]) == ("STM.TRAP.REPAIR", "textile", 3)
    an_phu, binh_minh, cau_giay = doc["cases"]  # by company name
    assert an_phu == {
        "company": "Dệt An Phú", "sector": "textile", "assessment": "SXSH Dệt An Phú", "year": 2025,
        "option_code": "GP1", "option_title": "Sửa bẫy hơi", "status": "proposed",
        # 50 M VND / 25 000 = 2 000 USD, 25 M = 1 000 USD/year, 50 / 25 = 2 years
        "investment_usd": 2_000.0, "annual_savings_usd": 1_000.0, "payback_years": 2.0,
    }  # fmt: skip
    assert (binh_minh["year"], binh_minh["investment_usd"], binh_minh["payback_years"]) == (2024, 1_000.0, 0.5)
    # VND without a rate: no USD; no savings: no payback; no dates: no year
    assert (cau_giay["investment_usd"], cau_giay["payback_years"], cau_giay["year"]) == (None, None, None)
    assert main(["--db", str(db.path), "library", "cases", "STM.TRAP.REPAIR", "--lang", "vi"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "4 trường hợp"
    row = next(line for line in out if line.startswith("Giấy Việt Trì"))
    assert "SXSH Giấy Việt Trì" in row and "2023" in row and "Đã thực hiện" in row and "0,5" in row


def test_a_field_installation_is_refused(db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    _cases(db)  # its own options: still not listed
    assert main(["--db", str(db.path), "library", "cases", "STM.TRAP.REPAIR", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "stay at the centre" in err and "Dệt" not in err


def test_unknown_codes_are_refused_at_the_centre(db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    keys.init_centre(db, "Trung tâm SXSH")
    assert main(["--db", str(db.path), "library", "cases", "NO.SUCH.TYPE"]) == 1
    assert "NO.SUCH.TYPE" in capsys.readouterr().err
    assert main(["--db", str(db.path), "library", "cases", "STM.TRAP.REPAIR", "--sector", "moon"]) == 1
    assert "moon" in capsys.readouterr().err
