"""Part of stage 8b (tolls): deaths of the wounded.  Reads a death told later ("later
succumbed", an additive :class:`~eventwatch.extract.tolls.Figure`), the incident's figures and
the killed and wounded tolls :func:`eventwatch.extract.tolls.collect` chose; says whether the
toll already holds that death (:func:`how_the_toll_came`, :func:`of_all_the_injured`,
:func:`dead_told_first`, :func:`toll_raised_by`) and writes it on the
:class:`~eventwatch.extract.tolls.Casualties`: one more killed, one fewer wounded, in the same
category (:func:`add_death`).  Rules: ``docs/codebook.md``, Numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.numbers import NUMBER_RE, parse_number
from eventwatch.models import Count

if TYPE_CHECKING:  # (tolls imports this module)
    from eventwatch.extract.tolls import Casualties, Figure

__all__ = [
    "add_death",
    "dead_told_first",
    "how_the_toll_came",
    "of_all_the_injured",
    "raised_to_the_toll",
    "told_with_the_update",
    "toll_raised_by",
]


_INITIAL_TOLL = re.compile(r"\b(?:initially|first|at\s+first|earlier)\s+(?:put|gave|reported|"
                           r"said)\s+(?:the\s+)?(?:death\s+)?toll\s+(?:at|as|was)\s+(?P<num>\w+)",
                           re.I)


def _number(word: str) -> int | None:
    m = NUMBER_RE.match(word)
    q = parse_number(m) if m is not None else None
    return q.low if q is not None else None


def how_the_toll_came(text: str, figures: Sequence[Figure], toll: Figure | None,
                      toll_wounded: Figure | None, death: Figure) -> bool:
    """A death told after the dead and wounded counted again, as they were before it: the
    toll the report gave first already holds it ("At least two Police Officers were killed
    and another was injured ... one Police Official was killed and two others were
    injured. Later one of them succumbed" is two killed, one wounded), or after all the
    victims of the toll counted again as wounded."""
    if toll is None or toll_wounded is None or toll.count.low is None or \
            toll_wounded.count.low is None:
        return False
    n = death.count.low or 1

    def before(measure: str, low: int) -> bool:
        return any(f.measure == measure and not f.additive and
                   toll.start < f.start < death.start and f.count.low == low
                   for f in figures)
    initial = _INITIAL_TOLL.search(text, toll.end, death.start)
    return (before("killed", toll.count.low - n) and
            before("wounded", toll_wounded.count.low + n)) or (
        # or the first toll told by its number: "Officials initially put the death toll at
        # five; two of the injured policemen died" after the lead's seven
        initial is not None and _number(initial.group("num")) == toll.count.low - n) or (
        # or all of them told wounded first: "a man was killed and another sustained
        # injuries ... assailants shot and injured Hanif Jan and Muhammad Karim ... Muhammad
        # Karim succumbed to his injuries" is one killed, one wounded
        toll.count.low >= n and before("wounded", toll.count.low + toll_wounded.count.low))


def dead_told_first(figures: Sequence[Figure], toll: Figure | None,
                    toll_wounded: Figure | None, death: Figure) -> bool:
    """A toll of the dead alone, then the dead but one and the one wounded who died: the
    toll held her ("Four persons were killed ... leaving three killed on the spot, and a
    woman injured, who was shifted to the nearby hospital, where she was pronounced dead" is
    four killed, none wounded)."""
    n = death.count.low or 1
    return toll is not None and toll_wounded is not None and toll.count.low is not None and \
        toll.start < toll_wounded.start < death.start and toll_wounded.count.low == n and \
        any(f.measure == "killed" and not f.additive and toll.start < f.start < death.start
            and f.count.low == toll.count.low - n for f in figures)


def toll_raised_by(text: str, toll: Figure | None, death: Figure) -> bool:
    """A toll update told in the death's own sentence, after it, holds that death ("Mumtaz
    Begum, who was injured in a bomb blast ... succumbed to her injuries on May 31, raising
    the death toll from the incident to two ... one person was killed and six others were
    injured" is two killed, five wounded), or right before it, told as its cause ("the death
    toll ... had risen to 26, after eight of the wounded died in hospital")."""
    return toll is not None and toll.update and ((
        death.end <= toll.start and not _SENTENCE_END.search(text, death.end, toll.start)) or
        bool(toll.end <= death.start and _AS_THE_CAUSE.fullmatch(text, toll.end, death.start)))


# "..., raising the number of martyred soldiers to five", "bringing the death toll to 26"
_RAISED_TO = re.compile(r"[^.;]{0,120}?\b(?:raising|bringing|taking|pushing)\s+the\s+"
                        r"(?:death\s+toll|toll|number\s+of\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|"
                        r"martyred|soldiers|policemen|people))\s+(?:[\w-]+\s+){0,4}?to\s+"
                        r"(?P<num>\w+)",
                        re.I)


def raised_to_the_toll(text: str, toll: Figure | None, death: Figure) -> bool:
    """A death told as raising the count to the toll already chosen: the toll holds it ("Funeral
    prayers for five soldiers ... martyred ... two of the injured soldiers had succumbed ...,
    raising the number of martyred soldiers to five" is five killed)."""
    m = _RAISED_TO.match(text, death.end)
    return toll is not None and m is not None and toll.count.low is not None and \
        _number(m.group("num")) == toll.count.low


def told_with_the_update(text: str, figures: Sequence[Figure], toll: Figure | None,
                         death: Figure) -> bool:
    """A death told after a toll update that already told a death of the same count in its
    own sentence is that death again ("A second policeman succumbed to his injuries on
    Monday, ... taking the death toll in the attack to two ... Noor Zaman died at the Saidu
    Teaching Hospital on Monday morning" is two killed, not three)."""
    n = death.count.low or 1
    return toll is not None and toll.update and toll.end <= death.start and any(
        f.additive and f is not death and (f.count.low or 1) == n and f.end <= toll.start and
        not _SENTENCE_END.search(text, f.end, toll.start) for f in figures)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# (or as the source's word of it: "It put the number of martyred soldiers at nine, saying two
# of the injured soldiers had succumbed")
# (also after the update's day: "The toll rose to 11 on Wednesday morning after two of the
# injured drivers died")
_AS_THE_CAUSE = re.compile(r"[\s,]*(?:(?:on|by|late\s+on|early\s+on)\s+(?:[\w-]+\s+){1,3}?)?"
                           r"(?:after|as|when|saying(?:\s+that)?)\s+", re.I)


# "Of the three persons injured, one died on the way to hospital"
_OF_THE_INJURED = re.compile(r"\b[Oo]f\s+the\s+(?P<num>\w+)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:injured|wounded)\s*,?\s*$")


def of_all_the_injured(text: str, toll: Figure | None, toll_wounded: Figure | None,
                       death: Figure) -> bool:
    """A death "of the three persons injured" where the toll's dead and wounded are three:
    how the toll came ("left one person dead and two others injured ... Of the three
    persons injured, one died on the way to hospital" is one dead, two wounded)."""
    if toll is None or toll_wounded is None or toll.count.low is None or \
            toll_wounded.count.low is None:
        return False
    m = _OF_THE_INJURED.search(text, max(0, death.start - 50), death.start)
    num = NUMBER_RE.match(m.group("num")) if m else None
    told = parse_number(num) if num else None
    return told is not None and told.low == toll.count.low + toll_wounded.count.low


_SOME_OF_THEM = re.compile(r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+(?:more\b|of\b|"
                           r"(?:later\s+)?succumbed\b|died\b)")


def add_death(result: Casualties, fig: Figure, text: str, *, dead_told: bool = False) -> None:
    """One of the wounded died later: killed + n, wounded - n, in the same category
    (``dead_told``: the toll's dead already hold them, and only the wounded lose them)."""
    n = fig.count.low or 1
    killed = result.killed
    wounded = result.wounded
    if wounded.is_empty() and not killed.is_empty():
        return  # the victim was never counted as wounded: already among the killed
    told = next((c for c in fig.count.by_category if c != "unknown"), None)
    wounded_known = [c for c in wounded.by_category if c != "unknown"]
    # "Eight volunteers were injured ... one succumbed": the dead are of the wounded's side
    # when the wounded are all of one side and the figure counts some of them ("one of
    # them", "one more"); "He succumbed" may be someone the wounded's figure did not count.
    of_wounded = told is None and len(wounded_known) == 1 and bool(
        _SOME_OF_THEM.match(text, fig.start, fig.end))
    key = told or (wounded_known[0] if of_wounded else "unknown")
    if dead_told:
        pass  # (the toll's own dead: "Four persons were killed ... where she was pronounced dead")
    elif killed.is_empty():
        result.killed = Count(n, n, n, "exact", {key: n} if fig.count.by_category or
                              key != "unknown" else {})
    else:
        killed.low = (killed.low or 0) + n
        killed.high = None if killed.high is None else killed.high + n
        killed.best = None if killed.best is None else killed.best + n
        if killed.by_category or key != "unknown":
            if not killed.by_category and killed.low > n:
                killed.by_category["unknown"] = killed.low - n  # the toll's own victims
            killed.by_category[key] = killed.by_category.get(key, 0) + n
    if wounded.low is not None and wounded.low >= n:
        wounded.low -= n
        wounded.high = None if wounded.high is None else wounded.high - n
        wounded.best = None if wounded.best is None else wounded.best - n
        # The wounded's categories must still add up to their total.
        cats = wounded.by_category
        source = key if cats.get(key, 0) >= n else "unknown" if cats.get("unknown", 0) >= n \
            else (wounded_known[0] if len(wounded_known) == 1 else None)
        if source is not None and cats.get(source, 0) >= n:
            cats[source] -= n
            if not cats[source]:
                del cats[source]
