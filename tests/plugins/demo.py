"""The demo database of the tests: written once per test run, copied for each test.

Writing the demo data set (five programmes, 32 companies, 750 options and the worked textile
assessment), in Vietnamese, takes seconds; copying the closed SQLite file takes milliseconds. So the demo is
written once, into a file no test opens, and every test that reads or edits it gets a file of
its own: no test sees another's edits, whatever order the tests run in.

The tests of the demo loader itself (``tests/services/test_demo.py``, ``cpdesk demo`` in
``tests/cli/test_cli.py``) and the PostgreSQL variants write the demo where they need it.

Loaded by the root ``conftest.py`` as a pytest plugin.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database as a first start writes it, closed; copied, never opened, by tests.

    Written on a workspace of its own (not a copy of ``workspace_template``), so it has a
    device id of its own, as a user's first start would.
    """
    from cpdesk.services.demo import data_set as demo
    from cpdesk.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_workspace(path)
    # In Vietnamese, as a first start in the default interface language writes it: the
    # screens' tests type and find Vietnamese names. The English demo has the same figures
    # (tests/services/test_demo_languages.py), so a test of figures holds for both.
    demo.write_demo(db, lang="vi")
    db.close()
    # Closing the last connection checkpoints the write-ahead log into the file and removes
    # it: the file alone is then the whole database, and a plain copy of it is a copy.
    leftovers = [p.name for p in path.parent.iterdir() if p != path]
    assert not leftovers, f"the demo database was not closed cleanly: {leftovers}"
    return path


def copy_demo(template: Path, folder: Path) -> Path:
    """A copy of the demo database file in ``folder``, named ``demo.sqlite``."""
    path = folder / "demo.sqlite"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the demo database file, not opened (for the command line).

    It lies in a folder of its own, so the test's ``tmp_path`` holds only what the test put
    there.
    """
    return copy_demo(demo_template, tmp_path_factory.mktemp("demo-copy"))


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Any]:
    """A private copy of the demo database, opened; closed after the test."""
    from cpdesk.services.workspace import open_workspace

    database = open_workspace(demo_path)
    yield database
    database.close()
