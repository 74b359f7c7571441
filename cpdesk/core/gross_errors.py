"""Serial elimination of gross errors: name the readings that are wrong, not their neighbours.

A reading entered ten times too large fails the global test, and the reconciliation spreads
its error over every reading that shares a balance with it: their measurement tests fail
too, often all of them. The largest normalised adjustment points at the culprit (by
Cauchy-Schwarz no other reading's test can exceed its own, for one error alone), yet a
list of seven flagged readings tells a trainee little.

Serial elimination (Narasimhan & Jordache, *Data Reconciliation and Gross Error Detection*,
2000, the serial elimination strategy for multiple gross errors, after Ripps 1965):

1. reconcile; stop when the global chi-square test passes;
2. take the reading whose measurement test is largest and above its critical value; stop
   when there is none, or when several readings tie for it (the balances cannot tell which
   of them is wrong: dropping one at random would only guess);
3. drop it: reconcile again with that stream unmeasured, provided every flow the balances
   determined stays determined (a redundant reading always qualifies: its ends lie in
   different groups of Crowe's aggregation, so its stream closes no cycle of unmeasured
   streams); otherwise stop and say so;
4. repeat from 1.

The dropped readings, in order, are the suspected ones; the last reconciliation gives the
flows without them, beside the first pass, which stays the result the caller shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from cpdesk.core.reconcile_results import EliminationStop, Reading, ReconciliationResult, SerialElimination

#: Reconciles the given readings on the same flow chart, with the same options.
Solver = Callable[[Mapping[str, Reading]], ReconciliationResult]

#: Normalised adjustments this close (relative) count as equal, as for the suspect's equivalents.
TIE = 1e-9


def serial_elimination(
    first: ReconciliationResult, measurements: Mapping[str, Reading], solve: Solver
) -> SerialElimination:
    """Drop the most suspect reading and reconcile again until the global test passes.

    ``first`` is the reconciliation of ``measurements``; ``solve`` reconciles a subset of
    them on the same flow chart, with the same options (bounds, alpha).
    """
    readings, suspected, current = dict(measurements), list[str](), first
    stopped, undecided = EliminationStop.PASSED, tuple[str, ...]()
    while not current.global_test.passed:
        tests = {
            e.stream_id: e.normalized_adjustment
            for e in current.streams
            if e.gross_error and e.normalized_adjustment is not None
        }
        if not tests:
            stopped = EliminationStop.NO_READING_EXCEEDS
            break
        top = max(tests.values())
        tied = tuple(k for k, z in tests.items() if z >= top * (1 - TIE))
        if len(tied) > 1:
            stopped, undecided = EliminationStop.INDISTINGUISHABLE, tied
            break
        trial = {k: r for k, r in readings.items() if k != tied[0]}
        following = solve(trial)
        pairs = zip(current.streams, following.streams, strict=True)
        if any(a.value is not None and b.value is None for a, b in pairs):
            stopped, undecided = EliminationStop.UNOBSERVABLE, tied
            break
        suspected.append(tied[0])
        readings, current = trial, following
    return SerialElimination(tuple(suspected), current, stopped, undecided)
