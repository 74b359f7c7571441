"""Reference data, demo data, fonts and translations shipped with cpdesk (data, not code).

Installed as the package ``cpdesk.resources`` so that ``importlib.resources`` finds it in
a source tree, a wheel and a frozen build alike.
"""
