"""Grouping mentions into incidents: blocking, best-match assignment, analyst constraints.

:class:`Fuser` works incrementally: each mention (or must-link group of mentions) is compared
only with the incidents that share a blocking key with it (country, province, day within the
window; or country, province, month for month-precise dates), joins the best-scoring one if
that reaches :attr:`Params.threshold` and breaks no hard constraint with any of its mentions,
and otherwise starts a new incident; a mention that matches two compatible incidents well
(threshold + :attr:`Params.bridge_margin`) joins them into one.  Cost per mention is bounded
by the number of incidents in one province within a few days, so fusing N mentions is
near-linear in N.

:func:`fuse` is the bulk mode: all mentions in arrival order (publication date), analyst
decisions applied as :class:`Constraints` (must-link groups are placed as one unit,
cannot-link pairs veto).  In-memory and independent of the database.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from eventwatch.fuse.features import Features, Mention, MentionKey, features
from eventwatch.fuse.score import DEFAULT, Params, similarity, veto


class Constraints:
    """Analyst decisions as must-link groups and cannot-link pairs over mention keys.

    Built by replaying decisions in the order they were made, so a later decision overrides
    an earlier one: :meth:`merge` joins groups and lifts cannot-links inside the result;
    :meth:`split` takes the moved mentions out of their group and forbids them to be with
    the mentions they left.
    """

    def __init__(self) -> None:
        self.group_of: dict[MentionKey, int] = {}
        self.groups: dict[int, set[MentionKey]] = {}
        self.cannot: dict[MentionKey, set[MentionKey]] = {}
        self._next = 0

    def __bool__(self) -> bool:
        return bool(self.groups or self.cannot)

    def merge(self, keys: Iterable[MentionKey]) -> None:
        """These mentions are one incident (with every mention already grouped with them)."""
        union = set(keys)
        for gid in {self.group_of[k] for k in union if k in self.group_of}:
            union |= self.groups.pop(gid)
        if len(union) < 2:
            return
        gid, self._next = self._next, self._next + 1
        self.groups[gid] = union
        for k in union:
            self.group_of[k] = gid
            if k in self.cannot:
                self.cannot[k] -= union

    def split(self, moved: Iterable[MentionKey], kept: Iterable[MentionKey]) -> None:
        """``moved`` is an incident of its own, apart from ``kept``."""
        moved, kept = set(moved), set(kept)
        for k in moved:
            gid = self.group_of.pop(k, None)
            if gid is not None:
                rest = self.groups[gid]
                rest.discard(k)
                if len(rest) < 2:
                    for r in self.groups.pop(gid):
                        self.group_of.pop(r, None)
        self.merge(moved)
        for m in moved:
            for k in kept - moved:
                self.cannot.setdefault(m, set()).add(k)
                self.cannot.setdefault(k, set()).add(m)

    def group(self, key: MentionKey) -> set[MentionKey]:
        """The must-link group of ``key`` (just the key itself when it has none)."""
        gid = self.group_of.get(key)
        return set(self.groups[gid]) if gid is not None else {key}

    def forbidden(self, key: MentionKey) -> set[MentionKey]:
        return self.cannot.get(key, set())


@dataclass(slots=True)
class Cluster:
    """One incident being built: its mentions' features, in the order they joined."""

    id: int
    members: list[Features] = field(default_factory=list)


def _month(ordinal: int) -> int:
    return date.fromordinal(ordinal).replace(day=1).toordinal()


def blocking_keys(f: Features) -> list[Hashable]:
    """Keys under which an incident holding ``f`` is found (see :func:`probe_keys`).

    A day-precise or short date (at most four days) is indexed under each of its days: by
    country and province, by country, and (for mentions without a place) by day alone; and
    under its month, for month-precise mentions to find.  A month-precise mention is indexed
    under its month and province.  Undated mentions and those dated only to a year get no
    key: they are never fused automatically (an analyst can merge them).
    """
    if f.d0 is None or f.d1 is None:
        return []
    width = f.d1 - f.d0
    if width <= 3:
        keys: list[Hashable] = []
        for day in range(f.d0, f.d1 + 1):
            keys.append(("T", day))
            if f.country is not None:
                keys.append(("d", f.country, f.admin1, day))
                keys.append(("D", f.country, day))
        if f.country is not None and f.admin1 is not None:
            keys.extend({("M", f.country, f.admin1, _month(d)) for d in (f.d0, f.d1)})
        return keys
    if f.country is None or f.admin1 is None or width > 31:
        return []
    return [("m", f.country, f.admin1, f.d0)]


def probe_keys(f: Features, p: Params) -> Iterator[Hashable]:
    """Keys to look up for a new mention ``f``: the days of its window (wider back in time
    for a follow-up report), in its province (plus incidents placed only in its country),
    or its whole country when it names no province, or every place when it names none."""
    if f.d0 is None or f.d1 is None:
        return
    width = f.d1 - f.d0
    if width <= 3:
        back = p.follow_up_window if f.follow_up else p.window
        for day in range(f.d0 - back, f.d1 + p.window + 1):
            if f.country is None:
                yield ("T", day)
            elif f.admin1 is None:
                yield ("D", f.country, day)
            else:
                yield ("d", f.country, f.admin1, day)
                yield ("d", f.country, None, day)
        if f.country is not None and f.admin1 is not None:
            yield from {("m", f.country, f.admin1, _month(d)) for d in (f.d0, f.d1)}
    elif f.country is not None and f.admin1 is not None and width <= 31:
        yield ("M", f.country, f.admin1, f.d0)
        yield ("m", f.country, f.admin1, f.d0)


class Fuser:
    """Incremental fusion state: clusters of mention features and the blocking index.

    Reads features (and :class:`Constraints`); writes nothing outside itself.  ``add``
    places one mention, ``add_group`` a must-link group; ``seed`` adds an incident as it is
    (the store uses this to fuse a new mention against stored incidents).
    """

    def __init__(self, params: Params = DEFAULT, constraints: Constraints | None = None) -> None:
        self.params = params
        self.constraints = constraints or Constraints()
        self.clusters: dict[int, Cluster] = {}
        self.cluster_of: dict[MentionKey, int] = {}
        self._index: dict[Hashable, list[int]] = {}
        self._next = 1
        self.merged: list[tuple[int, int]] = []  # (absorbed, into) when a mention bridged two

    # -- building --------------------------------------------------------------------------

    def _new_id(self, wanted: int | None) -> int:
        if wanted is None:
            wanted = self._next
        if wanted in self.clusters:
            raise ValueError(f"cluster {wanted} exists already")
        self._next = max(self._next, wanted + 1)
        return wanted

    def _attach(self, cluster: Cluster, f: Features) -> None:
        cluster.members.append(f)
        self.cluster_of[f.key] = cluster.id
        for key in blocking_keys(f):
            ids = self._index.get(key)
            if ids is None:
                self._index[key] = [cluster.id]
            elif cluster.id not in ids:
                ids.append(cluster.id)

    def seed(self, members: Sequence[Features], cluster_id: int | None = None) -> int:
        """Add an existing incident as it is, without matching; returns its id."""
        cluster = Cluster(self._new_id(cluster_id))
        self.clusters[cluster.id] = cluster
        for f in members:
            self._attach(cluster, f)
        return cluster.id

    def add(self, f: Features) -> int:
        """Place one mention: into the best matching incident or a new one; returns its id."""
        return self.add_group([f])

    def add_group(self, group: Sequence[Features]) -> int:
        """Place mentions that must stay together (an analyst merge) as one unit.

        A group member already placed pulls the rest into its incident; otherwise the group
        joins the best match for any of its members, or starts an incident.  When the group
        matches several incidents that are compatible with each other (no hard constraint or
        cannot-link between any of their mentions), it bridges them: they become one.  So
        the outcome depends little on arrival order (a vague report first, a precise one
        later).
        """
        placed = [self.cluster_of[f.key] for f in group if f.key in self.cluster_of]
        found = [] if placed else self.matches(group)
        best = placed[0] if placed else found[0][1] if found else None
        if best is not None:
            target = self.clusters[best]
        else:
            target = Cluster(self._new_id(None))
            self.clusters[target.id] = target
        for f in group:
            if f.key not in self.cluster_of:
                self._attach(target, f)
        bridge = self.params.threshold + self.params.bridge_margin
        for score, other in found[1:]:
            if score >= bridge and other in self.clusters and \
                    self.compatible(target, self.clusters[other]):
                self.absorb(target, self.clusters[other])
        return target.id

    def compatible(self, a: Cluster, b: Cluster) -> bool:
        """No hard constraint or cannot-link between any mention of ``a`` and of ``b``."""
        for x in a.members:
            forbidden = self.constraints.forbidden(x.key)
            for y in b.members:
                if y.key in forbidden or veto(x, y, self.params) is not None:
                    return False
        return True

    def absorb(self, target: Cluster, other: Cluster) -> None:
        """Move every mention of ``other`` into ``target`` (recorded in :attr:`merged`)."""
        for f in other.members:
            for key in blocking_keys(f):
                ids = self._index.get(key)
                if ids and other.id in ids:
                    ids.remove(other.id)
        del self.clusters[other.id]
        for f in other.members:
            self._attach(target, f)
        self.merged.append((other.id, target.id))

    # -- matching --------------------------------------------------------------------------

    def candidates(self, group: Sequence[Features]) -> set[int]:
        """Ids of the incidents sharing a blocking key with any mention of ``group``."""
        found: set[int] = set()
        for f in group:
            for key in probe_keys(f, self.params):
                ids = self._index.get(key)
                if ids:
                    found.update(ids)
        return found

    def score(self, group: Sequence[Features], cluster: Cluster) -> float:
        """Best pairwise score between the group and the incident; -1 when any pair breaks a
        hard constraint or an analyst's cannot-link (complete-link vetoes)."""
        best = -1.0
        forbidden: set[MentionKey] = set()
        for f in group:
            forbidden |= self.constraints.forbidden(f.key)
        for m in cluster.members:
            if m.key in forbidden:
                return -1.0
            for f in group:
                s = similarity(f, m, self.params)
                if s < 0:
                    return -1.0
                best = max(best, s)
        return best

    def matches(self, group: Sequence[Features]) -> list[tuple[float, int]]:
        """(score, incident id) of every incident the group may join, best first."""
        found = []
        for cid in self.candidates(group):
            s = self.score(group, self.clusters[cid])
            if s >= self.params.threshold:
                found.append((s, cid))
        found.sort(key=lambda sc: (-sc[0], sc[1]))
        return found

    def best_match(self, group: Sequence[Features]) -> tuple[int | None, float]:
        """The incident the group should join and its score, or (None, -1)."""
        found = self.matches(group)
        return (found[0][1], found[0][0]) if found else (None, -1.0)

    def groups(self) -> dict[int, list[MentionKey]]:
        """Incident id -> its mention keys, in the order they joined."""
        return {cid: [f.key for f in c.members] for cid, c in self.clusters.items()}


def arrival_order(f: Features) -> tuple[int, int, str, int]:
    """Bulk mode replays the archive as it was published (then by event day, article)."""
    when = f.published if f.published is not None else (f.d0 if f.d0 is not None else 10**7)
    return (when, f.d0 if f.d0 is not None else 10**7, f.key[0], f.key[1])


def fuse_features(items: Iterable[Features], params: Params = DEFAULT,
                  constraints: Constraints | None = None) -> Fuser:
    """Bulk fusion of feature records; returns the :class:`Fuser` with the clusters.

    Mentions are placed in :func:`arrival_order`; a mention with analyst must-links brings
    its whole group along (members missing from ``items`` are ignored).
    """
    ordered = sorted(items, key=arrival_order)
    fuser = Fuser(params, constraints)
    cons = fuser.constraints
    by_key = {f.key: f for f in ordered} if cons.groups else {}
    for f in ordered:
        if f.key in fuser.cluster_of:
            continue
        if f.key in cons.group_of:
            group = [by_key[k] for k in sorted(cons.group(f.key)) if k in by_key]
            fuser.add_group(group)
        else:
            fuser.add(f)
    return fuser


def fuse(mentions: Iterable[Mention], params: Params = DEFAULT,
         constraints: Constraints | None = None) -> list[list[Mention]]:
    """Fuse mentions in memory: the incidents as lists of mentions, in arrival order."""
    by_key: dict[MentionKey, Mention] = {}
    feats = []
    for m in mentions:
        if m.key in by_key:
            raise ValueError(f"mention {m.key} given twice")
        by_key[m.key] = m
        feats.append(features(m))
    fuser = fuse_features(feats, params, constraints)
    return [[by_key[k] for k in keys] for keys in fuser.groups().values()]
