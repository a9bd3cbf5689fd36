"""Reference events from other datasets in the store, and the side-by-side comparison.

:func:`import_reference` reads a UCDP GED or ACLED CSV file (:mod:`.ucdp`, :mod:`.acled`),
resolves each event's province to the gazetteer's spelling where it can (``admin1``; theirs is
kept in ``admin1_raw``) and writes new rows to the ``reference_events`` table in one
transaction; events already imported (same dataset and id) are skipped.

:func:`compare` counts, month by month for one country and year (optionally one province), the
store's incidents and killed beside the dataset's events and deaths, and how many of the
dataset's events have a store incident on the same day (plus or minus one) in the same
province ("matched").  Reads the store; writes nothing.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from eventwatch.analysis.facts import Scope, load_facts, periods_between
from eventwatch.errors import Errors, EventWatchError, StoreError
from eventwatch.exchange.codes import CountryCodes
from eventwatch.store.reference import ReferenceEventRow

if TYPE_CHECKING:
    from eventwatch.resources.gazetteer import Gazetteer
    from eventwatch.store import Store

DATASETS = ("ucdp", "acled")
_SUFFIX = re.compile(r"\s+(province|state|region|governorate|territory|division|district)$",
                     re.I)
_BATCH = 500


@dataclass(frozen=True, slots=True)
class ImportResult:
    read: int
    added: int
    skipped: int
    unresolved_admin1: int


class Admin1Resolver:
    """Their province names to the gazetteer's ("Khyber Pakhtunkwa province" -> "Khyber
    Pakhtunkhwa", "FATA" -> "Khyber Pakhtunkhwa"), memoised per run."""

    def __init__(self, gazetteer: Gazetteer | None) -> None:
        self.gazetteer = gazetteer
        self.cache: dict[tuple[str, str], str | None] = {}
        self.names: dict[str, list[str]] = {}

    def __call__(self, country: str | None, name: str | None) -> str | None:
        if not country or not name or self.gazetteer is None:
            return None
        key = (country, name)
        if key not in self.cache:
            self.cache[key] = self._resolve(country, name)
        return self.cache[key]

    def _resolve(self, country: str, name: str) -> str | None:
        assert self.gazetteer is not None
        for candidate in (name, _SUFFIX.sub("", name)):
            entry = self.gazetteer.admin1_entry(country, candidate)
            if entry is not None:
                return entry.name
        if country not in self.names:
            self.names[country] = sorted({e.name for e in self.gazetteer.entries()
                                          if e.kind == "admin1" and e.country == country})
        # Spelling variants ("Pakhtunkwa"): the closest official name, if close enough.
        close = difflib.get_close_matches(_SUFFIX.sub("", name), self.names[country], n=1,
                                          cutoff=0.85)
        return close[0] if close else None


def read_events(dataset: str, path: Path, codes: CountryCodes) -> Iterable[dict[str, Any]]:
    if dataset == "ucdp":
        from eventwatch.exchange.ucdp import read_ucdp

        return read_ucdp(path, codes)
    if dataset == "acled":
        from eventwatch.exchange.acled import read_acled

        return read_acled(path, codes)
    raise EventWatchError(Errors.E017, input=f"dataset {dataset!r}",
                          reason=f"choose one of {', '.join(DATASETS)}")


def import_reference(store: Store, dataset: str, path: Path, *, codes: CountryCodes,
                     gazetteer: Gazetteer | None = None) -> ImportResult:
    """Import one file into ``reference_events`` (all or nothing); see the module docstring."""
    resolve = Admin1Resolver(gazetteer)
    now = datetime.now(UTC)
    events = list(read_events(dataset, path, codes))
    added = unresolved = 0
    try:
        with Session(store.engine) as session, session.begin():
            known = set(session.scalars(select(ReferenceEventRow.source_id)
                                        .where(ReferenceEventRow.dataset == dataset)))
            batch: list[dict[str, Any]] = []
            for event in events:
                if event["source_id"] in known:
                    continue
                known.add(event["source_id"])
                event["admin1"] = resolve(event["country"], event["admin1_raw"])
                unresolved += event["admin1_raw"] is not None and event["admin1"] is None
                event["imported_at"] = now
                batch.append(event)
                if len(batch) >= _BATCH:
                    session.execute(insert(ReferenceEventRow), batch)
                    added += len(batch)
                    batch = []
            if batch:
                session.execute(insert(ReferenceEventRow), batch)
                added += len(batch)
    except Exception as exc:
        if isinstance(exc, EventWatchError):
            raise
        raise StoreError(Errors.E013, input=str(path), reason=str(exc).splitlines()[0]) from exc
    return ImportResult(len(events), added, len(events) - added, unresolved)


COMPARE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("month", "YYYY-MM."),
    ("incidents", "EventWatch incidents dated wholly inside the month."),
    ("killed", "EventWatch killed (best, else low bound)."),
    ("ref_events", "The dataset's events starting in the month."),
    ("ref_deaths", "The dataset's deaths (best estimate)."),
    ("matched", "The dataset's events with an EventWatch incident within a day in the same "
                "province."),
    ("matched_pct", "matched / ref_events, %."),
)


def compare(store: Store, dataset: str, *, country: str, year: int,
            province: str | None = None) -> list[dict[str, Any]]:
    """Month-by-month counts side by side (columns :data:`COMPARE_COLUMNS`), plus a total."""
    if dataset not in DATASETS:
        raise EventWatchError(Errors.E017, input=f"dataset {dataset!r}",
                              reason=f"choose one of {', '.join(DATASETS)}")
    first, last = date(year, 1, 1), date(year, 12, 31)
    with Session(store.engine) as session:
        facts = [f for f in load_facts(session, Scope(country=country, admin1=province,
                                                      since=first, until=last))
                 if f.period("month") is not None]
        query = (select(ReferenceEventRow.date_start, ReferenceEventRow.admin1,
                        ReferenceEventRow.deaths_best)
                 .where(ReferenceEventRow.dataset == dataset,
                        func.upper(ReferenceEventRow.country) == country.upper(),
                        ReferenceEventRow.date_start >= first,
                        ReferenceEventRow.date_start <= last))
        if province:
            query = query.where(func.lower(ReferenceEventRow.admin1) == province.lower())
        events = list(session.execute(query))
    days: dict[date, set[str | None]] = defaultdict(set)
    for fact in facts:
        if fact.start is not None and fact.start == fact.end:
            days[fact.start].add((fact.admin1 or "").lower() or None)
    rows: dict[str, dict[str, Any]] = {
        m: {"month": m, "incidents": 0, "killed": 0, "ref_events": 0, "ref_deaths": 0,
            "matched": 0} for m in periods_between(f"{year:04d}-01", f"{year:04d}-12")}
    for fact in facts:
        row = rows[fact.period("month") or ""]
        row["incidents"] += 1
        row["killed"] += fact.killed
    for start, admin1, deaths in events:
        if start is None:
            continue
        row = rows[f"{start.year:04d}-{start.month:02d}"]
        row["ref_events"] += 1
        row["ref_deaths"] += deaths or 0
        wanted = (admin1 or "").lower() or None
        near = [days.get(start + timedelta(days=d), set()) for d in (-1, 0, 1)]
        if any(wanted is None or wanted in provinces or None in provinces
               for provinces in near if provinces):
            row["matched"] += 1
    out = list(rows.values())
    total: dict[str, Any] = {"month": "total", **{k: sum(r[k] for r in out) for k in
                                  ("incidents", "killed", "ref_events", "ref_deaths",
                                   "matched")}}
    for row in [*out, total]:
        row["matched_pct"] = round(row["matched"] * 100 / row["ref_events"]) \
            if row["ref_events"] else None
    return [*out, total]


def count_reference(store: Store, dataset: str | None = None) -> int:
    """Number of reference events in the store (of one dataset, if given)."""
    query = select(func.count()).select_from(ReferenceEventRow)
    if dataset:
        query = query.where(ReferenceEventRow.dataset == dataset)
    with Session(store.engine) as session:
        return int(session.scalar(query) or 0)
