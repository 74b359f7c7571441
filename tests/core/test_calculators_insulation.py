"""Pipe insulation: the correlations against published worked examples (with what differs
said), the balance at the jacket checked by hand, and the physics as properties."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.core.calculators import insulation
from cpdesk.core.calculators.catalogue import run
from cpdesk.core.errors import ValidationError


def _out(outputs: tuple[Any, ...], name: str) -> float:
    return float(next(out.value for out in outputs if out.name == name))


def test_radiation_against_published_examples() -> None:
    """Two worked examples of the radiation term, εσπD(T_s⁴ − T_a⁴):
    a steam line of 100 mm at 150 °C (423 K) in air at 20 °C (293 K), ε = 0.8, loses
    351.22 W/m by radiation (Incropera and DeWitt's problem, as solved on qamnty.com);
    a pipe of 50 mm at 50 °C in a room at 20 °C, ε = 0.8, 25.1 W/m (mathix.co)."""
    per_metre = math.pi * 0.1 * insulation.radiation_w_per_m2k(423.0, 293.0, 0.8) * 130.0
    assert per_metre == pytest.approx(351.22, rel=2e-4)  # σ = 5.6703e-8 there, CODATA here
    assert math.pi * 0.05 * insulation.radiation_w_per_m2k(323.15, 293.15, 0.8) * 30 == pytest.approx(25.1, abs=0.05)


def test_natural_convection_against_a_published_example() -> None:
    """msubbu.in, "Heat loss by convection to air": a horizontal steam pipe of 100 mm, 4 m
    long, its wall at 170 °C in air at 30 °C, with Nu = 0.53 (Gr·Pr)^(1/4) and air's
    properties at 100 °C: Gr = 6.884e6, Nu = 24.83, h = 8.07 W/(m²·K), 1 419.8 W.
    Churchill and Chu, which cpdesk uses over the whole range of Ra, give Nu = 22.8 at the
    same Ra and h = 7.15 W/(m²·K) with Incropera's properties at the film temperature: the
    loss, 1 257 W, is 0.886 times the example's. The difference is the correlation (0.53·Ra^¼
    is the older McAdams form for 10⁴ < Ra < 10⁹), not the arithmetic: at the example's own
    Ra and Pr, Churchill and Chu's Nu is 22.76 by hand (0.387 × 12.996 / 1.2059 + 0.60 =
    4.7707, squared)."""
    h = insulation.convection_w_per_m2k(0.1, 443.15, 303.15, 0.0)
    loss = h * math.pi * 0.1 * 4 * 140
    assert h == pytest.approx(7.15, abs=0.01)
    assert loss / 1419.8 == pytest.approx(0.886, abs=0.002)
    ra, pr = 6.884e6 * 0.7, 0.7
    nusselt = (0.60 + 0.387 * ra ** (1 / 6) / (1 + (0.559 / pr) ** (9 / 16)) ** (8 / 27)) ** 2
    assert nusselt == pytest.approx(22.76, abs=0.01)


def test_the_jacket_balance_by_hand() -> None:
    """The insulated loss is the conduction through the layer at the jacket temperature
    found: 114.3 mm pipe at 180 °C, 50 mm of k = 0.045 W/(m·K): the layer resists
    ln(214.3 / 114.3) / (2π × 0.045) = 2.2230 m·K/W, so q' = (180 − T_jacket) / 2.2230; and the
    jacket gives the same heat to the air."""
    outputs = run(
        "pipe_insulation",
        {
            "pipe_diameter": (114.3, "mm"),
            "length": (100, "m"),
            "fluid_temperature": (180, "°C"),
            "insulation_thickness": (50, "mm"),
            "insulation_conductivity": (0.045, "W/(m·K)"),
            "wind_speed": (2, "m/s"),
            "operating_hours": (6000, "h"),
        },
    )
    jacket = _out(outputs, "jacket_temperature")
    resistance = math.log(214.3 / 114.3) / (2 * math.pi * 0.045)
    assert resistance == pytest.approx(2.2230, abs=1e-4)
    insulated = _out(outputs, "insulated_loss_per_metre")
    assert insulated == pytest.approx((180 - jacket) / resistance, rel=1e-6)
    assert insulation.surface_loss_w_per_m(0.2143, jacket + 273.15, 303.15, 2.0, 0.1) == pytest.approx(
        insulated, rel=1e-6
    )
    bare = _out(outputs, "bare_loss_per_metre")
    assert _out(outputs, "heat_saving") == pytest.approx((bare - insulated) * 100 / 1000, rel=1e-9)
    assert _out(outputs, "heat_saving_per_year") == pytest.approx(
        (bare - insulated) * 100 * 6000 * 3600 / 1e9, rel=1e-9
    )


PIPE = {
    "pipe_diameter": (88.9, "mm"),
    "length": (10, "m"),
    "fluid_temperature": (150, "°C"),
    "insulation_conductivity": (0.04, "W/(m·K)"),
}


@given(
    pipe=st.floats(min_value=48.0, max_value=500.0),
    fluid=st.floats(min_value=40.0, max_value=600.0),
    thin=st.floats(min_value=0.0, max_value=150.0),
    more=st.floats(min_value=1.0, max_value=100.0),
    k=st.floats(min_value=0.02, max_value=0.07),
    wind=st.floats(min_value=0.0, max_value=10.0),
    jacket=st.floats(min_value=0.05, max_value=0.95),
)
@settings(max_examples=60, deadline=None)
def test_a_thicker_insulation_never_loses_more_heat(
    pipe: float, fluid: float, thin: float, more: float, k: float, wind: float, jacket: float
) -> None:
    """Above the critical radius k/h (under 25 mm for k ≤ 0.07 W/(m·K) and h ≥ 3 W/(m²·K),
    so for every pipe of DN40 and up), more insulation loses less."""

    def loss(thickness: float) -> float:
        given = {
            **PIPE,
            "pipe_diameter": (pipe, "mm"),
            "fluid_temperature": (fluid, "°C"),
            "insulation_thickness": (thickness, "mm"),
            "insulation_conductivity": (k, "W/(m·K)"),
            "wind_speed": (wind, "m/s"),
            "jacket_emissivity": (jacket, "1"),
        }
        return _out(run("pipe_insulation", given), "insulated_loss_per_metre")

    assert loss(thin + more) < loss(thin)


@given(fluid=st.floats(min_value=31.0, max_value=900.0), wind=st.floats(min_value=0.0, max_value=10.0))
@settings(max_examples=40, deadline=None)
def test_no_insulation_saves_nothing_and_wind_takes_more(fluid: float, wind: float) -> None:
    given = {
        **PIPE,
        "fluid_temperature": (fluid, "°C"),
        "insulation_thickness": (0, "mm"),
        "bare_emissivity": (0.8, "1"),
    }
    outputs = run("pipe_insulation", {**given, "jacket_emissivity": (0.8, "1"), "wind_speed": (wind, "m/s")})
    assert _out(outputs, "heat_saving") == 0
    windier = run("pipe_insulation", {**given, "wind_speed": (wind + 1, "m/s")})
    assert _out(windier, "bare_loss_per_metre") > _out(outputs, "bare_loss_per_metre")


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"insulation_thickness": (-10, "mm")}, "insulation_thickness", "calc.negative"),
        ({"fluid_temperature": (20, "°C")}, "fluid_temperature", "calc.not_above_ambient"),
        ({"fluid_temperature": (1200, "°C")}, "fluid_temperature", "calc.too_hot"),
        ({"jacket_emissivity": (1.5, "1")}, "jacket_emissivity", "calc.efficiency_range"),
        ({"insulation_conductivity": (0, "W/(m·K)")}, "insulation_conductivity", "calc.not_positive"),
        ({"wind_speed": (-1, "m/s")}, "wind_speed", "calc.negative"),
    ],
)
def test_impossible_pipes_are_refused(change: dict[str, tuple[float, str]], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        run("pipe_insulation", {**PIPE, "insulation_thickness": (50, "mm"), **change})
    assert caught.value.field == field
    assert caught.value.why is not None and caught.value.why.code == code
