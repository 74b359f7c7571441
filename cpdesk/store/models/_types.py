"""Column helpers shared by the model modules."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def code_enum(enum_cls: type[StrEnum]) -> Enum:
    """Store a vocabulary member as its code (a short string), portable to PostgreSQL.

    No native enum type and no CHECK constraint: adding a code must not need a table
    rebuild; services validate codes before they reach the store.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [m.value for m in members],
    )
