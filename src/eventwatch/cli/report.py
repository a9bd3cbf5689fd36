"""``eventwatch report``: a monthly or yearly security report generated from the store.

Reads the store and the gazetteer (:func:`eventwatch.report.builder.build_report`); writes
Markdown (with a folder of chart images), self-contained HTML and, where a converter is
installed, PDF (:func:`eventwatch.report.render.write_report`).
"""

from __future__ import annotations

import re
from pathlib import Path

import click

from eventwatch.cli import main
from eventwatch.cli.stats import db_option
from eventwatch.errors import EventWatchError


def _month(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value.strip()):
        raise click.BadParameter(f"{value!r}: give YYYY-MM.")
    return value.strip() if value else None


def default_stem(country: str | None, province: str | None, actor: str | None,
                 period: str) -> str:
    parts = [country or "all", province or "", actor or "", period]
    return "report-" + "-".join(re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-")
                                for p in parts if p)


@main.command("report")
@db_option()
@click.option("--country", metavar="CODE", help="ISO 3166-1 alpha-2 country code, e.g. PK.")
@click.option("--province", metavar="NAME", help="Province / state (admin1).")
@click.option("--actor", metavar="NAME", help="Perpetrator: name or alias (branches included).")
@click.option("--month", callback=_month, metavar="YYYY-MM", help="Report on this month.")
@click.option("--year", type=click.IntRange(1900, 2200), metavar="YYYY",
              help="Report on this year.")
@click.option("--format", "formats", type=click.Choice(("md", "html", "pdf")), multiple=True,
              help="Output format; repeat for several [default: md and html].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="STEM", help="Output path without extension [default: "
                                   "report-COUNTRY-PERIOD in the current folder].")
@click.option("--svg", is_flag=True, help="Also write every chart as SVG beside the Markdown.")
@click.option("--trend-months", type=click.IntRange(3, 60), default=12, show_default=True,
              help="Months shown in a monthly report's trend chart.")
def report_command(db_url: str | None, country: str | None, province: str | None,
                   actor: str | None, month: str | None, year: int | None,
                   formats: tuple[str, ...], output: Path | None, svg: bool,
                   trend_months: int) -> None:
    """Write a security report for one month or year: headline figures in plain sentences,
    tables, charts, a map, the incidents with their sources, and the figures stated by others
    beside the store's own count.

    Every figure is computed from the store.  PDF is printed from the HTML by a headless
    Chromium or WeasyPrint if one is installed.

    \b
    Examples:
      eventwatch report --country PK --month 2019-01
      eventwatch report --country PK --province Balochistan --year 2018 --format html
      eventwatch report --country PK --actor TTP --month 2023-02 -o reports/ttp-2023-02
      eventwatch report --country PK --month 2019-01 --format pdf
    """
    from eventwatch.report.builder import ReportRequest, build_report
    from eventwatch.report.render import write_report
    from eventwatch.resources.gazetteer import Gazetteer
    from eventwatch.store import Store

    if (month is None) == (year is None):
        raise click.UsageError("give either --month YYYY-MM or --year YYYY.")
    request = ReportRequest(country=country, province=province, actor=actor, month=month,
                            year=year, trend_months=trend_months)
    try:
        period = request.period()
        stem = output or Path(default_stem(country, province, actor, period))
        gazetteer = Gazetteer.load()
        with Store(db_url) as store:
            report = build_report(store, request, gazetteer=gazetteer, svg=svg)
        written = write_report(report, stem, formats or ("md", "html"))
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc}).") from exc
    click.echo(report.summary[0])
    for path in written:
        click.echo(f"wrote {path}", err=True)
