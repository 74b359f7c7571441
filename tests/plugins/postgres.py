"""The PostgreSQL side of the tests: a test server, databases cloned from a migrated
template, and the ``workspaces`` / ``any_db`` fixtures that run a test on both backends.

The store, merge and roll-up tests run on SQLite and on a real PostgreSQL server. Without
CPDESK_TEST_POSTGRES_URL the PostgreSQL variants are skipped with the reason shown in the
summary; CI sets CPDESK_REQUIRE_POSTGRES=1 as well, which makes a missing or unreachable
server a failure instead. Each workspace is a database of its own, cloned from a migrated
template database (the role needs CREATEDB) and dropped afterwards.

Loaded by the root ``conftest.py`` as a pytest plugin; the SQLite template it copies,
``workspace_template``, is a fixture of that ``conftest.py``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

POSTGRES_URL_ENV = "CPDESK_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "CPDESK_REQUIRE_POSTGRES"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The test server's URL, checked once; skips (or fails, in CI) when there is none."""
    url = os.environ.get(POSTGRES_URL_ENV, "").strip()
    required = os.environ.get(REQUIRE_POSTGRES_ENV, "") not in ("", "0")
    if not url:
        if required:
            pytest.fail(f"{REQUIRE_POSTGRES_ENV} is set but {POSTGRES_URL_ENV} is not", pytrace=False)
        pytest.skip(
            f"PostgreSQL tests need a server: set {POSTGRES_URL_ENV} (see docs/development.md, 'PostgreSQL tests')"
        )
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # no driver, no server, wrong password: say which
        message = f"PostgreSQL at {POSTGRES_URL_ENV} is not usable: {type(exc).__name__}: {str(exc).splitlines()[0]}"
        if required:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return url


class PostgresServer:
    """Creates and drops the test databases on the server at ``postgres_url``."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine, text

        self.url = url
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            version = conn.execute(text("SHOW server_version_num")).scalar_one()
        # WAL_LOG (PostgreSQL 15+) clones a small database in a fraction of a second.
        self._strategy = " STRATEGY WAL_LOG" if int(version) >= 150000 else ""
        self.template: str | None = None

    def database_url(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        import uuid

        from sqlalchemy import text

        name = f"cpdesk_t_{uuid.uuid4().hex[:16]}"
        clause = f' TEMPLATE "{template}"{self._strategy}' if template else ""
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        return name

    def drop(self, name: str) -> None:
        """Drop a test database. FORCE ends the test's own leftover connections, but not an
        autovacuum worker that happens to be in the fresh database (a role that is not a
        superuser may not end it): that one finishes within moments, so wait and try again."""
        import time

        from sqlalchemy import text
        from sqlalchemy.exc import ProgrammingError

        for attempt in range(40):
            try:
                with self._admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except ProgrammingError as exc:
                if "pg_signal_backend" not in str(exc) or attempt == 39:
                    raise
                time.sleep(0.25)

    def close(self) -> None:
        if self.template:
            self.drop(self.template)
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_server(postgres_url: str) -> Iterator[PostgresServer]:
    """The server, with a migrated workspace to clone (made once per test session)."""
    from cpdesk.services.workspace import open_workspace

    server = PostgresServer(postgres_url)
    server.template = server.create()
    open_workspace(server.database_url(server.template)).close()
    yield server
    server.close()


class WorkspaceFactory:
    """Makes independent, migrated workspaces (each with a device id of its own) on one backend."""

    def __init__(self, backend: str, tmp_path: Path, template: Path, request: pytest.FixtureRequest) -> None:
        self.backend = backend
        self._tmp = tmp_path
        self._template = template
        self._request = request
        self._opened: list[Any] = []
        self._databases: list[str] = []

    @property
    def _server(self) -> PostgresServer:
        return self._request.getfixturevalue("postgres_server")

    def url(self, name: str = "db") -> str:
        """The URL of a new, empty database (nothing created yet for SQLite)."""
        if self.backend == "sqlite":
            import uuid

            return f"sqlite:///{self._tmp / f'{name}-{uuid.uuid4().hex[:8]}.sqlite'}"
        database = self._server.create()
        self._databases.append(database)
        return self._server.database_url(database)

    def __call__(self, name: str = "db") -> Any:
        """An opened workspace with the reference data installed."""
        import uuid

        from sqlalchemy import create_engine, text

        from cpdesk.services.workspace import open_workspace

        if self.backend == "sqlite":
            path = self._tmp / f"{name}-{uuid.uuid4().hex[:8]}.sqlite"
            shutil.copyfile(self._template, path)
            url = f"sqlite:///{path}"
        else:
            database = self._server.create(template=self._server.template)
            self._databases.append(database)
            url = self._server.database_url(database)
        # A copy would share the template's device id: every database needs its own.
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE local_setting SET value = :v WHERE key = 'device_id'"), {"v": uuid.uuid4().hex})
        engine.dispose()
        db = open_workspace(url)
        self._opened.append(db)
        return db

    def close(self) -> None:
        for db in self._opened:
            db.close()
        for database in self._databases:
            self._server.drop(database)


@pytest.fixture(params=BACKENDS)
def workspaces(request: pytest.FixtureRequest, tmp_path: Path, workspace_template: Path) -> Iterator[WorkspaceFactory]:
    """A maker of workspaces, parametrised over SQLite and PostgreSQL."""
    if request.param == "postgresql":
        request.getfixturevalue("postgres_server")
    factory = WorkspaceFactory(request.param, tmp_path, workspace_template, request)
    yield factory
    factory.close()


@pytest.fixture
def any_db(workspaces: WorkspaceFactory) -> Any:
    """One opened workspace on SQLite and on PostgreSQL."""
    return workspaces("any")
