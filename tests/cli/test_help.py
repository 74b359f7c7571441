"""Every command's ``--help`` prints: argparse formats each help text with ``%``, so a bare
"%" in one ("in points of % (default 2)") fails only when that command's help is asked for."""

from __future__ import annotations

import argparse

from cpdesk.cli.main import build_parser


def _parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _parsers(sub, (*path, name))
    return found


def test_every_command_formats_its_help() -> None:
    parsers = _parsers(build_parser())
    assert len(parsers) > 40  # every command and subcommand, not just the top
    for path, parser in parsers:
        text = parser.format_help()
        assert text.startswith("usage:"), path
