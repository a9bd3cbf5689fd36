"""Compact per-incident facts read from the store, and the calendar periods they fall in.

:func:`load_facts` reads the ``incidents``, ``perpetrators``, ``actors`` and reconciled
``casualty_figures`` rows (``mention_id`` NULL) of the incidents in a :class:`Scope`, with plain
SQLAlchemy Core queries that run the same on SQLite and PostgreSQL, and returns one
:class:`Fact` per incident.  :func:`load_sources` and :func:`load_statistics` read the articles
behind incidents and the aggregate figures articles state.  Nothing here writes.

Counting rules (documented in ``docs/analysis.md``):

* a figure is the best estimate, else the low bound ("at least 70" counts 70), else 0; a total
  that includes a lower bound is flagged ``open`` so prose can say "at least";
* an incident belongs to a period only when its whole date range lies inside it: "2019-01"
  counts in January 2019 but in no week; an incident dated only "2019" counts in 2019 but in
  no month; undated incidents count in no period.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventwatch.errors import Errors, EventWatchError
from eventwatch.store.records import build_query
from eventwatch.store.schema import (
    ActorAliasRow,
    ActorRow,
    ArticleRow,
    CasualtyFigureRow,
    IncidentRow,
    MentionRow,
    PerpetratorRow,
    StatisticRow,
)

CATEGORIES = ("civilians", "security_forces", "militants", "unknown")
PERIOD_UNITS = ("week", "month", "year")
# Labels for incidents without a named actor, used wherever perpetrators are grouped.
STATE_UNNAMED = "state forces (unnamed)"
NON_STATE_UNNAMED = "unnamed militants"
UNATTRIBUTED = "unattributed"
_STATUS_RANK = {"claimed": 0, "attributed": 1, "suspected": 2}
_OPEN_QUALIFIERS = ("at_least", "more_than", "vague")
# State action: a security-force operation, not an attack (codebook: perpetrator kind state).
STATE_EVENT_TYPES = ("arrests", "government_regains_territory")
_CHUNK = 900


@dataclass(frozen=True, slots=True)
class Scope:
    """Which incidents to read: every filter given must match (case-insensitive names).

    ``since``/``until`` take ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or dates) and keep
    incidents whose date range overlaps them; ``actor`` includes the actor's branches.
    """

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    actor: str | None = None
    event_type: str | None = None
    since: date | str | None = None
    until: date | str | None = None

    def replace(self, **changes: Any) -> Scope:
        return dataclasses.replace(self, **changes)


@dataclass(slots=True)
class Fact:
    """One incident as the analysis sees it (figures already reduced to single numbers)."""

    id: int
    start: date | None
    end: date | None
    precision: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    place: str | None
    lat: float | None
    lon: float | None
    event_type: str
    attack_type: str | None
    target_type: str | None
    suicide: bool
    killed: int = 0
    wounded: int = 0
    arrested: int = 0
    kidnapped: int = 0
    killed_open: bool = False
    wounded_open: bool = False
    killed_reported: bool = False
    wounded_reported: bool = False
    killed_by: dict[str, int] = field(default_factory=dict)
    wounded_by: dict[str, int] = field(default_factory=dict)
    # Named actors (canonical names) with their strongest claim status, in report order.
    claims: dict[str, str] = field(default_factory=dict)
    unresolved: set[str] = field(default_factory=set)
    unnamed: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    confidence: float = 0.5
    summary: str = ""

    @property
    def actors(self) -> list[str]:
        return list(self.claims)

    @property
    def state_action(self) -> bool:
        """A security-force operation (arrests, raids) rather than an attack."""
        return "state" in self.kinds or self.event_type in STATE_EVENT_TYPES

    def actor_labels(self) -> list[str]:
        """Named actors, else one label saying who was unnamed (for grouping by actor)."""
        if self.claims:
            return list(self.claims)
        if "state" in self.kinds:
            return [STATE_UNNAMED]
        if "non_state" in self.kinds:
            return [NON_STATE_UNNAMED]
        return [UNATTRIBUTED]

    def period(self, unit: str) -> str | None:
        """The label of the ``unit`` period holding the whole date range, else None."""
        if self.start is None or self.end is None:
            return None
        first, last = period_label(self.start, unit), period_label(self.end, unit)
        return first if first == last else None


# -- periods -------------------------------------------------------------------------------

def period_label(day: date, unit: str) -> str:
    """``2019-01`` (month), ``2019-W03`` (ISO week) or ``2019`` (year) for ``day``."""
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    raise EventWatchError(Errors.E017, input=f"period {unit!r}",
                          reason=f"choose one of {', '.join(PERIOD_UNITS)}")


_LABEL_RE = re.compile(r"(\d{4})(?:-(\d{2})|-W(\d{2}))?")


def period_bounds(label: str) -> tuple[date, date]:
    """First and last day of a period label (see :func:`period_label`)."""
    m = _LABEL_RE.fullmatch(label.strip())
    if not m:
        raise EventWatchError(Errors.E017, input=f"period {label!r}",
                              reason="expected YYYY, YYYY-MM or YYYY-Www")
    year = int(m.group(1))
    try:
        if m.group(2):
            month = int(m.group(2))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m.group(3):
            monday = date.fromisocalendar(year, int(m.group(3)), 1)
            return monday, monday + timedelta(days=6)
    except ValueError as exc:
        raise EventWatchError(Errors.E017, input=f"period {label!r}", reason=str(exc)) from exc
    return date(year, 1, 1), date(year, 12, 31)


def unit_of(label: str) -> str:
    return "week" if "W" in label else "month" if "-" in label else "year"


def shift(label: str, steps: int) -> str:
    """The period ``steps`` periods after (negative: before) ``label``, same unit."""
    unit = unit_of(label)
    first, _ = period_bounds(label)
    if unit == "year":
        return f"{first.year + steps:04d}"
    if unit == "week":
        return period_label(first + timedelta(weeks=steps), "week")
    index = first.year * 12 + first.month - 1 + steps
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def year_before(label: str) -> str:
    """The same period one year earlier (for year-on-year change)."""
    unit = unit_of(label)
    if unit == "month":
        return shift(label, -12)
    if unit == "year":
        return shift(label, -1)
    first, _ = period_bounds(label)
    iso = first.isocalendar()
    week = min(iso.week, date(iso.year - 1, 12, 28).isocalendar().week)
    return f"{iso.year - 1:04d}-W{week:02d}"


def periods_between(first: str, last: str) -> list[str]:
    """Every period label from ``first`` to ``last`` inclusive (same unit)."""
    out, label = [], first
    end = period_bounds(last)[0]
    while period_bounds(label)[0] <= end:
        out.append(label)
        label = shift(label, 1)
    return out


# -- loading -------------------------------------------------------------------------------

def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _figure(best: int | None, low: int | None) -> int:
    return best if best is not None else low if low is not None else 0


def _is_open(best: int | None, low: int | None, qualifier: str | None) -> bool:
    return (best is None and low is not None) or (qualifier in _OPEN_QUALIFIERS
                                                  and low is not None)


_FACT_COLUMNS = (
    IncidentRow.id, IncidentRow.date_start, IncidentRow.date_end, IncidentRow.date_precision,
    IncidentRow.country, IncidentRow.admin1, IncidentRow.admin2, IncidentRow.place_name,
    IncidentRow.lat, IncidentRow.lon, IncidentRow.event_type, IncidentRow.attack_type,
    IncidentRow.target_type, IncidentRow.suicide,
    IncidentRow.killed_best, IncidentRow.killed_low, IncidentRow.killed_qualifier,
    IncidentRow.wounded_best, IncidentRow.wounded_low, IncidentRow.wounded_qualifier,
    IncidentRow.arrested_best, IncidentRow.arrested_low,
    IncidentRow.kidnapped_best, IncidentRow.kidnapped_low,
    IncidentRow.confidence, IncidentRow.summary,
)


def load_facts(session: Session, scope: Scope = Scope()) -> list[Fact]:
    """Facts for the incidents in ``scope``, in date order (undated last).

    Raises :class:`~eventwatch.errors.StoreError` E016 for an unknown actor and E017 for a
    malformed date bound.
    """
    # The store's own filter (actor aliases and branches, date overlap), fewer columns.
    query: Any = build_query(session, country=scope.country, admin1=scope.admin1,
                             actor=scope.actor, since=scope.since, until=scope.until,
                             event_type=scope.event_type).with_only_columns(*_FACT_COLUMNS)
    if scope.admin2:
        query = query.where(func.lower(IncidentRow.admin2) == scope.admin2.strip().lower())
    facts: list[Fact] = []
    for row in session.execute(query):
        (iid, start, end, precision, country, admin1, admin2, place, lat, lon, event_type,
         attack_type, target_type, suicide, k_best, k_low, k_q, w_best, w_low, w_q, a_best,
         a_low, n_best, n_low, confidence, summary) = row
        facts.append(Fact(
            id=iid, start=start, end=end, precision=precision, country=country, admin1=admin1,
            admin2=admin2, place=place, lat=lat, lon=lon, event_type=event_type or "other",
            attack_type=attack_type, target_type=target_type, suicide=bool(suicide),
            killed=_figure(k_best, k_low), wounded=_figure(w_best, w_low),
            arrested=_figure(a_best, a_low), kidnapped=_figure(n_best, n_low),
            killed_open=_is_open(k_best, k_low, k_q), wounded_open=_is_open(w_best, w_low, w_q),
            killed_reported=k_best is not None or k_low is not None,
            wounded_reported=w_best is not None or w_low is not None,
            confidence=float(confidence or 0.0), summary=summary or ""))
    _attach_perpetrators(session, facts)
    _attach_breakdown(session, facts)
    return facts


def _attach_perpetrators(session: Session, facts: list[Fact]) -> None:
    by_id = {f.id: f for f in facts}
    for chunk in _chunks(list(by_id)):
        query = (select(PerpetratorRow.incident_id, ActorRow.name, ActorRow.unresolved,
                        PerpetratorRow.mention, PerpetratorRow.kind, PerpetratorRow.status)
                 .outerjoin(ActorRow, ActorRow.id == PerpetratorRow.actor_id)
                 .where(PerpetratorRow.incident_id.in_(chunk))
                 .order_by(PerpetratorRow.id))
        for incident_id, name, unresolved, mention, kind, status in session.execute(query):
            fact = by_id[incident_id]
            fact.kinds.add(kind or "unknown")
            if name is None:
                if mention and mention not in fact.unnamed:
                    fact.unnamed.append(mention)
                continue
            seen = fact.claims.get(name)
            # Several sources may name the same actor: keep its strongest claim status.
            if seen is None or _STATUS_RANK.get(status, 9) < _STATUS_RANK.get(seen, 9):
                fact.claims[name] = status
            if unresolved:
                fact.unresolved.add(name)


def _attach_breakdown(session: Session, facts: list[Fact]) -> None:
    by_id = {f.id: f for f in facts}
    for chunk in _chunks(list(by_id)):
        query = (select(CasualtyFigureRow.incident_id, CasualtyFigureRow.measure,
                        CasualtyFigureRow.category, CasualtyFigureRow.best,
                        CasualtyFigureRow.low)
                 .where(CasualtyFigureRow.incident_id.in_(chunk),
                        CasualtyFigureRow.mention_id.is_(None),
                        CasualtyFigureRow.measure.in_(("killed", "wounded")),
                        CasualtyFigureRow.category.in_(CATEGORIES)))
        for incident_id, measure, category, best, low in session.execute(query):
            target = by_id[incident_id].killed_by if measure == "killed" \
                else by_id[incident_id].wounded_by
            target[category] = target.get(category, 0) + _figure(best, low)
    for fact in facts:
        for measure in ("killed", "wounded"):
            parts: dict[str, int] = getattr(fact, f"{measure}_by")
            known = sum(v for k, v in parts.items() if k != "unknown")
            # A breakdown without a stated total still counts ("two policemen were killed").
            total = max(getattr(fact, measure), known)
            setattr(fact, measure, total)
            # What the breakdown does not account for is of unknown category.
            parts["unknown"] = max(total - known, parts.get("unknown", 0), 0)


@dataclass(frozen=True, slots=True)
class Source:
    """An article reporting an incident."""

    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None


def load_sources(session: Session, ids: Sequence[int]) -> dict[int, list[Source]]:
    """The articles behind each incident id, earliest published first."""
    out: dict[int, list[Source]] = defaultdict(list)
    for chunk in _chunks(list(ids)):
        query = (select(MentionRow.incident_id, ArticleRow.id, ArticleRow.title, ArticleRow.url,
                        ArticleRow.source, ArticleRow.published)
                 .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
                 .where(MentionRow.incident_id.in_(chunk))
                 .order_by(ArticleRow.published.asc().nulls_last(), MentionRow.id))
        for incident_id, article_id, title, url, outlet, published in session.execute(query):
            if all(s.article_id != article_id for s in out[incident_id]):
                out[incident_id].append(Source(article_id, title, url, outlet, published))
    return out


def load_statistics(session: Session, periods: Sequence[str]) -> list[dict[str, Any]]:
    """Stated figures (``statistics`` rows) whose period is one of ``periods``, with the
    title, URL and publication date of the article that states them."""
    query = (select(StatisticRow, ArticleRow.title, ArticleRow.url, ArticleRow.published)
             .join(ArticleRow, ArticleRow.id == StatisticRow.article_id)
             .where(StatisticRow.period_value.in_(list(periods)))
             .order_by(StatisticRow.period_value, StatisticRow.id))
    out = []
    for row, title, url, published in session.execute(query):
        out.append({
            "id": row.id, "measure": row.measure, "of_measure": row.of_measure,
            "period": row.period_value, "scope": dict(row.scope or {}), "value": row.value,
            "share_pct": row.share_pct, "change_pct": row.change_pct,
            "qualifier": row.qualifier, "by_category": dict(row.by_category or {}),
            "attacks": row.attacks, "source": row.source,
            "evidence": list(row.evidence or []), "article_title": title, "article_url": url,
            "article_published": published, "article_id": row.article_id,
        })
    return out


def first_dated(session: Session, scope: Scope = Scope()) -> date | None:
    """The earliest incident date in the store for the scope's place filters (coverage)."""
    query = select(func.min(IncidentRow.date_start))
    if scope.country:
        query = query.where(func.upper(IncidentRow.country) == scope.country.strip().upper())
    if scope.admin1:
        query = query.where(func.lower(IncidentRow.admin1) == scope.admin1.strip().lower())
    value = session.scalar(query)
    return value if isinstance(value, date) else None


def count_articles(session: Session, first: date, last: date) -> int:
    """Articles published from ``first`` to ``last`` (the store's coverage of a period).

    ``published`` is ISO text, so comparing strings compares dates on every backend.
    """
    query = (select(func.count()).select_from(ArticleRow)
             .where(ArticleRow.published >= first.isoformat(),
                    ArticleRow.published < (last + timedelta(days=1)).isoformat()))
    return int(session.scalar(query) or 0)


def canonical_actor(session: Session, name: str) -> str:
    """The stored canonical name for an actor name or alias (the name itself if unknown)."""
    key = " ".join(name.split()).lower()
    found = session.scalar(select(ActorRow.name).where(func.lower(ActorRow.name) == key))
    if found is None:
        found = session.scalar(
            select(ActorRow.name).join(ActorAliasRow, ActorAliasRow.actor_id == ActorRow.id)
            .where(func.lower(ActorAliasRow.alias) == key).order_by(ActorRow.id).limit(1))
    return found or name
