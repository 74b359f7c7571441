"""A power analyser's export imports with the units its header states, by default.

Before the instrument units, the columns "U1 (V)", "Q (kVAr)", "PF" ... had no unit cpdesk
knew: the import dialog left their unit empty and the import failed with "a unit is
required"; ``cpdesk logger import`` without ``--channel`` refused the file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.core.loggers.detect import unit_from_header
from cpdesk.services import loggers
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.loggers import ChannelMapping
from cpdesk.services.workspace import open_workspace

HEADER = "Time;U1 (V);I1 (A);P (kW);Q (kVAr);S (kVA);PF;f (Hz);E (kWh);Eq (kvarh)"
UNITS = ["V", "A", "kW", "kvar", "kVA", "1", "Hz", "kWh", "kvarh"]


def analyser_export(rows: int = 96) -> bytes:
    """A day of 15-minute readings as a power analyser writes them: ';' and decimal commas."""
    lines = [HEADER]
    for k in range(rows):
        hour, minute = divmod(15 * k, 60)
        p = 38.0 + k % 7
        values = [231.0 + k % 3 * 0.2, p * 4.7, p, p * 0.45, p * 1.1, 0.91, 50.0 + (k % 5 - 2) * 0.01]
        values += [1200 + 10 * k, 560 + 4.5 * k]
        cells = [f"{v:.2f}".replace(".", ",") for v in values]
        lines.append(f"04.03.2024 {hour:02d}:{minute:02d}:00;" + ";".join(cells))
    return ("\r\n".join(lines) + "\r\n").encode()


def test_the_header_states_every_unit_and_the_import_keeps_them(db) -> None:
    company = catalogue.create_company(db, name="Cơ khí Đông Anh", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Kiểm toán điện", exchange_rate=25_000)
    data = analyser_export()
    settings = loggers.detect(data)
    # What the import dialog and the command line propose for each column, unchanged.
    mapping = [ChannelMapping(c, unit_from_header(settings.columns[c]) or "") for c in settings.value_columns]
    assert [m.unit for m in mapping] == UNITS
    result = loggers.import_series(db, a.id, data, settings, mapping)
    assert [(s.name, s.unit, s.point_count) for s in result.series] == [
        (name, unit, 96) for name, unit in zip(HEADER.split(";")[1:], UNITS, strict=True)
    ]
    power_factor = loggers.read_series(db, result.series[5].id)
    assert set(power_factor.values.tolist()) == {0.91}
    # Real power adds up to energy; a voltage, a power factor and a frequency do not.
    figures = {s.unit: loggers.series_stats(db, s.id).stats for s in result.series}
    assert figures["kW"].amount_unit == "kWh"
    assert (figures["V"].amount, figures["1"].amount, figures["Hz"].amount) == (None, None, None)


def test_the_command_line_imports_without_channels(tmp_path: Path, workspace_template: Path, capsys) -> None:
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(workspace_template, path)
    db = open_workspace(path)
    company = catalogue.create_company(db, name="Cơ khí Đông Anh", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Kiểm toán điện", exchange_rate=25_000)
    db.close()
    log = tmp_path / "phan-tich-dien.csv"
    log.write_bytes(analyser_export())
    code = main(["--db", str(path), "logger", "import", str(a.id)[:8], str(log), "--yes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert [s["unit"] for s in json.loads(out)["series"]] == UNITS


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Thời gian;Dòng điện (A)", "A"),
        ("Thời gian;Nhiệt độ (°C)", "°C"),
        ("Thời gian;Áp suất (bar)", "bar"),
        ("Thời gian;Áp suất hơi (kgf/cm2)", "kgf/cm²"),
        ("Thời gian;Lưu lượng khí (Nm3/h)", "Nm³/h"),
        ("Time;Current A", "A"),
        ("Time;Flow [m3/h]", "m³/h"),
    ],
)
def test_vietnamese_and_english_headers(db, header: str, unit: str) -> None:
    company = catalogue.create_company(db, name="Giấy Việt Trì", sector="paper")
    a = assessments.create_assessment(db, company_id=company.id, title="Đo lường", exchange_rate=25_000)
    data = f"{header}\n01/03/2024 08:00;12,5\n01/03/2024 08:01;12,7\n".encode()
    settings = loggers.detect(data)
    name = settings.columns[settings.value_columns[0]]
    result = loggers.import_series(db, a.id, data, settings, [ChannelMapping(name, unit_from_header(name) or "")])
    assert result.series[0].unit == unit
