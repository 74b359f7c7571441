"""Pure domain code: vocabularies, numbers as typed, units, factors, economics, balances and
reconciliation, the logger readers. No Qt, no SQL, no I/O, so every layer may import it.
"""
