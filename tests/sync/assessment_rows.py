"""Rows of a small assessment as a field installation writes them, for crafted bundles.

:func:`row` gives a whole row of any travelling table (sync metadata of the sending device,
the model's defaults, then the values given); :func:`small_assessment` the records of one
assessment with a water and a steam stream, readings, a waste stream and an option. Tests of
record values change one value of these (see :mod:`tests.sync.test_record_values`).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from cpdesk.sync.records import table_codec

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def row(table: str, device: str, **values: Any) -> dict[str, Any]:
    """A whole row of ``table`` made by ``device`` (version 1), defaults filled in."""
    codec = table_codec(table)
    out: dict[str, Any] = {
        "id": uuid.uuid4(),
        "created_at": NOW,
        "updated_at": NOW,
        "device_id": device,
        "version": 1,
        "deleted_at": None,
    }
    for column in codec.data_columns:
        if column.name in values:
            continue
        default = codec.default_of(column)
        out[column.name] = default() if callable(default) else default
    out.update(values)
    missing = [c.name for c in codec.columns if c.name not in out]
    assert not missing, f"{table}: give {missing}"
    return out


class Rows(dict[str, dict[str, Any]]):
    """Rows by a name of their own, each knowing its table (``tables[name]``)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, str] = {}

    def add(self, key: str, table: str, device: str, **values: Any) -> dict[str, Any]:
        self[key] = row(table, device, **values)
        self.tables[key] = table
        return self[key]

    def records(self) -> list[tuple[str, dict[str, int], dict[str, Any]]]:
        """Crafted records, each with the vector of its own device and version."""
        return [(self.tables[name], {r["device_id"]: r["version"]}, r) for name, r in self.items()]


def small_assessment(device: str, title: str = "Dệt nhuộm Hà Đông") -> Rows:
    """The rows of one small assessment made by ``device``."""
    rows = Rows()
    company = rows.add("company", "company", device, name="Công ty Dệt", sector="textile")
    a = rows.add(
        "assessment", "assessment", device, company_id=company["id"], title=title, exchange_rate=24_000.0,
        operating_hours_per_year=6000.0,
    )  # fmt: skip
    boiler = rows.add("boiler", "process_step", device, assessment_id=a["id"], name="Lò hơi", position=1)
    dyeing = rows.add("dyeing", "process_step", device, assessment_id=a["id"], name="Nhuộm", position=2)
    water = rows.add(
        "water", "stream", device, assessment_id=a["id"], name="Nước cấp", kind="water", carrier="water",
        target_step_id=dyeing["id"],
    )  # fmt: skip
    steam = rows.add(
        "steam", "stream", device, assessment_id=a["id"], name="Hơi", kind="energy", carrier="steam",
        source_step_id=boiler["id"], target_step_id=dyeing["id"], pressure_bar=8.0, temperature_c=175.0,
    )  # fmt: skip
    rows.add("water_reading", "measurement", device, stream_id=water["id"], value=12.5, unit="m³", basis="per_hour")
    rows.add(
        "steam_reading", "measurement", device, stream_id=steam["id"], value=2.57, unit="t", basis="per_hour",
        measured_at=NOW,
    )  # fmt: skip
    waste = rows.add(
        "waste", "waste_stream", device, assessment_id=a["id"], stream_id=water["id"], name="Nước thải",
        annual_quantity=1200.0, unit="m³", loss_value_per_unit=9000.0,
    )  # fmt: skip
    cause = rows.add("cause", "cause", device, waste_stream_id=waste["id"], category="equipment", description="Van rò")
    option = rows.add(
        "option", "cp_option", device, assessment_id=a["id"], title="Thu hồi nước ngưng",
        category="onsite_recovery", cause_id=cause["id"], waste_stream_id=waste["id"], investment=1.5e8,
        annual_savings=9.0e7, status="implemented",
    )  # fmt: skip
    rows.add("saving", "option_saving", device, option_id=option["id"], carrier="water", quantity=3000.0, unit="m³")
    rows.add("task", "task_progress", device, assessment_id=a["id"], task_no=1, status="done", completed_at=NOW)
    rows.add("leader", "team_member", device, assessment_id=a["id"], name="Nguyễn Văn A", role="leader")
    return rows
