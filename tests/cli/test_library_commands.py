"""`cpdesk library search|show`: the option library on the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cpdesk.cli.main import main
from cpdesk.cli.output import LANG_ENV
from cpdesk.services.locations import DB_ENV
from cpdesk.services.reference import centre_catalogues
from cpdesk.services.uow import unit_of_work
from cpdesk.services.workspace import open_workspace
from cpdesk.store.models import SyncReferenceDocument

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "option_types.json"


@pytest.fixture(autouse=True)
def _shipped_catalogues_after() -> Iterator[None]:
    yield
    centre_catalogues.use_catalogues({})


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_search_finds_without_accents_and_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "search", "thu", "hoi", "nuoc", "ngung", "--lang", "vi"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3 loại giải pháp"
    assert out[1].split() == ["Mã", "Nhóm", "giải", "pháp", "Loại", "giải", "pháp"]
    assert out[3].startswith("STM.COND.RECOVER")
    assert "Thu hồi nước ngưng về lò hơi" in out[3]
    assert main(["library", "search", "xyzzy"]) == 0
    assert capsys.readouterr().out == "no option type found\n"


def test_search_json_with_filters(capsys: pytest.CaptureFixture[str]) -> None:
    doc = _json(capsys, "library", "search", "", "--sector", "brewery", "--category", "by_product", "--json")
    assert doc["sector"] == "brewery" and doc["category"] == "by_product" and doc["lang"] == "en"
    assert doc["count"] == len(doc["types"]) > 0
    for t in doc["types"]:
        assert t["category"] == "by_product"
        assert t["sectors"] == "all" or "brewery" in [s["code"] for s in t["sectors"]]
    grain = next(t for t in doc["types"] if t["code"] == "BRW.GRAIN.FEED")
    assert grain["title"] == {"vi": "Bán bã hèm làm thức ăn chăn nuôi", "en": "Sell spent grain as animal feed"}
    assert grain["category_label"] == "Production of a useful by-product"
    assert grain["process"] == {"code": "BRW", "label": "Brewing and fermentation"}
    assert grain["carriers"] == [{"code": "solid_waste", "label": "Solid waste"}]
    found = _json(capsys, "library", "search", "condensate", "--json")
    assert found["types"][0]["code"] in {"STM.COND.RECOVER", "STM.FLASH.RECOVER", "AIR.DRAIN.REPLACE"}
    assert [t["score"] for t in found["types"]] == sorted((t["score"] for t in found["types"]), reverse=True)


def test_show_prints_one_type_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "show", "stm.trap.repair"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("STM.TRAP.REPAIR  Repair leaking steam traps\n")
    assert "Category:           Good housekeeping" in out
    assert "Sectors:            every sector" in out
    assert main(["library", "show", "STM.TRAP.REPAIR", "--lang", "vi"]) == 0
    assert "Ngành áp dụng:       mọi ngành" in capsys.readouterr().out
    doc = _json(capsys, "library", "show", "PLT.RINSE.COUNTER", "--json")
    assert doc["sectors"] == [{"code": "electroplating", "label": "Electroplating"}]
    assert doc["description"]["vi"].startswith("Thay bể rửa chảy tràn đơn")


def test_unknown_codes_get_one_line_in_the_users_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["library", "show", "STM.TRAP.NONE"]) == 1
    assert capsys.readouterr().err == "cpdesk: error: the option library has no type STM.TRAP.NONE\n"
    assert main(["library", "search", "x", "--sector", "textiles"]) == 1
    assert capsys.readouterr().err.startswith("cpdesk: error: textiles is not a sector code; the sector codes: paper,")
    monkeypatch.delenv(LANG_ENV)
    assert main(["library", "search", "x", "--category", "housekeeping"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cpdesk: lỗi: housekeeping không phải là mã nhóm giải pháp; các mã: good_housekeeping,")


def test_the_centres_catalogue_is_read_from_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["types"] = doc["types"][:1]
    doc["types"][0]["title"] = {"vi": "Sửa bẫy hơi (trung tâm)", "en": "Repair steam traps (the centre's)"}
    db = open_workspace(tmp_path / "field.sqlite")
    try:
        with unit_of_work(db) as session:
            session.add(SyncReferenceDocument(name="option_types", content=json.dumps(doc), sha256="-"))
    finally:
        db.close()
    centre_catalogues.use_catalogues({})
    found = _json(capsys, "--db", str(tmp_path / "field.sqlite"), "library", "search", "", "--json")
    assert [t["title"]["en"] for t in found["types"]] == ["Repair steam traps (the centre's)"]
    centre_catalogues.use_catalogues({})
    monkeypatch.setenv(DB_ENV, str(tmp_path / "field.sqlite"))
    shown = _json(capsys, "library", "show", "STM.TRAP.REPAIR", "--json")
    assert shown["title"]["en"] == "Repair steam traps (the centre's)"
