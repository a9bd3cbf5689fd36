"""Stage 5b: a place name as the text writes it.  Reads one gazetteer match and the article's
places; writes the match that stands for the place the text means: the namesake in the unit
written after it ("Bijapur District of Chhattisgarh"), in the owner before it ("Quetta's
Sariab area"), in the country a name is told of, or told elsewhere in the story as such
("Pipri area" told later "of Bin Qasim Town"); and a district the story tells a town is in.
Read by :func:`eventwatch.extract.places.incident_place`.
"""

from __future__ import annotations

import re

from eventwatch.extract.doc_places import DISTRICT_WORD as _DISTRICT_WORD
from eventwatch.extract.doc_places import DocPlaces
from eventwatch.resources.gazetteer import GazEntry, Gazetteer, PlaceMatch

__all__ = ["as_written", "district_told_elsewhere", "owner_of", "written_elsewhere"]

_TEHSIL_WORD = re.compile(r"\s[Tt]ehsil$")

# (also the unit a town is the capital of: "Faizabad, the capital of northeastern Badakhshan
# province")
_OF_UNIT = re.compile(r"(?:\s+(?:sector|area|village|town|tehsil|block))?\s*,?\s*(?:of|in|"
                      r"the\s+(?:provincial\s+|state\s+|district\s+)?capital\s+of)\s+"
                      r"(?:the\s+)?(?:[a-z-]*(?:north|south|east|west|central)[a-z-]*\s+)?")
# A district set off by a comma: "in Janikhel area, Frontier Region Bannu" (read only where
# the unit is a district written as such, not in a list of towns: "Kohat, Peshawar")
_COMMA_UNIT = re.compile(r"(?:\s+(?:area|village|town))?\s*,\s*(?:the\s+)?")


# A place's owner written before it: "Dhaka city's Mirpur area", "Karachi's Orangi Town"
# (the apostrophe is often lost: "Dhaka city s Mirpur").
_OWNER_BEFORE = re.compile(r"(?:\s+(?:city|town))?(?P<s>['’]s|\s+s)\s+$", re.I)


# (the first of a list: "in Kotwali, Panchlaish and Akbar Shah areas of Chittagong city")
_AREA_OF = re.compile(r"(?:\s*,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}){0,4}"
                      r"(?:\s*,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
                      r"\s+(?i:area|areas|locality|village|mohalla|colony|neighbou?rhood|"
                      r"bazaar|lane)\s+(?:of|in)\s+(?:the\s+)?")  # ("Saddar Bazaar of")


_UNKNOWN_OWNER = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:in|of)\s+(?:the\s+)?")


def owner_of(text: str, m: PlaceMatch, doc: DocPlaces) -> PlaceMatch | None:
    """The place written as ``m``'s owner: before it ("Dhaka city's Mirpur area") or after
    it ("the Ghaziabad area of Kohat town")."""
    own = _OWNER_BEFORE.search(text, max(0, m.start - 30), m.start)
    owner = None if own is None else next(
        (u for u in doc.matches if u.end in (own.start(), own.start("s")) and u is not m),
        None)
    if owner is None:
        area = _AREA_OF.match(text, m.end)
        owner = None if area is None else next(
            (u for u in doc.matches if u.start == area.end() and u is not m), None)
        if area is not None and owner is None:
            # (the owner's owner, where the gazetteer lacks the owner: "Quetta Town area of
            # Sohrab Goth in Gadap Town of Karachi" is Karachi's, not Quetta)
            skip = _UNKNOWN_OWNER.match(text, area.end())
            owner = None if skip is None else next(
                (u for u in doc.matches if u.start == skip.end() and u is not m), None)
    return owner


_CITY_WORD = re.compile(r"\s[Cc]ity$")
# (a city of millions; the gazetteer's BIG_CITY, 100,000 people, ranks namesakes)
_MILLION = 1_000_000


def _in_owner_country(text: str, m: PlaceMatch, doc: DocPlaces,
                      gazetteer: Gazetteer) -> PlaceMatch:
    """``m`` within the country of the place written as its owner; where the gazetteer has
    nothing of that name there, the owner itself ("Dhaka city's Mirpur area" is in Dhaka,
    not in Pakistan's Mirpur; "the Ghaziabad area of Kohat town" in Kohat, not in Uttar
    Pradesh).  A town or district as the owner also says the province: "Saddar Bazaar of
    Peshawar" is not Karachi's Saddar."""
    owner = owner_of(text, m, doc)
    if owner is None or (_DISTRICT_WORD.search(owner.text) and
                         not any(e.kind == "admin2" for e in owner.entries)):
        return m  # (a "Kachi District" the gazetteer knows only as a town in Iran)
    # as the article reads it; "Dhaka city" is the city of millions, not a namesake village
    # in a country the article names more often
    big = [e for e in owner.entries if e.population >= _MILLION] \
        if _CITY_WORD.search(owner.text) else []
    best = gazetteer.resolve(big or owner.entries, countries=doc.countries)
    inner = tuple(e for e in m.entries if e.country == best.country and (
        best.kind in ("country", "admin1") or e.admin1 in (None, best.admin1)))
    if not inner:
        return PlaceMatch(m.start, m.end, m.text, (best,))
    return PlaceMatch(m.start, m.end, m.text, inner) if inner != m.entries else m


def as_written(text: str, m: PlaceMatch, doc: DocPlaces, gazetteer: Gazetteer) -> PlaceMatch:
    """``m`` with the candidates its words rule out set aside.

    A name written as a district ("Mon District") is not a province (Myanmar's Mon State), nor
    one abroad ("the Dara district of Panjshir province" is no Syrian Daraa).
    A place written after its owner ("Dhaka city's Mirpur area") lies in the owner's country,
    or is the owner where the gazetteer has nothing of that name there.
    A place followed by its unit ("Bijapur District of Chhattisgarh", "the Capital region
    of Afghanistan", "Kabul city in the Capital region of Afghanistan": the unit read the
    same way first) lies in it.  Where the gazetteer has nothing of that name there, the
    unit is as precise as the place can be: a district under a province it is not in
    ("Kohistan District of Badakhshan Province"), a name outside the country named; but a
    district stays under its former province ("Khammam District of Andhra Pradesh"), and a
    town the gazetteer places in no such province keeps its own candidates.  A town or
    area before a district written as such ("Nowshera sector of Rajouri District", "Jandola
    area of South Waziristan Agency") is the district's town of that name, or, where the
    gazetteer has none there, the district itself, with the site as written.
    """
    if _DISTRICT_WORD.search(m.text):
        below = tuple(e for e in m.entries if e.kind not in ("admin1", "country"))
        if below and below != m.entries and (any(e.kind == "admin2" for e in below) or not any(
                e.kind == "admin1" and e.country in doc.countries[:1] for e in m.entries)):
            m = PlaceMatch(m.start, m.end, m.text, below)
        districts = [e for e in m.entries if e.kind == "admin2"]
        if len({(e.country, e.admin1) for e in districts}) > 1 or (
                districts and doc.countries[:1] == (districts[0].country,)):
            # (one district of the name in the article's own country: "Aurangabad District"
            # of a Maoist story is Bihar's, not Maharashtra's city; a Nepali story's
            # "Lalitpur District" is no Uttar Pradesh district the gazetteer happens to list)
            # namesake districts: the one the article's context picks says which province
            # the name's towns lie in ("Bijapur District" of a Maoist story is
            # Chhattisgarh's, not Karnataka's Vijayapura, the bigger town)
            d = gazetteer.resolve(districts, countries=doc.countries, admin1s=doc.admin1s)
            inner = tuple(e for e in m.entries if (e.country, e.admin1) == (d.country, d.admin1)
                          and e.admin2 in (None, d.admin2))
            if any(e.kind == "locality" and e.admin2 == d.admin2 for e in inner):
                # (the district's own town, not a namesake placed in no district: GeoNames
                # lists "Visakhapatnam" also as an alias of Rasapudipalem)
                inner = tuple(e for e in inner if e.admin2 == d.admin2)
            m = PlaceMatch(m.start, m.end, m.text, inner)
    if m.entries[0].kind == "country":
        return m
    if _TEHSIL_WORD.search(m.text):
        # a tehsil is a unit of Pakistan and India only: "Sheikhan Kallay of Bara tehsil" is
        # Khyber's Bara, not Nigeria's
        south_asian = tuple(e for e in m.entries if e.country in ("PK", "IN"))
        # (one the gazetteer knows the district of, as a tehsil's seat: Khyber's Bara, not a
        # village of Bihar)
        south_asian = tuple(e for e in south_asian if e.admin2) or south_asian
        if south_asian and south_asian != m.entries:
            m = PlaceMatch(m.start, m.end, m.text, south_asian)
    m = _in_owner_country(text, m, doc, gazetteer)
    gap = _OF_UNIT.match(text, m.end)
    unit = None if gap is None else next(
        (u for u in doc.matches if u.start == gap.end()), None)
    if unit is None:
        gap = _COMMA_UNIT.match(text, m.end)
        unit = None if gap is None else next(
            (u for u in doc.matches if u.start == gap.end() and _DISTRICT_WORD.search(u.text)),
            None)
    if unit is None:
        return _in_township(text, m, doc)
    unit = as_written(text, unit, doc, gazetteer)
    if unit.entries[0].kind == "admin2" and _DISTRICT_WORD.search(unit.text) and \
            m.entries[0].kind in ("locality", "admin2") and not _DISTRICT_WORD.search(m.text):
        # "Nowshera sector of Rajouri District": a town in the district written after it,
        # or, where the gazetteer has no town of that name there, the district (not the
        # namesake district of Khyber Pakhtunkhwa)
        unit_district = unit.entries[0]
        inner = tuple(e for e in m.entries if e.admin2 in (None, unit_district.name) and
                      (e.country, e.admin1) == (unit_district.country, unit_district.admin1))
        if inner and inner != m.entries:
            return PlaceMatch(m.start, m.end, m.text, inner)
        return m if inner else PlaceMatch(m.start, m.end, m.text, (unit_district,))
    if unit.entries[0].kind not in ("admin1", "country") or _DISTRICT_WORD.search(unit.text):
        return m
    owners = [e for e in unit.entries if e.kind == unit.entries[0].kind]
    district = bool(_DISTRICT_WORD.search(m.text))
    if owners[0].kind == "country":
        inner = tuple(e for e in m.entries if e.country in {o.country for o in owners})
        fallback = not district  # ("Dera Ismail Khan District of Afghanistan": a slip)
    elif m.entries[0].kind == "admin1":
        return m
    else:
        keys = {(e.country, e.name) for e in owners}
        inner = tuple(e for e in m.entries if (e.country, e.admin1) in keys)
        fallback = district and not any(
            e.kind == "admin2" and e.country == owners[0].country for e in m.entries)
    if inner and inner != m.entries:
        return PlaceMatch(m.start, m.end, m.text, inner)
    if not inner and fallback:
        return PlaceMatch(m.start, m.end, m.text, (owners[0],))
    return m


# A township set off by a comma after a village: "in Ywathit village, Mohnyin Township".
_COMMA_TOWNSHIP = re.compile(r"(?:\s+(?:[Vv]illage|[Tt]own))?\s*,\s*(?P<seat>[A-Z][\w-]+)\s+"
                             r"[Tt]ownship\b")


def _in_township(text: str, m: PlaceMatch, doc: DocPlaces) -> PlaceMatch:
    """``m`` in the province of the township written after it (Myanmar's townships are named
    after their seats): a namesake village elsewhere is set aside, and where the gazetteer
    has no village of the name there, the township's seat stands for it."""
    gap = _COMMA_TOWNSHIP.match(text, m.end)
    seat = None if gap is None else next(
        (u for u in doc.matches if u.start == gap.start("seat")), None)
    if seat is None or m.entries[0].kind != "locality":
        return m
    provinces = {(e.country, e.admin1) for e in seat.entries if e.kind == "locality"}
    inner = tuple(e for e in m.entries if (e.country, e.admin1) in provinces)
    if inner:
        return m if inner == m.entries else PlaceMatch(m.start, m.end, m.text, inner)
    return PlaceMatch(m.start, m.end, m.text, seat.entries[:1])


def district_told_elsewhere(text: str, m: PlaceMatch, entry: GazEntry,
                             doc: DocPlaces) -> str | None:
    """The district another mention of the town's name places it in, where the gazetteer
    places it in none: "at Miao" told first as "from Miao in Changlang District"."""
    for other in doc.matches:
        gap = _OF_UNIT.match(text, other.end) if other.text == m.text else None
        unit = None if gap is None else next(
            (u for u in doc.matches if u.start == gap.end() and _DISTRICT_WORD.search(u.text)),
            None)
        district = None if unit is None else next(
            (e for e in unit.entries if e.kind == "admin2" and e.country == entry.country and
             e.admin1 == entry.admin1), None)
        if district is not None:
            return district.name
    return None


def written_elsewhere(text: str, w: PlaceMatch, doc: DocPlaces,
                       gazetteer: Gazetteer) -> PlaceMatch:
    """``w`` (a match as written) as another mention of the same name has it, where ``w``
    knows the name only outside the article's country and that mention's unit places it
    there: "in Janikhel area" told again as "in Janikhel area, Frontier Region Bannu" is the
    Pakistani tribal region's, not Afghanistan's Jani Khel."""
    top = doc.countries[:1]
    if not top or w.entries[0].kind == "country" or any(e.country == top[0] for e in w.entries):
        return w
    for other in doc.matches:
        if other.start != w.start and other.text == w.text:
            placed = as_written(text, other, doc, gazetteer)
            if placed.entries != other.entries and placed.entries[0].country == top[0]:
                return PlaceMatch(w.start, w.end, w.text, placed.entries)
    return w
