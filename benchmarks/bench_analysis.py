"""Statistics, alerts, a monthly report and the dataset exports over N synthetic incidents.

Fills a temporary SQLite store (or ``--db URL``) with ``--incidents`` incidents from a seeded
RNG (three years, 12 places in two countries, 8 actors, casualty breakdowns, some claims),
saved through the real ``Store.save`` (the fill is timed apart), then times, in one process:

1. ``load_facts`` for one country (all its history);
2. ``compute_stats`` by month, by month and province, by actor for the whole period;
3. ``find_alerts`` over the last 12 months;
4. ``build_report`` for the busiest month, with charts, and ``write_report`` (Markdown + HTML);
5. ``export_incidents`` as GTD, ACLED and UCDP CSV.

Prints a table, or JSON with ``--json``.

    .venv/bin/python benchmarks/bench_analysis.py [--incidents 5000] [--db URL] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwatch.models import (
    Article,
    Count,
    DateValue,
    Evidence,
    ExtractionResult,
    Incident,
    Perpetrator,
    Place,
)

PLACES = [
    Place("PK", "Balochistan", "Quetta", "Quetta", "locality", 30.18, 67.00),
    Place("PK", "Balochistan", "Kech", "Turbat", "locality", 26.00, 63.05),
    Place("PK", "Khyber Pakhtunkhwa", "Peshawar", "Peshawar", "locality", 34.01, 71.58),
    Place("PK", "Khyber Pakhtunkhwa", "Khyber", "Bara", "locality", 33.91, 71.46),
    Place("PK", "Khyber Pakhtunkhwa", "Bannu", "Bannu", "locality", 32.99, 70.60),
    Place("PK", "Khyber Pakhtunkhwa", "North Waziristan", "Miranshah", "locality", 33.0, 70.07),
    Place("PK", "Sindh", "Karachi", "Karachi", "locality", 24.86, 67.01),
    Place("PK", "Punjab", "Lahore", "Lahore", "locality", 31.55, 74.34),
    Place("AF", "Kabul", "Kabul", "Kabul", "locality", 34.53, 69.17),
    Place("AF", "Nangarhar", "Jalalabad", "Jalalabad", "locality", 34.43, 70.45),
    Place("AF", "Kandahar", "Kandahar", "Kandahar", "locality", 31.61, 65.71),
    Place("AF", "Kunduz", "Kunduz", "Kunduz", "locality", 36.73, 68.86),
]
ACTORS = ["Tehrik-i-Taliban Pakistan", "Islamic State", "Lashkar-e-Jhangvi",
          "Baloch Liberation Army", "Jamaat-ul-Ahrar", "Islamic State Khorasan Province",
          "Hafiz Gul Bahadur Group", "Lashkar-e-Islam"]
TYPES = ["attack", "remote_explosive_landmine_ied", "suicide_bomb", "grenade", "armed_clash",
         "abduction_forced_disappearance", "arrests"]


def fill(store: Any, n: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(n):
        day = rng.randrange(3 * 365)
        year, rest = 2017 + day // 365, day % 365
        month, dom = 1 + rest // 31 % 12, 1 + rest % 28
        event_type = rng.choice(TYPES)
        cats = {c: rng.randrange(4) for c in ("civilians", "security_forces", "militants")
                if rng.random() < 0.5}
        total = sum(cats.values())
        perps = [] if rng.random() < 0.4 else [
            Perpetrator(a, a, "non_state", rng.choice(("claimed", "attributed", "suspected")))
            for a in rng.sample(ACTORS, rng.choice((1, 1, 1, 2)))]
        if event_type == "arrests":
            perps = [Perpetrator(None, "security forces", "state", "attributed")]
        incident = Incident(
            date=DateValue(year, month, dom), place=rng.choice(PLACES), event_type=event_type,
            killed=Count(total, total, total, "exact", cats) if total else Count(),
            wounded=Count.exact(rng.randrange(10)), perpetrators=perps,
            evidence=[Evidence("event_type", 0, 5, "Event")], confidence=0.8,
            summary=f"Synthetic incident {i}.")
        article = Article(text=f"Synthetic report {i} {seed}.", url=f"https://bench.example/{i}",
                          title=f"Report {i}", published=f"{year:04d}-{month:02d}-{dom:02d}")
        store.save(article, ExtractionResult(article.id, article.published, [incident]))


def timed(label: str, fn: Callable[[], Any], out: dict[str, float]) -> Any:
    start = time.perf_counter()
    value = fn()
    out[label] = round(time.perf_counter() - start, 3)
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from sqlalchemy.orm import Session

    from eventwatch.analysis.alerts import find_alerts
    from eventwatch.analysis.facts import Scope, load_facts, periods_between
    from eventwatch.analysis.stats import compute_stats
    from eventwatch.exchange.codes import CountryCodes
    from eventwatch.exchange.export import export_incidents
    from eventwatch.report.builder import ReportRequest, build_report
    from eventwatch.report.render import write_report
    from eventwatch.resources.gazetteer import Gazetteer
    from eventwatch.store import Store

    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        with Store(url) as store:
            timed("fill (Store.save)", lambda: fill(store, args.incidents, args.seed), times)
            with Session(store.engine) as session:
                facts = timed("load_facts PK", lambda: load_facts(session, Scope(country="PK")),
                              times)
            timed("stats by month", lambda: compute_stats(facts, period="month"), times)
            timed("stats by month x province",
                  lambda: compute_stats(facts, period="month", by="province"), times)
            timed("stats by actor (all)", lambda: compute_stats(facts, period="all", by="actor"),
                  times)
            alerts = timed("alerts, 12 months",
                           lambda: find_alerts(facts, periods_between("2019-01", "2019-12")),
                           times)
            months = compute_stats(facts, period="month")
            busiest = max(months, key=lambda r: r["incidents"])["period"]
            gazetteer = timed("gazetteer load", Gazetteer.load, times)
            report = timed(f"build_report {busiest} (charts)", lambda: build_report(
                store, ReportRequest(country="PK", month=busiest), gazetteer=gazetteer), times)
            timed("write md + html", lambda: write_report(report, Path(tmp) / "r"), times)
            codes = CountryCodes.load()
            for fmt in ("gtd", "acled", "ucdp"):
                timed(f"export {fmt}", lambda fmt=fmt: export_incidents(
                    store, fmt, Path(tmp) / f"{fmt}.csv", codes=codes), times)
    summary = {"incidents": args.incidents, "facts_pk": len(facts), "alerts": len(alerts),
               "seconds": times}
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"{args.incidents} incidents ({len(facts)} in PK), {len(alerts)} alerts")
    for label, seconds in times.items():
        print(f"  {label:<36} {seconds:8.3f} s")


if __name__ == "__main__":
    sys.exit(main())
