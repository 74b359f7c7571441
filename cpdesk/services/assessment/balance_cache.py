"""An assessment's measured balances, recomputed quickly while readings are being typed.

:func:`cpdesk.services.assessment.balances.assessment_balance` reads the whole flow chart through the
ORM each time (steps, streams, readings, the factor set): right for a report, slow for a
screen that follows every reading as it is typed (about 50 ms of ORM loading for 200
streams). :class:`BalanceSource` reads the same inputs with the same service function once,
keeps them, and after an edit of readings only re-reads the readings (one plain SELECT);
any other edit reads everything again. The balance itself is computed by the same core
function the service calls, with the same arguments, so the figures are the service's
(a test compares them after edits).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import String, select, type_coerce

from cpdesk.core import balance as core_balance
from cpdesk.core.annual import BalanceError, Reading, refused
from cpdesk.core.balance import Balance
from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.vocabulary import MeasurementBasis, MeasurementMethod
from cpdesk.services import lookup
from cpdesk.services.assessment import balances
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Measurement, Stream

#: Edits after which re-reading the readings is enough.
READINGS_ONLY = frozenset({Entity.MEASUREMENT})


class BalanceSource:
    """The balance inputs of one assessment, kept between edits."""

    def __init__(self, db: Database, assessment_id: uuid.UUID | str) -> None:
        self.db = db
        self.assessment_id = assessment_id
        self._inputs: balances.BalanceInputs | None = None
        self._title = ""
        self._readings_stale = False
        # Kept while the inputs are: the assessment's id as the query takes it, and the text
        # of every id read (a reading re-read unchanged costs no new strings or objects).
        self._assessment_key: uuid.UUID | None = None
        self._texts: dict[Any, str] = {}
        self._readings: dict[tuple[Any, ...], Reading] = {}

    def changed(self, change: Change) -> None:
        """Records changed: forget what they make stale."""
        if not change.everything and change.entities and change.entities <= READINGS_ONLY:
            self._readings_stale = True
        else:
            self._inputs = None

    def inputs(self) -> balances.BalanceInputs:
        with reading(self.db) as session:
            if self._inputs is None:
                assessment = lookup.assessment(session, self.assessment_id)
                self._title = assessment.title
                self._inputs = balances.balance_inputs(session, assessment)
                self._assessment_key = assessment.id
                self._texts.clear()
                self._readings.clear()
                self._readings_stale = False
            elif self._readings_stale:
                self._inputs = self._with_readings(session, self._inputs)
                self._readings_stale = False
        return self._inputs

    def measured(self, group: str, energy_unit: str = "GJ") -> Balance:
        """The measured balance of ``group`` ("water" or "energy"), as the service gives it."""
        if group not in core_balance.GROUPS:
            raise ValidationError("balance", "carrier", group, msg("balance.choose_group"))
        if energy_unit not in core_balance.ENERGY_UNITS:
            raise ValidationError(
                "balance", "unit", energy_unit, msg("value.choose_one_of", allowed=core_balance.ENERGY_UNITS)
            )
        inputs = self.inputs()
        try:
            return balances.compute(inputs, group, energy_unit)
        except (BalanceError, ValueError) as exc:
            raise CpdeskError(refused(group, self._title, exc)) from None

    def _with_readings(self, session: Any, inputs: balances.BalanceInputs) -> balances.BalanceInputs:
        """The same inputs with every stream's readings read again (as balance_inputs reads
        them, in the same order); streams whose readings did not change are kept as they are.

        The ids and codes are read as stored (no UUID or enum objects made for every row of
        every edit); a row seen before gives back the reading made from it then.
        """
        query = select(
            type_coerce(Measurement.id, String),
            type_coerce(Measurement.stream_id, String),
            Measurement.value,
            Measurement.unit,
            type_coerce(Measurement.basis, String),
            type_coerce(Measurement.method, String),
            Measurement.relative_uncertainty,
        ).where(
            # The streams of the inputs (a stream added or removed reads everything again).
            Measurement.stream_id.in_(
                select(Stream.id).where(Stream.assessment_id == self._assessment_key, Stream.deleted_at.is_(None))
            ),
            Measurement.deleted_at.is_(None),
        )
        found: dict[str, list[Reading]] = defaultdict(list)
        texts, known = self._texts, self._readings
        seen: dict[tuple[Any, ...], Reading] = {}
        for row in session.execute(query):
            key = tuple(row)
            stream_id = texts.get(key[1]) or texts.setdefault(key[1], _id_text(key[1]))
            found[stream_id].append(seen.setdefault(key, known.get(key) or _reading(key)))
        self._readings = seen  # only the readings there are now
        streams = []
        for stream in inputs.streams:
            readings = tuple(found.get(stream.id, ()))
            streams.append(stream if readings == stream.readings else dataclasses.replace(stream, readings=readings))
        return dataclasses.replace(inputs, streams=tuple(streams))


def _id_text(stored: Any) -> str:
    """An id as read without its type (hex text, or a UUID from a native column) as text."""
    return str(uuid.UUID(str(stored)))


def _reading(row: tuple[Any, ...]) -> Reading:
    key, _stream, value, unit, basis, method, uncertainty = row
    relative = uncertainty or MeasurementMethod(method).default_relative_uncertainty
    return Reading(_id_text(key), value, unit, MeasurementBasis(basis).value, relative)
