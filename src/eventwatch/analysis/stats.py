"""Counts and trends: incidents, killed, wounded, arrested by period and by one dimension.

Reads :class:`~eventwatch.analysis.facts.Fact` records (see :func:`load_facts`) and returns
plain rows whose columns are :data:`STAT_COLUMNS`; :func:`write_stats` writes them as a table,
CSV or JSON.  Nothing here touches the database.

* ``period``: ``week`` | ``month`` | ``year`` | ``all`` (one row per group for the whole
  scope).  An incident counts in a period only when its date lies wholly inside it.
* ``by``: ``none`` | ``country`` | ``province`` | ``district`` | ``actor`` | ``event_type`` |
  ``category``.  By actor, an incident with two named perpetrators counts once for each (so
  the groups may sum to more than the total); by category, ``incidents`` is the number of
  incidents with casualties in that category and the figures are that category's.
* change: against the previous period of the same group (month-on-month, week-on-week,
  year-on-year) and, for months and weeks, against the same period a year before.  A change
  is empty where the earlier count is zero or lies before the data (no percentage of nothing).
* lethality: killed per incident.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from eventwatch.analysis.facts import CATEGORIES, Fact, periods_between, shift, year_before
from eventwatch.errors import Errors, EventWatchError

PERIODS = ("week", "month", "year", "all")
DIMENSIONS = ("none", "country", "province", "district", "actor", "event_type", "category")
FORMATS = ("table", "csv", "json")
MEASURES = ("incidents", "killed", "wounded", "arrested", "kidnapped")
UNKNOWN_GROUP = "(unknown)"


@dataclass(frozen=True, slots=True)
class StatColumn:
    name: str
    type: str
    help: str


STAT_COLUMNS: tuple[StatColumn, ...] = (
    StatColumn("period", "str", "2019-01 (month), 2019-W03 (ISO week), 2019 (year) or 'all'."),
    StatColumn("group", "str", "Value of the --by dimension (empty for --by none)."),
    StatColumn("incidents", "int", "Incidents dated wholly inside the period."),
    StatColumn("killed", "int", "Killed: best estimates, else low bounds, summed."),
    StatColumn("wounded", "int", "Wounded, summed the same way."),
    StatColumn("arrested", "int", "Arrested or detained."),
    StatColumn("kidnapped", "int", "Kidnapped or abducted."),
    StatColumn("lethality", "float", "Killed per incident."),
    StatColumn("incidents_prev", "int", "Incidents in the previous period (same group)."),
    StatColumn("incidents_change_pct", "float", "Change against the previous period, %."),
    StatColumn("killed_prev", "int", "Killed in the previous period."),
    StatColumn("killed_change_pct", "float", "Change of killed against the previous period, %."),
    StatColumn("incidents_year_ago", "int", "Incidents in the same period a year before "
               "(months and weeks)."),
    StatColumn("incidents_yoy_pct", "float", "Year-on-year change of incidents, %."),
    StatColumn("killed_year_ago", "int", "Killed in the same period a year before."),
    StatColumn("killed_yoy_pct", "float", "Year-on-year change of killed, %."),
)
STAT_COLUMN_NAMES = tuple(c.name for c in STAT_COLUMNS)


@dataclass(slots=True)
class Totals:
    """Sums over a set of incidents."""

    incidents: int = 0
    killed: int = 0
    wounded: int = 0
    arrested: int = 0
    kidnapped: int = 0

    def add(self, fact: Fact, category: str | None = None) -> None:
        if category is None:
            self.incidents += 1
            self.killed += fact.killed
            self.wounded += fact.wounded
            self.arrested += fact.arrested
            self.kidnapped += fact.kidnapped
            return
        killed, wounded = fact.killed_by.get(category, 0), fact.wounded_by.get(category, 0)
        if killed or wounded:
            self.incidents += 1
            self.killed += killed
            self.wounded += wounded


def change_pct(now: int, before: int | None) -> float | None:
    """Percentage change, or None where there is no base to compare with."""
    if before is None or before == 0:
        return None
    return round((now - before) * 100.0 / before, 1)


def groups_of(fact: Fact, by: str) -> list[str]:
    """The group(s) an incident falls in for dimension ``by``."""
    if by == "none":
        return [""]
    if by == "actor":
        return fact.actor_labels()
    if by == "category":
        return [c for c in CATEGORIES if fact.killed_by.get(c) or fact.wounded_by.get(c)]
    value = {"country": fact.country, "province": fact.admin1, "district": fact.admin2,
             "event_type": fact.event_type}[by]
    return [value or UNKNOWN_GROUP]


def aggregate(facts: Iterable[Fact], period: str, by: str) -> dict[tuple[str, str], Totals]:
    """Totals keyed by (period label, group); incidents without a period are skipped."""
    _check(period, PERIODS, "period")
    _check(by, DIMENSIONS, "by")
    out: dict[tuple[str, str], Totals] = defaultdict(Totals)
    for fact in facts:
        label = "all" if period == "all" else fact.period(period)
        if label is None:
            continue
        for group in groups_of(fact, by):
            out[(label, group)].add(fact, group if by == "category" else None)
    return out


def _check(value: str, allowed: Sequence[str], name: str) -> None:
    if value not in allowed:
        raise EventWatchError(Errors.E017, input=f"{name} {value!r}",
                              reason=f"choose one of {', '.join(allowed)}")


def compute_stats(facts: Sequence[Fact], *, period: str = "month", by: str = "none",
                  first: str | None = None, last: str | None = None,
                  history: str | None = None) -> list[dict[str, Any]]:
    """Rows of :data:`STAT_COLUMNS`, by period then by decreasing incidents.

    ``first``/``last`` (period labels) fix the span of periods shown; by default it runs from
    the earliest to the latest period with an incident.  ``history`` is the earliest period
    the facts cover when that is before ``first`` (loaded only for the comparisons).  With
    ``by="none"`` every period of the span gets a row, empty ones included, so a trend has no
    gaps; with a dimension only the groups with incidents in a period appear.
    """
    totals = aggregate(facts, period, by)
    if period == "all":
        return [_row(totals, "all", g, period, set())
                for g in sorted({g for _, g in totals}, key=lambda g: (-totals[("all", g)]
                                                                       .incidents, g))]
    labels = sorted({label for label, _ in totals})
    if not labels and (first is None or last is None):
        return []
    first = first or labels[0]
    last = last or labels[-1]
    covered = set(periods_between(min(history or first, first), last))
    rows: list[dict[str, Any]] = []
    for label in periods_between(first, last):
        groups = sorted({g for (p, g) in totals if p == label},
                        key=lambda g: (-totals[(label, g)].incidents, g))
        for group in [""] if by == "none" else groups:
            rows.append(_row(totals, label, group, period, covered))
    return rows


def _row(totals: dict[tuple[str, str], Totals], label: str, group: str, period: str,
         covered: set[str]) -> dict[str, Any]:
    now = totals.get((label, group), Totals())
    row: dict[str, Any] = {"period": label, "group": group, "incidents": now.incidents,
                           "killed": now.killed, "wounded": now.wounded,
                           "arrested": now.arrested, "kidnapped": now.kidnapped,
                           "lethality": round(now.killed / now.incidents, 2)
                           if now.incidents else None}
    if period == "all":
        return {name: row.get(name) for name in STAT_COLUMN_NAMES}
    comparisons = [("prev", "change_pct", shift(label, -1))]
    if period in ("month", "week"):
        comparisons.append(("year_ago", "yoy_pct", year_before(label)))
    for suffix, pct_suffix, other in comparisons:
        # A period before the span has no data: unknown, not zero.
        before = totals.get((other, group), Totals()) if other in covered else None
        for measure in ("incidents", "killed"):
            value = getattr(before, measure) if before is not None else None
            row[f"{measure}_{suffix}"] = value
            row[f"{measure}_{pct_suffix}"] = change_pct(getattr(now, measure), value)
    return {name: row.get(name) for name in STAT_COLUMN_NAMES}


# -- writing -------------------------------------------------------------------------------

def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def write_csv(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(STAT_COLUMN_NAMES)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in STAT_COLUMN_NAMES])


def write_json(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    json.dump(list(rows), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _pct(value: Any) -> str:
    return "" if value is None else f"{value:+.0f}%"


def write_table(rows: Sequence[dict[str, Any]], stream: IO[str], *, title: str = "") -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title or None, header_style="bold")
    with_group = any(r.get("group") for r in rows)
    headers: list[tuple[str, str]] = [("period", "left")]
    if with_group:
        headers.append(("group", "left"))
    headers += [("incidents", "right"), ("killed", "right"), ("wounded", "right"),
                ("arrested", "right"), ("lethality", "right"), ("vs prev", "right"),
                ("killed vs prev", "right"), ("vs year ago", "right")]
    for header, justify in headers:
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        cells = [row["period"]] + ([row.get("group") or ""] if with_group else [])
        cells += [str(row["incidents"]), str(row["killed"]), str(row["wounded"]),
                  str(row["arrested"]), _cell(row.get("lethality")),
                  _pct(row.get("incidents_change_pct")), _pct(row.get("killed_change_pct")),
                  _pct(row.get("incidents_yoy_pct"))]
        table.add_row(*cells)
    tty = bool(getattr(stream, "isatty", lambda: False)())
    Console(file=stream, width=None if tty else 140, no_color=not tty,
            highlight=False).print(table)


WRITERS: dict[str, Callable[[Sequence[dict[str, Any]], IO[str]], None]] = {
    "table": write_table, "csv": write_csv, "json": write_json,
}


def write_stats(rows: Sequence[dict[str, Any]], stream: IO[str], fmt: str) -> None:
    """Write stat rows in ``fmt`` (one of :data:`FORMATS`) to a text stream."""
    _check(fmt, FORMATS, "format")
    WRITERS[fmt](rows, stream)
