"""Fusion in the store: new mentions join stored incidents; re-fusion; analyst merge / split.

Reads and writes ``incidents``, ``mentions``, ``casualty_figures``, ``perpetrators``,
``analyst_decisions`` and ``analyst_decision_mentions``, always inside the caller's
transaction (nothing here commits).  The matching itself is :mod:`eventwatch.fuse`; this
module only fetches candidates by blocking key with SQL, moves rows and recomputes the fused
values of the incidents it touched:

* :class:`ArticleFusion` decides, for each incident extracted from one article, which stored
  incident it joins (or None: a new one), and joins up stored incidents the new report
  bridges; :func:`eventwatch.store.writer.add_article` uses it.
* :func:`recompute` rewrites an incident's reconciled columns and figures from its mentions.
* :func:`refuse` re-fuses every mention in bulk: only merging stored incidents, or with
  ``rebuild`` from scratch; analyst decisions are replayed as constraints either way.
* :func:`merge_incidents` / :func:`split_incident` carry out and record analyst decisions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from eventwatch.errors import Errors, StoreError
from eventwatch.fuse.cluster import Constraints, Fuser, blocking_keys, fuse_features
from eventwatch.fuse.features import Features, Mention, MentionKey, features
from eventwatch.fuse.reconcile import Fused, reconcile
from eventwatch.fuse.score import DEFAULT, Params
from eventwatch.models import Incident
from eventwatch.store.fusion_schema import DecisionMentionRow
from eventwatch.store.schema import (
    AnalystDecisionRow,
    ArticleRow,
    CasualtyFigureRow,
    IncidentRow,
    MentionRow,
    PerpetratorRow,
)
from eventwatch.store.writer import _insert, _insert_many, figure_rows, incident_values

_CHUNK = 900  # bound parameters per IN (...) list, below SQLite's limit
_MENTION_COLUMNS = (MentionRow.id, MentionRow.incident_id, MentionRow.article_id,
                    MentionRow.index_in_article, MentionRow.record, ArticleRow.published,
                    ArticleRow.source, ArticleRow.url)


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _mention(row: Any) -> Mention:
    return Mention((row.article_id, row.index_in_article), Incident.from_dict(row.record),
                   row.published, row.source, row.url, row.id)


def load_mentions(session: Session, incident_ids: Iterable[int]) -> dict[int, list[Mention]]:
    """The mentions of these incidents, with their articles' metadata, in mention order."""
    out: dict[int, list[Mention]] = defaultdict(list)
    for chunk in _chunks(sorted(set(incident_ids))):
        query = (select(*_MENTION_COLUMNS).join(ArticleRow, ArticleRow.id == MentionRow.article_id)
                 .where(MentionRow.incident_id.in_(chunk)).order_by(MentionRow.id))
        for row in session.execute(query):
            out[row.incident_id].append(_mention(row))
    return out


# -- analyst decisions -----------------------------------------------------------------------

def load_constraints(session: Session, base: Constraints | None = None) -> Constraints:
    """Replay every analyst decision, oldest first, into must-link / cannot-link constraints."""
    cons = base or Constraints()
    roles: dict[int, dict[str, list[MentionKey]]] = defaultdict(lambda: defaultdict(list))
    for row in session.execute(select(DecisionMentionRow)).scalars():
        roles[row.decision_id][row.role].append((row.article_id, row.index_in_article))
    decisions = session.execute(select(AnalystDecisionRow.id, AnalystDecisionRow.kind)
                                .order_by(AnalystDecisionRow.at, AnalystDecisionRow.id))
    for decision_id, kind in decisions:
        keys = roles.get(decision_id, {})
        if kind == "merge":
            cons.merge([*keys.get("a", []), *keys.get("b", [])])
        elif kind == "split":
            cons.split(keys.get("moved", []), keys.get("kept", []))
    return cons


def _record_decision(session: Session, kind: str, incident_ids: list[int],
                     mention_id: int | None, who: str, why: str, now: datetime,
                     roles: dict[str, Iterable[MentionKey]]) -> int:
    decision_id = _insert(session, AnalystDecisionRow, {
        "kind": kind, "incident_ids": incident_ids, "mention_id": mention_id, "who": who,
        "at": now, "why": why})
    _insert_many(session, DecisionMentionRow, [
        {"decision_id": decision_id, "article_id": key[0], "index_in_article": key[1],
         "role": role} for role, keys in roles.items() for key in keys])
    return decision_id


# -- recomputing fused values ----------------------------------------------------------------

def _write_fused(session: Session, incident_id: int, fused: Fused, now: datetime) -> None:
    values = incident_values(fused.incident, now)
    values.pop("created_at")
    session.execute(update(IncidentRow).where(IncidentRow.id == incident_id).values(**values))
    session.execute(delete(CasualtyFigureRow).where(CasualtyFigureRow.incident_id == incident_id,
                                                    CasualtyFigureRow.mention_id.is_(None)))
    _insert_many(session, CasualtyFigureRow, list(figure_rows(incident_id, None, fused.incident)))


def recompute(session: Session, incident_ids: Iterable[int], now: datetime) -> int:
    """Rewrite the fused values and reconciled figures of these incidents from their
    mentions; an incident left without mentions is deleted.  Returns how many remain."""
    ids = sorted(set(incident_ids))
    mentions = load_mentions(session, ids)
    empty = [i for i in ids if not mentions.get(i)]
    for chunk in _chunks(empty):
        session.execute(delete(IncidentRow).where(IncidentRow.id.in_(chunk)))
    for incident_id, found in mentions.items():
        _write_fused(session, incident_id, reconcile(found), now)
    return len(mentions)


def _move(session: Session, mention_ids: Sequence[int], target: int) -> None:
    """Attach mentions, with their own figures and perpetrators, to another incident."""
    for chunk in _chunks(list(mention_ids)):
        session.execute(update(MentionRow).where(MentionRow.id.in_(chunk))
                        .values(incident_id=target))
        session.execute(update(PerpetratorRow).where(PerpetratorRow.mention_id.in_(chunk))
                        .values(incident_id=target))
        session.execute(update(CasualtyFigureRow).where(CasualtyFigureRow.mention_id.in_(chunk))
                        .values(incident_id=target))


def _new_incident(session: Session, now: datetime) -> int:
    """An empty incident row, filled in by :func:`recompute` once it has mentions."""
    return _insert(session, IncidentRow, incident_values(Incident(), now))


# -- ingestion: one article at a time --------------------------------------------------------

def _day(ordinal: int) -> date:
    return date.fromordinal(max(1, ordinal))


def candidate_incidents(session: Session, mention: Mention, f: Features,
                        params: Params = DEFAULT) -> list[int]:
    """Stored incidents that may hold ``mention``: same country (and province, or none),
    dated within the matching window; undated ones by their reports' publication dates."""
    if not blocking_keys(f) or f.d0 is None or f.d1 is None:
        return []
    back = params.follow_up_window if f.follow_up else params.window
    # A day of slack each side: an incident's fused date may differ from a member's.
    lo, hi = _day(f.d0 - back - 1), _day(f.d1 + params.window + 1)
    place = mention.incident.place
    where = []
    if place.country:
        where.append(IncidentRow.country == place.country)
        if place.admin1:
            where.append(or_(IncidentRow.admin1 == place.admin1, IncidentRow.admin1.is_(None)))
    dated = select(IncidentRow.id).where(IncidentRow.date_start <= hi,
                                         IncidentRow.date_end >= lo, *where)
    found = set(session.scalars(dated))
    undated = (select(MentionRow.incident_id)
               .join(IncidentRow, IncidentRow.id == MentionRow.incident_id)
               .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
               .where(IncidentRow.date_start.is_(None), ArticleRow.published >= lo.isoformat(),
                      ArticleRow.published < _day(hi.toordinal() + 1).isoformat(), *where))
    found.update(session.scalars(undated))
    return sorted(found)


class ArticleFusion:
    """Matches the incidents extracted from one article against the stored incidents.

    Call :meth:`match` for each incident in article order, before its mention is written;
    :meth:`joined` after writing it into an existing incident; :meth:`finish` at the end to
    recompute the incidents that received mentions.  Analyst decisions about this article's
    mentions (from an earlier extraction of the same article) are honoured.
    """

    def __init__(self, session: Session, article_id: str, published: str | None,
                 source: str | None, url: str | None, params: Params = DEFAULT) -> None:
        self.session = session
        self.article_id = article_id
        self.published, self.source, self.url = published, source, url
        self.params = params
        self.touched: set[int] = set()
        self._constraints: Constraints | None = None
        self._full = False  # all analyst decisions loaded (not only this article's)
        has = session.scalar(select(func.count()).select_from(DecisionMentionRow)
                             .where(DecisionMentionRow.article_id == article_id))
        self._has_decisions = bool(has)

    @property
    def constraints(self) -> Constraints:
        if self._constraints is None:
            self._full = self._has_decisions
            self._constraints = (load_constraints(self.session) if self._has_decisions
                                 else Constraints())
        return self._constraints

    def _must_join(self, key: MentionKey) -> int | None:
        """The incident holding a mention an analyst merged this one with, if stored."""
        partners = self.constraints.group(key) - {key}
        for article_id, index in sorted(partners):
            found = self.session.scalar(select(MentionRow.incident_id).where(
                MentionRow.article_id == article_id, MentionRow.index_in_article == index))
            if found is not None:
                return int(found)
        return None

    def match(self, index: int, incident: Incident) -> int | None:
        """The stored incident this article's ``index``-th incident joins, or None."""
        mention = Mention((self.article_id, index), incident, self.published, self.source,
                          self.url)
        if self._has_decisions:
            forced = self._must_join(mention.key)
            if forced is not None:
                return forced
        f = features(mention)
        ids = candidate_incidents(self.session, mention, f, self.params)
        if not ids:
            return None
        stored = {i: [features(m) for m in found]
                  for i, found in load_mentions(self.session, ids).items()}
        target, merged = self._place(f, stored)
        if merged and not self._full:
            # Joining stored incidents must respect every analyst decision, not only those
            # about this article.
            self._constraints, self._full = load_constraints(self.session), True
            target, merged = self._place(f, stored)
        for absorbed, into in merged:
            rows = self.session.scalars(select(MentionRow.id).where(
                MentionRow.incident_id == absorbed)).all()
            _move(self.session, rows, into)
            self.touched.update((absorbed, into))
        return target

    def _place(self, f: Features, stored: dict[int, list[Features]]
               ) -> tuple[int | None, list[tuple[int, int]]]:
        """Where ``f`` goes among the stored incidents, and which of them it joins up."""
        fuser = Fuser(self.params, self.constraints)
        for incident_id, members in stored.items():
            fuser.seed(members, incident_id)
        placed = fuser.add(f)
        return (placed if placed in stored else None), fuser.merged

    def joined(self, incident_id: int) -> None:
        self.touched.add(incident_id)

    def finish(self, now: datetime) -> None:
        if self.touched:
            recompute(self.session, self.touched, now)


# -- bulk re-fusion --------------------------------------------------------------------------

@dataclass(slots=True)
class RefuseReport:
    """What :func:`refuse` did."""

    mentions: int = 0
    incidents_before: int = 0
    incidents_after: int = 0
    changed: int = 0
    created: int = 0
    removed: int = 0
    decisions: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"mentions {self.mentions}; incidents {self.incidents_before} -> "
                f"{self.incidents_after} (changed {self.changed}, new {self.created}, removed "
                f"{self.removed}); analyst decisions applied {self.decisions}")


def _assign_ids(clusters: dict[int, list[MentionKey]], current: dict[MentionKey, int]
                ) -> dict[int, int | None]:
    """Cluster -> the stored incident id it keeps: the incident most of its mentions are in
    now (largest clusters choose first, each id used once), None for a new incident."""
    taken: set[int] = set()
    out: dict[int, int | None] = {}
    for cid in sorted(clusters, key=lambda c: (-len(clusters[c]), c)):
        votes = Counter(current[k] for k in clusters[cid])
        choice = next((i for i, _ in sorted(votes.items(), key=lambda iv: (-iv[1], iv[0]))
                       if i not in taken), None)
        if choice is not None:
            taken.add(choice)
        out[cid] = choice
    return out


def refuse(session: Session, now: datetime, *, rebuild: bool = False,
           params: Params = DEFAULT) -> RefuseReport:
    """Re-fuse every stored mention in bulk (in memory, features only) and write the result.

    Without ``rebuild`` stored incidents are kept whole and may only merge (catching up on
    reports ingested out of order); with it they are re-clustered from scratch.  Analyst
    decisions apply either way.  Incident ids are kept where an incident survives.
    """
    import time

    started = time.perf_counter()
    report = RefuseReport()
    feats: list[Features] = []
    current: dict[MentionKey, int] = {}
    mention_id: dict[MentionKey, int] = {}
    query = (select(*_MENTION_COLUMNS).join(ArticleRow, ArticleRow.id == MentionRow.article_id)
             .execution_options(yield_per=2000))
    for row in session.execute(query):
        m = _mention(row)
        feats.append(features(m))
        current[m.key] = row.incident_id
        mention_id[m.key] = row.id
    report.mentions = len(feats)
    report.incidents_before = session.scalar(select(func.count()).select_from(IncidentRow)) or 0
    cons = Constraints()
    if not rebuild:
        by_incident: dict[int, list[MentionKey]] = defaultdict(list)
        for key, incident_id in current.items():
            by_incident[incident_id].append(key)
        for keys in by_incident.values():
            cons.merge(keys)
    report.decisions = session.scalar(select(func.count()).select_from(AnalystDecisionRow)) or 0
    cons = load_constraints(session, cons)
    fuser = fuse_features(feats, params, cons)
    clusters = fuser.groups()
    ids = _assign_ids(clusters, current)
    touched: set[int] = set()
    for cid, keys in clusters.items():
        target = ids[cid]
        if target is None:
            target = _new_incident(session, now)
            report.created += 1
        moving = [mention_id[k] for k in keys if current[k] != target]
        if moving or ids[cid] is None:
            _move(session, moving, target)
            touched.add(target)
            touched.update(current[k] for k in keys if current[k] != target)
    kept = {i for i in ids.values() if i is not None}
    report.changed = len(touched & kept)
    recompute(session, touched, now)
    # Incidents whose articles were deleted have no mentions left.
    orphans = delete(IncidentRow).where(IncidentRow.id.not_in(select(MentionRow.incident_id)))
    session.execute(orphans)
    report.incidents_after = session.scalar(select(func.count()).select_from(IncidentRow)) or 0
    report.removed = report.incidents_before + report.created - report.incidents_after
    report.seconds = time.perf_counter() - started
    return report


# -- analyst decisions -----------------------------------------------------------------------

def _incident_keys(session: Session, incident_id: int) -> list[tuple[int, MentionKey]]:
    rows = session.execute(select(MentionRow.id, MentionRow.article_id,
                                  MentionRow.index_in_article)
                           .where(MentionRow.incident_id == incident_id)
                           .order_by(MentionRow.id))
    return [(mid, (aid, idx)) for mid, aid, idx in rows]


def _require(session: Session, incident_id: int) -> None:
    if session.get(IncidentRow, incident_id) is None:
        raise StoreError(Errors.E018, input=f"incident {incident_id}")


def merge_incidents(session: Session, keep: int, other: int, who: str, why: str,
                    now: datetime) -> int:
    """Merge incident ``other`` into ``keep`` and record the decision; returns ``keep``."""
    if keep == other:
        raise StoreError(Errors.E017, input=f"merge {keep} {other}",
                         reason="an incident cannot be merged with itself")
    _require(session, keep)
    _require(session, other)
    a, b = _incident_keys(session, keep), _incident_keys(session, other)
    _move(session, [mid for mid, _ in b], keep)
    recompute(session, [keep, other], now)
    _record_decision(session, "merge", [keep, other], None, who, why, now,
                     {"a": [k for _, k in a], "b": [k for _, k in b]})
    return keep


def split_incident(session: Session, incident_id: int, mention_ids: Sequence[int], who: str,
                   why: str, now: datetime) -> int:
    """Move these mentions of the incident to a new incident and record the decision;
    returns the new incident's id."""
    _require(session, incident_id)
    members = _incident_keys(session, incident_id)
    ids = {mid for mid, _ in members}
    wanted = list(dict.fromkeys(mention_ids))
    foreign = [m for m in wanted if m not in ids]
    if not wanted or foreign:
        raise StoreError(Errors.E017, input=f"split {incident_id}",
                         reason=f"mention {foreign[0] if foreign else '?'} is not one of its "
                                f"mentions ({', '.join(map(str, sorted(ids)))})")
    if len(wanted) == len(ids):
        raise StoreError(Errors.E017, input=f"split {incident_id}",
                         reason="that would move every mention; keep at least one")
    new_id = _new_incident(session, now)
    _move(session, wanted, new_id)
    recompute(session, [incident_id, new_id], now)
    moved = [k for mid, k in members if mid in wanted]
    kept = [k for mid, k in members if mid not in wanted]
    _record_decision(session, "split", [incident_id, new_id], wanted[0], who, why, now,
                     {"moved": moved, "kept": kept})
    return new_id


def _outlet(url: str | None) -> str | None:
    """The publishing site, from the URL (``source`` is where the input was read from)."""
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def incident_detail(session: Session, incident_id: int) -> dict[str, Any]:
    """An incident with every mention: source, URL, date, per-source figures, evidence, and
    the analyst decisions that concern it."""
    from eventwatch.store.records import load_records

    row = session.get(IncidentRow, incident_id)
    if row is None:
        raise StoreError(Errors.E018, input=f"incident {incident_id}")
    [record] = load_records(session, [row])
    mentions = load_mentions(session, [incident_id]).get(incident_id, [])
    titles = dict(session.execute(select(ArticleRow.id, ArticleRow.title).where(
        ArticleRow.id.in_({m.key[0] for m in mentions}))).all()) if mentions else {}
    fused = reconcile(mentions) if mentions else None
    keys = {m.key for m in mentions}
    ids = {m.key: m.id for m in mentions}
    concerned: set[int] = set()
    if keys:
        rows = session.execute(select(DecisionMentionRow.decision_id, DecisionMentionRow.article_id,
                                      DecisionMentionRow.index_in_article)
                               .where(DecisionMentionRow.article_id.in_({k[0] for k in keys})))
        concerned = {d for d, a, i in rows if (a, i) in keys}
    decisions = []
    for d in session.scalars(select(AnalystDecisionRow).order_by(AnalystDecisionRow.at)):
        if d.id in concerned or incident_id in (d.incident_ids or []):
            decisions.append({"id": d.id, "kind": d.kind, "incident_ids": d.incident_ids,
                              "mention_id": d.mention_id, "who": d.who,
                              "at": d.at.isoformat() if d.at else None, "why": d.why})
    return {
        "incident": record,
        "mentions": [{
            "mention_id": m.id, "article_id": m.key[0], "index_in_article": m.key[1],
            "outlet": _outlet(m.url) or m.source, "source": m.source, "url": m.url,
            "published": m.published,
            "title": titles.get(m.key[0]),
            "date": m.incident.date.value if m.incident.date else None,
            "place": m.incident.place.name, "event_type": m.incident.event_type,
            "figures": {k: getattr(m.incident, k).to_dict() for k in
                        ("killed", "wounded", "arrested", "kidnapped")
                        if not getattr(m.incident, k).is_empty()},
            "perpetrators": [p.to_dict() for p in m.incident.perpetrators],
            "evidence": [e.to_dict() for e in m.incident.evidence],
        } for m in sorted(mentions, key=lambda m: (m.published or "", m.id or 0))],
        "disagreements": {k: [{"mention_id": ids.get(key), "low": lo, "high": hi}
                              for key, lo, hi in v]
                          for k, v in (fused.disagreements().items() if fused else [])},
        "decisions": decisions,
    }
