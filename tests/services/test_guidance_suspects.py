"""The guide names the reading serial elimination drops, readings it cannot tell apart, and
flows held at 0: the three-step network of tests/core/test_reconcile_gross_errors.py."""

from __future__ import annotations

from types import SimpleNamespace

from cpdesk.core.balance_report import Reconciliation
from cpdesk.core.reconcile import Reading, reconcile
from cpdesk.services.assessment import guidance
from tests.core.test_reconcile_gross_errors import NODES, SPLITTER, STREAMS, TRUE

NAMES = {"s1": "Nước cấp", "s2": "Nước sang nhuộm", "s3": "Nước sang giặt", "s4": "Nước nhuộm sang giặt"}
NAMES |= {"s5": "Nước thải nhuộm", "s6": "Nước thải giặt", "s7": "Nước hồi lưu", "F": "Cấp", "P": "Ra", "Q": "Rò rỉ"}


def findings(result, group: str = "energy") -> list:
    plant = SimpleNamespace(node=None, name="", unmeasured=(), closure_pct=None)  # no inputs: not judged
    report = SimpleNamespace(
        measured=SimpleNamespace(nodes=[], plant=plant), reconciliation=Reconciliation(result, NAMES, ())
    )
    return guidance.balance_findings({group: report}, {})


def test_the_guide_names_the_suspected_reading() -> None:
    """s2 entered ten times too large: all seven readings are flagged, and the guide says
    which one serial elimination drops."""
    result = reconcile(STREAMS, NODES, {k: Reading(v * (10 if k == "s2" else 1), 1.0) for k, v in TRUE.items()})
    found = findings(result)
    assert len([f for f in found if f.code == "reading_flagged"]) == 7
    (suspected,) = [f for f in found if f.code == "reading_suspected"]
    assert suspected.subject.id == "s2"
    assert suspected.message("en") == (
        "The reading of Nước sang nhuộm is most likely wrong: the reconciliation of the energy balance "
        "drops it when it removes gross errors one by one."
    )
    assert suspected.message("vi").startswith("Số đo của dòng Nước sang nhuộm nhiều khả năng sai")


def test_the_guide_says_when_readings_cannot_be_told_apart() -> None:
    result = reconcile(STREAMS, NODES, {k: Reading(v * (10 if k == "s3" else 1), 1.0) for k, v in TRUE.items()})
    (tied,) = [f for f in findings(result) if f.code == "readings_indistinguishable"]
    assert tied.message("en") == (
        "The energy balance cannot tell which of the readings of Nước sang giặt, Nước hồi lưu is wrong: "
        "measure one of them again."
    )


def test_the_guide_flags_a_flow_held_at_zero() -> None:
    measured = {"F": Reading(100.0, 2.0), "P": Reading(125.9, 1.0)}
    result = reconcile(SPLITTER, ["S"], measured, nonnegative=True)
    (held,) = [f for f in findings(result) if f.code == "flow_at_bound"]
    assert held.subject.name == "Rò rỉ"
    assert held.message("en") == (
        "The flow of Rò rỉ is held at 0 in the reconciliation of the energy balance: "
        "the other readings would make it negative."
    )
