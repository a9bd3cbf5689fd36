"""``eventwatch incidents``: filter the stored incidents and print or export them.

Reads the store (:meth:`eventwatch.store.Store.incidents`); writes a table to stdout, or a file
in one of :data:`eventwatch.export.FORMATS`.  ``incidents`` is a group so that later commands
on incidents (merge, split) can hang below it; without a subcommand it runs the query.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eventwatch.cli import main
from eventwatch.cli.stats import date_option

FORMAT_CHOICES = ("table", "csv", "json", "jsonl", "geojson", "parquet")


@main.group("incidents", invoke_without_command=True)
@click.option("--db", "db_url", metavar="URL", default=None,
              help="SQLAlchemy database URL [default: $EVENTWATCH_DATABASE_URL or "
                   "sqlite:///eventwatch.db].")
@click.option("--country", metavar="CODE", help="ISO 3166-1 alpha-2 country code, e.g. PK.")
@click.option("--province", metavar="NAME", help="Province / state (admin1), e.g. Balochistan.")
@click.option("--actor", metavar="NAME",
              help="Perpetrator: canonical name or any alias (branches included).")
@click.option("--since", callback=date_option, metavar="DATE",
              help="From this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", callback=date_option, metavar="DATE",
              help="Up to and including this date (YYYY and YYYY-MM mean the whole period).")
@click.option("--event-type", metavar="TYPE", help="ACLED sub-event type, e.g. suicide_bomb.")
@click.option("--min-killed", type=click.IntRange(min=0), metavar="N",
              help="At least N killed (best estimate, else the low bound).")
@click.option("--limit", type=click.IntRange(min=1), metavar="N",
              help="At most N incidents (the earliest ones).")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="table",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              default=None, help="Write to FILE instead of stdout (required for parquet).")
@click.pass_context
def incidents_command(ctx: click.Context, db_url: str | None, country: str | None,
                      province: str | None, actor: str | None, since: str | None,
                      until: str | None, event_type: str | None, min_killed: int | None,
                      limit: int | None, fmt: str, output: Path | None) -> None:
    """List stored incidents, filtered, in date order.

    Filters combine: every one given must match.  A date filter keeps incidents whose date,
    at its precision, overlaps the range (an incident dated only "2019-01" matches
    --since 2019-01-15).  CSV, JSON, GeoJSON and Parquet carry every column; the table shows
    the main ones.

    \b
    Examples:
      eventwatch incidents
      eventwatch incidents --country PK --province Balochistan --since 2019-01
      eventwatch incidents --actor TTP --min-killed 5 --format csv -o ttp.csv
      eventwatch incidents --since 2018 --until 2018 --format geojson -o 2018.geojson
      eventwatch incidents --event-type suicide_bomb --format parquet -o bombings.parquet
    """
    if ctx.invoked_subcommand is not None:
        return
    from eventwatch.errors import EventWatchError
    from eventwatch.export import write_incidents
    from eventwatch.store import Store

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a binary file: give -o FILE.")
    try:
        with Store(db_url) as store:
            records = store.incidents(country=country, admin1=province, actor=actor,
                                      since=since, until=until, event_type=event_type,
                                      min_killed=min_killed, limit=limit)
        if output is not None:
            n = write_incidents(records, output, fmt)
            click.echo(f"wrote {n} incident{'s' if n != 1 else ''} to {output}", err=True)
        else:
            write_incidents(records, sys.stdout, fmt)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc}).") from exc
