"""Builds a periodic security report from the store: every figure computed from its records.

:func:`build_report` reads incidents (as :class:`~eventwatch.analysis.facts.Fact` records),
their source articles and the statistics articles state, for one scope (country, province,
actor) and one period (a month or a year), and returns a :class:`Report`: the headline prose
(:mod:`.narrative`), tables, charts (:mod:`.charts`), the incident list with sources and the
comparison with figures stated by others (:mod:`.stated`).  :mod:`.render` writes it as
Markdown, HTML or PDF.  Reads the store and the gazetteer; writes nothing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventwatch.analysis.facts import (
    CATEGORIES,
    Fact,
    Scope,
    Source,
    canonical_actor,
    count_articles,
    first_dated,
    load_facts,
    load_sources,
    load_statistics,
    period_bounds,
    periods_between,
    shift,
    unit_of,
    year_before,
)
from eventwatch.analysis.stats import Totals, change_pct
from eventwatch.errors import Errors, EventWatchError
from eventwatch.report import charts
from eventwatch.report.prose import (
    CATEGORY_LABELS,
    event_type_label,
    period_name,
    short_month,
)
from eventwatch.store.schema import IncidentRow

if TYPE_CHECKING:
    from eventwatch.resources.gazetteer import Gazetteer
    from eventwatch.store import Store

# What a first-level unit is called where "province" would be wrong.
ADMIN1_TERMS = {"NG": "state", "IN": "state", "US": "state", "MX": "state", "SD": "state",
                "SS": "state", "IQ": "governorate", "SY": "governorate", "EG": "governorate",
                "YE": "governorate", "JO": "governorate", "LB": "governorate",
                "SO": "region", "BF": "region", "ML": "region", "NE": "region",
                "ET": "region", "CM": "region", "TD": "province", "PH": "region"}


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What to report on: one period (``month`` ``YYYY-MM`` or ``year``) and a scope."""

    country: str | None = None
    province: str | None = None
    actor: str | None = None
    month: str | None = None
    year: int | None = None
    trend_months: int = 12

    def period(self) -> str:
        if (self.month is None) == (self.year is None):
            raise EventWatchError(Errors.E017, input="report period",
                                  reason="give either a month (YYYY-MM) or a year")
        if self.month is not None:
            if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", self.month.strip()):
                raise EventWatchError(Errors.E017, input=f"month {self.month!r}",
                                      reason="expected YYYY-MM")
            return self.month.strip()
        return f"{self.year:04d}"


@dataclass(slots=True)
class Table:
    """A small table: ``align`` has one ``l``/``r`` per column."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    align: list[str]
    note: str = ""
    chart: str = ""


@dataclass(slots=True)
class IncidentLine:
    id: int
    date: str
    place: str
    kind: str
    killed: str
    wounded: str
    perpetrators: str
    summary: str
    sources: list[Source]


@dataclass(slots=True)
class StatedLine:
    """A figure stated by others beside the store's own count for the same scope."""

    figure: str
    stated: str
    source: str
    article_title: str
    article_url: str | None
    ours: str
    difference: str
    explanation: str
    agree: bool = False
    quote: str = ""
    kind: str = "value"
    measure: str = ""
    where: str = ""
    period: str = ""


@dataclass(slots=True)
class Report:
    title: str
    subtitle: str
    period: str
    period_name: str
    scope_name: str
    generated: str
    summary: list[str]
    figures: Table
    tables: list[Table]
    charts: list[charts.Chart]
    incidents: list[IncidentLine]
    imprecise: list[IncidentLine]
    stated: list[StatedLine]
    method: list[str]
    numbers: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """Everything the report's parts are computed from."""

    request: ReportRequest
    period: str
    unit: str
    prev: str
    year_ago: str | None
    trend: list[str]
    facts: list[Fact]
    current: list[Fact]
    previous: list[Fact]
    imprecise: list[Fact]
    sources: dict[int, list[Source]]
    statistics: list[dict[str, Any]]
    articles: dict[str, int]
    store_incidents: int
    country_name: str | None
    actor_name: str | None
    gazetteer: Gazetteer | None
    # The first day the store has an incident for the scope's place: before it, "none" means
    # "no records", not "no violence".
    coverage_start: date | None = None

    def covered(self, label: str) -> bool:
        """Whether the store's records reach back to the start of period ``label``."""
        return self.coverage_start is not None and \
            self.coverage_start <= period_bounds(label)[1]

    def in_period(self, label: str) -> list[Fact]:
        unit = unit_of(label)
        return [f for f in self.facts if f.period(unit) == label]

    @property
    def admin1_term(self) -> str:
        return ADMIN1_TERMS.get((self.request.country or "").upper(), "province")

    def scope_name(self) -> str:
        where = self.country_name or "all countries"
        if self.request.province:
            where = f"{self.request.province}, {where}" if self.country_name else \
                self.request.province
        return f"{self.actor_name} in {where}" if self.actor_name else where


def totals(facts: Sequence[Fact]) -> Totals:
    out = Totals()
    for fact in facts:
        out.add(fact)
    return out


def build_report(store: Store, request: ReportRequest, *, gazetteer: Gazetteer | None = None,
                 today: date | None = None, svg: bool = False, charts: bool = True
                 ) -> Report:
    """Compute the report for ``request`` from ``store`` (see the module docstring).

    ``gazetteer`` gives country names and the map's outline (without it the map shows the
    incidents alone); ``svg`` also renders every chart as SVG (PNG always); ``charts=False``
    leaves the charts out (text and tables only, much faster).
    """
    ctx = load_context(store, request, gazetteer)
    return assemble(ctx, today or date.today(), store.url, svg, charts)


def load_context(store: Store, request: ReportRequest,
                 gazetteer: Gazetteer | None = None) -> Context:
    period = request.period()
    unit = unit_of(period)
    first, last = period_bounds(period)
    prev = shift(period, -1)
    year_ago = year_before(period) if unit == "month" else None
    if unit == "month":
        trend = periods_between(shift(period, -(max(request.trend_months, 2) - 1)), period)
    else:
        trend = periods_between(f"{first.year - 1:04d}-01", f"{first.year:04d}-12")
    since = min(period_bounds(trend[0])[0], period_bounds(prev)[0],
                period_bounds(year_ago)[0] if year_ago else first)
    scope = Scope(country=request.country, admin1=request.province, actor=request.actor,
                  since=since, until=last)
    with Session(store.engine) as session:
        facts = load_facts(session, scope)
        # Day-precise incidents in date order, then those known only to the month.
        current = sorted((f for f in facts if f.period(unit) == period),
                         key=lambda f: (f.precision != "day", f.start or date.min, f.id))
        # Dated too vaguely to place: overlaps the period without lying inside it.
        imprecise = [f for f in facts if f.period(unit) != period and f.start and f.end
                     and f.start <= last and f.end >= first]
        sources = load_sources(session, [f.id for f in current + imprecise])
        statistics = load_statistics(session, [period, prev])
        articles = {label: count_articles(session, *period_bounds(label))
                    for label in (period, prev)}
        store_incidents = int(session.scalar(select(func.count()).select_from(IncidentRow))
                              or 0)
        actor_name = canonical_actor(session, request.actor) if request.actor else None
        coverage_start = first_dated(session, Scope(country=request.country,
                                                    admin1=request.province))
    country_name = None
    if request.country:
        entry = gazetteer.country_entry(request.country) if gazetteer else None
        country_name = entry.name if entry else request.country.upper()
    return Context(request, period, unit, prev, year_ago, trend, facts, current,
                   [f for f in facts if f.period(unit) == prev], imprecise, sources,
                   statistics, articles, store_incidents, country_name, actor_name, gazetteer,
                   coverage_start)


def assemble(ctx: Context, today: date, store_url: str, svg: bool = False,
             with_charts: bool = True) -> Report:
    from eventwatch.report.narrative import summary_paragraphs
    from eventwatch.report.stated import stated_lines

    pname = period_name(ctx.period)
    scope = ctx.scope_name()
    now = totals(ctx.current)
    numbers = {
        "incidents": now.incidents, "killed": now.killed, "wounded": now.wounded,
        "arrested": now.arrested, "kidnapped": now.kidnapped,
        "prev_incidents": len(ctx.previous),
        "attacks": sum(1 for f in ctx.current if not f.state_action),
        "operations": sum(1 for f in ctx.current if f.state_action),
        "killed_open": any(f.killed_open for f in ctx.current),
        "killed_by": category_sums(ctx.current, "killed"),
        "wounded_by": category_sums(ctx.current, "wounded"),
        "imprecise": len(ctx.imprecise),
    }
    stated = stated_lines(ctx)
    return Report(
        title=f"{scope}: security report, {pname}",
        subtitle=f"Incidents of political violence recorded by EventWatch, {pname}",
        period=ctx.period, period_name=pname, scope_name=scope, generated=today.isoformat(),
        summary=summary_paragraphs(ctx, stated), figures=key_figures(ctx),
        tables=breakdown_tables(ctx), charts=make_charts(ctx, svg) if with_charts else [],
        incidents=[incident_line(f, ctx.sources.get(f.id, [])) for f in ctx.current],
        imprecise=[incident_line(f, ctx.sources.get(f.id, [])) for f in ctx.imprecise],
        stated=stated, method=method_notes(ctx, store_url, today), numbers=numbers)


def category_sums(facts: Sequence[Fact], measure: str) -> dict[str, int]:
    out = dict.fromkeys(CATEGORIES, 0)
    for fact in facts:
        for category, n in getattr(fact, f"{measure}_by").items():
            out[category] = out.get(category, 0) + n
    return out


# -- tables --------------------------------------------------------------------------------

def _pct(now: int, before: int | None) -> str:
    value = change_pct(now, before)
    return "" if value is None else f"{value:+.0f}%"


def key_figures(ctx: Context) -> Table:
    columns: list[tuple[str, list[Fact]]] = [(period_name(ctx.period), ctx.current),
                                             (period_name(ctx.prev), ctx.previous)]
    labels = [ctx.period, ctx.prev]
    if ctx.year_ago:
        columns.append((period_name(ctx.year_ago), ctx.in_period(ctx.year_ago)))
        labels.append(ctx.year_ago)
    measures: list[tuple[str, Callable[[list[Fact]], float | int | None]]] = [
        ("Incidents", len),
        ("  of which attacks", lambda fs: sum(1 for f in fs if not f.state_action)),
        ("  of which security-force operations", lambda fs: sum(1 for f in fs
                                                                 if f.state_action)),
        ("Killed", lambda fs: sum(f.killed for f in fs)),
        ("Wounded", lambda fs: sum(f.wounded for f in fs)),
        ("Arrested", lambda fs: sum(f.arrested for f in fs)),
        ("Kidnapped", lambda fs: sum(f.kidnapped for f in fs)),
        ("Killed per incident", lambda fs: round(sum(f.killed for f in fs) / len(fs), 1)
         if fs else None),
    ]
    rows = []
    for label, fn in measures:
        # A period before the store's records has no figures, not zeros.
        values = [fn(facts) for _, facts in columns]
        shown = ["–" if not ctx.covered(lab) else "" if v is None else str(v)
                 for lab, v in zip(labels, values, strict=True)]
        now = values[0]
        before = values[1] if ctx.covered(ctx.prev) else None
        change = _pct(int(now), int(before)) if isinstance(now, int) and \
            isinstance(before, int) and not label.startswith("Killed per") else ""
        rows.append([label, *shown, change])
    headers = ["", *(name for name, _ in columns), f"Change on {period_name(ctx.prev)}"]
    note = "" if all(ctx.covered(lab) for lab in labels) else \
        "–: before the store's first record for this scope."
    return Table("Key figures", headers, rows, ["l"] + ["r"] * (len(headers) - 1), note)


def group_rows(facts: Sequence[Fact], key: Callable[[Fact], list[str]],
               limit: int = 12) -> list[tuple[str, Totals, int]]:
    """(group, totals, claimed incidents) by decreasing incidents then killed."""
    sums: dict[str, Totals] = defaultdict(Totals)
    claimed: Counter[str] = Counter()
    for fact in facts:
        for group in key(fact):
            sums[group].add(fact)
            if fact.claims.get(group) == "claimed":
                claimed[group] += 1
    ordered = sorted(sums.items(), key=lambda kv: (-kv[1].incidents, -kv[1].killed, kv[0]))
    rows = [(g, t, claimed[g]) for g, t in ordered[:limit]]
    if len(ordered) > limit:
        rest = Totals()
        for _, t in ordered[limit:]:
            rest.incidents += t.incidents
            rest.killed += t.killed
            rest.wounded += t.wounded
        rows.append((f"{len(ordered) - limit} others", rest, 0))
    return rows


def area_key(ctx: Context) -> tuple[str, Callable[[Fact], list[str]]]:
    """The geographic level below the scope: countries, provinces or districts."""
    if ctx.request.province:
        return "District", lambda f: [f.admin2 or "(district not reported)"]
    if ctx.request.country:
        return ctx.admin1_term.capitalize(), \
            lambda f: [f.admin1 or f"({ctx.admin1_term} not reported)"]
    return "Country", lambda f: [_country(ctx, f.country)]


def _country(ctx: Context, code: str | None) -> str:
    if not code:
        return "(country not reported)"
    entry = ctx.gazetteer.country_entry(code) if ctx.gazetteer else None
    return entry.name if entry else code


def breakdown_tables(ctx: Context) -> list[Table]:
    level, key = area_key(ctx)
    tables = [Table(f"By {level.lower()}", [level, "Incidents", "Killed", "Wounded"],
                    [[g, str(t.incidents), str(t.killed), str(t.wounded)]
                     for g, t, _ in group_rows(ctx.current, key)], ["l", "r", "r", "r"],
                    chart="areas")]
    tables.append(Table(
        "By perpetrator", ["Perpetrator", "Incidents", "of which claimed", "Killed", "Wounded"],
        [[g, str(t.incidents), str(c), str(t.killed), str(t.wounded)]
         for g, t, c in group_rows(ctx.current, lambda f: f.actor_labels())],
        ["l", "r", "r", "r", "r"],
        "An incident with several named perpetrators counts once for each.", chart="actors"))
    tables.append(Table(
        "By type of event", ["Type", "Incidents", "Killed", "Wounded"],
        [[event_type_label(g), str(t.incidents), str(t.killed), str(t.wounded)]
         for g, t, _ in group_rows(ctx.current, lambda f: [f.event_type])],
        ["l", "r", "r", "r"]))
    killed, wounded = category_sums(ctx.current, "killed"), category_sums(ctx.current,
                                                                          "wounded")
    tables.append(Table(
        "Casualties by category", ["Category", "Killed", "Wounded"],
        [[CATEGORY_LABELS[c], str(killed[c]), str(wounded[c])] for c in CATEGORIES]
        + [["Total", str(sum(killed.values())), str(sum(wounded.values()))]],
        ["l", "r", "r"],
        "Security forces: police, military, paramilitary and levies; militants include "
        "attackers killed.", chart="categories"))
    return tables


# -- charts --------------------------------------------------------------------------------

def make_charts(ctx: Context, svg: bool = False) -> list[charts.Chart]:
    by_month = {label: ctx.in_period(label) for label in ctx.trend}
    highlight = ctx.trend.index(ctx.period) if ctx.period in ctx.trend else None
    first_covered = next((i for i, m in enumerate(ctx.trend) if ctx.covered(m)), 0)
    out = [charts.trend_chart([short_month(m) for m in ctx.trend],
                              [len(by_month[m]) for m in ctx.trend],
                              [sum(f.killed for f in by_month[m]) for m in ctx.trend],
                              highlight, f"Monthly trend, {ctx.scope_name()}", svg,
                              first_covered)]
    level, key = area_key(ctx)
    areas = group_rows(ctx.current, key, limit=10)
    if areas:
        out.append(charts.bar_chart("areas", f"Incidents and deaths by {level.lower()}, "
                                    f"{period_name(ctx.period)}",
                                    [g for g, _, _ in areas], [t.incidents for _, t, _ in areas],
                                    "Incidents", [t.killed for _, t, _ in areas], "Killed",
                                    svg=svg))
    actors = group_rows(ctx.current, lambda f: f.actor_labels(), limit=10)
    if actors:
        out.append(charts.bar_chart("actors", f"Incidents by perpetrator, "
                                    f"{period_name(ctx.period)}",
                                    [g for g, _, _ in actors],
                                    [t.incidents for _, t, _ in actors], "Incidents",
                                    svg=svg))
    killed, wounded = category_sums(ctx.current, "killed"), category_sums(ctx.current,
                                                                          "wounded")
    if any(killed.values()) or any(wounded.values()):
        out.append(charts.bar_chart("categories", "Casualties by category",
                                    [CATEGORY_LABELS[c] for c in CATEGORIES],
                                    [killed[c] for c in CATEGORIES], "Killed",
                                    [wounded[c] for c in CATEGORIES], "Wounded", svg=svg))
    out.append(map_of(ctx, svg))
    return out


def map_of(ctx: Context, svg: bool = False) -> charts.Chart:
    points, missing = [], 0
    for fact in ctx.current:
        if fact.lat is None or fact.lon is None:
            missing += 1
            continue
        points.append(charts.MapPoint(fact.lat, fact.lon, fact.killed,
                                      fact.place or fact.admin2 or fact.admin1 or "?"))
    countries = {ctx.request.country.upper()} if ctx.request.country else \
        {f.country for f in ctx.current if f.country}
    background: list[tuple[float, float]] = []
    regions: list[tuple[str, float, float]] = []
    if ctx.gazetteer is not None and countries:
        for entry in ctx.gazetteer.entries():
            if entry.country not in countries or entry.lat is None or entry.lon is None \
                    or entry.former is not None:
                continue
            if entry.kind == "admin1" and len(countries) == 1:
                regions.append((entry.name, entry.lat, entry.lon))
            elif entry.kind in ("locality", "admin2"):
                background.append((entry.lat, entry.lon))
    return charts.map_chart(points, background, regions,
                            f"Incidents, {period_name(ctx.period)}", missing, svg)


# -- incident list and method --------------------------------------------------------------

def plural_s(n: int, noun: str) -> str:
    """``1 article``, ``11 articles`` (digits: for notes and tables)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def format_figure(n: int, is_open: bool, reported: bool = True) -> str:
    if not reported and n == 0:
        return "–"
    return f"{n}+" if is_open else str(n)


def incident_line(fact: Fact, sources: list[Source]) -> IncidentLine:
    if fact.start is None or fact.end is None:
        when = "undated"
    elif fact.start == fact.end:
        when = f"{fact.start.day} {fact.start:%b %Y}"
    elif (fact.start.year, fact.start.month) == (fact.end.year, fact.end.month):
        when = f"{fact.start:%b %Y}"
    else:
        when = str(fact.start.year) if fact.start.year == fact.end.year else \
            f"{fact.start:%b %Y}–{fact.end:%b %Y}"
    place = ", ".join(dict.fromkeys(p for p in (fact.place, fact.admin2, fact.admin1) if p))
    perps = [f"{a} ({s})" for a, s in fact.claims.items()] + [f"“{u}”" for u in fact.unnamed]
    summary = fact.summary if len(fact.summary) <= 240 else fact.summary[:239] + "…"
    kind = event_type_label(fact.event_type) + (" (suicide)" if fact.suicide and
                                                fact.event_type != "suicide_bomb" else "")
    return IncidentLine(fact.id, when, place or (fact.country or "?"), kind,
                        format_figure(fact.killed, fact.killed_open, fact.killed_reported),
                        format_figure(fact.wounded, fact.wounded_open, fact.wounded_reported),
                        "; ".join(perps) or "not named", summary, sources)


def method_notes(ctx: Context, store_url: str, today: date) -> list[str]:
    notes = [
        f"Every figure in this report is computed from the EventWatch store ({store_url}) as "
        f"of {today.isoformat()}; it holds {ctx.store_incidents} incidents in all, and "
        f"{plural_s(ctx.articles[ctx.period], 'article')} published in "
        f"{period_name(ctx.period)}.",
        "An incident counts in a period only when its date lies wholly inside it. Figures are "
        "the best estimate a report gives, or its lower bound where it gives only one (\"at "
        "least 70\" counts 70; such totals read \"at least\" or carry a +).",
        "Attacks are incidents by militants or unidentified assailants; security-force "
        "operations (raids, arrests) are incidents whose perpetrator is a state force.",
        "Casualty categories follow the project codebook: security forces (police, military, "
        "paramilitary, levies), civilians, militants (attackers included); \"not stated\" is "
        "the part of a toll the reports did not break down.",
        "Each incident appears once, with every article that reported it.",
    ]
    if ctx.imprecise:
        n = len(ctx.imprecise)
        notes.append(f"{plural_s(n, 'incident')} dated too vaguely to place in "
                     f"{period_name(ctx.period)} {'is' if n == 1 else 'are'} listed separately "
                     f"and not counted.")
    return notes

