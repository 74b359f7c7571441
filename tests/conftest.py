"""Shared fixtures: a private data folder for every test and an empty workspace copied from a
template made once. Qt runs offscreen: set before anything imports Qt.

The PostgreSQL side of the tests (``workspaces``, ``any_db``) and the demo database written
once and copied for each test (``demo_db``, ``demo_path``) are plugins of their own, in
``tests/plugins``."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.plugins.postgres", "tests.plugins.demo"]


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder or database from a test."""
    monkeypatch.setenv("CPDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("CPDESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture(scope="session")
def workspace_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated workspace with reference data, made once and copied for each test."""
    from cpdesk.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_workspace(path).close()
    return path


@pytest.fixture
def db(db_path: Path, workspace_template: Path) -> Iterator[object]:
    """An opened, empty workspace on a file of its own."""
    from cpdesk.services.workspace import open_workspace

    shutil.copyfile(workspace_template, db_path)
    database = open_workspace(db_path)
    yield database
    database.close()
