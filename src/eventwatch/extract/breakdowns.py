"""Part of stage 8 (casualties): figures stated apart from a measure verb's own phrases.

Reads one sentence; writes :class:`~eventwatch.extract.tolls.Figure` objects of two kinds:

* breakdowns of a total stated elsewhere: "The dead included seven policemen and two
  civilians", "Two of the dead were civilians" (categories only, never a total of their own);
* hostages counted by an adjective: "eight abducted workers were released";

and gives a bare number told right after a count of one side that side (:func:`elided_sides`:
"four militants were killed and two were wounded").

:mod:`eventwatch.extract.casualties` calls both for every sentence after reading its verbs.
"""

from __future__ import annotations

import re
from itertools import pairwise

from eventwatch.extract.fastre import contains_any, guarded
from eventwatch.extract.numbers import NUMBER_RE, parse_number
from eventwatch.extract.people import person_category
from eventwatch.extract.phrases import PERSON_ANY, count_from_groups, counted_phrases
from eventwatch.extract.tolls import Figure
from eventwatch.models import Count

_BREAKDOWN_RE = guarded(
    r"\b(?:(?:among\s+)?(?:the\s+dead|those\s+killed|the\s+deceased|the\s+killed)|"
    r"(?P<w>(?:among\s+)?(?:the\s+injured|the\s+wounded|those\s+injured|those\s+wounded)))"
    r"\s+(?:included|include|were|are)\s+(?P<list>[^.;]+?)(?=,\s+while\b|[.;]|$)", re.I)
_OF_THE_DEAD_RE = guarded(
    rf"(?P<num>\b{NUMBER_RE.pattern[2:]})\s+of\s+the\s+(?:(?P<dead>dead|deceased|killed|victims)|"
    r"(?P<w>injured|wounded))\s+(?:were|was)\s+(?P<list>[^.;]+)", re.I)


# ... told the other way round: "eight policemen were among the dead".
_AMONG_THE_DEAD_RE = guarded(
    r"(?P<list>\b[^.;,]{1,80}?)\s+(?:were|was)\s+(?:also\s+)?among\s+the\s+(?:(?:dead|deceased|"
    r"killed|victims)|(?P<w>injured|wounded))\b", re.I)


_BREAKDOWN_WORDS = ("the dead", "those killed", "the deceased", "the killed", "the injured",
                    "the wounded", "those injured", "those wounded", "of the victims")


_HELD_WORDS = ("abducted", "kidnapped", "hostage")


def held_figures(text: str, start: int, end: int) -> list[Figure]:
    """ "eight abducted workers were released": people counted as hostages by an adjective."""
    lower = text[start:end].lower()
    if not contains_any(lower, _HELD_WORDS):
        return []
    for g in counted_phrases(text, start, end, None):
        mods = text[g.quantity.end:g.end].lower()
        if re.search(r"\b(?:abducted|kidnapped|hostage)\b", mods) and not \
                mods.lstrip().startswith("of "):  # "four of the kidnapped men": a part
            count = count_from_groups([g])
            return [Figure("kidnapped", count, g.start, g.end)]
    return []


def breakdowns(text: str, start: int, end: int) -> list[Figure]:
    """ "The dead included seven policemen and two civilians", "Two of the dead were
    civilians": categories of a total stated elsewhere (never a total of their own)."""
    out: list[Figure] = []
    lower = text[start:end].lower()
    if not contains_any(lower, _BREAKDOWN_WORDS):
        return out  # the cheap test first: most sentences break nothing down
    for m in _BREAKDOWN_RE.finditer(text, start, end):
        groups = counted_phrases(text, m.start("list"), m.end("list"), None)
        cats: dict[str, int] = {}
        for g in groups:
            if g.category:
                cats[g.category] = cats.get(g.category, 0) + g.quantity.value
        if cats:
            measure = "wounded" if m.group("w") else "killed"
            out.append(Figure(measure, Count(by_category=cats), m.start(), m.end(),
                              breakdown=True))
    for m in _AMONG_THE_DEAD_RE.finditer(text, start, end):
        groups = counted_phrases(text, m.start("list"), m.end("list"), None)
        cats = {}
        for g in groups[-1:]:  # (the people right before the verb, not a teller's title)
            if g.category:
                cats[g.category] = g.quantity.value
        if cats:
            measure = "wounded" if m.group("w") else "killed"
            out.append(Figure(measure, Count(by_category=cats), groups[-1].start, m.end(),
                              breakdown=True))
    for m in _OF_THE_DEAD_RE.finditer(text, start, end):
        q = parse_number(NUMBER_RE.match(m.group("num")))  # type: ignore[arg-type]
        noun = PERSON_ANY.match(text, m.start("list"))
        category = person_category(noun.group(0)) if noun else None
        if q is not None and category:
            measure = "wounded" if m.group("w") else "killed"
            out.append(Figure(measure, Count(by_category={category: q.value}), m.start(),
                              m.end(), breakdown=True))
    return out


# A number with no noun of its own, counted right after a count of one side: the noun elided.
_BARE_NUMBER = re.compile(r"(?:another\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                          r"(?:also\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt|killed|arrested|"
                          r"detained)", re.I)
_JOINED = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+", re.I)


def elided_sides(text: str, figures: list[Figure]) -> None:
    """A bare number told right after a count of one side is of that side ("four militants
    were killed and two were wounded" is two militants wounded, "Two security personnel were
    killed and another one was injured" one security force); "others" stay of no side."""
    for prev, fig in pairwise(figures):
        sides = prev.count.by_category
        if fig.count.by_category or len(sides) != 1 or "unknown" in sides or \
                not fig.count.low:
            continue
        if _BARE_NUMBER.fullmatch(text, fig.start, fig.end) and \
                _JOINED.fullmatch(text, prev.end, fig.start):
            fig.count.by_category = {next(iter(sides)): fig.count.low}
