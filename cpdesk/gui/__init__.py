"""The PySide6 workbench: the only package that imports Qt (a test enforces it).

Screens read and write through the services only; long work runs off the GUI thread.
"""
