"""Part of stage 5 (places): a later sentence's site.  Reads the sentences of an incident
after its first and the gazetteer's matches; writes the village or area the gazetteer lacks
where a later sentence tells the act ("The gunfight broke out ... near Tumalpad village",
"attacked the base in Mandaragirau, a farming town in Biu local government area").  Read by
:func:`eventwatch.extract.places.incident_place`.  Rules: ``docs/codebook.md``, Places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.fastre import contains_any
from eventwatch.extract.lexicon import TRIGGER_RE
from eventwatch.extract.scenes import APPOSITIVE_SITE_RE
from eventwatch.extract.segment import Sentence
from eventwatch.resources.gazetteer import PlaceMatch

__all__ = ["later_site"]


def later_site(text: str, sentences: Sequence[Sentence], matches: Sequence[PlaceMatch], *,
               in_town: bool, country: str | None = None,
               own_unit: str | None = None) -> tuple[int, int, str] | None:
    """A village or area the gazetteer lacks where a later sentence of an incident tells its
    act ("The gunfight broke out ... near Tumalpad village"): not someone's home, not a site
    of another district ("at Bamahni village in Khunti District"), not in a sentence that
    tells no act (where money was extorted); ``in_town``: the incident's place is a town, so
    only an area told as the town's counts ("in the town's Ghop area"); ``country``: the
    incident's, where a name the gazetteer knows only abroad is still a site ("the Lala
    displacement site" in Congo, no Lala the gazetteer has there); ``own_unit``: the incident's
    district, whose name after the site places it there ("passing through the Saranan area of
    Pishin district")."""
    for s in sentences:
        named = _LATER_SITE_RE.search(text, s.start, s.end) or \
            _LATER_VILLAGE_OF_RE.search(text, s.start, s.end) or (
                # (the words an appositive site needs, looked for first)
                _LATER_APPOSITIVE_RE.search(text, s.start, s.end)
                if contains_any(s.text, _APPOSITIVE_WORDS) else None)
        # (a place the gazetteer knows only as the town's own quarter: "The strike on the
        # city's Saltivka neighborhood")
        if named and not _HOME_BEFORE.search(text, max(s.start, named.start() - 40),
                                             named.start()) and (named.group("owner") or not any(
                p.start <= named.start("name") < p.end and (
                    country is None or any(e.country == country for e in p.entries))
                for p in matches)) and \
                ((unit := _OTHER_UNIT_AFTER.match(text, named.end())) is None or (
                    own_unit is not None and own_unit in unit.group(0))) and (
                    not in_town or named.group("owner")) and (any(
                    pattern.search(s.text) for pattern in TRIGGER_RE.values()) or
                    _THE_ACT.match(s.text)):
            return named.start("name"), named.end("name"), named.group("name")
    return None


# (also where bombs fell: "The jet dropped two bombs on Kyauk Sin village")
# (or the camp stormed: "The assailants ... stormed the Lala displacement site")
_LATER_SITE_RE = re.compile(r"\b(?:in|at|near|through|on(?=\s+the\s+(?:town|city)['’]s\s)|"
                            r"(?<=bombs\s)on|(?<=bomb\s)on|(?<=stormed\s)|(?<=attacked\s))"
                            r"\s*(?:the\s+)?"
                            r"(?P<owner>(?:town|city)['’]s\s+)?"
                            # (not a unit's word: "in the Agency area")
                            r"(?!(?:Agency|District|Division|Tehsil|Police|State|Province|"
                            r"Capital|Border|Forest|Hill|Hills)\b)(?P<name>[A-Z][\w'’-]+"
                            r"(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:village|hamlet|area|locality|"
                            r"neighbou?rhood|(?:displacement|IDP)\s+(?:site|camp)|slum)\b")
# (or told as a town or a village after its name: "attacked the base in Mandaragirau, a
# farming town in Biu local government area"; its "owner" group never takes part)
_LATER_APPOSITIVE_RE = re.compile(r"(?P<owner>(?!))?" + APPOSITIVE_SITE_RE.pattern)
# (the pattern is case-sensitive: its article is written in lower case)
_APPOSITIVE_WORDS = (", a ", ", an ", ", the ", "km", "kilomet", "mile")
# "taken away ... in the hamlet of Puerto San Salvador" (an "owner" group that never takes
# part, so that later_site reads both patterns alike)
# (or stormed: "Fighters ... stormed the village of Kyanzaba")
_LATER_VILLAGE_OF_RE = re.compile(r"\b(?:in|at|near|on|(?<=stormed)|(?<=attacked)|(?<=raided))"
                                  r"\s+the\s+(?:village|hamlet)\s+of\s+"
                                  r"(?P<owner>(?!))?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


# The act named back at a sentence's start: "The strike on the city's Saltivka neighborhood".
_THE_ACT = re.compile(r"\W*The\s+(?:attack|strike|blast|bombing|explosion|ambush|raid)\b")
_OTHER_UNIT_AFTER = re.compile(r"\s+(?:in|of)\s+(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+)?\s+"
                               r"(?:[Dd]istrict|[Pp]rovince|[Aa]gency)\b")
# Someone's home or origin, no scene: "a resident of", "hailed from", "native of".
_HOME_BEFORE = re.compile(r"\b(?:residents?|natives?|hails?|hailed|hailing|belong\w*|home|"
                          r"lived|living|hometown)\b[^.;]*$", re.I)
