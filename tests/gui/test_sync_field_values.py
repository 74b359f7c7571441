"""The values the conflicts screen shows: as people read them (percentages, the linked record's
name, a code's label, money with its currency, numbers in the user's notation), while a
resolution still stores the version's own value."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cpdesk.core.vocabulary import Carrier
from cpdesk.gui import i18n
from cpdesk.gui.sync.conflicts import ConflictsDialog
from cpdesk.gui.sync.field_names import field_label
from cpdesk.gui.sync.field_values import field_value, percent
from cpdesk.services.sync import conflicts as sync_conflicts
from cpdesk.services.sync.conflicts import ValueContext
from cpdesk.store.base import utcnow
from cpdesk.store.models import Assessment, Measurement, Option, ProcessStep, Stream
from cpdesk.sync.records import table_codec
from tests.gui.workbench_fixtures import make_workbench
from tests.plugins.postgres import WorkspaceFactory
from tests.sync.conftest import Network, add_small_assessment


@pytest.fixture
def network(tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest) -> Iterator[Network]:
    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    yield Network(factory, tmp_path)
    factory.close()


def edit(db: Any, model: Any, record: uuid.UUID, change: Callable[[Any, Any], None]) -> None:
    with db.sessions.begin() as session:
        change(session, session.get(model, record))


def one_of(db: Any, model: Any, assessment: uuid.UUID | None = None) -> uuid.UUID:
    with db.reading() as session:
        rows = session.query(model).all()
        if assessment is not None:
            rows = [r for r in rows if r.assessment_id == assessment]
        return rows[0].id


def settle(network: Network, model: Any, record: uuid.UUID, change: Callable[[Any, Any], None]) -> None:
    """Change ``record`` in the field and send it to the centre (no conflict)."""
    field = network.sites["field"]
    edit(field.db, model, record, change)
    network.send(field, network.centre)


def conflict(
    network: Network, model: Any, record: uuid.UUID, field_side: Callable[..., None], centre_side: Callable[..., None]
) -> None:
    """Make the field and the centre change ``record`` differently; the centre finds the conflict."""
    field = network.sites["field"]
    edit(field.db, model, record, field_side)
    edit(network.centre.db, model, record, centre_side)
    report = network.send(field, network.centre)
    assert len(report.conflicts) == 1


@pytest.fixture
def shared(network: Network) -> uuid.UUID:
    """An assessment the field made and the centre has received."""
    field = network.field("field")
    assessment = add_small_assessment(field.db, "Nhà máy giấy")
    network.send(field, network.centre)
    return assessment


def screen(qtbot: Any, network: Network, lang: str = "en", numbers: str = "en") -> ConflictsDialog:
    dialog = ConflictsDialog(make_workbench(network.centre.db, lang=lang, numbers=numbers))
    qtbot.addWidget(dialog)
    return dialog


def versions(dialog: ConflictsDialog) -> dict[str, tuple[str, str]]:
    """Field label -> (mine, theirs) as the screen shows them."""
    table = dialog.fields
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())
    }


def test_a_discount_rate_reads_as_a_percentage_and_theirs_is_stored_raw(
    qtbot: Any, network: Network, shared: uuid.UUID
) -> None:
    settle(network, Assessment, shared, lambda s, a: setattr(a, "discount_rate", 0.08))  # 10 % is the default
    conflict(
        network,
        Assessment,
        shared,
        lambda s, a: setattr(a, "discount_rate", 0.12),
        lambda s, a: setattr(a, "discount_rate", 0.10),
    )
    dialog = screen(qtbot, network)
    assert versions(dialog)["Discount rate"] == ("10 %", "12 %")
    dialog.set_choice("discount_rate", "theirs")
    dialog.keep_fields.click()
    assert "Resolved (fields chosen)" in dialog.message.text()
    with network.centre.db.reading() as session:
        assert session.get(Assessment, shared).discount_rate == 0.12


def test_a_link_to_a_step_reads_as_the_steps_name(qtbot: Any, network: Network, shared: uuid.UUID) -> None:
    field = network.sites["field"]
    with field.db.sessions.begin() as session:
        session.add_all(
            [
                ProcessStep(assessment_id=shared, name="Nấu bột", position=2),
                ProcessStep(assessment_id=shared, name="Xeo giấy", position=3),
            ]
        )
    network.send(field, network.centre)
    with network.centre.db.reading() as session:
        steps = {s.name: s.id for s in session.query(ProcessStep).all()}
    stream = one_of(field.db, Stream, shared)
    conflict(
        network,
        Stream,
        stream,
        lambda s, r: setattr(r, "source_step_id", steps["Xeo giấy"]),
        lambda s, r: setattr(r, "source_step_id", steps["Nấu bột"]),
    )
    dialog = screen(qtbot, network)
    assert versions(dialog)["From step"] == ("Nấu bột", "Xeo giấy")

    # The step the centre's version points to is deleted at the centre meanwhile.
    edit(network.centre.db, ProcessStep, steps["Nấu bột"], lambda s, r: setattr(r, "deleted_at", utcnow()))
    dialog.reload()
    assert versions(dialog)["From step"] == ("Nấu bột (deleted record)", "Xeo giấy")


def test_a_link_to_no_record_or_one_this_database_does_not_hold(english_afterwards: None) -> None:
    codec = table_codec("waste_stream")
    context = ValueContext(
        table="waste_stream",
        columns={c.name: c for c in codec.data_columns},
        references=dict(codec.references),
        versions={"mine": {}, "theirs": {}},
    )
    assert field_value(context, "stream_id", None, "mine", "en", "en") == "(none)"
    assert field_value(context, "stream_id", str(uuid.uuid4()), "theirs", "en", "en") == "(deleted record)"
    i18n.install("vi")
    assert field_value(context, "stream_id", None, "mine", "vi", "vi") == "(không có)"
    assert field_value(context, "stream_id", str(uuid.uuid4()), "theirs", "vi", "vi") == "(bản ghi đã xoá)"


def test_a_carrier_reads_as_its_label_in_both_languages(
    qtbot: Any, network: Network, shared: uuid.UUID, english_afterwards: None
) -> None:
    stream = one_of(network.centre.db, Stream, shared)
    settle(network, Stream, stream, lambda s, r: setattr(r, "carrier", Carrier.HEAT))
    conflict(
        network,
        Stream,
        stream,
        lambda s, r: setattr(r, "carrier", Carrier.CONDENSATE),
        lambda s, r: setattr(r, "carrier", Carrier.STEAM),
    )
    i18n.install("en")
    dialog = screen(qtbot, network, "en", "en")
    assert versions(dialog)["Carrier"] == ("Steam", "Condensate")
    assert dialog.heading.text() == "<b>1 open conflict</b>"  # English has its plural forms
    i18n.install("vi")
    dialog = screen(qtbot, network, "vi", "vi")
    assert versions(dialog)[field_label("stream", "carrier")] == ("Hơi nước", "Nước ngưng")


def test_numbers_in_vietnamese_notation_with_their_unit(qtbot: Any, network: Network, shared: uuid.UUID) -> None:
    reading = one_of(network.centre.db, Measurement)
    settle(network, Measurement, reading, lambda s, r: setattr(r, "value", 3.0))
    conflict(
        network,
        Measurement,
        reading,
        lambda s, r: setattr(r, "value", 93200.0),
        lambda s, r: setattr(r, "value", 2.57),
    )
    assert versions(screen(qtbot, network, "en", "vi"))["Measured value"] == ("2,57 t/h", "93.200 t/h")
    assert versions(screen(qtbot, network, "en", "en"))["Measured value"] == ("2.57 t/h", "93,200 t/h")


def test_money_carries_the_assessments_currency(qtbot: Any, network: Network, shared: uuid.UUID) -> None:
    option = one_of(network.centre.db, Option, shared)
    conflict(
        network,
        Option,
        option,
        lambda s, r: setattr(r, "investment", 1.8e8),
        lambda s, r: setattr(r, "investment", 1.5e8 + 1),
    )
    assert versions(screen(qtbot, network, "en", "vi"))["Investment"] == ("150.000.001 VND", "180.000.000 VND")


def test_percent_takes_the_decimals_it_needs() -> None:
    assert percent(0.1, "vi") == "10 %"
    assert percent(0.125, "vi") == "12,5 %"
    assert percent(0.0525, "en") == "5.25 %"


def test_the_conflict_context_reads_nothing_for_a_plain_field(network: Network, shared: uuid.UUID) -> None:
    conflict(
        network,
        Assessment,
        shared,
        lambda s, a: setattr(a, "title", "A"),
        lambda s, a: setattr(a, "title", "B"),
    )
    row = sync_conflicts.list_conflicts(network.centre.db)[0]
    context = sync_conflicts.value_context(network.centre.db, row)
    assert context.table == "assessment"
    assert context.references["company_id"] == "company"
    assert {table for table, _ in context.links} == {"company", "programme"}  # both versions link to them
    assert context.versions["mine"]["title"] == "B"
    assert context.versions["theirs"]["title"] == "A"
