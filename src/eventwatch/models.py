"""The records EventWatch produces, as plain dataclasses.

These are the contract between the pipeline stages, the store, the exports and the
``eventwatch extract`` JSON Lines interface.  ``to_dict`` gives exactly the JSON shape documented
in the README (``docs/output-format.md``); ``from_dict`` reads it back.

Vocabulary (see ``../shared/CONVENTIONS.md`` and ``docs/codebook.md``):

* date precision: ``day`` | ``week`` | ``weekend`` | ``month`` | ``year`` | ``mid-year`` |
  ``quarter`` | ``early`` | ``late`` (a ``week`` is seven days from its date, a ``weekend``
  two: "last week", "over the weekend")
* count qualifier: ``exact`` | ``at_least`` | ``more_than`` | ``about`` | ``up_to`` | ``vague``
* casualty category: ``civilians`` | ``security_forces`` | ``militants`` | ``unknown``
* place precision: ``exact`` | ``locality`` | ``district`` | ``admin1`` | ``country``
* perpetrator kind: ``state`` | ``non_state`` | ``unknown``;
  status: ``claimed`` | ``attributed`` | ``suspected``
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

CASUALTY_CATEGORIES = ("civilians", "security_forces", "militants", "unknown")
COUNT_QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "vague")
DATE_PRECISIONS = ("day", "week", "weekend", "month", "year", "mid-year", "quarter", "early",
                   "late")
#: Days a span precision covers from its date (the first day of the span).
SPAN_DAYS = {"week": 7, "weekend": 2}
PLACE_PRECISIONS = ("exact", "locality", "district", "admin1", "country")
PERPETRATOR_KINDS = ("state", "non_state", "unknown")
CLAIM_STATUSES = ("claimed", "attributed", "suspected")


@dataclass(slots=True)
class Evidence:
    """A character span of the article text that supports one field."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class DateValue:
    """A resolved date with the precision the text supports (never a day it does not give).

    ``value`` is ISO 8601: ``2016-08-08``, ``2016-08`` or ``2016``; when the year is unknown
    (no publication date and none in the text) it is the ISO "--MM-DD" / "--MM" form.
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    precision: str = "day"

    @property
    def names_days(self) -> bool:
        """A day, or a span of days the text gives ("last week"): an event's date, where a
        month or a year is a period's."""
        return self.precision == "day" or self.precision in SPAN_DAYS

    @property
    def value(self) -> str | None:
        if self.year is None and self.month is None:
            return None
        head = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is None:
            return head
        out = f"{head}-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "year": self.year,
            "month": self.month,
            "day": self.day,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DateValue | None:
        if not data:
            return None
        year, month, day = data.get("year"), data.get("month"), data.get("day")
        if year is None and month is None and data.get("value"):
            year, month, day = parse_iso_parts(str(data["value"]))
        return cls(year, month, day, data.get("precision") or "day")


def date_span(value: DateValue | None) -> tuple[date | None, date | None]:
    """First and last day a date can mean at its precision (a week's seven days, a month's,
    a year's); (None, None) without a year.  Raises ValueError for a day no calendar has."""
    if value is None or value.year is None:
        return None, None
    year, month, day = value.year, value.month, value.day
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    first = date(year, month, day)
    return first, first + timedelta(days=SPAN_DAYS.get(value.precision, 1) - 1)


def parse_iso_parts(value: str) -> tuple[int | None, int | None, int | None]:
    """Split ``2016-08-08`` / ``2016-08`` / ``2016`` / ``--05-17`` into (year, month, day)."""
    m = re.fullmatch(r"(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?", value.strip()[:10])
    if not m:
        return None, None, None
    year = None if m.group(1) == "-" else int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    return year, month, day


@dataclass(slots=True)
class Count:
    """A UCDP-style range: ``low``, ``high`` (None if open), ``best`` and the qualifier seen."""

    low: int | None = None
    high: int | None = None
    best: int | None = None
    qualifier: str = "exact"
    by_category: dict[str, int] = field(default_factory=dict)

    @classmethod
    def exact(cls, n: int) -> Count:
        return cls(low=n, high=n, best=n, qualifier="exact")

    def is_empty(self) -> bool:
        return self.low is None and self.high is None and self.best is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "best": self.best,
            "qualifier": self.qualifier,
            "by_category": dict(self.by_category),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Count:
        data = data or {}
        return cls(
            data.get("low"),
            data.get("high"),
            data.get("best"),
            data.get("qualifier") or "exact",
            dict(data.get("by_category") or {}),
        )


@dataclass(slots=True)
class Place:
    """A place resolved against the gazetteer, keeping the text as written in ``name``."""

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    name: str | None = None
    precision: str = "country"
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        # Spelled out: ``asdict`` deep-copies field by field, slow for a per-incident call.
        return {"country": self.country, "admin1": self.admin1, "admin2": self.admin2,
                "name": self.name, "precision": self.precision, "lat": self.lat,
                "lon": self.lon}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place:
        data = data or {}
        return cls(data.get("country"), data.get("admin1"), data.get("admin2"), data.get("name"),
                   data.get("precision") or "country", data.get("lat"), data.get("lon"))


@dataclass(slots=True)
class Perpetrator:
    """Who did it: ``actor`` is the canonical actor name, or None for an unnamed perpetrator."""

    actor: str | None
    mention: str
    kind: str = "unknown"
    status: str = "attributed"

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "mention": self.mention, "kind": self.kind,
                "status": self.status}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Perpetrator:
        return cls(data.get("actor"), data.get("mention") or "", data.get("kind") or "unknown",
                   data.get("status") or "attributed")


# GTD's hierarchy of attack types, highest first (the codebook's ranking of methods).
GTD_ATTACK_ORDER = ("assassination", "hijacking", "kidnapping", "hostage_barricade", "bombing",
                    "armed_assault", "unarmed_assault", "facility_attack")


@dataclass(slots=True)
class Incident:
    """One attack or armed event at one place on one day, as reported by one article."""

    date: DateValue | None = None
    place: Place = field(default_factory=Place)
    event_type: str = "other"
    attack_type: str | None = None
    suicide: bool = False
    target_type: str = "unknown"
    # GTD's attacktype2 / attacktype3: further methods of the same attack ("lobbed a grenade,
    # then opened fire"), in GTD's hierarchy order, the primary ``attack_type`` excluded.
    secondary_attack_types: list[str] = field(default_factory=list)
    killed: Count = field(default_factory=Count)
    wounded: Count = field(default_factory=Count)
    arrested: Count = field(default_factory=Count)
    kidnapped: Count = field(default_factory=Count)
    perpetrators: list[Perpetrator] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    attackers: int | None = None
    facility: str | None = None
    summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.to_dict() if self.date else None,
            "place": self.place.to_dict(),
            "event_type": self.event_type,
            "attack_type": self.attack_type,
            "secondary_attack_types": list(self.secondary_attack_types),
            "suicide": self.suicide,
            "target_type": self.target_type,
            "killed": self.killed.to_dict(),
            "wounded": self.wounded.to_dict(),
            "arrested": self.arrested.to_dict(),
            "kidnapped": self.kidnapped.to_dict(),
            "perpetrators": [p.to_dict() for p in self.perpetrators],
            "attackers": self.attackers,
            "facility": self.facility,
            "summary": self.summary,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Incident:
        return cls(
            date=DateValue.from_dict(data.get("date")),
            place=Place.from_dict(data.get("place")),
            event_type=data.get("event_type") or "other",
            attack_type=data.get("attack_type"),
            secondary_attack_types=list(data.get("secondary_attack_types") or []),
            suicide=bool(data.get("suicide")),
            target_type=data.get("target_type") or "unknown",
            killed=Count.from_dict(data.get("killed")),
            wounded=Count.from_dict(data.get("wounded")),
            arrested=Count.from_dict(data.get("arrested")),
            kidnapped=Count.from_dict(data.get("kidnapped")),
            perpetrators=[Perpetrator.from_dict(p) for p in data.get("perpetrators") or []],
            evidence=[Evidence(**e) for e in data.get("evidence") or []],
            confidence=float(data.get("confidence") or 0.0),
            attackers=data.get("attackers"),
            facility=data.get("facility"),
            summary=data.get("summary") or "",
        )


@dataclass(slots=True)
class Statistic:
    """An aggregate figure stated in text ("595 people were killed in 2018")."""

    measure: str
    period: DateValue | None = None
    scope: dict[str, Any] = field(default_factory=dict)
    value: int | None = None
    share_pct: float | None = None
    change_pct: float | None = None
    qualifier: str = "exact"
    of_measure: str | None = None
    by_category: dict[str, int] = field(default_factory=dict)
    attacks: int | None = None
    source: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    # Added by the statistics stage: a readable id unique within the article, the id of the
    # statistic a share is part of ("38% of them" -> the 595 killed), and a total's split by
    # province ("three in A and one in B").
    id: str = ""
    of: str | None = None
    by_admin1: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["period"] = self.period.to_dict() if self.period else None
        out["evidence"] = [e.to_dict() for e in self.evidence]
        return out


@dataclass(slots=True)
class Relation:
    """A relation between two actors (``affiliate``, ``branch_of``, ``joint_claim`` ...)."""

    a: str
    b: str
    kind: str
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "kind": self.kind,
                "evidence": [e.to_dict() for e in self.evidence],
                "confidence": round(self.confidence, 3)}


@dataclass(slots=True)
class Milestone:
    """A dated turning point of one actor ("marked its entry into Pakistan on ...")."""

    actor: str
    date: DateValue
    what: str
    kind: str = "other"
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "date": self.date.to_dict(), "what": self.what,
                "kind": self.kind, "evidence": [e.to_dict() for e in self.evidence],
                "confidence": round(self.confidence, 3)}


@dataclass(slots=True)
class Article:
    """One news report as ingested: clean main text plus where its publication date came from.

    ``published_source`` says where ``published`` was found: ``meta`` (HTML meta tags),
    ``feed`` (RSS/Atom item date), ``input`` (given in JSON), ``dateline`` / ``text`` (found in
    the story), ``url`` (guessed from the URL path) or None when unknown.
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None
    source: str | None = None
    source_format: str | None = None
    id: str = ""
    external_id: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)


_WORD_RUN = re.compile(r"\w+")


def normalise_text(text: str) -> str:
    """Text as compared for duplicates: case-folded, punctuation-insensitive, spaces collapsed
    (its runs of word characters joined by one space)."""
    return " ".join(_WORD_RUN.findall(text.casefold()))


def article_id(text: str) -> str:
    """A stable id from the normalised content: the same story stored twice has one id."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class ExtractionResult:
    """What the extraction pipeline returns for one article."""

    article_id: str
    published: str | None
    incidents: list[Incident] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    published_source: str | None = None
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.article_id,
            "published": self.published,
            "published_source": self.published_source,
            "dateline": self.dateline,
            "incidents": [i.to_dict() for i in self.incidents],
            "statistics": [s.to_dict() for s in self.statistics],
            "relations": [r.to_dict() for r in self.relations],
            "milestones": [m.to_dict() for m in self.milestones],
        }
