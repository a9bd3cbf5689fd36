"""The ``eventwatch`` command line: thin commands over plain functions.

Each command group lives in its own module and registers itself on :data:`main`.
"""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


def _register() -> None:
    # Imported for their side effect of adding commands to ``main``; a module that is not
    # written yet is simply absent.
    import importlib

    for name in ("ingest", "query", "extract", "evaluate", "actors", "actor", "statistics",
                 "fusion", "stats", "report", "alerts", "exchange"):
        try:
            importlib.import_module(f"eventwatch.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"eventwatch.cli.{name}":
                raise


_register()
