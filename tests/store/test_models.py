"""Models round-trip; sync metadata is stamped; foreign keys and tombstones are enforced."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from cpdesk.core.vocabulary import (
    Carrier,
    MeasurementBasis,
    MeasurementMethod,
    OptionCategory,
    OptionStatus,
    StreamKind,
)
from cpdesk.store.database import open_database
from cpdesk.store.models import (
    Assessment,
    Company,
    Measurement,
    Option,
    OptionSaving,
    ProcessStep,
    Programme,
    Stream,
)
from cpdesk.store.session import HardDeleteError, tombstone


@pytest.fixture
def raw_db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


def _assessment(session) -> Assessment:
    company = Company(name="Dệt Phong Phú", sector="textile")
    programme = Programme(code="P1", name="Programme")
    a = Assessment(company=company, programme=programme, title="Đánh giá SXSH", start_date=date(2004, 3, 1))
    session.add(a)
    session.flush()
    return a


def test_round_trip_of_a_flow_with_vietnamese_text(raw_db) -> None:
    with raw_db.sessions.begin() as s:
        a = _assessment(s)
        boiler = ProcessStep(assessment_id=a.id, name="Lò hơi", position=1)
        s.add(boiler)
        s.flush()
        steam = Stream(
            assessment_id=a.id,
            name="Hơi nước",
            kind=StreamKind.ENERGY,
            carrier=Carrier.STEAM,
            source_step_id=boiler.id,
            pressure_bar=8.0,
            temperature_c=175.4,
        )
        s.add(steam)
        s.flush()
        s.add(
            Measurement(
                stream_id=steam.id,
                value=2.57,
                unit="t/h",
                basis=MeasurementBasis.PER_HOUR,
                method=MeasurementMethod.MEASURED,
                measured_at=datetime(2004, 3, 2, 9, 30, tzinfo=UTC),
            )
        )
        option = Option(
            assessment_id=a.id,
            title="Thu hồi nước ngưng",
            category=OptionCategory.ONSITE_RECOVERY,
            status=OptionStatus.IMPLEMENTED,
            investment=1.5e8,
        )
        s.add(option)
        s.flush()
        s.add(OptionSaving(option_id=option.id, carrier=Carrier.ANTHRACITE, quantity=120, unit="t"))
        sid = steam.id
    with raw_db.sessions() as s:
        steam = s.get(Stream, sid)
        assert steam.name == "Hơi nước"
        assert steam.carrier is Carrier.STEAM
        assert steam.source_step.name == "Lò hơi"
        assert steam.target_step is None
        m = s.execute(select(Measurement).where(Measurement.stream_id == sid)).scalar_one()
        assert m.value == 2.57
        assert m.basis is MeasurementBasis.PER_HOUR
        assert m.measured_at == datetime(2004, 3, 2, 9, 30, tzinfo=UTC)
        opt = s.execute(select(Option)).scalar_one()
        assert [(x.carrier, x.quantity, x.unit) for x in opt.savings] == [(Carrier.ANTHRACITE, 120, "t")]


def test_sync_metadata_is_stamped_and_version_bumped(raw_db) -> None:
    with raw_db.sessions.begin() as s:
        p = Programme(code="X", name="first")
        s.add(p)
    assert isinstance(p.id, uuid.UUID)
    assert p.version == 1
    assert p.device_id == raw_db.device_id
    assert p.created_at.tzinfo is not None
    first_update = p.updated_at
    with raw_db.sessions.begin() as s:
        q = s.get(Programme, p.id)
        q.name = "second"
    with raw_db.sessions() as s:
        q = s.get(Programme, p.id)
        assert q.version == 2
        assert q.updated_at >= first_update
        assert q.name == "second"


def test_unchanged_rows_keep_their_version(raw_db) -> None:
    with raw_db.sessions.begin() as s:
        p = Programme(code="X", name="same")
        s.add(p)
    with raw_db.sessions.begin() as s:
        q = s.get(Programme, p.id)
        q.name = "same"  # assigned but not changed
    with raw_db.sessions() as s:
        assert s.get(Programme, p.id).version == 1


def test_foreign_keys_are_enforced(raw_db) -> None:
    with pytest.raises(IntegrityError):
        with raw_db.sessions.begin() as s:
            s.add(ProcessStep(assessment_id=uuid.uuid4(), name="orphan"))
    with raw_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_connection_pragmas(raw_db) -> None:
    with raw_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_stream_needs_an_end(raw_db) -> None:
    with pytest.raises(IntegrityError):
        with raw_db.sessions.begin() as s:
            a = _assessment(s)
            s.add(Stream(assessment_id=a.id, name="nowhere", kind=StreamKind.WATER, carrier=Carrier.WATER))


def test_hard_delete_is_refused_and_tombstone_bumps_version(raw_db) -> None:
    with raw_db.sessions.begin() as s:
        p = Programme(code="X", name="x")
        s.add(p)
    with pytest.raises(HardDeleteError):
        with raw_db.sessions.begin() as s:
            s.delete(s.get(Programme, p.id))
    with raw_db.sessions.begin() as s:
        tombstone(s.get(Programme, p.id))
    with raw_db.sessions() as s:
        q = s.get(Programme, p.id)
        assert q.deleted_at is not None
        assert q.version == 2


def test_naive_timestamps_are_refused(raw_db) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        with raw_db.sessions.begin() as s:
            s.add(Programme(code="X", name="x", created_at=datetime(2004, 1, 1)))


def test_ddl_is_transactional(raw_db) -> None:
    """A CREATE TABLE inside a rolled-back transaction leaves no table (no implicit commit)."""
    with pytest.raises(RuntimeError):
        with raw_db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE scratch (x INTEGER)"))
            raise RuntimeError("roll back")
    with raw_db.engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE name='scratch'")).all()
    assert names == []
