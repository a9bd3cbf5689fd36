"""Stage 5: places.  Reads the gazetteer matches of the article and the sentences of one
incident; writes the incident's :class:`Place` (country, admin1, admin2, the named place,
precision, coordinates) with evidence.

Disambiguation uses the article's own context: the countries and provinces it names (an
explicit "Takhar Province" outweighs a same-named town elsewhere), then population.  A named
site that the gazetteer does not know ("Adezai village", "Sariab Road") is kept as the place
name with ``exact`` precision and the coordinates of the unit that contains it.  Places that
are not where the event happened ("a Peshawar hospital", "a resident of Swat") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.doc_places import DISTRICT_WORD as _DISTRICT_WORD
from eventwatch.extract.doc_places import (
    DocPlaces,
    countries_of_places,
    route_end,
    the_one_district,
)
from eventwatch.extract.scenes import (
    CROSSING,
    ROAD,
    TOWN_SITE,
    is_site,
    later_site,
    local_site,
    part_town,
    told_as_town,
)
from eventwatch.extract.segment import Sentence
from eventwatch.models import Evidence, Place
from eventwatch.resources.gazetteer import GazEntry, Gazetteer, PlaceMatch

KIND_RANK = {"locality": 0, "admin2": 1, "admin1": 2, "country": 3}
PRECISION = {"locality": "locality", "admin2": "district", "admin1": "admin1",
             "country": "country"}

NAMED_DISTRICT_RE = re.compile(
    # (its owner before it is no part of its name: "in Baghdad's Sadr City district")
    r"\b(?:in|of|at)\s+(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[Dd]istrict\b")
# A road or a spot named after a town: "Charsadda Road", "Chaman rail crossing" (Quetta).
# (also the first of two towns a road joins: "on Peshawar Torkham road near Shahgai Fort in
# Jamrud tehsil", "on Quetta Mastung road in New Sariab area of Quetta")
ROAD_AFTER_RE = re.compile(rf"\s+(?:(?:[A-Z][a-z]+\s+)?{ROAD}|"
                           rf"(?:{CROSSING}|[Aa]dda|Colony|Park|Chowk|Market)\b)")

# "in South Waziristan Agency": the unit the scene lies in ("tribesmen of Orakzai Agency" says
# where people come from).
# (or the gloss of a place named after "in": "in Peshawar (Peshawar District)";
# or after a site and a comma: "at Thingou village, Tamenglong District")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$|\bin\s+(?:[A-Z][\w’'-]*\s+){1,2}\($|"
                        r"\b(?:[Vv]illage|[Tt]own|[Aa]rea|[Bb]azaa?r|[Bb]lock|[Tt]ehsil),\s+$")
# The unit a site is "of", where the sentence names no unit "in" which it happened: "in Saleem
# Khan area of Swabi District" (not the unit of a force: "A Superintendent of Police (SP) of
# Elite Force (Bannu)").
_SITE_OF_BEFORE = re.compile(r"\b(?:[Vv]illage|[Aa]rea|[Tt]ehsil|[Bb]lock)\s+of\s+(?:the\s+)?$")


# The possessive after a place that owns the next: "Bihar s Munger District", "Quetta's".
_TOWN_APPOSITIVE = re.compile(r",\s+an?\s+(?:[\w-]+\s+)?(?:town|village|city)\s+(?:in|of|near)\b")
_POSSESSIVE_AFTER = re.compile(r"(?:['’]s|['’]|\s+s)\s+")
# A relative clause that tells someone's record: ", who were allegedly involved in ... ,".
_RECORD_CLAUSE = re.compile(r",\s*(?:who|which)\s+(?:(?:was|were|had\s+been|have\s+been|"
                            r"allegedly|reportedly)\s+){0,2}(?:involved\s+in|accused\s+(?:of|in)|"
                            r"wanted\s+(?:in|for)|responsible\s+for|"
                            r"played\s+(?:a|an)\s+(?:\w+\s+)?role\s+in)\b"
                            # (closed by its comma before the main verb: not "who was involved in
                            # ... cases was shot dead ... in Mawach Goth area ..., reported")
                            r"(?:(?!\b(?:was|were|is|are|has|have|had)\b)[^;:])*?,", re.I)


# Where the act is said to have taken place: "The attack took place in Khar".
_TOOK_PLACE_BEFORE = re.compile(r"\b(?:took\s+place|happened|occurred)\s+(?:in|at|near)\s+"
                                r"(?:the\s+)?$", re.I)


def _explicit_unit(surface: str) -> bool:
    """A name written with its unit ("Mastung District", "Khyber Agency", "Takhar Province")."""
    return bool(re.search(r"\b(?:district|agency|province|tehsil|division|state|region)$",
                          surface, re.I))


def incident_place(text: str, sentences: Sequence[Sentence], doc: DocPlaces,
                   gazetteer: Gazetteer, held_from: bool = False,
                   arrested_from: bool = False,
                   from_dateline: bool = False) -> tuple[Place, list[Evidence]]:
    """Where one incident happened, resolved as precisely as its text allows; with
    ``held_from``, a place people were arrested or arms recovered from counts as the scene;
    with ``arrested_from``, a place named right after an arrest ("arrested ... from X");
    ``from_dateline``: ``doc`` holds the dateline's place only, which stands for the country
    where the sentence names a district the gazetteer lacks."""
    inside = []
    origin_end = -1  # where a place that is no scene ends ("42 of Bellampalli")
    for s in sentences:
        for m in doc.matches:
            if not s.start <= m.start < s.end:
                continue
            # (the unit right after a home is the home's: "42 of Bellampalli in Mancherial
            # District")
            if is_site(text, m, s.start, held_from, arrested_from) and not (
                    m.start > origin_end >= 0 and
                    _UNIT_OF_BEFORE.fullmatch(text, origin_end, m.start)):
                inside.append((m, s))
                continue
            if _ORIGIN_BEFORE.search(text, max(s.start, m.start - 40), m.start):
                origin_end = m.end
    if not inside:
        return Place(), []
    # a record set off by commas tells where the doers acted before, when the sentence names
    # a scene after it ("Three CPI Maoist cadres, who were allegedly involved in the Jiram
    # valley attack ... in Bastar District on May 25, 2013, were killed in an encounter ...
    # in Metapal village of Dantewada District" is Metapal)
    records = [r.span() for s in sentences for r in _RECORD_CLAUSE.finditer(text, s.start, s.end)]
    if records:
        outside = [(m, s) for m, s in inside if not any(a <= m.start < b for a, b in records)]
        inside = outside or inside
    # the owner of the place named next is no site itself ("in Bihar s Munger District" is
    # Munger, not the town of Bihar Sharif)
    owners = [i for i, (m, _) in enumerate(inside) if (own := _POSSESSIVE_AFTER.match(text, m.end))
              and any(o.start == own.end() for o, _ in inside)]
    if owners:
        inside = [ms for i, ms in enumerate(inside) if i not in owners]
    # "on Charsadda Road in the jurisdiction of Daudzai Police Station in Peshawar": a road
    # named after a town is not in it; another place named in the text says where it runs.
    # (and so are the towns a route joins: "blocked the Quetta-Karachi highway near Surab")
    roads = [i for i, (m, _) in enumerate(inside)
             if ROAD_AFTER_RE.match(text, m.end) or route_end(text, m)]
    if roads and len(roads) < len(inside):
        inside = [ms for i, ms in enumerate(inside) if i not in roads]
    # "Bijapur District of Chhattisgarh", "Kohistan District of Badakhshan Province": the
    # unit written after a place says which namesake it is, or, where the gazetteer has
    # none there, that the unit is as precise as the gazetteer can be.
    written: list[tuple[PlaceMatch, PlaceMatch, Sentence]] = []
    elsewhere: set[int] = set()  # (placed by another mention of the name)
    for m, s in inside:
        as_written = _as_written(text, m, doc, gazetteer)
        w = _written_elsewhere(text, as_written, doc, gazetteer)
        if w is not as_written:
            elsewhere.add(id(w))
        written.append((w, m, s))
    inside = [(w, s) for w, _, s in written]
    # a name that stands for its owner ("the Kahi area of Hangu": no Kahi the gazetteer
    # knows in Hangu's country; "Pipri area" told elsewhere as "of Bin Qasim Town") is
    # still the site, as written
    owned = {id(w) for w, m, _ in written
             if w.entries[0] not in m.entries and (_owner_of(text, m, doc) is not None or
                                                   w.entries[0].kind == "admin2" or
                                                   id(w) in elsewhere)}
    # The first sentence that names a place is where the incident is told; later context
    # ("al Qaeda's branch in the Sahel", "the road to Kabul") does not move it.
    first_named = inside[0][1]
    told_later = [(m, s) for m, s in inside if s is not first_named]
    inside = [(m, s) for m, s in inside if s is first_named]
    # Explicit provinces and districts in the incident's first sentence come first.
    first = sentences[0]
    local_admin1 = [gazetteer.resolve(m.entries, countries=doc.countries).admin1
                    for m, s in inside if m.entries[0].kind in ("admin1", "admin2") and s is first
                    and (m.entries[0].kind == "admin1" or _explicit_unit(m.text))]
    # (units named as such first: "Chirang Police ... in Chirang District" is Assam's district,
    # not Bhutan's province)
    # (not a name told as a neighbourhood: "in Murshidabad locality on the Kohat Road in
    # Peshawar" is no Indian district)
    local_countries = [gazetteer.resolve(m.entries, countries=doc.countries).country
                       for m, _ in sorted(inside, key=lambda ms: not _explicit_unit(ms[0].text))
                       if m.entries[0].kind in ("admin1", "admin2") and
                       not _NEIGHBOURHOOD_AFTER.match(text, m.end)]
    local_countries += countries_of_places(text, [m for m, s in inside if s is first])
    countries = tuple(dict.fromkeys([*local_countries, *doc.countries]))
    admin1s = tuple(a for a in dict.fromkeys([*local_admin1, *doc.admin1s]) if a)
    resolved = [(gazetteer.resolve(m.entries, countries=countries, admin1s=admin1s), m)
                for m, _ in inside]
    if local_admin1:
        consistent = [(e, m) for e, m in resolved
                      if e.kind == "country" or e.admin1 in local_admin1]
        resolved = consistent or resolved
    # A district named as such in the incident's first sentence ("in Rustam Bazaar in South
    # Waziristan Agency") rules out a namesake town of another district (Rustam, Mardan).
    # (or, where none is named "in" which it happened, the one a site is "of")
    stated = [(e, m) for e, m in resolved if _explicit_unit(m.text)
              and any(m is mm and s is first for mm, s in inside)]
    units = next((found for before in (_IN_BEFORE, _SITE_OF_BEFORE) if (found := [
        (e, m) for e, m in stated if before.search(text, max(0, m.start - 40), m.start)])), [])
    local_admin2 = {e.name for e, m in units if e.kind == "admin2"} or {
        # (a district resolved to its seat of the same name: "in Peshawar (Peshawar
        # District)", where no other district is named so)
        x.name for e, m in units if e.kind == "locality" for x in m.entries
        if x.kind == "admin2" and x.country == e.country and x.admin1 == e.admin1}
    if len(local_admin2) == 1:  # two districts named: which one is the scene is unclear
        # (nor a district named bare: "from Noney in Tamenglong District" is a town of
        # Tamenglong as the report has it, though Noney is a district of its own since 2016)
        resolved = [(e, m) for e, m in resolved
                    if e.kind not in ("locality", "admin2") or e.admin2 is None or
                    e.admin2 in local_admin2] or resolved
    top_country = countries[0] if countries else None
    if top_country:
        same = [(e, m) for e, m in resolved if e.country == top_country]
        if not same:
            same = _home_unit(resolved, doc, gazetteer, top_country)
            owned.update(id(m) for _, m in same)  # (the town is named as written)
        # (else the story's next country the incident names a place of: "in Ruma upazila of
        # Bandarban" of a story that names India once is Bandarban, no Ruma in Serbia)
        same = same or next((found for c in countries[1:] if (
            found := [(e, m) for e, m in resolved if e.country == c])), [])
        resolved = same or resolved
    # Most specific first, then first named.
    entry, match = min(resolved, key=lambda em: (KIND_RANK.get(em[0].kind, 9), em[1].start))
    if entry.kind == "admin2" and (town := part_town(text, told_later, entry, lambda m: (
            gazetteer.resolve(m.entries, countries=countries, admin1s=admin1s)))):
        entry, match = town
    admin2 = entry.admin2
    if admin2 is None:
        for e, _ in resolved:
            if e.kind == "admin2" and e.admin1 == entry.admin1 and e.country == entry.country:
                admin2 = e.name
                break
    if admin2 is None and len(local_admin2) == 1 and entry.kind == "locality" and any(
            e.admin1 == entry.admin1 and e.country == entry.country for e, _ in units):
        # a town the gazetteer places in no district, in the district the sentence names as
        # such ("in Bijbehara town in Anantnag District", the district read as its seat)
        admin2 = next(iter(local_admin2))
    if admin2 is None and entry.kind == "locality":
        admin2 = _district_told_elsewhere(text, match, entry, doc)
    if admin2 is None and entry.kind == "locality" and gazetteer.has_districts(entry.country):
        # (or the one district the first sentence names as such after "of": "in Tangi and
        # Shabqadar tehsil revenueunit of Charsadda District")
        # (a district resolved to its seat of the same name: "Charsadda District")
        districts_named = {e.admin2 for e, m in resolved
                           if e.kind in ("admin2", "locality") and e.admin2 and
                           _DISTRICT_WORD.search(m.text) and
                           e.country == entry.country and e.admin1 == entry.admin1 and
                           any(m is mm and s is first for mm, s in inside)}
        if len(districts_named) == 1:
            admin2 = next(iter(districts_named))
    place = Place(
        country=entry.country,
        admin1=entry.admin1 if entry.kind != "country" else None,
        admin2=admin2,
        name=entry.name if entry.kind != "admin1" or entry.former is None else match.text,
        precision=PRECISION.get(entry.kind, "country"),
        lat=entry.lat,
        lon=entry.lon,
    )
    evidence = [Evidence("place", match.start, match.end, match.text)]
    if place.admin2 is None and place.country and not gazetteer.has_districts(place.country):
        # Where the gazetteer lists no districts for the country, a district the text names
        # as such is taken as written: "the Khwaja Ghar District of Takhar Province".
        named = NAMED_DISTRICT_RE.search(text, sentences[0].start, sentences[0].end)
        if named is None and entry.kind == "locality":
            # (or the town's own district where a later sentence tells where the act hit:
            # "Two of the shells struck houses in Mogadishu's Wardhigley district" after
            # "MOGADISHU - Al-Shabaab militants fired several mortar shells")
            named = next((n for s in sentences[1:]
                          for n in NAMED_DISTRICT_RE.finditer(text, s.start, s.end)
                          if any(m.entries[0] == entry and _POSSESSIVE_AFTER.fullmatch(
                              text, m.end, n.start("name")) for m in doc.matches)), None)
        if named and not any(p.start <= named.start("name") < p.end and
                             p.entries[0].kind in ("admin1", "country") for p in doc.matches):
            place.admin2 = named.group("name")
            evidence.append(Evidence("place", named.start("name"), named.end("name"),
                                     named.group("name")))
            if entry.kind in ("country", "admin1") or (
                    # (or a city's own district, after its possessive: "in Mogadishu's Hodan
                    # district" is Hodan)
                    entry.kind == "locality" and any(
                        (m is match or m.entries[0] == entry) and _POSSESSIVE_AFTER.fullmatch(
                            text, m.end, named.start("name")) for m in doc.matches)):
                # the district is the most precise place named: "Dang District" of Nepal is
                # named Dang, not Nepal, "the Paryan district of Panjshir province" Paryan
                # (the point and its precision stay the country's or the province's)
                place.name = named.group("name")
            elif from_dateline and (country := gazetteer.country_entry(place.country)):
                # ... and so it is where the town is only the dateline's: "KATHMANDU — A
                # pressure cooker bomb went off ... in Sindhuli district" is not in Kathmandu
                place = Place(country=place.country, admin2=place.admin2, name=place.admin2,
                              precision="country", lat=country.lat, lon=country.lon)
                return place, evidence[1:]
    site = local_site(text, sentences, doc.matches, match, place.admin2,
                      [*doc.excluded, *records], place.country) or (
        _site_as_written(match) if id(match) in owned else None)
    if site is not None and (entry.kind != "country" or TOWN_SITE.match(text, site[0])):
        # (in a country whose units the gazetteer does not know, a town told as one names the
        # place, at the country's point: "around the town of Nyabiondo in Masisi territory")
        start, end, name = site
        place.name = name
        place.precision = "exact" if entry.kind == "locality" else place.precision
        if entry.kind in ("admin2", "admin1"):
            place.precision = "locality"
        evidence.insert(0, Evidence("place", start, end, name))
    if place.admin2 is None and (site is not None or entry.kind == "locality") and \
            entry.kind != "country" and gazetteer.has_districts(entry.country):
        # a site in the one district the story names as such, in its province ("killed two
        # villagers in separate incidents in Gadchiroli District ... abducted Bajirao Madavi
        # (44) from Yedaskuhi village in Kurkheda tehsil")
        place.admin2 = the_one_district(entry, doc)
    later = [s for s in sentences if s.start > first_named.start and any(
        s.start <= m.start < s.end and ((
            _SCENE_BEFORE.search(text, max(0, m.start - 60), m.start) and (
                _explicit_unit(m.text) or _KIND_AFTER.match(text, m.end) or
                _VILLAGE_WORD.search(m.text) or
                # ("21 attackers in Nioro du Sahel, a town in the Kayes region")
                _TOWN_APPOSITIVE.match(text, m.end))) or
            # (or any place where the act is said to have taken place: "The attack took place
            # in Khar, the main town of Bajaur")
            _TOOK_PLACE_BEFORE.search(text, max(s.start, m.start - 25), m.start) or
            # (or a town told as one, or the site of the act in it: "near the avocado-growing
            # city of Uruapan", "arrived at the boarding school in Kankara", "The strike on
            # the city's Saltivka neighborhood")
            told_as_town(text, s.start, m.start) or _NEIGHBOURHOOD_AFTER.match(text, m.end))
        for m in doc.matches)] \
        if entry.kind in ("admin1", "admin2", "country") and site is None else []
    if later:
        # Where the first place named is only a province or a country, a later sentence of
        # the incident may say where in it: "foiled two infiltration attempts along the LoC
        # in Jammu and Kashmir ... troops in the forward areas at Gorital sector of
        # Lachipora village in Uri in Baramulla District"
        inner, inner_evidence = incident_place(text, later, doc, gazetteer, held_from,
                                               arrested_from)
        # (or where in a district: "arrested a HM militant ... in Budgam District on March 19
        # ... launched a search operation at Rathsun village in the District")
        # (in a country, a province is more: "killed ... in a strike in the border region
        # between the Afghanistan and Pakistan ... in the Kot District of Nangarhar province")
        coarse = (None, "country") if entry.kind == "country" else (None, "admin1", "country")
        if inner.country == place.country and inner.precision not in coarse and (
                entry.kind == "country" or inner.admin1 == place.admin1) and (
                entry.kind != "admin2" or (inner.admin2 == place.admin2 and
                                           inner.precision != "admin2")):
            return inner, inner_evidence
    if site is None and entry.kind in ("admin1", "admin2", "locality"):
        # (or a village or area the gazetteer lacks, where a later sentence of the incident
        # says it happened: "The gunfight broke out ... near Tumalpad village"; in a town,
        # only an area told as the town's: "raided a house in the town's Ghop area"; in a
        # province or region too: "The jet dropped two bombs on Kyauk Sin village")
        told = later_site(text, sentences[1:], doc.matches, in_town=not (
            entry.kind in ("admin1", "admin2") or _DISTRICT_WORD.search(match.text)),
            country=place.country)
        if told is not None:
            return Place(country=place.country, admin1=place.admin1, admin2=place.admin2,
                         name=told[2], precision="locality", lat=place.lat, lon=place.lon), \
                [Evidence("place", *told), *evidence]
    return place, evidence


# A town abroad this big is meant as written, whatever the story's country.
_KNOWN_ABROAD = 100_000


def _home_unit(resolved: Sequence[tuple[GazEntry, PlaceMatch]], doc: DocPlaces,
               gazetteer: Gazetteer, home: str) -> list[tuple[GazEntry, PlaceMatch]]:
    """Where the incident names only towns the gazetteer knows abroad, in countries nothing
    else in the story speaks for, the town is one of the story's own country the gazetteer
    lacks: it lies in the district (else the province) the story names there, nearest
    before it ("On February 4, three militants were killed in a gunfight at Hajin" of a
    story told "at Hajin area of North Kashmir's Bandipora District" is Bandipora's Hajin,
    not Syria's).  Empty where another name speaks for a country abroad."""
    if any(e.kind != "locality" or (e.population >= _KNOWN_ABROAD and
                                    m.text.lower() == e.name.lower()) for e, m in resolved):
        return []  # (a city abroad is meant: "shot dead ... in Peshawar" of an Afghan story;
        # not one reached by another name: "In Mambasa territory" is no Mombasa)
    abroad = {e.country for e, _ in resolved}
    names = {m.text for _, m in resolved}
    units: list[tuple[int, GazEntry, bool]] = []
    for m in doc.matches:
        if m.text in names:
            continue
        entry = gazetteer.resolve(m.entries, countries=doc.countries, admin1s=doc.admin1s)
        if entry.country in abroad:
            return []  # ("Syria's Hajin": the story places it abroad itself)
        if entry.country == home and entry.kind in ("admin1", "admin2"):
            units.append((m.start, entry, entry.kind == "admin1" or _explicit_unit(m.text)))
    # (a unit named as such first; else a district the story names bare: "West Garo Hills
    # Police ... a teacher ... in Dalu" is Meghalaya's Dalu, not Chongqing's)
    units = [u for u in units if u[2]] or units
    if not units:
        return []
    at = resolved[0][1].start
    # the most precise unit, nearest before the town (else nearest after it)
    unit = min(units, key=lambda u: (KIND_RANK[u[1].kind], u[0] > at, abs(at - u[0])))[1]
    return [(unit, resolved[0][1])]


# Where a person is from: "a resident of", "hailing from", "Ambala Rajamallu 42 of".
_ORIGIN_BEFORE = re.compile(r"(?:\b(?:residents?|natives?|hailing|hails|belong\w*)\s+(?:of|from|to)"
                            r"|\b\d{1,2}\)?\s*,?\s+of)\s+$", re.I)
_TEHSIL_WORD = re.compile(r"\s[Tt]ehsil$")
_UNIT_OF_BEFORE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
# A later sentence's scene, as a report writes one: "at Nazneenpora village", "in Thoubal
# District", "in Juhan area of Kalat District".
# (a district the gazetteer lacks before its province: "in the Kot District of Nangarhar")
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:village|"
                           r"area|sector|town|locality|[Dd]istrict)\s+(?:of|in)\s+)?$")
# (a tehsil too: "The blast targeted a convention ... in the Khar tehsil of the district")
_KIND_AFTER = re.compile(r"\s+(?:village|area|sector|town|locality|tehsil)\b")
_NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?:locality|mohalla|colony|neighbou?rhood)\b", re.I)


# The kind word the gazetteer's match took in ("Katra village"): not part of the site's name.
_VILLAGE_WORD = re.compile(r"\s+(?:[Vv]illage|[Tt]ehsil)$")


def _site_as_written(match: PlaceMatch) -> tuple[int, int, str]:
    """``match`` as a site's (start, end, name), without the kind word it took in."""
    word = _VILLAGE_WORD.search(match.text)
    end = match.end if word is None else match.start + word.start()
    return match.start, end, match.text[:end - match.start]


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


def _owner_of(text: str, m: PlaceMatch, doc: DocPlaces) -> PlaceMatch | None:
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
    owner = _owner_of(text, m, doc)
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


def _as_written(text: str, m: PlaceMatch, doc: DocPlaces, gazetteer: Gazetteer) -> PlaceMatch:
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
        return m
    unit = _as_written(text, unit, doc, gazetteer)
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


def _district_told_elsewhere(text: str, m: PlaceMatch, entry: GazEntry,
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


def _written_elsewhere(text: str, w: PlaceMatch, doc: DocPlaces,
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
            placed = _as_written(text, other, doc, gazetteer)
            if placed.entries != other.entries and placed.entries[0].country == top[0]:
                return PlaceMatch(w.start, w.end, w.text, placed.entries)
    return w
