"""Stage 11a: details of the incident that GTD records beside its types.  Reads the
incident's sentences; writes the site attacked as written (:func:`facility`, "the police
training college", with its evidence) and the number of attackers the text states
(:func:`attackers_count`, GTD's ``nperps``); and the attackers' own gun and clash words,
less the fire of the force attacked (:func:`attackers_triggers`), that the secondary attack
types read.  Rules: ``docs/codebook.md``, Types.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import ATTACKER_NOUNS, MILITANT_NOUNS
from eventwatch.extract.numbers import words_to_int
from eventwatch.extract.segment import Sentence
from eventwatch.models import Evidence

__all__ = ["attackers_count", "attackers_triggers", "facility"]

_FACILITY = guarded(
    r"\b(?:targeting|targeted|attack(?:ed)?\s+on|stormed|raided|struck|hit|inside|outside|"
    r"near|at|on)\s+(?:a|an|the)\s+(?P<site>(?:[\w’'-]+\s+){0,3}?(?:college|school|"
    r"police\s+station|station|check[\s-]?post|checkpoint|camp|base|mosque|imambargah|"
    r"shrine|church|temple|market|bazaar|hotel|office|court|hospital|university|compound|fort|"
    r"convoy|bus|van|coach|jirga|funeral|rally|house|residence|headquarters|academy|centre|"
    r"center|gate|bank(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:river|canal|stream|nullah))|"
    r"factory|tower|pipeline|train))\b", re.I)


def facility(text: str, sentences: Sequence[Sentence],
              evidence: list[Evidence]) -> str | None:
    """The site attacked, as written ("the police training college"), with evidence."""
    for s in sentences[:2]:
        m = _FACILITY.search(text, s.start, s.end)
        if m:
            evidence.append(Evidence("facility", m.start("site"), m.end("site"), m.group("site")))
            return m.group("site")
    return None


_ATTACKERS = guarded(
    r"\b(?P<n>\w+)(?:\s*(?:to|-|–)\s*\w+)?\s+(?:heavily\s+)?(?:armed\s+)?(?:terrorists|"
    r"militants|gunmen|attackers|assailants|suicide\s+bombers)\s+(?:had\s+|have\s+)?"
    r"(?:attacked|stormed|opened|entered|struck|raided|abducted|kidnapped|ambushed)",
    re.I)


def attackers_count(text: str, sentences: Sequence[Sentence]) -> int | None:
    """The number of attackers when stated ("three heavily armed terrorists attacked"); of a
    range ("15 to 20 militants had abducted"), its low end (GTD's nperps is one number, and
    the codebook's counts are conservative)."""
    for s in sentences:
        for m in _ATTACKERS.finditer(text, s.start, s.end):
            n = m.group("n")
            count = int(n) if n.isdigit() else words_to_int(n)
            if count is not None:  # not "unidentified militants opened fire"
                return count
    return None


# Whose fire a gun word is: the nearest doer before it in its clause.
_STATE_FIRER = guarded(r"\b(?:police\w*|policem[ae]n|troops|soldiers|SFs?|security\s+(?:forces|"
                       r"personnel)|(?:security\s+)?guards?|officers|personnel|army|jawans|"
                       r"commandos|FC|Levies|Rangers|forces)\b", re.I)
_NON_STATE_FIRER = guarded(rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS}|bombers?|they|he)\b",
                           re.I)
# A force named before another verb is not the subject of the gun word: "lobbed a grenade
# inside the camp of the Police (SOG) at Litter and then opened indiscriminate fire".
_OTHER_CLAUSE = re.compile(r"\b(?:and|then|but|when|after|before|while|as)\b|,", re.I)


def attackers_triggers(text: str, triggers: dict[str, list[tuple[int, int, str]]],
                        ) -> dict[str, list[tuple[int, int, str]]]:
    """The gun and clash words of the attackers: not the fire of the force attacked ("the
    Policemen guarding the Police Station opened fire on the vehicle", "the SFs later fired
    at the extremists", "officers exchanged fire with the militants"), which is no further
    method of the attack."""
    out = dict(triggers)
    for cls in ("armed", "clash"):
        kept = []
        for hit in triggers.get(cls, []):
            lo = max(text.rfind(".", 0, hit[0]), text.rfind(";", 0, hit[0]), hit[0] - 80) + 1
            state = [m.end() for m in _STATE_FIRER.finditer(text, lo, hit[0])]
            doers = [m.end() for m in _NON_STATE_FIRER.finditer(text, lo, hit[0])]
            if not (state and state[-1] > max(doers, default=-1) and
                    not _OTHER_CLAUSE.search(text, state[-1], hit[0])):
                kept.append(hit)
        if kept:
            out[cls] = kept
        else:
            out.pop(cls, None)
    return out
