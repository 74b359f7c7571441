"""A water or energy balance as measured and, when asked, as reconciled.

The balance service fills it; the balance screen, the command line, the guidance checks and
the assessment report read it. It holds only core results (the balances and the
reconciliation), so it lives here where every layer may read it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cpdesk.core.balance import Balance

if TYPE_CHECKING:  # reconciling needs scipy: imported when a balance is reconciled
    from cpdesk.core.reconcile import ReconciliationResult


@dataclass(frozen=True)
class Reconciliation:
    """The reconciled view of a balance: the core result and the streams' names."""

    result: ReconciliationResult
    names: dict[str, str]
    nodes: tuple[str, ...]

    @property
    def suspect_name(self) -> str | None:
        return self.names.get(self.result.suspect) if self.result.suspect else None

    @property
    def suspected_names(self) -> tuple[str, ...]:
        """The readings serial elimination of gross errors dropped, most suspect first."""
        return tuple(self.names.get(s, s) for s in self.result.suspected)

    @property
    def at_bound_names(self) -> tuple[str, ...]:
        """The streams held at 0 because the balances alone would make them negative."""
        return tuple(self.names.get(s, s) for s in self.result.at_bound)


@dataclass(frozen=True)
class BalanceReport:
    """A balance as measured, and (when asked) as reconciled."""

    assessment_id: uuid.UUID
    factor_set: str
    measured: Balance
    reconciled: Balance | None = None
    reconciliation: Reconciliation | None = None
