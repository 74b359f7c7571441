"""The command line answers `--version` at once, and registering its commands imports no engine."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "numpy", "scipy", "pint", "reportlab", "openpyxl", "alembic")


def _imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(sorted({{m.split('.')[0] for m in sys.modules}}))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(ast.literal_eval(out.stdout.strip().splitlines()[-1]))


def test_version_imports_no_engine() -> None:
    code = (
        "from cpdesk.cli.main import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0\n"
    )
    assert _imported_after(code).isdisjoint(HEAVY)


@pytest.mark.parametrize(
    "module",
    ["engine_commands", "report_commands", "logger_commands", "sync_commands", "guide_commands", "practical_commands"],
)
def test_registering_commands_imports_no_engine(module: str) -> None:
    code = (
        "import argparse\n"
        f"from cpdesk.cli import {module}\n"
        "sub = argparse.ArgumentParser().add_subparsers()\n"
        f"{module}.register(sub, lambda args: None)\n"
    )
    assert _imported_after(code).isdisjoint(HEAVY)


def test_version_after_a_command_is_still_that_commands_error(capsys) -> None:
    from cpdesk.cli.main import main

    assert main(["list", "--version"]) == 2
    assert "cpdesk list --help" in capsys.readouterr().err


def test_help_imports_no_engine() -> None:
    """`cpdesk --help` builds every command's parser and runs none."""
    code = (
        "from cpdesk.cli.main import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0\n"
    )
    assert _imported_after(code).isdisjoint(HEAVY)
