"""Stage 5: places, first the article's.  Reads the whole article once; writes its gazetteer matches
(less those that name no place of the story: :mod:`not_places`) and the countries and
provinces it names, ranked by how often, which :mod:`places` resolves each incident's place
against; also the countries a sentence names as its places' own (:func:`countries_of_places`)
and the country in an armed group's name (:func:`group_country`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from eventwatch.extract.not_places import (
    ACTOR_AFTER,
    ACTOR_BEFORE,
    BRANCH_AFTER,
    COLONY_AFTER,
    COMPOUND_BEFORE,
    FOREIGN_FORCES_BEFORE,
    IDENTIFIED_AS,
    INSTITUTION_AFTER,
    MONTH_ABBR,
    NAMED_SITE_AFTER,
    PERSON_NAME_AFTER,
    PERSON_NAME_BEFORE,
    ROUTE_END,
    ROUTE_JOIN_BEFORE,
    ROUTE_START,
    UNIT_NAME_AFTER,
)
from eventwatch.extract.segment import Sentence
from eventwatch.models import Evidence, Place
from eventwatch.resources.gazetteer import GazEntry, Gazetteer, PlaceMatch

__all__ = ["DISTRICT_SUFFIX", "DISTRICT_WORD", "DocPlaces", "countries_of_places",
           "document_places", "group_country", "route_end", "section_countries",
           "the_one_district", "without"]

# A name written as a district or an agency: "Chirang District", "Khyber Agency".
DISTRICT_SUFFIX = re.compile(r"\s(?:[Dd]istrict|[Aa]gency)$")
_STATION_AFTER = re.compile(r"\s+(?:[Pp]olice\s+[Ss]tation|PS|[Tt]hana)\b")
# "the Somali capital": a national adjective before "capital", whatever place shares its name
# (and before "border": "a police post in Mandera county near the Somali border" is Kenya's).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CAPITAL_AFTER = re.compile(r"\s+(?:capital|border|frontier)\b")
# ... also where the adjective is no place's name: "in the Afghan capital"
_ADJECTIVE_CAPITAL = re.compile(r"\b[Tt]he\s+(?P<adj>[A-Z][a-z]{3,})\s+capital\b")


# A demonym's ending: "Malian", "Somali", "Sudanese", "Turkish".
_DEMONYM_END = re.compile(r"(?:an|i|ese|ish)$")



# (not "close to the Taftan border terminal": near it, a place of the story)
_TO_THE_BEFORE = re.compile(r"\b(?:towards?|(?<!close\s)(?<!next\s)to|across|into|over|from)"
                            r"\s+the\s+$", re.I)
_BORDER_AFTER = re.compile(r"\s+border\b", re.I)

def _foreign_adjective(text: str, m: PlaceMatch, gazetteer: Gazetteer) -> bool:
    """Whether a town's or a province's name is a country's adjective before that country's
    men or arms, where the place lies in no such country ("Malian soldiers" are no town of
    Iran's Fars province GeoNames also calls Malian)."""
    if m.entries[0].kind == "country" or not _DEMONYM_END.search(m.text) or \
            not ACTOR_AFTER.match(text, m.end):
        return False
    country = gazetteer.country_of_adjective(m.text)
    return country is not None and all(e.country != country.country for e in m.entries)


def _capitals_named_by_adjective(text: str, matches: Sequence[PlaceMatch],
                                 gazetteer: Gazetteer) -> tuple[PlaceMatch, ...]:
    """A country's adjective after "the" and before "capital" names that country's capital
    where the gazetteer has it, else the country ("A car bomb exploded near a hotel in the
    Somali capital" is Mogadishu, not Ethiopia's Somali Region; "in the Afghan capital",
    where "Afghan" is no place's name, Kabul); before "border" or "frontier" the country."""
    out = []
    for m in matches:
        after = _CAPITAL_AFTER.match(text, m.end)
        country = None if m.entries[0].kind == "country" or not (
            after and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)) else \
            gazetteer.country_of_adjective(m.text)
        # (the capital is its city, where the gazetteer has it: Mogadishu)
        capital = gazetteer.capital_of(country) if after and country is not None and \
            after.group(0).strip() == "capital" else None
        out.append(m if country is None else PlaceMatch(m.start, m.end, m.text,
                                                        (capital or country,)))
    if "capital" in text:
        for named in _ADJECTIVE_CAPITAL.finditer(text):
            start, end = named.span("adj")
            country = None if any(m.start < end and start < m.end for m in matches) else \
                gazetteer.country_of_adjective(named.group("adj"))
            if country is not None:
                out.append(PlaceMatch(start, end, named.group("adj"),
                                      (gazetteer.capital_of(country) or country,)))
        out.sort(key=lambda m: m.start)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class DocPlaces:
    """All place matches of an article with the context used to resolve them."""

    matches: tuple[PlaceMatch, ...]
    countries: tuple[str, ...]
    admin1s: tuple[str, ...]
    # the actor names' spans, no site's name ("by a team of Assam Rifles in Senapati
    # District" names no site "Assam Rifles")
    excluded: tuple[tuple[int, int], ...] = ()


def _within(m: PlaceMatch, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}\b")
# Units of one country's own: Bangladesh's upazilas, Nepal's rural municipalities.
_UNIT_WORD = re.compile(r"\b(?:[Uu]pazila|[Rr]ural\s+[Mm]unicipality)\b")
_UNIT_COUNTRY = {"upaz": "BD", "muni": "NP"}


def route_end(text: str, m: PlaceMatch) -> bool:
    """A town named as an end of a route: "the Quetta-Karachi highway"."""
    if text[m.end:m.end + 2].strip()[:1] not in ("-", "–") and \
            text[max(0, m.start - 2):m.start].strip()[-1:] not in ("-", "–"):
        return False  # (no dash beside it: the common case, made fast)
    return m.entries[0].kind in ("locality", "admin2", "admin1") and bool(
        ROUTE_START.match(text, m.end) or (
            ROUTE_JOIN_BEFORE.search(text, max(0, m.start - 30), m.start) and
            ROUTE_END.match(text, m.end)))


def document_places(text: str, gazetteer: Gazetteer,
                    excluded: Sequence[tuple[int, int]] = (),
                    actor_countries: Sequence[Sequence[str]] = (),
                    group_names: Sequence[tuple[int, int]] = ()) -> DocPlaces:
    """Scan the article once; rank its countries and provinces by how often they are named.

    ``excluded`` spans (actor names such as "Tehrik-i-Taliban Pakistan") are not places.
    ``actor_countries``: the countries each armed group named operates in (the actor
    base's); where the story names no country, each mention adds one vote, shared among
    its countries, so that its towns are read where its actors are ("NDFB militants ... at
    Samugaon in Chirang District" is Assam's Chirang, not Bhutan's), not in a bigger
    namesake abroad.  ``group_names``: the spans of armed groups' names, whose country
    stands for the place where the story names none.
    """
    every = gazetteer.scan(text)
    scanned = [m for m in every if not any(s < m.end and m.start < e for s, e in excluded)]
    # A province in an actor's name is no place of the story, but it says the country: a
    # force named for its province serves there ("the Sindh Rangers raided sector offices
    # of the MQM in Hyderabad District" is Pakistan's Hyderabad, not India's)
    named_units = [m.entries[0] for m in every
                   if m.entries[0].kind == "admin1" and
                   len({e.country for e in m.entries}) == 1 and
                   _within(m, excluded)]
    # A name read as a person's once ("identified as Khalil Ahmad") is his all through the
    # story ("the person who shot Khalil"), not Hebron (al-Khalil)
    persons = {m.text for m in scanned
               if PERSON_NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
               or PERSON_NAME_AFTER.match(text, m.end)}
    if scanned and "identified as" in text:
        persons.update(w for m in IDENTIFIED_AS.finditer(text) for w in m.group(1).split())
    matches = tuple(m for m in scanned
                    if m.text not in persons
                    and not _foreign_adjective(text, m, gazetteer)
                    and not (m.entries[0].kind == "locality" and (
                        UNIT_NAME_AFTER.match(text, m.end) or COLONY_AFTER.match(text, m.end) or
                        (INSTITUTION_AFTER.match(text, m.end) and
                         m.text.lower() != m.entries[0].name.lower())))
                    # (and one named after a province: "Bihar Colony" in Karachi)
                    and not (m.entries[0].kind == "admin1" and COLONY_AFTER.match(text, m.end))
                    and not (m.entries[0].kind == "country" and
                             (NAMED_SITE_AFTER.match(text, m.end) or
                              FOREIGN_FORCES_BEFORE.search(text, max(0, m.start - 50),
                                                           m.start)))
                    and not (m.entries[0].kind == "locality" and
                             COMPOUND_BEFORE.search(text, max(0, m.start - 20), m.start))
                    and not (MONTH_ABBR.fullmatch(m.text) and _DAY_AFTER.match(text, m.end))
                    # (a border the doers went to, or came from, is the other side's: "the
                    # attackers retreated towards the Mizoram border" in Bandarban)
                    and not (_TO_THE_BEFORE.search(text, max(0, m.start - 12), m.start) and
                             _BORDER_AFTER.match(text, m.end))
                    and not BRANCH_AFTER.match(text, m.end))
    if not matches:
        # A story that names no place but a country in a group's name ("... cadres of the
        # Communist Party of India Maoist (CPI Maoist) triggered a blast"): that country is
        # the best the story says of where (not a province: the NSCN "of Nagaland" acts in
        # Manipur too; nor a state force's name: the Assam Rifles serve all over India's
        # north-east)
        matches = tuple(m for m in every if m.entries[0].kind == "country" and
                        _within(m, group_names))
    matches = _as_its_district(_capitals_named_by_adjective(text, matches, gazetteer))
    countries: dict[str, float] = {}
    admin1s: Counter[str] = Counter()
    named_country = False
    for m in matches:
        top = m.entries[0]
        if top.kind == "locality" and _STATION_AFTER.match(text, m.end):
            # a police station's name ("within the precincts of Mominabad Police Station")
            # is a neighbourhood's, often a namesake of a town elsewhere: it does not vote
            continue
        if top.kind == "country" and (ACTOR_AFTER.match(text, m.end) or
                                      ACTOR_BEFORE.search(text, max(0, m.start - 30), m.start)):
            # a country named as an actor ("Pakistan army resorted to firing", "the India
            # side", "air strikes conducted by United States"), not as where it happened: no
            # vote
            continue
        weight = 3 if top.kind in ("admin1", "admin2", "country") else 1
        if top.kind == "country":
            named_country = True
            countries[top.country] = countries.get(top.country, 0.0) + weight
        else:
            # Each distinct country a name could be in gets a vote, the first the most.
            seen: set[str] = set()
            for rank, entry in enumerate(m.entries[:3]):
                if entry.country not in seen:
                    seen.add(entry.country)
                    countries[entry.country] = countries.get(entry.country, 0.0) + \
                        weight / (rank + 1)
        if top.kind in ("admin1", "admin2") and top.admin1:
            admin1s[top.admin1] += 1
    if not named_country:  # (a country the story names outranks where its actors are)
        for word in _UNIT_WORD.finditer(text):
            # a unit only one country's papers write: "Kotalipara upazila of Gopalganj" is
            # Bangladesh's Gopalganj, not Bihar's (a vote as a province's)
            country = _UNIT_COUNTRY[word.group(0).lower().split()[-1][:4]]
            countries[country] = countries.get(country, 0.0) + 3.0
        for unit in named_units:  # (as a province named in the story votes)
            countries[unit.country] = countries.get(unit.country, 0.0) + 3.0
            admin1s[unit.admin1 or unit.name] += 1
        for operates_in in actor_countries:
            for country in operates_in:
                countries[country] = countries.get(country, 0.0) + 1.0 / len(operates_in)
    # (a tie goes to the country of the biggest town named: "Gulshan café ... the city of
    # Dhaka" is Dhaka's country, not that of Tabas, a town GeoNames also calls Golshan;
    # else to the first named)
    biggest: dict[str, int] = {}
    for m in matches:
        for e in m.entries[:3]:
            if e.kind == "locality":
                biggest[e.country] = max(biggest.get(e.country, 0), e.population)
    ranked = sorted(countries.items(), key=lambda kv: (-kv[1], -biggest.get(kv[0], 0)))
    return DocPlaces(matches, tuple(c for c, _ in ranked),
                     tuple(a for a, _ in admin1s.most_common()), tuple(excluded))


def _as_its_district(matches: tuple[PlaceMatch, ...]) -> tuple[PlaceMatch, ...]:
    """The bare mentions of a name the article also writes as a district ("Chirang Police
    ... from Chirang District") with only the candidates in that district: the district
    itself and its towns, not a namesake province abroad (Bhutan's Chirang)."""
    districts: dict[str, set[tuple[str, str | None, str]]] = {}
    for m in matches:
        if DISTRICT_SUFFIX.search(m.text):
            base = DISTRICT_SUFFIX.sub("", m.text)
            districts.setdefault(base, set()).update(
                (e.country, e.admin1, e.name) for e in m.entries if e.kind == "admin2")
    if not districts:
        return matches
    out = []
    for m in matches:
        keys = districts.get(m.text)
        if keys is not None and len(keys) == 1:
            ((country, admin1, name),) = keys
            inner = tuple(e for e in m.entries if (e.country, e.admin1) == (country, admin1)
                          and (e.admin2 == name or (e.kind == "admin2" and e.name == name)))
            if inner and inner != m.entries:
                m = PlaceMatch(m.start, m.end, m.text, inner)
        out.append(m)
    return tuple(out)


def without(doc: DocPlaces, start: int, end: int) -> DocPlaces:
    """The same article context with the matches inside [start, end) removed."""
    return DocPlaces(tuple(m for m in doc.matches if not (start <= m.start < end)),
                     doc.countries, doc.admin1s, doc.excluded)


def countries_of_places(text: str, matches: Sequence[PlaceMatch]) -> list[str]:
    """The countries ``matches`` (one sentence's places) name as a place's own: "near the town
    of Djibo in northern Burkina Faso ..., while Niger said" puts the incident in Burkina
    Faso, whichever country the story names more."""
    return [c.entries[0].country for c in matches if c.entries[0].kind == "country" and any(
        m.end <= c.start and _IN_COUNTRY.fullmatch(text, m.end, c.start) and
        any(x.country == c.entries[0].country for x in m.entries) for m in matches)]


# The words between a place and the country it is in: "Djibo in northern Burkina Faso".
_IN_COUNTRY = re.compile(r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|"
                         r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?")


def group_country(text: str, sentences: Sequence[Sentence], group_names: Sequence[tuple[int, int]],
                  gazetteer: Gazetteer) -> tuple[Place, list[Evidence]]:
    """The country in the name of an armed group the incident's sentences name ("The
    Tehreek e Taliban Pakistan (TTP) has claimed responsibility for a suicide attack"): the
    best an incident that names no place says of where, as for a story (see
    :func:`document_places`)."""
    for s in sentences:
        for start, end in group_names:
            if not s.start <= start < s.end:
                continue
            for m in gazetteer.scan(text[start:end]):
                entry = m.entries[0]
                if entry.kind == "country":
                    return (Place(country=entry.country, name=entry.name, precision="country",
                                  lat=entry.lat, lon=entry.lon),
                            [Evidence("place", start + m.start, start + m.end, m.text)])
    return Place(), []


# A heading line of its own between blank lines ("\n\nNiger\n\n"): a round-up's section.
_HEADING = re.compile(r"(?:^|\n\n)(?P<head>[A-Z][^\n.:;,!?]{1,30})(?=\n\n)")


def section_countries(text: str, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """(where the section starts, its country) for each heading that is only a country's
    name: a round-up's sections ("Mali", "Burkina Faso", "Niger") say where their items
    are, whatever a name in them is elsewhere too ("Tahoua", "Sahel")."""
    out = []
    for m in _HEADING.finditer(text):
        head = m.group("head").strip()
        found = gazetteer.scan(head)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(head) and \
                (entry := next((e for e in found[0].entries if e.kind == "country"), None)):
            out.append((m.end(), entry.country))
    return out


# A unit written as a district ("Kech district", "Frontier Region Bannu").
DISTRICT_WORD = re.compile(rf"{DISTRICT_SUFFIX.pattern}|^(?:Frontier\s+Region|FR)\s")


def the_one_district(entry: GazEntry, doc: DocPlaces) -> str | None:
    """The one district of the entry's province the article names as such, if one."""
    named = {e.name for m in doc.matches if DISTRICT_WORD.search(m.text) for e in m.entries
             if e.kind == "admin2" and e.country == entry.country and e.admin1 == entry.admin1}
    return next(iter(named)) if len(named) == 1 else None
