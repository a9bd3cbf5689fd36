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

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from eventwatch.extract.bare_sites import bare_site
from eventwatch.extract.doc_places import DISTRICT_WORD as _DISTRICT_WORD
from eventwatch.extract.doc_places import (
    DocPlaces,
    countries_of_places,
    route_end,
    the_one_district,
)
from eventwatch.extract.later_sites import later_site
from eventwatch.extract.other_acts import place_line
from eventwatch.extract.scenes import (
    CROSSING,
    IN_PART_AFTER,
    NAMED_DISTRICT_RE,
    ROAD,
    TOWN_SITE,
    is_site,
    local_site,
    part_town,
    told_as_town,
)
from eventwatch.extract.segment import Sentence
from eventwatch.extract.written_places import (
    as_written,
    district_told_elsewhere,
    owner_of,
    written_elsewhere,
)
from eventwatch.models import Evidence, Incident, Place
from eventwatch.resources.gazetteer import GazEntry, Gazetteer, PlaceMatch

KIND_RANK = {"locality": 0, "admin2": 1, "admin1": 2, "country": 3}
PRECISION = {"locality": "locality", "admin2": "district", "admin1": "admin1",
             "country": "country"}

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
# (also with the owner's unit word, which the gazetteer's match may leave out: "in Magway
# Region's Taungdwingyi Township")
_POSSESSIVE_AFTER = re.compile(r"(?:\s+(?:Region|Province|State|Division|Governorate))?"
                               r"(?:['’]s|['’]|\s+s)\s+")
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


_ROAD_TO_BEFORE = re.compile(r"\b(?:road|highway|route)\s+(?:leading\s+)?to\s+(?:the\s+)?"
                             r"(?:(?:community|village|town|city)\s+of\s+)?$", re.I)


def _town_of_the_state(text: str, told_later: Sequence[tuple[PlaceMatch, Sentence]],
                       state: GazEntry,
                       resolve: Callable[[PlaceMatch], GazEntry],
                       ) -> tuple[GazEntry, PlaceMatch] | None:
    """The first town a later sentence of the incident names in ``state``, the admin1 unit
    its first sentence named."""
    for m, s in told_later:
        if not _SCENE_BEFORE.search(text, max(0, m.start - 30), m.start):
            continue  # (not a route's end: "travelling from Fada N'Gourma to Pama")
        if _NAME_BEFORE.search(text, s.start + 1, m.start):
            return None  # a site of its own named before it: "stormed the Lala displacement
            # site in Djugu territory", "arrived on foot in Naquitengue, a village in ..."
        e = resolve(m)
        if e.kind == "locality" and e.admin1 == state.admin1 and e.country == state.country:
            return e, m
    return None


_NAME_BEFORE = re.compile(r"\s(?-i:[A-Z])[a-z]")
# Where an act was: "near Teloloapan", "outside the town of X" (not "between X and Y").
_SCENE_BEFORE = re.compile(r"\b(?:near|outside|at|in)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$",
                           re.I)


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
        written_as = as_written(text, m, doc, gazetteer)
        w = written_elsewhere(text, written_as, doc, gazetteer)
        if w is not written_as:
            elsewhere.add(id(w))
        written.append((w, m, s))
    inside = [(w, s) for w, _, s in written]
    # a name that stands for its owner ("the Kahi area of Hangu": no Kahi the gazetteer
    # knows in Hangu's country; "Pipri area" told elsewhere as "of Bin Qasim Town") is
    # still the site, as written (and so is a village told with its township's seat:
    # "Ywathit village, Mohnyin Township")
    owned = {id(w) for w, m, _ in written
             if w.entries[0] not in m.entries and (owner_of(text, m, doc) is not None or
                                                   w.entries[0].kind in ("admin2", "locality") or
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
            same = _home_unit(text, resolved, doc, gazetteer, top_country)
            owned.update(id(m) for _, m in same)  # (the town is named as written)
        # (else the story's next country the incident names a place of: "in Ruma upazila of
        # Bandarban" of a story that names India once is Bandarban, no Ruma in Serbia)
        same = same or next((found for c in countries[1:] if (
            found := [(e, m) for e, m in resolved if e.country == c])), [])
        resolved = same or resolved
    # (not where a road leads, where another place is named: "Acámbaro: ... gunmen ambushed
    # their patrol on the road to the community of Iramuco" is Acámbaro)
    resolved = [(e, m) for e, m in resolved
                if not _ROAD_TO_BEFORE.search(text, max(0, m.start - 45), m.start)] or resolved
    # Most specific first, then first named; a round-up's place line names the unit, not the
    # site ("KHUSHAB: Two policemen were injured ... near Jauharabad" is Jauharabad).
    line = place_line(first_named.text)
    line_end = first_named.start + first_named.text.find(line) + len(line) \
        if line is not None else -1
    entry, match = min(resolved, key=lambda em: (
        KIND_RANK.get(em[0].kind, 9) + (0.5 if em[1].end <= line_end else 0), em[1].start))
    if entry.kind == "admin2" and (town := part_town(text, told_later, entry, lambda m: (
            gazetteer.resolve(m.entries, countries=countries, admin1s=admin1s)))):
        entry, match = town

    admin2 = entry.admin2
    if admin2 is None:
        for e, m in resolved:
            if e.kind == "admin2" and e.admin1 == entry.admin1 and e.country == entry.country:
                admin2 = e.name
                break
            if m.end <= line_end and e.admin2 and e.admin1 == entry.admin1 and \
                    e.country == entry.country:
                admin2 = e.admin2  # (the district's seat on the place line: "KHUSHAB:")
                break
    if admin2 is None and len(local_admin2) == 1 and entry.kind == "locality" and any(
            e.admin1 == entry.admin1 and e.country == entry.country for e, _ in units):
        # a town the gazetteer places in no district, in the district the sentence names as
        # such ("in Bijbehara town in Anantnag District", the district read as its seat)
        admin2 = next(iter(local_admin2))
    if admin2 is None and entry.kind == "locality":
        admin2 = district_told_elsewhere(text, match, entry, doc)
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
    named = NAMED_DISTRICT_RE.search(text, sentences[0].start, sentences[0].end) \
        if place.admin2 is None and place.country else None
    if place.admin2 is None and place.country and (
            not gazetteer.has_districts(place.country) or (
                # (or where it lists some, one it lacks there: "raided a hideout in the
                # neighboring Jaghatu district" of Afghanistan's Wardak)
                named is not None and entry.kind in ("country", "admin1") and not any(
                    e.kind == "admin2" and e.country == place.country
                    for e in gazetteer.lookup(named.group("name"))))):
        # Where the gazetteer lists no districts for the country, a district the text names
        # as such is taken as written: "the Khwaja Ghar District of Takhar Province".
        if named is None and entry.kind == "admin1":
            # (or the district a later sentence of the incident names as the scene, after a
            # lead that names only the province: "in central Afghanistan's Wardak province ...
            # The attack in Sayedabad district happened as tribal elders gathered")
            named = next((n for s in sentences[1:3]
                          for n in NAMED_DISTRICT_RE.finditer(text, s.start, s.end)
                          if text.startswith("in ", n.start())), None)
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
                    # (or the province's seat named by the province's name: "In Kunduz,
                    # Taliban intelligence forces raided a house in Imam Sahib district")
                    entry.kind == "locality" and entry.name == entry.admin1 and
                    not named.group("name").startswith(entry.name)) or (
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
    if site is None and (entry.kind in ("admin1", "admin2") or (
            entry.kind == "locality" and entry.name in (place.admin2, entry.admin1))):
        # (or a site named with no kind word, in a coarse place: "shot dead by two gunmen
        # riding a motorcycle near his house in Maddi" of Dera Ismail Khan district)
        site = bare_site(text, sentences[0], doc.matches, [*doc.excluded, *records])
    if site is None and entry.kind == "admin1" and (town := _town_of_the_state(
            text, told_later, entry, lambda m: (
                gazetteer.resolve(m.entries, countries=countries, admin1s=admin1s)))):
        # a lead that names only the state, and a later sentence of the incident its town:
        # "Gunmen ambushed a convoy ... in the southern Mexican state of Guerrero ... The
        # convoy was returning from a patrol on a rural road near Teloloapan"
        entry, match = town
        place = Place(country=entry.country, admin1=entry.admin1, admin2=entry.admin2,
                      name=entry.name, precision=PRECISION.get(entry.kind, "country"),
                      lat=entry.lat, lon=entry.lon)
        return place, [Evidence("place", match.start, match.end, match.text)]
    if site is not None and (entry.kind != "country" or TOWN_SITE.match(text, site[0]) or
                             IN_PART_AFTER.match(text, site[1])):
        # (in a country whose units the gazetteer does not know, a town told as one names the
        # place, at the country's point: "around the town of Nyabiondo in Masisi territory";
        # or told in a part of the country: "an army camp in Kokorou in western Niger")
        start, end, name = site
        place.name = name
        place.precision = "exact" if entry.kind == "locality" else place.precision
        if entry.kind in ("admin2", "admin1"):
            place.precision = "locality"
        evidence.insert(0, Evidence("place", start, end, name))
    if place.admin2 is None and entry.kind == "locality" and \
            gazetteer.has_districts(entry.country):
        # (or the district its round-up paragraph's place line names: "SHIKARPUR: Armed
        # dacoits stormed a rice mill near Lakhi ... police exchanged fire with the dacoits in
        # the forest near Madeji")
        place.admin2 = _paragraph_district(text, first_named.start, entry, doc, gazetteer)
    if place.admin2 is None and (site is not None or entry.kind == "locality") and \
            entry.kind != "country" and gazetteer.has_districts(entry.country) and \
            sum(place_line(p) is not None for p in text.split("\n\n")) < 2:
        # (not in a round-up whose parts each open with their place line: "THUL: ... near
        # Thul in Jacobabad district" names no district of "PANO AQIL: ...")
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
        # (a town told only as a village's neighbour is no site: "a raid on a farming
        # village near Oicha ... stormed the village of Kyanzaba")
        told = later_site(text, sentences[1:], doc.matches, in_town=not (
            entry.kind in ("admin1", "admin2") or _DISTRICT_WORD.search(match.text) or
            _VILLAGE_NEAR.search(text, max(0, match.start - 40), match.start)),
            country=place.country, own_unit=place.admin2)
        if told is not None:
            return Place(country=place.country, admin1=place.admin1, admin2=place.admin2,
                         name=told[2], precision="locality", lat=place.lat, lon=place.lon), \
                [Evidence("place", *told), *evidence]
    return place, evidence


def _paragraph_district(text: str, at: int, entry: GazEntry, doc: DocPlaces,
                        gazetteer: Gazetteer) -> str | None:
    """The district the place line of the paragraph holding ``at`` names ("SHIKARPUR:"), in the
    entry's province: the district itself, or a town the gazetteer places in one."""
    start = text.rfind("\n\n", 0, at) + 2 if "\n\n" in text[:at] else 0
    line = place_line(text[start:at])
    if line is None:
        return None
    for m in doc.matches:
        if start <= m.start < start + len(line) + 4 and m.text.upper() == m.text:
            unit = gazetteer.resolve(m.entries, countries=doc.countries, admin1s=doc.admin1s)
            if unit.country == entry.country and unit.admin1 == entry.admin1:
                return unit.name if unit.kind == "admin2" else unit.admin2
    return None


# An unnamed village told by the town it is near: "a raid on a farming village near".
_VILLAGE_NEAR = re.compile(r"\ba\s+(?:[\w-]+\s+)?(?:village|hamlet)\s+near\s+$", re.I)

# A town abroad this big is meant as written, whatever the story's country.
_KNOWN_ABROAD = 100_000


def _home_unit(text: str, resolved: Sequence[tuple[GazEntry, PlaceMatch]], doc: DocPlaces,
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
    towns: list[tuple[int, GazEntry, bool]] = []
    for m in doc.matches:
        if m.text in names:
            continue
        entry = gazetteer.resolve(m.entries, countries=doc.countries, admin1s=doc.admin1s)
        if entry.country in abroad:
            return []  # ("Syria's Hajin": the story places it abroad itself)
        if entry.country == home and entry.kind in ("admin1", "admin2"):
            units.append((m.start, entry, entry.kind == "admin1" or _explicit_unit(m.text)))
        elif entry.country == home and entry.kind == "locality" and entry.admin2 and \
                not ROAD_AFTER_RE.match(text, m.end) and not route_end(text, m):
            towns.append((m.start, entry, False))  # (not a road's namesake: "Ferozepur Road")
    # (a unit named as such first; else a district the story names bare: "West Garo Hills
    # Police ... a teacher ... in Dalu" is Meghalaya's Dalu, not Chongqing's; else a town of
    # the story's own with its district: "near a CTD vehicle in Urmar" of a Peshawar story is
    # no Urmar in India's Punjab)
    units = [u for u in units if u[2]] or units or (
        towns if all(e.population < _KNOWN_ABROAD for e, _ in resolved) else [])
    if not units:
        return []
    at = resolved[0][1].start
    # the most precise unit, nearest before the town (else nearest after it)
    unit = min(units, key=lambda u: (KIND_RANK[u[1].kind], u[0] > at, abs(at - u[0])))[1]
    return [(unit, resolved[0][1])]


# Where a person is from: "a resident of", "hailing from", "Ambala Rajamallu 42 of".
_ORIGIN_BEFORE = re.compile(r"(?:\b(?:residents?|natives?|hailing|hails|belong\w*)\s+(?:of|from|to)"
                            r"|\b\d{1,2}\)?\s*,?\s+of)\s+$", re.I)
_UNIT_OF_BEFORE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
# A later sentence's scene, as a report writes one: "at Nazneenpora village", "in Thoubal
# District", "in Juhan area of Kalat District".
# (a district the gazetteer lacks before its province: "in the Kot District of Nangarhar")
# (or passed through: "as the Levies vehicle was passing through the Saranan area of Pishin")
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|through)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}"
                           r"(?:village|area|sector|town|locality|[Dd]istrict)\s+(?:of|in)\s+)?$")
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


# How far from the dateline's city a town the gazetteer gives no district may lie to be
# taken as in the city's district (a district of Pakistan or India spans 30 to 80 km).
_SEAT_REACH_KM = 45.0


def dateline_seat(text: str, start: int, end: int, doc: DocPlaces,
                  gazetteer: Gazetteer) -> tuple[GazEntry, PlaceMatch] | None:
    """The district (or the district's seat town) the dateline names, with its match."""
    for m in doc.matches:
        if start <= m.start < end:
            entry = gazetteer.resolve(m.entries, countries=doc.countries, admin1s=doc.admin1s)
            if entry.kind == "admin2" or (entry.kind == "locality" and entry.admin2):
                return entry, m
    return None


def in_dateline_district(incident: Incident, seat: tuple[GazEntry, PlaceMatch] | None) -> None:
    """Give the incident's place the dateline's district (with the dateline's name as its
    evidence) where it is a town the gazetteer gives none, in the same province and near the
    dateline's city: "LAHORE: ... threw a hand grenade at a police picket on Ferozepur Road in
    Kahna" is in Lahore district, as a coder reads it."""
    place = incident.place
    if seat is None:
        return
    entry, match = seat
    if place.admin2 is not None or place.precision != "locality" or \
            place.country != entry.country or place.admin1 != entry.admin1 or \
            place.lat is None or place.lon is None or entry.lat is None or entry.lon is None:
        return
    lat = math.radians((place.lat + entry.lat) / 2)
    km = 111.2 * math.hypot(place.lat - entry.lat, (place.lon - entry.lon) * math.cos(lat))
    if km <= _SEAT_REACH_KM:
        incident.place = replace(place, admin2=entry.admin2 or entry.name)
        incident.evidence.append(Evidence("place", match.start, match.end, match.text))
