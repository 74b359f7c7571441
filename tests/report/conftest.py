"""Fixtures of the report tests: the demo data written once, copied for each module."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, workspace_template: Path) -> Path:
    """A workspace with the demo data, written once (it takes seconds) and only copied after."""
    from cpdesk.services.demo import data_set as demo
    from cpdesk.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("report-demo") / "demo.sqlite"
    shutil.copyfile(workspace_template, path)
    db = open_workspace(path)
    demo.write_demo(db)
    db.close()
    return path


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[object]:
    """The demo workspace, a copy of its own for each test module."""
    from cpdesk.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("report") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_workspace(path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def textile_id(demo_db: object) -> str:
    """The id of the worked textile assessment (the only one with origin "demo")."""
    from cpdesk.services.assessment import assessments

    return str(next(a.id for a in assessments.list_assessments(demo_db) if a.origin.value == "demo"))
