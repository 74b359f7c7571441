"""How an option's figures were found: typed by a person, or calculated by its calculation;
and how an assessment's boiler efficiency was found.

Its own small module: the store's option model names it, and loading the calculators (pint,
the steam tables) to map a table would slow every start.
"""

from __future__ import annotations

from enum import StrEnum


class SavingsBasis(StrEnum):
    """How an option's annual savings, or one of its resource savings, were found."""

    TYPED = "typed"
    CALCULATED = "calculated"


#: An input, a price or a figure typed by a person.
TYPED = SavingsBasis.TYPED
#: A figure filled by the option's calculation.
CALCULATED = SavingsBasis.CALCULATED
#: How an option's savings may have been found.
BASES = tuple(basis.value for basis in SavingsBasis)


class BoilerEfficiencyMethod(StrEnum):
    """How an assessment's boiler efficiency was found: typed, or a boiler test by the direct
    (input-output) or the indirect (heat-loss) method of :mod:`cpdesk.core.boiler`."""

    TYPED = "typed"
    DIRECT = "direct"
    INDIRECT = "indirect"
