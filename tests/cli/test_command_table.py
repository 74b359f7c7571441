"""The table of which module registers each command, by which a command line imports only
its command's module: complete, and giving the same parser as building them all."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from cpdesk.cli import main as cli_main


def _registered(module: str) -> list[str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(f"cpdesk.cli.{module}").register(sub, cli_main.open_db)
    return list(sub.choices)


def test_every_command_is_in_the_table_with_its_module() -> None:
    found = {name: module for module in cli_main.COMMAND_MODULES for name in _registered(module)}
    assert found == cli_main.COMMANDS
    assert set(cli_main.COMMANDS.values()) == set(cli_main.COMMAND_MODULES)


def test_the_chosen_command_is_read_past_the_global_options() -> None:
    chosen = cli_main._chosen_command
    assert chosen(["--db", "centre.sqlite", "summary", "programme", "CENTRE"]) == "summary"
    assert chosen(["summary", "--db", "x"]) == "summary"
    assert chosen(["--db", "x"]) is None
    assert chosen(["--help"]) is None
    assert chosen([]) is None


def test_one_command_parses_as_with_every_command_built() -> None:
    argv = ["--db", "c.sqlite", "summary", "programme", "CENTRE", "--grid-year", "2020"]
    alone = vars(cli_main.build_parser("summary").parse_args(argv))
    every = vars(cli_main.build_parser().parse_args(argv))
    # the handlers are closures made by each build: the same code
    assert alone.pop("handler").__code__ is every.pop("handler").__code__
    assert alone == every
    assert alone["code"] == "CENTRE"


def test_a_command_line_imports_its_command_module_only() -> None:
    script = (
        "import sys\n"
        "from cpdesk.cli.main import build_parser, _chosen_command\n"
        "build_parser(_chosen_command(['summary', 'programme', 'X']))\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.endswith('_commands')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['engine_commands']"
