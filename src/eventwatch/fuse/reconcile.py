"""One record from many reports: reconciled figures and fields of a fused incident.

Figures follow the UCDP GED codebook's low / high / best: per measure (killed, wounded,
arrested, kidnapped),

* ``low``  = the lowest figure any source gives (the lowest credible estimate);
* ``high`` = the highest closed figure any source gives (its high bound, else its best: the
  highest credible estimate); open (None) when no source gives one, or when some source's
  low bound is above all of them ("at least 25" after an exact 19);
* ``best`` = the best estimate of the *preferred* report: the latest published, then one that
  says it updates the toll ("rose to 19"), then the most specific (exact > about > at least /
  more than > up to > vague), then the highest figure, then the most confident;
  an earlier report's best is used only when the preferred report gives none, and never one
  below the preferred report's low bound ("at least 19" rules out an earlier best of 12).

Disagreements stay visible: :class:`Fused` keeps each source's own figures.  Other fields:
the most frequent day-precise date (ties: the earliest report), the most frequent finest
place, the most specific event type, every perpetrator with its strongest claim status.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwatch.fuse.features import Mention, MentionKey, is_follow_up, iso_ordinal
from eventwatch.models import (
    GTD_ATTACK_ORDER,
    Count,
    DateValue,
    Incident,
    Perpetrator,
    Place,
)

MEASURES = ("killed", "wounded", "arrested", "kidnapped")
SPECIFICITY = {"exact": 5, "about": 4, "at_least": 3, "more_than": 3, "up_to": 2, "vague": 1}
_PRECISION_RANK = {"exact": 4, "locality": 3, "district": 2, "admin1": 1, "country": 0}
_STATUS_RANK = {"claimed": 0, "attributed": 1, "suspected": 2}
# ACLED's order among sub-event types (``docs/codebook.md``): the more specific type wins a
# tie between reports.
_TYPE_ORDER = ("suicide_bomb", "air_drone_strike", "grenade",
               "shelling_artillery_missile_attack", "remote_explosive_landmine_ied",
               "chemical_weapon", "non_state_actor_overtakes_territory",
               "government_regains_territory", "abduction_forced_disappearance", "armed_clash",
               "sexual_violence", "looting_property_destruction", "arrests",
               "disrupted_weapons_use", "attack", "other")


@dataclass(slots=True)
class SourceFigures:
    """What one source said: its mention key, outlet, URL, date and figures."""

    key: MentionKey
    source: str | None
    url: str | None
    published: str | None
    figures: dict[str, Count]


@dataclass(slots=True)
class Fused:
    """A fused incident: the reconciled record and every source's own figures."""

    incident: Incident
    sources: list[SourceFigures] = field(default_factory=list)

    def disagreements(self) -> dict[str, list[tuple[MentionKey, int | None, int | None]]]:
        """Measures on which sources differ: (mention, low, high) per source."""
        out: dict[str, list[tuple[MentionKey, int | None, int | None]]] = {}
        for measure in MEASURES:
            seen = [(s.key, s.figures[measure].low, s.figures[measure].high)
                    for s in self.sources if not s.figures[measure].is_empty()]
            if len({(lo, hi) for _, lo, hi in seen}) > 1:
                out[measure] = seen
        return out


def _rank(m: Mention, count: Count, update: bool) -> tuple[str, bool, int, int, float]:
    """Preference among reports: latest published (to the minute where the timestamps say),
    a report that says it updates the toll, the most specific, the highest figure (tolls
    rise as information comes in), the most confident."""
    figure = count.best if count.best is not None else count.low or 0
    return (m.published or "", update, SPECIFICITY.get(count.qualifier, 0), figure,
            m.incident.confidence)


def _closed(count: Count) -> int | None:
    return count.high if count.high is not None else count.best


def reconcile_count(mentions: Sequence[Mention], measure: str) -> Count:
    """The UCDP-style range for one measure across sources (see the module docstring)."""
    reports = [(m, getattr(m.incident, measure)) for m in mentions]
    reports = [(m, c) for m, c in reports if not c.is_empty()]
    if not reports:
        return Count()
    updates = {id(m): is_follow_up(m.incident) for m, _ in reports}
    ranked = sorted(reports, key=lambda mc: _rank(mc[0], mc[1], updates[id(mc[0])]),
                    reverse=True)
    preferred = ranked[0][1]
    floor = preferred.low if preferred.low is not None else 0
    chosen = next((c for _, c in ranked if c.best is not None and c.best >= floor), None)
    lows = [c.low for _, c in reports if c.low is not None]
    closed = [t for _, c in reports if (t := _closed(c)) is not None]
    best = chosen.best if chosen is not None else None
    low = min(lows) if lows else None
    if low is not None and best is not None:
        low = min(low, best)
    high = max(closed) if closed else None
    if high is not None and lows and max(lows) > high:
        high = None
    source = chosen if chosen is not None else preferred
    categories = dict(source.by_category) or next(
        (dict(c.by_category) for _, c in ranked if c.by_category), {})
    return Count(low=low, high=high, best=best, qualifier=source.qualifier,
                 by_category=categories)


def _date(mentions: Sequence[Mention]) -> DateValue | None:
    days = [m.incident.date for m in mentions
            if m.incident.date is not None and m.incident.date.precision == "day"
            and m.incident.date.year is not None]
    if days:
        counts = Counter(d.value for d in days)
        top = max(counts.values())
        # Ties go to the earliest report: follow-ups are often dated the day they were written.
        return next(d for d in days if counts[d.value] == top)
    dated = [m.incident.date for m in mentions if m.incident.date is not None]
    return max(dated, key=lambda d: (d.year is not None, d.month is not None),
               default=None)


def _place(mentions: Sequence[Mention]) -> Place:
    places = [m.incident.place for m in mentions]
    finest = max(_PRECISION_RANK.get(p.precision, -1) for p in places)
    candidates = [p for p in places if _PRECISION_RANK.get(p.precision, -1) == finest]
    counts = Counter((p.country, p.admin1, p.admin2, p.name) for p in candidates)
    top = max(counts.values())
    return next(p for p in candidates if counts[(p.country, p.admin1, p.admin2, p.name)] == top)


def _mode(values: Sequence[str | None], skip: tuple[str | None, ...] = (None,)) -> str | None:
    kept = [v for v in values if v not in skip]
    if not kept:
        return None
    counts = Counter(kept)
    top = max(counts.values())
    return next(v for v in kept if counts[v] == top)


def _event_type(mentions: Sequence[Mention]) -> str:
    types = [m.incident.event_type for m in mentions]
    counts = Counter(types)
    return min(counts, key=lambda t: (-counts[t] if t not in ("attack", "other") else 0,
                                      _TYPE_ORDER.index(t) if t in _TYPE_ORDER else 99))


def _perpetrators(mentions: Sequence[Mention]) -> list[Perpetrator]:
    named: dict[str, Perpetrator] = {}
    unnamed: dict[str, Perpetrator] = {}
    for m in mentions:
        for p in m.incident.perpetrators:
            table, label = (named, p.actor) if p.actor else (unnamed, p.mention.casefold())
            seen = table.get(label)
            if seen is None or _STATUS_RANK.get(p.status, 9) < _STATUS_RANK.get(seen.status, 9):
                table[label] = Perpetrator(p.actor, p.mention, p.kind, p.status)
    # Codebook: a named perpetrator replaces an unnamed doer of the same incident.
    return list(named.values()) if named else list(unnamed.values())


def reconcile(mentions: Sequence[Mention]) -> Fused:
    """Fuse the mentions of one incident into one record plus per-source figures.

    Reads only the mentions; the result's evidence is the first report's (each mention keeps
    its own evidence in the store).
    """
    if not mentions:
        raise ValueError("reconcile needs at least one mention")
    by_time = sorted(mentions, key=lambda m: (iso_ordinal(m.published) or 0, m.key))
    first = by_time[0]
    incidents = [m.incident for m in by_time]
    event_type = _event_type(by_time)
    attack_types = [i.attack_type for i in incidents]
    attack_type = _mode(attack_types, (None, "unknown")) or _mode(attack_types)
    # Every method any report names, the primary one apart (GTD attacktype2/3).
    seen = {a for i in incidents for a in i.secondary_attack_types}
    seen |= {a for a in attack_types if a not in (None, "unknown")}
    seen.discard(attack_type)
    secondary = [a for a in GTD_ATTACK_ORDER if a in seen][:2] if attack_type else []
    fused = Incident(
        date=_date(by_time),
        place=_place(by_time),
        event_type=event_type,
        attack_type=attack_type,
        secondary_attack_types=secondary,
        suicide=event_type == "suicide_bomb" or any(i.suicide for i in incidents),
        target_type=_mode([i.target_type for i in incidents], (None, "unknown")) or "unknown",
        perpetrators=_perpetrators(by_time),
        evidence=list(first.incident.evidence),
        confidence=max(i.confidence for i in incidents),
        attackers=next((i.attackers for i in reversed(incidents) if i.attackers), None),
        facility=_mode([i.facility for i in incidents]),
        summary=first.incident.summary,
    )
    for measure in MEASURES:
        setattr(fused, measure, reconcile_count(by_time, measure))
    sources = [SourceFigures(m.key, m.source, m.url, m.published,
                             {k: getattr(m.incident, k) for k in MEASURES}) for m in by_time]
    return Fused(fused, sources)
