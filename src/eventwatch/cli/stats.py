"""``eventwatch stats``: counts, trends and changes over the stored incidents.

Reads the store (:func:`eventwatch.analysis.facts.load_facts`); writes a table, CSV or JSON
(:mod:`eventwatch.analysis.stats`) to stdout or a file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from eventwatch.cli import main
from eventwatch.errors import EventWatchError

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def db_option() -> Decorator:
    """The ``--db URL`` option shared by the analysis commands."""
    return click.option("--db", "db_url", metavar="URL", default=None,
                        help="SQLAlchemy database URL [default: $EVENTWATCH_DATABASE_URL or "
                             "sqlite:///eventwatch.db].")


def date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r}: give YYYY, YYYY-MM or YYYY-MM-DD.")
    return value


@main.command("stats")
@db_option()
@click.option("--country", metavar="CODE", help="ISO 3166-1 alpha-2 country code, e.g. PK.")
@click.option("--province", metavar="NAME", help="Province / state (admin1).")
@click.option("--district", metavar="NAME", help="District (admin2).")
@click.option("--actor", metavar="NAME", help="Perpetrator: name or alias (branches included).")
@click.option("--event-type", metavar="TYPE", help="ACLED sub-event type, e.g. suicide_bomb.")
@click.option("--since", callback=date_option, metavar="DATE",
              help="First period shown: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", callback=date_option, metavar="DATE",
              help="Last period shown (YYYY and YYYY-MM mean the whole period).")
@click.option("--period", type=click.Choice(("month", "week", "year", "all")), default="month",
              show_default=True, help="Count by calendar period.")
@click.option("--by", "by", type=click.Choice(("none", "country", "province", "district",
                                               "actor", "event_type", "category")),
              default="none", show_default=True, help="Split each period by one dimension.")
@click.option("--format", "fmt", type=click.Choice(("table", "csv", "json")), default="table",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              default=None, help="Write to FILE instead of stdout.")
def stats_command(db_url: str | None, country: str | None, province: str | None,
                  district: str | None, actor: str | None, event_type: str | None,
                  since: str | None, until: str | None, period: str, by: str, fmt: str,
                  output: Path | None) -> None:
    """Count incidents, killed, wounded and arrested by period and by one dimension.

    Each row gives the change on the previous period (month-on-month, week-on-week,
    year-on-year) and, for months and weeks, on the same period a year before; lethality is
    killed per incident.  An incident counts in a period only when its date lies wholly
    inside it (an incident dated "2019" counts in no month).  By actor, an incident with two
    named perpetrators counts for both.

    \b
    Examples:
      eventwatch stats --country PK --since 2018-01 --until 2019-12
      eventwatch stats --country PK --period year --by province
      eventwatch stats --by actor --period all --format csv -o actors.csv
      eventwatch stats --country PK --since 2019-01 --until 2019-01 --by category
    """
    from sqlalchemy.orm import Session

    from eventwatch.analysis.facts import Scope, load_facts, period_bounds, period_label, shift
    from eventwatch.analysis.stats import compute_stats, write_stats
    from eventwatch.store import Store

    unit = "month" if period == "all" else period
    first = period_label(_first_day(since), unit) if since else None
    last = period_label(_last_day(until), unit) if until else None
    # One more year of data before the first period, for the changes on earlier periods.
    load_since = period_bounds(shift(first, -13 if unit == "month" else -53 if unit == "week"
                                     else -1))[0] if first and period != "all" else since
    try:
        with Store(db_url) as store, Session(store.engine) as session:
            facts = load_facts(session, Scope(country=country, admin1=province,
                                              admin2=district, actor=actor,
                                              event_type=event_type, since=load_since,
                                              until=until))
        if period == "all" and since:
            lo = _first_day(since)
            facts = [f for f in facts if f.start is not None and f.start >= lo]
        rows = compute_stats(facts, period=period, by=by,
                             first=first if period != "all" else None,
                             last=last if period != "all" else None,
                             history=period_label(load_since, unit)
                             if isinstance(load_since, date) else None)
        if output is not None:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                write_stats(rows, fh, fmt)
            click.echo(f"wrote {len(rows)} rows to {output}", err=True)
        else:
            write_stats(rows, sys.stdout, fmt)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc}).") from exc


def _first_day(value: str) -> date:
    from eventwatch.store.records import parse_bound

    bound = parse_bound(value, end=False, name="since")
    assert bound is not None
    return bound


def _last_day(value: str) -> date:
    from eventwatch.store.records import parse_bound

    bound = parse_bound(value, end=True, name="until")
    assert bound is not None
    return bound
