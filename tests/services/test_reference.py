"""The shipped reference data: complete, consistent with vocabulary.py, NFC, sourced."""

from __future__ import annotations

import json
import unicodedata
from enum import Enum
from importlib import resources
from typing import Any

import pytest

from cpdesk.core import labels, reference, vocabulary
from cpdesk.core.factors import co2_from_electricity, co2_t_per_t_fuel
from cpdesk.core.reference import ReferenceDataError
from cpdesk.core.reference import catalogues as reference_catalogues
from cpdesk.core.reference import files as reference_files
from cpdesk.core.vocabulary import FUELS, CauseCategory, OptionCategory
from cpdesk.services.reference import factor_set_files as reference_factor_sets

REFERENCE_FILES = [
    ("reference", "methodology.json"),
    ("reference", "option_categories.json"),
    ("reference", "cause_categories.json"),
    ("reference", "sectors.json"),
    ("reference", "vocabulary_labels.json"),
    ("factor_sets", "ipcc2006_vn_grid.json"),
]

# methodology.md: the tasks of each step.
STEP_TASKS = {1: [1, 2, 3], 2: [4, 5, 6, 7], 3: [8, 9], 4: [10, 11, 12, 13], 5: [14, 15, 16],
              6: [17, 18]}  # fmt: skip
SECTIONS = [
    "team", "process_steps", "focus", "flow_chart", "balances", "waste_costs", "causes",
    "options", "screening", "feasibility_technical", "feasibility_economic",
    "feasibility_environmental", "selection", "implementation_prepare", "implementation",
    "monitoring", "sustain", "next_focus",
]  # fmt: skip
SEED_SECTORS = {
    "paper", "textile", "metal_finishing", "building_materials", "brewery", "food_processing",
    "ceramics", "chemicals", "shipbuilding", "plastics", "plywood", "wood_furniture",
    "iron_steel", "lime_cement",
}  # fmt: skip


def _vocabulary_enums() -> dict[str, type[Enum]]:
    return {
        name: obj
        for name, obj in vars(vocabulary).items()
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == vocabulary.__name__
    }


def _raw(subdir: str, name: str) -> dict[str, Any]:
    text = (resources.files("cpdesk.resources") / subdir / name).read_text(encoding="utf-8")
    return json.loads(text)


def _strings(node: Any):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_resources_package_imports() -> None:
    import cpdesk.resources  # noqa: F401

    assert (resources.files("cpdesk.resources") / "reference").is_dir()


@pytest.mark.parametrize(("subdir", "name"), REFERENCE_FILES)
def test_files_have_source_version_and_are_nfc(subdir: str, name: str) -> None:
    data = _raw(subdir, name)
    assert isinstance(data["source"], str)
    assert data["source"].strip()
    assert str(data["version"]).strip()
    for text in _strings(data):
        assert unicodedata.is_normalized("NFC", text), f"{name}: not NFC: {text!r}"


def test_six_steps_eighteen_tasks() -> None:
    method = reference.methodology()
    assert [s.number for s in method.steps] == [1, 2, 3, 4, 5, 6]
    assert [t.number for t in method.tasks] == list(range(1, 19))
    assert {s.number: [t.number for t in s.tasks] for s in method.steps} == STEP_TASKS
    assert all(t.step == s.number for s in method.steps for t in s.tasks)
    assert [t.section for t in method.tasks] == SECTIONS
    assert method.step(1).title.vi == "Bước khởi động"
    assert method.step(1).title.en == "Getting started"
    assert method.task_for_section("balances").number == 5
    assert method.source
    assert method.version
    for task in method.tasks:
        assert task.title.vi
        assert task.title.en
        assert task.worksheet.vi
        assert task.worksheet.en


def test_option_categories_match_enum() -> None:
    cats = reference.option_categories()
    assert [c.code for c in cats] == list(OptionCategory)
    assert [c.number for c in cats] == list(range(1, 9))
    assert cats[0].label.vi == "Quản lý nội vi"
    assert all(c.example.vi and c.example.en and c.example_source for c in cats)


def test_cause_categories_match_enum() -> None:
    cats = reference.cause_categories()
    assert [c.code for c in cats] == list(CauseCategory)
    assert all(c.question.vi.endswith("?") and c.question.en.endswith("?") for c in cats)


def test_sectors() -> None:
    codes = {s.code for s in reference.sectors()}
    assert SEED_SECTORS <= codes
    subs = {s.code for s in reference.sectors() if s.parent == "metal_finishing"}
    assert subs == {"powder_coating", "wet_painting", "electroplating", "hot_dip_galvanising"}
    assert labels.label("Sector", "paper", "en") == "Pulp and paper"


@pytest.mark.parametrize("enum_name", sorted(_vocabulary_enums()))
def test_every_enum_code_has_vi_and_en_labels(enum_name: str) -> None:
    enum = _vocabulary_enums()[enum_name]
    table = labels.labels_of(enum)
    assert set(table) == {m.value for m in enum}, "labels and enum codes differ"
    for member in enum:
        assert labels.member_label(member, "vi").strip()
        assert labels.member_label(member, "en").strip()


def test_vocabulary_labels_file_has_no_extra_kinds() -> None:
    kinds = set(_raw("reference", "vocabulary_labels.json")["labels"])
    assert kinds == set(_vocabulary_enums()) - {"OptionCategory", "CauseCategory"}


def test_label_errors_and_languages() -> None:
    assert labels.member_label(vocabulary.ScreeningResult.IMPLEMENT_DIRECTLY) == "Thực hiện ngay"
    assert labels.label("TaskStatus", "done", lang="en") == "Done"
    with pytest.raises(ValueError, match="nonexistent"):
        labels.label("TaskStatus", "nonexistent")
    with pytest.raises(ValueError, match="fr"):
        labels.member_label(vocabulary.TaskStatus.DONE, lang="fr")


def test_factor_set_covers_every_fuel_carrier() -> None:
    fs = reference_factor_sets.load_factor_set()
    assert fs is reference_factor_sets.load_factor_set("ipcc2006_vn_grid")
    assert set(fs.fuels) == {c.value for c in FUELS}
    assert fs.name_en == "IPCC 2006 defaults + Vietnam grid"
    assert fs.name_vi
    assert fs.source
    assert fs.date
    assert fs.version
    for fuel in fs.fuels.values():
        assert fuel.name_vi
        assert fuel.name_en
        assert fuel.ncv_source
        assert fuel.co2_source
        assert fuel.biogenic == (fuel.code in {"wood", "rice_husk"})
    assert fs.fuel("diesel_oil").density_t_per_m3 == 0.84
    assert fs.fuel("fuel_oil").density_t_per_m3 == 0.96
    assert round(co2_t_per_t_fuel(fs.fuel("anthracite")), 3) == 2.625


def test_factor_set_grid_series() -> None:
    fs = reference_factor_sets.load_factor_set()
    assert fs.grid_years == tuple(range(2014, 2024))
    assert fs.default_grid_year == 2023
    assert fs.grid_factor().t_co2_per_mwh == 0.6592
    assert all(g.country == "VN" and g.source for g in fs.grid)
    assert round(co2_from_electricity(2570, fs), 1) == 1694.1


def test_unknown_factor_set_is_a_clear_error() -> None:
    with pytest.raises(ReferenceDataError, match="no_such_set.json"):
        reference_factor_sets.load_factor_set("no_such_set")
    with pytest.raises(ValueError, match="invalid factor set code"):
        reference_factor_sets.load_factor_set("../reference/methodology")


def test_malformed_data_names_file_and_key() -> None:
    doc = reference_files._Doc("resources/reference/x.json")
    with pytest.raises(ReferenceDataError, match=r"x\.json: steps\[0\]\.title\.en: missing"):
        doc.text({"title": {"vi": "Bước khởi động"}}, "title", "steps[0]")
    with pytest.raises(ReferenceDataError, match=r"x\.json: fuels\[2\]\.ncv_gj_per_t"):
        doc.number({"ncv_gj_per_t": "26,7"}, "ncv_gj_per_t", "fuels[2]")


def test_malformed_file_is_reported_by_its_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = _raw("reference", "option_categories.json")
    bad["categories"][3]["code"] = "equipment_upgrade"
    monkeypatch.setattr(reference_catalogues, "_read_json", lambda subdir, name: (f"resources/{subdir}/{name}", bad))
    reference.option_categories.cache_clear()
    try:
        with pytest.raises(ReferenceDataError, match=r"option_categories\.json: categories\[3\]\.code"):
            reference.option_categories()
    finally:
        monkeypatch.undo()
        reference.option_categories.cache_clear()
    assert len(reference.option_categories()) == 8


def test_label_of_and_title_shortcuts() -> None:
    assert labels.label("sector", "paper", "vi") == "Giấy và bột giấy"
    assert labels.label("OptionCategory", "by_product", "en") == ("Production of a useful by-product")
    task = reference.methodology().task(16)
    assert (task.title_vi, task.title_en) == (task.title.vi, task.title.en)
