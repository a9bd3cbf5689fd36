"""Stage 5a: scenes.  Reads one gazetteer match and the words around it; says whether the
place is where the incident happened, not an origin ("a resident of Swat"), a treatment site
("rushed to a Peshawar hospital"), a destination ("on its way to Quetta"), an ally ("sided
with the US") or a person's name ("identified as Abha Deka"), and when a place named after
"from" is the scene after all: where hostages were taken from, or people arrested from;
and, with :func:`local_site`, the named site of the scene that the gazetteer lacks ("in
Adezai village", "on Sariab Road", "from Tamulpur in Baksa District"), which
:func:`own_site` gives a place taken from a lead or a dateline.
:mod:`eventwatch.extract.places` resolves the scene.  Rules: ``docs/codebook.md``, Places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.extract.bare_sites import bare_site
from eventwatch.extract.fastre import guarded
from eventwatch.extract.measure_verbs import ARREST_PARTICIPLES
from eventwatch.extract.not_places import ACTOR_AFTER, ACTOR_BEFORE, GROUP_IN_BEFORE
from eventwatch.extract.other_acts import NOT_A_PLACE_LINE
from eventwatch.extract.segment import Sentence
from eventwatch.extract.state_doers import NATIONS as _STATE_NATIONS
from eventwatch.models import Evidence, Place
from eventwatch.resources.gazetteer import GazEntry, PlaceMatch

if TYPE_CHECKING:
    from eventwatch.extract.doc_places import DocPlaces

__all__ = ["APPOSITIVE_SITE_RE", "CROSSING", "IN_PART_AFTER", "LOCAL_IN_UNIT_RE", "LOCAL_NAME_RE",
           "NAMED_DISTRICT_RE", "NEAR_ON_ROAD_RE", "NOT_SITE_AFTER", "NOT_SITE_BEFORE", "ROAD",
           "TOWN_SITE", "is_site", "local_site", "own_site", "told_as_town"]

# Nations' adjectives, no site's name before a kind word ("the central Haitian town of
# Mirebalais"): the states' of the doers' rules and more of the wires' world, which those
# rules leave out (a state's forces are not told by them: "towards the Togolese border").
NATIONS = _STATE_NATIONS + (
    "|Haitian|Ecuadorian|Venezuelan|Peruvian|Honduran|Guatemalan|Salvadoran|Brazilian|"
    "Indonesian|Algerian|Tunisian|Lebanese|Jordanian|Beninese|Togolese|Ghanaian|Ivorian|"
    "Burundian|Eritrean")

NOT_SITE_BEFORE = guarded(
    r"\b(?:resident|residents|native|natives|hailing|hails|belonged|belonging|belongs|"
    r"taken|shifted|rushed|referred|moved|transferred|flown|brought|hometown|"
    r"hospitals?\s+in|treatment\s+in|return(?:ed|ing)?|travel(?:l?ing|l?ed|s)?|headed|heading|"
    r"leaving|left|"
    # (an intelligence-based operation is no origin: "arresting six suspected militants in an
    # intelligence based operation in Bannu District")
    r"origin|reports|according\s+to|bound|from|"
    r"based(?!\s+(?:operations?|raids?|actions?|search(?:es)?|drives?)\b)|"
    r"capital\s+of|borders?\s+with|"
    # the destination of a journey: "the train was on its way to Quetta when it came under
    # attack near Marri Farm"
    # ("collecting money from commercial vehicles proceeding to Kohima, from Wokha District")
    r"way\s+to|going\s+to|en\s+route\s+to|proceed(?:ing|ed|s)?\s+(?:to|towards)|"
    # a country as an ally or a sponsor: "sided with the US against the Soviet occupation"
    r"sided\s+with|allied\s+with|backed\s+by|sponsored\s+by|funded\s+by"
    # (but "recovered explosives from them in Bastar District": the scene)
    r")\s+(?!(?:him|her|them)\s+(?:in|at|near)\s+$)(?:\w+\s+){0,2}$|"
    # (also a province's possessive between: "a barber belonging to Punjab's Multan district")
    r"\b(?:residents?|natives?|hailing|hails|belong\w*)\s+(?:of|from|to)\s+"
    r"(?-i:[A-Z])[\w-]*[’']s\s+$|"
    # the unit of a destination: "waiting to travel to Mashhad in Iran"
    r"\b(?:travel\w*|way|going|headed|heading|bound|en\s+route)\s+(?:to|for)\s+"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:in|of),?\s+$|"
    # where a supply goes: "suspending gas supply from the Sui field to parts of Punjab"
    r"\bsuppl(?:y|ies|ied)\s+(?:[\w-]+\s+){0,5}?to\s+(?:parts\s+of\s+)?$|"
    # where a teller is: "A Taliban spokesman in Badakhshan accused the Pakistani troops"
    r"\bspokes(?:man|woman|person)\s+in\s+$|"
    # (or a teller's place: "the commander told reporters in Pemba on Monday")
    r"\b(?:told|briefed|briefing|addressing)\s+(?:reporters|journalists|newsmen|the\s+press|"
    r"the\s+media)\s+in\s+$|\b(?:press|news)\s+conference\s+in\s+$|"
    # the act the arrested are tied to, named by its place: "arrested two suspects linked to
    # the Kuchlak killings in a raid in Pishin"
    r"\b(?:linked|connected|related)\s+(?:to|with)\s+(?:the\s+)?$|"
    # a distance from a town: "the construction site located about 500 km from the state
    # capital Raipur"
    r"\b(?:km|kms|kilomet(?:re|er)s?|miles?)\s+(?:away\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
    # a neighbour named (but not the unit after it: "at Murumgaon, bordering Chhattisgarh in
    # Gadchiroli District" is in Gadchiroli)
    r"\bbordering\s+(?:the\s+)?(?:(?!in\b)[\w-]+\s+){0,2}$|"
    # a person's name: "identified as Abha Deka", "Wahid alias Saddar Bush", "son of Mota"
    # ("son of former slain Punjab Governor"; but "identified as Jamshed in Quetta" names the
    # scene)
    r"\b(?:identified\s+as|alias|(?:son|daughter|wife)\s+of)\s+"
    r"(?:(?!(?:in|at|near|inside|outside)\s)\w+\s+){0,2}$|"
    # then where that person is from: "a BSF trooper, identified as Jai Kishan of Gurgaon,
    # Haryana was killed at the Budhwar post"
    r"\b(?:identified\s+as|alias|(?:son|daughter|wife)\s+of)\s+(?:(?-i:[A-Z][a-z]+)\s+){1,3}"
    r"of\s+(?:(?-i:[A-Z][a-z]+),\s+)?$|"
    # and so for one named after his tie to another: "his associate Yawar Muzaffar Tanga of
    # Sopore were arrested by the Police in Srinagar"
    r"\b(?-i:associates?|accomplices?|aides?|brothers?|cousins?|nephews?|companions?)\s+"
    r"(?:(?-i:[A-Z][a-z]+)\s+){2,3}of\s+$|"
    # a person's age, then where he is from: "Mancharla Srinivas 39 of Mandamarri", "(42) of"
    # (not a road's or a block's number: "road no 5 of Ramnagar", "Sector 8 of Orangi Town")
    r"\b(?!(?:Road|Block|Sector|Phase|Street|Lane|No|Ward|Line|Gali|House|Plot|Camp|"
    r"Battalion|Unit|Area|Colony)\b)(?-i:[A-Z][a-z]+),?\s+(?:\d{1,2}|\(\d{1,2}\))\s*,?\s+of\s+$",
    re.I,
)
NOT_SITE_AFTER = re.compile(r"^\W{0,3}(?:based|-based|made|-made|hospitals?|Hospitals?|Medical|"
                            r"University|Press|police\s+station\s+to|chapter|"
                            r"government|Government|bound|"
                            # (a street named for a city: "on the Peshawar Road service lane"
                            # in Islamabad)
                            r"Road\s+(?:service|flyover|underpass|interchange)|"
                            # (a news agency named for a province: "the semi-official Fars
                            # news agency reported")
                            r"[Nn]ews\s+[Aa]gency|"
                            # (a capital as its government, in the present tense of the wires:
                            # "militants, who Islamabad says operate from sanctuaries")
                            r"(?<=\s)(?:says|accuses|blames|insists|denies|maintains))\b")


# Where hostages were taken from is the scene: "kidnapped two traders from the Kharan bazaar"
# (unlike "a resident from Swat" or "rushed from Bannu").
TAKEN_FROM_RE = re.compile(r"\b(?:abducted|kidnapped|picked\s+up|taken\s+away|whisked\s+away|"
                           r"took\s+away|dragged\s+out)\b"
                           # (not where the people were travelling from: "abducted four other
                           # people, who were travelling to Quetta from Islamabad")
                           r"(?:(?!\b(?:travel\w*|coming|going|returning|heading|way)\b)[^.;])"
                           r"{0,120}\bfrom\s+(?:\w+\s+){0,2}$", re.I)


# Where people were arrested or arms recovered from, read only when an incident names no
# other place: "arrested a militant ... from Dillighat in Sivasagar District".  As a rule it
# lost more than it gained ("arrested from Gujarat" of a man held in Mumbai, in a story
# that names Mumbai), so it is a last resort, not a scene cue.
HELD_FROM_RE = guarded(r"\b(?:arrested|detained|apprehended|nabbed|held|rounded\s+up|"
                       # (an initial's stop goes on: "the I.K. Songbijit faction")
                       r"picked\s+up|recovered|seized|rescued|captured)\b"
                       r"(?:[^.;]|(?<=\b[A-Z])\.){0,200}\b"
                       r"from\s+(?:\w+\s+){0,2}$", re.I)


# An arrest told right before "from": "arrested by SF 10 commandos from Baghmara" (not
# where the arrested came from: "a resident of", "hailing from", "who came from").
ARRESTED_FROM_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(ARREST_PARTICIPLES))}|rounded\s+up|picked\s+up)\b"
    r"(?:(?!\b(?:resident|residents|hailing|hails|native|came|come|coming|travel\w*|belong\w*|"
    # (the arrested named between: "arrested two ULFA I linkmen, identified as Sukumani Das
    # (34) and Manab Kalita from Tamulpur in Baksa District")
    r"who|returned|returning|fled)\b)(?:[^.;,]|,(?=\s+identified\s+as\b))){0,80}"
    # (nor a person's origin: "arrested one person from Bihar", "a man from Mumbai")
    r"(?<!\bperson\s)(?<!\bpersons\s)(?<!\bman\s)(?<!\bmen\s)(?<!\bwoman\s)(?<!\byouth\s)"
    r"(?<!\bboy\s)(?<!\bpeople\s)\bfrom\s+(?:the\s+)?"
    # (the district of a site the gazetteer lacks: "from Tamulpur in Baksa District")
    r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:in|of)\s+(?:the\s+)?)?$", re.I)


# Two countries naming a border: "near Indo Bhutan border area", "the India-Bangladesh
# border" (which side it is on, the rest of the story says).
_PAIR_FIRST = re.compile(r"\b(?:Indo|Pak|Sino|Afghan|India|Pakistan|Bangladesh|Nepal|Bhutan|"
                         r"Myanmar|China|Afghanistan|Iran)[\s-]+$")
_PAIR_SECOND = re.compile(r"[\s-]+[A-Z][a-z]+[\s-]+[Bb]order\b")
_BORDER_AFTER = re.compile(r"\s+[Bb]order\b")
_PAIR_PREFIX = re.compile(r"\b(?:Indo|Sino|Pak|Afghan|Afro|Euro)[\s-]+$")


_OWNER_AFTER = re.compile(r"(?:\s+(?:city|town))?(?:['’]s|\s+s)\s+(?-i:[A-Z])")


_ELIDED_ARREST = re.compile(r",?\s+and\s+(?:another\s+)?(?:\d+|two|three|four|five|six|seven|"
                            r"eight|nine|ten)\s+[^.;]{0,120}?\bfrom\s+(?:the\s+)?"
                            r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:in|of)\s+"
                            r"(?:the\s+)?)?$", re.I)


def is_site(text: str, m: PlaceMatch, floor: int, held_from: bool = False,
             arrested_from: bool = False) -> bool:
    before = text[max(floor, m.start - 40):m.start]
    after = text[m.end:m.end + 25]
    if NOT_SITE_AFTER.match(after) or (_KIND_WORD_END.search(m.text) and _region_before_town(
            text, floor, m, m.end, m.end + 25)):
        return False  # (a region before its town: "the central Gaza town of Deir al-Balah";
        # not a village before its town: "the Bawan village of Handwara")
    if m.entries[0].kind == "country" and (
            (_PAIR_FIRST.search(before) and _BORDER_AFTER.match(after)) or
            _PAIR_SECOND.match(after)):
        return False  # a border between two countries
    if m.entries[0].kind == "country" and _BORDER_AFTER.match(after) and \
            before.endswith(("near the ", "close to the ")) and \
            m.text.lower() != m.entries[0].name.lower():
        return False  # a side not told: "near the Malian border" (in a Burkina story)
    if m.entries[0].kind == "country" and _PAIR_PREFIX.search(before):
        return False  # the pair as an adjective: "the Indo Nepal fake currency racket"
    if m.entries[0].kind == "country" and (ACTOR_AFTER.match(text, m.end) or
                                           ACTOR_BEFORE.search(before) or
                                           GROUP_IN_BEFORE.search(before)):
        # a country as the doer ("air strikes conducted by United States US") or as a group's
        # branch ("a 'commander' of the Islamic State ... in Afghanistan")
        return False
    if _THE_BEFORE.search(before) and _ACT_AFTER.match(after):
        return False  # an act named by its place, referred to: "the "terrorist team" behind
        # the Suran attack ... in a clash near Bampur"
    blocked = NOT_SITE_BEFORE.search(before)
    if blocked is None or TAKEN_FROM_RE.search(text, max(floor, m.start - 160), m.start):
        return True
    if not blocked.group(0).lower().startswith("from"):
        return False
    if arrested_from and (ARRESTED_FROM_RE.search(text, max(floor, m.start - 120), m.start) or
                          # (or a clause whose arrest verb, elided, is the one before: "and
                          # three cadres of ... from Thanga in Bishnupur district")
                          _ELIDED_ARREST.match(text, floor, m.start)) \
            and not _OWNER_AFTER.match(text, m.end):
        return True  # (the place, not its owner: "from Dhaka city s Hazaribagh area")
    return held_from and bool(HELD_FROM_RE.search(text, max(floor, m.start - 240), m.start))


# ("the central Gaza town of", not "in Tral town of Pulwama district")
_THE_ADJ_BEFORE = re.compile(r"\bthe\s+(?:(?:northern|southern|eastern|western|central|"
                             r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$",
                             re.I)


def _region_before_town(text: str, floor: int, region: PlaceMatch, kind_end: int,
                        end: int) -> bool:
    """``region`` names a province or a country told before a town's kind word that ends at
    ``kind_end``, the town named after "of" (read up to ``end``): "the central Gaza town of
    Deir al-Balah" (not "the Bawan village of Handwara", nor "the Jamrud town of Khyber
    Agency")."""
    return any(e.kind in ("admin1", "country") for e in region.entries) and \
        _OF_NAME.match(text, kind_end, end) is not None and \
        _THE_ADJ_BEFORE.search(text, max(floor, region.start - 40), region.start) is not None


_KIND_WORD_END = re.compile(r"\s(?:town|city|village)$", re.I)
# (not its unit after "of": "in the Jamrud town of Khyber Agency" is Jamrud)
_UNIT_WORD = (r"(?:[Aa]gency|[Dd]istrict|[Pp]rovince|[Rr]egion|[Ss]tate|[Dd]ivision|[Tt]ehsil|"
              r"[Cc]ounty|[Gg]overnorate)\b")
_OF_NAME = re.compile(rf"\s+of\s+(?:[A-Z]|al-|el-)[\w'’-]*+(?:\s+(?!{_UNIT_WORD})[A-Z][\w'’-]*+)"
                      rf"{{0,2}}+(?!\s+{_UNIT_WORD})")
# (or those it is told of: "a tip-off that men involved in the Clifton attack were hiding")
_THE_BEFORE = re.compile(r"\b(?:behind|for|over|after|since|involved\s+in|linked\s+to|"
                         r"suspects?\s+in)\s+the\s+$", re.I)
_ACT_AFTER = re.compile(r"\s+(?:attack|bombing|blast|ambush|massacre|assault)s?\b", re.I)


# --- named sites the gazetteer lacks ------------------------------------------------------
# The Arabic article that may open such a name: "in al-Wadea district", "the town of al-Sawmaah".
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az)-)?"
# A district named as such: "in Imam Sahib district" (read where the gazetteer lacks it).
NAMED_DISTRICT_RE = re.compile(
    # (its owner before it is no part of its name: "in Baghdad's Sadr City district", "in
    # South Kivu's Fizi territory")
    # (also opening a sentence, after an owner: "In Badakhshan's Shighnan district, a magnetic
    # bomb ...")
    r"\b(?:in|of|at|In(?=\s+(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s))\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s+)?"
    # (a neighbour told as such: "raided a hideout in the neighboring Jaghatu district")
    r"(?:(?:(?P<neighbour>neighbou?ring|adjacent)|nearby|same)\s+)?"
    # (no owner's possessive as the name: "the Taliban's district police command in Kishim
    # district" is Kishim; an Arabic article may open it: "in al-Wadea district")
    rf"(?P<name>{_ARTICLE}[A-Z][\w'’-]+(?<!['’]s)"
    r"(?:\s+[A-Z][\w'’-]+(?<!['’]s)){0,2})\s+"
    # (or a sub-district: "attacked their post in the Rashad sub-district"; or a unit of that
    # rank named otherwise: Congo's territories, "in South Kivu's Fizi territory"; not
    # Myanmar's townships, a rank below its districts)
    r"(?:(?:[Ss]ub-?)?[Dd]istrict|[Tt]erritory)\b")

# A spot named with its kind after a town's name: "Chaman rail crossing", "Chaman Phatak".
CROSSING = r"rail(?:way)?\s+crossing|[Pp]hatak"
LOCAL_NAME_RE = re.compile(
    r"(?:\b(?:in|at|near|of|from|on|through)\s+(?:the\s+)?"
    # (a direction, or the city named before: "in the western Dasht-e-Barchi neighborhood",
    # "in the city's Shahr-e-Naw area")
    # (or a neighbour: "killed three more ... in the neighbouring Birir valley")
    r"(?:(?:northern|southern|eastern|western|central|neighbou?ring|nearby|adjacent)\s+|"
    r"(?:city|town|capital)['’]s\s+)?"
    r"|\b[A-Z][a-z]+(?:'s|’s|"
    # (a force's camp is no place's name: "The Dao Division’s Army Camp arrested")
    r"\s+s)\s+)(?!(?:Army|Military|Police|Security|BSF|CRPF|Rifles)\s+[Cc]amp\b)"
    # (not the owner's possessive: "in Quetta's Sariab area" is Sariab; nor a nation's
    # adjective: "in the northern Burkinabe town of Djibo" is Djibo)
    rf"(?P<name>(?![A-Z][\w-]*['’]s\b)(?!(?:{NATIONS})\s)"
    r"(?!(?:Army|Military|Police|Security|Levies|Rangers|FC|BSF|CRPF|Scouts)\b)"
    rf"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|"
    r"\d+\s*[A-Z]?)){0,3}?)\s+(?P<kind>area|areas|village|town|locality|bazaar|market|"
    r"neighbourhood|neighborhood|colony|mohalla|(?:refugees?\s+)?camp|forest\s+area|forests?|"
    r"region|valley|"
    # (a range: "bombed Islamic State hideouts in the Qarachogh mountains")
    r"mountains|hills|"
    # (a camp of the displaced, a slum: "stormed the Lala displacement site", "in the Cité
    # Soleil slum")
    r"(?:displacement|IDP)\s+(?:site|camp)|slum|"
    # (a sub-district the gazetteer lacks: "in Ruma upazila of Bandarban", "in the Kawempe
    # division"; a forest: "in the Basantgarh forests of Udhampur district")
    r"upazila|tehsil|township|division|forests?|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|sector|"
    # (the village a police station or post is named after: "on the Miryan police station",
    # "the Shahbaz Khel police check-post")
    r"police\s+(?:station|post|check-?post|checkpoint|picket)|"
    # (or the post alone: "attacked the Lakhani check post"; not a force's: "the Army check
    # post", see the name's look-ahead)
    r"check[\s-]?post|checkpoint|picket|"
    # (a barrage, a dam or a railway station named after its place: "near the Guddu
    # barrage", "near Padidan railway station")
    r"barrage|dam|railway\s+station|"
    # (a mountain pass: "near the Dorah Pass")
    rf"[Rr]oad|Bazaar|Chowk|Colony|Town|Township|Camp|Market|Mandi|Goth|Pass|{CROSSING})\b"
)

# The post the attackers struck, named: "terrorists attacked the Lakhani check post" (not a
# force's: "the Levies check post").
# (or the village: "Gunmen attacked Ancha village")
ATTACKED_POST_RE = re.compile(
    r"\b(?:attacked|stormed|raided)\s+(?:the\s+)?(?P<name>(?!(?:Army|Military|Police|Security|"
    rf"Levies|Rangers|FC|BSF|CRPF|Scouts|Border|Frontier|{NATIONS})\b)[A-Z][a-z][\w'’-]*)"
    r"(?P<kind>)\s+(?:check[\s-]?post|checkpoint|picket|outpost|border\s+post|village|hamlet)\b"
    r"(?!\s+of\b)")  # (not an adjective's: "attacked the Palestinian village of Sinjil")

# "in Zawoon Kallay in Orakzai Agency", "the town of Mashkail in Washuk District": a name the
# gazetteer does not know, placed inside a unit it does.
LOCAL_IN_UNIT_RE = re.compile(
    r"\b(?P<prep>in|of|at|near|from)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*,?\s+"
    # (the unit told as the last scene's: "at Sofara, also in the Mopti region", "near
    # Quiterajo, further north in Macomia district")
    r"(?:(?<=,\s)(?:also|further\s+(?:north|south|east|west)|farther\s+(?:north|south|east|"
    r"west))\s+)?(?:in|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"(?P<unit>(?:[A-Z][\w'’-]+\s+){1,2}(?:Agency|District|district|Province|"
    r"province|[Tt]ehsil|[Ss]ub[\s-]?[Dd]ivision|[Dd]ivision|Governorate|County|State|"
    # (the units of the wires' world: "in Bariire, in Lower Shabelle region", "the town of
    # Sofara in Mopti region", "in Masisi territory", "in Shiroro local government area")
    r"[Rr]egion|state|[Tt]erritory|[Dd]epartment|[Mm]unicipality|[Tt]ownship|[Pp]refecture|"
    r"[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|LGA))\b")
# ... or inside a country or province told by its part: "attacked an army camp in Kokorou in
# western Niger" (read where the gazetteer knows that unit).
_IN_PART = (r"\s+in\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|north-?east|"
            r"north-?west|south-?east|south-?west)(?:ern)?\s+")
LOCAL_IN_PART_RE = re.compile(
    r"\b(?P<prep>in|at|near)\s+(?P<name>[A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+)?)"
    rf"{_IN_PART}(?P<unit>[A-Z][\w'’-]+)")
# (the part named right after a site: a town at the country's point)
IN_PART_AFTER = re.compile(_IN_PART)
# A district named in its region, no site: "limits of Kondagaon District of Bastar region".
_DISTRICT_IN_REGION = re.compile(r"(?:District|Agency|Tehsil)$")
_REGION = re.compile(r"[Rr]egion$")
# "stormed the town of Ganthier, east of Port-au-Prince": a site the gazetteer lacks, named
# after its kind (a place named after one it knows is the known one: "the town of Kita").
# (not a unit: "in Janakpur city of Dhanusa District"; nor where people are from: "two
# persons of border town of Teetwal")
TOWN_OF_RE = re.compile(
    r"\b(?:the\s+)?(?:(?:northern|southern|eastern|western|central|"
    r"remote|small|border|coastal|nearby|neighbouring|neighboring)\s+)?"
    # (or a municipality the gazetteer lacks: "in rural areas of the municipality of Teorama")
    r"(?:town|village|city|hamlet|settlement|municipality)\s+of\s+"
    # (an Arabic article before the name: "near the town of al-Sawmaah")
    rf"(?P<name>(?>{_ARTICLE}[A-Z][\w'’-]+(?:\s+(?!(?:District|Agency|"
    r"Province|Division|Tehsil)\b)[A-Z][\w'’-]+){0,2}))(?P<kind>)"
    r"(?!\s+(?:[Dd]istrict|Agency|Province|Division|Tehsil)\b)")
_TOWN_OF_SKIP = re.compile(r"\bof\s+(?:the\s+)?(?:[a-z]+\s+)?$")
ROAD = r"(?:Road|road|Highway|highway|Bypass)\b"
# "near Aslam Dheri on Pajagi Road": the site near which it happened, on a road named after it.
NEAR_ON_ROAD_RE = re.compile(
    r"\bnear\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?P<kind>)\s+on\s+(?:the\s+)?"
    rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}\s+{ROAD}")
# A site told as a town or a village right after its name, or by its distance from one: "in
# Singu, a river town north of Mandalay", "at Bariire, about 45 km (28 miles) west of
# Mogadishu".
APPOSITIVE_SITE_RE = re.compile(
    # (or the village raided: "ADF fighters raided Mayimoya, a village on the road north of")
    r"(?:\b(?:in|at|near|on)\s+|(?<=\braided\s)|(?<=\bstormed\s))"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?P<kind>),\s+"
    r"(?:(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:town|village|hamlet|settlement|locality|"
    r"neighbou?rhood|suburb|district)\b)|"
    r"(?:about|some|around|roughly|nearly)?\s*\d+\s*(?:km|kms|kilomet(?:re|er)s?|miles)\b"
    r"(?:\s*\([^)]*\))?\s+(?:(?:\w+\s+)?(?:north|south|east|west|northeast|northwest|"
    # (or "from" a town: "attacked an army position at Kangalom, about 30 kilometres from
    # Ngouboua")
    r"southeast|southwest|north-east|north-west|south-east|south-west)\s+of|from)\b)")
_OFFICE_NAME = re.compile(r"\b(?:Station|Hospital|Jail|Office|Headquarters)$")
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


# A round-up's place line in title case, a site the gazetteer may lack: "Seytenga: Fighters
# of the ... (JNIM) attacked a post" (not a unit's: "Pauk Township: Soldiers raided Kyauk Sit
# village", whose village is the site).
_TITLE_LINE = re.compile(rf"\W*(?P<name>{NOT_A_PLACE_LINE}"
                         r"(?-i:[A-Z][a-z'’.-]+(?:[ -](?!(?:Township|District|Province|Region|"
                         r"State|County|Division)\b)[A-Z][a-z'’.-]+){0,2}))(?P<kind>):\s"
                         r"(?=(?-i:[A-Z]))")
_DEPLOYED_IN = re.compile(r"\bdeployed\s+(?:along|on|at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:in|at)\s+(?:the\s+)?$", re.I)
_ACRONYM_AFTER = re.compile(r"\s+[A-Z]{2,4}$")
_FORCE_TAIL = re.compile(r"\s+(?:Police|Levies|FC|Army|Rangers|Scouts|Frontier\s+Corps)$")


def local_site(text: str, sentences: Sequence[Sentence], matches: Sequence[PlaceMatch],
               chosen: PlaceMatch | None, admin2: str | None,
               actors: Sequence[tuple[int, int]] = (),
               country: str | None = None) -> tuple[int, int, str] | None:
    """A named site the gazetteer does not know ("in Adezai village", "on Sariab Road"), or
    knows only elsewhere (a namesake the resolution set aside); ``chosen``: the gazetteer's
    match the incident is placed at, if any (a site that is that match is none of its own);
    ``actors``: the spans of the actor base's names, no site; ``country``: the incident's,
    where a name inside a unit is a site though the gazetteer knows it only abroad ("near
    Léré in the Timbuktu region" of Mali, the gazetteer's Lere in Nigeria and Chad)."""
    for s in sentences[:1]:
        found = [*((m, False) for m in LOCAL_NAME_RE.finditer(text, s.start, s.end)),
                 *((m, False) for m in NEAR_ON_ROAD_RE.finditer(text, s.start, s.end)),
                 *((m, False) for m in TOWN_OF_RE.finditer(text, s.start, s.end)),
                 *((m, False) for m in APPOSITIVE_SITE_RE.finditer(text, s.start, s.end)),
                 *((m, False) for m in ATTACKED_POST_RE.finditer(text, s.start, s.end)),
                 *((m, True) for m in LOCAL_IN_UNIT_RE.finditer(text, s.start, s.end)),
                 *((m, True) for m in LOCAL_IN_PART_RE.finditer(text, s.start, s.end)
                   if any(p.start == m.start("unit") and p.entries[0].kind in ("country", "admin1")
                          for p in matches))]
        for m, in_unit in sorted(found, key=lambda pair: pair[0].start()):
            name = m.group("name")
            if in_unit and _DISTRICT_IN_REGION.search(name) and _REGION.search(m.group("unit")):
                continue
            if m.re is TOWN_OF_RE and _TOWN_OF_SKIP.search(text, max(s.start, m.start() - 30),
                                                           m.start()):
                continue
            if chosen is not None and chosen.start <= m.start("name") < chosen.end:
                return None  # the first site named is the gazetteer's own match ("Sandana")
            if any(p.start <= m.start("name") < p.end and (
                    p.entries[0].kind in ("admin1", "admin2", "country") or (in_unit and (
                        country is None or any(e.country == country for e in p.entries))) or
                    # (a province named by its capital's name: "in western Mali's Kayes
                    # region" is the region, no site in the town Diema was)
                    (not in_unit and m.group("kind") == "region"))
                    for p in matches):
                continue
            if in_unit and admin2 is not None and any(
                    u.start == m.start("unit") and u.entries[0].kind == "admin2" and
                    all(e.name != admin2 for e in u.entries) for u in matches):
                continue  # a site in another district ("then on a camp at Mansai in Cooch
                # Behar District" of a scene in Dhubri District)
            if any(a <= m.start("name") < b for a, b in actors) or _ACRONYM.fullmatch(name) or (
                    in_unit and m.group("prep") == "from" and _OFFICE_NAME.search(name)):
                # a force, not a site: "the vehicle of SFs in Lower Kurram Agency", "a team of
                # Assam Rifles in Senapati District"; nor where
                # people came from: "a Police representative from Khoirabari Police Station"
                continue
            if not in_unit and m.group("kind").lower() in ("town", "village") and any(
                    p.start == m.start("name") and
                    _region_before_town(text, s.start, p, m.end(), len(text)) for p in matches):
                continue  # a region before the town's kind: "the central Gaza town of Deir
                # al-Balah" (the town is named after "of")
            if _DEPLOYED_IN.search(text, max(s.start, m.start("name") - 50), m.start("name")):
                continue  # where a force is posted: "the Army deployed along the LoC in Uri
                # sector noticed suspicious movement ... near the Sallan village of PoK"
            if name.split()[0] in ("The", "A", "An", "This", "That", "Police", "Security",
                                   "District", "Control", "Line", "National") or name in (
                    "Upper", "Lower", "Central", "Northern", "Southern", "Eastern", "Western",
                    "City", "Saddar", "Cantonment", "Civil Lines", "Model Town"):
                # (not "of Control LoC in Poonch", nor "from District Hospital in ...")
                continue
            kind = "" if in_unit else m.group("kind")
            if kind == "sector":  # (its acronym, bare where brackets were lost: "Krishna Ghati
                # KG sector")
                name = _ACRONYM_AFTER.sub("", name)
            elif kind.lower().startswith(("check", "picket")):
                # a post: the place it is named for, not its force ("on Baamkhel Police check
                # post", "near Salahuddin Levies check post")
                name = _FORCE_TAIL.sub("", name)
            if kind and kind.lower() not in ("township", "local government area") and (
                    kind[0].isupper() or kind.lower() in ("road", "phatak") or
                    kind.endswith(("camp", "crossing", "mountains", "hills"))):
                # a camp is named with its kind ("Ublan Afghan refugee camp"), as roads and
                # crossings are ("Chaman rail crossing", a spot in Quetta)
                name = f"{name} {kind}"
            return m.start("name"), m.start("name") + len(name), name
        line = _TITLE_LINE.match(text, s.start, s.end)
        if line is not None and not any(p.start < s.end and p.end > s.start for p in matches) \
                and (chosen is None or not s.start <= chosen.start < s.end):
            # the part's own place line, where its sentence names no place the gazetteer
            # knows and the incident was placed from another ("Seytenga: Fighters ...
            # attacked a post"; not "Zamfara: Gunmen attacked Ancha village in Bukkuyum")
            return line.start("name"), line.end("name"), line.group("name")
    return None


def told_as_town(text: str, lo: int, start: int) -> bool:
    """The place at ``start`` is told as a town ("near the avocado-growing city of Uruapan")
    or as the town of the act's site ("arrived at the boarding school in Kankara"); ``lo``:
    where its sentence starts."""
    return bool(_TOWN_OF_BEFORE.search(text, max(lo, start - 40), start) or
                _SITE_IN_BEFORE.search(text, max(lo, start - 30), start))


_TOWN_OF_BEFORE = re.compile(r"\b(?:town|city|village)s?\s+of\s+$", re.I)
_SITE_IN_BEFORE = re.compile(r"\b(?:school|camp|base|market|mosque|church|monastery|temple|"
                             r"checkpoint|hospital|building|post)\s+(?:in|at|near)\s+$", re.I)
_PART_IN = re.compile(r"\W*In\s+(?P<name>[^,\n]{1,40}?)(?:\s+[Dd]istrict)?,")


def part_town(text: str, told_later: Sequence[tuple[PlaceMatch, Sentence]], district: GazEntry,
              resolve: Callable[[PlaceMatch], GazEntry]) -> tuple[GazEntry, PlaceMatch] | None:
    """A town of the district a later sentence names as the scene, in a part that opens with
    that district (a round-up's own telling of it): "Four labourers were shot dead at a road
    construction camp in Kech district ... In Kech, gunmen stormed a camp of labourers ...
    near Hoshab" is Hoshab.  None where no part does."""
    for m, s in told_later:
        opener = _PART_IN.match(text, s.start, s.end)
        if opener is not None and opener["name"].lower() == district.name.lower():
            e = resolve(m)
            if e.kind == "locality" and e.admin2 == district.name and \
                    e.country == district.country:
                return e, m
    return None


# A town told as one: "around the town of Nyabiondo" (its name where only the country is
# known).
TOWN_SITE = re.compile(r"(?<=\btown\sof\s)|(?<=\bvillage\sof\s)|(?<=\bmunicipality\sof\s)")


def own_site(text: str, sentence: Sentence, doc: DocPlaces, place: Place,
             evidence: list[Evidence]) -> tuple[Place, list[Evidence]]:
    """``place`` (taken from a summary's lead, where the incident's own sentence names no
    place the gazetteer knows), at the site that sentence names as written: "Hours later, a
    magnetic bomb ... exploded in the city's Shahr-e-Naw area" is in Kabul, at Shahr-e-Naw."""
    # (also where the lead's place has a district: the incident's own sentence names its
    # own, "Mozambican and Rwandan troops ... killed five of them in a clash in neighbouring
    # Quissanga district" after a lead in Ancuabe district)
    named = NAMED_DISTRICT_RE.search(text, sentence.start, sentence.end) \
        if place.country is not None else None
    if named is not None and named.group("name") != place.admin2 and not any(
            p.start < named.end() and named.start() < p.end for p in doc.matches):
        # a district the gazetteer lacks, the sentence's scene: "Later on Tuesday, Taliban
        # intelligence forces raided a hideout in the neighboring Jaghatu district" (of the
        # lead's Wardak province) is in Jaghatu (the point stays the province's)
        name = named.group("name")
        if place.admin1 is None and named.group("neighbour"):
            # a neighbour of the story's district is in the story's province: "Hours later,
            # Taliban intelligence forces raided a house in the neighboring Chaparhar
            # district", after a bombing in Nangarhar's Surkh Rod
            place = replace(place, admin1=next((a for a in doc.admin1s if any(
                e.country == place.country and e.admin1 == a
                for m in doc.matches for e in m.entries)), None))
        # (a town the sentence names in it stays the place's name: "around the town of
        # Nyabiondo in Masisi territory")
        town = local_site(text, [sentence], doc.matches, None, None, doc.excluded)
        if town is not None and town[2] != name and not town[2].startswith(name):
            return replace(place, admin2=name, name=town[2]), \
                [Evidence("place", town[0], town[1], town[2]), *evidence]
        return replace(place, admin2=name, name=name), \
            [Evidence("place", named.start("name"), named.end("name"), name), *evidence]
    site = local_site(text, [sentence], doc.matches, None, place.admin2, doc.excluded)
    if site is None and place.country is not None:
        # (or a site told with no kind word, which the gazetteer lacks: "a roadside bomb
        # struck their armoured vehicle near al-Hasana in central Sinai" after a "CAIRO"
        # dateline is at al-Hasana, not in Cairo)
        site = bare_site(text, sentence, doc.matches, doc.excluded)
        if site is not None:
            start, end, name = site
            return Place(country=place.country, admin1=place.admin1, admin2=place.admin2,
                         name=name, precision="exact" if place.precision != "country" else
                         "country", lat=place.lat, lon=place.lon), \
                [Evidence("place", start, end, name), *evidence]
    if site is None or place.country is None or (
            place.precision == "country" and not TOWN_SITE.match(text, site[0])):
        return place, evidence
    start, end, name = site
    return Place(country=place.country, admin1=place.admin1, admin2=place.admin2, name=name,
                 precision="locality" if place.precision != "country" else "country",
                 lat=place.lat, lon=place.lon), [Evidence("place", start, end, name), *evidence]
