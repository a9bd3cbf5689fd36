"""Part of grouping (:mod:`eventwatch.extract.retelling`): the dead found after the act.
Reads one sentence and the open incident; says whether the sentence tells bodies of the
incident's dead found (no act of its own, whatever its day): "The body of a 14 year old
individual ... was recovered on July 12" after "bodies of all four traders ... have been
recovered", "On Monday, community leaders said 16 bodies had been recovered" after an
attack on Sunday night.  Rules: ``docs/codebook.md``, Incidents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwatch.extract.drafts import Draft
    from eventwatch.extract.incidents import SentenceInfo
    from eventwatch.extract.tolls import Figure

__all__ = ["bodies_found_later", "bodies_told_again"]


# A body named with the definite article at a sentence's start: one of those the incident
# counts, found.
_THE_BODY = re.compile(r"^\W*the\s+bod(?:y|ies)\s+of\b", re.I)


def bodies_told_again(info: SentenceInfo, told: Sequence[Figure]) -> bool:
    """Whether the sentence opens with the body of one of the dead the incident counts, no more
    of them than it counts ("bodies of all four traders ... have been recovered. The body of
    a 14 year old individual identified as Bakar Ali was recovered on July 12")."""
    if not _THE_BODY.search(info.sentence.text):
        return False
    dead = max((t.count.low or 0 for t in told if t.measure == "killed"), default=0)
    return dead > 0 and all(f.measure != "killed" or (f.count.low or 0) <= dead
                            for f in info.figures)


# Bodies found or recovered, told in one clause: "16 bodies had been recovered".
# (or counted: "the National Network ... said it had counted 19 bodies in Gressier")
_BODIES_FOUND = re.compile(r"\bbod(?:y|ies)\b[^.;,]{0,40}?\b(?:found|recovered|retrieved|"
                           r"pulled\s+out)\b|\bcounted\s+(?:\w+\s+)?bodies\b", re.I)


def bodies_found_later(info: SentenceInfo, current: Draft) -> bool:
    """The sentence counts only bodies found (the incident's dead found after it, not an act
    of that day), after an incident that killed or attacked."""
    text, at = info.sentence.text, info.sentence.start
    # (the toll they raise may be told with them: "found the bodies of two more terrorists
    # ..., taking the number of attackers killed to five")
    return bool(info.figures) and all(
        f.measure == "killed" and ("bod" in text[f.start - at:f.end - at].lower() or f.update)
        for f in info.figures) and bool(_BODIES_FOUND.search(text)) and \
        not current.families <= {"arrest"}
