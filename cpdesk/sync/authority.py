"""Who may create, change and delete the records of each travelling table, checked per record.

A signature says who sent a bundle; it does not say that they may change what it carries.
Every record a bundle would change here is checked against the table below before it is
merged, and one record that breaks a rule refuses the whole bundle (the merge runs in one
transaction). A record that changes nothing here (a copy equal to or older than what this
database holds, or the same content under a newer vector) is not an edit: a field bundle in
mode "all" carries the factor set and the programme its assessments point at, unchanged.

Roles. The **centre** is the key the trusting side confirmed as the centre's (by fingerprint,
see :mod:`cpdesk.services.sync.keys`), never what a key file says about itself. Every other
trusted key is a **field** installation (an auditor, a trainer, a trainee).

=========================================  ==========  ====================  ==================
record kind                                create      change                delete
=========================================  ==========  ====================  ==================
factor sets, fuel and grid factors         centre      centre                centre
the centre's indicators and their values   centre      centre                centre
programmes                                 everyone    centre, or the one    centre, or the one
                                                       installation that     installation that
                                                       alone made it         alone made it
every other table (assessments and what    everyone    everyone              everyone
hangs under them, companies, training)
=========================================  ==========  ====================  ==================

Why these:

- Factor sets and their values are the national emission factors every figure is computed
  with; a field installation gets them from the centre's reference-data pack (or installs the
  shipped one, which meets the centre's copy through its code and compares equal).
- Indicators are the centre's own environmental performance (paper, electricity, travel of
  its office and trainings, seed table 4), measured at the centre only; no field installation
  has a reason to write them. The other training tables (courses, modules, sessions,
  participants, attendance, certificates, workshops, practical modules and assignments) are
  entered by trainers where the training happens, often on a field laptop, and sent to the
  centre: everyone may write them.
- Programmes: a field team starts work under a programme the centre has not shipped yet
  (``programme add``, the demo), so a field may create one; once the centre (or another
  installation) has changed it, it is the centre's to change or delete. "Alone made it" means
  that every entry of the version vector this database holds for it is that installation's.
- An assessment's scope weight (its scope as a fraction of a full assessment, which the
  centre's year adds up into its assessments converted to full ones) is entered by the
  centre, and a field installation may change it too: the auditor who made the visit knows
  whether it was a follow-up or a short assessment, the weight rides on the assessment's row
  (a rule per column would refuse the whole bundle, readings and all, over one field), and
  the centre's count reads what the centre's database holds: a field's change arrives as an
  ordinary edit, and one made while the centre changed it too is a conflict the centre
  resolves. The import holds it above 0 and at most 1 like every figure
  (:mod:`cpdesk.core.record_rules`).
- The catalogues and the trust registry do not travel as records: they arrive only in the
  centre's reference-data pack (``files/``), which must be signed by the centre.

Two more rules hold for field bundles (the centre relays everyone's records, so its bundles
carry other devices' edits by design):

- **last editor = signer**: a record the bundle changes (new here, or newer than what this
  database holds) carries the signer's device as ``device_id``;
- **no borrowed history**: a version vector's entry for any device other than the signer's
  is at most what this database holds for that record.

For every bundle, versions and vector entries are at most :data:`MAX_VERSION`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Uuid, bindparam, func, literal, select, text, union_all
from sqlalchemy import column as sql_column
from sqlalchemy.orm import Session

from cpdesk.sync import clock
from cpdesk.sync.errors import BundleRejected
from cpdesk.sync.records import synced_tables

CENTRE = "centre"
EVERYONE = "centre and auditors"
#: The centre, or the one installation whose edits alone make up the record's history here.
OWNER = "centre, or the installation that alone made it"

MAX_VERSION = clock.MAX_VERSION


class AuthorityRefused(BundleRejected):
    """A record in a bundle changes what its signer may not change (names table and record)."""


@dataclass(frozen=True)
class Rule:
    """Who may create, change and delete the rows of one table, and the words for its rows."""

    label: str
    create: str = EVERYONE
    change: str = EVERYONE
    delete: str = EVERYONE


_CENTRE_ONLY = {"create": CENTRE, "change": CENTRE, "delete": CENTRE}

#: Every travelling table; a test checks that none is missing.
RULES: dict[str, Rule] = {
    "factor_set": Rule("factor sets", **_CENTRE_ONLY),
    "fuel_factor": Rule("fuel factors", **_CENTRE_ONLY),
    "grid_factor": Rule("grid factors", **_CENTRE_ONLY),
    "carrier_price": Rule("carrier prices", **_CENTRE_ONLY),
    "indicator": Rule("the centre's indicators", **_CENTRE_ONLY),
    "indicator_value": Rule("the values of the centre's indicators", **_CENTRE_ONLY),
    "programme": Rule("programmes", change=OWNER, delete=OWNER),
    **{
        name: Rule(name.replace("_", " ") + " records")
        for name in (
            "company",
            "assessment",
            "attachment",
            "fuel_override",
            "process_step",
            "task_progress",
            "team_member",
            "stream",
            "logger_series",
            "logger_series_chunk",
            "measurement",
            "measurement_source",
            "waste_stream",
            "cause",
            "cp_option",
            "option_saving",
            "period_reading",
            "course",
            "course_module",
            "training_session",
            "participant",
            "attendance",
            "certificate",
            "workshop",
            "practical_module",
            "practical_assignment",
        )
    },
}


#: Tables whose records only the centre may create or change (a field's own are kept back).
CENTRE_WRITES_ONLY = frozenset(name for name, rule in RULES.items() if rule.create == CENTRE)


@dataclass(frozen=True)
class Sender:
    """Who signed a bundle, as this database sees it: the centre or not, and from which device."""

    device_id: str
    is_centre: bool


def rule_for(table: str) -> Rule:
    """The rule of a travelling table; a table without one is refused, never let through."""
    rule = RULES.get(table)
    if rule is None:
        raise AuthorityRefused(f"{table}: no rule says who may change these records; update cpdesk")
    return rule


def check_bounds(table: str, row: Mapping[str, Any], vector: Mapping[str, int]) -> None:
    """Refuse a version or vector entry above :data:`MAX_VERSION` (whoever signed)."""
    version = row.get("version")
    if isinstance(version, int) and not 1 <= version <= MAX_VERSION:
        raise AuthorityRefused(f"{table} {row['id']}: version {version} is outside 1..{MAX_VERSION}")
    for device, entry in vector.items():
        if entry > MAX_VERSION:
            raise AuthorityRefused(
                f"{table} {row['id']}: its version vector gives device {device!r} version {entry}, "
                f"above the limit {MAX_VERSION}"
            )


def check_record(
    table: str,
    sender: Sender,
    row: Mapping[str, Any],
    vector: Mapping[str, int],
    held: Mapping[str, Any] | None,
    held_vector: Mapping[str, int],
    *,
    aliased: bool,
    same_content: Callable[[], bool],
) -> bool:
    """Check one incoming record against what this database holds for it.

    ``held`` is the row here (None when the record is new here), ``held_vector`` its
    version vector (empty when new), ``aliased`` says it was matched by natural key (two
    histories), ``same_content`` whether the record says what the held row says. Raises
    :class:`AuthorityRefused`; returns False when the record must be left out of the merge
    (it changes no content of a table the sender may not change: its metadata must not
    replace the centre's either), True when it is merged as usual.
    """
    check_bounds(table, row, vector)
    if sender.is_centre:
        return True
    record = f"{table} {row['id']}"
    rule = rule_for(table)
    if held is None:
        action = "create"
    else:
        order = clock.Order.CONCURRENT if aliased else clock.compare(vector, held_vector)
        if order is clock.Order.BEFORE:
            return True  # an older copy: the merge leaves the row as it is
        if order is clock.Order.EQUAL and same_content():
            return True  # the very revision held here
        # Equal vectors with other content are two histories under one id: the merge keeps
        # both as a conflict and may show the incoming one, so that is a change too.
        if order is not clock.Order.EQUAL and same_content():
            if rule.change != EVERYONE:
                return False  # nothing of it is written, so its vector and device do not matter
            _check_history(record, sender, vector, held_vector)
            _check_editor(record, sender, row, allowed=(sender.device_id, str(held["device_id"])))
            return True
        deleting = row.get("deleted_at") is not None and held.get("deleted_at") is None
        action = "delete" if deleting else "change"
    _check_history(record, sender, vector, held_vector)
    who = getattr(rule, action)
    if who == CENTRE or (who == OWNER and (action == "create" or set(held_vector) - {sender.device_id})):
        only = "only the centre" if who == CENTRE else "only the centre, or the installation that alone made it,"
        raise AuthorityRefused(f"{record}: {only} may {action} {rule.label}; this bundle is signed by a field key")
    _check_editor(record, sender, row, allowed=(sender.device_id,))
    return True


def _check_history(record: str, sender: Sender, vector: Mapping[str, int], held_vector: Mapping[str, int]) -> None:
    """No entry of another device above what is held: a merged vector claiming edits that
    never came here would make that device's real edits look old, and be dropped."""
    for device, entry in vector.items():
        if device != sender.device_id and entry > held_vector.get(device, 0):
            raise AuthorityRefused(
                f"{record}: its version vector claims version {entry} of device {device!r}, but this database "
                f"holds only version {held_vector.get(device, 0)} of it; a field bundle carries only its own edits"
            )


def _check_editor(record: str, sender: Sender, row: Mapping[str, Any], *, allowed: tuple[str, ...]) -> None:
    if row.get("device_id") not in allowed:
        raise AuthorityRefused(
            f"{record}: its last editor is device {row.get('device_id')!r}, but the bundle is signed by device "
            f"{sender.device_id!r}; a field bundle carries only its own edits"
        )


# ------------------------------------------------------------------ ids belong to one table


def id_held_elsewhere(session: Session, ids: Sequence[uuid.UUID]) -> tuple[str, uuid.UUID] | None:
    """The (table, id) of the first of ``ids`` that a travelling table holds, or None.

    Given the ids of records new to their own table, any table that holds one is another:
    an id claimed by two tables is refused (conflicts, aliases and scopes find a record by
    its id alone). One statement per size, compiled once: the ids are bound once, in a CTE
    that every table's probe joins (small side first, one index probe per id), padded to one
    of a few fixed counts; on PostgreSQL, all of them as one array parameter.
    """
    if session.get_bind().dialect.name == "postgresql":  # all ids as one array: one short statement
        found = session.execute(_ids_probe(0), {"ids": list(ids)}).first() if ids else None
        return (str(found.table_name), found.id) if found is not None else None
    for start in range(0, len(ids), _ID_PROBES[-1]):
        chunk = list(ids[start : start + _ID_PROBES[-1]])
        size = next(size for size in _ID_PROBES if size >= len(chunk))
        chunk += [chunk[0]] * (size - len(chunk))
        taken = session.execute(_ids_probe(size), {f"id{n}": value for n, value in enumerate(chunk)}).first()
        if taken is not None:
            return str(taken.table_name), taken.id
    return None


#: Ids per probe: a batch is padded to the first size that holds it (batches of rows with bytes
#: are small); the largest stays under SQLite's bound on parameters.
_ID_PROBES = (8, 64, 500)


@cache
def _ids_probe(size: int) -> Any:
    """The probe of ``size`` ids, or for size 0 the probe of an array of ids (PostgreSQL)."""
    from sqlalchemy.dialects import postgresql  # 20 ms to import: not for a database on SQLite

    marks = ", ".join(f"(:id{n})" for n in range(size))
    incoming = (
        (
            text(f"SELECT v.column1 AS id FROM (VALUES {marks}) AS v")  # noqa: S608 (only bind markers)
            .bindparams(*(bindparam(f"id{n}", type_=Uuid) for n in range(size)))
            .columns(sql_column("id", Uuid))
        )
        if size
        else select(func.unnest(bindparam("ids", type_=postgresql.ARRAY(Uuid)), type_=Uuid).label("id"))
    ).cte("incoming")
    probes = (
        select(literal(c.table.name).label("table_name"), c.table.c.id).select_from(
            incoming.join(c.table, c.table.c.id == incoming.c.id)
        )
        for c in synced_tables()
    )
    return union_all(*probes).limit(1)
