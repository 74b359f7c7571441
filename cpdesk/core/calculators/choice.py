"""Which calculator prices an option, and which of its figures is the option's saving.

An option is priced by the calculator its option-library type names (:data:`BY_TYPE`,
``STM.TRAP.REPAIR`` by the steam-leak calculator), else by those that suit its category
(:data:`BY_CATEGORY`: a good-housekeeping option is most often a leak or lights left on).
:func:`suggested` gives those first; the auditor may still choose any calculator.

A calculator's result fills the option's resource savings with one of its figures
(:data:`SAVING_OUTPUTS`): the first of its list that the result holds, in the carrier named
beside it. :data:`FUEL` stands for the fuel the calculation names: steam lost costs fuel at
the boiler, and the fuel is priced and counted in CO2, while the steam itself is not. The
motor's load and the capacitor bank size equipment and save nothing by themselves.
"""

from __future__ import annotations

from cpdesk.core.vocabulary import OptionCategory

#: The carrier of a saving that is the fuel the calculation names.
FUEL = "fuel"

#: The calculators of the option library's types, best first.
BY_TYPE: dict[str, tuple[str, ...]] = {
    "STM.TRAP.REPAIR": ("steam_leak",),
    "STM.LEAK.REPAIR": ("steam_leak",),
    "STM.PIPE.INSUL": ("pipe_insulation",),
    "AIR.LEAK.REPAIR": ("air_leak_orifice", "air_leak_decay", "air_leak_load_unload"),
    "AIR.PRES.REDUCE": ("air_pressure_reduction",),
    "MTR.DRIVE.VSD": ("pump_vsd",),
    "MTR.MOTOR.RESIZE": ("motor_load",),
    "MTR.MOTOR.REPLACE": ("motor_replacement", "motor_load"),
    "LGT.LAMP.LED": ("lighting",),
    "LGT.SWITCH.OFF": ("lighting",),
    "LGT.SENSOR.CONTROL": ("lighting",),
    "LGT.DAY.USE": ("lighting",),
    "ELE.PF.CORRECT": ("power_factor",),
    "STM.COND.RECOVER": ("condensate_return", "flash_steam"),
    "STM.FLASH.RECOVER": ("flash_steam",),
    "STM.COMB.TUNE": ("boiler_o2_trim",),
    "STM.FUEL.BIOMASS": ("fuel_switch",),
    "KLN.FUEL.GAS": ("fuel_switch",),
    "KLN.ALT.FUEL": ("fuel_switch",),
    "DYE.EFFL.HEATREC": ("wastewater_heat_recovery",),
    "STM.FLUE.ECON": ("boiler_economiser",),
    "STM.BLOW.RECOVER": ("blowdown_heat_recovery",),
}

#: The calculators that suit an option of each category, most likely first.
BY_CATEGORY: dict[OptionCategory, tuple[str, ...]] = {
    OptionCategory.GOOD_HOUSEKEEPING: (
        "steam_leak",
        "air_leak_orifice",
        "air_leak_decay",
        "air_leak_load_unload",
        "lighting",
        "air_pressure_reduction",
    ),
    OptionCategory.PROCESS_CONTROL: ("boiler_o2_trim", "air_pressure_reduction", "pump_vsd", "motor_load"),
    OptionCategory.INPUT_MATERIAL_CHANGE: ("fuel_switch",),
    OptionCategory.EQUIPMENT_MODIFICATION: (
        "pipe_insulation",
        "boiler_economiser",
        "pump_vsd",
        "motor_replacement",
        "motor_load",
        "power_factor",
        "lighting",
        "steam_leak",
    ),
    OptionCategory.TECHNOLOGY_CHANGE: (
        "lighting",
        "pump_vsd",
        "motor_replacement",
        "motor_load",
        "power_factor",
        "fuel_switch",
    ),
    OptionCategory.ONSITE_RECOVERY: (
        "condensate_return",
        "flash_steam",
        "wastewater_heat_recovery",
        "blowdown_heat_recovery",
        "pipe_insulation",
        "steam_leak",
    ),
}

#: For each calculator, the figures that can be the option's resource saving, in order of
#: preference: (output, carrier code or :data:`FUEL`). The output's unit is a rate a year.
SAVING_OUTPUTS: dict[str, tuple[tuple[str, str], ...]] = {
    "steam_leak": (("fuel_per_year", FUEL), ("steam_loss_per_year", "steam")),
    "pipe_insulation": (("fuel_per_year", FUEL), ("heat_saving_per_year", "heat")),
    "air_leak_orifice": (("energy_saving_per_year", "electricity"),),
    "air_leak_decay": (("energy_saving_per_year", "electricity"),),
    "air_leak_load_unload": (("energy_saving_per_year", "electricity"),),
    "air_pressure_reduction": (("energy_saving_per_year", "electricity"),),
    "pump_vsd": (("energy_saving_per_year", "electricity"),),
    "lighting": (("energy_saving_per_year", "electricity"),),
    "motor_load": (),
    "motor_replacement": (("energy_saving_per_year", "electricity"),),
    "power_factor": (),
    "flash_steam": (("fuel_per_year", FUEL), ("heat_saving_per_year", "heat")),
    "condensate_return": (("fuel_per_year", FUEL), ("water_saving_per_year", "water")),
    "boiler_o2_trim": (("fuel_per_year", FUEL),),
    "fuel_switch": (("present_fuel_per_year", FUEL),),
    "wastewater_heat_recovery": (("fuel_per_year", FUEL), ("heat_saving_per_year", "heat")),
    "boiler_economiser": (("fuel_per_year", FUEL),),
    "blowdown_heat_recovery": (("fuel_per_year", FUEL), ("heat_saving_per_year", "heat")),
}


#: Resources a calculator's result saves beside its priced saving, filled into the option's
#: savings too but not priced (their value is typed, or in the annual savings by hand):
#: returned condensate saves its fuel and its make-up water.
ALSO_SAVES: dict[str, tuple[tuple[str, str], ...]] = {
    "condensate_return": (("water_saving_per_year", "water"),),
}


def suggested(category: OptionCategory | str, type_code: str | None = None) -> tuple[str, ...]:
    """The calculators that suit an option: its type's first, then its category's (each once)."""
    names: list[str] = list(BY_TYPE.get((type_code or "").strip().upper(), ()))
    try:
        names += BY_CATEGORY.get(OptionCategory(category), ())
    except ValueError:  # a category this version does not know: no suggestion from it
        pass
    return tuple(dict.fromkeys(names))


def ordered(
    all_names: tuple[str, ...], category: OptionCategory | str, type_code: str | None = None
) -> tuple[str, ...]:
    """``all_names`` with the suggested ones first (in their order), the others after."""
    first = tuple(name for name in suggested(category, type_code) if name in all_names)
    return first + tuple(name for name in all_names if name not in first)
