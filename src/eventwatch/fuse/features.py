"""What fusion compares: one incident mention reduced to a small, comparable record.

A :class:`Mention` is an extracted :class:`~eventwatch.models.Incident` together with the
metadata of the article that reported it (source, URL, publication date).  :func:`features`
turns it into :class:`Features`: day ordinals, normalised place keys, event family, named
actors, casualty ranges, time of day, a follow-up flag and content words.  Matching works only
on features, so bulk fusion over millions of mentions keeps these small records in memory,
not whole incidents.  Nothing here reads files or a database.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from sys import intern

from eventwatch.models import SPAN_DAYS, DateValue, Incident, date_span
from eventwatch.resources.names import name_key

MentionKey = tuple[str, int]
"""A mention's identity: the article id and the incident's position in that article.  It
stays the same when an article is extracted again, which lets analyst decisions survive."""

# Event families (ACLED sub-event types grouped by how the violence was done).  Two reports
# of one event may differ in the sub-event type they give but rarely in the family.
FAMILIES: dict[str, str] = {
    "suicide_bomb": "explosive",
    "remote_explosive_landmine_ied": "explosive",
    "grenade": "grenade",
    "shelling_artillery_missile_attack": "remote",
    "air_drone_strike": "remote",
    "chemical_weapon": "remote",
    "attack": "armed",
    "armed_clash": "armed",
    "abduction_forced_disappearance": "abduction",
    "arrests": "arrest",
    "disrupted_weapons_use": "disrupted",
    "non_state_actor_overtakes_territory": "territory",
    "government_regains_territory": "territory",
    "looting_property_destruction": "destruction",
    "sexual_violence": "other",
    "other": "other",
}

# Families one outlet may report where another gives a neighbouring one: a bombing followed
# by gunfire is often just "an attack"; a raid may be told as a clash or as the arrests it
# ended in; a kidnapping that ends in killings as an attack.  Anything else is incompatible.
RELATED_FAMILIES: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in (
    ("explosive", "armed"), ("armed", "abduction"), ("armed", "arrest"),
    ("armed", "territory"), ("armed", "destruction"), ("explosive", "destruction"),
    ("explosive", "disrupted"), ("remote", "armed"), ("explosive", "grenade"),
    ("grenade", "armed"),
))

PLACE_LEVELS = {"country": 0, "admin1": 1, "district": 2, "locality": 3, "exact": 4}

# Time-of-day phrases as hour ranges [start, end) on the incident's day.  "Overnight" spans
# two dates and so says nothing usable here.
_TOD_WORDS: tuple[tuple[str, tuple[int, int]], ...] = (
    (r"early\s+hours|pre-?dawn|before\s+dawn", (0, 6)),
    (r"dawn|daybreak|sunrise|sehri", (4, 8)),
    (r"early\s+(?:in\s+the\s+)?morning", (4, 10)),
    (r"morning", (5, 12)),
    (r"noon|midday|mid-day", (11, 14)),
    (r"afternoon", (12, 18)),
    (r"dusk|sunset|iftar|evening", (17, 22)),
    (r"late\s+(?:at\s+)?night|midnight", (21, 24)),
    (r"night|nightfall", (19, 24)),
)
_TOD_RE = re.compile(r"\b(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in
                                           enumerate(_TOD_WORDS)) + r")\b", re.I)
_CLOCK_RE = re.compile(r"\b(?:at|around|about)\s+(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b", re.I)

# A report that updates an earlier one: it is dated later than the event (often the day it
# was written) and its figures may be higher, so the date and figure tests relax for it.
FOLLOW_UP_RE = re.compile(
    r"\b(?:death\s+)?toll\b.{0,60}?\b(?:rose|risen|rises|rising|climbed|climbs|reached|"
    r"increased|jumped|mounted|went\s+up)\b"
    r"|\b(?:rose|risen|rising|climbed|jumped|increased|went\s+up)\s+to\s+\w+"
    r"|\bsuccumbed\b|\bdied\s+(?:of|from)\s+(?:their|his|her)\s+(?:injuries|wounds)\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+week)"
    r"['’]s\s+(?:\w+\s+){0,2}(?:attacks?|blasts?|bombings?|explosions?|ambush|assault|"
    r"raids?|strikes?|shootings?|killings?)\b",
    re.I | re.S)

_WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Function words and the vocabulary every report of violence shares: they say nothing about
# which event it is.
_STOP_TEXT = """
the and for with from that this was were are been has have had his her their they them its
into onto over under after before during while when where which who whom whose what than
then also but not nor yet all any some one two three four five six seven eight nine ten
said says say told tells according officials official reported report reports news source
sources people persons person least more than about near nearby area city town district
province police officer officers security forces killed wounded injured dead death deaths
attack attacks attacked incident incidents monday tuesday wednesday thursday friday saturday
sunday yesterday today morning evening night afternoon local hospital least including
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


@dataclass(slots=True)
class Mention:
    """One article's report of one incident, with the article metadata fusion needs."""

    key: MentionKey
    incident: Incident
    published: str | None = None
    source: str | None = None
    url: str | None = None
    id: int | None = None  # the store's mention row id, where there is one


@dataclass(slots=True)
class Features:
    """The comparable part of a mention (see the module docstring).

    ``d0``/``d1`` are the first and last day ordinals the date can mean (None when undated);
    ``precise`` says the date is day-precise; an undated report gets the two days up to its
    publication.  Place keys are normalised names; ``level`` is
    :data:`PLACE_LEVELS` of the place's precision.  ``killed``/``wounded`` are (low, high)
    with high None when open; ``tod`` is an hour range; ``site`` says the report names the
    exact site or facility.
    """

    key: MentionKey
    d0: int | None
    d1: int | None
    precise: bool
    published: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    loc: str | None
    level: int
    lat: float | None
    lon: float | None
    event_type: str
    family: str
    target: str | None
    tod: tuple[int, int] | None
    site: bool
    follow_up: bool
    actors: frozenset[str]
    killed: tuple[int, int | None] | None
    wounded: tuple[int, int | None] | None
    tokens: frozenset[str]

    @property
    def article(self) -> str:
        return self.key[0]


def day_range(value: DateValue | None) -> tuple[int | None, int | None, bool]:
    """(first day, last day, day-precise) as ordinals; (None, None, False) without a year
    or for a day no calendar has.  A week's seven days are none of them told."""
    try:
        first, last = date_span(value)
    except ValueError:
        return None, None, False
    if value is None or first is None or last is None:
        return None, None, False
    return (first.toordinal(), last.toordinal(),
            value.day is not None and value.precision not in SPAN_DAYS)


def iso_ordinal(value: str | None) -> int | None:
    """Day ordinal of an ISO date or timestamp (``2019-03-12``, ``2019-03-12T08:00Z``)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).toordinal()
    except ValueError:
        return None


def time_of_day(text: str) -> tuple[int, int] | None:
    """The hour range the text gives for the event, or None when it names none or several
    that disagree (a report of a night shooting "hours after a morning blast")."""
    ranges: list[tuple[int, int]] = []
    for m in _CLOCK_RE.finditer(text):
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        ranges.append((max(0, hour - 1), min(24, hour + 2)))
    for m in _TOD_RE.finditer(text):
        index = int(next(k for k, v in m.groupdict().items() if v)[1:])
        ranges.append(_TOD_WORDS[index][1])
    if not ranges:
        return None
    lo, hi = max(r[0] for r in ranges), min(r[1] for r in ranges)
    return (lo, hi) if lo < hi else None


def tod_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Hours between two ranges (0 when they overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more, minus :data:`STOP_WORDS` (interned so
    that millions of mentions share one copy of each word)."""
    return frozenset(intern(w) for w in (x.lower() for x in _WORD_RE.findall(text))
                     if w not in STOP_WORDS)


def _key(value: str | None) -> str | None:
    return intern(name_key(value)) if value else None


def _range(count_low: int | None, count_high: int | None,
           count_best: int | None) -> tuple[int, int | None] | None:
    low = count_low if count_low is not None else count_best
    if low is None:
        return None if count_high is None else (0, count_high)
    return (low, count_high if count_high is not None else None)


def report_text(incident: Incident) -> str:
    """The incident's own sentence(s) and date phrase, as matching reads them."""
    return " ".join(dict.fromkeys([incident.summary, *(e.text for e in incident.evidence
                                                       if e.field in ("incident", "date"))]))


def is_follow_up(incident: Incident) -> bool:
    """Does the report update an earlier one ("the toll rose to 19", "Monday's blast")?"""
    return bool(FOLLOW_UP_RE.search(report_text(incident)))


def features(mention: Mention) -> Features:
    """Reduce a mention to what matching compares (see :class:`Features`)."""
    inc = mention.incident
    d0, d1, precise = day_range(inc.date)
    published = iso_ordinal(mention.published)
    if d0 is None and published is not None:
        # No date in the story: a news report is about the day it was published or the day
        # before ("during Friday prayers" in a Friday story).
        d0, d1 = published - 1, published
    place = inc.place
    level = PLACE_LEVELS.get(place.precision or "country", 0)
    if place.country is None:
        level = -1
    text = report_text(inc)
    return Features(
        key=mention.key,
        d0=d0, d1=d1, precise=precise,
        published=published,
        country=place.country.upper() if place.country else None,
        admin1=_key(place.admin1), admin2=_key(place.admin2),
        loc=_key(place.name) if level >= 3 else None,
        level=level,
        lat=place.lat, lon=place.lon,
        event_type=inc.event_type,
        family=FAMILIES.get(inc.event_type, "other"),
        target=inc.target_type if inc.target_type and inc.target_type != "unknown" else None,
        tod=time_of_day(inc.summary),
        site=bool(inc.facility) or level == 4,
        follow_up=bool(FOLLOW_UP_RE.search(text)),
        actors=frozenset(intern(p.actor) for p in inc.perpetrators if p.actor),
        killed=_range(inc.killed.low, inc.killed.high, inc.killed.best),
        wounded=_range(inc.wounded.low, inc.wounded.high, inc.wounded.best),
        tokens=content_words(text),
    )


def km(a: Features, b: Features) -> float | None:
    """Great-circle distance between two mentions' coordinates, when both have them."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
