"""Part of stage 5 (places): a site the text names with no kind word, which the gazetteer
lacks.  Reads the incident's first sentence, the gazetteer's matches and the actor base's
spans; writes the site as written ("near his house in Maddi on Wednesday morning", "near
Khanpur Mahar on Monday afternoon") for :func:`eventwatch.extract.places.incident_place`,
which keeps it as the place's name only where the place it resolved is coarse (a district,
a province, or a district's seat named like the district), so that the name says where in
that unit the act happened.  Rules: ``docs/codebook.md``, Places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.segment import Sentence
from eventwatch.extract.temporal import MONTH_NAMES
from eventwatch.resources.gazetteer import PlaceMatch

__all__ = ["bare_site"]

# "in Maddi on Wednesday", "near Khanpur Mahar, police said", "in Shaikh Landak on Tuesday
# night", "a check post at Khajuri on Sunday evening": a name of one to three capitalised
# words after in / near / at, then a day, a
# clause or the sentence's end.
# (an Arabic article may open the name: "near al-Hasana"; the region may follow it: "near
# Fataki in Congo's northeastern Ituri province", "near al-Hasana in central Sinai")
_BARE_SITE = re.compile(
    r"\b(?P<prep>in|near|at)\s+"
    r"(?P<name>(?-i:(?:al-|el-)?[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,}){0,2}))"
    r"(?=\s+(?:on|late|early|last|this|when|while|after|before|during|as|and|around|at\s+(?:about|"
    r"around|\d))\b|\s*[,.;]|\s+in\s+(?:the\s+)?(?-i:[A-Z]|(?:central|northern|southern|eastern|"
    r"western|north|south|east|west)))")
# Capitalised words that are no place: days, months, languages, seasons and feasts, bodies.
_NOT_A_SITE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + MONTH_NAMES + r"|"
    r"Ramadan|Ramzan|Muharram|Eid|Christmas|Easter|Diwali|English|Urdu|Pashto|Sindhi|Punjabi|"
    r"Balochi|Arabic|Persian|Dari|Hindi|Bengali|Parliament|Senate|Assembly|Court|Police|Army|"
    r"Security|District|Control|Line|National|Federal|Provincial|Upper|Lower|Central|"
    r"Northern|Southern|Eastern|Western|City|Saddar|Cantonment|Civil|Model|The|Islamabad|"
    r"Government|Taliban|Afghanistan|Pakistan|India|Iran)\b", re.I)


# (a unit the gazetteer lacks is no site: "in Palgarh District")
# (nor an office or a building: "at Election Office")
_UNIT_LAST = re.compile(r"\s(?:District|Division|Agency|Tehsil|Province|Region|State|County|"
                        r"Sector|Sub-?[Dd]ivision|Office|Headquarters|Hospital|School|College|"
                        r"University|Complex|Building|Hotel|Stadium|Station)$")


def bare_site(text: str, sentence: Sentence, matches: Sequence[PlaceMatch],
              actors: Sequence[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The first site the sentence names with no kind word that the gazetteer does not know
    and no actor's name covers (start, end, name as written), if any."""
    for m in _BARE_SITE.finditer(text, sentence.start, sentence.end):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        if _NOT_A_SITE.match(name) or _UNIT_LAST.search(name) or \
                text.startswith(("'s", "’s"), end):
            continue
        if m.group("prep") == "at" and text.startswith(" in ", end):
            continue  # (a site "at" a place of another unit is another act's: "and then on a
            # camp at Mansai in Cooch Behar District of West Bengal")
        if any(p.start < end and start < p.end for p in matches) or \
                any(a < end and start < b for a, b in actors):
            continue
        return start, end, name
    return None
