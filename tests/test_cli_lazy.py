"""The command line imports a command's module only when that command runs."""

from __future__ import annotations

import subprocess
import sys

import click

from eventwatch.cli import COMMAND_MODULES, MODULES, main


def test_command_table_matches_the_modules() -> None:
    ctx = click.Context(main)
    names = main.list_commands(ctx)  # imports every module
    assert set(names) == set(COMMAND_MODULES)
    assert {m for mods in COMMAND_MODULES.values() for m in mods} == set(MODULES)
    # Subcommands that other modules add to a group are in the table too: loading only the
    # listed modules in a fresh process gives the same subcommands.
    groups = {n: sorted(c.commands) for n in names
              if isinstance(c := main.get_command(ctx, n), click.Group)}
    for name, subcommands in groups.items():
        code = ("import click; from eventwatch.cli import main; "
                f"g = main.get_command(click.Context(main), {name!r}); print(sorted(g.commands))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout
        assert out.strip() == str(subcommands), name


def test_extract_does_not_import_the_database_stack() -> None:
    code = ("import sys, click; from eventwatch.cli import main; "
            "main.get_command(click.Context(main), 'extract'); "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'pandas', 'dateparser', "
            "'eventwatch.store') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
