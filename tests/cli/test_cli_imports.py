"""The command line answers `--version` at once, registering its commands imports no engine,
and it reaches the rest of cpdesk only through the services and core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("sqlalchemy", "numpy", "scipy", "pint", "reportlab", "openpyxl", "alembic")
CLI = Path(__file__).resolve().parents[2] / "cpdesk" / "cli"


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


def _cpdesk_imports(path: Path) -> set[str]:
    """Every cpdesk module ``path`` names in an import, in functions and type checks too."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("cpdesk"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cpdesk"):
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_cli_imports_only_services_and_core(path: Path) -> None:
    allowed = ("cpdesk.cli.", "cpdesk.services.", "cpdesk.core.", "cpdesk.__version__")
    assert {name for name in _cpdesk_imports(path) if not name.startswith(allowed)} == set()


@pytest.mark.parametrize("path", sorted(CLI.glob("*_commands.py")) + [CLI / "commands.py"], ids=lambda p: p.name)
def test_command_modules_do_not_import_main(path: Path) -> None:
    assert not any(name.startswith("cpdesk.cli.main") for name in _cpdesk_imports(path))


def test_a_usage_error_under_python_m(tmp_path: Path) -> None:
    """Run as `python -m cpdesk.cli.main`, a command's usage error is still one line and exit 2
    (when the commands imported the main module, theirs was a second module and its UsageError
    another class: an internal error)."""
    command = [sys.executable, "-m", "cpdesk.cli.main", "--db", str(tmp_path / "x.sqlite")]
    command += ["report", "worksheets", "-o", str(tmp_path / "w.pdf")]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    assert done.stderr == "cpdesk: error: give an ASSESSMENT to fill the worksheets from, or --blank (not both)\n"
