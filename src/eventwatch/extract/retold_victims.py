"""Stage 8c: victims told again.  Reads the figures of one incident; says which of them tell
again the victims another figure counted: the wound and the death of the one victim the toll
counted dead, told again by a pronoun, a role or a name (:func:`victim_told_again`), the
wounded of a toll told with its dead (:func:`wounded_of_the_toll`), and a death of the
wounded told more than once (:func:`deaths_told_once`).  :mod:`eventwatch.extract.tolls`
reconciles the rest.  Rules: ``docs/codebook.md``, Numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.temporal import MONTH_NAMES

if TYPE_CHECKING:
    from eventwatch.extract.tolls import Figure


# The day a death is told on, right after its figure: "succumbed to injuries at SKIMS Soura on
# June 22".
_DEATH_DAY = re.compile(rf"[^.;]{{0,80}}?\bon\s+(?P<day>(?:{MONTH_NAMES})\s+\d{{1,2}})\b",
                        re.I)


_HIM_END = re.compile(r"\b(?:him|her)$", re.I)
# The role a single victim is told by: "The driver of a trailer".
_ROLE_HEAD = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<noun>[a-z]{3,})\b")
# The name a single victim is told by again: "Deswal, however, died" (not a pronoun or a
# sentence's first word: "He", "Later", "The").
_NAME_HEAD = re.compile(r"(?!(?:The|This|That|His|Her|He|She|Later|One|Another|However|"
                        r"Meanwhile|Police|Sources|Officials)\b)[A-Z][a-z]{2,}(?=,|\s)")


def victim_told_again(text: str, figures: Sequence[Figure]) -> Sequence[Figure]:
    """Without the wound and the death of the one victim the toll already counted dead, told
    again by a pronoun ("... was shot dead by unidentified assailants ... The attackers
    ambushed the vehicle of Bhattani and injured him critically. Later, he succumbed to the
    wounds" is one killed, none wounded) or his death told again by his role ("the driver
    later succumbed")."""
    killed = next((f for f in figures if f.measure == "killed" and not f.additive), None)
    if killed is None or killed.count.low != 1:
        return figures
    head = _ROLE_HEAD.match(text, killed.start, killed.end)
    if head is not None:
        # the one dead told again by his role: "The driver of a trailer ... was killed and his
        # assistant received critical injuries ... the driver later succumbed to his
        # injuries" is one killed, one wounded
        again = re.compile(rf"\b[Tt]he\s+{re.escape(head.group('noun'))}\b")
        figures = [f for f in figures if not (
            f.additive and f.start > killed.end and (f.count.low or 1) == 1 and
            again.match(text, f.start, f.end))]
    wound = next((f for f in figures if f.measure == "wounded" and not f.additive and
                  f.start > killed.start and f.count.low == 1 and
                  _HIM_END.search(text, f.start, f.end)), None)
    death = None if wound is None else next(
        (f for f in figures if f.additive and f.start > wound.start and
         (f.count.low or 1) == 1), None)
    if wound is None or death is None:
        return figures
    return [f for f in figures if f is not wound and f is not death]


# The wounded told again as such, dying: "The injured soldiers later succumbed".
_THE_INJURED = re.compile(r"\b[Tt]he\s+(?:injured|wounded)\s+$")


def wounded_of_the_toll(text: str, figures: Sequence[Figure]) -> Sequence[Figure]:
    """Without the wound and the death of those the toll already counted dead, told again
    as wounded of its side and then as "the injured" who died ("Three detained militants and
    two soldiers were killed ... two guards received injuries ... The injured soldiers later
    succumbed" is five killed, none wounded)."""
    toll = next((f for f in figures if f.measure == "killed" and not f.additive), None)
    if toll is None or not toll.count.by_category:
        return figures
    for wound in figures:
        if wound.measure != "wounded" or wound.additive or wound.start < toll.end or \
                len(wound.count.by_category) != 1:
            continue
        ((side, n),) = wound.count.by_category.items()
        if side == "unknown" or toll.count.by_category.get(side, 0) < n:
            continue
        death, the = next(((f, m) for f in figures if f.additive and f.start > wound.end and
                           (m := _THE_INJURED.search(text, max(0, f.start - 20), f.start))),
                          (None, None))
        if death is not None and the is not None:
            # (with "injured soldiers", the adjective of their telling again)
            return [f for f in figures if f is not wound and f is not death and not (
                f.measure == "wounded" and the.start() <= f.start < death.end)]
    return figures


def _same_name(text: str, a: Figure, b: Figure) -> bool:
    """One figure opens with a surname the other tells after a given name: the same person
    ("Deswal" and "Satya Prakash Deswal"; not a rank told of two men: "Constable Ram" and
    "Constable Shyam")."""
    for first, other in ((a, b), (b, a)):
        name = _NAME_HEAD.match(text, first.start, first.end)
        if name is not None and re.search(rf"\b[A-Z][a-z]+\s+{name.group(0)}\b",
                                          text[other.start:other.end]):
            return True
    return False


# A death told again by "He" after one person's death of wounds ("... died ... He
# succumbed").
_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")
_DEATH_OF_ONE = re.compile(r"\b(?:died|succumbed)$")


def deaths_told_once(text: str, deaths: list[Figure], figures: Sequence[Figure]) -> list[Figure]:
    """The deaths of the wounded, each once: a run-on that tells the same death twice, on the
    same day ("A Policeman injured in a militant attack ... succumbed to injuries at SKIMS
    Soura on June 22 ... Head constable Habibullah who was critically injured ... succumbed
    to his injuries at SKIMS on June 22 morning"), counts it once, and so a death told
    again by the name of one who died before ("Satya Prakash Deswal, succumbed to bullet
    injuries ... Deswal, however, died on way")."""
    seen: set[tuple[int | None, str]] = set()
    out: list[Figure] = []
    for f in deaths:
        # (a death told twice by name is kept once: the first telling)
        same = next((g for g in figures if g.measure == "killed" and g is not f and
                     (not g.additive or g.start < f.start) and
                     (g.count.low or 1) == 1 and (f.count.low or 1) == 1 and
                     _same_name(text, f, g)), None)
        if same is not None:
            if not same.count.by_category and f.count.by_category:
                same.count.by_category = dict(f.count.by_category)  # who he was
            continue
        if _PRONOUN_SUBJECT.match(text, f.start, f.end) and any(
                g.measure == "killed" and g.start < f.start and (g.count.low or 1) == 1 and
                _DEATH_OF_ONE.search(text, g.start, g.end) for g in figures):
            continue  # "A Policeman injured in a militant attack ..., died ... He succumbed
            # to injuries at the hospital": his death told again
        day = _DEATH_DAY.match(text, f.end)
        key = (f.count.low, day.group("day")) if day else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        out.append(f)
    return out
