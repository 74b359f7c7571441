"""Deleting is whole: a deleted record takes what it owns with it, and undo brings back exactly that."""

from __future__ import annotations

import contextlib
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from cpdesk.cli.main import main
from cpdesk.core.errors import ValidationError
from cpdesk.services import editing, loggers
from cpdesk.services.assessment import assessments, summary
from cpdesk.services.editing import Delete, Restore
from cpdesk.store import ownership
from cpdesk.store.base import Base, SyncedMixin
from cpdesk.store.models import (
    Assessment,
    Attachment,
    Cause,
    FuelOverride,
    Measurement,
    MeasurementSource,
    Option,
    OptionSaving,
    PeriodReading,
    ProcessStep,
    Programme,
    Series,
    SeriesChunk,
    Stream,
    TaskProgress,
    TeamMember,
    WasteStream,
    load_all,
)
from cpdesk.store.session import VERSION_CEILING
from tests.sync.conftest import add_small_assessment

#: Every table under an assessment, and how to find its rows from the assessment's id.
UNDER_ASSESSMENT: dict[str, Any] = {
    "team_member": lambda a: select(TeamMember).where(TeamMember.assessment_id == a),
    "task_progress": lambda a: select(TaskProgress).where(TaskProgress.assessment_id == a),
    "fuel_override": lambda a: select(FuelOverride).where(FuelOverride.assessment_id == a),
    "process_step": lambda a: select(ProcessStep).where(ProcessStep.assessment_id == a),
    "stream": lambda a: select(Stream).where(Stream.assessment_id == a),
    "measurement": lambda a: select(Measurement).join(Stream).where(Stream.assessment_id == a),
    "measurement_source": lambda a: (
        select(MeasurementSource)
        .join(Measurement, Measurement.id == MeasurementSource.measurement_id)
        .join(Stream, Stream.id == Measurement.stream_id)
        .where(Stream.assessment_id == a)
    ),
    "waste_stream": lambda a: select(WasteStream).where(WasteStream.assessment_id == a),
    "cause": lambda a: select(Cause).join(WasteStream).where(WasteStream.assessment_id == a),
    "cp_option": lambda a: select(Option).where(Option.assessment_id == a),
    "option_saving": lambda a: select(OptionSaving).join(Option).where(Option.assessment_id == a),
    "attachment": lambda a: select(Attachment).where(Attachment.assessment_id == a),
    "logger_series": lambda a: select(Series).where(Series.assessment_id == a),
    "period_reading": lambda a: select(PeriodReading).where(PeriodReading.assessment_id == a),
    "logger_series_chunk": lambda a: (
        select(SeriesChunk).join(Series, Series.id == SeriesChunk.series_id).where(Series.assessment_id == a)
    ),
}


def live_under(db: Any, assessment_id: uuid.UUID) -> dict[str, int]:
    """Live rows per table under an assessment (whatever the state of the rows between)."""
    out: dict[str, int] = {}
    with db.reading() as session:
        for table, query in UNDER_ASSESSMENT.items():
            model = query(assessment_id).column_descriptions[0]["entity"]
            rows = query(assessment_id).where(model.deleted_at.is_(None)).subquery()
            out[table] = session.execute(select(func.count()).select_from(rows)).scalar_one()
    return out


def stamps(db: Any, model: type[SyncedMixin], ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[Any, ...]]:
    with db.reading() as session:
        rows = session.execute(select(model).where(model.id.in_(ids))).scalars()
        return {r.id: (r.deleted_at, r.version, r.device_id) for r in rows}


def cli(db: Any, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", db.url, *argv])
    return code, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------------- the map


def test_every_reference_between_travelling_tables_is_ownership_or_link() -> None:
    load_all()
    synced = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, SyncedMixin)}
    found = {
        ownership.Edge(table.name, fk.parent.name, fk.column.table.name)
        for table in Base.metadata.sorted_tables
        if table.name in synced
        for fk in table.foreign_keys
        if fk.column.table.name in synced
    }
    owned, linked = set(ownership.OWNERSHIP), set(ownership.LINKS)
    assert not owned & linked
    assert found == owned | linked, f"unclassified: {found - owned - linked}; gone: {(owned | linked) - found}"
    # Parents come before their children, so that a restore brings an owner back first.
    order = [edge.child for edge in ownership.OWNERSHIP]
    for edge in ownership.OWNERSHIP:
        if edge.parent in order:
            assert order.index(edge.parent) < order.index(edge.child), edge


# ---------------------------------------------------------------------- assessments


def test_deleting_an_assessment_deletes_everything_under_it_and_undo_brings_it_back(any_db: Any) -> None:
    db = any_db
    a = add_small_assessment(db)
    before = live_under(db, a)
    assert all(before.values()), before  # one of every kind, so that each is checked
    with db.sessions.begin() as s:  # a team member deleted earlier, on its own
        early = s.execute(select(TeamMember).where(TeamMember.assessment_id == a)).scalar_one()
        early.deleted_at = early.created_at
    with db.reading() as s:
        steps = list(s.execute(select(ProcessStep.id).where(ProcessStep.assessment_id == a)).scalars())
    old = stamps(db, ProcessStep, steps)

    undo = editing.apply(db, Delete("assessment", a))

    assert undo == Restore("assessment", a)
    assert set(live_under(db, a).values()) == {0}
    (gone,) = stamps(db, Assessment, [a]).values()
    for key, (deleted_at, version, device) in stamps(db, ProcessStep, steps).items():
        assert (deleted_at, version, device) == (gone[0], old[key][1] + 1, db.device_id)  # a local edit

    assert editing.apply(db, undo) == Delete("assessment", a)
    assert live_under(db, a) == {**before, "team_member": before["team_member"] - 1}
    for key, (deleted_at, version, device) in stamps(db, ProcessStep, steps).items():
        assert (deleted_at, version, device) == (None, old[key][1] + 2, db.device_id)


def test_the_demo_assessment_with_63_streams_is_deleted_whole(demo_db: Any) -> None:
    with demo_db.reading() as s:
        a, streams = s.execute(
            select(Stream.assessment_id, func.count()).group_by(Stream.assessment_id).order_by(func.count().desc())
        ).first()
    assert streams == 63  # resources/demo/textile.json
    before = live_under(demo_db, a)
    undo = editing.apply(demo_db, Delete("assessment", a))
    assert set(live_under(demo_db, a).values()) == {0}
    editing.apply(demo_db, undo)
    assert live_under(demo_db, a) == before


def test_a_deleted_assessment_counts_nowhere(db: Any, tmp_path: Path) -> None:
    a = add_small_assessment(db)
    with db.reading() as s:
        code = s.execute(select(Programme.code).join(Assessment).where(Assessment.id == a)).scalar_one()
    assert summary.programme_summary(db, code).totals.options_implemented == 1
    editing.apply(db, Delete("assessment", a))
    assert live_under(db, a)["cp_option"] == live_under(db, a)["option_saving"] == 0
    assert summary.programme_summary(db, code).totals.options_proposed == 0
    status, out, err = cli(db, "summary", "programme", code, "--json")
    assert status == 0, err
    figures = json.loads(out)
    assert (figures["options_proposed"], figures["investment_usd_all_options"], figures["co2_t"]) == (0, 0, 0)
    status, out, err = cli(db, "list", "assessments")
    assert status == 0, err
    assert str(a)[:8] not in out, err


# ---------------------------------------------------------------------- steps, streams, options


def test_a_step_takes_the_streams_into_and_out_of_it(any_db: Any) -> None:
    db = any_db
    a = add_small_assessment(db)
    with db.reading() as s:
        step = s.execute(select(ProcessStep).where(ProcessStep.assessment_id == a)).scalar_one()
    undo = editing.apply(db, Delete("process_step", step.id))
    counts = live_under(db, a)
    assert (counts["stream"], counts["measurement"], counts["measurement_source"]) == (0, 0, 0)
    # Links stay: the waste stream and the series were measured on the stream, the option
    # answers the cause; all of them belong to the assessment.
    assert (counts["waste_stream"], counts["logger_series"], counts["cp_option"]) == (1, 1, 1)
    with db.reading() as s:
        stream = s.execute(select(Stream.id).where(Stream.assessment_id == a)).scalar_one()
    with pytest.raises(ValidationError, match="which is deleted: restore it first"):
        editing.apply(db, Restore("stream", stream))
    editing.apply(db, undo)
    counts = live_under(db, a)
    assert (counts["stream"], counts["measurement"], counts["measurement_source"]) == (1, 1, 1)


def test_a_stream_takes_its_measurements_and_reads_still_work(any_db: Any, tmp_path: Path) -> None:
    db = any_db
    a = add_small_assessment(db)
    with db.reading() as s:
        stream = s.execute(select(Stream.id).where(Stream.assessment_id == a)).scalar_one()
    undo = editing.apply(db, Delete("stream", stream))
    counts = live_under(db, a)
    assert (counts["stream"], counts["measurement"], counts["measurement_source"]) == (0, 0, 0)
    assert counts["process_step"] == 1
    assert counts["waste_stream"] == 1
    assert counts["logger_series"] == 1
    detail = assessments.show_assessment(db, a)
    assert not detail.streams
    assert not detail.measurements
    assert detail.waste_streams
    assert [r.stream for r in loggers.list_series(db, a)] in ([None], ["Hơi"])  # a link, never an error
    for argv in (
        ("show", "assessment", str(a)),
        ("balance", "--carrier", "water", str(a)),
        ("balance", "--carrier", "energy", str(a)),
        ("options", str(a)),
        ("guide", str(a)),
        ("report", "assessment", "-o", str(tmp_path / "a.xlsx"), str(a)),
    ):
        status, _out, err = cli(db, *argv)
        assert status == 0, (argv, err)
    editing.apply(db, undo)
    assert live_under(db, a)["measurement"] == 1


def test_an_option_takes_its_savings_a_waste_stream_its_causes(any_db: Any) -> None:
    db = any_db
    a = add_small_assessment(db)
    with db.reading() as s:
        option = s.execute(select(Option.id).where(Option.assessment_id == a)).scalar_one()
        waste = s.execute(select(WasteStream.id).where(WasteStream.assessment_id == a)).scalar_one()
    undo_option = editing.apply(db, Delete("option", option))
    assert live_under(db, a)["option_saving"] == 0
    undo_waste = editing.apply(db, Delete("waste_stream", waste))
    counts = live_under(db, a)
    assert (counts["cause"], counts["cp_option"]) == (0, 0)
    editing.apply(db, undo_option)  # the option stands on its own: its cause is only a link
    assert live_under(db, a)["option_saving"] == 1
    status, _out, err = cli(db, "options", str(a))
    assert status == 0, err
    editing.apply(db, undo_waste)
    assert live_under(db, a)["cause"] == 1


def test_a_series_takes_its_chunks_and_leaves_the_measurements_made_from_it(any_db: Any) -> None:
    db = any_db
    a = add_small_assessment(db)
    (series,) = loggers.list_series(db, a)
    loggers.delete_series(db, series.id)
    counts = live_under(db, a)
    assert (counts["logger_series"], counts["logger_series_chunk"]) == (0, 0)
    assert (counts["measurement"], counts["measurement_source"]) == (1, 1)
    with db.reading() as s:
        chunks = s.execute(select(SeriesChunk.deleted_at, SeriesChunk.device_id)).all()
        deleted = s.execute(select(Series.deleted_at)).scalar_one()
    assert set(chunks) == {(deleted, db.device_id)}


def test_a_company_or_programme_that_an_assessment_names_is_not_deleted(any_db: Any) -> None:
    db = any_db
    a = add_small_assessment(db)
    with db.reading() as s:
        company, programme = s.execute(select(Assessment.company_id, Assessment.programme_id)).one()
    for entity, key in (("company", company), ("programme", programme)):
        with pytest.raises(ValidationError, match=r"1 assessment\(s\) belong to it: delete them first"):
            editing.apply(db, Delete(entity, key))
    editing.apply(db, Delete("assessment", a))
    assert editing.apply(db, Delete("programme", programme)) == Restore("programme", programme)
    assert editing.apply(db, Delete("company", company)) == Restore("company", company)


def test_a_row_at_the_version_ceiling_is_deleted_with_its_owner_and_keeps_its_version(any_db: Any) -> None:
    db = any_db
    a = add_small_assessment(db)
    with db.sessions.begin() as s:
        stream = s.execute(select(Stream).where(Stream.assessment_id == a)).scalar_one()
        s.execute(update(Stream).where(Stream.id == stream.id).values(version=VERSION_CEILING))
    editing.apply(db, Delete("assessment", a))
    ((deleted_at, version, _device),) = stamps(db, Stream, [stream.id]).values()
    assert deleted_at is not None
    assert version == VERSION_CEILING
