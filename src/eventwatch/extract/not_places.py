"""Stage 5a: gazetteer matches that name no place of the story.  Read by :mod:`doc_places`
(and :mod:`scenes`) on each match's surroundings: a person's name ("Murad alias Jahangir
Alam", "minister Faridoon Abadan"), a formation named after a town ("Jwalamukhi
Battalion"), a country named as an actor ("Pakistan army resorted to firing"), the end of a
compound name ("Gulshan e Shiraz"), a site named after a country ("Pakistan Bazaar"), a
colony named after a town ("Madina Colony"), an institution named with a town's other name
("Jagannath University"), the country foreign forces serve in or a group's branch is named
for ("NATO forces in Afghanistan", "the Islamic State ... in Afghanistan").  Rules:
``docs/codebook.md``, Places.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded

__all__ = [
    "ACTOR_AFTER",
    "ACTOR_BEFORE",
    "COLONY_AFTER",
    "COMPOUND_BEFORE",
    "FOREIGN_FORCES_BEFORE",
    "GROUP_IN_BEFORE",
    "IDENTIFIED_AS",
    "INSTITUTION_AFTER",
    "NAMED_SITE_AFTER",
    "PERSON_NAME_AFTER",
    "PERSON_NAME_BEFORE",
    "UNIT_NAME_AFTER",
]

# A person's name, never a place: "Kamruzzaman alias Sagar" (Sagar, Madhya Pradesh) would
# otherwise vote for India in a story from Dhaka.
PERSON_NAME_BEFORE = guarded(r"\b(?:alias|identified\s+as|(?:son|daughter|wife)\s+of)\s+"
                             r"(?:[A-Z]\w*\s+){0,2}$|"
                             # an office, a first name, then the surname: "a former
                             # provincial minister Faridoon Abadan"
                             r"\b(?-i:minister|leader|chairman|president|secretary|MLA|MNA|"
                             r"MPA|Mr|Mrs|Dr|"
                             # (a rank or a spokesman's title: "regional police spokesman Lt.
                             # Col. Jonathan Mendoza" is no town of Argentina)
                             r"Col|Maj|Capt|Brig|Sgt|Lt|Cpl|Colonel|Major|Captain|Brigadier|"
                             r"Sergeant|Lieutenant|spokesman|spokeswoman|spokesperson)"
                             r"\.?\s+[A-Z][a-z]+\s+$")
# A name with aliases after it is a person's: "Murad alias Jahangir Alam"; so is one of
# kin: "Nilofar Abadan, the wife of a former provincial minister".
PERSON_NAME_AFTER = re.compile(r"\s+alias\b|,\s+(?:the\s+)?(?:wife|husband|son|daughter|"
                               r"brother|father|mother|widow)\s+of\b|"
                               # a middle initial, then the clan name: "Madison Ch Marak"
                               r"\s+(?-i:Ch|[A-Z])\.?\s+(?-i:Marak|Sangma|Momin|Shira|Areng|"
                               r"Arengh|Rangsa|Rava|Koch)\b", re.I)
# A town's name before a formation's kind is the formation's: "Troops of Jwalamukhi
# Battalion" are not in Jawala Mukhi (Himachal Pradesh).  (A state's stays: "a Manipur
# Rifles camp" is in Manipur.)
# (so is a police range in an officer's title: "inspector general of police (Raipur range)")
UNIT_NAME_AFTER = re.compile(r"\s+(?:Battalion|Brigade|Regiment|Rifles|Scouts|Corps)\b|"
                             r"\s+[Rr]ange\)")

# A country named as an actor or by its fire, not as where it happened.
# (its acronym may stand between: "United States (US) Ambassador David Hale")
ACTOR_AFTER = re.compile(r"(?:\s*\((?-i:[A-Z]{2,5})\))?"
                         r"\s+(?:army|troops|troopers|forces|soldiers|rangers|government|navy|"
                         r"air\s+force|authorities|officials|intelligence|consulate|embassy|"
                         r"high\s+commission|nationals?|citizens?|personnel|diplomats?|"
                         r"envoy|ambassador|side|experts?|spokes(?:man|person)|commandos|"
                         # its arms: "another US drone fired eight missiles in Dandy
                         # Darpakhel area"
                         r"drones?|missiles?|jets|aircraft|helicopters|"
                         # its fire: "the Indian side retaliated Pakistan shelling"
                         r"shelling|firing|mortars?|shells|guns)\b|"
                         # the country as the subject of its act: "Pakistan in the morning
                         # of October 31 violated the ceasefire", "Pakistan fired 80 mm"
                         r"\s+(?:(?:early|late)\s+)?(?:(?:in|on)\s+the\s+\w+\s+of\s+\w+\s+"
                         r"\d{1,2}\s+|on\s+\w+\s+\d{1,2}\s+|this\s+\w+\s+|today\s+|again\s+)?"
                         r"(?:violated|fired|"
                         r"shelled|resorted|opened\s+fire|targeted|initiated)\b|"
                         # its forces' lead: "in the United States (US) led airstrikes"
                         r"(?:\s+\(?(?-i:[A-Z]{2,4})\)?)?[\s-]+led\b", re.I)
# A country after "by", as the doer (and its acronym after its name): "air strikes conducted
# by United States US in Tirin Kot".
ACTOR_BEFORE = re.compile(r"\b(?:conducted|carried\s+out|launched|mounted|fired)\s+by\s+"
                          r"(?:the\s+)?(?-i:[A-Z][a-z]+\s+){0,2}$", re.I)
# The country foreign forces serve in, which says whom a supply or a plot was for, not where
# the act was: "blew up a tanker, supplying oil to NATO forces in Afghanistan, near Karkhano
# Market ... in Peshawar".
FOREIGN_FORCES_BEFORE = guarded(r"\b(?:NATO|ISAF|US|U\.S\.|[Cc]oalition|[Aa]llied|"
                                r"[Ii]nternational|American|[Ww]estern|[Ff]oreign)(?:[\s-]+led)?"
                                r"(?:\s+(?:and\s+)?(?:NATO|ISAF|[Aa]llied|[Ii]nternational))?"
                                r"\s+(?:forces|troops)\s+(?:stationed\s+|deployed\s+|based\s+)?"
                                r"in\s+$")
# The country a group's branch is named for, not where its men acted: "a facilitator ... of a
# 'commander' of the Islamic State (IS also known as Daesh) in Afghanistan ... was arrested
# from Regi Lalma area in provincial capital Peshawar".
GROUP_IN_BEFORE = re.compile(r"\b(?:Islamic\s+State|Daesh|ISIS|ISIL|IS|ISKP|Taliban|Qaeda)\)?"
                             r"(?:\s*\([^)]{0,40}\))?\s+in\s+$")
# The end of a compound name ("Gulshan e Shiraz", "Bagh e Jinnah", "Gulistan i Jauhar"): the
# town's name in it names a neighbourhood, not the town (Shiraz, Iran).
COMPOUND_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]+)[\s-]+(?:e|i)[\s-]+$")
# A country's name in a site's ("Pakistan Bazaar", "Pakistan Chowk", "India Gate"): the site
# lies in a town, not somewhere in the country.
NAMED_SITE_AFTER = re.compile(r"\s+(?:Bazaar|Bazar|Chowk|Chowrangi|Colony|Market|Road|Street|"
                              r"Square|Gate|Park|Stadium|Nagar)\b")
# A colony named after a town is a neighbourhood, not the town: "Madina Colony" (Karachi) is
# no Medina.
COLONY_AFTER = re.compile(r"\s+Colony\b")
# The words of a person's name ("identified as Khalil Ahmad"), which the gazetteer's scan,
# reading whole capitalised runs, does not offer as a place there.
IDENTIFIED_AS = re.compile(r"\bidentified\s+as\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\b")
# A town's other name before an institution's kind names the institution, not the town:
# "Jagannath University" (Dhaka) is no Puri, which GeoNames also calls Jagannath.
INSTITUTION_AFTER = re.compile(r"\s+(?:University|College|Hospital|Temple|Mosque|Church|School|"
                               r"Madrassa|[Gg]raveyard|[Cc]emetery)\b")
# A route named by the towns it joins, no scene: "blocked the Quetta-Karachi highway near
# Surab" (the scene is where on it).
# (a railway line named by its ends too: "The blast on the Howrah-Mumbai line")
# (and a pipeline: "the Caño Limón-Coveñas oil pipeline")
_ROUTE_WORD = (r"(?:[Hh]ighway|[Rr]oad|[Mm]otorway|[Rr]ailway|[Rr]ail|[Tt]rain|[Bb]us|[Cc]oach|"
               r"[Ll]ine|[Ss]ection|(?:oil\s+|gas\s+)?[Pp]ipeline)\b")
ROUTE_START = re.compile(rf"\s*[-–]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+{_ROUTE_WORD}")
ROUTE_END = re.compile(rf"\s+{_ROUTE_WORD}")
ROUTE_JOIN_BEFORE = re.compile(r"[A-Z][\w'’]+\s*[-–]\s*$")
# A month's short name before a day is no town: "SAPTARI, Nov 20:" (Tajikistan's Nov).
MONTH_ABBR = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
# A region in a group's name for its branch: "Islamic State's Sahel branch".
# (or a militia named after its land: "fighters of the rival Zaire self-defence group")
BRANCH_AFTER = re.compile(r"\s+(?:branch|affiliate|wing|chapter|(?:self[\s-]defen[cs]e\s+)?"
                          r"(?:group|militia))\b")
