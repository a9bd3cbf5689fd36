"""Turns one article and its :class:`~eventwatch.models.ExtractionResult` into table rows.

Everything here runs inside the caller's transaction (:meth:`eventwatch.store.Store.save`) and
only adds rows to the given session; it never commits.  Each extracted incident becomes a
mention of a stored incident that reports the same event (:mod:`eventwatch.store.fusion`
decides) or of a new incident; the mention-level rows stay as written here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from eventwatch.models import (
    PERPETRATOR_KINDS,
    Article,
    Count,
    ExtractionResult,
    Incident,
    Relation,
    Statistic,
    date_span,
)
from eventwatch.store.milestones import add_milestones
from eventwatch.store.schema import (
    MEASURES,
    ActorAliasRow,
    ActorRelationRow,
    ActorRow,
    ArticleRow,
    Base,
    CasualtyFigureRow,
    IncidentRow,
    MentionRow,
    PerpetratorRow,
    StatisticRow,
)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor-base entry to copy into the store (see :meth:`Store.sync_actors`)."""

    name: str
    kind: str = "unknown"
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


class ActorIds:
    """Finds actors by canonical name within one transaction, creating unknown names.

    A name not in the ``actors`` table is created on first sight with ``unresolved`` set: the
    actor base is copied into the table beforehand (:meth:`Store.sync_actors`), so a name
    missing from it is one the base does not know and an analyst should review.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[str, int] = {}

    def load(self, names: Iterable[str]) -> None:
        """Look up many names in one query (the usual case: all already stored)."""
        wanted = {_clean(n) for n in names} - set(self.cache)
        if wanted:
            query = select(ActorRow.id, ActorRow.name).where(ActorRow.name.in_(sorted(wanted)))
            self.cache.update((name, actor_id) for actor_id, name in self.session.execute(query))

    def get(self, name: str, kind: str = "unknown") -> int:
        name = _clean(name)
        if name not in self.cache:
            self.load([name])
        if name not in self.cache:
            self.cache[name] = _insert(self.session, ActorRow, {
                "name": name, "kind": kind if kind in PERPETRATOR_KINDS else "unknown",
                "unresolved": True, "countries": [], "parent_id": None})
        return self.cache[name]


def _clean(name: str) -> str:
    return " ".join(name.split())


def _table(row_class: type[Base]) -> Table:
    table = row_class.__table__
    assert isinstance(table, Table)
    return table


def _insert(session: Session, row_class: type[Base], values: dict[str, Any]) -> int:
    """Insert one row and return its id (Core insert: the ORM unit of work is slower here)."""
    table = _table(row_class)
    return int(session.execute(insert(table).returning(table.c.id), values).scalar_one())


def _insert_many(session: Session, row_class: type[Base], rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(_table(row_class)), rows)


def add_article(session: Session, article: Article, result: ExtractionResult,
                now: datetime) -> int:
    """Add the article and everything extracted from it; returns the number of incidents.

    Rows go in with a handful of Core statements (one per incident and mention, one
    multi-row insert per other table) inside the caller's transaction.
    """
    # The extraction may have found the date in the story (dateline) when the input gave none.
    published, published_source = article.published, article.published_source
    if not published and result.published:
        published, published_source = result.published, result.published_source
    _insert_many(session, ArticleRow, [{
        "id": article.id, "external_id": article.external_id, "url": article.url,
        "title": article.title, "published": published, "published_source": published_source,
        "source": article.source, "source_format": article.source_format,
        "text": article.text, "ingested_at": now,
    }])
    actors = ActorIds(session)
    actors.load([p.actor for i in result.incidents for p in i.perpetrators if p.actor]
                + [n for r in result.relations for n in (r.a, r.b)])
    rows = _Rows()
    from eventwatch.store.fusion import ArticleFusion  # (fusion builds on this module)

    fusion = ArticleFusion(session, article.id, published, article.source, article.url)
    for index, incident in enumerate(result.incidents):
        target = fusion.match(index, incident)
        add_incident(session, actors, rows, article.id, index, incident, now, target)
        if target is not None:
            fusion.joined(target)
    fusion.finish(now)
    for relation in result.relations:
        rows.relations.append(relation_row(actors, article.id, relation))
    rows.statistics = [statistic_row(article.id, s) for s in result.statistics]
    _insert_many(session, CasualtyFigureRow, rows.figures)
    _insert_many(session, PerpetratorRow, rows.perpetrators)
    _insert_many(session, ActorRelationRow, rows.relations)
    _insert_many(session, StatisticRow, rows.statistics)
    add_milestones(session, actors, article.id, result.milestones)
    return len(result.incidents)


@dataclass
class _Rows:
    """Rows collected for one article, inserted table by table at the end."""

    figures: list[dict[str, Any]] = field(default_factory=list)
    perpetrators: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    statistics: list[dict[str, Any]] = field(default_factory=list)


def _count_columns(incident: Incident) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for measure in MEASURES:
        count: Count = getattr(incident, measure)
        empty = count.is_empty()
        out[f"{measure}_low"] = count.low
        out[f"{measure}_high"] = count.high
        out[f"{measure}_best"] = count.best
        # No figure reported is not an "exact" one: leave the qualifier empty.
        out[f"{measure}_qualifier"] = None if empty else count.qualifier
    return out


def incident_values(incident: Incident, now: datetime) -> dict[str, Any]:
    """The ``incidents`` row of a single-source incident."""
    start, end = date_span(incident.date)
    place, when = incident.place, incident.date
    return {
        "date_value": when.value if when else None,
        "date_year": when.year if when else None,
        "date_month": when.month if when else None,
        "date_day": when.day if when else None,
        "date_precision": when.precision if when else None,
        "date_start": start, "date_end": end,
        "country": place.country, "admin1": place.admin1, "admin2": place.admin2,
        "place_name": place.name, "place_precision": place.precision,
        "lat": place.lat, "lon": place.lon,
        "event_type": incident.event_type, "attack_type": incident.attack_type,
        "secondary_attack_types": list(incident.secondary_attack_types) or None,
        "suicide": bool(incident.suicide), "target_type": incident.target_type,
        "facility": incident.facility, "attackers": incident.attackers,
        "confidence": incident.confidence, "summary": incident.summary or "",
        "created_at": now, "updated_at": now, **_count_columns(incident),
    }


def add_incident(session: Session, actors: ActorIds, rows: _Rows, article_id: str,
                 index: int, incident: Incident, now: datetime,
                 incident_id: int | None = None) -> int:
    """Add this article's mention of an incident: to the stored incident ``incident_id``
    (fusion found it; its fused values are recomputed afterwards), or to a new incident.
    Returns the incident id."""
    new = incident_id is None
    if incident_id is None:
        incident_id = _insert(session, IncidentRow, incident_values(incident, now))
    mention_id = _insert(session, MentionRow, {
        "incident_id": incident_id, "article_id": article_id, "index_in_article": index,
        "record": incident.to_dict(), "evidence": [e.to_dict() for e in incident.evidence],
        "confidence": incident.confidence,
    })
    # Per-source figures (mention_id set) and, for a new incident, its reconciled breakdown
    # (NULL): with one source they agree; fusion recomputes the latter as sources join.
    for mid in (mention_id, None) if new else (mention_id,):
        rows.figures.extend(figure_rows(incident_id, mid, incident))
    for perpetrator in incident.perpetrators:
        actor_id = actors.get(perpetrator.actor, perpetrator.kind) if perpetrator.actor else None
        rows.perpetrators.append({
            "incident_id": incident_id, "mention_id": mention_id, "actor_id": actor_id,
            "mention": perpetrator.mention or perpetrator.actor or "",
            "kind": perpetrator.kind, "status": perpetrator.status,
        })
    return incident_id


def figure_rows(incident_id: int, mention_id: int | None,
                incident: Incident) -> Iterator[dict[str, Any]]:
    """A ``total`` row per reported measure plus one row per casualty category.

    Category figures are single numbers in the extraction; they take the total's qualifier,
    and only an exact one also bounds them from above.
    """
    for measure in MEASURES:
        count: Count = getattr(incident, measure)
        base = {"incident_id": incident_id, "mention_id": mention_id, "measure": measure,
                "qualifier": count.qualifier}
        if not count.is_empty():
            yield {**base, "category": "total", "low": count.low, "high": count.high,
                   "best": count.best}
        for category, n in count.by_category.items():
            yield {**base, "category": category, "low": n, "best": n,
                   "high": n if count.qualifier == "exact" else None}


def relation_row(actors: ActorIds, article_id: str, relation: Relation) -> dict[str, Any]:
    return {
        "a_id": actors.get(relation.a), "b_id": actors.get(relation.b), "kind": relation.kind,
        "evidence": [e.to_dict() for e in relation.evidence],
        "confidence": relation.confidence, "article_id": article_id,
    }


def statistic_row(article_id: str, statistic: Statistic) -> dict[str, Any]:
    period = statistic.period
    return {
        "article_id": article_id, "measure": statistic.measure,
        "of_measure": statistic.of_measure,
        "period_value": period.value if period else None,
        "period_precision": period.precision if period else None,
        "scope": dict(statistic.scope), "value": statistic.value,
        "share_pct": statistic.share_pct, "change_pct": statistic.change_pct,
        "qualifier": statistic.qualifier, "by_category": dict(statistic.by_category),
        "attacks": statistic.attacks, "source": statistic.source,
        "evidence": [e.to_dict() for e in statistic.evidence],
        "confidence": statistic.confidence,
    }


def sync_actors(session: Session, entries: Iterable[ActorEntry]) -> int:
    """Copy actor-base entries into the store (insert or update; aliases only added).

    Entries become resolved actors; an unresolved row of the same name is upgraded in place so
    its incidents keep pointing at it.  Returns the number of entries read.
    """
    rows = {row.name: row for row in session.scalars(select(ActorRow))}
    known_aliases = {(a.actor_id, a.alias) for a in session.scalars(select(ActorAliasRow))}
    entries = list(entries)
    for entry in entries:
        row = rows.get(entry.name)
        if row is None:
            row = ActorRow(name=entry.name, kind=entry.kind, unresolved=False,
                           countries=list(entry.countries))
            session.add(row)
            rows[entry.name] = row
        else:
            row.kind, row.unresolved, row.countries = entry.kind, False, list(entry.countries)
    session.flush()
    for entry in entries:
        row = rows[entry.name]
        if entry.parent:
            parent = rows.get(entry.parent)
            if parent is None:
                parent = ActorRow(name=entry.parent, kind=entry.kind, unresolved=True,
                                  countries=[])
                session.add(parent)
                session.flush()
                rows[entry.parent] = parent
            row.parent_id = parent.id
        acronyms = set(entry.acronyms)
        for alias in dict.fromkeys((*entry.aliases, *entry.acronyms)):
            if alias != entry.name and (row.id, alias) not in known_aliases:
                session.add(ActorAliasRow(actor_id=row.id, alias=alias,
                                          is_acronym=alias in acronyms))
                known_aliases.add((row.id, alias))
    session.flush()
    return len(entries)
