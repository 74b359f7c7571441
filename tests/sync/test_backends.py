"""The store on SQLite and PostgreSQL alike: schema, sync metadata, constraints, roll-up.

The centre may run cpdesk on PostgreSQL; these are the store tests that say the same schema
behaves the same there (the merge and round-trip tests in this folder run on both too)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

import cpdesk.store.models
from cpdesk.core.vocabulary import Carrier, MeasurementBasis, StreamKind
from cpdesk.services.assessment import summary
from cpdesk.services.demo import data_set as demo
from cpdesk.store import migrate, option_type_index
from cpdesk.store.base import Base
from cpdesk.store.database import open_database
from cpdesk.store.models import Assessment, Company, Measurement, ProcessStep, Programme, SeriesChunk, Stream
from cpdesk.store.session import HardDeleteError, tombstone
from tests.plugins.postgres import WorkspaceFactory


def test_migrations_build_the_models_schema(workspaces: WorkspaceFactory) -> None:
    db = open_database(workspaces.url("fresh"))
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            cpdesk.store.models.load_all()  # the training and sync tables too
            opts = {"compare_type": True, "include_name": option_type_index.mapped}
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
        assert diff == [], f"models and migrations differ on {workspaces.backend}: {diff}"
        assert migrate.upgrade(db.engine) is False
    finally:
        db.close()


def test_rows_round_trip_with_exact_values(any_db: Any) -> None:
    moment = datetime(2004, 3, 2, 9, 30, 15, 123456, tzinfo=UTC)
    blob = bytes(range(256)) * 4096
    with any_db.sessions.begin() as s:
        a = Assessment(
            company=Company(name="Dệt Phong Phú", sector="textile"),
            programme=Programme(code="P1", name="Chương trình"),
            title="Đánh giá SXSH",
            start_date=date(2004, 3, 1),
            exchange_rate=15_750.5,
        )
        s.add(a)
        s.flush()
        step = ProcessStep(assessment_id=a.id, name="Lò hơi")
        s.add(step)
        s.flush()
        stream = Stream(
            assessment_id=a.id, name="Hơi", kind=StreamKind.ENERGY, carrier=Carrier.STEAM, source_step_id=step.id
        )
        s.add(stream)
        s.flush()
        s.add(
            Measurement(
                stream_id=stream.id, value=0.1 + 0.2, unit="t/h", basis=MeasurementBasis.PER_HOUR, measured_at=moment
            )
        )
        series = cpdesk.store.models.Series(assessment_id=a.id, name="Hơi")
        s.add(series)
        s.flush()
        s.add(
            SeriesChunk(series_id=series.id, chunk_no=0, t0=-(2**62), t1=2**62, count=1, timestamps=blob, readings=b"")
        )
        ids = (a.id, stream.id)
    with any_db.reading() as s:
        a = s.get(Assessment, ids[0])
        assert (a.title, a.start_date, a.exchange_rate, a.company.name) == (
            "Đánh giá SXSH",
            date(2004, 3, 1),
            15_750.5,
            "Dệt Phong Phú",
        )
        m = s.execute(select(Measurement).where(Measurement.stream_id == ids[1])).scalar_one()
        assert m.value == 0.1 + 0.2
        assert m.measured_at == moment
        assert m.basis is MeasurementBasis.PER_HOUR
        chunk = s.execute(select(SeriesChunk)).scalar_one()
        assert chunk.timestamps == blob
        assert chunk.readings == b""
        assert (chunk.t0, chunk.t1) == (-(2**62), 2**62)


def test_sync_metadata_is_stamped_and_deletes_are_tombstones(any_db: Any) -> None:
    with any_db.sessions.begin() as s:
        p = Programme(code="X", name="first")
        s.add(p)
    assert p.version == 1
    assert p.device_id == any_db.device_id
    with any_db.sessions.begin() as s:
        s.get(Programme, p.id).name = "second"
    with pytest.raises(HardDeleteError):
        with any_db.sessions.begin() as s:
            s.delete(s.get(Programme, p.id))
    with any_db.sessions.begin() as s:
        tombstone(s.get(Programme, p.id))
    with any_db.reading() as s:
        q = s.get(Programme, p.id)
        assert q.version == 3
        assert q.deleted_at is not None
        assert q.name == "second"


def test_foreign_keys_and_unique_keys_are_enforced(any_db: Any) -> None:
    with pytest.raises(IntegrityError):
        with any_db.sessions.begin() as s:
            s.add(ProcessStep(assessment_id=uuid.uuid4(), name="orphan"))
    with any_db.sessions.begin() as s:
        s.add(Programme(code="SAME", name="one"))
    with pytest.raises(IntegrityError):
        with any_db.sessions.begin() as s:
            s.add(Programme(code="SAME", name="two"))


@pytest.mark.slow
def test_the_programme_roll_up_reproduces_table_2_on_postgresql(workspaces: WorkspaceFactory) -> None:
    if workspaces.backend == "sqlite":
        pytest.skip("on SQLite: tests/services/test_engine_services.py")
    any_db = workspaces("demo")
    demo.write_demo(any_db)
    r = summary.programme_summary(any_db, "CP-EE")
    t = r.totals
    assert (t.options_implemented, t.options_proposed) == (72, 122)
    assert (t.investment_usd, t.annual_savings_usd) == (112_000, 172_000)
    assert t.resource_savings["electricity"] == (pytest.approx(2570), "MWh")
    assert t.co2_t == pytest.approx(10_540.372, abs=0.001)
    assert r.reported_co2_t == 3300
