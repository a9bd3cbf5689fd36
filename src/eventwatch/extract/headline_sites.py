"""Stage 5c: the site a headline names for the story's first act.  Reads the headline (the
text above the dateline or the first paragraph), the first incident's place and the
gazetteer; writes the place's name where the story's own sentences name only the district or
the province ("Toll in Lund Khwar suicide attack on police rises to five" above "MARDAN: ...
a suicide bomber rammed ... a police van" is at Lund Khwar).  Rules: ``docs/codebook.md``,
Places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwatch.models import Evidence, Incident
from eventwatch.resources.gazetteer import Gazetteer

__all__ = ["with_headline_site"]

# A name, then what happened there: "Lund Khwar suicide attack", "Jaghori mosque bombing",
# "Kalaroos gunfight", "Talash check post" (capitals; not a group's acronym or a nation's).
_HEADLINE_SITE = re.compile(
    r"(?:\b(?:in|at|near|on)\s+)?(?P<name>(?-i:[A-Z][a-z][\w'’-]*)(?:[\s-](?-i:[A-Z][a-z][\w'’-]*)){0,2})"
    r"\s+(?:(?:mosque|bus\s+stand|check\s*post|police\s+station|police\s+post|market|bazaar|"
    r"shrine|school|camp|post)\s+)?(?:suicide\s+)?(?:bombing|blast|attack|gunfight|encounter|"
    r"ambush|firing|shootout|explosion|raid)\b", re.I)
_NOT_A_SITE = re.compile(r"(?:Toll|Police|Suicide|Militants?|Terrorists?|Gunmen|Army|Security|"
                         r"Pakistani|Indian|Afghan|Islamic|State|Taliban|Militant|Deadly|Twin|"
                         r"Fresh|New|Another|Second|Third)\b")
# The place is only the district or province the story names (or a town named as either).
_COARSE = ("district", "admin1", "country")


def with_headline_site(text: str, headline_end: int, incident: Incident,
                       gazetteer: Gazetteer, actors: Sequence[tuple[int, int]]) -> Incident:
    """``incident`` (the story's first) at the site its headline names, where its place is a
    district or coarser and the gazetteer knows no place of that name (a name it knows is
    read by the gazetteer's own rules); ``actors``: the spans of the actor base's names, no
    site ("Al Shabaab attack")."""
    place = incident.place
    if place.country is None or (place.precision not in _COARSE and
                                 place.name not in (place.admin1, place.admin2)):
        return incident
    for m in _HEADLINE_SITE.finditer(text, 0, headline_end):
        name = m.group("name")
        if _NOT_A_SITE.match(name) or gazetteer.lookup(name) or \
                name not in text[headline_end:] or \
                any(a < m.end("name") and m.start("name") < b for a, b in actors):
            continue
        return replace(incident, place=replace(place, name=name), evidence=[
            *incident.evidence, Evidence("place", m.start("name"), m.end("name"), name)])
    return incident
