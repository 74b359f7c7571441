"""The catalogue of units cpdesk knows: canonical spellings, their pint names, the field's
spellings of each, and the few definitions pint lacks.

A data catalogue for :mod:`cpdesk.core.units`, which does the converting. The canonical
strings are what cpdesk stores and shows; the spellings are compared after NFKC
normalisation, whitespace collapsing and case folding (so "MWH", "Mwh" and "mwh" are one
entry; no field unit differs from another by case alone: nobody meters milliwatt-hours).

Decisions worth knowing (each is also said where the unit is listed):

- ``kcal`` and ``Gcal`` are the International Table calorie (4.1868 J), as used in Vietnamese
  field practice and in the definition of the toe (1e10 IT calories = 41.868 GJ); MMBtu is
  a million ISO British thermal units (1055.056 J), 1.055056 GJ, as gas is traded.
- "t", "tấn", "ton" and "tonne" all mean the metric tonne (1000 kg).
- A ``year`` is a year of operation, 365 days = 8 760 h, not pint's Julian year of 8 766 h:
  "m³/year" from "m³/h" multiplies by 8 760.
- Apparent power (VA) and reactive power (var) have base dimensions of their own, so that a
  kVA or a kvar is never added to, or converted into, a kW: a power analyser writes all three.
- Pressures come in three kinds that never convert into each other: gauge ("bar(g)", over
  the atmosphere, what a field gauge reads), absolute ("bar(a)"), and a pressure whose
  reference is not stated ("bar", as a logger header writes it). Gauge and absolute meet only
  through :func:`cpdesk.core.units.absolute_pressure` with a stated atmospheric pressure.
  "kg/cm2" is the field's spelling of kgf/cm² (a boiler gauge), never a mass per area.
- A normal cubic metre (Nm³, 0 °C and 101.325 kPa) and a standard cubic metre (Sm³, 15 °C and
  101.325 kPa) are amounts of gas (moles of an ideal gas), not volumes: they convert into
  each other (1 Sm³ = 273.15/288.15 Nm³) but never silently into m³.
- Temperatures (°C, K, °F) are levels: °C and °F have an offset, so they are refused inside a
  quotient and are never multiplied (see :mod:`cpdesk.core.units`).
- "1" is the unit of a dimensionless quantity (SI), such as a power factor; "ppm" is a
  dimensionless part per million, not a mg/L.
"""

from __future__ import annotations

__all__ = ["ALIASES", "DEFINITIONS", "DIMENSIONALITIES", "DIMENSIONS", "OFFSET_UNITS", "PINT_NAMES", "PRESSURE_KINDS"]

#: Pressure units: canonical base spelling -> (pint name of the absolute unit, its field
#: spellings, and the identifier used for the gauge and unstated definitions).
_PRESSURES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "Pa": ("pascal", ("pa",), "pa"),
    "kPa": ("kilopascal", ("kpa",), "kpa"),
    "MPa": ("megapascal", ("mpa",), "mpa"),
    "mbar": ("millibar", ("mbar",), "mbar"),
    "bar": ("bar", ("bar",), "bar"),
    # Boiler gauges read kgf/cm², written "kg/cm2" (the BEE guide's "kg/cm²"): 1 at exactly.
    "kgf/cm²": ("kilogram_force / centimeter ** 2", ("kgf/cm2", "kgf/cm^2", "kg/cm2", "kg/cm^2"), "kgf_cm2"),
    "at": ("technical_atmosphere", ("at",), "at"),
    "psi": ("psi", ("psi",), "psi"),
}
_GAUGE_MARKS = ("(g)", " (g)", "g", " g", " gauge", "(gauge)", " (gauge)", "(dư)", " (dư)", " dư", "(du)", " (du)")
_ABSOLUTE_MARKS = ("(a)", " (a)", "a", " a", " abs", "(abs)", " (abs)", " absolute", "(tuyệt đối)", " (tuyệt đối)")

_KINDS = (("unstated", "", ("",)), ("gauge", "(g)", _GAUGE_MARKS), ("absolute", "(a)", _ABSOLUTE_MARKS))


def _pressure_tables() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, ...]], list[str]]:
    """Each pressure unit in its three kinds: (kinds, pint names, spellings, definitions).

    Absolute pressures are pint's own units; gauge and unstated ones are scaled from a base
    unit of their own dimension, so that no kind converts into another.
    """
    kinds: dict[str, str] = {}
    names: dict[str, str] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    definitions = ["gauge_pascal = [gauge_pressure]", "unstated_pascal = [unstated_pressure]"]
    for base, (absolute, spellings, ident) in _PRESSURES.items():
        for kind, suffix, marks in _KINDS:
            canonical = base + suffix
            kinds[canonical] = kind
            aliases[canonical] = tuple(spelling + mark for spelling in spellings for mark in marks)
            if kind == "absolute":
                names[canonical] = absolute
                continue
            names[canonical] = f"{kind}_{ident}" if ident != "pa" else f"{kind}_pascal"
            if ident != "pa":
                definitions.append(f"{kind}_{ident} = {absolute} / pascal * {kind}_pascal")
    aliases["at(g)"] += ("atü", "atu")  # the technical atmosphere's gauge and absolute names
    return kinds, names, aliases, definitions


#: Canonical pressure unit -> its kind ("gauge", "absolute" or "unstated").
PRESSURE_KINDS, _PRESSURE_NAMES, _PRESSURE_ALIASES, _PRESSURE_DEFINITIONS = _pressure_tables()

#: Canonical unit -> pint expression. The canonical strings are what cpdesk stores and shows.
PINT_NAMES: dict[str, str] = {
    "Wh": "watt_hour",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "J": "joule",
    "kJ": "kilojoule",
    "MJ": "megajoule",
    "GJ": "gigajoule",
    "TJ": "terajoule",
    "kcal": "kcal",  # defined below as IT calories
    "Gcal": "Gcal",
    "toe": "tonne_of_oil_equivalent",
    "MMBtu": "MMBtu",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "VA": "apparent_volt_ampere",
    "kVA": "kiloapparent_volt_ampere",
    "MVA": "megaapparent_volt_ampere",
    "kVAh": "kiloapparent_volt_ampere * hour",
    "var": "reactive_volt_ampere",
    "kvar": "kiloreactive_volt_ampere",
    "Mvar": "megareactive_volt_ampere",
    "kvarh": "kiloreactive_volt_ampere * hour",
    "mA": "milliampere",  # a 4-20 mA loop, as a logger's analogue input records it
    "A": "ampere",
    "kA": "kiloampere",
    "mV": "millivolt",
    "V": "volt",
    "kV": "kilovolt",
    "Hz": "hertz",
    "°C": "degree_Celsius",
    "K": "kelvin",
    "°F": "degree_Fahrenheit",
    **_PRESSURE_NAMES,
    "m³": "meter ** 3",
    "L": "liter",
    "Nm³": "normal_cubic_metre",
    "Sm³": "standard_cubic_metre",
    "mg": "milligram",
    "g": "gram",
    "kg": "kilogram",
    "t": "metric_ton",
    "s": "second",
    "min": "minute",
    "h": "hour",
    "day": "day",
    "year": "operating_year",
    "USD": "USD",
    "VND": "VND",
    "%": "percent",
    "ppm": "ppm",
    "1": "dimensionless",
}

#: Units with an offset (a temperature level): never multiplied, never inside a quotient.
OFFSET_UNITS = frozenset({"°C", "°F"})

#: Field spellings of each canonical unit (NFKC turns "m³", "㎥" into "m3", "℃" into "°C").
ALIASES: dict[str, tuple[str, ...]] = {
    "Wh": ("wh",),
    "kWh": ("kwh", "kw.h", "kw h", "kwhr", "số điện"),  # "số (điện)": a meter unit
    "MWh": ("mwh",),
    "GWh": ("gwh",),
    "J": ("j", "joule"),
    "kJ": ("kj",),
    "MJ": ("mj",),
    "GJ": ("gj",),
    "TJ": ("tj",),
    "kcal": ("kcal",),
    "Gcal": ("gcal",),
    "toe": ("toe",),
    "MMBtu": ("mmbtu", "mmbtus", "million btu"),
    "W": ("w",),
    "kW": ("kw",),
    "MW": ("mw",),
    "VA": ("va",),
    "kVA": ("kva",),
    "MVA": ("mva",),
    "kVAh": ("kvah", "kva.h", "kva h"),
    "var": ("var", "vars"),  # "VAr", "VAR": case folds
    "kvar": ("kvar", "kvars"),
    "Mvar": ("mvar",),
    "kvarh": ("kvarh", "kvar.h", "kvar h"),
    "mA": ("ma",),
    "A": ("a", "amp", "amps", "ampe", "ampere"),
    "kA": ("ka",),
    "mV": ("mv",),
    "V": ("v", "volt", "vôn"),
    "kV": ("kv",),
    "Hz": ("hz", "hertz"),
    "°C": ("°c", "oc", "deg c", "degc", "độ c", "do c", "celsius"),  # "ºC" folds to "oc"
    "K": ("k", "kelvin"),
    "°F": ("°f", "degf", "deg f", "fahrenheit"),
    **_PRESSURE_ALIASES,
    "m³": ("m3", "m^3", "m**3", "cbm", "khối", "khoi"),
    "L": ("l", "lít", "lit", "litre", "liter", "litres", "liters", "ℓ"),
    "Nm³": ("nm3", "nm^3", "m3n", "normal m3"),
    "Sm³": ("sm3", "sm^3", "scm", "std m3", "standard m3"),
    "mg": ("mg",),
    "g": ("g", "gram", "gam"),
    "kg": ("kg", "kgs", "kilogram", "ký"),  # "ký" (from "kilo") is colloquial
    "t": ("t", "tấn", "tan", "ton", "tons", "tonne", "tonnes"),
    "s": ("s", "sec", "giây", "giay"),
    "min": ("min", "phút", "phut"),
    "h": ("h", "hr", "hour", "giờ", "gio"),
    "day": ("day", "days", "d", "ngày", "ngay", "ngày đêm", "ngay dem", "ngđ"),  # "ngày đêm": 24 h
    "year": ("year", "yr", "năm", "nam"),
    "USD": ("usd", "$", "us$", "us dollar"),
    "VND": ("vnd", "vnđ", "đ", "đồng", "dong", "₫", "vn₫"),
    "%": ("%", "percent", "phần trăm"),
    "ppm": ("ppm",),
    "1": ("1", "-", "–", "—", "pu", "p.u.", "dimensionless", "không thứ nguyên"),
}

#: Units pint lacks, or that cpdesk means otherwise than pint's bare names.
DEFINITIONS: tuple[str, ...] = (
    # IT calories, explicitly: pint's "kcal" would be the thermochemical 4.184 kJ.
    "kcal = 1e3 * international_calorie",
    "Gcal = 1e9 * international_calorie",
    "MMBtu = 1e6 * british_thermal_unit",  # ISO Btu, 1055.056 J
    # A year of operation: 365 days, 8 760 h (pint's year is 365.25 days, 8 766 h).
    "operating_year = 365 * day",
    "apparent_volt_ampere = [apparent_power]",
    "reactive_volt_ampere = [reactive_power]",
    # An ideal gas at 101.325 kPa and 0 °C (normal) or 15 °C (standard): n = pV / (RT).
    "normal_cubic_metre = 101325 * pascal * meter ** 3 / (molar_gas_constant * 273.15 * kelvin)",
    "standard_cubic_metre = 101325 * pascal * meter ** 3 / (molar_gas_constant * 288.15 * kelvin)",
    *_PRESSURE_DEFINITIONS,
    "USD = [currency]",
    "VND = [currency_vnd]",
)

#: The time words of a unit as a person reads them, by language. A stored unit keeps its
#: canonical spelling ("m³/day"); a Vietnamese reader sees "m³/ngày", which the parser
#: takes back. "h", "min" and "s" are SI symbols and read the same in both languages.
_SHOWN_WORDS: dict[str, dict[str, str]] = {"vi": {"day": "ngày", "year": "năm"}}


def shown_unit(unit: str, lang: str) -> str:
    """``unit`` as a reader of ``lang`` writes it: "m³/day" is "m³/ngày" in Vietnamese."""
    words = _SHOWN_WORDS.get(lang)
    if not words or not unit:
        return unit
    return "/".join(words.get(part, part) for part in unit.split("/"))


#: What :func:`cpdesk.core.units.dimension_of` may answer.
DIMENSIONS: tuple[str, ...] = (
    "energy", "volume", "mass", "money", "power", "volume_flow", "mass_flow",
    "specific_energy", "specific_volume", "dimensionless", "time",
    "current", "voltage", "apparent_power", "reactive_power", "apparent_energy", "reactive_energy",
    "frequency", "temperature", "pressure", "gauge_pressure", "absolute_pressure",
    "gas_volume", "gas_volume_flow", "concentration", "other",
)  # fmt: skip

#: The base dimensions of each name of :data:`DIMENSIONS` (but "money" and "other"), as pint
#: gives them.
DIMENSIONALITIES: dict[str, dict[str, float]] = {
    "energy": {"[length]": 2, "[mass]": 1, "[time]": -2},
    "power": {"[length]": 2, "[mass]": 1, "[time]": -3},
    "volume": {"[length]": 3},
    "mass": {"[mass]": 1},
    "time": {"[time]": 1},
    "volume_flow": {"[length]": 3, "[time]": -1},
    "mass_flow": {"[mass]": 1, "[time]": -1},
    "specific_energy": {"[length]": 2, "[time]": -2},  # energy per mass of product
    "specific_volume": {"[length]": 3, "[mass]": -1},  # e.g. m³ of water per t of product
    "dimensionless": {},
    "current": {"[current]": 1},
    "voltage": {"[length]": 2, "[mass]": 1, "[time]": -3, "[current]": -1},
    "apparent_power": {"[apparent_power]": 1},
    "reactive_power": {"[reactive_power]": 1},
    "apparent_energy": {"[apparent_power]": 1, "[time]": 1},
    "reactive_energy": {"[reactive_power]": 1, "[time]": 1},
    "frequency": {"[time]": -1},
    "temperature": {"[temperature]": 1},
    "pressure": {"[unstated_pressure]": 1},  # gauge or absolute: not stated
    "gauge_pressure": {"[gauge_pressure]": 1},
    "absolute_pressure": {"[length]": -1, "[mass]": 1, "[time]": -2},
    "gas_volume": {"[substance]": 1},  # Nm³, Sm³: an amount of gas
    "gas_volume_flow": {"[substance]": 1, "[time]": -1},
    "concentration": {"[mass]": 1, "[length]": -3},  # mg/L of COD; a density (t/m³) too
}
