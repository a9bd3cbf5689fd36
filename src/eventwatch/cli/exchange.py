"""``eventwatch export``, ``eventwatch import-reference``, ``eventwatch compare``.

* ``export`` reads stored incidents and writes them GTD-, ACLED- or UCDP GED-style (CSV), or as
  the store's own CSV, GeoJSON or Parquet (:mod:`eventwatch.exchange.export`);
* ``import-reference`` reads a UCDP GED or ACLED CSV file into the store's reference events;
* ``compare`` prints the store's monthly counts beside a reference dataset's.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

from eventwatch.cli import main
from eventwatch.cli.stats import date_option, db_option
from eventwatch.errors import EventWatchError


@main.command("export")
@db_option()
@click.option("--format", "fmt", required=True,
              type=click.Choice(("gtd", "acled", "ucdp", "csv", "geojson", "parquet")),
              help="gtd, acled, ucdp: that dataset's columns and codes; csv, geojson, "
                   "parquet: EventWatch's own columns.")
@click.option("-o", "--output", required=True, metavar="FILE",
              type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="File to write.")
@click.option("--country", metavar="CODE", help="ISO 3166-1 alpha-2 country code, e.g. PK.")
@click.option("--province", metavar="NAME", help="Province / state (admin1).")
@click.option("--actor", metavar="NAME", help="Perpetrator: name or alias (branches included).")
@click.option("--since", callback=date_option, metavar="DATE", help="From this date on.")
@click.option("--until", callback=date_option, metavar="DATE", help="Up to this date.")
@click.option("--event-type", metavar="TYPE", help="ACLED sub-event type, e.g. suicide_bomb.")
def export_command(db_url: str | None, fmt: str, output: Path, country: str | None,
                   province: str | None, actor: str | None, since: str | None,
                   until: str | None, event_type: str | None) -> None:
    """Export stored incidents for other tools, in another dataset's shape.

    The GTD shape holds attacks only (security-force operations are not terrorism) and every
    dataset shape leaves out undated incidents; docs/exchange.md lists the columns and codes.

    \b
    Examples:
      eventwatch export --format gtd -o gtd.csv --country PK
      eventwatch export --format ucdp -o ged.csv --since 2019 --until 2019
      eventwatch export --format acled -o acled.csv
      eventwatch export --format parquet -o incidents.parquet
    """
    from eventwatch.exchange.export import export_incidents
    from eventwatch.store import Store

    try:
        with Store(db_url) as store:
            read, written = export_incidents(store, fmt, output, country=country,
                                             admin1=province, actor=actor, since=since,
                                             until=until, event_type=event_type)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc}).") from exc
    left = f" ({read - written} left out: undated or not in the format's scope)" \
        if read != written else ""
    click.echo(f"wrote {written} rows to {output}{left}", err=True)


@main.command("import-reference")
@db_option()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", "dataset", required=True, type=click.Choice(("ucdp", "acled")),
              help="The dataset the file comes from.")
def import_reference_command(db_url: str | None, file: Path, dataset: str) -> None:
    """Import a UCDP GED or ACLED CSV file as reference events, to compare with.

    Reference events are kept apart from the store's incidents; importing a file again adds
    only events not yet imported.  Provinces are matched to the gazetteer's spelling.

    \b
    Examples:
      eventwatch import-reference ../shared/data/ucdp_ged_pakistan.csv --source ucdp
      eventwatch import-reference acled_export.csv --source acled
    """
    from eventwatch.exchange.codes import CountryCodes
    from eventwatch.exchange.reference import import_reference
    from eventwatch.resources.gazetteer import Gazetteer
    from eventwatch.store import Store

    try:
        with Store(db_url) as store:
            result = import_reference(store, dataset, file, codes=CountryCodes.load(),
                                      gazetteer=Gazetteer.load())
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"read {result.read}, added {result.added}, already imported {result.skipped}; "
               f"provinces not matched to the gazetteer: {result.unresolved_admin1}")


@main.command("compare")
@db_option()
@click.option("--source", "dataset", required=True, type=click.Choice(("ucdp", "acled")),
              help="The reference dataset (imported with import-reference).")
@click.option("--country", required=True, metavar="CODE", help="ISO 3166-1 alpha-2 code.")
@click.option("--year", required=True, type=click.IntRange(1900, 2200), metavar="YYYY")
@click.option("--province", metavar="NAME", help="Province / state (admin1).")
@click.option("--format", "fmt", type=click.Choice(("table", "csv", "json")), default="table",
              show_default=True, help="Output format.")
def compare_command(db_url: str | None, dataset: str, country: str, year: int,
                    province: str | None, fmt: str) -> None:
    """Set the store's monthly counts beside a reference dataset's, for one country and year.

    "matched" counts the dataset's events that have a store incident within a day in the same
    province.  The datasets define events differently: UCDP GED holds only events with at
    least one death in organised violence; ACLED also holds non-fatal events.

    \b
    Examples:
      eventwatch compare --source ucdp --country PK --year 2016
      eventwatch compare --source ucdp --country PK --year 2016 --province Balochistan
    """
    from eventwatch.exchange.reference import COMPARE_COLUMNS, compare
    from eventwatch.store import Store

    try:
        with Store(db_url) as store:
            rows = compare(store, dataset, country=country, year=year, province=province)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    names = [name for name, _ in COMPARE_COLUMNS]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _table(rows, names, f"EventWatch and {dataset.upper()}: {country.upper()} {year}"
               + (f", {province}" if province else ""))


def _table(rows: list[dict[str, Any]], names: list[str], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, header_style="bold")
    for name in names:
        table.add_column(name, justify="left" if name == "month" else "right")
    for row in rows:
        table.add_row(*("" if row[n] is None else str(row[n]) for n in names))
    tty = sys.stdout.isatty()
    Console(width=None if tty else 120, no_color=not tty, highlight=False).print(table)
