"""How a verified saving was measured: the options of the IPMVP (Core Concepts 2022) that
cpdesk works out. Its own module, so that the store can name it without loading the
arithmetic."""

from __future__ import annotations

from enum import StrEnum


class VerificationMethod(StrEnum):
    """How a verified saving was measured."""

    #: Option B: the measure isolated, its own use metered before and after.
    IPMVP_B = "ipmvp_b"
    #: Option C: the whole facility's meters (bills) against a baseline model.
    IPMVP_C = "ipmvp_c"
