"""Sites for sync tests: databases with keys of their own, exchanging bundles."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select

from cpdesk.core.mv.methods import VerificationMethod
from cpdesk.core.training_vocabulary import (
    CourseKind,
    ModuleKind,
    Normaliser,
    OrganisationType,
    WorkshopKind,
)
from cpdesk.core.vocabulary import (
    Carrier,
    CauseCategory,
    MeasurementBasis,
    OptionCategory,
    OptionStatus,
    StreamKind,
    TaskStatus,
    TeamRole,
)
from cpdesk.services.sync import importing as sync
from cpdesk.services.sync import keys as sync_keys
from cpdesk.store.models import (
    Assessment,
    Attachment,
    Attendance,
    Cause,
    Certificate,
    Company,
    Course,
    CourseModule,
    FuelOverride,
    Indicator,
    IndicatorValue,
    Measurement,
    MeasurementSource,
    Option,
    OptionSaving,
    Participant,
    PeriodReading,
    PracticalAssignment,
    PracticalModule,
    ProcessStep,
    Programme,
    Series,
    SeriesChunk,
    Stream,
    SyncCentreKey,
    TaskProgress,
    TeamMember,
    TrainingSession,
    WasteStream,
    Workshop,
)
from cpdesk.sync.keys import KeyPair
from tests.plugins.postgres import WorkspaceFactory


class Site:
    """One installation: a database and a data folder (its own installation keys)."""

    def __init__(self, name: str, db: Any, data_dir: Path) -> None:
        self.name = name
        self.db = db
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def active(self) -> Iterator[None]:
        before = os.environ.get("CPDESK_DATA_DIR")
        os.environ["CPDESK_DATA_DIR"] = str(self.data_dir)
        try:
            yield
        finally:
            if before is None:
                del os.environ["CPDESK_DATA_DIR"]
            else:
                os.environ["CPDESK_DATA_DIR"] = before

    def export(self, path: Path, **kwargs: Any) -> sync.ExportResult:
        with self.active():
            return sync.export_bundle(self.db, path, **kwargs)

    def import_(self, path: Path, **kwargs: Any) -> sync.ImportReport:
        with self.active():
            return sync.import_bundle(self.db, path, **kwargs)

    def key_file(self, folder: Path) -> Path:
        path = folder / f"{self.name}.cpdeskkey"
        with self.active():
            if self.is_centre:
                sync_keys.export_centre_key(self.db, path)
            else:
                sync_keys.export_public_key(self.db, path, self.name)
        return path

    @property
    def is_centre(self) -> bool:
        with self.db.reading() as session:
            return sync_keys.centre_identity(session) is not None


class Network:
    """A centre and field sites that trust each other, as after the usual set-up."""

    def __init__(self, workspaces: WorkspaceFactory, tmp_path: Path) -> None:
        self.workspaces = workspaces
        self.folder = tmp_path / "exchange"
        self.folder.mkdir()
        self.tmp = tmp_path
        self.centre = Site("centre", workspaces("centre"), tmp_path / "keys-centre")
        with self.centre.active():
            #: Read to every field installation, which types it in to trust the centre's key.
            self.centre_fingerprint = sync_keys.init_centre(self.centre.db, "VNCPC").fingerprint
        self.centre_key = self.centre.key_file(self.folder)
        self.sites: dict[str, Site] = {}
        self._count = 0

    def field(self, name: str) -> Site:
        """A field installation trusted by the centre, which trusts the centre."""
        site = Site(name, self.workspaces(name), self.tmp / f"keys-{name}")
        key = site.key_file(self.folder)
        with self.centre.active():
            sync_keys.trust_key(self.centre.db, key, name)
        with site.active():
            sync_keys.trust_key(site.db, self.centre_key, "VNCPC", centre_fingerprint=self.centre_fingerprint)
        self.sites[name] = site
        return site

    def path(self, stem: str) -> Path:
        self._count += 1
        return self.folder / f"{self._count:03d}-{stem}.cpb"

    def send(self, source: Site, target: Site, **kwargs: Any) -> sync.ImportReport:
        """Export from ``source`` to ``target`` and import it there."""
        path = self.path(f"{source.name}-to-{target.name}")
        to = None if target is self.centre else str(target.key_file(self.folder))
        source.export(path, to=to, **kwargs)
        return target.import_(path)


@pytest.fixture(scope="module")
def author() -> KeyPair:
    """An installation's key pair, for the bundles a module's tests write."""
    return KeyPair.generate()


@pytest.fixture(scope="module")
def centre() -> KeyPair:
    """The centre's key pair, which the bundles are encrypted to."""
    return KeyPair.generate()


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line prints its refusals in the user's language; these tests read its English."""
    monkeypatch.setenv("CPDESK_LANG", "en")


@pytest.fixture
def network(workspaces: WorkspaceFactory, tmp_path: Path) -> Network:
    """A centre and its field sites, on SQLite and on PostgreSQL."""
    return Network(workspaces, tmp_path)


@pytest.fixture
def sqlite_network(tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest) -> Iterator[Network]:
    """The same on SQLite only, for what does not depend on the database engine (messages)."""
    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    yield Network(factory, tmp_path)
    factory.close()


def add_small_assessment(db: Any, title: str = "Dệt nhuộm") -> uuid.UUID:
    """An assessment with one of every kind of record the demo does not write."""
    now = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    with db.sessions.begin() as s:
        company = Company(name=f"Công ty {title}", sector="textile")
        programme = Programme(code=f"P-{uuid.uuid4().hex[:6]}", name="Programme")
        a = Assessment(company=company, programme=programme, title=title, exchange_rate=24_000.0)
        s.add(a)
        s.flush()
        step = ProcessStep(assessment_id=a.id, name="Lò hơi", position=1)
        s.add(step)
        s.flush()
        stream = Stream(
            assessment_id=a.id, name="Hơi", kind=StreamKind.ENERGY, carrier=Carrier.STEAM, source_step_id=step.id
        )
        s.add(stream)
        s.flush()
        reading = Measurement(stream_id=stream.id, value=2.57, unit="t/h", basis=MeasurementBasis.PER_HOUR)
        s.add(reading)
        s.add(FuelOverride(assessment_id=a.id, fuel="anthracite", ncv_gj_per_t=24.5))
        photo = bytes(range(256)) * 400  # 100 KiB: travels as a blob member
        s.add(
            Attachment(
                assessment_id=a.id,
                filename="lo-hoi.jpg",
                media_type="image/jpeg",
                content=photo,
                size_bytes=len(photo),
                caption="Lò hơi",
            )
        )
        series = Series(assessment_id=a.id, stream_id=stream.id, name="Hơi", unit="t/h", point_count=6)
        s.add(series)
        s.flush()
        times = np.arange(3, dtype="<i8") * 60_000_000_000 + 1_700_000_000_000_000_000
        for number in range(2):
            values = np.array([1.5, np.nan, -0.0], dtype="<f8") + number
            s.add(
                SeriesChunk(
                    series_id=series.id,
                    chunk_no=number,
                    t0=int(times[0]),
                    t1=int(times[-1]),
                    count=3,
                    timestamps=times.tobytes(),
                    readings=values.tobytes(),
                )
            )
        s.flush()
        s.add(
            MeasurementSource(
                measurement_id=reading.id,
                series_id=series.id,
                t_from=int(times[0]),
                t_to=int(times[-1]),
                statistic="mean",
            )
        )
        s.add(TeamMember(assessment_id=a.id, name="Nguyễn Văn A", role=TeamRole.LEADER))
        s.add(TaskProgress(assessment_id=a.id, task_no=1, status=TaskStatus.DONE, completed_at=now))
        waste = WasteStream(
            assessment_id=a.id, stream_id=stream.id, name="Nước ngưng", annual_quantity=1200.0, unit="m3"
        )
        s.add(waste)
        s.flush()
        cause = Cause(waste_stream_id=waste.id, category=CauseCategory.EQUIPMENT, description="Bẫy hơi hỏng")
        s.add(cause)
        s.flush()
        option = Option(
            assessment_id=a.id,
            title="Thu hồi nước ngưng",
            category=OptionCategory.ONSITE_RECOVERY,
            cause_id=cause.id,
            waste_stream_id=waste.id,
            status=OptionStatus.IMPLEMENTED,
            investment=1.5e8,
            annual_savings=9.0e7,
        )
        s.add(option)
        s.flush()
        s.add(
            OptionSaving(
                option_id=option.id,
                carrier=Carrier.ANTHRACITE,
                quantity=120.0,
                unit="t",
                verified_quantity=104.5,
                verified_uncertainty=12.25,
                verified_method=VerificationMethod.IPMVP_C,
            )
        )
        s.add(
            PeriodReading(
                assessment_id=a.id,
                variable="electricity",
                period_start=date(2025, 1, 1),
                period_end=date(2025, 1, 31),
                value=93_200.0,
                unit="kWh",
                source="Hoá đơn EVN 01/2025",
            )
        )
        add_training_records(s, a.id, company.id)
        return a.id


def add_training_records(s: Any, assessment_id: uuid.UUID, company_id: uuid.UUID) -> None:
    """One of every training record and a practical module; at the centre, its indicators.

    Indicators are the centre's alone (``cpdesk.sync.authority``): a field installation that
    wrote one could never send it, so field sites get them from the centre (:func:`add_indicator`).
    """
    course = Course(kind=CourseKind.IN_DEPTH_PROGRAMME, title="Mạ điện", sector="metal_finishing")
    participant = Participant(name="Trần Thị B", organisation="Công ty Mạ", organisation_type=OrganisationType.COMPANY)
    s.add_all([course, participant])
    s.flush()
    if s.execute(select(SyncCentreKey)).first() is not None:
        add_indicator(s)
    module = CourseModule(
        course_id=course.id, number=2, title="Thực hành", kind=ModuleKind.PRACTICAL, demonstration_company_id=company_id
    )
    s.add(module)
    s.flush()
    session = TrainingSession(course_id=course.id, module_id=module.id, held_on=date(2004, 2, 9), days=0.5)
    practical = PracticalModule(
        course_module_id=module.id,
        title="Cân bằng nước",
        reference_assessment_id=assessment_id,
        data_given=["team", "steps"],
        tasks_required=[4, 5, 6],
    )
    s.add_all([session, practical])
    s.flush()
    s.add(Attendance(participant_id=participant.id, session_id=session.id, days_attended=0.5))
    s.add(Certificate(participant_id=participant.id, course_id=course.id, issued_on=date(2004, 2, 13), number="04/17"))
    s.add(Workshop(kind=WorkshopKind.AWARENESS_SEMINAR, title="SXSH", held_on=date(2004, 5, 4), participant_count=40))
    s.add(
        PracticalAssignment(
            module_id=practical.id,
            participant_id=participant.id,
            trainee_name="Trần Thị B",
            assessment_id=assessment_id,
            exported_at=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        )
    )


def add_indicator(s: Any) -> uuid.UUID:
    """One of the centre's indicators with one value (write it at the centre only)."""
    indicator = Indicator(name="paper", unit="kg", normaliser=Normaliser.USEFUL_PERSON_MONTHS)
    s.add(indicator)
    s.flush()
    s.add(
        IndicatorValue(
            indicator_id=indicator.id, period_start=date(2004, 1, 1), period_end=date(2004, 3, 31), actual=1.6
        )
    )
    return indicator.id
