"""The ``eventwatch`` command line: thin commands over plain functions.

Each command group lives in its own module and registers itself on :data:`main`.  The
modules are imported when a command of theirs is run (or help lists them all), not at start:
``eventwatch extract`` then never loads the database, analysis and report stacks
(SQLAlchemy, Alembic, pandas ...), which took seconds of its start-up.
"""

from __future__ import annotations

import importlib

import click

# Command name -> the modules that define it or add subcommands to it, in import order.
# ``tests/test_cli_extract.py`` checks this against what the modules register.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "ingest": ("ingest",),
    "incidents": ("query", "fusion"),
    "extract": ("extract",),
    "eval": ("evaluate",),
    "actors": ("actors",),
    "actor": ("actor",),
    "statistics": ("statistics",),
    "fuse": ("fusion",),
    "eval-fusion": ("fusion",),
    "stats": ("stats",),
    "report": ("report",),
    "alerts": ("alerts",),
    "export": ("exchange",),
    "import-reference": ("exchange",),
    "compare": ("exchange",),
}
MODULES = ("ingest", "query", "extract", "evaluate", "actors", "actor", "statistics",
           "fusion", "stats", "report", "alerts", "exchange")


def _load(name: str) -> None:
    # Imported for its side effect of adding commands to ``main``; a module that is not
    # written yet is simply absent.
    try:
        importlib.import_module(f"eventwatch.cli.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"eventwatch.cli.{name}":
            raise


class LazyGroup(click.Group):
    """A group whose commands are registered by importing their module on first use."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        for module in COMMAND_MODULES.get(cmd_name, ()):
            _load(module)
        if cmd_name not in self.commands and cmd_name not in COMMAND_MODULES:
            self.load_all()  # a command missing from the table still works
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self.load_all()
        return super().list_commands(ctx)

    def load_all(self) -> None:
        for module in MODULES:
            _load(module)


@click.group(cls=LazyGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="eventwatch")
def main() -> None:
    """EventWatch: turn news reporting on political violence into an incident database.

    \b
    Examples:
      eventwatch ingest samples/ --db sqlite:///events.db
      eventwatch incidents --country PK --since 2019-01-01 --format csv -o out.csv
      eventwatch extract articles.jsonl -o incidents.jsonl
      eventwatch eval ../shared/gold/satp-dev
    """
