"""How an option's figures were found: typed by a person, or calculated by its calculation.

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
