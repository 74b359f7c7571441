"""The catalogue of generic CP option types: its checks, what it covers, and its search."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from cpdesk.core.option_search import search, words
from cpdesk.core.reference import ReferenceDataError, sectors
from cpdesk.core.reference.option_types import CODE_RE, option_library, read_library
from cpdesk.core.vocabulary import OptionCategory

#: The sectors of the annual report's programmes that the catalogue must serve.
PROGRAMME_SECTORS = (
    "textile", "food_processing", "brewery", "paper", "ceramics", "building_materials",
    "metal_finishing", "chemicals", "plywood", "wood_furniture", "plastics", "shipbuilding",
    "iron_steel", "lime_cement",
)  # fmt: skip


def shipped() -> dict[str, Any]:
    text = (resources.files("cpdesk.resources") / "reference" / "option_types.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def damaged(change: Any) -> str:
    """The one-line reason a copy of the shipped file, changed by ``change``, is refused."""
    data = copy.deepcopy(shipped())
    change(data)
    with pytest.raises(ReferenceDataError) as caught:
        read_library("option_types.json", data)
    reason = str(caught.value)
    assert "\n" not in reason
    return reason


def test_the_shipped_catalogue_reads_and_every_code_has_the_hierarchys_form() -> None:
    library = option_library()
    assert len(library.types) >= 120
    assert all(CODE_RE.match(t.code) for t in library.types)
    assert len({t.code for t in library.types}) == len(library.types)
    assert {t.process for t in library.types} == {p.code for p in library.processes}
    assert library.find("stm.trap.repair") is library.find("STM.TRAP.REPAIR") is not None
    assert library.find("STM.TRAP.NOPE") is None


def test_the_shipped_catalogue_covers_the_eight_categories_and_every_programme_sector() -> None:
    library = option_library()
    assert {t.category for t in library.types} == set(OptionCategory)
    parents = {s.code: s.parent for s in sectors()}
    named = {s for t in library.types for s in t.sectors}
    named |= {parent for s in named if (parent := parents[s]) is not None}
    missing = [s for s in PROGRAMME_SECTORS if s not in named]
    assert missing == []
    # and every programme sector has at least three types of its own
    for sector in PROGRAMME_SECTORS:
        assert len(search(library, sector=sector, specific=True)) >= 3, sector


def test_a_code_twice_is_refused_naming_both_entries() -> None:
    def twice(data: dict[str, Any]) -> None:
        data["types"][5]["code"] = data["types"][0]["code"]

    reason = damaged(twice)
    assert "types[5] (STM.TRAP.REPAIR).code: appears twice (also at types[0])" in reason


@pytest.mark.parametrize("code", ["STM.TRAP", "stm.trap.repair", "STM.TRAP.REPAIR.NOW", "STM.TRAP.REPAIRING", "STM..X"])
def test_a_code_not_in_the_hierarchys_form_is_refused(code: str) -> None:
    reason = damaged(lambda data: data["types"][3].update(code=code))
    assert f"types[3] ({code}).code: expected AREA.SUBJECT.ACTION" in reason


def test_a_code_whose_area_is_no_process_is_refused() -> None:
    reason = damaged(lambda data: data["types"][0].update(code="XYZ.TRAP.REPAIR"))
    assert "types[0] (XYZ.TRAP.REPAIR).code: 'XYZ' is not one of the processes" in reason


def test_an_unknown_category_carrier_or_sector_is_refused_naming_the_entry() -> None:
    assert "types[1] (STM.LEAK.REPAIR).category: 'housekeeping' is not an option category" in damaged(
        lambda data: data["types"][1].update(category="housekeeping")
    )
    assert "types[1] (STM.LEAK.REPAIR).carriers: 'coal' is not a carrier code" in damaged(
        lambda data: data["types"][1].update(carriers=["steam", "coal"])
    )
    assert "types[1] (STM.LEAK.REPAIR).sectors: 'textiles' is not a sector code" in damaged(
        lambda data: data["types"][1].update(sectors=["textiles"])
    )
    assert "types[1] (STM.LEAK.REPAIR).sectors: expected a non-empty JSON array" in damaged(
        lambda data: data["types"][1].update(sectors="every")
    )
    assert "types[1] (STM.LEAK.REPAIR).carriers: expected a non-empty JSON array" in damaged(
        lambda data: data["types"][1].update(carriers=[])
    )


@pytest.mark.parametrize("field", ["title", "description"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_text_missing_in_one_language_is_refused(field: str, lang: str) -> None:
    reason = damaged(lambda data: data["types"][2][field].pop(lang))
    assert f"types[2] (STM.PIPE.INSUL).{field}.{lang}: missing" in reason
    reason = damaged(lambda data: data["types"][2][field].update({lang: "  "}))
    assert f"types[2] (STM.PIPE.INSUL).{field}.{lang}: expected a non-empty string" in reason


def test_a_process_twice_is_refused() -> None:
    reason = damaged(lambda data: data["processes"].append(dict(data["processes"][0])))
    assert "'STM' appears twice" in reason


def test_the_search_ignores_accents_and_case() -> None:
    library = option_library()
    assert words("Thu hồi nước-ngưng") == ("thu", "hoi", "nuoc", "ngung")
    found = search(library, "thu hoi nuoc ngung")
    assert found[0].type.code == "STM.COND.RECOVER"
    assert found[0].type.title.vi.startswith("Thu hồi nước ngưng")
    assert search(library, "THU HỒI NƯỚC NGƯNG")[0].type.code == "STM.COND.RECOVER"
    assert search(library, "Đậy nắp")[0].type.code in {"GLV.KETTLE.COVER", "FRN.LID.CLOSE"}
    assert search(library, "day nap")[0].type.code in {"GLV.KETTLE.COVER", "FRN.LID.CLOSE"}


def test_the_search_reads_both_languages_the_code_and_the_description() -> None:
    library = option_library()
    assert "STM.COND.RECOVER" in [f.type.code for f in search(library, "condensate boiler")]
    assert [f.type.code for f in search(library, "stm.trap")] == ["STM.TRAP.REPAIR"]
    # "kieselguhr" is only in the English title; "đất tảo cát" only in the Vietnamese description
    assert [f.type.code for f in search(library, "kieselguhr")] == ["BRW.FILTER.MEMBRANE"]
    assert [f.type.code for f in search(library, "dat tao cat")] == ["BRW.FILTER.MEMBRANE"]
    # every word must begin a word of the type
    assert search(library, "thu hoi nuoc ngung xyzzy") == []
    assert search(library, "?!") == []
    assert len(search(library, "  ")) == len(library.types)


def test_title_matches_come_before_description_matches() -> None:
    library = option_library()
    found = search(library, "nuoc ngung")
    codes = [f.type.code for f in found]
    # STM.TRAP.REPAIR names the condensate only in its description
    assert codes.index("STM.COND.RECOVER") < codes.index("STM.TRAP.REPAIR")
    scores = [f.score for f in found]
    assert scores == sorted(scores, reverse=True)
    # the exact code comes first whatever else matches
    assert search(library, "PLT.RINSE.COUNTER")[0].type.code == "PLT.RINSE.COUNTER"


def test_the_filters_by_sector_and_category() -> None:
    library = option_library()
    plating = search(library, "", sector="electroplating", specific=True)
    codes = {f.type.code for f in plating}
    assert "PLT.RINSE.COUNTER" in codes
    assert "PLT.DEGR.AQUEOUS" in codes  # a metal-finishing type applies to its sub-sectors
    assert "DYE.RATIO.REDUCE" not in codes
    assert "STM.TRAP.REPAIR" not in codes  # a type of every sector: not "specific"
    assert "STM.TRAP.REPAIR" in {f.type.code for f in search(library, "", sector="electroplating")}
    # the parent finds its sub-sectors' types
    assert "PLT.RINSE.COUNTER" in {f.type.code for f in search(library, sector="metal_finishing")}
    recovery = search(library, "", sector="textile", category=OptionCategory.ONSITE_RECOVERY)
    assert recovery and all(f.type.category == OptionCategory.ONSITE_RECOVERY for f in recovery)
    assert all(f.type.all_sectors or "textile" in f.type.sectors for f in recovery)
    with pytest.raises(ValueError):
        search(library, "", sector="textiles")
