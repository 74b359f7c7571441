"""How many decimals a verified saving is written with, wherever it is shown (the screen,
the reports, the options table): to two significant figures of its uncertainty, as a
measured figure is quoted (751 t ± 59 t, not 750.8 t ± 58.81 t; 0.52 t ± 0.31 t)."""

from __future__ import annotations

import math


def uncertainty_decimals(uncertainty: float) -> int | None:
    """Decimals of a saving and its uncertainty; None when the uncertainty is not a finite
    positive number (the caller's usual decimals then)."""
    if not math.isfinite(uncertainty) or uncertainty <= 0:
        return None
    return max(0, 1 - math.floor(math.log10(uncertainty)))
