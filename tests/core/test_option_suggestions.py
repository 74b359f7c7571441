"""The suggestions' ranking worked by hand on a library of four types."""

from __future__ import annotations

import pytest

from cpdesk.core.option_suggestions import (
    PlantProfile,
    Reason,
    family,
    fits,
    loss_weights,
    ranked,
    shares,
    steps_of_process,
)
from cpdesk.core.reference.option_types import read_library


def _type(code: str, category: str, carriers: list[str], sectors: object) -> dict[str, object]:
    text = {"vi": code, "en": code}
    return {"code": code, "category": category, "carriers": carriers, "sectors": sectors, "title": text,
            "description": text}  # fmt: skip


LIBRARY = read_library(
    "test.json",
    {
        "source": "test",
        "version": "1",
        "processes": [{"code": c, "label": {"vi": c, "en": c}} for c in ("DYE", "AIR", "PLP", "STM")],
        "types": [
            _type("DYE.RATIO.REDUCE", "equipment_modification", ["water", "steam"], ["textile"]),
            _type("AIR.LEAK.REPAIR", "good_housekeeping", ["electricity"], "all"),
            _type("PLP.WATER.CLOSE", "onsite_recovery", ["water"], ["paper"]),
            _type("STM.TRAP.REPAIR", "good_housekeeping", ["steam"], "all"),
        ],
    },
)


def test_steps_are_found_by_the_words_of_their_process_without_accents() -> None:
    steps = (("Nhuộm jet", False), ("Máy nén khí", True), ("Sấy khô", False), ("Lò hơi than", False))
    assert steps_of_process("DYE", steps) == [("Nhuộm jet", False)]
    assert steps_of_process("AIR", steps) == [("Máy nén khí", True)]
    assert steps_of_process("MAT", steps) == []  # "khô" (dry) is not "kho" (store)
    assert steps_of_process("STM", steps) == [("Lò hơi than", False)]
    assert steps_of_process("STM", (("Steam distribution network", False),)) != []


def test_carriers_are_compared_by_family() -> None:
    assert family("anthracite") == family("rice_husk") == "fuel"
    assert family("condensate") == "steam"
    assert family("wastewater") == "water"
    assert family("flue_gas") == "heat"
    assert family("electricity") == "electricity"
    # 300 + 100 of water's family, 600 of electricity: 0.4 and 0.6
    assert shares({"water": 300.0, "wastewater": 100.0, "electricity": 600.0, "steam": 0.0}) == pytest.approx(
        {"water": 0.4, "electricity": 0.6}
    )


def test_losses_weigh_by_their_part_and_count_in_full_from_five_per_cent() -> None:
    # 6 % of the inputs unaccounted, 4.5 on fuel and 1.5 on electricity: 0.75 and 0.25
    assert loss_weights({"anthracite": 0.045, "electricity": 0.015}) == pytest.approx(
        {"fuel": 0.75, "electricity": 0.25}
    )
    # 1 % only: scaled by 0.01 / 0.05 = 0.2
    assert loss_weights({"water": 0.01}) == pytest.approx({"water": 0.2})
    assert loss_weights({}) == {}


def test_the_ranking_by_hand() -> None:
    plant = PlantProfile(
        sectors=frozenset({"textile"}),
        steps=(("Nhuộm jet", False), ("Máy nén khí", True)),
        waste_cost_shares={"water": 0.5, "electricity": 0.25, "steam": 0.25},
        loss_shares={"electricity": 1.0},
        proposed=frozenset({"STM.TRAP.REPAIR"}),
    )
    found = fits(LIBRARY, plant)
    # DYE: sector 3 + step 3 + waste 4 × (0.5 + 0.25) = 9.0
    # AIR: step 3 + focus 1 + waste 4 × 0.25 + loss 4 × 1.0 = 9.0; the catalogue's order breaks the tie
    # PLP: another sector; STM: proposed
    assert [(f.type.code, f.score) for f in found] == [("DYE.RATIO.REDUCE", 9.0), ("AIR.LEAK.REPAIR", 9.0)]
    assert found[0].reasons == (
        Reason("sector", "textile"),
        Reason("step", "Nhuộm jet"),
        Reason("waste_cost", "water", 0.5),
    )
    assert found[1].reasons == (
        Reason("step", "Máy nén khí"),
        Reason("waste_cost", "electricity", 0.25),
        Reason("loss", "electricity", 1.0),
    )
    # Evidence: AIR shown (1) and implemented in 60 % of its cases (0.6): 10.6 above DYE's 9.0
    top = ranked(found, {"AIR.LEAK.REPAIR": 0.6, "DYE.RATIO.REDUCE": None}, limit=1)
    assert [(f.type.code, f.score) for f in top] == [("AIR.LEAK.REPAIR", pytest.approx(10.6))]


def test_a_utility_type_needs_a_reason_and_a_sectors_type_needs_only_its_sector() -> None:
    plant = PlantProfile(frozenset({"paper"}), (), {}, {}, frozenset())
    assert [f.type.code for f in fits(LIBRARY, plant)] == ["PLP.WATER.CLOSE"]
    # no step yet: the steam the plant loses is reason enough for the trap type
    losing = PlantProfile(frozenset({"paper"}), (), {"steam": 1.0}, {}, frozenset())
    assert [f.type.code for f in fits(LIBRARY, losing)] == ["STM.TRAP.REPAIR", "PLP.WATER.CLOSE"]
    # a flow chart without a boiler or a steam step: no steam types, whatever it loses
    drawn = PlantProfile(frozenset({"paper"}), (("Xeo giấy", False),), {"steam": 1.0}, {}, frozenset())
    assert [f.type.code for f in fits(LIBRARY, drawn)] == ["PLP.WATER.CLOSE"]
