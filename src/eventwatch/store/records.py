"""Reads incidents back as flat records: one dict per incident, columns in :data:`COLUMNS`.

A record holds the incident's reconciled fields, its casualty breakdown, its perpetrators and
the articles that report it.  Multi-valued fields (perpetrators, sources) are lists of strings;
the exports join them for CSV and tables.  The column table is data so that the exports, the
Parquet schema and the documentation come from one place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from eventwatch.errors import Errors, StoreError
from eventwatch.models import DateValue, date_span, parse_iso_parts
from eventwatch.store.schema import (
    MEASURES,
    ActorAliasRow,
    ActorRow,
    ArticleRow,
    CasualtyFigureRow,
    IncidentRow,
    MentionRow,
    PerpetratorRow,
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an incident record: ``type`` is str | int | float | bool | list[str]."""

    name: str
    type: str
    help: str


_BREAKDOWN = ("civilians", "security_forces", "militants")
_PARTS = {
    "low": "low end of the UCDP-style range.",
    "high": "high end of the range (empty if open).",
    "best": "best estimate (empty if none stated).",
    "qualifier": "as reported: exact, at_least, more_than, about, up_to, vague.",
}

COLUMNS: tuple[Column, ...] = (
    Column("id", "int", "Incident id in this database."),
    Column("date", "str", "ISO 8601 date at its precision: 2019-01-14, 2019-01 or 2019."),
    Column("date_precision", "str",
           "day | week | weekend | month | year | mid-year | quarter | early | late."),
    Column("country", "str", "ISO 3166-1 alpha-2 country code."),
    Column("admin1", "str", "Province or state (GeoNames spelling)."),
    Column("admin2", "str", "District, where known."),
    Column("place", "str", "The place as named in the report."),
    Column("place_precision", "str", "exact | locality | district | admin1 | country."),
    Column("lat", "float", "Latitude (WGS 84), where known."),
    Column("lon", "float", "Longitude (WGS 84), where known."),
    Column("event_type", "str", "ACLED sub-event type in snake case."),
    Column("attack_type", "str", "GTD attack type, for attacks by non-state actors."),
    Column("secondary_attack_types", "list[str]", "Further GTD attack types of the same "
           "attack (GTD attacktype2/3), in GTD's order."),
    Column("suicide", "bool", "True for a suicide attack."),
    Column("target_type", "str", "GTD target type in snake case."),
    Column("facility", "str", "The facility attacked, where named."),
    Column("attackers", "int", "Number of attackers, where stated."),
    *(Column(f"{m}_{part}", "str" if part == "qualifier" else "int",
             f"{m.capitalize()}: {_PARTS[part]}")
      for m in MEASURES for part in _PARTS),
    *(Column(f"{m}_{c}", "int", f"{m.capitalize()} among {c.replace('_', ' ')}.")
      for m in ("killed", "wounded") for c in _BREAKDOWN),
    Column("perpetrators", "list[str]", "Canonical actor names (or the text, if unnamed)."),
    Column("perpetrator_status", "list[str]", "Per perpetrator: claimed | attributed | "
           "suspected."),
    Column("perpetrator_kind", "list[str]", "Per perpetrator: state | non_state | unknown."),
    Column("n_sources", "int", "Number of articles reporting the incident."),
    Column("article_ids", "list[str]", "Ids of the reporting articles, earliest first."),
    Column("urls", "list[str]", "URLs of the reporting articles, where known."),
    Column("first_published", "str", "Publication date of the earliest report."),
    Column("confidence", "float", "Extraction confidence in [0, 1]."),
    Column("summary", "str", "One-line summary."),
)
COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)

_STATUS_RANK = {"claimed": 0, "attributed": 1, "suspected": 2}
# SQLite allows 32,766 bound parameters per statement; stay well below on every backend.
_CHUNK = 900


def parse_bound(value: date | str | None, *, end: bool, name: str) -> date | None:
    """``2019``, ``2019-03`` or ``2019-03-05`` as the first (or, with ``end``, last) day."""
    if value is None or isinstance(value, date):
        return value
    year, month, day = parse_iso_parts(value)
    try:
        if year is None:
            raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
        first, last = date_span(DateValue(year, month, day))
    except ValueError as exc:
        raise StoreError(Errors.E017, input=f"{name} {value!r}", reason=str(exc)) from exc
    return last if end else first


def actor_ids(session: Session, name: str) -> set[int]:
    """Actors called ``name`` (canonical name or alias, any case) and their branches."""
    key = " ".join(name.split()).lower()
    found = set(session.scalars(select(ActorRow.id).where(func.lower(ActorRow.name) == key)))
    found |= set(session.scalars(
        select(ActorAliasRow.actor_id).where(func.lower(ActorAliasRow.alias) == key)))
    if not found:
        raise StoreError(Errors.E016, input=name)
    # A match on a parent counts at family level (codebook): add branches, at any depth.
    frontier = set(found)
    while frontier:
        children = set(session.scalars(
            select(ActorRow.id).where(ActorRow.parent_id.in_(frontier)))) - found
        found |= children
        frontier = children
    return found


def build_query(session: Session, *, country: str | None = None, admin1: str | None = None,
                actor: str | None = None, since: date | str | None = None,
                until: date | str | None = None, event_type: str | None = None,
                min_killed: int | None = None, limit: int | None = None,
                ) -> Select[IncidentRow]:
    """The filtered, date-ordered incident query.

    Dates match by overlap: an incident dated 2019-01 (month precision) is returned for
    ``since=2019-01-15``, since it may have happened then; undated incidents never match a date
    filter.  ``min_killed`` compares the best estimate, or the low bound where there is none.
    """
    query = select(IncidentRow)
    if country:
        query = query.where(func.upper(IncidentRow.country) == country.strip().upper())
    if admin1:
        query = query.where(func.lower(IncidentRow.admin1) == admin1.strip().lower())
    if event_type:
        query = query.where(IncidentRow.event_type == event_type.strip())
    start = parse_bound(since, end=False, name="since")
    stop = parse_bound(until, end=True, name="until")
    if start is not None:
        query = query.where(IncidentRow.date_end >= start)
    if stop is not None:
        query = query.where(IncidentRow.date_start <= stop)
    if min_killed is not None:
        query = query.where(
            func.coalesce(IncidentRow.killed_best, IncidentRow.killed_low) >= min_killed)
    if actor:
        ids = actor_ids(session, actor)
        query = query.where(IncidentRow.id.in_(
            select(PerpetratorRow.incident_id).where(PerpetratorRow.actor_id.in_(ids))))
    query = query.order_by(IncidentRow.date_start.asc().nulls_last(), IncidentRow.id)
    if limit is not None:
        query = query.limit(limit)
    return query


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def load_records(session: Session, rows: Sequence[IncidentRow]) -> list[dict[str, Any]]:
    """Flat records for ``rows`` (in their order), with perpetrators and sources attached."""
    ids = [row.id for row in rows]
    perps: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    sources: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    breakdown: dict[int, dict[str, int | None]] = defaultdict(dict)
    for chunk in _chunks(ids):
        perp_query = (
            select(PerpetratorRow.incident_id, ActorRow.name, PerpetratorRow.mention,
                   PerpetratorRow.kind, PerpetratorRow.status)
            .outerjoin(ActorRow, ActorRow.id == PerpetratorRow.actor_id)
            .where(PerpetratorRow.incident_id.in_(chunk))
            .order_by(PerpetratorRow.id)
        )
        for incident_id, name, text, kind, status in session.execute(perp_query):
            label = name or text
            seen = perps[incident_id].get(label)
            # Several sources may name the same actor: keep its strongest claim status.
            if seen is None or _STATUS_RANK.get(status, 9) < _STATUS_RANK.get(seen[1], 9):
                perps[incident_id][label] = (kind, status)
        source_query = (
            select(MentionRow.incident_id, ArticleRow.id, ArticleRow.url, ArticleRow.published)
            .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
            .where(MentionRow.incident_id.in_(chunk))
            .order_by(ArticleRow.published.asc().nulls_last(), MentionRow.id)
        )
        for incident_id, article_id, url, published in session.execute(source_query):
            if all(article_id != s[0] for s in sources[incident_id]):
                sources[incident_id].append((article_id, url, published))
        figure_query = (
            select(CasualtyFigureRow.incident_id, CasualtyFigureRow.measure,
                   CasualtyFigureRow.category, CasualtyFigureRow.best, CasualtyFigureRow.low)
            .where(CasualtyFigureRow.incident_id.in_(chunk),
                   CasualtyFigureRow.mention_id.is_(None),
                   CasualtyFigureRow.category.in_(_BREAKDOWN))
        )
        for incident_id, measure, category, best, low in session.execute(figure_query):
            breakdown[incident_id][f"{measure}_{category}"] = best if best is not None else low
    return [_record(row, perps[row.id], sources[row.id], breakdown[row.id]) for row in rows]


def _record(row: IncidentRow, perps: dict[str, tuple[str, str]],
            sources: list[tuple[str, str | None, str | None]],
            breakdown: dict[str, int | None]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": row.id, "date": row.date_value, "date_precision": row.date_precision,
        "country": row.country, "admin1": row.admin1, "admin2": row.admin2,
        "place": row.place_name, "place_precision": row.place_precision,
        "lat": row.lat, "lon": row.lon, "event_type": row.event_type,
        "attack_type": row.attack_type,
        "secondary_attack_types": list(row.secondary_attack_types or []),
        "suicide": bool(row.suicide),
        "target_type": row.target_type, "facility": row.facility, "attackers": row.attackers,
    }
    for measure in MEASURES:
        for part in ("low", "high", "best", "qualifier"):
            record[f"{measure}_{part}"] = getattr(row, f"{measure}_{part}")
    for measure in ("killed", "wounded"):
        for category in _BREAKDOWN:
            key = f"{measure}_{category}"
            record[key] = breakdown.get(key)
    record["perpetrators"] = list(perps)
    record["perpetrator_status"] = [status for _, status in perps.values()]
    record["perpetrator_kind"] = [kind for kind, _ in perps.values()]
    record["n_sources"] = len(sources)
    record["article_ids"] = [s[0] for s in sources]
    record["urls"] = [s[1] for s in sources if s[1]]
    record["first_published"] = next((s[2] for s in sources if s[2]), None)
    record["confidence"] = row.confidence
    record["summary"] = row.summary
    return {name: record.get(name) for name in COLUMN_NAMES}


def query_records(session: Session, **filters: Any) -> list[dict[str, Any]]:
    rows = list(session.scalars(build_query(session, **filters)))
    return load_records(session, rows)
