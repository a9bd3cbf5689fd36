"""``eventwatch alerts``: what changed in a month, with the incidents behind each alert.

Reads the store (the scope's whole history, :func:`eventwatch.analysis.facts.load_facts`) and
the alert settings (environment, overridden by options; :data:`ALERT_SETTINGS`); writes text
or JSON to stdout.
"""

from __future__ import annotations

import json
import re
from typing import Any

import click

from eventwatch.cli import main
from eventwatch.cli.stats import db_option
from eventwatch.errors import EventWatchError


def _month(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value.strip()):
        raise click.BadParameter(f"{value!r}: give YYYY-MM.")
    return value.strip() if value else None


def _settings_help() -> str:
    from eventwatch.analysis.alerts import ALERT_SETTINGS

    def shown(value: object) -> str:
        return ",".join(value) if isinstance(value, tuple) else str(value)

    return "\n\n".join(f"{s.env}: {s.help} Default: {shown(s.default)}."
                        for s in ALERT_SETTINGS)


@main.command("alerts", epilog="Settings (environment variables, overridden by the options):"
              "\n\n" + _settings_help())
@db_option()
@click.option("--country", metavar="CODE", help="ISO 3166-1 alpha-2 country code, e.g. PK.")
@click.option("--province", metavar="NAME", help="Province / state (admin1).")
@click.option("--month", callback=_month, metavar="YYYY-MM",
              help="Month to check [default: the latest month with an incident].")
@click.option("--since", callback=_month, metavar="YYYY-MM", help="Check every month from ...")
@click.option("--until", callback=_month, metavar="YYYY-MM", help="... to this month.")
@click.option("--kind", "kinds", type=click.Choice(("new_area", "surge", "first_claim")),
              multiple=True, help="Only these kinds (repeatable) [default: all].")
@click.option("--new-area-months", type=click.IntRange(min=1), default=None,
              help="new_area: months without the actor in the district.")
@click.option("--surge-window", type=click.IntRange(min=1), default=None,
              help="surge: trailing months averaged.")
@click.option("--surge-ratio", type=click.FloatRange(min=0, min_open=True), default=None,
              help="surge: times the trailing average.")
@click.option("--surge-min", "surge_min_incidents", type=click.IntRange(min=1), default=None,
              help="surge: minimum incidents in the month.")
@click.option("--min-history", "min_history_months", type=click.IntRange(min=1), default=None,
              help="new_area, first_claim: months of records needed before the month.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="Output format.")
def alerts_command(db_url: str | None, country: str | None, province: str | None,
                   month: str | None, since: str | None, until: str | None,
                   kinds: tuple[str, ...], fmt: str, **overrides: Any) -> None:
    """Find alerts: an actor in a district where it had no incident for months (new_area),
    a month far above the trailing average (surge), the first claimed attack of a new or
    newly named group (first_claim).  Each alert lists the incidents behind it.

    \b
    Examples:
      eventwatch alerts --country PK
      eventwatch alerts --country PK --month 2019-01 --surge-ratio 1.5
      eventwatch alerts --since 2018-01 --until 2018-12 --kind first_claim --format json
    """
    from sqlalchemy.orm import Session

    from eventwatch.analysis.alerts import (
        KINDS,
        find_alerts,
        latest_month,
        load_alert_settings,
    )
    from eventwatch.analysis.facts import Scope, load_facts, periods_between
    from eventwatch.store import Store

    if month and (since or until):
        raise click.UsageError("give --month, or --since/--until, not both.")
    try:
        settings = load_alert_settings(None, **overrides)
        with Store(db_url) as store, Session(store.engine) as session:
            facts = load_facts(session, Scope(country=country, admin1=province))
        by_id = {f.id: f for f in facts}
        if since or until:
            months = periods_between(since or until or "", until or since or "")
        else:
            chosen = month or latest_month(facts)
            months = [chosen] if chosen else []
        alerts = find_alerts(facts, months, settings, kinds or KINDS)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        out = []
        for alert in alerts:
            item = alert.to_dict()
            item["incidents"] = [_incident(by_id[i]) for i in alert.incident_ids]
            out.append(item)
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if not alerts:
        checked = ", ".join(months) or "the store (it holds no dated incident)"
        click.echo(f"No alerts for {checked}.")
        return
    for alert in alerts:
        click.echo(f"[{alert.kind}] {alert.message}")
        for iid in alert.incident_ids:
            item = _incident(by_id[iid])
            click.echo(f"    #{iid} {item['date']} {item['place']}: {item['event_type']}, "
                       f"{item['killed']} killed — {item['summary'][:90]}")


def _incident(fact: object) -> dict[str, Any]:
    from eventwatch.analysis.facts import Fact

    assert isinstance(fact, Fact)
    return {"id": fact.id, "date": fact.period("month") if fact.precision == "month"
            else fact.start.isoformat() if fact.start else None,
            "place": ", ".join(p for p in (fact.place, fact.admin2, fact.admin1, fact.country)
                               if p),
            "event_type": fact.event_type, "killed": fact.killed, "wounded": fact.wounded,
            "perpetrators": dict(fact.claims), "summary": fact.summary}
