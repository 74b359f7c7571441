"""Whatever import accepts, every command on the assessment still works.

Hypothesis makes records of one assessment with values that are valid but extreme: numbers
from zero through 5e-324 to 10^15 within each column's rules (its bounds favoured), texts
empty, Vietnamese or as long as allowed, dates and times from year 1 to 9999. A field sends
them to the centre as a bundle; the centre imports them and then runs ``show assessment``,
both balances, ``options``, ``guide``, ``report assessment`` (PDF) and ``export``.

None may fail. ``show``, ``guide`` and ``export`` only read and copy: they must succeed. The
balances, the options and the report compute figures (a balance of 10^15 m³ a year in and
5e-324 out, a reading given as a total that cannot be brought to a year, the IRR of an
investment 2·10^338 times its savings); where a figure cannot be computed the command may refuse
in one line that says what and where (``cpdesk: error: ...``), never with a traceback or
"internal error", since a refusal that names the value is what a person can act on, whereas a
made-up figure would be wrong. JSON output holds no Infinity or NaN.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from cpdesk.core import record_rules
from tests.sync.assessment_rows import Rows, small_assessment
from tests.sync.conftest import Network
from tests.sync.hostile import accepted, craft_bundle, run_cli, site_identity, site_keys

#: Letters a Vietnamese text holds: precomposed, combining marks, and the odd symbol.
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬĐÈẺẼÉẸỀỂỄẾỆỲỶỸÝỴ \u0300\u0301\u0303\u0309\u0323²³°%/-"
_counter = itertools.count()


def numbers(rule: record_rules.Number) -> st.SearchStrategy[float]:
    """Floats within a rule, its bounds, zero and tiny nonzero sizes (5e-324, 1e-300) favoured."""
    largest = record_rules.MAX_MAGNITUDE
    low = max(rule.minimum if rule.minimum is not None else -largest, -largest)
    high = min(rule.maximum if rule.maximum is not None else largest, largest)
    if rule.positive:
        low = max(low, record_rules.SMALLEST_POSITIVE)
    edges = [v for v in (low, high, 0.0, 5e-324, 1e-300, 1e-6, 1.0, 1e15) if low <= v <= high]
    return st.one_of(st.sampled_from(edges), st.floats(min_value=low, max_value=high))


def texts(limit: int, required: bool = False, lines: bool = False) -> st.SearchStrategy[str]:
    """Empty (unless required), short Vietnamese (on several ``lines`` for notes), or as long as allowed.

    Names and titles are typed in one-line fields; a line break in one would make a message
    that quotes it span two lines (the command line prints messages as they are).
    """
    alphabet = VIETNAMESE + ("\n" if lines else "")
    short = st.text(alphabet=alphabet, min_size=1, max_size=30).filter(lambda t: t.strip() == t)
    longest = st.sampled_from("ệẫx").map(lambda ch: ch * limit)
    options = [short, longest] if required else [st.just(""), short, longest]
    return st.one_of(*options)


def moments() -> st.SearchStrategy[datetime]:
    return st.one_of(
        st.sampled_from([datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=UTC)]),
        st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)),
    )


def days() -> st.SearchStrategy[date]:
    return st.one_of(st.sampled_from([date(1, 1, 1), date(9999, 12, 31)]), st.dates())


def rule(table: str, column: str) -> Any:
    found = record_rules.rule_of(table, column)
    assert found is not None, f"{table}.{column} has no rule"
    return found


@st.composite
def extreme_assessment(draw: st.DrawFn, device: str) -> Rows:
    """A small assessment whose values are drawn, each within its column's rules."""
    rows = small_assessment(device, title=draw(texts(300, required=True)))
    a = rows["assessment"]
    for column in ("exchange_rate", "discount_rate", "operating_hours_per_year", "annual_production"):
        a[column] = draw(numbers(rule("assessment", column)))
    for column in ("operating_days_per_year", "batches_per_day"):
        a[column] = draw(st.none() | numbers(rule("assessment", column)))
    a["notes"] = draw(texts(20_000, lines=True))
    start, end = sorted([draw(days()), draw(days())])
    a["start_date"], a["end_date"] = start, end
    for key in ("water_reading", "steam_reading"):
        reading = rows[key]
        reading["value"] = draw(numbers(rule("measurement", "value")))
        reading["relative_uncertainty"] = draw(st.none() | numbers(rule("measurement", "relative_uncertainty")))
        reading["measured_at"] = draw(st.none() | moments())
        reading["note"] = draw(texts(5000, lines=True))
        reading["basis"] = draw(st.sampled_from(["per_hour", "per_day", "per_year", "per_batch", "total"]))
    rows["steam"]["pressure_bar"] = draw(numbers(rule("stream", "pressure_bar")))
    rows["steam"]["temperature_c"] = draw(numbers(rule("stream", "temperature_c")))
    for key in ("boiler", "dyeing"):
        rows[key]["name"] = draw(texts(200, required=True))
        rows[key]["position"] = draw(st.sampled_from([0, 1, 2**31 - 1]))
        rows[key]["chart_x"] = draw(st.none() | numbers(record_rules.Number()))
    option = rows["option"]
    for column in ("investment", "annual_savings", "annual_extra_costs", "lifetime_years"):
        option[column] = draw(numbers(rule("cp_option", column)))
    option["description"] = draw(texts(20_000, lines=True))
    option["implemented_on"] = draw(st.none() | days())
    option["monitored_annual_savings"] = draw(st.none() | numbers(rule("cp_option", "monitored_annual_savings")))
    waste = rows["waste"]
    for column in ("annual_quantity", "loss_value_per_unit", "treatment_cost_per_year"):
        waste[column] = draw(numbers(rule("waste_stream", column)))
    rows["saving"]["quantity"] = draw(numbers(rule("option_saving", "quantity")))
    rows["task"]["task_no"] = draw(st.integers(1, 18))
    rows["task"]["completed_at"] = draw(st.none() | moments())
    rows["leader"]["name"] = draw(texts(200, required=True))
    return rows


#: Commands on an assessment that only read and copy: they must succeed.
MUST_SUCCEED = (("show", "assessment", "{id}"), ("guide", "{id}"))
#: Commands that compute figures: they may refuse in one clean line.
MAY_REFUSE = (
    ("balance", "{id}", "--carrier", "water", "--json"),
    ("balance", "{id}", "--carrier", "energy", "--json"),
    ("options", "{id}", "--json"),
    ("report", "assessment", "{id}", "-o", "{pdf}"),
)


def test_whatever_import_accepts_every_command_still_runs(sqlite_network: Network, tmp_path: Path) -> None:
    network = sqlite_network
    field = network.field("lan")
    refusals: list[str] = []
    to_field = str(field.key_file(network.folder))

    # Shrinking would re-run every command per step; the failing example is printed as found.
    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(rows=extreme_assessment(field.db.device_id))
    def run(rows: Rows) -> None:
        path = network.path("extreme")
        craft_bundle(
            path,
            rows.records(),
            keys=site_keys(field),
            device_id=field.db.device_id,
            recipient=site_identity(network.centre),
            sequence=next(_counter) + 1,
        )
        assert accepted(network.centre, path)["status"] == "imported"
        values = {"id": str(rows["assessment"]["id"]), "pdf": str(tmp_path / f"report-{next(_counter)}.pdf")}
        for command in MUST_SUCCEED:
            code, _, err = run_cli(network.centre, *(part.format(**values) for part in command))
            assert code == 0, (command, err)
        for command in MAY_REFUSE:
            code, out, err = run_cli(network.centre, *(part.format(**values) for part in command))
            if code == 0:
                assert "Infinity" not in out, (command, out)
                assert "NaN" not in out, (command, out)
                continue
            assert code == 1, (command, err)
            assert err.count("\n") == 1, (command, err)
            assert err.startswith("cpdesk: error: "), (command, err)
            assert "internal error" not in err, (command, err)
            assert "Traceback" not in err, (command, err)
            refusals.append(err.strip())
        code, _, err = run_cli(network.centre, "export", "--all", "--to", to_field, "-o", str(network.path("again")))
        assert code == 0, err

    run()
    print("\n".join(refusals))
