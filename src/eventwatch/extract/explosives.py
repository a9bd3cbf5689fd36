"""What the explosive words of a sentence tell: that something went off, that the bombs
were only found (a list of arms recovered, however long), that the bomb went off in its
makers' hands, that a suicide bombing is claimed, that a bomb was thrown or fired.  Read by
:mod:`incidents` and :mod:`pipeline` (``docs/codebook.md``: what is an incident).
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded

BOMB_CLASSES = {"suicide", "grenade", "explosive", "shelling"}
# Something went off or was used: without it, explosives named were only found or defused.
DETONATION_RE = guarded(
    r"\b(?:explo(?:ded|sion|sions|des)|blast(?:s|ed)?|went\s+off|blew|blown|"
    # not the purpose of a part found: "battery packs used to detonate the mines"
    r"(?<!to\s)detonat(?:ed|ion|ing|es|e)\b(?![\s-]+(?:cords?|fuses?|wires?)\b)|"
    r"hurled|lobbed|"
    r"threw|thrown|hit|struck|targeted|damaged|destroyed|killed|injured|wounded|attack\w*|"
    r"fired|rained|landed|triggered|rammed|set\s+off|"
    # a shelling told as the act, its toll in the next sentence: "Indian troops shelled Nikron
    # village on Monday. A woman was killed." (not a day's count of places shelled: "Russian
    # forces shelled 14 settlements in the oblast over the past day")
    r"(?:shelled|bombarded)(?!\s+(?:[\w-]+\s+){1,2}(?:settlements|villages|towns|localities|"
    r"communities|areas)\b)|"
    # a bomber's ride into the target: "drove an explosives-laden vehicle into the gate"
    r"drove(?=\s+(?:[\w-]+\s+){0,4}?into\b))\b", re.I)
# Arms found, listed at length after the verb: "recovered 315 bore pistol ... Improvised
# Explosive Device IED of about 2 kilogram a couple of detonators" (a run-on report), up to a
# full stop or a verb of something going off; or after the noun: "Recoveries made from the
# slain militants included ... five live grenades".
FOUND_LIST_RE = re.compile(r"\b(?:recovered|recover(?:y|ies)|seized|seizures?|confiscated|found)\b"
                           r"(?![^.;]*\b(?:"
                           r"explo(?:ded|des)|went\s+off|blew|hurled|lobbed|threw|fired|"
                           r"triggered|detonated|killed|injured|planted)\b)[^.;]*$", re.I)
# The words before an explosive that say it was found: "recovered hand grenades from".
RECOVERED_RE = re.compile(r"\b(?:recovered|recover(?:y|ies)|seized|seizures?|found|confiscated|"
                          r"haul|cache|"
                          r"stockpile|defused|diffused|unearthed)\b[^.;]*$|"
                          # explosives that may be there: "due to the possibility of the
                          # presence of explosives"
                          r"\b(?:possibility|presence|suspicion)\s+of\s+(?:the\s+)?"
                          r"(?:presence\s+of\s+)?(?:more\s+|other\s+|any\s+)?$", re.I)


def found_before(text: str, pos: int) -> bool:
    """The explosive at ``pos`` of a sentence's ``text`` is one of the arms found."""
    return bool(RECOVERED_RE.search(text, max(0, pos - 70), pos) or
                FOUND_LIST_RE.search(text, max(0, pos - 220), pos))


# The arms attackers carried: "armed with rifles and hand grenades".
ARMED_WITH_RE = re.compile(r"\barmed\s+with\b[^.;]*$", re.I)
# A bomb that went off in its makers' hands is no attack (GTD excludes accidents).
ACCIDENT_RE = guarded(
    # not a victim who "accidentally stepped over an IED" the Maoists had planted (a soldier
    # who stepped on a landmine at the border is an accident)
    r"\b(?:accidental(?:ly)?(?!\s+(?:stepped|trod|trampled|walked|drove|came\s+in\s+contact)"
    r"\s+(?:on|over|upon|into|with)\s+(?:an?\s+|the\s+)?(?:IEDs?|improvised|pressure|"
    r"booby))|"
    r"prematurely|premature|while\s+(?:they\s+were\s+|he\s+was\s+)?"
    r"(?:planting|making|manufacturing|assembling|fabricating|defusing|handling|playing)|"
    r"while\s+being\s+(?:prepared|made|assembled|planted|manufactured|fabricated|defused)|"
    r"were\s+(?:planting|making|manufacturing|assembling|fabricating)\b[^.;]{0,60}\bwhen|"
    # "killed in an explosion when he along with his associates was making crude bombs"
    r"when\s+(?:[\w’'-]+\s+){1,6}?(?:was|were)\s+(?:making|manufacturing|assembling|"
    r"fabricating)\s+(?:[\w-]+\s+)?(?:bombs?|explosives?|IEDs?|devices?)|"
    # a bomb that went off on its own makers: "Four IS militants were killed when their own
    # Improvised Explosive Device IED exploded"
    r"(?:their|his)\s+own\s+(?:[\w-]+\s+){0,4}?(?:bombs?|explosives?|IEDs?|devices?|grenades?)"
    r"(?:\s+[A-Z]{2,4})?\s+(?:went\s+off|exploded|detonated|blew\s+up)|"
    # a war's leftover: "a landmine left over from years of fighting exploded" (GTD leaves
    # explosive remnants of war out)
    r"left\s+over\s+from\s+(?:the\s+|(?:years|decades)\s+of\s+|past\s+)?(?:\w+\s+)?(?:fighting|war|"
    r"conflict|battles?)|remnants?\s+of\s+(?:the\s+)?war|"
    r"toy[\s-]like|toy\s+bomb|unexploded|(?:he|she|they)\s+(?:was|were)\s+carrying\s+"
    r"(?:went\s+off|exploded))\b", re.I)
ARMS_FOUND_RE = re.compile(r"\b(?:possession|recover(?:ed|y|ing)?|seized|confiscated|haul|"
                           r"cache|found|stores?\s+of|stocks?\s+of|stockpiles?|dumps?|"
                           r"discovered|unearthed|retrieved|"
                           r"arrested\s+(?:\w+\s+){0,3}along\s+with)\b", re.I)
# (not a purpose: "battery connectors, used for explosions, were recovered")
WENT_OFF_RE = re.compile(r"\b(?<!for\s)(?:explo(?:ded|sion|sions|des)|blasts?|went\s+off|blew\s+up|"
                         # (not the device: "A suicide vest detonators and weapons were seized")
                         r"lobbed|hurled|threw|detonat(?!ors?\b)\w+|hit|struck|fired|triggered)\b",
                         re.I)
SUICIDE_ACT_RE = re.compile(r"suicide[\s-](?:bombings?|attacks?|blast|explosion)$", re.I)
SUICIDE_CLAIMED_RE = re.compile(r"\b(?:claimed|owned\s+up)\s+(?:responsibility\s+for\s+)?"
                                r"(?:the\s+|a\s+)?(?:\w+\s+){0,2}suicide", re.I)


# A bomb thrown or fired: the attack took place, whatever became of the bomb.
_THROW = r"lobbed|lobbing|hurled|hurling|threw|thrown|throwing"
THROWN_RE = guarded(rf"\b(?:{_THROW}|"
                    r"fired\s+(?:\w+\s+){0,2}?(?:grenades?|rockets?|mortars?|shells?|RPGs?))\b",
                    re.I)

# An explosive thrown by hand: "threw explosive material", "hurled crude bombs".
HAND_THROWN_RE = guarded(rf"\b(?:{_THROW}|tossed)\s+"
                         r"(?:\w+\s+){0,3}?(?:explosives?|explosive\s+material|(?:crude\s+|hand\s+|"
                         r"petrol\s+|country[\s-]made\s+)?bombs?|IEDs?)\b", re.I)
# A bomb that is thrown by its nature, told or not: "a firebomb attack", "petrol bombs".
INCENDIARY_RE = guarded(r"\b(?:(?:fire|petrol)[\s-]?bomb\w*|molotov\s+cocktails?)\b", re.I)


def hand_thrown(text: str) -> bool:
    """Whether ``text`` tells an explosive thrown by hand, or one thrown by its nature."""
    return bool(HAND_THROWN_RE.search(text) or INCENDIARY_RE.search(text))
