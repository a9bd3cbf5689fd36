"""Part of grouping (:mod:`eventwatch.extract.incidents`): the story's first incident told
again.  Reads one event sentence that would open an incident after another one, and the
story's first incident (its families, its day, its members); says whether the sentence tells
that first incident again, on its day and with no toll of its own (:func:`first_told_again`),
or counts it again with no day of its own (:func:`first_count_again`): the sentence then
joins the first incident; and the earlier incident a later sentence names by a word of its
first sentence (:func:`named_draft`: "the number of soldiers killed in the base attack had
risen to 11", "the Los Lobos gang was suspected in the Daule attack"), which it joins.
Rules: ``docs/codebook.md``, What is an incident.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.lexicon import SEPARATE_ACT

if TYPE_CHECKING:  # (incidents imports this module)
    from eventwatch.extract.drafts import Draft
    from eventwatch.extract.incidents import SentenceInfo
    from eventwatch.extract.temporal import DateMention

__all__ = ["BLAME_WORDS", "first_count_again", "first_told_again", "named_draft"]


# An opener that tells another act: "Meanwhile", "In a separate incident".
_ANOTHER_ACT_OPENER = re.compile(rf"\W*(?:meanwhile|separately|elsewhere|{SEPARATE_ACT})\b",
                                 re.I)


def first_told_again(info: SentenceInfo, families: set[str], day: DateMention | None,
                     first_text: str) -> bool:
    """A sentence that tells the story's first incident again after another one, on its day,
    with no toll of its own ("SF personnel and CPI Maoist cadres exchanged fire ... on
    February 8 ... launched a combing operation on February 6 ... On February 8, when the
    Maoists opened fire, the SOG troopers retaliated"); ``first_text``: the first incident's
    lead."""
    own = info.own_days()
    # (not one told as another: "Meanwhile, unidentified men blew up a government girls'
    # school in the Khaddi area late on Friday night", after Friday's bombing and Saturday's
    # operation)
    # (nor one that destroyed a thing of its own the first did not: "On Monday night, Maoists
    # blew up a portion of the railway track between Manoharpur and Jaraikela stations",
    # after Monday afternoon's IED blast on a patrol)
    thing = _OWN_THING_DESTROYED.search(info.sentence.text)
    return bool(own) and day is not None and not info.figures and \
        own[0].date.to_dict() == day.date.to_dict() and bool(info.families & families) and \
        not _ANOTHER_ACT_OPENER.match(info.sentence.text) and not (
            thing is not None and thing.group("thing").lower() not in first_text.lower())


_OWN_THING_DESTROYED = re.compile(
    r"\b(?:blew\s+up|torched|set\s+fire\s+to|set\s+ablaze|destroyed)\s+(?:an?|the)\s+"
    r"(?:(?:portion|part|section|stretch)\s+of\s+(?:an?\s+|the\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?P<thing>track|pipeline|tower|bridge|school|mast|pylon|transformer)s?\b", re.I)


def first_count_again(info: SentenceInfo, first: Sequence[SentenceInfo],
                      families: set[str]) -> bool:
    """A sentence that counts the story's first incident again after another one, with no day
    of its own: every figure it states the first already stated, of the same measure and
    sides ("Six NSCN IM cadres were also arrested during the operation ... PRO added during
    the search, six NSCN IM cadres who were running the illegal detention centre ... were
    arrested", the two hostages rescued told between)."""
    if not info.figures or info.own_days() or \
            not info.families & families:
        return False
    told = {(f.measure, f.count.low, tuple(sorted(f.count.by_category)))
            for m in first for f in m.figures if not f.additive}
    again = {(f.measure, f.count.low, tuple(sorted(f.count.by_category))) for f in info.figures}
    # (all of them: a sentence that counts only part of a summary lead's victims, "lobbed a
    # hand grenade on a Police mobile which wounded at least eight people" after "A
    # Policeman was killed and eight others ... were wounded", tells one of its incidents)
    return again == told


# The act a toll update names by a word of its own: "killed in the base attack".
# (or the place the people were taken from: "the number of people abducted from the church
# had risen to 41", after the army's rescue)
_NAMED_ACT = re.compile(r"\bthe\s+(?P<what>[\w-]{3,})\s+(?:attack|bombing|blast|assault|ambush|"
                        r"raid|explosion)\b|\b(?:abducted|kidnapped|taken)\s+from\s+the\s+"
                        r"(?P<place>[\w-]{3,})\b|"
                        # (or its day: "raising the number of civilians killed in Friday's raid
                        # to four")
                        r"\b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
                        r"(?:attack|bombing|blast|assault|ambush|raid|explosion)\b", re.I)


def named_draft(info: SentenceInfo, drafts: Sequence[Draft], current: Draft) -> Draft | None:
    """The earlier incident a toll update (or a blame) names by a word its first sentence
    holds and the open incident's does not: "On Wednesday, a military official in Wanlaweyn
    said the number of soldiers killed in the base attack had risen to 11" after a strike told
    elsewhere, "the Los Lobos gang was suspected in the Daule attack" after the El Empalme
    killing."""
    named = _NAMED_ACT.search(info.sentence.text)
    if named is None:
        return None
    what = (named.group("what") or named.group("place") or named.group("day")).lower()
    if what in current.anchor.sentence.text.lower():
        return None
    return next((d for d in reversed(drafts) if d is not current and
                 what in d.anchor.sentence.text.lower()), None)


# The words of a blame or a claim, whose sentence may name the earlier act it is of ("the Los
# Lobos gang was suspected in the Daule attack").
BLAME_WORDS = re.compile(r"\b(?:suspected|blamed|behind|responsible|claimed|accused)\b", re.I)
