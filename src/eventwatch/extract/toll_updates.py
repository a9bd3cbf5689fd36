"""Stage 8c: toll updates.  Reads one sentence; writes the killed figures it states as a
toll update ("the death toll ... had risen to 21", "raising the death toll from the incident
to two"), which :mod:`eventwatch.extract.tolls` lets replace the first figure; not a running
tally ("has reached seven in the last one and a half month").  It also keeps, of a residual
incident coded from a summary lead, only the victims the incidents told apart do not
(:func:`subtract_described`).  Rules: ``docs/codebook.md``, Counting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.fastre import guarded
from eventwatch.extract.numbers import NUMBER_RE, Quantity, parse_number
from eventwatch.extract.temporal import MONTH_NAMES
from eventwatch.extract.tolls import Casualties, Figure, collect
from eventwatch.models import Count

if TYPE_CHECKING:
    from eventwatch.extract.drafts import Draft

__all__ = ["toll_figures"]


# "the death toll from Friday's bombing rose to 63": an update of the killed figure.
_TOLL_RE = guarded(
    # (a long attack's name between: "The death toll of the July 10 suicide attack on ANP
    # leader Haroon Bilour in Yakatoot area of Peshawar ... had risen to 21")
    # (or raised by the death told: "succumbed to her injuries ..., raising the death toll
    # from the incident to two")
    # (or the number of the dead: "the number of victims in the landmine blast ... has gone
    # up to four")
    # (or of one side's dead: "the number of soldiers killed had risen to 14")
    # (also "the overall death toll", "the total death toll")
    r"\b(?:(?P<raised>raising|taking|bringing|pushing)\s+(?:the\s+)?)?"
    r"(?:(?:(?:overall|total)\s+)?(?:death\s+)?toll"
    # (of one side, told after it: "raising the death toll among the troops to three")
    r"(?:\s+among\s+(?:the\s+)?(?:(?P<forces2>soldiers|troops|policemen|police|personnel|"
    r"security\s+forces)|(?P<foes2>militants|attackers|terrorists|insurgents|assailants|khwarij)|"
    r"(?P<civil2>civilians|residents|villagers)))?|"
    # (or of the attackers': "taking the number of attackers killed to five")
    r"number\s+of\s+(?:victims|dead|deaths|fatalities|(?:people|persons|(?P<civil>civilians)|"
    r"(?P<forces>soldiers|troops|policemen|police\s+officers|police|personnel)|"
    r"(?P<foes>militants|attackers|terrorists|insurgents|rebels|khwarij|assailants))\s+"
    # (or martyred: "raising the number of policemen martyred in the attack to two")
    r"(?:killed|martyred|slain)))\b"
    # (an appositive between, set off by commas: "The death toll from Sunday night's attack
    # on Hurum-Tebe, a farming community in Bokkos ..., has risen to 22")
    r"(?:\s+[\w’'-]+|,){0,30}?\s+(?:(?:has\s+|had\s+)?(?:rose|risen|rising|raised|rises|climbed|"
    r"climbing|jumped|reached|reaching|increased|mounted|went\s+up|gone\s+up|stood|stands|"
    r"standing|is|was)\s+(?:at\s+|to\s+)?|(?(raised)to\s+|(?!)))"
    rf"(?P<num>{NUMBER_RE.pattern[2:]})", re.I)
# The toll of many acts at once: "raising the overall toll of the violence to 13" (of two days'
# fighting and an attack on a van), not "raising the overall death toll to 15".
_OVERALL_OF_MANY = re.compile(r"\b(?:overall|total)\s+(?:death\s+)?toll\s+(?:of|from|in)\s+"
                              r"(?:the\s+)?(?:violence|two|both|clashes|fighting|unrest)\b", re.I)
# ... or a toll a source gives, put at a number: "A second security source gave a higher toll
# of 17", "a hospital official put the death toll at 17".
_TOLL_GIVEN_RE = guarded(
    # (not an earlier toll, told so: "On Tuesday, officials had put the toll at six",
    # "Officials initially put the death toll at five")
    r"(?<!\bhad\s)(?<!\binitially\s)(?<!\bfirst\s)(?<!\bearlier\s)\b(?:put|puts|putting|placed|places|placing|gave|gives|giving|cited|cites|"
    r"citing)\s+"
    r"(?:the\s+|a\s+)?(?:(?:higher|new|revised|updated|later|final|different)\s+)?"
    r"(?:(?:death\s+)?toll\s+(?:at|of)|"
    # (or the number of one side's dead: "It put the number of martyred soldiers at nine")
    r"number\s+of\s+(?:(?:dead|martyred|slain|killed)\s+(?P<forces>soldiers|troops|policemen|"
    r"personnel)|dead|deaths|fatalities|victims)\s+at)\s+"
    rf"(?P<num>{NUMBER_RE.pattern[2:]})", re.I)
_KIDNAPPED_RISEN_RE = guarded(
    r"\bnumber\s+of\s+(?:people|persons|worshippers|passengers|students|pupils|hostages|"
    r"villagers)\s+(?:abducted|kidnapped|taken)\b(?:\s+[\w’'-]+|,){0,12}?\s+(?:has\s+|had\s+)?"
    r"(?:rose|risen|climbed|increased|gone\s+up|went\s+up)\s+to\s+"
    rf"(?P<num>{NUMBER_RE.pattern[2:]})", re.I)
_TOLL_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
# A period after a toll: the toll of many incidents over it, not this one's update.
_TALLY_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:(?:in|during|over|within)\s+the\s+(?:last|past)|this\s+(?:year|month)|"
    rf"since\s+(?:the\s+(?:start|beginning)|{MONTH_NAMES}|(?:19|20)\d\d))", re.I)
_TALLY_IN = re.compile(r"\b(?:this|last|the\s+past)\s+(?:year|month)|"
                       r"\b(?:in|during|over)\s+the\s+(?:last|past)\b", re.I)
# A series the toll adds up: "This was the third missile attack during the past 24 hours in
# the area, raising the death toll to 15".
_SERIES = re.compile(r"\b(?:second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,2}(?:attacks?|"
                     r"strikes?|blasts?|explosions?)\b|\b(?:during|in|over)\s+the\s+(?:past|last)\b",
                     re.I)


def toll_figures(text: str, s_start: int, s_end: int) -> list[Figure]:
    """The toll updates a sentence states ("the death toll ... had risen to 21", "raising the
    death toll from the incident to two"), as killed figures that update the first; not a
    running tally ("has reached seven in the last one and a half month")."""
    figures = []
    for km in _KIDNAPPED_RISEN_RE.finditer(text, s_start, s_end):
        # the hostages' number raised: "the number of people abducted from the church had
        # risen to 41"
        q = parse_number(NUMBER_RE.match(km.group("num")))  # type: ignore[arg-type]
        if q is not None and q.low is not None:
            count = Quantity(km.start("num"), km.end("num"), km.group("num"), q.low, q.high,
                             q.qualifier).to_count()
            figures.append(Figure("kidnapped", count, km.start(), km.end(), update=True))
    matches = [*((False, m) for m in _TOLL_RE.finditer(text, s_start, s_end)),
               *((True, m) for m in _TOLL_GIVEN_RE.finditer(text, s_start, s_end))]
    for given, tm in sorted(matches, key=lambda gm: gm[1].start()):
        told = tm.groupdict()  # (a given toll has no "raised")
        if given and "number of" in tm.group(0).lower() and not _TOLL_ENDS.match(text, tm.end()):
            continue  # a given number with its dead after it is their breakdown, read as
            # such: "put the number of dead at 23 soldiers and 11 members of the VDP"
        if _TALLY_AFTER.match(text, tm.end(), s_end) or _TALLY_IN.search(tm.group(0)) or \
                _OVERALL_OF_MANY.search(tm.group(0)) or (
                told.get("raised") and _SERIES.search(text, s_start, tm.start())):
            # "has reached seven in the last one and a half month", "the death toll in the
            # shelling along the LoC this year has gone up to 27": a running tally
            continue
        q = parse_number(NUMBER_RE.match(tm.group("num")))  # type: ignore[arg-type]
        if q is not None and q.low is not None:
            count = Quantity(tm.start("num"), tm.end("num"), tm.group("num"), q.low, q.high,
                             q.qualifier).to_count()
            if told.get("forces") or told.get("forces2"):
                count.by_category = {"security_forces": q.low}
            elif told.get("foes") or told.get("foes2"):
                count.by_category = {"militants": q.low}
            elif told.get("civil") or told.get("civil2"):
                count.by_category = {"civilians": q.low}
            figures.append(Figure("killed", count, tm.start(), tm.end(), update=True))
    return figures


def subtract_described(counts: Casualties, lead: Draft, drafts: Sequence[Draft]) -> None:
    """A residual incident coded from a summary lead keeps only what the others don't."""
    others = [d for d in drafts if d.anchor is not lead.anchor]  # the lead's other residual too
    for measure in ("killed", "wounded", "arrested", "kidnapped"):
        total: Count = getattr(counts, measure)
        if total.low is None:
            continue
        described = 0
        sides: dict[str, int] = {}  # the described victims' sides ("unknown" where not told)
        for d in others:
            c = getattr(collect("", [f for m in d.members for f in m.figures
                                           if f.measure == measure]), measure)
            described += c.low or 0
            for side, n in (c.by_category or {"unknown": c.low or 0}).items():
                sides[side] = sides.get(side, 0) + n
        rest = total.low - described
        left = Count.exact(rest) if rest > 0 else Count()
        if rest > 0 and len(total.by_category) == 1:
            # all the summary's victims were of one side: so are those left over
            left.by_category = {next(iter(total.by_category)): rest}
        elif rest > 0 and total.by_category and not sides.get("unknown"):
            # every described victim's side told: the summary's sides less theirs ("At
            # least seven persons, including two activists of the MQM and a Police
            # Constable, were killed ... An MQM activist ... was shot dead" leaves an
            # activist, the constable and four others)
            known = {side: n - sides.get(side, 0) for side, n in total.by_category.items()
                     if side != "unknown" and n > sides.get(side, 0)}
            if sum(known.values()) <= rest:
                left.by_category = known | ({"unknown": rest - sum(known.values())}
                                            if rest > sum(known.values()) else {})
        setattr(counts, measure, left)
