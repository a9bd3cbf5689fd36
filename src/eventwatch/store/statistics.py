"""Reads stored statistics back as flat records: aggregate figures that articles state
("595 people were killed in 2018"), each with its period, scope, figures, cited source and the
sentence it came from.

Reads the ``statistics`` table (written by :mod:`eventwatch.store.writer`) and the articles
they came from; writes nothing.  :data:`STATISTIC_COLUMNS` documents the record; the CLI is
``eventwatch statistics``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventwatch.errors import Errors, EventWatchError
from eventwatch.store.records import Column
from eventwatch.store.schema import ActorAliasRow, ActorRow, ArticleRow, StatisticRow

if TYPE_CHECKING:
    from eventwatch.resources.actors import Actor, ActorBase
    from eventwatch.store.core import Store

STATISTIC_COLUMNS: tuple[Column, ...] = (
    Column("id", "int", "Statistic id in this database."),
    Column("period", "str", "ISO 8601 period at its precision: 2018, 2019-01 (empty if none)."),
    Column("period_precision", "str",
           "day | week | weekend | month | year | mid-year | quarter | early | late."),
    Column("measure", "str", "What is counted: attacks, killed, wounded, arrests..."),
    Column("country", "str", "Scope: ISO 3166-1 alpha-2 country code(s)."),
    Column("admin1", "str", "Scope: province(s) or state(s)."),
    Column("actor", "str", "Scope: the actor the figure is about (canonical name)."),
    Column("value", "int", "The figure stated, where one is."),
    Column("qualifier", "str", "exact, at_least, more_than, about, up_to or vague."),
    Column("share_pct", "float", "Share in percent (\"38% of them\"), of ``of_measure``."),
    Column("of_measure", "str", "The measure a share is part of."),
    Column("change_pct", "float", "Change in percent against the previous period."),
    Column("attacks", "int", "Number of attacks the figure comes from, where stated."),
    Column("by_category", "dict", "Breakdown: civilians, security_forces, militants."),
    Column("source", "str", "Who the article says the figure is from (not the newspaper)."),
    Column("sentence", "str", "The sentence of the article that states it."),
    Column("article_id", "str", "Id of the stating article."),
    Column("url", "str", "URL of the stating article, where known."),
    Column("published", "str", "Publication date of the stating article."),
    Column("confidence", "float", "Extraction confidence in [0, 1]."),
)
STATISTIC_COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in STATISTIC_COLUMNS)

# A sentence ends at . ! ? (and any closing quote or bracket) before a space, or at a newline.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
_MAX_SENTENCE = 400


def sentence_around(text: str, start: int, end: int, limit: int = _MAX_SENTENCE) -> str:
    """The sentence of ``text`` holding ``text[start:end]``, spaces collapsed; at most
    ``limit`` characters either side of the span (a heuristic split, good enough to quote)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    begin = max(0, start - limit)
    for m in _SENTENCE_END.finditer(text, begin, start):
        begin = m.end()
    stop_at = min(len(text), end + limit)
    after = _SENTENCE_END.search(text, max(start, end - 1), stop_at)
    stop = after.end() if after else stop_at
    return " ".join(text[begin:stop].split())


def _evidence_span(evidence: Iterable[dict[str, Any]]) -> tuple[int, int] | None:
    """The span of the clause that states the figure: the ``statistic`` evidence, else the
    union of the others but the cited source (which may sit paragraphs away)."""
    spans = [(int(e["start"]), int(e["end"]), e.get("field")) for e in evidence
             if isinstance(e, dict) and "start" in e and "end" in e]
    own = [s for s in spans if s[2] == "statistic"] or [s for s in spans if s[2] != "source"]
    if not own:
        return None
    return min(s[0] for s in own), max(s[1] for s in own)


def resolve_actor(actors: ActorBase, name: str) -> Actor | None:
    """The actor of the base that ``name`` names (canonical name, alias or acronym); an
    acronym in the wrong case is accepted when it names one actor only."""
    actor = actors.get(name)
    if actor is None:
        folded = [a for a in actors if name.casefold() in {x.casefold() for x in a.acronyms}]
        actor = folded[0] if len(folded) == 1 else None
    return actor


def descendants(actors: ActorBase, name: str) -> list[str]:
    """Canonical names of the actor's branches (``branch_of``), at any depth."""
    children: dict[str, list[str]] = {}
    for actor in actors:
        if actor.parent is not None:
            children.setdefault(actor.parent, []).append(actor.name)
    out: list[str] = []
    frontier = [name]
    while frontier:
        found = [c for parent in frontier for c in children.get(parent, []) if c not in out]
        out.extend(found)
        frontier = found
    return out


def store_actor_ids(session: Session, name: str) -> set[int]:
    """Ids of the stored actors called ``name`` (canonical name or alias, any case)."""
    key = " ".join(name.split()).lower()
    found = set(session.scalars(select(ActorRow.id).where(func.lower(ActorRow.name) == key)))
    found |= set(session.scalars(
        select(ActorAliasRow.actor_id).where(func.lower(ActorAliasRow.alias) == key)))
    return found


def store_descendants(session: Session, ids: set[int]) -> set[int]:
    """``ids`` and the stored actors that are branches of them, at any depth."""
    found = set(ids)
    frontier = set(ids)
    while frontier:
        children = set(session.scalars(
            select(ActorRow.id).where(ActorRow.parent_id.in_(frontier)))) - found
        found |= children
        frontier = children
    return found


def actor_names(session: Session, actors: ActorBase | None, name: str) -> set[str]:
    """Canonical names ``name`` stands for, branches included, from the actor base and the
    store; raises E016 when neither knows it."""
    names: set[str] = set()
    actor = resolve_actor(actors, name) if actors is not None else None
    if actor is not None and actors is not None:
        names |= {actor.name, *descendants(actors, actor.name)}
    ids = store_actor_ids(session, actor.name if actor is not None else name)
    if ids:
        ids = store_descendants(session, ids)
        names |= set(session.scalars(select(ActorRow.name).where(ActorRow.id.in_(ids))))
    if not names:
        raise EventWatchError(Errors.E016, input=name)
    return names


def _values(value: Any) -> list[str]:
    """A scope value as a list of strings (scopes hold a string or a list)."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def statistic_record(row: StatisticRow, text: str | None, url: str | None,
                     published: str | None) -> dict[str, Any]:
    """One flat record (columns: :data:`STATISTIC_COLUMNS`, plus the whole ``scope``)."""
    scope = dict(row.scope or {})
    span = _evidence_span(row.evidence or [])
    sentence = sentence_around(text, *span) if text and span else ""
    record: dict[str, Any] = {
        "id": row.id, "period": row.period_value, "period_precision": row.period_precision,
        "measure": row.measure,
        "country": "; ".join(_values(scope.get("country"))) or None,
        "admin1": "; ".join(_values(scope.get("admin1"))) or None,
        "actor": "; ".join(_values(scope.get("actor"))) or None,
        "value": row.value, "qualifier": row.qualifier, "share_pct": row.share_pct,
        "of_measure": row.of_measure, "change_pct": row.change_pct, "attacks": row.attacks,
        "by_category": dict(row.by_category or {}), "source": row.source,
        "sentence": sentence, "article_id": row.article_id, "url": url,
        "published": published, "confidence": row.confidence,
    }
    out = {name: record.get(name) for name in STATISTIC_COLUMN_NAMES}
    out["scope"] = scope
    return out


def query_statistics(store: Store, *, country: str | None = None, actor: str | None = None,
                     measure: str | None = None, actors: ActorBase | None = None,
                     ) -> list[dict[str, Any]]:
    """Stored statistics as flat records, ordered by period (undated last), then article.

    Filters combine with AND: ``country`` (ISO code, any case) matches the scope's country;
    ``actor`` (any name or alias the actor base or the store knows; its branches included;
    an unknown name raises E016) matches the scope's actor; ``measure`` the measure exactly.
    """
    with Session(store.engine) as session:
        wanted = actor_names(session, actors, actor) if actor else None
        query = (select(StatisticRow, ArticleRow.text, ArticleRow.url, ArticleRow.published)
                 .join(ArticleRow, ArticleRow.id == StatisticRow.article_id))
        if measure:
            query = query.where(StatisticRow.measure == measure.strip())
        query = query.order_by(StatisticRow.period_value.asc().nulls_last(),
                               ArticleRow.published.asc().nulls_last(), StatisticRow.id)
        code = country.strip().upper() if country else None
        out = []
        for row, text, url, published in session.execute(query):
            scope = row.scope or {}
            if code and code not in {c.upper() for c in _values(scope.get("country"))}:
                continue
            if wanted is not None and not wanted & set(_values(scope.get("actor"))):
                continue
            out.append(statistic_record(row, text, url, published))
        return out
