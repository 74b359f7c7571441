"""Units read from logger column headers in the spellings instruments and loggers write."""

from __future__ import annotations

import pytest

from cpdesk.core.loggers.detect import detect, unit_from_header


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        # A power analyser's columns.
        ("U1 (V)", "V"), ("I1 (A)", "A"), ("U12 (kV)", "kV"), ("P (kW)", "kW"), ("Q (kVAr)", "kvar"),
        ("S (kVA)", "kVA"), ("f (Hz)", "Hz"), ("E (kWh)", "kWh"), ("Eq (kvarh)", "kvarh"),
        ("PF", "1"), ("PF1", "1"), ("cos φ", "1"), ("Power factor", "1"), ("Hệ số công suất", "1"),
        ("PF (-)", "1"), ("pH", "1"), ("Độ pH", "1"), ("AI1 (mA)", "mA"), ("I (kA)", "kA"),
        ("Nhiệt độ oC", "°C"), ("P kW", "kW"),
        # Brackets of any kind, a comma, or the unit after the name.
        ("I1 [A]", "A"), ("I1 {A}", "A"), ("Current A", "A"), ("U L1 V", "V"), ("Nhiệt độ, °C", "°C"),
        ("Flow m3/h", "m³/h"), ("Tải %", "%"), ("Temp °C", "°C"), ("Pressure barg", "bar(g)"),
        # Vietnamese names.
        ("Dòng điện (A)", "A"), ("Nhiệt độ (°C)", "°C"), ("Nhiệt độ (oC)", "°C"), ("Áp suất (bar)", "bar"),
        ("Độ ẩm (%)", "%"), ("Lưu lượng (m3/h)", "m³/h"), ("Lưu lượng khí (Nm3/h)", "Nm³/h"),
        ("Áp suất hơi (kgf/cm2)", "kgf/cm²"), ("Áp suất hơi (kG/cm²)", "kgf/cm²"),
        # Gauge and absolute stated inside the brackets.
        ("Áp suất (bar(g))", "bar(g)"), ("P [bar(a)]", "bar(a)"), ("P (psig)", "psi(g)"),
        # The last bracket that is a unit.
        ("Flow (Nm3/h) [avg]", "Nm³/h"),
    ],
)  # fmt: skip
def test_units_in_any_common_spelling(name: str, unit: str) -> None:
    assert unit_from_header(name) == unit


@pytest.mark.parametrize(
    "name",
    [
        "P",  # no unit stated
        "Pump A",  # pump A, not amperes
        "Dòng điện pha A",  # the current of phase A: the unit is not stated
        "Nhiet do khoi",  # the flue gas ("khói") temperature, not m³ ("khối")
        "Sản lượng ngày",  # production per day: a day is not a column's unit
        "Pump 1",
        "Ghi chú (xem sổ)",  # a bracket that is not a unit
        "Ten ma",  # "tên mã" (a code) without its accents, not milliamperes
        "Tong kw",  # a bare word is taken as a unit only as its symbol is written
    ],
)
def test_names_that_state_no_unit(name: str) -> None:
    assert unit_from_header(name) is None


def test_a_power_analysers_export_is_detected_with_every_unit() -> None:
    # As the instrument writes it: semicolons, decimal commas, a header of symbols and units.
    data = (
        b"Time;U1 (V);I1 (A);P (kW);Q (kVAr);S (kVA);PF;f (Hz);E (kWh);Eq (kvarh)\r\n"
        b"04.03.2024 08:00:00;231,4;182,6;38,9;18,2;42,9;0,91;50,01;1204,5;563,2\r\n"
        b"04.03.2024 08:15:00;230,9;190,2;40,7;19,0;44,9;0,91;49,98;1214,6;567,9\r\n"
        b"04.03.2024 08:30:00;231,1;176,3;37,5;17,1;41,2;0,91;50,00;1224,3;572,3\r\n"
    )
    settings = detect(data)
    assert settings.value_columns == tuple(range(1, 10))
    assert [unit_from_header(settings.columns[c]) for c in settings.value_columns] == [
        "V", "A", "kW", "kvar", "kVA", "1", "Hz", "kWh", "kvarh",
    ]  # fmt: skip


def test_a_damaged_header_is_read_in_time_linear_in_its_length() -> None:
    """A failing SD card writes "(" and thousands of blanks into a header: the old pattern (a
    lazy group between two blanks' runs) took minutes on 5 000 of them. Names beyond
    LONGEST_NAME state no unit; within it the worst shapes come back at once."""
    from cpdesk.core.loggers.header_units import LONGEST_NAME

    assert unit_from_header("(" + " " * 5000 + "x") is None
    assert unit_from_header("P (kW)" + " " * LONGEST_NAME) is None  # too long to be a column's name
    assert unit_from_header("(" + " " * (LONGEST_NAME - 2) + "x") is None
    assert unit_from_header("((" * (LONGEST_NAME // 2 - 1) + "x") is None
    assert unit_from_header("Công suất ( kW )") == "kW"  # blanks inside the brackets still read
