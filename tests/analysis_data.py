"""A constructed store for the analysis, alert, report and exchange tests.

Invented incidents (real place names and coordinates, made-up events) saved through the real
:class:`~eventwatch.store.Store` as :class:`~eventwatch.models.ExtractionResult` records, one
article each.  The numbers below are what the tests expect; change them together.

* Pakistan, 2018-07 .. 2018-12: two incidents a month (Jul-Nov), four in December;
* January 2019: 12 incidents (11 attacks, one arrest raid), killed 30 = 9 security forces +
  14 civilians + 7 militants, wounded 69 = 31 + 36 + 2; Khyber Pakhtunkhwa 7 incidents,
  Balochistan 4, Sindh 1; plus one incident dated only "2019" (too vague for a month);
* Tehrik-i-Taliban Pakistan was active only in Khyber district (KP) before; in January it
  also attacks in Quetta district (new area) and claims for the first time;
* "Hizb-ul-Ahrar Jadeed" (not in the actor base) claims its first attack in January;
* the interior ministry states 26 attacks in 2019-01 (and 30 killed with a breakdown).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from eventwatch.models import (
    Article,
    Count,
    DateValue,
    Evidence,
    ExtractionResult,
    Incident,
    Perpetrator,
    Place,
    Statistic,
)
from eventwatch.store import ActorEntry, Store

PLACES = {
    "Quetta": Place("PK", "Balochistan", "Quetta", "Quetta", "locality", 30.18, 67.00),
    "Turbat": Place("PK", "Balochistan", "Kech", "Turbat", "locality", 26.00, 63.05),
    "Peshawar": Place("PK", "Khyber Pakhtunkhwa", "Peshawar", "Peshawar", "locality",
                      34.01, 71.58),
    "Bara": Place("PK", "Khyber Pakhtunkhwa", "Khyber", "Bara", "locality", 33.91, 71.46),
    "Bannu": Place("PK", "Khyber Pakhtunkhwa", "Bannu", "Bannu", "locality", 32.99, 70.60),
    "Miranshah": Place("PK", "Khyber Pakhtunkhwa", "North Waziristan", "Miranshah",
                       "locality", 33.00, 70.07),
    "Karachi": Place("PK", "Sindh", "Karachi", "Karachi", "locality", 24.86, 67.01),
    "Kabul": Place("AF", "Kabul", "Kabul", "Kabul", "locality", 34.53, 69.17),
}
TTP = "Tehrik-i-Taliban Pakistan"
IS = "Islamic State"
LEJ = "Lashkar-e-Jhangvi"
NEW_GROUP = "Hizb-ul-Ahrar Jadeed"

# (date, place, event_type, killed {category: n} or total, wounded, perpetrators)
Row = tuple[str, str, str, Any, Any, list[tuple[str | None, str, str, str]]]

HISTORY: list[Row] = [
    ("2018-07-05", "Bara", "attack", 2, 1, [(TTP, "TTP", "non_state", "attributed")]),
    ("2018-07-19", "Peshawar", "grenade", 0, 3, []),
    ("2018-08-02", "Bara", "remote_explosive_landmine_ied", 1, 4,
     [(TTP, "TTP", "non_state", "suspected")]),
    ("2018-08-21", "Karachi", "attack", 1, 0, [(None, "gunmen", "unknown", "attributed")]),
    ("2018-09-09", "Quetta", "remote_explosive_landmine_ied", 2, 5, [(IS, "IS", "non_state",
                                                                     "claimed")]),
    ("2018-09-28", "Bannu", "attack", 1, 1, []),
    ("2018-10-14", "Turbat", "attack", 3, 0, []),
    ("2018-10-30", "Peshawar", "attack", 0, 2, []),
    ("2018-11-11", "Quetta", "suicide_bomb", 5, 12, [(LEJ, "LeJ", "non_state", "claimed")]),
    ("2018-11-25", "Miranshah", "armed_clash", 2, 0, []),
    ("2018-12-03", "Bara", "attack", 1, 0, [(TTP, "TTP", "non_state", "attributed")]),
    ("2018-12-10", "Karachi", "grenade", 0, 4, []),
    ("2018-12-17", "Bannu", "remote_explosive_landmine_ied", 2, 3, []),
    ("2018-12-29", "Quetta", "attack", 1, 1, []),
]
JANUARY: list[Row] = [
    ("2019-01-02", "Quetta", "remote_explosive_landmine_ied",
     {"security_forces": 3}, {"security_forces": 5}, [(TTP, "TTP", "non_state", "claimed")]),
    ("2019-01-04", "Peshawar", "suicide_bomb", {"civilians": 6, "militants": 1},
     {"civilians": 15, "security_forces": 4}, [(IS, "Daesh", "non_state", "claimed")]),
    ("2019-01-07", "Bara", "attack", {"security_forces": 2}, {"security_forces": 3},
     [(TTP, "TTP", "non_state", "attributed")]),
    ("2019-01-09", "Karachi", "attack", {"civilians": 2}, {"civilians": 1},
     [(None, "unidentified gunmen", "unknown", "attributed")]),
    ("2019-01-12", "Miranshah", "armed_clash", {"security_forces": 1, "militants": 4},
     {"security_forces": 6, "militants": 2}, []),
    ("2019-01-14", "Bannu", "remote_explosive_landmine_ied", {"civilians": 2},
     {"civilians": 8}, []),
    ("2019-01-17", "Turbat", "attack", {"security_forces": 2}, {"security_forces": 4},
     [(NEW_GROUP, "Hizb-ul-Ahrar Jadeed", "non_state", "claimed")]),
    ("2019-01-19", "Peshawar", "grenade", {"civilians": 1}, {"civilians": 6}, []),
    ("2019-01-22", "Quetta", "suicide_bomb", {"civilians": 3, "security_forces": 1,
                                              "militants": 1},
     {"civilians": 6, "security_forces": 9}, [(LEJ, "LeJ", "non_state", "claimed"),
                                             (IS, "IS", "non_state", "claimed")]),
    ("2019-01-25", "Bara", "arrests", {}, {}, [(None, "security forces", "state",
                                                "attributed")]),
    ("2019-01-28", "Quetta", "attack", {"militants": 1}, {}, []),
    ("2019-01", "Bannu", "abduction_forced_disappearance", {}, {}, []),
]
VAGUE: Row = ("2019", "Peshawar", "attack", 1, 0, [])


def _date(text: str) -> DateValue:
    parts = [int(p) for p in text.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    return DateValue(parts[0], parts[1] if len(parts) > 1 else None,
                     parts[2] if len(parts) > 2 else None, precision)


def _count(value: Any) -> Count:
    if isinstance(value, dict):
        if not value:
            return Count()
        total = sum(value.values())
        return Count(total, total, total, "exact", dict(value))
    return Count.exact(value) if value else Count()


def incident(row: Row) -> Incident:
    when, place, event_type, killed, wounded, perps = row
    state = event_type == "arrests"
    return Incident(
        date=_date(when), place=PLACES[place], event_type=event_type,
        attack_type=None if state else ("bombing" if "bomb" in event_type
                                        or event_type in ("grenade",
                                                          "remote_explosive_landmine_ied")
                                        else "armed_assault"),
        # a grenade lobbed, then gunfire: GTD attacktype2 armed assault
        secondary_attack_types=["armed_assault"] if event_type == "grenade" else [],
        suicide=event_type == "suicide_bomb", target_type="police",
        killed=_count(killed), wounded=_count(wounded),
        arrested=Count.exact(3) if state else Count(),
        perpetrators=[Perpetrator(a, m, k, s) for a, m, k, s in perps],
        evidence=[Evidence("event_type", 0, 5, "Event")], confidence=0.8,
        summary=f"{event_type.replace('_', ' ').capitalize()} in {place} on {when}.")


def save(store: Store, row: Row, n: int, **extra: Any) -> None:
    article = Article(text=f"Report {n}: {row[2]} in {row[1]} on {row[0]}.",
                      title=f"{row[2].replace('_', ' ').capitalize()} in {row[1]}",
                      url=f"https://news.example/{n}", published=row[0] if len(row[0]) == 10
                      else "2019-02-01", source="example wire")
    result = ExtractionResult(article.id, article.published, [incident(row)], **extra)
    assert store.save(article, result) == "new"


def ministry_statistics() -> list[Statistic]:
    pk = {"country": "PK"}
    return [
        Statistic("attacks", DateValue(2019, 1, precision="month"), pk, 26,
                  source="interior ministry",
                  evidence=[Evidence("value", 0, 10, "26 terrorist attacks")]),
        Statistic("attacks", DateValue(2018, 12, precision="month"), pk, 11,
                  source="interior ministry"),
        Statistic("killed", DateValue(2019, 1, precision="month"), pk, 30,
                  by_category={"security_forces": 9, "civilians": 14, "militants": 7},
                  source="interior ministry"),
    ]


def populate(store: Store) -> None:
    """Save the constructed incidents (and the ministry's statistics) into ``store``."""
    store.sync_actors([ActorEntry(TTP, "non_state", aliases=("TTP",), countries=("PK",)),
                       ActorEntry(IS, "non_state", aliases=("Daesh", "ISIS")),
                       ActorEntry(LEJ, "non_state", aliases=("LeJ",), countries=("PK",))])
    for n, row in enumerate([*HISTORY, *JANUARY, VAGUE], start=1):
        save(store, row, n)
    stats_article = Article(text="As many as 26 terrorist attacks took place in Pakistan this "
                                 "January, compared to 11 in the month before.",
                            title="Attacks surged in January", url="https://news.example/stats",
                            published="2019-02-15", source="example wire")
    result = ExtractionResult(stats_article.id, stats_article.published,
                              statistics=ministry_statistics())
    assert store.save(stats_article, result) == "new"


@contextmanager
def populated_database(backend: str, request: Any, tmp_path_factory: Any) -> Iterator[str]:
    """A database URL holding :func:`populate`'s records, for a module's read-only tests:
    ``backend`` ``sqlite`` (a file) or ``postgresql`` (a new database on the conftest's test
    server, dropped afterwards)."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('analysis') / 'eventwatch.db'}"
        with Store(url) as store:
            populate(store)
        yield url
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = request.getfixturevalue("postgres_server")
    name = f"eventwatch_analysis_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        with Store(url) as store:
            populate(store)
        yield url
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
