"""Part of stage 9 (perpetrators): groups named in an apposition.  Reads a sentence's words
around an actor base match; says whether the group is the whole an unknown claimant belongs
to ("Usood-ul-Harb, a faction of the Hafiz Gul Bahadur group, claimed responsibility":
:func:`claimed_as_whole`) and where a doer's verb follows an apposition on the group
(", the Shining Path remnant that operates in ..., ambushed": :func:`after_apposition`).
Rules: ``docs/codebook.md``, Perpetrators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.doer_verbs import DOER_VERB_RE
from eventwatch.extract.fastre import guarded
from eventwatch.extract.segment import Sentence

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorMatch

__all__ = ["APPOSITION_OF_RE", "after_apposition", "claimed_as_whole"]

# A group named as the whole a branch or a faction belongs to: "ISKP, the regional affiliate
# of the Islamic State group".
APPOSITION_OF_RE = guarded(
    r"\b(?:affiliate|branch|wing|faction|chapter|franchise|offshoot|ally|part|splinter(?:\s+"
    r"group)?)\s+of\s+(?:the\s+)?$", re.I)

# A name the actor base does not know, then the group it is a faction of, then the claim:
# "Usood-ul-Harb, a faction of the Hafiz Gul Bahadur group, claimed responsibility".
_UNKNOWN_BEFORE_APPOSITION = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:[\s-][\w'’-]+){0,4},\s+"
                                        r"(?:a|an|the)\s+(?:\w+\s+)?$", re.I)
_APPOSITION_CLAIMED = re.compile(r"[^,.;]{0,30},\s+(?:has\s+|had\s+)?(?:claimed|owned)\b", re.I)


def claimed_as_whole(text: str, sentence: Sentence, match: ActorMatch,
                      actor_matches: Sequence[ActorMatch]) -> bool:
    """The group is named in an apposition ("a faction of the X") on a claimant the actor base
    does not know: the claim is the group's, at the family's level (a known claimant keeps its
    own: "ISKP, the regional affiliate of the Islamic State group, claimed")."""
    before = text[max(sentence.start, match.start - 60):match.start]
    apposition = APPOSITION_OF_RE.search(before)
    if apposition is None or not _APPOSITION_CLAIMED.match(text, match.end, sentence.end):
        return False
    head = before[:apposition.start()]
    unknown = _UNKNOWN_BEFORE_APPOSITION.search(head)
    if unknown is None:
        return False
    lo = match.start - len(before) + unknown.start()
    return not any(lo <= m.start < match.start and m is not match for m in actor_matches)


_APPOSITION_OPENS = re.compile(r",\s+(?:the|a|an)\s", re.I)


def after_apposition(tail: str) -> str | None:
    """The words after an apposition that opens ``tail`` (", the Shining Path remnant that
    operates in ..., ambushed"), where a doer's verb follows one of its commas."""
    if not _APPOSITION_OPENS.match(tail):
        return None
    comma = tail.find(",", 2)
    while 0 < comma <= 200 and not any(c in tail[:comma] for c in ".;"):
        rest = tail[comma + 1:]
        if DOER_VERB_RE.match(rest):
            return rest
        comma = tail.find(",", comma + 1)
    return None
