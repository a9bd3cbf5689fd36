"""UCDP GED: export incident records in its shape, and read its CSV files as reference events.

Export (:func:`ucdp_rows`): one row per dated incident in the UCDP Georeferenced Event
Dataset's columns (:data:`UCDP_COLUMNS`, the GED's own names, plus ``eventwatch_id``):

* ``low``/``best``/``high``: our count range (an open "at least 70" has ``high`` = ``best``,
  since the GED needs a number); ``deaths_a`` are security forces killed (side A is the
  government in state-based violence), ``deaths_b`` militants, then civilians and unknown;
* ``type_of_violence``: 1 state-based (a state force is a perpetrator, or security forces were
  the target), 3 one-sided (a non-state actor against civilians), 2 non-state (against other
  militants); ``side_a``/``side_b`` name the sides accordingly;
* ``where_prec`` 1 exact, 2 town, 3 district, 4 province, 6 country; ``date_prec`` 1 day,
  2 two to six days (a weekend), 3 a week, 4 month, 5 year; ``priogrid_gid`` from the
  coordinates (PRIO-GRID 0.5 degree cells);
* ``country_id``/``gwnoa``: Gleditsch-Ward numbers where known.

Import (:func:`read_ucdp`): the GED CSV as published (also the HDX export, whose hashtag row
under the header is skipped) as reference-event dicts for :mod:`eventwatch.exchange.reference`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from eventwatch.exchange.codes import (
    CountryCodes,
    figure,
    is_state_action,
    record_dates,
    split_perpetrators,
)
from eventwatch.exchange.tabular import read_rows, to_date, to_float, to_int, write_rows

VIOLENCE_TYPES = {1: "state_based", 2: "non_state", 3: "one_sided"}
SECURITY_TARGETS = ("police", "military", "government_general", "government_diplomatic")
WHERE_PREC = {"exact": 1, "locality": 2, "district": 3, "admin1": 4, "country": 6}

UCDP_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "Incident id in the EventWatch store."),
    ("relid", "EW-<country>-<year>-<id>."), ("year", "Year."),
    ("active_year", "Empty: not assessed."), ("code_status", "'EventWatch'."),
    ("type_of_violence", "1 state-based, 2 non-state, 3 one-sided."),
    ("conflict_name", "'Government of X - side B' for state-based violence."),
    ("dyad_name", "side_a - side_b."), ("side_a", "Government of X, or the perpetrator."),
    ("side_b", "The perpetrator group, civilians or the other group."),
    ("number_of_sources", "Articles reporting the incident."),
    ("source_article", "Source URLs, '; '-joined."), ("source_date", "First publication."),
    ("source_headline", "One-line summary."),
    ("where_prec", "1 exact, 2 town, 3 district, 4 province, 6 country."),
    ("where_coordinates", "The place as named."), ("where_description", "Place, district."),
    ("adm_1", "Province / state."), ("adm_2", "District."), ("latitude", "WGS 84."),
    ("longitude", "WGS 84."), ("geom_wkt", "POINT (lon lat)."),
    ("priogrid_gid", "PRIO-GRID cell id."), ("country", "Country name."),
    ("iso3", "ISO 3166-1 alpha-3."), ("country_id", "Gleditsch-Ward number."),
    ("region", "UCDP region."), ("event_clarity", "1 (single identified event)."),
    ("date_prec", "1 day, 2 two to six days, 3 week, 4 month, 5 year."),
    ("date_start", "First possible day."),
    ("date_end", "Last possible day."), ("deaths_a", "Side A (security forces) killed."),
    ("deaths_b", "Side B (militants) killed."), ("deaths_civilians", "Civilians killed."),
    ("deaths_unknown", "Killed, category not reported."), ("best", "Best estimate."),
    ("high", "High estimate."), ("low", "Low estimate."),
    ("gwnoa", "Gleditsch-Ward number of side A (state-based)."),
    ("eventwatch_id", "Incident id in the EventWatch store."),
)
UCDP_COLUMN_NAMES = tuple(name for name, _ in UCDP_COLUMNS)
REQUIRED = ("id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best",
            "low", "high", "country")


def priogrid(lat: float, lon: float) -> int:
    """PRIO-GRID cell of a point: 0.5-degree rows from the south pole, 720 columns from -180."""
    row = min(math.floor((lat + 90) / 0.5), 359)
    col = min(math.floor((lon + 180) / 0.5), 719)
    return row * 720 + col + 1


def _violence(record: dict[str, Any], actors: list[str], country: str) -> tuple[int, str, str]:
    group = actors[0] if actors else "unidentified group"
    government = f"Government of {country}"
    target = record.get("target_type") or "unknown"
    if is_state_action(record) or target in SECURITY_TARGETS or \
            record.get("killed_security_forces"):
        return 1, government, group
    if target == "terrorists_non_state_militia":
        return 2, group, "other militants"
    # Civilian targets, and attacks whose target is unknown: one-sided violence.
    return 3, group, "Civilians"


def ucdp_rows(records: Iterable[dict[str, Any]], codes: CountryCodes,
              named: Collection[str]) -> list[dict[str, Any]]:
    """One GED-shaped row per dated incident (``named``: the store's actor names)."""
    rows = []
    for record in records:
        start, end = record_dates(record)
        if start is None or end is None:
            continue
        country = codes.get(record.get("country"))
        name = country.name if country else (record.get("country") or "")
        actors, _ = split_perpetrators(record, named)
        kind, side_a, side_b = _violence(record, [a for a, k, _ in actors if k != "state"],
                                         name)
        low = record.get("killed_low")
        best = figure(record, "killed")
        high = record.get("killed_high")
        best = best if best is not None else 0
        low = low if low is not None else best
        high = high if high is not None else best
        parts = {c: record.get(f"killed_{c}") or 0
                 for c in ("security_forces", "militants", "civilians")}
        lat, lon = record.get("lat"), record.get("lon")
        # UCDP's 2: two to six days ("over the weekend"), 3: a week
        span = (end - start).days + 1
        precision = 1 if span == 1 else 2 if span < 7 else 3 if span == 7 else 4 if (
            start.year, start.month) == (end.year, end.month) else 5
        rows.append({
            "id": record.get("id"),
            "relid": f"EW-{record.get('country') or 'XX'}-{start.year}-{record.get('id')}",
            "year": start.year, "active_year": "", "code_status": "EventWatch",
            "type_of_violence": kind,
            "conflict_name": f"{side_a} - {side_b}" if kind == 1 else "",
            "dyad_name": f"{side_a} - {side_b}", "side_a": side_a, "side_b": side_b,
            "number_of_sources": record.get("n_sources"),
            "source_article": "; ".join(record.get("urls") or []),
            "source_date": record.get("first_published") or "",
            "source_headline": record.get("summary") or "",
            "where_prec": WHERE_PREC.get(record.get("place_precision") or "country", 6),
            "where_coordinates": record.get("place") or "",
            "where_description": ", ".join(p for p in (record.get("place"),
                                                       record.get("admin2")) if p),
            "adm_1": record.get("admin1") or "", "adm_2": record.get("admin2") or "",
            "latitude": lat, "longitude": lon,
            "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
            "priogrid_gid": priogrid(lat, lon) if lat is not None and lon is not None else "",
            "country": name, "iso3": country.iso3 if country else "",
            "country_id": country.gw if country and country.gw else "",
            "region": country.ucdp_region if country else "", "event_clarity": 1,
            "date_prec": precision, "date_start": start.isoformat(),
            "date_end": end.isoformat(), "deaths_a": parts["security_forces"],
            "deaths_b": parts["militants"], "deaths_civilians": parts["civilians"],
            "deaths_unknown": max(best - sum(parts.values()), 0),
            "best": best, "high": max(high, best), "low": min(low, best),
            "gwnoa": country.gw if kind == 1 and country and country.gw else "",
            "eventwatch_id": record.get("id"),
        })
    return rows


def write_ucdp(rows: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    write_rows(rows, stream, UCDP_COLUMN_NAMES)


def read_ucdp(path: Path, codes: CountryCodes) -> Iterator[dict[str, Any]]:
    """Reference-event dicts (see :class:`eventwatch.store.reference.ReferenceEventRow`) for
    each event of a UCDP GED CSV file; a malformed value raises E015 naming the line."""
    for line, row in read_rows(path, REQUIRED):
        where = f"{path}:{line}"
        country = codes.get(row.get("iso3") or "") or codes.get(row["country"])
        kind = to_int(row["type_of_violence"], where, "type_of_violence")
        yield {
            "dataset": "ucdp", "source_id": row["id"],
            "date_start": to_date(row["date_start"], where, "date_start"),
            "date_end": to_date(row["date_end"], where, "date_end"),
            "date_precision": row.get("date_prec") or None,
            "country": country.iso2 if country else None, "country_name": row["country"],
            "admin1_raw": row.get("adm_1") or None, "admin2": row.get("adm_2") or None,
            "place": row.get("where_coordinates") or row.get("where_description") or None,
            "lat": to_float(row.get("latitude", ""), where, "latitude"),
            "lon": to_float(row.get("longitude", ""), where, "longitude"),
            "event_type": VIOLENCE_TYPES.get(kind or 0, str(kind)), "sub_event_type": None,
            "actor1": row["side_a"] or None, "actor2": row["side_b"] or None,
            "deaths_low": to_int(row["low"], where, "low"),
            "deaths_best": to_int(row["best"], where, "best"),
            "deaths_high": to_int(row["high"], where, "high"),
            "deaths_civilians": to_int(row.get("deaths_civilians", ""), where,
                                       "deaths_civilians"),
            "source": row.get("source_article") or None,
            "notes": row.get("source_headline") or row.get("where_description") or None,
        }
