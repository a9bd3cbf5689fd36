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
        "date": 0.15, "place": 0.20, "type": 0.25, "target": 0.05, "actors": 0.10,
        "figures": 0.15, "text": 0.10})
    type_penalty: float = 0.25      # incompatible event families
    actor_penalty: float = 0.10     # both name perpetrators and none in common
    figure_penalty: float = 0.10    # death tolls too far apart to be one toll rising
    uncorroborated_penalty: float = 0.15  # nothing specific to the event agrees
    corroborating_text: float = 0.3  # text similarity that counts as specific agreement
    threshold: float = 0.58
    bridge_margin: float = 0.12     # a mention joins two incidents into one above threshold+this
    window: int = 2
    tod_gap: int = 1                # hours between two times of day that make two events
    follow_up_window: int = 7
    near_km: float = 5.0            # two named places this close are one place
    town_km: float = 15.0           # ... this close, a town and its suburb
    far_km: float = 30.0            # ... farther apart, different places


DEFAULT = Params()


def date_similarity(a: Features, b: Features, p: Params = DEFAULT) -> float | None:
    """1 for the same day, less for days apart; None when the dates rule a match out.

    Day-precise dates may be ``window`` days apart, or ``follow_up_window`` when the later
    one is a follow-up report.  A short range (an undated report: the days up to its
    publication) scores 0.7 when it holds the other date, a month-precise date 0.4.
    """
    if a.d0 is None or b.d0 is None or a.d1 is None or b.d1 is None:
        return 0.3
    later = a if a.d0 > b.d0 else b
    gap = max(0, max(a.d0, b.d0) - min(a.d1, b.d1))
    width = max(a.d1 - a.d0, b.d1 - b.d0)
    if gap and later.follow_up and gap <= p.follow_up_window:
        return 0.6
    if width > 3:  # month precision
        return 0.4 if gap == 0 else None
    if gap > p.window:
        return None
    if a.precise and b.precise:
        return max(0.1, 1.0 - 0.4 * gap)
    return max(0.1, 0.7 - 0.25 * gap)


def place_similarity(a: Features, b: Features, p: Params = DEFAULT) -> float | None:
    """Compare at the finest level both places give; None for places that cannot be one."""
    if a.level < 0 or b.level < 0:
        return _named_in_text(b, a) if a.level < 0 else _named_in_text(a, b)
    if a.country != b.country:
        return None
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    if a.admin2 and b.admin2 and a.admin2 != b.admin2:
        return None
    if a.loc and b.loc:
        if a.loc == b.loc:
            return 1.0
        # Two named places in one district: a town and a suburb or site of it, or two towns.
        dist = km(a, b)
        if dist is None:
            return 0.35
        if dist <= p.near_km:
            return 0.85
        if dist <= p.town_km:
            return 0.5
        return 0.25 if dist <= p.far_km else None
    common = min(a.level, b.level)
    if common >= 2:
        return 0.75 if a.admin2 and a.admin2 == b.admin2 else 0.5
    if common == 1:
        return 0.5 if a.admin1 and a.admin1 == b.admin1 else 0.4
    return 0.3


def _named_in_text(placed: Features, unplaced: Features) -> float:
    """A report without a resolved place may still name it ("the Peshawar mosque bombing"):
    0.7 when the other report's town or district appears among its words, else 0.2."""
    if unplaced.level < 0 and placed.level < 0:
        return 0.2
    for name in (placed.loc, placed.admin2):
        if name and all(w in unplaced.tokens for w in name.split() if len(w) >= 3):
            return 0.7
    return 0.2


def type_similarity(a: Features, b: Features) -> float:
    """1 for the same ACLED sub-event type, 0.6 for the same family (a suicide bombing
    reported as an IED blast), 0.3 for related families or a vague type, else 0."""
    if a.event_type == b.event_type:
        return 1.0
    if a.family == b.family:
        return 0.6
    if "other" in (a.family, b.family) or frozenset((a.family, b.family)) in RELATED_FAMILIES:
        return 0.3
    return 0.0


def _representative(r: tuple[int, int | None]) -> int:
    return r[1] if r[1] is not None and r[1] == r[0] else r[0]


def range_similarity(a: tuple[int, int | None] | None, b: tuple[int, int | None] | None,
                     later_is_b: bool) -> float | None:
    """1 for two closed ranges that overlap; for an open one ("at least 4") that overlaps the
    other, the ratio of the figures but at least 0.5 (it allows the other, weakly); for
    ranges apart, the ratio of the figures, with a floor of 0.7 when the later report's figure
    is the higher one (tolls rise as the injured die)."""
    if a is None or b is None:
        return None
    a_hi = a[1] if a[1] is not None else 10**9
    b_hi = b[1] if b[1] is not None else 10**9
    x, y = _representative(a), _representative(b)
    ratio = min(x, y) / max(x, y) if max(x, y) else 1.0
    if a[0] <= b_hi and b[0] <= a_hi:
        return 1.0 if a[1] is not None and b[1] is not None else max(0.5, ratio)
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
    if gap >= p.tod_gap:
        return -1.0, "time", {}
    kind = type_similarity(a, b)
    if kind == 0.0 and ((a.tod and b.tod) or (a.site and b.site)):
        return -1.0, "type", {}
    # Unknown perpetrators or targets are neutral (0.5); named ones agree or conflict.
    actors = (1.0 if a.actors & b.actors else 0.0) if a.actors and b.actors else 0.5
    target = (1.0 if a.target == b.target else 0.0) if a.target and b.target else 0.5
    figures = figure_similarity(a, b)
    text = text_similarity(a, b)
    tolls_differ = a.killed is not None and b.killed is not None and figures < 1 / 3
    w = p.weights
    score = (w["date"] * date + w["place"] * place + w["type"] * kind + w["target"] * target
             + w["actors"] * actors + w["figures"] * figures + w["text"] * text)
    if kind == 0.0:
        score -= p.type_penalty
    if actors == 0.0:
        score -= p.actor_penalty
    if tolls_differ:
        score -= p.figure_penalty
    # Agreeing on where and when is not enough: something specific to the event must agree
    # too (the sub-event type, a named perpetrator, the wording).  The type alone does not
    # do when one report places the event only in a province or country, or when the dates
    # differ without a follow-up to explain it.
    vague = min(a.level, b.level) <= 1 or (date < 1.0 and not (a.follow_up or b.follow_up))
    if not (actors == 1.0 or text >= p.corroborating_text or (kind == 1.0 and not vague)):
        score -= p.uncorroborated_penalty
    parts = {"date": date, "place": place, "type": kind, "target": target, "actors": actors,
             "figures": figures, "text": text} if detail else {}
    return score, None, parts


def veto(a: Features, b: Features, p: Params = DEFAULT) -> str | None:
    """The hard constraint ``a`` and ``b`` break, or None.

    * ``same-article``: an article's incidents were told apart by extraction;
    * ``date``: day-precise dates too far apart (see :func:`date_similarity`);
    * ``place``: different countries, provinces, districts, or distant towns;
    * ``time``: times of day that do not overlap (a morning blast, a night shooting);
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
    common, death tolls too far apart (see :func:`range_similarity`), and no specific
    agreement (same sub-event type, a shared perpetrator or similar wording; a province- or
    country-level place, or dates a day apart, need one of the latter two).
    """
    return _evaluate(a, b, p, False)[0]
