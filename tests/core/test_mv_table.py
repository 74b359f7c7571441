"""A table of periods read from CSV text (cpdesk.core.mv.table) in the user's notation."""

from __future__ import annotations

import pytest

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import render
from cpdesk.core.mv.table import read_periods


def test_vietnamese_spreadsheet_with_semicolons_and_decimal_commas() -> None:
    text = "\ufefftháng;điện kWh;sản lượng t;ghi chú\n01/2025;12.345,6;100;\n02/2025;13.000,5;110,5;Tết\n"
    table = read_periods(text.lstrip("\ufeff"), ["điện kWh", "sản lượng t"], "vi")
    assert table.names == ("01/2025", "02/2025")
    assert table.columns == {"điện kWh": [12345.6, 13000.5], "sản lượng t": [100.0, 110.5]}


def test_english_tab_separated() -> None:
    table = read_periods("month\tkWh\nJan\t1,200.5\nFeb\t1300\n", ["kWh"], "en")
    assert table.columns["kWh"] == [1200.5, 1300.0]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("m;kWh\nT1;1.000\n", "column kWh, period 1: 1.000 has two readings; write one of 1000 / 1,0"),
        ("m;kWh\nT1;5\nT2;abc\n", "column kWh, period 2: abc cannot be read as a number"),
        ("m;kWh\nT1;5\nT2\n", "column kWh, period 2: the cell is empty"),
        ("m;kWh\n", "the table has no row of figures below its header"),
        ("m;kW\nT1;5\n", "there is no column kWh; the table's columns: m, kW"),
    ],
)
def test_refusals_name_column_and_period(text: str, said: str) -> None:
    with pytest.raises(CpdeskError) as excinfo:
        read_periods(text, ["kWh"], "vi")
    assert excinfo.value.message is not None
    assert render(excinfo.value.message, "en").startswith(said)
    assert render(excinfo.value.message, "vi") != render(excinfo.value.message, "en")
