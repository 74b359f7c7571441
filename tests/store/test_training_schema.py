"""Migration 0004 (training records): an 0003 database with data upgrades without loss and back."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import select

from cpdesk.core.training_vocabulary import CourseKind, Frequency, Normaliser
from cpdesk.store import migrate
from cpdesk.store.database import open_database
from cpdesk.store.engine import make_engine
from cpdesk.store.models import Assessment, Course, Indicator, IndicatorValue, PracticalModule

TRAINING_TABLES = {
    "course",
    "course_module",
    "training_session",
    "participant",
    "attendance",
    "certificate",
    "workshop",
    "indicator",
    "indicator_value",
    "practical_module",
    "practical_assignment",
}


def _to(db_path: Path, revision: str, *, down: bool = False) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)
    engine.dispose()


def _tables(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    return names


def _fill_0003(db_path: Path) -> tuple[str, str]:
    """A company and an assessment written with plain SQL, as a 0003 cpdesk would have."""
    company, assessment = uuid.uuid4(), uuid.uuid4()
    stamp = "2026-01-05 08:00:00.000000"
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO company (id, name, sector, province, address, contact, origin, created_at, updated_at,"
        " device_id, version) VALUES (?, 'Công ty Mạ Nhúng Nóng', 'metal_finishing', '', '', '',"
        " 'field', ?, ?, 'd1', 3)",
        (company.hex, stamp, stamp),
    )
    conn.execute(
        "INSERT INTO assessment (id, company_id, title, delivery_mode, currency, discount_rate, production_unit,"
        " audit_focus, notes, origin, created_at, updated_at, device_id, version)"
        " VALUES (?, ?, 'Mô hình điểm', 'training_demonstration', 'VND', 0.1, 't', '', '', 'field', ?, ?, 'd1', 3)",
        (assessment.hex, company.hex, stamp, stamp),
    )
    conn.commit()
    conn.close()
    return company.hex, assessment.hex


def test_upgrade_from_0003_keeps_the_data_and_adds_the_training_tables(db_path: Path) -> None:
    _to(db_path, "0003")
    assert not TRAINING_TABLES & _tables(db_path)
    _, assessment_hex = _fill_0003(db_path)

    db = open_database(db_path)  # upgrades to head (0004), backing up first
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert TRAINING_TABLES <= _tables(db_path)
        with db.sessions.begin() as s:
            kept = s.execute(select(Assessment)).scalar_one()
            assert kept.id.hex == assessment_hex
            assert kept.title == "Mô hình điểm"
            assert kept.version == 3
            course = Course(kind=CourseKind.IN_DEPTH_PROGRAMME, title="Hoàn tất sản phẩm kim loại")
            indicator = Indicator(
                name="paper", normaliser=Normaliser.USEFUL_PERSON_MONTHS, frequency=Frequency.QUARTERLY, target=1.48
            )
            s.add_all([course, indicator])
            s.flush()
            s.add(
                IndicatorValue(
                    indicator_id=indicator.id, period_start=date(2004, 1, 1), period_end=date(2004, 12, 31), actual=1.6
                )
            )
            s.add(
                PracticalModule(
                    title="Thực hành 1",
                    reference_assessment_id=kept.id,
                    data_given=["team", "steps"],
                    tasks_required=[1, 4],
                )
            )
        with db.reading() as s:
            module = s.execute(select(PracticalModule)).scalar_one()
            assert module.data_given == ["team", "steps"]
            assert module.tasks_required == [1, 4]
            value = s.execute(select(IndicatorValue)).scalar_one()
            assert value.actual == 1.6
            assert value.normaliser_amount is None
            assert s.execute(select(Course)).scalar_one().origin == "field"
    finally:
        db.close()
    assert db.backup_path is not None
    assert "course" not in _tables(db.backup_path)


def test_downgrade_to_0003_drops_only_the_training_tables(db_path: Path) -> None:
    _to(db_path, "0003")
    _fill_0003(db_path)
    _to(db_path, "head")
    assert TRAINING_TABLES <= _tables(db_path)
    _to(db_path, "0003", down=True)
    tables = _tables(db_path)
    assert not TRAINING_TABLES & tables
    assert {"company", "assessment", "sync_record"} <= tables
    conn = sqlite3.connect(db_path)
    titles = conn.execute("SELECT title FROM assessment").fetchall()
    conn.close()
    assert titles == [("Mô hình điểm",)]
