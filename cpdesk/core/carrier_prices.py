"""Unit prices of carriers in a factor set: what a kWh of electricity or a tonne of coal
costs a plant, in VND per the carrier's unit, with the year it holds for and its source.

A factor set may price some carriers and not others; a carrier it does not price has no
price at all here (the auditor types one), never a guessed figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpdesk.core.checks import positive as _positive

__all__ = ["CarrierPrice"]


@dataclass(frozen=True)
class CarrierPrice:
    """The price of one carrier: ``vnd_per_unit`` VND per ``unit`` (kWh, t, L ...), as
    published for ``year`` by ``source``."""

    carrier: str
    vnd_per_unit: float
    unit: str
    year: int
    source: str = ""

    def __post_init__(self) -> None:
        if not self.carrier:
            raise ValueError("a carrier price needs a carrier")
        if not self.unit:
            raise ValueError(f"the price of {self.carrier!r} needs a unit")
        _positive(self.vnd_per_unit, f"price of {self.carrier!r} (VND/{self.unit})")
        if not 1900 <= self.year <= 2200:
            raise ValueError(f"the price of {self.carrier!r} has an impossible year {self.year}")
