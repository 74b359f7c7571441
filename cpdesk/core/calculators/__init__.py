"""Savings calculators: the plant-specific estimate behind the common Cleaner Production options.

Each module prices one kind of option by a published method, named in its docstring with its
source: steam traps and leaks (:mod:`.steam_leak`), compressed air (:mod:`.compressed_air`),
motors and pumps (:mod:`.motors`), power factor correction (:mod:`.power_factor`), a
lighting retrofit (:mod:`.lighting`) and pipe insulation (:mod:`.insulation`). Their pure
functions take numbers in the units their names say; :mod:`.catalogue` lists them with their
inputs, reads inputs given with any unit (:mod:`.inputs`, through the one registry of
:mod:`cpdesk.core.units`) and refuses the physically impossible with a message naming the
field. No Qt, no SQL.
"""
