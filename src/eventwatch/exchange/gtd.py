"""GTD-style CSV: incident records in the Global Terrorism Database's column names and codes.

Reads incident records (:meth:`eventwatch.store.Store.incidents`) and writes one row per
*attack* (the GTD covers terrorism: security-force operations are left out, and so are
undated incidents, which have no ``iyear``).  Columns are :data:`GTD_COLUMNS`, a subset of the
GTD codebook's variables plus ``eventwatch_id``; codes follow the codebook:

* ``eventid``: ``YYYYMMDD`` + a four-digit running number per day (``00`` for an unknown month
  or day, as in the GTD); ``approxdate`` holds the date as EventWatch knows it then (a week
  or a weekend as its first and last day: ``2026-05-04/2026-05-10``);
* ``attacktype1`` 1-9 (``attacktype2``/``3`` for further methods of the same attack, empty where
  none is named), ``targtype1`` 1-22, ``weaptype1`` 5 (firearms), 6 (explosives) or 13
  (unknown), ``region`` 1-12, ``specificity`` 1-5, ``claimed`` 1 or -9 (unknown);
* ``nkill``/``nwound``: best estimate, else the low bound; ``nkillter``/``nwoundte``: militants
  killed/wounded (perpetrators included, as our codebook counts them); -99 where unknown is
  the GTD's ``nperps`` convention only.
* ``country``: the GTD's own country code where checked (see the countries README), else empty;
  ``country_txt`` is always filled.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from typing import IO, Any

from eventwatch.exchange.codes import (
    CountryCodes,
    figure,
    is_state_action,
    record_dates,
    split_perpetrators,
)
from eventwatch.exchange.tabular import write_rows
from eventwatch.models import SPAN_DAYS

ATTACK_TYPES = {
    "assassination": (1, "Assassination"), "armed_assault": (2, "Armed Assault"),
    "bombing": (3, "Bombing/Explosion"), "hijacking": (4, "Hijacking"),
    "hostage_barricade": (5, "Hostage Taking (Barricade Incident)"),
    "kidnapping": (6, "Hostage Taking (Kidnapping)"),
    "facility_attack": (7, "Facility/Infrastructure Attack"),
    "unarmed_assault": (8, "Unarmed Assault"), "unknown": (9, "Unknown"),
}
TARGET_TYPES = {
    "business": (1, "Business"), "government_general": (2, "Government (General)"),
    "police": (3, "Police"), "military": (4, "Military"),
    "abortion_related": (5, "Abortion Related"), "airports_aircraft": (6, "Airports & Aircraft"),
    "government_diplomatic": (7, "Government (Diplomatic)"),
    "educational_institution": (8, "Educational Institution"),
    "food_water_supply": (9, "Food or Water Supply"),
    "journalists_media": (10, "Journalists & Media"), "maritime": (11, "Maritime"),
    "ngo": (12, "NGO"), "other": (13, "Other"),
    "private_citizens": (14, "Private Citizens & Property"),
    "private_citizens_property": (14, "Private Citizens & Property"),
    "religious_figures_institutions": (15, "Religious Figures/Institutions"),
    "telecommunication": (16, "Telecommunication"),
    "terrorists_non_state_militia": (17, "Terrorists/Non-State Militia"),
    "tourists": (18, "Tourists"), "transportation": (19, "Transportation"),
    "unknown": (20, "Unknown"), "utilities": (21, "Utilities"),
    "violent_political_party": (22, "Violent Political Party"),
}
REGIONS = {
    1: "North America", 2: "Central America & Caribbean", 3: "South America", 4: "East Asia",
    5: "Southeast Asia", 6: "South Asia", 7: "Central Asia", 8: "Western Europe",
    9: "Eastern Europe", 10: "Middle East & North Africa", 11: "Sub-Saharan Africa",
    12: "Australasia & Oceania",
}
EXPLOSIVE_EVENTS = ("suicide_bomb", "remote_explosive_landmine_ied", "grenade",
                    "shelling_artillery_missile_attack", "air_drone_strike")
SPECIFICITY = {"exact": 1, "locality": 1, "district": 3, "admin1": 4, "country": 5}

GTD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("eventid", "YYYYMMDD + 4-digit number within the day."),
    ("iyear", "Year."), ("imonth", "Month, 0 if unknown."), ("iday", "Day, 0 if unknown."),
    ("approxdate", "The date as known when not day-precise (2019-01, 2019; a week "
                   "2026-05-04/2026-05-10)."),
    ("extended", "1 if the incident lasted more than 24 hours (always 0: not extracted)."),
    ("country", "GTD country code (where checked), else empty."),
    ("country_txt", "Country name."), ("region", "GTD region code 1-12."),
    ("region_txt", "GTD region name."), ("provstate", "Province / state (admin1)."),
    ("city", "City, town or district named."), ("latitude", "WGS 84."),
    ("longitude", "WGS 84."), ("specificity", "1 town, 3 district, 4 admin1, 5 country."),
    ("vicinity", "1 if in the vicinity of the city (always 0)."),
    ("summary", "One-line summary."), ("crit1", "GTD criterion 1 (1: assumed)."),
    ("crit2", "GTD criterion 2 (1: assumed)."), ("crit3", "GTD criterion 3 (1: assumed)."),
    ("doubtterr", "Doubt terrorism proper: -9 (not assessed)."),
    ("multiple", "Part of a multiple incident (0: not assessed)."),
    ("success", "1 unless the attack was foiled (defused bomb)."),
    ("suicide", "1 for a suicide attack."),
    ("attacktype1", "GTD attack type 1-9."), ("attacktype1_txt", "Attack type name."),
    ("attacktype2", "Second attack type of the same attack, where a report names one."),
    ("attacktype2_txt", "Its name."),
    ("attacktype3", "Third attack type, where named."), ("attacktype3_txt", "Its name."),
    ("targtype1", "GTD target type 1-22."), ("targtype1_txt", "Target type name."),
    ("gname", "First named perpetrator group, else 'Unknown'."),
    ("gname2", "Second group."), ("gname3", "Third group."),
    ("guncertain1", "1 if the first group is only suspected."),
    ("claimed", "1 if a group claimed the attack, else -9 (unknown)."),
    ("nperps", "Number of attackers, -99 if unknown."),
    ("weaptype1", "5 firearms, 6 explosives, 13 unknown."), ("weaptype1_txt", "Weapon name."),
    ("nkill", "Killed (best estimate, else the low bound)."),
    ("nkillter", "Perpetrators (militants) killed."), ("nwound", "Wounded."),
    ("nwoundte", "Perpetrators (militants) wounded."),
    ("nhostkid", "Hostages or kidnapped."), ("dbsource", "'EventWatch'."),
    ("scite1", "First source URL."), ("scite2", "Second source URL."),
    ("scite3", "Third source URL."), ("eventwatch_id", "Incident id in the EventWatch store."),
)
GTD_COLUMN_NAMES = tuple(name for name, _ in GTD_COLUMNS)


def _weapon(record: dict[str, Any]) -> tuple[int, str]:
    if record.get("event_type") in EXPLOSIVE_EVENTS or record.get("attack_type") == "bombing":
        return 6, "Explosives"
    if record.get("attack_type") in ("armed_assault", "assassination") or \
            record.get("event_type") == "armed_clash":
        return 5, "Firearms"
    return 13, "Unknown"


def gtd_rows(records: Iterable[dict[str, Any]], codes: CountryCodes,
             named: Collection[str]) -> list[dict[str, Any]]:
    """One GTD-style row per dated attack (``named``: the store's actor names)."""
    per_day: Counter[str] = Counter()
    rows = []
    for record in records:
        start, end = record_dates(record)
        if start is None or end is None or is_state_action(record):
            continue
        day_known = start == end
        month_known = (start.year, start.month) == (end.year, end.month)
        stem = (f"{start.year:04d}{start.month if month_known else 0:02d}"
                f"{start.day if day_known else 0:02d}")
        per_day[stem] += 1
        country = codes.get(record.get("country"))
        region = country.gtd_region if country else None
        actors, _ = split_perpetrators(record, named)
        attack = ATTACK_TYPES.get(record.get("attack_type") or "unknown", ATTACK_TYPES["unknown"])
        more: list[tuple[int | str, str]] = []
        for name in record.get("secondary_attack_types") or []:
            if name in ATTACK_TYPES and len(more) < 2:
                more.append(ATTACK_TYPES[name])
        while len(more) < 2:
            more.append(("", ""))
        target = TARGET_TYPES.get(record.get("target_type") or "unknown",
                                  TARGET_TYPES["unknown"])
        weapon = _weapon(record)
        urls = list(record.get("urls") or [])
        kidnapped = figure(record, "kidnapped")
        rows.append({
            "eventid": f"{stem}{per_day[stem]:04d}", "iyear": start.year,
            "imonth": start.month if month_known else 0, "iday": start.day if day_known else 0,
            # (a week's span written out: GTD's approxdate is free text)
            "approxdate": "" if day_known else record.get("date") if (
                record.get("date_precision") or "day") not in SPAN_DAYS
            else f"{start.isoformat()}/{end.isoformat()}", "extended": 0,
            "country": country.gtd_country if country and country.gtd_country else "",
            "country_txt": country.name if country else record.get("country") or "",
            "region": region or "", "region_txt": REGIONS.get(region or 0, ""),
            "provstate": record.get("admin1") or "",
            "city": record.get("place") or record.get("admin2") or "",
            "latitude": record.get("lat"), "longitude": record.get("lon"),
            "specificity": SPECIFICITY.get(record.get("place_precision") or "country", 5),
            "vicinity": 0, "summary": record.get("summary") or "",
            "crit1": 1, "crit2": 1, "crit3": 1, "doubtterr": -9, "multiple": 0,
            "success": 0 if record.get("event_type") == "disrupted_weapons_use" else 1,
            "suicide": int(bool(record.get("suicide"))),
            "attacktype1": attack[0], "attacktype1_txt": attack[1],
            "attacktype2": more[0][0], "attacktype2_txt": more[0][1],
            "attacktype3": more[1][0], "attacktype3_txt": more[1][1],
            "targtype1": target[0], "targtype1_txt": target[1],
            "gname": actors[0][0] if actors else "Unknown",
            "gname2": actors[1][0] if len(actors) > 1 else "",
            "gname3": actors[2][0] if len(actors) > 2 else "",
            "guncertain1": int(bool(actors) and actors[0][2] == "suspected"),
            "claimed": 1 if any(s == "claimed" for _, _, s in actors) else -9,
            "nperps": record.get("attackers") if record.get("attackers") is not None else -99,
            "weaptype1": weapon[0], "weaptype1_txt": weapon[1],
            "nkill": figure(record, "killed"), "nkillter": record.get("killed_militants"),
            "nwound": figure(record, "wounded"), "nwoundte": record.get("wounded_militants"),
            "nhostkid": kidnapped, "dbsource": "EventWatch",
            "scite1": urls[0] if urls else "", "scite2": urls[1] if len(urls) > 1 else "",
            "scite3": urls[2] if len(urls) > 2 else "", "eventwatch_id": record.get("id"),
        })
    return rows


def write_gtd(rows: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    write_rows(rows, stream, GTD_COLUMN_NAMES)
