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
from eventwatch.extract.numbers import NUMBER_RE, parse_number
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


# The attackers counted as the subject of their act: "three heavily armed terrorists stormed",
# "around 20 militants armed with heavy weapons attacked", "dozens of militants attacked",
# "two men on a motorcycle opened fire", "two armed men riding a motorcycle" (not men on a
# motorcycle who "were" shot).
# (its own nouns, not lexicon's ATTACKER_NOUNS: militants counted by number are here, and the
# herdsmen, gangs and militias of that list are not)
_COUNTED_ATTACKERS = (r"terrorists|militants|gunm[ae]n|attackers|assailants|(?:armed\s+)?men|"
                   r"motorcyclists|(?:suicide\s+)?bombers|khwarij|dacoits|bandits|fighters|"
                   r"insurgents|jihadists|raiders|miscreants|(?:armed\s+)?youths")
_ACT_VERBS = (r"attacked|stormed|opened|entered|struck|raided|abducted|kidnapped|ambushed|shot|"
              r"came|arrived|surrounded|blocked|set\s+up|tied|positioned|crossed|lobbed|hurled|"
              r"threw|fired|intercepted|stopped|snatched|torched|barged|forced|broke|launched|"
              r"assaulted|overran|swooped|blew|detonated|rammed|targeted|besieged|laid")
_ATTACKERS = guarded(
    rf"(?P<n>{NUMBER_RE.pattern})\s+"
    r"(?:(?:heavily|well|unidentified|unknown|masked|suspected|armed|heavily[\s-]armed|"
    r"suicide|other)\s+){0,3}"
    rf"(?:{_COUNTED_ATTACKERS})\b"
    r"(?:\s+(?:on|riding|astride)\s+(?:a\s+|an\s+|two\s+|three\s+|their\s+)?"
    r"motor\s*(?:cycles?|bikes?)\b(?!,?\s+(?:were|was|had\s+been)\b)|"
    r"(?:\s*,?\s+(?:armed\s+with|carrying|wielding|in|on|riding|from|of|who|some|"
    r"reportedly|allegedly)\b[^.;]{0,70}?)?\s+(?:had\s+|have\s+|then\s+)?"
    # (their own act, not one done to them: "Two men on a motorcycle were shot dead")
    rf"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?:{_ACT_VERBS})\b)",
    re.I)
# "A suicide bomber blew himself up": one attacker, where no group is counted.
_ONE_ATTACKER = guarded(
    r"\b(?:an?|one|the\s+lone|a\s+lone)\s+(?:teenage\s+|female\s+|young\s+)?"
    r"(?:suicide\s+(?:bomber|attacker)|gunman|lone\s+attacker)\s+"
    r"(?:(?:[\w-]+|,)\s+){0,6}?(?:blew|struck|detonated|rammed|opened|attacked|walked|entered|"
    r"targeted|drove|exploded|set\s+off|shot)\b", re.I)


def attackers_count(text: str, sentences: Sequence[Sentence],
                    evidence: list[Evidence] | None = None) -> int | None:
    """The number of attackers when stated ("three heavily armed terrorists attacked"); of a
    range ("15 to 20 militants had abducted"), its low end (GTD's nperps is one number, and
    the codebook's counts are conservative); of a vague word, its low ("dozens" 24).  A
    lone suicide bomber or gunman is one, where no number of attackers is given."""
    lone: re.Match[str] | None = None
    for s in sentences:
        for m in _ATTACKERS.finditer(text, s.start, s.end):
            q = parse_number(m)  # (the number's own groups, spliced in whole)
            count = None if q is None else q.low if q.low is not None else q.high
            if count:  # not "unidentified militants opened fire"
                if evidence is not None:
                    evidence.append(Evidence("attackers", m.start("n"), m.end(), m.group(0)[
                        m.start("n") - m.start():]))
                return count
        lone = lone or _ONE_ATTACKER.search(text, s.start, s.end)
    if lone is not None:
        if evidence is not None:
            evidence.append(Evidence("attackers", lone.start(), lone.end(), lone.group(0)))
        return 1
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
