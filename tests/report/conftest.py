"""Fixtures of the report tests: the demo database, copied once for each module.

The report modules build their documents once per module (the fixtures ``pdf``, ``cp_ee``,
``worksheets`` and the workbooks), so their tests share one copy of the demo database per
module, not one per test; the demo itself is written once per test run
(``tests/plugins/demo.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[object]:
    """The demo workspace, a copy of its own for each test module."""
    from cpdesk.services.workspace import open_workspace
    from tests.plugins.demo import copy_demo

    db = open_workspace(copy_demo(demo_template, tmp_path_factory.mktemp("report")))
    yield db
    db.close()


@pytest.fixture(scope="module")
def textile_id(demo_db: object) -> str:
    """The id of the worked textile assessment (the only one with origin "demo")."""
    from cpdesk.services.assessment import assessments

    return str(next(a.id for a in assessments.list_assessments(demo_db) if a.origin.value == "demo"))
