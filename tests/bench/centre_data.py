"""A centre's database of N assessments, sent by field installations, for the centre benchmarks.

The centre holds what ``import`` leaves after bundles from ``installations`` field
installations (10 by default) arrived: each assessment with its company, 18 task rows, a
team of 3, 10 process steps, 50 streams, 100 measurements, 5 waste streams with a cause each,
15 options and their resource savings; every row stamped with its installation's device, and
the sync bookkeeping a merge writes for a new record (its version vector in ``sync_record``,
the peer's revision in ``sync_peer_row``), each installation's key trusted at the centre and
one ``sync_import`` row per bundle. Importing hundreds of thousands of records one bundle at a
time would take most of an hour at 5 000 assessments; the rows are written in bulk instead,
in chunks of assessments, so that a centre of 5 000 is built in minutes on either backend and
memory stays bounded.

The figures vary as in a centre's real data: companies of 18 sectors, options of the 8
categories in every status, money in VND at differing rates or in USD, and savings of
electricity (kWh, MWh), water (m³, L, t), coal (t, kg), oils (t, L), natural gas (in Nm³, and
in m³, which the factor set cannot count: a volume at unstated conditions), LPG in litres,
steam, heat (GJ, MJ), chemicals and solid waste. The generator is seeded: two builds hold the
same figures (the ids differ).

``build_field`` writes one installation's own database the same way (its rows stamped with
its device), for a real bundle to export and import; ``connect`` trusts it at the centre.

Used by ``bench_centre.py`` and importable by other benchmarks::

    from centre_data import build_centre, build_field, fresh_postgres
    info = build_centre("centre.sqlite", 1000)             # or a postgresql+psycopg:// URL
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import create_engine, insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from cpdesk.services.workspace import open_workspace  # noqa: E402
from cpdesk.store.database import Database  # noqa: E402
from cpdesk.store.models import (  # noqa: E402
    Assessment,
    Cause,
    Company,
    Measurement,
    Option,
    OptionSaving,
    ProcessStep,
    Programme,
    Stream,
    TaskProgress,
    TeamMember,
    WasteStream,
)
from cpdesk.sync import clock  # noqa: E402

SECTORS = (
    "paper textile metal_finishing powder_coating wet_painting electroplating hot_dip_galvanising "
    "building_materials brewery food_processing ceramics chemicals shipbuilding plastics plywood "
    "wood_furniture iron_steel lime_cement"
).split()
CATEGORIES = (
    "good_housekeeping input_material_change process_control equipment_modification technology_change "
    "onsite_recovery by_product product_modification"
).split()
#: Statuses as a centre's options stand: most proposed or implemented.
STATUSES = ("proposed",) * 5 + ("selected",) * 2 + ("implemented",) * 6 + ("rejected",) * 2
#: (carrier, unit, low, high): a saving per year as auditors write them.
SAVINGS = (
    ("electricity", "kWh", 5_000, 900_000),
    ("electricity", "MWh", 5, 900),
    ("water", "m³", 100, 50_000),
    ("water", "L", 10_000, 5_000_000),
    ("water", "t", 100, 20_000),
    ("bituminous_coal", "t", 5, 800),
    ("bituminous_coal", "kg", 1_000, 300_000),
    ("fuel_oil", "t", 1, 200),
    ("diesel_oil", "L", 500, 80_000),
    ("natural_gas", "Nm³", 1_000, 400_000),
    ("natural_gas", "m³", 1_000, 400_000),
    ("lpg", "L", 200, 30_000),
    ("steam", "t", 50, 5_000),
    ("heat", "GJ", 10, 3_000),
    ("heat", "MJ", 10_000, 900_000),
    ("chemicals", "kg", 100, 50_000),
    ("solid_waste", "t", 1, 500),
)
STEP_NAMES = (
    "Receiving",
    "Washing",
    "Cooking",
    "Dyeing",
    "Drying",
    "Pressing",
    "Cutting",
    "Packing",
    "Boiler",
    "Storage",
)
#: Records per assessment, as the benchmark's description says: for the figures it prints.
PER_ASSESSMENT = {"steps": 10, "streams": 50, "measurements": 100, "options": 15}
#: Assessments written per transaction: bounded memory whatever N is.
CHUNK = 50
#: Tables in the order their rows are inserted (parents first).
ORDER = (
    Company,
    Assessment,
    TaskProgress,
    TeamMember,
    ProcessStep,
    Stream,
    Measurement,
    WasteStream,
    Cause,
    Option,
    OptionSaving,
)


@dataclass
class Installation:
    """A field installation whose bundles the centre imported: its device and key."""

    number: int
    device_id: str
    fingerprint: str = ""


@dataclass
class CentreInfo:
    """What was built: where, how many assessments and rows, by which installations."""

    location: str
    assessments: int
    rows: int
    programme_codes: tuple[str, ...]
    installations: list[Installation] = field(default_factory=list)
    #: The programme row, to write into a field database that sends more of its assessments.
    programme: dict[str, Any] = field(default_factory=dict)
    #: (first, count) of the assessments of the installations held back, for ``build_field``.
    held_back: list[tuple[int, int]] = field(default_factory=list)


def fresh_postgres(server_url: str, prefix: str = "cpdesk_bench") -> str:
    """A new, empty database on the server of ``server_url`` (the role needs CREATEDB): its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres(url: str, server_url: str) -> None:
    """Drop the database of ``url`` made by :func:`fresh_postgres`."""
    name = make_url(url).database
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@contextlib.contextmanager
def key_directory(directory: Path) -> Iterator[None]:
    """Run with the installation's private key kept in ``directory`` (CPDESK_DATA_DIR)."""
    before = os.environ.get("CPDESK_DATA_DIR")
    os.environ["CPDESK_DATA_DIR"] = str(directory)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("CPDESK_DATA_DIR", None)
        else:
            os.environ["CPDESK_DATA_DIR"] = before


class _Rows:
    """The rows of a chunk of assessments, by table, as Core inserts take them."""

    def __init__(self, device: str, now: datetime) -> None:
        self.device = device
        self.now = now
        self.by_model: dict[type, list[dict[str, Any]]] = {model: [] for model in ORDER}

    def add(self, model: type, **values: Any) -> uuid.UUID:
        row_id = uuid.uuid4()
        now = self.now
        self.by_model[model].append(
            {"id": row_id, "created_at": now, "updated_at": now, "device_id": self.device, "version": 1, **values}
        )
        return row_id

    def count(self) -> int:
        return sum(len(rows) for rows in self.by_model.values())


def _assessment(rows: _Rows, rng: random.Random, number: int, programme_id: uuid.UUID) -> None:
    """One assessment with everything it holds (the counts of :data:`PER_ASSESSMENT`)."""
    sector = SECTORS[rng.randrange(len(SECTORS))]
    company = rows.add(Company, name=f"Company {number}", sector=sector, province="Hà Nội", origin="field")
    usd = rng.random() < 0.2
    year = 2004 + number % 20
    assessment = rows.add(
        Assessment,
        company_id=company,
        programme_id=programme_id,
        title=f"CP assessment {number}",
        delivery_mode="consulting_training",
        start_date=date(year, 3, 1),
        end_date=date(year, 11, 30),
        currency="USD" if usd else "VND",
        exchange_rate=None if usd else float(rng.choice((15_800, 16_000, 21_000, 23_500, 25_400))),
        discount_rate=0.1,
        operating_hours_per_year=6000.0,
        operating_days_per_year=300.0,
        annual_production=float(rng.randrange(1_000, 50_000)),
        production_unit="t",
        audit_focus="",
        notes="",
        origin="field",
        scope_weight=1.0,
    )
    for task in range(1, 19):
        status = "done" if task < 12 else "not_started"
        rows.add(TaskProgress, assessment_id=assessment, task_no=task, status=status, note="")
    for member in range(3):
        role = "leader" if member == 0 else "member"
        rows.add(
            TeamMember,
            assessment_id=assessment,
            name=f"Member {member}",
            role=role,
            organisation="",
            position="",
            contact="",
        )
    steps = [
        rows.add(ProcessStep, assessment_id=assessment, name=name, description="", position=s, is_focus=s == 3)
        for s, name in enumerate(STEP_NAMES)
    ]
    streams = []
    for s in range(PER_ASSESSMENT["streams"]):
        kind, carrier, unit = (
            ("water", "water", "m³/h"),
            ("energy", "electricity", "kW"),
            ("material", "raw_material", "t/h"),
            ("waste", "wastewater", "m³/h"),
            ("energy", "steam", "t/h"),
        )[s % 5]
        source = None if s % 10 == 0 else steps[s % 10]
        target = steps[(s + 1) % 10]
        streams.append(
            rows.add(
                Stream,
                assessment_id=assessment,
                name=f"Stream {s}",
                kind=kind,
                carrier=carrier,
                source_step_id=source,
                target_step_id=target,
                note="",
            )
        )
        for r in range(2):
            rows.add(
                Measurement,
                stream_id=streams[-1],
                value=round(rng.uniform(0.5, 120.0), 3),
                unit=unit,
                basis="per_hour",
                method="measured",
                measured_at=rows.now - timedelta(days=30 + r),
                instrument="",
                author="",
                note="",
            )
    causes = []
    for w in range(5):
        waste = rows.add(
            WasteStream,
            assessment_id=assessment,
            stream_id=streams[3 + 5 * w],
            name=f"Waste {w}",
            annual_quantity=float(rng.randrange(100, 10_000)),
            unit="m³",
            loss_value_per_unit=float(rng.randrange(1_000, 50_000)),
            treatment_cost_per_year=float(rng.randrange(0, 5_000_000)),
            note="",
        )
        causes.append(rows.add(Cause, waste_stream_id=waste, category="housekeeping", description="Leaks"))
    money = 1.0 if usd else 20_000.0
    for o in range(PER_ASSESSMENT["options"]):
        status = STATUSES[rng.randrange(len(STATUSES))]
        option = rows.add(
            Option,
            assessment_id=assessment,
            code=f"O{o + 1}",
            title=f"Option {o + 1}",
            description="",
            category=CATEGORIES[rng.randrange(len(CATEGORIES))],
            cause_id=causes[o % 5],
            technical_notes="",
            investment=round(rng.uniform(0, 50_000) * money, 0),
            annual_savings=round(rng.uniform(0, 30_000) * money, 0),
            annual_extra_costs=0.0,
            lifetime_years=5.0,
            status=status,
            rejection_reason="",
            implemented_on=date(year, 10, 1) if status == "implemented" else None,
        )
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            carrier, unit, low, high = SAVINGS[rng.randrange(len(SAVINGS))]
            rows.add(
                OptionSaving,
                option_id=option,
                carrier=carrier,
                quantity=round(rng.uniform(low, high), 2),
                unit=unit,
            )


def _write(db: Database, rows: _Rows, installation: Installation | None) -> None:
    """Insert one chunk, with the bookkeeping an import of these rows would have left."""
    with db.sessions.begin() as session:
        for model, batch in rows.by_model.items():
            _insert(session, db, model, batch)
        if installation is None:
            return
        from cpdesk.store.models import SyncPeerRow, SyncRecord

        vector = clock.to_text({installation.device_id: 1})
        device = installation.device_id
        for model, batch in rows.by_model.items():
            name = model.__tablename__
            if not batch:
                continue
            _insert(
                session,
                db,
                SyncRecord,
                [
                    {
                        "table_name": name,
                        "row_id": r["id"],
                        "vector": vector,
                        "stamp_device": device,
                        "stamp_version": 1,
                    }
                    for r in batch
                ],
            )
            _insert(
                session,
                db,
                SyncPeerRow,
                [
                    {
                        "peer": installation.fingerprint,
                        "table_name": name,
                        "row_id": r["id"],
                        "device_id": device,
                        "version": 1,
                    }
                    for r in batch
                ],
            )


def _insert(session: Any, db: Database, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys): an ``executemany`` on SQLite, ``COPY`` through
    psycopg on PostgreSQL (several times faster). COPY gets every column: those the rows
    leave out take their model's plain default, as an insert would give them."""
    if not rows:
        return
    if db.url.startswith("sqlite"):
        session.execute(insert(model), rows)
        return
    table = model.__table__
    columns = list(table.columns)
    fixed = {
        c.name: (c.default.arg if c.default is not None and c.default.is_scalar else None)
        for c in columns
        if c.name not in rows[0]
    }
    names = ", ".join(f'"{c.name}"' for c in columns)
    raw = session.connection().connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[c.name] if c.name not in fixed else fixed[c.name] for c in columns])


def write_programme(db: Database, code: str, name: str, device: str) -> dict[str, Any]:
    """The programme row, written; the same row can be written into a field database."""
    now = datetime.now(UTC)
    row = {
        "id": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "device_id": device,
        "version": 1,
        "code": code,
        "name": name,
        "name_vi": name,
        "donor": "",
        "year": 2004,
        "description": "",
        "reported_note": "",
        "origin": "field",
    }
    _write_programme(db, row)
    return row


def _write_programme(db: Database, row: dict[str, Any]) -> None:
    with db.sessions.begin() as session:
        session.execute(insert(Programme), [row])


def fill(
    db: Database,
    programme_id: uuid.UUID,
    first: int,
    count: int,
    rng: random.Random,
    installation: Installation | None,
) -> int:
    """Write assessments ``first`` .. ``first + count - 1`` in chunks; return the rows written.

    With ``installation``, as the centre holds them after importing that installation's
    bundle; without, as the installation's own database holds them (stamped with its device).
    """
    written = 0
    device = installation.device_id if installation else db.device_id
    for start in range(first, first + count, CHUNK):
        rows = _Rows(device, datetime.now(UTC))
        for number in range(start, min(start + CHUNK, first + count)):
            _assessment(rows, rng, number, programme_id)
        _write(db, rows, installation)
        written += rows.count()
    return written


def _trust_installation(centre: Database, number: int, root: Path) -> Installation:
    """A key pair for installation ``number``, trusted at the centre as an auditor's."""
    from cpdesk.services.sync import keys as sync_keys
    from cpdesk.sync.keys import KeyPair, write_public_key_file

    device = uuid.uuid5(uuid.NAMESPACE_URL, f"cpdesk-bench-installation-{number}").hex
    pair = KeyPair.generate()
    path = root / f"installation-{number}.cpdeskkey"
    write_public_key_file(path, pair.public(f"Field installation {number}", device_id=device))
    row = sync_keys.trust_key(centre, path, f"Field installation {number}")
    return Installation(number, device, row.fingerprint)


def _record_imports(centre: Database, installation: Installation, per_bundle: int, assessments: int) -> None:
    """One ``sync_import`` row per bundle the installation sent (``per_bundle`` assessments each)."""
    from cpdesk.store.models import SyncImport

    now = datetime.now(UTC)
    rows = [
        {
            "bundle_id": uuid.uuid4(),
            "manifest_sha256": uuid.uuid4().hex * 2,
            "kind": "data",
            "author": f"Field installation {installation.number}",
            "author_key": installation.fingerprint,
            "device_id": installation.device_id,
            "sequence": sequence,
            "created_at": now,
            "imported_at": now,
            "report": "",
        }
        for sequence in range(1, max(1, -(-assessments // per_bundle)) + 1)
    ]
    with centre.sessions.begin() as session:
        session.execute(insert(SyncImport), rows)


def build_centre(
    location: str | Path,
    assessments: int,
    *,
    installations: int = 10,
    held_back: int = 0,
    seed: int = 21,
    keys: Path | None = None,
    progress: bool = False,
) -> CentreInfo:
    """The centre at ``location`` (an SQLite path or a server URL of an empty database),
    holding ``assessments`` assessments imported from ``installations`` installations, all in
    the programme ``CENTRE``.

    The last ``held_back`` installations' assessments are not written: their numbers are in
    :attr:`CentreInfo.held_back`, for :func:`build_field` to write them into a real field
    database whose bundle is then imported (the centre then holds ``assessments``). The
    centre's key pair is made (its private key under ``keys``, a folder, else in a new
    temporary folder); each installation written here gets a key pair the centre trusts.
    """
    import tempfile

    from cpdesk.services.sync import keys as sync_keys

    rng = random.Random(seed)
    folder = Path(keys) if keys is not None else Path(tempfile.mkdtemp(prefix="centre-keys-"))
    folder.mkdir(parents=True, exist_ok=True)
    with key_directory(folder):
        db = open_workspace(location)
        try:
            sync_keys.init_centre(db, "Bench centre")
            programme = write_programme(db, "CENTRE", "National CP programme", db.device_id)
            info = CentreInfo(str(location), assessments, 0, ("CENTRE",), programme=programme)
            share, extra = divmod(assessments, installations)
            first = 0
            for number in range(1, installations + 1):
                count = share + (1 if number <= extra else 0)
                if number > installations - held_back:
                    info.held_back.append((first, count))
                elif count:
                    installation = _trust_installation(db, number, folder)
                    info.installations.append(installation)
                    info.rows += fill(db, programme["id"], first, count, rng, installation)
                    _record_imports(db, installation, 25, count)
                first += count
                if progress:
                    print(f"  installation {number}: {first} of {assessments} assessments", file=sys.stderr)
        finally:
            db.close()
    return info


def build_field(
    location: str | Path,
    assessments: int,
    *,
    first: int = 0,
    programme: dict[str, Any] | None = None,
    seed: int = 22,
) -> tuple[Database, uuid.UUID, int]:
    """A field installation's own database holding ``assessments`` assessments (numbered from
    ``first``), in the centre's ``programme`` row (:attr:`CentreInfo.programme`, as the
    centre sent it) or else in a programme of its own: the open database, the programme's id
    and the rows written. Open it with the installation's key folder as CPDESK_DATA_DIR."""
    db = open_workspace(location)
    if programme is not None:
        _write_programme(db, programme)
    else:
        programme = write_programme(db, f"FIELD-{db.device_id[:6]}", "Field programme", db.device_id)
    return db, programme["id"], fill(db, programme["id"], first, assessments, random.Random(seed + first), None)
