"""What the store knows about one actor, and the organisation names it does not know.

:func:`actor_profile` reads the actor base (names, family, branches, splinters, listed
relations) and the store (incidents by year with casualties, claim status counts, relations
stated in articles with their evidence, milestones) into one dict; ``eventwatch actor NAME``
prints it.  :func:`unresolved_names` scans the stored article texts with
:meth:`ActorBase.find_unresolved` and reads the actors the store flagged ``unresolved``, so
an analyst can add the missing ones (``eventwatch actors add``).  Both only read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from eventwatch.errors import Errors, EventWatchError
from eventwatch.store.milestones import MilestoneRow, milestones_for
from eventwatch.store.schema import (
    ActorRelationRow,
    ActorRow,
    ArticleRow,
    IncidentRow,
    MentionRow,
    PerpetratorRow,
)
from eventwatch.store.statistics import (
    descendants,
    resolve_actor,
    sentence_around,
    store_actor_ids,
    store_descendants,
)

if TYPE_CHECKING:
    from eventwatch.resources.actors import Actor, ActorBase
    from eventwatch.store.core import Store

STATUSES = ("claimed", "attributed", "suspected")
_RANK = {s: i for i, s in enumerate(STATUSES)}
_CHUNK = 900  # bound parameters per IN (...) list, well below SQLite's limit
_EXAMPLE = 240  # characters of an example context


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _figure(best: int | None, low: int | None) -> int:
    """The figure a sum counts: the best estimate, else the low bound ("at least 70")."""
    return best if best is not None else low or 0


# -- the profile -------------------------------------------------------------------------------

def actor_profile(store: Store, actors: ActorBase, name: str, *,
                  branches: bool = True) -> dict[str, Any]:
    """Everything known about the actor ``name`` (canonical name, alias or acronym).

    Keys: ``name``, ``kind``, ``in_base``, ``aliases``, ``acronyms``, ``countries``,
    ``sources``, ``parent``, ``family``, ``branches``, ``splinter_of``, ``splinters``,
    ``merged_into``, ``merged``, ``counted`` (the actors whose incidents are counted: the
    actor and, with ``branches``, its branches), ``incidents`` (``total``, ``killed``,
    ``wounded``, ``undated``, ``first``, ``last``, ``by_year``, ``by_status``, ``by_actor``),
    ``relations`` and ``milestones``.  A name neither the base nor the store knows raises
    E016.
    """
    actor = resolve_actor(actors, name)
    with Session(store.engine) as session:
        own_ids = store_actor_ids(session, actor.name if actor is not None else name)
        if actor is None and not own_ids:
            raise EventWatchError(Errors.E016, input=name)
        rows = [session.get_one(ActorRow, i) for i in sorted(own_ids)]
        canonical = actor.name if actor is not None else rows[0].name
        ids = set(own_ids)
        if branches:
            ids = store_descendants(session, ids)
            if actor is not None:
                branch_names = descendants(actors, actor.name)
                if branch_names:
                    ids |= set(session.scalars(
                        select(ActorRow.id).where(ActorRow.name.in_(branch_names))))
        profile = _base_part(actors, actor, canonical, rows)
        profile["counted"] = sorted(session.scalars(
            select(ActorRow.name).where(ActorRow.id.in_(ids)))) if ids else [canonical]
        profile["incidents"] = _incidents(session, ids)
        profile["relations"] = _relations(session, actors, canonical, own_ids)
        profile["milestones"] = milestones_for(session, ids)
    return profile


def _base_part(actors: ActorBase, actor: Actor | None, name: str,
               rows: Sequence[ActorRow]) -> dict[str, Any]:
    """Names, family and listed relations from the actor base (or the store's row when the
    base does not know the actor)."""
    listed = actors.relations()
    if actor is None:
        row = rows[0]
        return {"name": name, "kind": row.kind, "in_base": False, "unresolved": row.unresolved,
                "aliases": [], "acronyms": [], "countries": list(row.countries or []),
                "sources": [], "parent": None, "family": name, "branches": [],
                "splinter_of": None, "splinters": [], "merged_into": None, "merged": []}
    return {
        "name": actor.name, "kind": actor.kind, "in_base": True, "unresolved": False,
        "aliases": list(actor.aliases), "acronyms": list(actor.acronyms),
        "countries": list(actor.countries), "sources": list(actor.sources),
        "parent": actor.parent, "family": actors.family(actor.name),
        "branches": sorted(a for a, k, b in listed if k == "branch_of" and b == actor.name),
        "splinter_of": actor.splinter_of,
        "splinters": sorted(a for a, k, b in listed if k == "splinter_of" and b == actor.name),
        "merged_into": actor.merged_into,
        "merged": sorted(a for a, k, b in listed if k == "merged_into" and b == actor.name),
    }


def _incident_entry(row: IncidentRow) -> dict[str, Any]:
    return {"id": row.id, "date": row.date_value, "date_precision": row.date_precision,
            "place": row.place_name, "admin1": row.admin1, "country": row.country,
            "event_type": row.event_type,
            "killed": _figure(row.killed_best, row.killed_low),
            "wounded": _figure(row.wounded_best, row.wounded_low), "summary": row.summary}


def _incidents(session: Session, ids: set[int]) -> dict[str, Any]:
    """Incidents the actors are named for: counts and casualty sums by year, the strongest
    claim status per incident (claimed > attributed > suspected), first and last."""
    status: dict[int, str] = {}
    actors_of: dict[int, set[str]] = defaultdict(set)
    if ids:
        query = (select(PerpetratorRow.incident_id, PerpetratorRow.status, ActorRow.name)
                 .join(ActorRow, ActorRow.id == PerpetratorRow.actor_id)
                 .where(PerpetratorRow.actor_id.in_(sorted(ids))))
        for incident_id, claim, actor_name in session.execute(query):
            seen = status.get(incident_id)
            if seen is None or _RANK.get(claim, 9) < _RANK.get(seen, 9):
                status[incident_id] = claim
            actors_of[incident_id].add(actor_name)
    rows: list[IncidentRow] = []
    for chunk in _chunks(sorted(status)):
        rows.extend(session.scalars(select(IncidentRow).where(IncidentRow.id.in_(chunk))))
    years: dict[int | None, dict[str, Any]] = {}
    for row in rows:
        year = years.setdefault(row.date_year, {"year": row.date_year, "incidents": 0,
                                                "killed": 0, "wounded": 0})
        year["incidents"] += 1
        year["killed"] += _figure(row.killed_best, row.killed_low)
        year["wounded"] += _figure(row.wounded_best, row.wounded_low)
    dated = sorted((r for r in rows if r.date_start is not None),
                   key=lambda r: (r.date_start, r.id))
    by_actor = Counter(name for names in actors_of.values() for name in names)
    return {
        "total": len(rows),
        "killed": sum(y["killed"] for y in years.values()),
        "wounded": sum(y["wounded"] for y in years.values()),
        "undated": years[None]["incidents"] if None in years else 0,
        "first": _incident_entry(dated[0]) if dated else None,
        "last": _incident_entry(dated[-1]) if dated else None,
        "by_year": sorted(years.values(), key=lambda y: (y["year"] is None, y["year"] or 0)),
        "by_status": {s: sum(1 for v in status.values() if v == s) for s in STATUSES},
        "by_actor": dict(sorted(by_actor.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def _relations(session: Session, actors: ActorBase, name: str,
               ids: set[int]) -> list[dict[str, Any]]:
    """Relations of the actor itself: listed in the base and stated in stored articles, one
    entry per (a, kind, b) with every evidence text (``{"text", "article_id"}``) and
    article (``{"id", "url", "published"}``)."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}

    def entry(a: str, kind: str, b: str) -> dict[str, Any]:
        key = (a, kind, b)
        if key not in merged:
            merged[key] = {"a": a, "kind": kind, "b": b, "other": b if a == name else a,
                           "in_base": False, "evidence": [], "articles": [],
                           "confidence": None}
        return merged[key]

    for a, kind, b in actors.relations():
        if name in (a, b):
            entry(a, kind, b)["in_base"] = True
    if ids:
        a_row, b_row = aliased(ActorRow), aliased(ActorRow)
        query = (select(ActorRelationRow, a_row.name, b_row.name, ArticleRow.url,
                        ArticleRow.published)
                 .join(a_row, a_row.id == ActorRelationRow.a_id)
                 .join(b_row, b_row.id == ActorRelationRow.b_id)
                 .outerjoin(ArticleRow, ArticleRow.id == ActorRelationRow.article_id)
                 .where(ActorRelationRow.a_id.in_(ids) | ActorRelationRow.b_id.in_(ids))
                 .order_by(ArticleRow.published.asc().nulls_last(), ActorRelationRow.id))
        for row, a, b, url, published in session.execute(query):
            item = entry(a, row.kind, b)
            spans = [e for e in row.evidence or [] if isinstance(e, dict)]
            # The stating phrase; the bare names of a joint claim's perpetrators add nothing.
            spans = [e for e in spans if e.get("field") == "relation"] or spans
            for ev in spans:
                text = " ".join(str(ev.get("text", "")).split())
                if text and all(x["text"] != text for x in item["evidence"]):
                    item["evidence"].append({"text": text, "article_id": row.article_id})
            if row.article_id and all(x["id"] != row.article_id for x in item["articles"]):
                item["articles"].append({"id": row.article_id, "url": url,
                                         "published": published})
            item["confidence"] = max(item["confidence"] or 0.0, row.confidence)
    return sorted(merged.values(), key=lambda r: (r["kind"], r["other"]))


# -- names the base does not know ------------------------------------------------------------

@dataclass
class _Seen:
    """What is known about one unresolved name while the articles are scanned."""

    forms: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    incidents: set[int] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    example: tuple[str, str] | None = None  # (date or "", context)
    article_id: str | None = None
    origins: set[str] = field(default_factory=set)

    def saw(self, article_id: str, when: str | None, context: str) -> None:
        self.articles.add(article_id)
        if when:
            self.dates.append(when)
        key = when or "9999"
        if self.example is None or key < (self.example[0] or "9999"):
            self.example = (when or "", context)
            self.article_id = article_id


def _key(name: str) -> str:
    from eventwatch.resources.actors import normalise_name

    return normalise_name(name).casefold()


def _when(published: str | None, ingested: datetime | None) -> str | None:
    """The article's date: its publication date, else the day it was ingested."""
    if published:
        return published[:10]
    return ingested.date().isoformat() if ingested is not None else None


def unresolved_names(store: Store, actors: ActorBase) -> list[dict[str, Any]]:
    """Organisation-like names seen in stored articles that the actor base does not know.

    Two sources: :meth:`ActorBase.find_unresolved` over every stored article text, and the
    actors the store flagged ``unresolved`` (created when a record named an actor missing
    from the store) that the current base still does not know.  One entry per name
    (compared as :func:`normalise_name` case-folded), most widely reported first:
    ``{"name", "mentions", "articles", "incidents", "first_seen", "last_seen", "example",
    "article_id", "origin"}``; ``incidents`` counts incidents whose perpetrator is the name,
    ``origin`` is ``text``, ``store`` or both.
    """
    seen: dict[str, _Seen] = defaultdict(_Seen)
    with Session(store.engine) as session:
        query = (select(ArticleRow.id, ArticleRow.text, ArticleRow.published,
                        ArticleRow.ingested_at).execution_options(yield_per=200))
        for article_id, text, published, ingested in session.execute(query):
            when = _when(published, ingested)
            for start, end, span in actors.find_unresolved(text):
                item = seen[_key(span)]
                item.forms[span] += 1
                item.mentions += 1
                item.origins.add("text")
                item.saw(article_id, when, _context(text, start, end))
        _perpetrator_mentions(session, actors, seen)
        _flagged_actors(session, actors, seen)
    out: list[dict[str, Any]] = []
    for item in seen.values():
        if not item.forms:
            continue
        dates = sorted(item.dates)
        out.append({
            "name": item.forms.most_common(1)[0][0], "mentions": item.mentions,
            "articles": len(item.articles), "incidents": len(item.incidents),
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
            "example": item.example[1] if item.example else "", "article_id": item.article_id,
            "origin": " + ".join(sorted(item.origins)),
        })
    out.sort(key=lambda r: (-r["articles"], -r["incidents"], -r["mentions"], r["name"].lower()))
    return out


def _context(text: str, start: int, end: int) -> str:
    sentence = sentence_around(text, start, end, limit=_EXAMPLE)
    return sentence if len(sentence) <= _EXAMPLE else sentence[:_EXAMPLE - 1] + "…"


def _perpetrator_mentions(session: Session, actors: ActorBase, seen: dict[str, _Seen]) -> None:
    """Count incidents whose unnamed perpetrator (actor NULL) is written as an unknown name
    ("the Mangal Bagh group")."""
    query = select(PerpetratorRow.incident_id, PerpetratorRow.mention).where(
        PerpetratorRow.actor_id.is_(None))
    for incident_id, mention in session.execute(query):
        for _, _, span in actors.find_unresolved(mention or ""):
            key = _key(span)
            if key in seen:
                seen[key].incidents.add(incident_id)


def _flagged_actors(session: Session, actors: ActorBase, seen: dict[str, _Seen]) -> None:
    """Actors stored with ``unresolved`` set that the base does not know (an analyst may have
    added them since), with their incidents, relations and milestones."""
    flagged = [(row.id, row.name) for row in session.scalars(
        select(ActorRow).where(ActorRow.unresolved.is_(True)))]
    for actor_id, name in flagged:
        if actors.get(name) is not None:
            continue
        item = seen[_key(name)]
        item.origins.add("store")
        if not item.forms:
            item.forms[name] += 1
        perps = session.execute(
            select(PerpetratorRow.incident_id, ArticleRow.id, ArticleRow.text,
                   ArticleRow.published, ArticleRow.ingested_at)
            .join(MentionRow, MentionRow.id == PerpetratorRow.mention_id)
            .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
            .where(PerpetratorRow.actor_id == actor_id)).all()
        others = session.execute(
            select(ArticleRow.id, ArticleRow.text, ArticleRow.published, ArticleRow.ingested_at)
            .where(ArticleRow.id.in_(
                select(ActorRelationRow.article_id).where(
                    (ActorRelationRow.a_id == actor_id) | (ActorRelationRow.b_id == actor_id))
                .union(select(MilestoneRow.article_id).where(
                    MilestoneRow.actor_id == actor_id))))).all()
        articles: list[tuple[str, str, str | None, datetime | None]] = []
        for incident_id, article_id, text, published, ingested in perps:
            item.incidents.add(incident_id)
            articles.append((article_id, text, published, ingested))
        articles += [(a, t, p, i) for a, t, p, i in others]
        for article_id, text, published, day in articles:
            if article_id in item.articles:
                continue
            where = text.lower().find(name.lower())
            context = _context(text, where, where + len(name)) if where >= 0 else ""
            item.saw(article_id, _when(published, day), context)
            if "text" not in item.origins:
                item.mentions += 1  # seen only through records: count the articles
