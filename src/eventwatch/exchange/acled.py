"""ACLED: export incident records in its CSV shape, and read its CSV files as reference events.

Export (:func:`acled_rows`): one row per dated incident in ACLED's column names
(:data:`ACLED_COLUMNS`, plus ``eventwatch_id``).  ``sub_event_type`` is our ``event_type``
(which follows ACLED's sub-event types) in ACLED's spelling, ``event_type`` and
``disorder_type`` the ACLED groups above it; ``inter1``/``inter2`` are ACLED's actor-type codes
(1 state forces, 2 rebel groups: named non-state actors, 3 political militias: unidentified
armed groups, 7 civilians) and ``interaction`` the two-digit combination; ``time_precision``
1 day, 2 a week or a weekend, 3 month (a month-precise date, or a week's, is given as its
first day); ``geo_precision``
1 town or site, 2 district, 3 province or country; ``iso`` is the numeric ISO code.

Import (:func:`read_acled`): ACLED's CSV export (``event_date`` as ``2019-01-04`` or
``04 January 2019``) as reference-event dicts for :mod:`eventwatch.exchange.reference`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from eventwatch.exchange.codes import CountryCodes, figure, record_dates, split_perpetrators
from eventwatch.exchange.tabular import read_rows, snake, to_date, to_float, to_int, write_rows

SUB_EVENT_TYPES = {
    "armed_clash": ("Battles", "Armed clash"),
    "government_regains_territory": ("Battles", "Government regains territory"),
    "non_state_actor_overtakes_territory": ("Battles", "Non-state actor overtakes territory"),
    "chemical_weapon": ("Explosions/Remote violence", "Chemical weapon"),
    "air_drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "suicide_bomb": ("Explosions/Remote violence", "Suicide bomb"),
    "shelling_artillery_missile_attack": ("Explosions/Remote violence",
                                          "Shelling/artillery/missile attack"),
    "remote_explosive_landmine_ied": ("Explosions/Remote violence",
                                      "Remote explosive/landmine/IED"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "sexual_violence": ("Violence against civilians", "Sexual violence"),
    "attack": ("Violence against civilians", "Attack"),
    "abduction_forced_disappearance": ("Violence against civilians",
                                       "Abduction/forced disappearance"),
    "arrests": ("Strategic developments", "Arrests"),
    "disrupted_weapons_use": ("Strategic developments", "Disrupted weapons use"),
    "looting_property_destruction": ("Strategic developments", "Looting/property destruction"),
    "other": ("Strategic developments", "Other"),
}
GEO_PRECISION = {"exact": 1, "locality": 1, "district": 2, "admin1": 3, "country": 3}
CIVILIAN_TARGETS = ("private_citizens", "private_citizens_property", "business",
                    "educational_institution", "religious_figures_institutions",
                    "journalists_media", "transportation", "tourists", "ngo")

ACLED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id_cnty", "ISO3 + incident id, e.g. PAK12."),
    ("event_date", "YYYY-MM-DD (first day of the month for a month-precise date)."),
    ("year", "Year."), ("time_precision", "1 day, 2 week or weekend, 3 month."),
    ("disorder_type", "Political violence or Strategic developments."),
    ("event_type", "ACLED event type."), ("sub_event_type", "ACLED sub-event type."),
    ("actor1", "Perpetrator: actor name, 'Unidentified Armed Group (Country)' or "
               "'Security Forces of Country'."),
    ("assoc_actor_1", "Further named perpetrators, '; '-joined."),
    ("inter1", "1 state forces, 2 named non-state group, 3 unidentified armed group."),
    ("actor2", "Target: 'Civilians (Country)', 'Police Forces of Country', ..."),
    ("assoc_actor_2", "Empty."), ("inter2", "Actor type code of actor2 (0 if none)."),
    ("interaction", "Two-digit code: smaller inter first."),
    ("civilian_targeting", "'Civilian targeting' when civilians were the target."),
    ("iso", "ISO 3166-1 numeric country code."), ("region", "ACLED region (approximate)."),
    ("country", "Country name."), ("admin1", "Province / state."), ("admin2", "District."),
    ("admin3", "Empty."), ("location", "The place as named."), ("latitude", "WGS 84."),
    ("longitude", "WGS 84."), ("geo_precision", "1 town, 2 district, 3 province/country."),
    ("source", "Source URLs, '; '-joined."), ("source_scale", "Empty."),
    ("notes", "One-line summary."), ("fatalities", "Killed (best, else low bound; 0 if none)."),
    ("tags", "Empty."), ("timestamp", "Unix time of the export."),
    ("eventwatch_id", "Incident id in the EventWatch store."),
)
ACLED_COLUMN_NAMES = tuple(name for name, _ in ACLED_COLUMNS)
REQUIRED = ("event_id_cnty", "event_date", "sub_event_type", "actor1", "country", "fatalities")


def _target(record: dict[str, Any], country: str) -> tuple[str, int]:
    target = record.get("target_type") or "unknown"
    if target in CIVILIAN_TARGETS:
        return f"Civilians ({country})", 7
    if target == "police":
        return f"Police Forces of {country}", 1
    if target in ("military", "government_general", "government_diplomatic"):
        return f"Military Forces of {country}" if target == "military" else \
            f"Government of {country}", 1
    if target == "terrorists_non_state_militia":
        return f"Unidentified Armed Group ({country})", 3
    return "", 0


def acled_rows(records: Iterable[dict[str, Any]], codes: CountryCodes,
               named: Collection[str]) -> list[dict[str, Any]]:
    """One ACLED-shaped row per dated incident (``named``: the store's actor names)."""
    now = int(datetime.now(UTC).timestamp())
    rows = []
    for record in records:
        start, end = record_dates(record)
        if start is None or end is None:
            continue
        country = codes.get(record.get("country"))
        name = country.name if country else (record.get("country") or "")
        actors, unnamed = split_perpetrators(record, named)
        non_state = [a for a, kind, _ in actors if kind != "state"]
        state = [a for a, kind, _ in actors if kind == "state"] + \
            [a for a, kind, _ in unnamed if kind == "state"]
        if non_state:
            actor1, inter1 = non_state[0], 2
        elif state:
            actor1, inter1 = f"Security Forces of {name}", 1
        else:
            actor1, inter1 = f"Unidentified Armed Group ({name})", 3
        actor2, inter2 = _target(record, name)
        group, sub = SUB_EVENT_TYPES.get(record.get("event_type") or "other",
                                         SUB_EVENT_TYPES["other"])
        day_precise = start == end
        rows.append({
            "event_id_cnty": f"{country.iso3 if country else 'XXX'}{record.get('id')}",
            "event_date": start.isoformat(), "year": start.year,
            # ACLED's 2: a week or a weekend the source names ("last week")
            "time_precision": 1 if day_precise else 2 if (end - start).days < 7 else 3,
            "disorder_type": "Strategic developments" if group == "Strategic developments"
            else "Political violence",
            "event_type": group, "sub_event_type": sub, "actor1": actor1,
            "assoc_actor_1": "; ".join(non_state[1:]), "inter1": inter1, "actor2": actor2,
            "assoc_actor_2": "", "inter2": inter2,
            "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter2
            else inter1 * 10,
            "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
            "iso": country.numeric if country else "",
            "region": country.acled_region if country else "", "country": name,
            "admin1": record.get("admin1") or "", "admin2": record.get("admin2") or "",
            "admin3": "", "location": record.get("place") or record.get("admin2") or "",
            "latitude": record.get("lat"), "longitude": record.get("lon"),
            "geo_precision": GEO_PRECISION.get(record.get("place_precision") or "country", 3),
            "source": "; ".join(record.get("urls") or []), "source_scale": "",
            "notes": record.get("summary") or "",
            "fatalities": figure(record, "killed") or 0, "tags": "", "timestamp": now,
            "eventwatch_id": record.get("id"),
        })
    return rows


def write_acled(rows: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    write_rows(rows, stream, ACLED_COLUMN_NAMES)


def read_acled(path: Path, codes: CountryCodes) -> Iterator[dict[str, Any]]:
    """Reference-event dicts for each event of an ACLED CSV export; a malformed value raises
    E015 naming the line."""
    for line, row in read_rows(path, REQUIRED):
        where = f"{path}:{line}"
        country = codes.get(row.get("iso") or "") or codes.get(row["country"])
        day = to_date(row["event_date"], where, "event_date")
        fatalities = to_int(row["fatalities"], where, "fatalities")
        yield {
            "dataset": "acled", "source_id": row["event_id_cnty"],
            "date_start": day, "date_end": day,
            "date_precision": row.get("time_precision") or None,
            "country": country.iso2 if country else None, "country_name": row["country"],
            "admin1_raw": row.get("admin1") or None, "admin2": row.get("admin2") or None,
            "place": row.get("location") or None,
            "lat": to_float(row.get("latitude", ""), where, "latitude"),
            "lon": to_float(row.get("longitude", ""), where, "longitude"),
            "event_type": row.get("event_type") or None,
            "sub_event_type": snake(row["sub_event_type"]) or None,
            "actor1": row["actor1"] or None, "actor2": row.get("actor2") or None,
            "deaths_low": fatalities, "deaths_best": fatalities, "deaths_high": fatalities,
            "deaths_civilians": None, "source": row.get("source") or None,
            "notes": row.get("notes") or None,
        }
