"""``eventwatch statistics``: list the aggregate figures stored articles state.

Reads the store through :func:`eventwatch.store.statistics.query_statistics` (and the actor
base, to understand any name of ``--actor``); writes a table, JSON or CSV to stdout.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

from eventwatch.cli import main

# The measures the statistics stage writes (eventwatch.extract.statistics).
MEASURES = ("attacks", "suicide_attacks", "killed", "wounded", "casualties", "arrests",
            "kidnapped")


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def figure_text(record: dict[str, Any]) -> str:
    """The figures of one record in a few words: "595", "38% of killed", "-29% change"."""
    parts = []
    if record["value"] is not None:
        qualifier = record["qualifier"]
        prefix = {"at_least": "at least ", "more_than": "more than ", "about": "about ",
                  "up_to": "up to "}.get(qualifier, "")
        parts.append(f"{prefix}{record['value']}")
    if record["share_pct"] is not None:
        of = f" of {record['of_measure']}" if record["of_measure"] else ""
        parts.append(f"{_number(record['share_pct'])}%{of}")
    if record["change_pct"] is not None:
        about = "about " if record["qualifier"] == "about" and record["value"] is None else ""
        parts.append(f"{about}{record['change_pct']:+g}% change")
    if record["attacks"] is not None:
        parts.append(f"in {record['attacks']} attacks")
    if record["by_category"]:
        parts.append("(" + ", ".join(f"{k} {v}" for k, v in record["by_category"].items()) + ")")
    return " ".join(parts)


def scope_text(record: dict[str, Any]) -> str:
    return " / ".join(v for v in (record["country"], record["admin1"], record["actor"]) if v)


def write_table(records: list[dict[str, Any]]) -> None:
    rows = [("PERIOD", "MEASURE", "SCOPE", "FIGURE", "SOURCE")] + [
        (r["period"] or "-", r["measure"], scope_text(r), figure_text(r), r["source"] or "")
        for r in records]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for i, row in enumerate(rows):
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)) + "  "
                   + row[4])
        if i and records[i - 1]["sentence"]:
            click.echo(f"    \"{records[i - 1]['sentence']}\"")


def write_csv(records: list[dict[str, Any]]) -> None:
    from eventwatch.store.statistics import STATISTIC_COLUMN_NAMES

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(STATISTIC_COLUMN_NAMES)
    for r in records:
        writer.writerow(["; ".join(f"{k}={v}" for k, v in r[c].items()) if c == "by_category"
                         else "" if r[c] is None else r[c] for c in STATISTIC_COLUMN_NAMES])


@main.command("statistics")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="SQLAlchemy database URL [default: $EVENTWATCH_DATABASE_URL or "
                   "sqlite:///eventwatch.db].")
@click.option("--country", metavar="CODE", help="ISO 3166-1 alpha-2 code of the scope, e.g. PK.")
@click.option("--actor", metavar="NAME",
              help="Actor of the scope: canonical name or any alias (branches included).")
@click.option("--measure", metavar="MEASURE",
              help=f"What is counted, e.g. {', '.join(MEASURES)}.")
@click.option("--actors-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Your actor file, extending the shipped actor base.")
@click.option("--format", "fmt", type=click.Choice(("table", "json", "csv")), default="table",
              show_default=True, help="Output format.")
def statistics_command(db_url: str | None, country: str | None, actor: str | None,
                       measure: str | None, actors_file: Path | None, fmt: str) -> None:
    """List the statistics stored articles state ("595 people were killed in 2018").

    Each has a period, a scope (country, province, actor), a measure, the figure (value,
    share of another figure, change against the previous period, breakdown), who the
    article says it is from, and the sentence it came from.  Filters combine: every one
    given must match.  JSON and CSV carry every field.

    \b
    Examples:
      eventwatch statistics
      eventwatch statistics --country PK --measure killed
      eventwatch statistics --actor ISIS --format json
      eventwatch statistics --format csv > statistics.csv
    """
    from eventwatch.errors import EventWatchError
    from eventwatch.resources.actors import ActorBase
    from eventwatch.store import Store
    from eventwatch.store.statistics import query_statistics

    try:
        actors = ActorBase.load(user_path=actors_file) if actor else None
        with Store(db_url) as store:
            records = query_statistics(store, country=country, actor=actor, measure=measure,
                                       actors=actors)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        write_csv(records)
    else:
        write_table(records)
        click.echo(f"{len(records)} statistic{'s' if len(records) != 1 else ''}", err=True)
