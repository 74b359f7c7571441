"""An assessment's measured balances, recomputed quickly while readings are being typed.

:func:`cpdesk.services.balances.assessment_balance` reads the whole flow chart through the
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
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from cpdesk.core import balance as core_balance
from cpdesk.core.annual import BalanceError, Reading
from cpdesk.core.balance import Balance
from cpdesk.services import balances, lookup
from cpdesk.services.errors import CpdeskError, ValidationError
from cpdesk.services.uow import reading
from cpdesk.store.models import Measurement

#: Edits after which re-reading the readings is enough.
READINGS_ONLY = frozenset({"measurement"})


class BalanceSource:
    """The balance inputs of one assessment, kept between edits."""

    def __init__(self, db: Any, assessment_id: uuid.UUID | str) -> None:
        self.db = db
        self.assessment_id = assessment_id
        self._inputs: balances.BalanceInputs | None = None
        self._title = ""
        self._readings_stale = False
        # Kept while the inputs are: the streams' ids as the query takes them, and the text
        # of every id read (a reading re-read unchanged costs no new strings or objects).
        self._stream_keys: list[uuid.UUID] = []
        self._texts: dict[uuid.UUID, str] = {}
        self._readings: dict[tuple[Any, ...], Reading] = {}

    def changed(self, entities: Iterable[str]) -> None:
        """Records of these kinds changed: forget what they make stale."""
        kinds = frozenset(entities)
        if kinds and kinds <= READINGS_ONLY:
            self._readings_stale = True
        else:
            self._inputs = None

    def inputs(self) -> balances.BalanceInputs:
        with reading(self.db) as session:
            if self._inputs is None:
                assessment = lookup.assessment(session, self.assessment_id)
                self._title = assessment.title
                self._inputs = balances.balance_inputs(session, assessment)
                self._stream_keys = [uuid.UUID(s.id) for s in self._inputs.streams]
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
            raise ValidationError("balance", "carrier", group, "choose water or energy")
        if energy_unit not in core_balance.ENERGY_UNITS:
            raise ValidationError(
                "balance", "unit", energy_unit, f"choose one of {', '.join(core_balance.ENERGY_UNITS)}"
            )
        inputs = self.inputs()
        try:
            return core_balance.compute_balance(
                inputs.streams,
                inputs.steps,
                group,
                inputs.period,
                inputs.factors,
                energy_unit=energy_unit,
                ncv_overrides=inputs.ncv_overrides,
                density_overrides=inputs.density_overrides,
            )
        except (BalanceError, ValueError) as exc:
            raise CpdeskError(f"{group} balance of {self._title}: {exc}") from None

    def _with_readings(self, session: Any, inputs: balances.BalanceInputs) -> balances.BalanceInputs:
        """The same inputs with every stream's readings read again (as balance_inputs reads
        them, in the same order); streams whose readings did not change are kept as they are."""
        query = select(
            Measurement.id,
            Measurement.stream_id,
            Measurement.value,
            Measurement.unit,
            Measurement.basis,
            Measurement.method,
            Measurement.relative_uncertainty,
        ).where(Measurement.stream_id.in_(self._stream_keys), Measurement.deleted_at.is_(None))
        found: dict[str, list[Reading]] = defaultdict(list)
        texts, known = self._texts, self._readings
        seen: dict[tuple[Any, ...], Reading] = {}
        for row in session.execute(query):
            text = texts.get(row[1]) or texts.setdefault(row[1], str(row[1]))
            found[text].append(seen.setdefault(row, known.get(row) or _reading(row)))
        self._readings = seen  # only the readings there are now
        streams = []
        for stream in inputs.streams:
            readings = tuple(found.get(stream.id, ()))
            streams.append(stream if readings == stream.readings else dataclasses.replace(stream, readings=readings))
        return dataclasses.replace(inputs, streams=tuple(streams))


def _reading(row: Any) -> Reading:
    key, _stream, value, unit, basis, method, uncertainty = row
    return Reading(str(key), value, unit, basis.value, uncertainty or method.default_relative_uncertainty)
