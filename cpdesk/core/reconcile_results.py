"""What a reconciliation takes and gives: streams, readings, estimates and the tests.

:mod:`cpdesk.core.reconcile` computes them, :mod:`cpdesk.core.flow_bounds` holds flows at 0
and :mod:`cpdesk.core.gross_errors` runs serial elimination; all three read these types,
which live here so that none of them imports another in a circle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property


@dataclass(frozen=True)
class FlowStream:
    """A stream of the flow chart; ``None`` at an end means the plant boundary."""

    id: str
    source: str | None
    target: str | None


@dataclass(frozen=True)
class Reading:
    """A measured value and its absolute standard uncertainty; :func:`reconcile` checks it."""

    value: float
    sigma: float

    @classmethod
    def from_relative(cls, value: float, relative_uncertainty: float) -> Reading:
        """A reading whose uncertainty is a fraction of its value (0.03 for 3 %)."""
        if not (math.isfinite(relative_uncertainty) and relative_uncertainty > 0):
            raise ValueError(f"relative uncertainty must be > 0, got {relative_uncertainty!r}")
        if value == 0:
            # A relative uncertainty of a zero reading is zero, which would pin the flow.
            raise ValueError("a reading of 0 needs an absolute uncertainty, not a relative one")
        return cls(value, abs(value) * relative_uncertainty)


class StreamStatus(StrEnum):
    """What the balances can say about a stream."""

    REDUNDANT = "redundant"  # measured, and the balances also determine it: adjusted
    NONREDUNDANT = "nonredundant"  # measured, nothing else determines it: kept as read
    OBSERVABLE = "observable"  # not measured, computed from the balances
    UNOBSERVABLE = "unobservable"  # not measured, the balances leave it open


@dataclass(frozen=True)
class StreamEstimate:
    """Reconciled figures of one stream. Unobservable streams have ``value`` None."""

    stream_id: str
    status: StreamStatus
    value: float | None = None
    sigma: float | None = None
    measured: float | None = None
    measured_sigma: float | None = None
    #: Share of the reading's variance removed by the balances, 1 - var(x_hat)/var(x);
    #: 0 for a non-redundant reading, None for an unmeasured stream.
    redundancy: float | None = None
    #: |x_hat - x| / sqrt(var(x) - var(x_hat)); None unless the reading is redundant.
    normalized_adjustment: float | None = None
    #: The normalised adjustment exceeds the corrected critical value.
    gross_error: bool = False
    #: The linear solution takes this flow below 0; it is held at 0 (``nonnegative``).
    at_bound: bool = False

    @property
    def adjustment(self) -> float | None:
        """Reconciled minus measured value (None for unmeasured streams)."""
        if self.measured is None or self.value is None:
            return None
        return self.value - self.measured


@dataclass(frozen=True)
class GlobalTest:
    """Chi-square test of the weighted sum of squared adjustments."""

    statistic: float
    dof: int
    p_value: float
    critical_value: float | None  # None when dof == 0: there is nothing to test
    alpha: float

    @property
    def passed(self) -> bool:
        return self.p_value >= self.alpha


@dataclass(frozen=True)
class ReconciliationResult:
    """Adjusted flows, their uncertainties, the classification and the gross-error tests."""

    streams: tuple[StreamEstimate, ...]  # in the order the streams were given
    global_test: GlobalTest
    #: Critical value of the measurement test (Sidak-corrected over the redundant readings).
    measurement_critical_value: float | None
    #: The reading most likely in gross error, named only when the global test fails.
    suspect: str | None
    #: Other readings whose normalised adjustment equals the suspect's: the balances cannot
    #: tell which of them is wrong.
    suspect_equivalents: tuple[str, ...]
    #: Serial elimination of gross errors, run when the global test fails (else None).
    elimination: SerialElimination | None = None

    @property
    def suspected(self) -> tuple[str, ...]:
        """The readings serial elimination dropped, most suspect first (empty if none)."""
        return self.elimination.suspected if self.elimination else ()

    @property
    def at_bound(self) -> tuple[str, ...]:
        """The flows held at 0 because the linear solution takes them below it."""
        return tuple(s.stream_id for s in self.streams if s.at_bound)

    @cached_property
    def _by_id(self) -> dict[str, StreamEstimate]:
        return {s.stream_id: s for s in self.streams}

    def stream(self, stream_id: str) -> StreamEstimate:
        return self._by_id[stream_id]

    def ids_with(self, status: StreamStatus) -> tuple[str, ...]:
        return tuple(s.stream_id for s in self.streams if s.status is status)

    observable = property(lambda self: self.ids_with(StreamStatus.OBSERVABLE))
    unobservable = property(lambda self: self.ids_with(StreamStatus.UNOBSERVABLE))
    nonredundant = property(lambda self: self.ids_with(StreamStatus.NONREDUNDANT))


class EliminationStop(StrEnum):
    """Why serial elimination of gross errors stopped."""

    PASSED = "passed"  # the global test passes without the suspected readings
    NO_READING_EXCEEDS = "no_reading_exceeds"  # it fails, but no reading's test exceeds its critical value
    INDISTINGUISHABLE = "indistinguishable"  # the most suspect readings tie: the balances cannot tell which
    UNOBSERVABLE = "unobservable"  # dropping the next reading would leave a flow undetermined


@dataclass(frozen=True)
class SerialElimination:
    """Readings dropped one at a time, most suspect first, and the reconciliation without them."""

    suspected: tuple[str, ...]
    #: The reconciliation with the suspected readings left out (treated as unmeasured).
    result: ReconciliationResult
    stopped: EliminationStop
    #: The readings the last step could not choose between, or could not drop.
    undecided: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        """Does the global test pass once the suspected readings are left out?"""
        return self.result.global_test.passed
