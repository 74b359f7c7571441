"""A bundle's refusal reads in the workbench as on the command line, in the user's language.

The refusals are real: hostile bundles crafted with a field's own keys and imported at the
centre through the service the import dialog runs (the records are those of the sync tests).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.errors import describe  # noqa: E402
from cpdesk.gui.sync.refusals import reason_text, refusal_text  # noqa: E402
from cpdesk.sync.errors import BundleRejected  # noqa: E402
from tests.plugins.postgres import WorkspaceFactory  # noqa: E402
from tests.sync.assessment_rows import small_assessment  # noqa: E402
from tests.sync.conftest import Network  # noqa: E402
from tests.sync.test_authority import held, send  # noqa: E402


@pytest.fixture
def network(tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest) -> Any:
    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    yield Network(factory, tmp_path)
    factory.close()


def _refusal(network: Network, path: Path) -> BundleRejected:
    with pytest.raises(BundleRejected) as caught:
        network.centre.import_(path)
    return caught.value


def _rewritten_factor(network: Network) -> tuple[BundleRejected, str]:
    field = network.field("lan")
    factor, vector = held(network.centre, "fuel_factor")
    forged = {**factor, "co2_kg_per_tj": 1.0, "device_id": field.db.device_id, "version": 2}
    path = send(network, field, [("fuel_factor", {**vector, field.db.device_id: 2}, forged)])
    return _refusal(network, path), str(factor["id"])


def _infinite_investment(network: Network) -> tuple[BundleRejected, str]:
    field = network.field("minh")
    rows = small_assessment(field.db.device_id)
    rows["option"]["investment"] = float("inf")
    path = send(network, field, list(rows.records()))
    return _refusal(network, path), str(rows["option"]["id"])


def test_refusals_read_as_on_the_command_line_in_english(qapp, english_afterwards, network: Network) -> None:
    for error, _ in (_rewritten_factor(network), _infinite_investment(network)):
        assert describe(error) == str(error)  # word for word what the command line prints


def test_an_authority_refusal_in_vietnamese(qapp, english_afterwards, network: Network) -> None:
    error, factor_id = _rewritten_factor(network)
    i18n.install("vi")
    shown = describe(error)
    assert shown.startswith(f"{error.source}: bị từ chối, không nhập gì: ")
    assert factor_id in shown
    assert "chỉ trung tâm mới được sửa" in shown
    assert "gói này được ký bằng khoá của máy hiện trường" in shown
    assert "only the centre" not in shown


def test_a_value_refusal_in_vietnamese_names_the_field(qapp, english_afterwards, network: Network) -> None:
    error, option_id = _infinite_investment(network)
    i18n.install("vi")
    shown = reason_text(error.reason)
    assert option_id in shown
    assert "không phải là số hữu hạn" in shown
    assert "investment" not in shown  # the field by its label, not the column's name


def test_a_reason_no_phrase_knows_stays_whole(qapp, english_afterwards) -> None:
    i18n.install("vi")
    reason = "member 'records/x/000001.jsonl' is not of a kind cpdesk writes"
    assert reason_text(reason) == reason
    assert refusal_text(f"b.cpdx: rejected, nothing was imported: {reason}").endswith(reason)
    assert refusal_text("not a refusal at all") == "not a refusal at all"


def test_a_bundles_own_refusals_in_vietnamese(qapp, english_afterwards, network: Network, tmp_path: Path) -> None:
    from tests.gui.test_logger_import_vietnamese import english_words

    field = network.field("lan")
    good = send(network, field, list(small_assessment(field.db.device_id).records()))
    data = good.read_bytes()
    cut, garbage = tmp_path / "cut.cpdx", tmp_path / "rac.cpdx"
    cut.write_bytes(data[: len(data) // 2])
    garbage.write_bytes(b"PK\x03\x04" + bytes(200))
    errors = [_refusal(network, path) for path in (cut, garbage, tmp_path / "none.cpdx")]
    assert all(describe(error) == str(error) for error in errors)  # the command line's words
    assert "no such file" in str(errors[2])
    i18n.install("vi")
    for error in errors:
        shown = describe(error)
        assert shown.startswith(f"{error.source}: bị từ chối, không nhập gì: "), shown
        reason = shown.removeprefix(f"{error.source}: ")
        assert not english_words(reason), shown
        assert reason_text(error) in shown
