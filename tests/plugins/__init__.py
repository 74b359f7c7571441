"""pytest plugins of the test suite, loaded by the root ``conftest.py``."""
