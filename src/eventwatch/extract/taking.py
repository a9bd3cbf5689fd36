"""Part of stage 7 (incidents): the words of people taken away, read by the trigger patterns
of :mod:`eventwatch.extract.lexicon` (kidnappings and enforced disappearances), by
:mod:`eventwatch.extract.measure_verbs` (the counts of those taken) and by
:mod:`eventwatch.extract.retelling` (a force's taking told apart); the takers' retelling of
an arrest is set aside by :mod:`eventwatch.extract.triggers` and
:mod:`eventwatch.extract.figure_verbs`.  Rules: ``docs/codebook.md``, What is an incident
(stops 44 and 45: enforced disappearances).
"""

from __future__ import annotations

import re

__all__ = ["DISAPPEARED", "FORCE_TOOK_RE", "TAKEN_PEOPLE", "TOLD_BY_TAKERS_BEFORE"]

# People led away: "took away its two security guards" (also read by ``measure_verbs``).
TAKEN_PEOPLE = (r"(?:persons|men|people|villagers|workers|youths|passengers|officials|guards|"
                r"labou?rers|employees|engineers|drivers|miners|farmers|travell?ers|traders|"
                r"women|children|students|pupils|worshippers|worshipers|villagers|herders|"
                r"fishermen|hostages|others|constables|policemen|soldiers|teachers|"
                # ("seized four shepherds")
                r"shepherds|boys|girls|activists|journalists|"
                # (kin: "raided a house in Ganz ... and took away two brothers")
                r"brothers|sons|sisters|daughters|cousins|relatives|"
                # (some of those told: "took away five of them")
                r"of\s+them)\b")

# Enforced disappearances, told by the families or the press: "were forcibly disappeared",
# "took away Jameel Ahmed, Faheem Baloch ...", "was taken from his home ... by men in military
# uniform", "seized a shepherd", "bundled into an unmarked car", "picked up by Frontier Corps
# personnel".
# (with its day: a list of a week's acts, "... and two youths were forcibly disappeared from
# Gwadar", is a summary whose parts the story tells)
DISAPPEARED = (r"forcibly\s+disappeared(?=[^.;,]{0,80}?\b(?:on|last)\s+(?-i:[A-Z])[a-z]+day\b)|"
               r"took\s+away\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)|"
               r"(?:was|were)\s+taken\s+from\s+(?:his|her|their)\s+homes?|"
               # ("had raided their homes ... and taken the men away")
               r"taken\s+the\s+(?:young\s+)?(?:men|youths|boys)\s+away|"
               r"seized\s+(?:an?|one)\s+(?:[\w-]+\s+)?(?:shepherd|farmer|fisherman|man|woman|"
               r"youth|boy|girl|villager|teacher|student|journalist|activist|herder)\b|"
               r"bundled\s+(?:him\s+|her\s+|them\s+)?into\s+(?:an?\s+)?(?:\w+\s+)?"
               r"(?:car|vehicle|van|truck)|picked\s+up\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
               r"(?:personnel|forces|agencies|troops|soldiers|men\s+in\s+uniform)|"
               r"picked\s+up\s+(?:\w+\s+)?(?:young\s+)?(?:men|youths|students|brothers|boys)\b")

# A man's taking told again by his takers, no arrest of its own: "The Israeli military said he
# had been \"detained for questioning\"" (read right before the verb; the quote may open
# before it).
TOLD_BY_TAKERS_BEFORE = re.compile(r"\b(?:he|she|they)\s+had\s+been\s+[\"“']?$", re.I)

# A force that took people away, named before its act: "personnel of the Frontier Corps had
# raided their homes ... and taken the men away", "Soldiers raided Kyauk Sit village ... and
# took away eight young men" (read by ``retelling.opens_new``: its own incident).
FORCE_TOOK_RE = re.compile(
    r"\b(?:Frontier\s+Corps|FC|troops|soldiers|personnel|(?:security\s+)?forces|army|Rangers|"
    r"agencies|men\s+in\s+uniform)\b[^.;]{0,120}?\b(?:took\s+away|taken\s+(?:[\w-]+\s+){0,3}?away|"
    r"picked\s+up|seized|whisked\s+away|bundled)\b", re.I)
