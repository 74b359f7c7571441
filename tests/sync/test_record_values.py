"""No record that import accepts can break anything later: values are checked before the merge.

Each case crafts a genuine bundle signed with a field's real keys, holding the records of a
small assessment of which one value is hostile (written as raw JSON where the codec would not
write it), imports it at the centre on the command line, and expects a refusal in one line that
names table, record id and column, with every table unchanged. Before these checks, an infinite
measurement or investment was accepted, after which ``cpdesk options`` refused the assessment
and ``balance --json`` printed ``Infinity``; NaN inside a JSON column and malformed conflict
vectors were accepted, and then every later import of that record failed.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from cpdesk.sync import writer
from cpdesk.sync.errors import BundleRejected
from cpdesk.sync.records import table_codec
from tests.sync.assessment_rows import Rows, small_assessment
from tests.sync.conftest import Network
from tests.sync.hostile import accepted, craft_bundle, refused, run_cli, site_identity, site_keys


def _craft(network: Network, field: Any, rows: Rows, stem: str, **raw: Any) -> Any:
    """The rows as a field bundle to the centre, ``raw`` ("key.column" -> JSON value) put in as is."""
    coded = []
    for key, (table, vector, values) in zip(rows, rows.records(), strict=True):
        data = table_codec(table).encode(values)
        for target, value in raw.items():
            name, column = target.split(".")
            if name == key:
                data[column] = value
        coded.append((table, vector, data))
    path = network.path(stem)
    craft_bundle(
        path,
        coded,
        keys=site_keys(field),
        device_id=field.db.device_id,
        recipient=site_identity(network.centre),
        encoded=True,
    )
    return path


def _field(network: Network) -> Any:
    return network.sites.get("lan") or network.field("lan")


def _refused_value(network: Network, stem: str, key: str, column: str, value: Any, reason: str) -> None:
    field = _field(network)
    rows = small_assessment(field.db.device_id)
    path = _craft(network, field, rows, stem, **{f"{key}.{column}": value})
    table = rows.tables[key]
    refused(network.centre, path, "rejected, nothing was imported", f"{table} {rows[key]['id']}: {column} {reason}")


def test_infinite_measurement_and_investment_are_refused_and_finite_ones_then_work(network: Network) -> None:
    infinite = "Infinity is not a finite number"
    _refused_value(network, "inf-reading", "water_reading", "value", {"$float": "inf"}, infinite)
    _refused_value(network, "inf-option", "option", "investment", math.inf, infinite)
    _refused_value(network, "nan-rate", "assessment", "discount_rate", {"$float": "nan"}, "NaN is not a finite number")
    field = _field(network)
    rows = small_assessment(field.db.device_id)
    rows["option"]["investment"] = 4.5e12
    path = _craft(network, field, rows, "finite")
    assert accepted(network.centre, path)["status"] == "imported"
    assessment = str(rows["assessment"]["id"])
    code, out, err = run_cli(network.centre, "options", assessment, "--json")
    assert code == 0, err
    code, out, err = run_cli(network.centre, "balance", assessment, "--carrier", "water", "--json")
    assert code == 0, (out, err)
    assert "Infinity" not in out, (out, err)
    assert "NaN" not in out, (out, err)


class LiteralJson:
    """The writer's ``json`` module, writing the string ``"<raw:TEXT>"`` as the bare JSON TEXT:
    what a hand-made bundle may hold and no JSON encoder writes (1e400, a lone surrogate)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(json, name)

    def dumps(self, value: Any, **options: Any) -> str:
        return re.sub(r'"<raw:(.*?)>"', lambda m: json.loads(f'"{m.group(1)}"'), json.dumps(value, **options))


#: (row, column, raw JSON text, the refusal's reason after "column ").
LITERAL_CASES = [
    ("steam_reading", "value", "1e400", "Infinity is not a finite number"),
    ("water_reading", "value", "-1e999", "-Infinity is not a finite number"),
    ("assessment", "notes", '"a\\u0000b"', "holds a NUL character or a lone surrogate"),
    ("leader", "name", '"\\ud800"', "holds a NUL character or a lone surrogate"),
]


@pytest.mark.parametrize(("key", "column", "literal", "reason"), LITERAL_CASES, ids=["1e400", "-1e999", "nul", "ud800"])
def test_literals_no_encoder_writes_are_refused(
    sqlite_network: Network, monkeypatch: pytest.MonkeyPatch, key: str, column: str, literal: str, reason: str
) -> None:
    """``1e400`` reads as infinity in Python's JSON; NUL and lone surrogates PostgreSQL cannot store."""
    monkeypatch.setattr(writer, "json", LiteralJson())
    _refused_value(sqlite_network, "literal", key, column, f"<raw:{literal}>", reason)


def test_a_record_nested_beyond_what_json_reads_is_refused(
    sqlite_network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "json", LiteralJson())
    field = _field(sqlite_network)
    rows = small_assessment(field.db.device_id)
    deep = "[" * 200_000 + "]" * 200_000
    path = _craft(sqlite_network, field, rows, "deep", **{"assessment.notes": f"<raw:{deep}>"})
    refused(sqlite_network.centre, path, "records/assessment/000001.jsonl: a record is nested deeper than JSON")


#: (row, column, raw JSON value, the refusal's reason after "column ").
NUMBER_CASES = [
    ("option", "investment", -1.0, "-1.0 must be at least 0"),
    ("option", "lifetime_years", 0.0, "0.0 must be greater than zero"),
    ("option", "lifetime_years", 250.0, "250.0 must be at most 100"),
    ("assessment", "exchange_rate", -24000.0, "-24000.0 must be greater than zero"),
    ("assessment", "discount_rate", 1.5, "1.5 must be at most 1"),
    ("assessment", "operating_hours_per_year", 9000.0, "9000.0 must be at most 8784"),
    ("water_reading", "value", -0.5, "-0.5 must be at least 0"),
    ("water_reading", "relative_uncertainty", 2.0, "2.0 must be at most 1"),
    ("steam", "temperature_c", -300.0, "-300.0 must be at least -273.15"),
    ("steam", "pressure_bar", {"$float": "-inf"}, "-Infinity is not a finite number"),
    ("task", "task_no", 40, "40 must be at most 18"),
    ("task", "task_no", 0, "0 must be at least 1"),
    ("task", "task_no", 2**70, "1180591620717411303424 does not fit the column (whole numbers of 32 bits)"),
    ("boiler", "position", -3, "-3 must be at least 0"),
    ("waste", "annual_quantity", 10**400, "100000000000... (401 digits) is not a finite number"),
    ("saving", "quantity", "12", "'12' is not a number"),
]


@pytest.mark.parametrize(("key", "column", "value", "reason"), NUMBER_CASES, ids=lambda v: str(v)[:20])
def test_numbers_outside_the_rules_of_entry_are_refused(
    sqlite_network: Network, key: str, column: str, value: Any, reason: str
) -> None:
    _refused_value(sqlite_network, "number", key, column, value, reason)


TEXT_CASES = [
    ("assessment", "title", "   ", "is empty; it must be given"),
    ("assessment", "notes", "ạ" * 20_001, "has 20001 characters, at most 20000 allowed"),
    ("option", "rejection_reason", "x" * 5001, "has 5001 characters, at most 5000 allowed"),
    ("water_reading", "unit", "bananas", "'bananas' is not a unit cpdesk knows"),
    ("water_reading", "measured_at", "2026-03-01T08:00:00", "timestamp '2026-03-01T08:00:00' has no time zone"),
    (
        "water_reading",
        "measured_at",
        "0001-01-01T00:00:00+01:00",
        "'0001-01-01T00:00:00+01:00' cannot be read (date value out of range)",
    ),
    ("water", "kind", "lava", "has unknown code 'lava'"),
]


@pytest.mark.parametrize(("key", "column", "value", "reason"), TEXT_CASES, ids=lambda v: str(v)[:20])
def test_texts_codes_and_times_outside_the_rules_are_refused(
    sqlite_network: Network, key: str, column: str, value: Any, reason: str
) -> None:
    _refused_value(sqlite_network, "text", key, column, value, reason)


def test_a_stream_without_either_end_is_refused(sqlite_network: Network) -> None:
    field = sqlite_network.field("lan")
    rows = small_assessment(field.db.device_id)
    path = _craft(sqlite_network, field, rows, "no-end", **{"water.target_step_id": None})
    refused(sqlite_network.centre, path, f"stream {rows['water']['id']}: target_step_id is empty")


def _practical(field: Any, rows: Rows) -> Rows:
    device = field.db.device_id
    rows.add("course", "course", device, kind="in_depth_programme", title="Mạ điện")
    rows.add(
        "module", "practical_module", device, title="Cân bằng nước", reference_assessment_id=rows["assessment"]["id"],
        data_given=["team"], tasks_required=[4, 5],
    )  # fmt: skip
    return rows


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ([4, math.nan], "NaN is not a finite number"),
        ([4, 40], "holds 40; expected numbers 1-18"),
        ([4, 4], "'[4, 4]' names an item twice"),
        ({"tasks": [4]}, "'{\"tasks\": [4]}' is not a list"),
        (json.loads("[" * 18 + "1" + "]" * 18), "nests JSON deeper than 16 levels"),
    ],
    ids=["nan", "task-40", "twice", "object", "deep"],
)
def test_json_columns_keep_their_shape_and_hold_no_nan(sqlite_network: Network, value: Any, reason: str) -> None:
    field = sqlite_network.field("lan")
    rows = _practical(field, small_assessment(field.db.device_id))
    path = _craft(sqlite_network, field, rows, "json", **{"module.tasks_required": value})
    refused(sqlite_network.centre, path, f"practical_module {rows['module']['id']}: tasks_required {reason}")


def test_a_json_column_with_a_code_it_does_not_know_is_refused(sqlite_network: Network) -> None:
    field = sqlite_network.field("lan")
    rows = _practical(field, small_assessment(field.db.device_id))
    path = _craft(sqlite_network, field, rows, "json", **{"module.data_given": ["team", {"$float": "nan"}]})
    refused(sqlite_network.centre, path, f"practical_module {rows['module']['id']}: data_given holds")


# ------------------------------------------------------------------ the list of conflicts


def _conflict(rows: Rows) -> dict[str, Any]:
    """An entry of ``files/conflicts.json`` as the centre's export writes it, on the option."""
    option = rows["option"]
    codec = table_codec("cp_option")
    return {
        "id": str(uuid.uuid4()),
        "table": "cp_option",
        "row_id": str(option["id"]),
        "detected_at": datetime(2026, 3, 2, tzinfo=UTC).isoformat(),
        "shown": "mine",
        "mine": codec.encode(option),
        "theirs": codec.encode({**option, "investment": 2.0e8}),
        "mine_vector": {"c1": 2},
        "theirs_vector": {option["device_id"]: 2},
    }


Edit = Callable[[dict[str, Any]], Any]

#: (how the entry is spoiled, the refusal's reason after "conflict ID: "; {id} is the option's).
CONFLICT_CASES: list[tuple[Edit, str]] = [
    (lambda e: e.update(detected_at="2026-03-02T00:00:00"), "detected_at timestamp '2026-03-02T00:00:00' has no"),
    (lambda e: e.update(detected_at="yesterday"), "detected_at 'yesterday' is not a timestamp"),
    (lambda e: e.update(mine_vector={"c1": "2"}), "mine_vector bad version '2' in a version vector"),
    (lambda e: e.update(theirs_vector={}), "theirs_vector a version vector is a non-empty object"),
    (lambda e: e.update(theirs_vector={"c1": 2**40}), "theirs_vector holds a version above 1073741824"),
    (lambda e: e.update(shown="both"), "shown 'both' is neither mine nor theirs"),
    (lambda e: e.update(table="sync_key"), "table 'sync_key' is no table this cpdesk knows"),
    (lambda e: e["theirs"].update(annual_savings=math.nan), "theirs version: cp_option {id}: annual_savings NaN is"),
    (lambda e: e["mine"].update(lifetime_years=math.inf), "mine version: cp_option {id}: lifetime_years Infinity"),
    (lambda e: e["mine"].update(updated_at="2026-03-01T08:00"), "mine version: cp_option {id}: updated_at timestamp"),
]


@pytest.mark.parametrize(
    ("spoil", "reason"),
    CONFLICT_CASES,
    ids=["naive", "not-time", "vv-text", "vv-empty", "vv-huge", "shown", "table", "nan", "inf", "naive-row"],
)
def test_a_malformed_list_of_conflicts_is_refused_in_one_line(
    sqlite_network: Network, spoil: Edit, reason: str
) -> None:
    network = sqlite_network
    field = network.field("lan")
    rows = small_assessment(field.db.device_id)
    entry = _conflict(rows)
    spoil(entry)
    path = network.path("conflicts")
    craft_bundle(
        path,
        rows.records(),
        keys=site_keys(field),
        device_id=field.db.device_id,
        recipient=site_identity(network.centre),
        files={"conflicts.json": json.dumps([entry]).encode()},
    )
    where = f"its list of conflicts (conflicts.json): conflict {entry['id']}: "
    refused(network.centre, path, where + reason.format(id=rows["option"]["id"]))


def test_a_list_of_conflicts_with_nan_is_refused_and_a_sound_one_kept(network: Network) -> None:
    field = network.field("lan")
    rows = small_assessment(field.db.device_id)
    sound = _conflict(rows)
    spoiled = _conflict(rows)
    spoiled["theirs"]["investment"] = math.nan
    for entries, stem in (([sound, spoiled], "spoiled"), ([sound], "sound")):
        path = network.path(stem)
        craft_bundle(
            path,
            rows.records(),
            keys=site_keys(field),
            device_id=field.db.device_id,
            recipient=site_identity(network.centre),
            files={"conflicts.json": json.dumps(entries).encode()},
            sequence=len(entries),
        )
        if entries[-1] is spoiled:
            reason = f"conflict {spoiled['id']}: theirs version: cp_option {rows['option']['id']}: investment NaN"
            refused(network.centre, path, reason)
    assert accepted(network.centre, path)["conflicts"] == [sound["id"]]
    code, out, err = run_cli(network.centre, "conflicts", "--json")
    assert code == 0, err
    assert sound["id"] in out, err
    assert spoiled["id"] not in out, err
    # A value typed to resolve it meets the same rules: what is kept here must travel again.
    for typed, reason in (("investment=inf", "Infinity is not a finite number"), ("lifetime_years=500", "at most 100")):
        code, out, err = run_cli(network.centre, "conflicts", "resolve", sound["id"][:8], "--keep", typed)
        assert code == 1, err
        assert err.count("\n") == 1, err
        assert reason in err, err
        assert "internal error" not in err, err
    code, out, err = run_cli(network.centre, "conflicts", "resolve", sound["id"][:8], "--keep", "investment=2e8")
    assert code == 0, err


def test_every_table_within_its_limits_fits_one_record_line() -> None:
    """The text limits add up, per table, to less than a record line may hold, at 6 bytes per
    character (a JSON escape), so a record within the rules is never refused for its size."""
    from cpdesk.sync.reader import MAX_LINE
    from cpdesk.sync.records import synced_tables

    for codec in synced_tables():
        texts = sum(c.length or 0 for c in codec.columns if c.kind == "text")
        assert texts * 6 + 64 * 1024 * 4 // 3 + 4096 < MAX_LINE, codec.name
        assert all(c.length for c in codec.columns if c.kind == "text"), codec.name


def test_a_malformed_list_of_conflicts_is_refused_before_the_merge_starts(sqlite_network: Network) -> None:
    """The list is checked with the records, before the import's transaction: no table is
    merged (and rolled back) first, so a dry run and a real import refuse it alike and early."""
    network = sqlite_network
    field = network.field("lan")
    rows = small_assessment(field.db.device_id)
    entry = _conflict(rows)
    entry["detected_at"] = "2026-03-01T08:00:00"  # no time zone
    path = network.path("conflicts-early")
    craft_bundle(
        path,
        rows.records(),
        keys=site_keys(field),
        device_id=field.db.device_id,
        recipient=site_identity(network.centre),
        files={"conflicts.json": json.dumps([entry]).encode()},
    )
    steps: list[str] = []
    with pytest.raises(BundleRejected, match="has no time zone"):
        network.centre.import_(path, progress=lambda _fraction, message: steps.append(message))
    assert steps
    assert not [step for step in steps if step.startswith("merging")]
