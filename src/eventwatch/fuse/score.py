"""Do two mentions report the same incident?  Hard constraints first, then a weighted score.

:func:`veto` names the first hard constraint two mentions break (None when they break none);
:func:`similarity` is a weighted sum of per-field similarities in [0, 1] minus penalties.  The
weights, penalties and the join threshold are :class:`Params` fields so that tests and the
documentation (``docs/fusion.md``) read them from one place.  Pure functions over
:class:`~eventwatch.fuse.features.Features`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwatch.fuse.features import RELATED_FAMILIES, Features, km, tod_gap


@dataclass(frozen=True, slots=True)
class Params:
    """Matching parameters (see ``docs/fusion.md`` for why each has its value).

    ``window`` is how many days apart two day-precise dates may be; a follow-up report may
    be dated up to ``follow_up_window`` days after the event.  ``threshold`` is the score a
    mention needs to join an incident.
    """

    weights: dict[str, float] = field(default_factory=lambda: {
        "date": 0.20, "place": 0.25, "type": 0.15, "target": 0.05, "actors": 0.10,
        "figures": 0.10, "text": 0.15})
    type_penalty: float = 0.25      # incompatible event families
    tod_penalty: float = 0.15       # times of day 2-3 hours apart (4+ is a veto)
    actor_penalty: float = 0.10     # both name perpetrators and none in common
    threshold: float = 0.60
    window: int = 2
    follow_up_window: int = 7
    far_km: float = 30.0            # two named towns farther apart are different places
    near_km: float = 5.0            # two named places this close are one place


DEFAULT = Params()


def date_similarity(a: Features, b: Features, p: Params = DEFAULT) -> float | None:
    """1 for the same day, less for days apart; None when the dates rule a match out."""
    if a.d0 is None or b.d0 is None or a.d1 is None or b.d1 is None:
        return 0.3
    if a.precise and b.precise:
        delta = abs(a.d0 - b.d0)
        if delta == 0:
            return 1.0
        later, earlier = (a, b) if a.d0 > b.d0 else (b, a)
        if later.follow_up and delta <= p.follow_up_window:
            return 0.6
        if delta > p.window:
            return None
        return 0.6 if delta == 1 else 0.3
    if a.d0 <= b.d1 and b.d0 <= a.d1:
        return 0.4
    return None


def place_similarity(a: Features, b: Features, p: Params = DEFAULT) -> float | None:
    """Compare at the finest level both places give; None for places that cannot be one."""
    if a.level < 0 or b.level < 0:
        return 0.2
    if a.country != b.country:
        return None
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    if a.admin2 and b.admin2 and a.admin2 != b.admin2:
        return None
    if a.loc and b.loc:
        if a.loc == b.loc:
            return 1.0
        dist = km(a, b)
        if dist is not None and dist <= p.near_km:
            return 0.85
        if a.level == 3 and b.level == 3:
            # Two different towns: apart when far from each other, else doubtful.
            return None if dist is not None and dist > p.far_km else 0.2
        return 0.55  # a site and a town (or two sites): containment cannot be told
    common = min(a.level, b.level)
    if common >= 2:
        return 0.75 if a.admin2 and a.admin2 == b.admin2 else 0.5
    if common == 1:
        return 0.5 if a.admin1 and a.admin1 == b.admin1 else 0.4
    return 0.3


def type_similarity(a: Features, b: Features) -> float:
    if a.event_type == b.event_type:
        return 1.0
    if a.family == b.family:
        return 0.75
    if "other" in (a.family, b.family) or frozenset((a.family, b.family)) in RELATED_FAMILIES:
        return 0.4
    return 0.0


def _representative(r: tuple[int, int | None]) -> int:
    return r[1] if r[1] is not None and r[1] == r[0] else r[0]


def range_similarity(a: tuple[int, int | None] | None, b: tuple[int, int | None] | None,
                     later_is_b: bool) -> float | None:
    """Overlapping ranges 1; otherwise the ratio of the figures, with a floor of 0.7 when the
    later report's figure is the higher one (tolls rise as the injured die)."""
    if a is None or b is None:
        return None
    a_hi = a[1] if a[1] is not None else 10**9
    b_hi = b[1] if b[1] is not None else 10**9
    if a[0] <= b_hi and b[0] <= a_hi:
        return 1.0
    x, y = _representative(a), _representative(b)
    if max(x, y) == 0:
        return 1.0
    ratio = min(x, y) / max(x, y)
    rising = (y > x) if later_is_b else (x > y)
    if rising and ratio >= 1 / 3:
        return max(ratio, 0.7)
    return ratio


def figure_similarity(a: Features, b: Features) -> float:
    later_is_b = (b.published or 0) >= (a.published or 0)
    parts = [s for s in (range_similarity(a.killed, b.killed, later_is_b),
                         range_similarity(a.wounded, b.wounded, later_is_b)) if s is not None]
    if not parts:
        return 0.5
    if len(parts) == 2:
        return 0.65 * parts[0] + 0.35 * parts[1] if a.killed and b.killed else parts[0]
    return parts[0]


def text_similarity(a: Features, b: Features) -> float:
    """Jaccard overlap of content words, doubled and capped: paraphrases by different
    outlets share a fifth to a half of their words."""
    if not a.tokens or not b.tokens:
        return 0.0
    inter = len(a.tokens & b.tokens)
    return min(1.0, 2.0 * inter / (len(a.tokens) + len(b.tokens) - inter))


def _evaluate(a: Features, b: Features, p: Params,
              detail: bool) -> tuple[float, str | None, dict[str, float]]:
    """Score, the veto that applies (if any) and, with ``detail``, the components."""
    if a.key[0] == b.key[0]:
        return -1.0, "same-article", {}
    date = date_similarity(a, b, p)
    if date is None:
        return -1.0, "date", {}
    place = place_similarity(a, b, p)
    if place is None:
        return -1.0, "place", {}
    gap = tod_gap(a.tod, b.tod) if a.tod and b.tod else 0
    if gap >= 4:
        return -1.0, "time", {}
    kind = type_similarity(a, b)
    if kind == 0.0 and ((a.tod and b.tod) or (a.site and b.site)):
        return -1.0, "type", {}
    if a.actors and b.actors:
        actors = 1.0 if a.actors & b.actors else 0.0
    else:
        actors = 0.5
    if a.target and b.target:
        target = 1.0 if a.target == b.target else 0.0
    else:
        target = 0.5
    figures = figure_similarity(a, b)
    text = text_similarity(a, b)
    w = p.weights
    score = (w["date"] * date + w["place"] * place + w["type"] * kind + w["target"] * target
             + w["actors"] * actors + w["figures"] * figures + w["text"] * text)
    if kind == 0.0:
        score -= p.type_penalty
    if actors == 0.0:
        score -= p.actor_penalty
    if gap >= 2:
        score -= p.tod_penalty
    parts = {"date": date, "place": place, "type": kind, "target": target, "actors": actors,
             "figures": figures, "text": text} if detail else {}
    return score, None, parts


def veto(a: Features, b: Features, p: Params = DEFAULT) -> str | None:
    """The hard constraint ``a`` and ``b`` break, or None.

    * ``same-article``: an article's incidents were told apart by extraction;
    * ``date``: day-precise dates too far apart (see :func:`date_similarity`);
    * ``place``: different countries, provinces, districts, or distant towns;
    * ``time``: times of day four hours or more apart (a morning blast, a night shooting);
    * ``type``: incompatible event families where both reports give a time of day or name
      the site (specific enough to be two events, not two tellings of one).
    """
    return _evaluate(a, b, p, False)[1]


def components(a: Features, b: Features, p: Params = DEFAULT) -> dict[str, float]:
    """Per-field similarities in [0, 1]; empty when a hard constraint applies."""
    return _evaluate(a, b, p, True)[2]


def similarity(a: Features, b: Features, p: Params = DEFAULT) -> float:
    """Weighted sum of :func:`components` minus penalties; -1 when :func:`veto` applies.

    Penalties: incompatible event families, perpetrators named by both reports with none in
    common, and times of day two or three hours apart.
    """
    return _evaluate(a, b, p, False)[0]
