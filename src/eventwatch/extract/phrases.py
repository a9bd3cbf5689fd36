"""Stage 8a: counted phrases.  Reads a span of text; writes the noun phrases that count
people ("two Policemen", "a National Democratic Front of Bodoland Saraigwra NDFB S militant",
"61 of them") as :class:`Group` s with a quantity and a casualty category, breakdowns
("including five Policemen") folded into their totals, and the :class:`Count` a list of them
adds up to.  :mod:`eventwatch.extract.casualties` finds the verbs and picks the phrases each
one counts.  Rules: ``docs/codebook.md``, Numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import CAPITALISED_WORD_BEFORE, OWNER_BEFORE
from eventwatch.extract.numbers import (
    NOT_A_COUNT_AFTER,
    NOT_A_COUNT_BEFORE,
    NUMBER_RE,
    UNIT_NUMBER,
    Quantity,
    parse_number,
)
from eventwatch.extract.people import (
    ARMED_BAND_RE,
    ARMED_GROUP_BEFORE,
    LEADER,
    OF_ARMED_GROUP,
    PERSON_NOUNS,
    member_of_state_force,
    of_armed_unit_told_before,
    person_category,
)
from eventwatch.models import Count

PERSON = "|".join(f"(?:{pat})" for pat, _ in PERSON_NOUNS)
# A first victim's verb and "and" before "another": "Two soldiers were killed and another ..."
# (objects.another_before reads the same words where the auxiliary is left out after it)
FIRST_VICTIM_AND = r"\b(?:was|were)\s+(?:\w+\s+){1,2}(?:and|while|whereas)\s+"
_FIRST_VICTIM_BEFORE = re.compile(rf"{FIRST_VICTIM_AND}$", re.I)
# What a person noun may qualify, naming no person: "a militant attack", "a militant outfit".
QUALIFIED_THINGS = (r"attacks?|ambush(?:es)?|raids?|outfits?|organi[sz]ations?|hideouts?|"
                    r"activit(?:y|ies)|violence|strikes?")
_AGE_AFTER_NUMBER = re.compile(r"[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b", re.I)
# A counted noun phrase: number, up to three modifiers, a person noun (optional), an "of X" tail.
_NP_RE = guarded(
    r"(?:\b(?:another|an\s+additional|additional)\s+(?=\d|[a-z]+\s))?"
    # (a number starts a word, not the "an" of "Pakistan (TTP) commander"; a row number
    # glued before it is no letter: "65At least four soldiers")
    rf"(?P<num>(?:\b|(?<=\d)(?=[A-Za-z])){NUMBER_RE.pattern[2:]})"
    # (a quote that closes on the number: 'killing "more than 30" of them')
    r"(?:[\"”](?=\s+of\s+them\b))?"
    # (a modifier is no number: "a recent clash two people" is two people, not "a")
    # (nor a preposition: "an attack by miscreants" counts no miscreant)
    # (an age is one modifier: "a 63 year old retired school teacher", "a three month old
    # baby")
    r"(?:(?P<mods>(?:(?:\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b|"
    r"(?!(?:were|was|and|or|in|on|at|by|from|with|had|have|when|while|who|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b)"
    r"[‘'\"]?[A-Za-z][\w’'-]*)){0,3}?"
    # or a group's longer name: "three Communist Party of India Maoist (CPI Maoist) cadres",
    # "a National Democratic Front of Bodoland Saraigwra NDFB S militant", "A Lashkar e
    # Toiba LeT over ground worker", "One Reformation faction of National Socialist Council
    # of Nagaland (NSCN R) cadre"
    # (nor is a number word: "Uzzal 35 Two RAB personnel" are two, after an age)
    # (after an adjective: "two unidentified IK Songbijit faction of ... militants")
    r"|(?:\s+(?:unidentified|suspected|alleged|hardcore|top|wanted|armed))?"
    r"(?:\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)"
    # (with a name's particles: "three Jama atul Mujahideen Bangladesh JMB militants")
    # ("An I.K. Songbijit faction of the National Democratic Front of Bodoland (NDFB IKS)
    # militant")
    # (and two forces' acronyms: "Nine SOG and DVF personnel")
    r"(?:(?-i:[A-Z])[\w’'.-]*|of|the|e|ul|al|i|atul|ut|ud|ur|faction|"
    r"(?<=(?-i:[A-Z]{2})\s)and(?=\s+(?-i:[A-Z]{2,})\b))){2,10}?"
    r"(?:\s+(?!(?:were|was|and|or|in|on|at|had|have|when|while|who)\b)(?-i:[a-z])[\w’'-]*)"
    r"{0,2}?"
    # or two adjectives joined by "and": "28 local and foreign militants were killed"
    r"|\s+(?!(?:were|was|in|on|at|by|from|with|had|have|when|while|who)\b)(?-i:[a-z])[\w’'-]*"
    r"\s+and\s+(?!(?:a|an|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?-i:[a-z])[\w’'-]*)"
    # a group's acronym before the noun: "three Lashkar e Islam (LI) militants"
    r"(?:\s+\([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\))?)\s+"
    # (a quoted role after a group's acronym: "one Lashkar e Toiba (LeT) ‘commander’", or
    # a force's word in its quotes: "had killed several “terrorists”")
    rf"(?:(?<=\)\s)[‘'\"]|[‘“'\"](?=(?:terrorists?|militants?|insurgents?|extremists?|"
    rf"jihadists?|khwarij)\b))?(?P<noun>\b(?:{PERSON}|of\s+them)\b)"
    # (nor the act or the group a person noun qualifies: "in a militant attack", "a
    # militant outfit")
    rf"(?!\s+(?:bus|buses|coach|coaches|vehicles?|cars?|vans?|trucks?|houses?|camps?|"
    rf"{QUALIFIED_THINGS})\b)"
    # (or the force's weapon: "and an army drone strike killed dozens"; the noun may end in
    # its space)
    r"(?!\s*(?:drones?|helicopters?|gunships?|jets?|aircraft|artillery)\b))?",
    # (matches at nearly every number: a widened copy's scan would only add to it, measured
    # 0.63 s against 0.41 s over 2,000 narratives)
    re.I, widen=False,
)
# One named by his rank, then described: "Sepoy Naveed Ahmed, 24, " before "a resident".
_RANKED_NAME_BEFORE = re.compile(rf"\b(?P<rank>{PERSON})\s+(?-i:[A-Z][a-z]+)"
                                 r"(?:\s+(?-i:[A-Z][a-z]+)){0,3}\s*,\s*(?:\d{1,2}\s*,\s*)?$",
                                 re.I)
# A thing a force word before it qualifies: "an army post", "a police convoy".
_THING_AFTER = re.compile(r"\s*(?:posts?|outposts?|camps?|convoys?|bases?|check-?posts?|"
                          r"checkpoints?|vehicles?|stations?|positions?|barracks|headquarters|"
                          r"patrols?|compounds?|installations?|trucks?|helicopters?|jets?)\b",
                          re.I)
# The members of a person's family: "members of a policeman's family".
_MEMBERS_OF = re.compile(r"\bmembers\s+of\b", re.I)
_FAMILY_AFTER = re.compile(r"(?:\s*[’']\s*s|\s+s)?(?:\s+(?-i:[A-Z])[a-z]+){0,3}\s+family\b", re.I)
# The members of a group, counted (the group's name follows).
_MEMBERS = re.compile(r"\s+(?:[‘'\"][^’'\"]{1,20}[’'\"]\s+|(?:suspected|alleged)\s+)?members\b",
                      re.I)
# People counted as someone's: "two of his men".
_OF_HIS = re.compile(r"\s+of\s+(?:his|her)\s*$", re.I)
# The side of all the people counted, told after them.
_ALL_OF_A_SIDE = re.compile(r"\s*,\s*all\s+(?:of\s+them\s+)?(?:(?:believed|said|reported|"
                           r"thought)\s+to\s+(?:be|have\s+been)\s+)?(?:[\w-]+\s+){0,2}?"
                           rf"(?P<noun>(?:{PERSON}))\b", re.I)
# The naming of members just before a number ("identified as one ...": a certain one).
_NAMED_AS = re.compile(r"\b(?:identified\s+as|namely)\s+$", re.I)
# Ages listed after "aged": "Two unidentified persons, aged 30 and 40, were shot dead".
# (ages may be words: "her two grandsons, aged eight and 11, were injured")
_AGE = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_AGED_LIST = re.compile(rf"\baged\s+(?:about\s+|around\s+|between\s+)?{_AGE}"
                        rf"(?:\s*(?:,|and|&|to|-|,\s*and)\s*{_AGE})*", re.I)
# Words that say only sex or age: in a breakdown they take the total's side.
_SEX_OR_AGE = re.compile(r"wom[ae]n|m[ae]n|females?|males?|girls?|boys?|teenagers?|youths?|"
                         r"minors?", re.I)
# "Tayyab, 24, son of Mushtaq, was injured": an age set off by commas after a name.
_KIN_OF = re.compile(r"(?:wife|husband|son|daughter|mother|father|brother|sister)\s+of\b",
                     re.I)
_AGE_APPOSITION = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+,\s*$")
_LIST_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w()-]+\s+){0,3}?[\w()-]+)?"
                       # (or the member's name: "a 12 year old girl Umema and a woman", or
                       # an acronym: "an Assistant Sub Inspector (ASI) and a Constable")
                       # (and the noun after it: "four Border Security Force (BSF) troopers
                       # and a civilian porter")
                       r"(?:\s+[A-Z][a-z]+){0,2}(?:\s*\([A-Z]{2,6}\)(?:\s+(?!and\b)[a-z]+)?)?"
                       r"\s*(?:,|and|,\s*and)\s*")
# The comma that closes an "including" phrase, then "and": ", and one Police commando".
_CLOSING_AND = re.compile(r"\s*,\s*and\s+", re.I)
_INCLUDING_RE = guarded(r"\b(?:including|inclusive\s+of|among\s+them|among\s+whom|"
                        r"of\s+whom)\b", re.I)


_DEFINITE = re.compile(r"\bthe\s+$", re.I)
_HOMELAND_VOLUNTEERS = re.compile(r"\bVolunteers\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+Homeland|"
                                  r"\bVDPs?\b")
_OFFICER = re.compile(r"officers?", re.I)
_ANTI_BEFORE_NOUN = re.compile(r"\banti[\s-]$", re.I)
# A count of some of those counted next: "Seven of the 35 tribesmen".
_PART_OF_BEFORE = re.compile(r"\b(?P<n>\w+)\s+of\s+(?:the|these|those)\s+$", re.I)
# (not where a relative clause tells of all of them: "Seven of the 35 tribesmen who were
# abducted")
_WHO_AFTER = re.compile(r"\s*,?\s*(?:who|which|that)\b", re.I)
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:the\s+|\w+(?:['’]s|\s+s)\s+)?$", re.I)
_UNKNOWN_NUMBER = re.compile(r"\s*(?:unspecified|unknown|undisclosed|unconfirmed)\s+number\b",
                             re.I)
# The source of the news, not people harmed: "According to an FC spokesperson 13 suspects
# were arrested", "according to two officials".
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)


@dataclass(slots=True)
class Group:
    """One counted phrase: its quantity, the casualty category its noun says (None where it
    says none), its span, and the members a breakdown named ("including five Policemen")."""

    quantity: Quantity
    category: str | None
    start: int
    end: int
    breakdown: list[tuple[int, str | None]] = field(default_factory=list)


# A capitalised name of one to three words: "Saifullah Malikdinkhel", "Constable Farman".
# (a middle initial counts as a word before the last: "Rohilbirth J Sangma")
# (an Arabic name's article joins its last word: "Sheikh Abdulrahman al-Omar")
NAME = r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:(?:al-|el-)?[A-Z][a-z]+|[A-Z]\.?(?=\s+[A-Z][a-z]))){0,2}"
_NAME_AFTER = re.compile(rf"\s+{NAME}\s+(?:was|has\s+been)\b")
# (or named by what they guard: "A school guard was injured")
_PRIVATE_GUARD_MOD = re.compile(r"\b(?:school|bank|factory|hotel|mosque|shop|company|hospital|"
                                r"private|college|university|mill)\b", re.I)
_PRIVATE_GUARDS = re.compile(
    r"\s+(?:of|at|for|with)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:company|firm|bank|factory|mill|plant|mine|hotel|contractor|project|NGO|"
    r"(?:petrol|filling|gas)\s+station|shop|market|businessman|trader|university|college|"
    r"school|hospital)\b", re.I)


# A member "underground" is one of an armed group (Indian English: "UG cadres").
_UNDERGROUND = re.compile(r"\bunderground\b", re.I)

# A participle of harm right before a bare vague word, and the clause's end right after it:
# "ambushed a convoy ..., killing dozens, separatist rebels said".
# (the word may be quoted, as the source said it: killing "dozens", one of the sources said)
# (or some of those told: "killing dozens of them", "neutralising dozens of them")
_HARMING_BEFORE = re.compile(r"\b(?:killing|injuring|wounding|neutrali[sz]ing)\s+[\"“]?$")
_CLAUSE_END_AFTER = re.compile(r"[\"”]?\s*(?:[,.;]|and\b|$)|(?<=\bof)\s+them\b")
# ("dozens of" before "them": those told before, of their side)
_THEM_NEXT = re.compile(r"\s+them\b")
# The people fired on, told before a bare count: "opened fire on a group of kolbars, ..., killing ".
_FIRED_ON_BEFORE = re.compile(r"\b(?:opened\s+fire|fired)\s+(?:on|at|upon)\b[^.;]{0,160}?,\s*"
                              r"(?:killing|wounding|injuring)\s+$", re.I)
_OF_ITS_MEN = re.compile(r"\s+of\s+(?:its|their)\s+(?:members|fighters|men|cadres)\b", re.I)
# Nothing but "and" between two counted phrases: "an officer and two soldiers".
_AND_ONLY = re.compile(r"\s+and\s+", re.I)


def noun_category(noun: str | None, mods: str, of_them: str | None) -> str | None:
    """The category of a counted noun; ``of_them``: the category "of them" refers to."""
    if not noun:
        return None
    if noun.lower().replace("  ", " ") == "of them":
        return of_them
    category = person_category(noun)
    if category == "civilians" and not _INFORMER.fullmatch(noun) and _FORCE_MOD.search(mods):
        return "security_forces"  # (a "Police informer" is a civilian the police used)
    if category == "civilians" and re.search(r"\b(?:volunteer|lashkar|militia)\b", noun, re.I):
        return None
    if category == "civilians" and LEADER.fullmatch(noun) and _UNDERGROUND.search(mods):
        return "militants"  # "two underground activists": the members of an armed group
    if category in ("militants", "security_forces") and _FORMER.search(mods):
        # a former cadre is no combatant (UCDP: civilians), nor is a former or retired
        # soldier ("a former soldier of the Afghan National Army")
        return "civilians"
    if category is None and re.search(r"\blocal\b", mods, re.I) and re.fullmatch(
            r"(?:person|persons|people|man|men|youth|youths)", noun, re.I):
        return "civilians"  # "killed a local person": a resident, no combatant (UCDP)
    return category


#: A number the text says it does not know, after its article: "an unspecified number of".
NUMBER_UNKNOWN = re.compile(r"\s+(?:unspecified|unknown|undisclosed|unconfirmed|undetermined|"
                             r"indeterminate|uncertain)\s+number\b", re.I)


# Men told as the doers of the act the story tells (not "people involved in the rescue").
_MEN_NOUN = re.compile(r"men|persons|people|individuals|youths?", re.I)
_DOERS_OF_THE_ACT = re.compile(r"\s+(?:who\s+were\s+)?(?:involved\s+in|behind|responsible\s+for|"
                               r"who\s+(?:had\s+)?carried\s+out)\s+the\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:attack|bombing|blast|ambush|killing|massacre|assault)\b", re.I)


def counted_phrases(text: str, start: int, end: int, of_them: str | None) -> list[Group]:
    """Counted noun phrases in ``text[start:end]``, breakdowns folded into their totals;
    ``of_them``: the category "of them" refers to."""
    groups: list[Group] = []
    # One scan: a match is never empty (it holds a number), so finditer resumes at its end.
    for m in _NP_RE.finditer(text, start, end):
        q = parse_number(NUMBER_RE.match(m.group("num")) or m)
        if q is None:
            continue
        noun = m.group("noun")
        if NOT_A_COUNT_BEFORE.search(text[max(0, m.start("num") - 12):m.start("num")]) or \
                _SOURCE_BEFORE.search(text, max(0, m.start("num") - 16), m.start("num")) or (
                not noun and NOT_A_COUNT_AFTER.match(text[m.end("num"):m.end("num") + 30])) or (
                m.group("num").isdigit() and UNIT_NUMBER.match(text, m.end("num"))) or \
                _AGE_AFTER_NUMBER.match(text, m.end("num")) or \
                NUMBER_UNKNOWN.match(text, m.end("num")):
            # (an age counts no one, a noun after it or not: "his 26 year old friend"; nor
            # does a number the text says it does not know: "an unspecified number of
            # assailants")
            continue
        if not noun and (re.fullmatch(r"(?:19|20)\d\d", m.group("num")) or (
                re.fullmatch(r"\d{5}", m.group("num")) and
                text[max(0, m.start("num") - 3):m.start("num")].lower() == "in ")):
            # a year ("November 30, 2020 — Fourteen soldiers ..."), or one mistyped
            # ("kidnapped in 21013")
            continue
        if m.group("num").startswith("0") and len(m.group("num")) > 1:
            continue  # the rest of a number written with a space ("INR 800 000")
        if not noun and any(
                a.start() < m.start("num") and a.end() >= m.end("num")
                for a in _AGED_LIST.finditer(text, max(0, m.start() - 40), m.end())):
            continue  # the second age of "aged 30 and 40"
        if m.group("num").isdigit() and CAPITALISED_WORD_BEFORE.search(
                text, max(0, m.start() - 25), m.start()) and (
                not noun or _KIN_OF.match(text, m.start("noun"))):
            # an age after a name ("Mangru Portet 48, an area committee member"), also before
            # his kinship ("Nirmala Devi 49 wife of Konjengbam Bhumeshwor Meitei")
            continue
        if not noun and m.group("num").isdigit() and text.startswith(",", m.end("num")) and \
                _AGE_APPOSITION.search(text, max(0, m.start() - 25), m.start()):
            continue
        if q.qualifier == "vague" and not noun and not (
                _HARMING_BEFORE.search(text, max(0, m.start() - 16), m.start()) and
                _CLAUSE_END_AFTER.match(text, m.end())):
            continue  # ("some said"; but "killing dozens, separatist rebels said" counts)
        if noun and _UNKNOWN_NUMBER.match(m.group("mods") or ""):
            continue  # "an unspecified number of militants": no count
        if _ONE_OF_BEFORE.search(text, max(0, m.start("num") - 30), m.start("num")):
            continue  # "Tunda, one of India's 20 most wanted terrorists": the one, not the 20
        part = _PART_OF_BEFORE.search(text, max(0, m.start("num") - 30), m.start("num"))
        if part and groups and groups[-1].end == part.end("n") and noun and \
                not _WHO_AFTER.match(text, m.end()):
            # "Seven of the 35 tribesmen were killed": seven, of the tribesmen's side
            category = noun_category(noun, m.group("mods") or "", of_them)
            if groups[-1].category is None:
                groups[-1].category = category
            continue
        if groups and q.low is not None and any(g.quantity.low == q.low for g in groups) and \
                _DEFINITE.search(text, max(0, m.start("num") - 4), m.start("num")):
            continue  # "the five militants ... The five deceased were ...": the same five
        if not noun and m.group("num").lower() in ("a", "an", "single", "both"):
            continue
        if (noun or m.group("mods")) and _THING_AFTER.match(text, m.end()):
            continue  # a force's thing, no person: "attacked an army post ..., leaving 23
            # people dead"
        if groups and m.group("num").lower() == "one" and _NAMED_AS.search(
                text, max(0, m.start("num") - 20), m.start("num")):
            continue  # a member named: "two cadres, identified as one sergeant major Thangboi"
        if not noun and m.group("num").lower() == "another" and not re.match(
                r"\s*(?:\([^)]*\)\s*)?(?:(?:was|were|is|has|had|got|and|on|in|at|near|when|while|"
                # ("A soldier was killed and another sustained injuries": one more person)
                r"who|sustained|received|suffered)\b|,|\.|;|$)",
                text[m.end():m.end() + 40]):
            continue  # "another incident", "another attack": not a person
        q = Quantity(m.start("num"), m.end("num"), m.group("num"), q.low, q.high, q.qualifier)
        category = noun_category(noun, m.group("mods") or "", of_them)
        if noun and _ANTI_BEFORE_NOUN.search(text, max(0, m.start("noun") - 6), m.start("noun")):
            category = None  # a body against them: "Three members of anti militants peace
            # committee were killed" are no militants
        head = _HEAD_AFTER.match(text, m.end()) if noun and (
            _SEX_OR_AGE.fullmatch(noun) or _PARTY_NAME_AFTER.match(text, m.end())) else None
        if head is not None:
            # "Four woman cadres": the head noun after the sex or age word decides
            category = noun_category(head.group("head"), "", of_them) or category
        if noun and _OF_HIS.match(m.group("mods") or ""):
            # "two of his men": the side of the man they are his, told before them
            category = context_category(text, m.start()) or category
        if noun and _MEMBERS_OF.search(m.group("mods") or "") and \
                _FAMILY_AFTER.match(text, m.end()):
            category = "civilians"  # his kin: "Three members of a policeman's family",
            # "three members of khasadar personnel Asil Badshah family"
        members = None if noun else _MEMBERS.match(text, m.end("num"))
        if members and (OF_ARMED_GROUP.match(text, members.end()) or
                        of_armed_unit_told_before(text, members.end())):
            # "three members of the Garo National Liberation Army", "three ‘suicide squad’
            # members of Jama atul Mujahideen Bangladesh (JMB)": the group's men
            category = "militants"
        if category in (None, "civilians") and noun and _MEN_NOUN.fullmatch(noun) and \
                _DOERS_OF_THE_ACT.match(text, m.end()):
            # the act's doers, counted by no side: "tracked down three men involved in the
            # attack ... and killed them"
            category = "militants"
        if category is None and noun:
            every = _ALL_OF_A_SIDE.match(text, m.end())
            if every:
                # "At least 17 persons, all believed to be suspected militants, were killed"
                category = noun_category(every.group("noun"), "", of_them)
        if category is None and not noun and q.qualifier == "vague" and \
                m.group("num").lower().endswith(" of") and _THEM_NEXT.match(text, m.end()):
            category = of_them  # "killing dozens of them": of the side told before
        if category is None and not noun and m.group("num") == "One" and \
                _NAME_AFTER.match(text, m.end("num")):
            # "One Saifullah Malikdinkhel was shot dead": a person named with no role is a
            # civilian (UCDP counts non-combatants as civilians)
            category = "civilians"
        if category is None and not noun and _OF_ITS_MEN.match(text, m.end()) and \
                ARMED_BAND_RE.search(text, max(0, m.start() - 300), m.start()):
            # the men of the band the forces fought: "tracked down the "terrorist team" ...
            # and killed three of its members"
            category = "militants"
        if category is None and not noun and _FIRED_ON_BEFORE.search(
                text, max(0, m.start("num") - 200), m.start("num")):
            # the people fired on, counted bare: "opened fire on a group of kolbars ...,
            # killing one and wounding another"
            category = context_category(text, m.start("num"))
        if category == "militants" and noun and noun.lower().startswith("gunm") and \
                OWNER_BEFORE.search(text, max(0, m.start("num") - 8), m.start("num")):
            category = "civilians"  # a man's own armed guards: "his two other gunmen"
        if category is None and not noun and m.group("num").lower() == "another" and \
                _FIRST_VICTIM_BEFORE.search(text, max(0, m.start("num") - 40), m.start("num")):
            # "Two BRA militants were killed and another was wounded": one more of the
            # first victims' side, as with the auxiliary left out ("and another injured")
            category = context_category(text, m.start("num"))
        if category == "civilians" and noun and LEADER.fullmatch(noun) and (
                OF_ARMED_GROUP.match(text, m.end()) or
                ARMED_GROUP_BEFORE.search(text, m.start("num"), m.start("noun"))):
            # "A local leader of Tehreek e Taliban Pakistan (TTP)", "an Islamic State leader"
            category = "militants"
        elif category in (None, "civilians", "militants") and \
                member_of_state_force(noun, text, m.end()):
            category = "security_forces"  # "Three members of the Popular Mobilisation
            # Forces were killed"
        if category in (None, "civilians") and noun and noun.lower().startswith("volunteer") \
                and _HOMELAND_VOLUNTEERS.search(text, max(0, m.start() - 400), m.end() + 200):
            # the state's auxiliaries: "attacked a checkpoint of the Volunteers for the Defence
            # of the Homeland (VDP) ..., killing at least five volunteers"
            category = "security_forces"
        if category == "security_forces" and noun and noun.lower().startswith("guard") and \
                (_PRIVATE_GUARDS.match(text, m.end()) or _PRIVATE_GUARD_MOD.search(
                    m.group("mods") or "")):
            # "two security guards of a gas exploration company": private guards are
            # civilians (GTD: a business target; UCDP: civilians)
            category = "civilians"
        if category == "civilians" and m.group("num").lower() in ("a", "an"):
            ranked = _RANKED_NAME_BEFORE.search(text, max(0, m.start() - 70), m.start())
            side = noun_category(ranked.group("rank"), "", of_them) if ranked else None
            if side not in (None, "civilians"):
                # a description of one named by his rank: "Sepoy Naveed Ahmed, 24, a
                # resident of Kohat, ... embraced shahadat" is a soldier
                category = side
        between = text[groups[-1].end:m.start()] if groups else ""
        # (a member's own "of" phrase may stand before the "and": "including a constable of
        # the SSB and a driver")
        in_list = bool(groups and groups[-1].breakdown and _LIST_GAP.fullmatch(between))
        if in_list and category and groups[-1].category and category != groups[-1].category \
                and _CLOSING_AND.fullmatch(between) and not (noun and _SEX_OR_AGE.fullmatch(noun)):
            # "Three terrorists, including two women, and one Police commando": a member of
            # another side is no member of the total, but one more
            in_list = False
        if groups and noun and noun.lower().startswith("of") and between.strip() == "," and \
                groups[-1].quantity.low is not None and q.low is not None and \
                q.low < groups[-1].quantity.low:
            # "Three men, two of them brothers, were shot dead": a part of the three
            groups[-1].breakdown.append((q.value, groups[-1].category))
            groups[-1].end = m.end()
            continue
        # (an "and" inside the total's own "of" phrase joins no people: "Five militants of
        # Jaish e Mohammed (JeM) and Hizb ul Mujahideen (HM), including a JeM group commander")
        own_of = between.lstrip().startswith("of ") and "," in between
        if in_list or (groups and _INCLUDING_RE.search(between) and not re.search(
                r"\band\b", (between.rsplit(",", 1)[-1] if own_of else between).replace(
                    "including", ""))):
            if groups[-1].category in ("militants", "security_forces") and noun and \
                    _SEX_OR_AGE.fullmatch(noun):
                # "Three Maoist cadres, including a woman": a woman cadre, not a civilian
                category = groups[-1].category
            elif category is None and (not noun or _OFFICER.fullmatch(noun)):
                # "Nine Taliban militants including four of Pakistani origin": members
                # described without a noun are of the total's side, and so is an officer
                # ("three CRPF personnel including an officer")
                category = groups[-1].category
            groups[-1].breakdown.append((q.value, category))
            groups[-1].end = m.end()
        elif groups and m.group("num").lower() in ("a", "an") and "," in between and not \
                re.search(r"\band\b", between):
            continue  # an apposition: "a FC Subedar, Mujeeb, a resident of ..."
        elif groups and m.group("num").lower() in ("a", "an") and \
                re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,3}?of\s+", between):
            continue  # the whole the members belong to: "Two members of a kidnappers gang"
        else:
            if groups and groups[-1].category is None and category == "security_forces" and \
                    _AND_ONLY.fullmatch(between) and \
                    _OFFICER.search(text, groups[-1].start, groups[-1].end):
                # an officer joined to soldiers is theirs: "killing an officer and two
                # soldiers" (not "an officer and four others", who are of no side told)
                groups[-1].category = category
            groups.append(Group(q, category, m.start(), m.end()))
    return groups


DOER_AFTER = guarded(r"\s+"
                     # (their ride between: "unidentified gunmen on motorcycle opened fire")
                     r"(?:(?:on|riding)\s+(?:a\s+|two\s+)?motor(?:cycle|bike)s?\s+)?"
                     r"(?:had\s+|have\s+|has\s+|also\s+)?"
                     # (an adverb: "Bangladeshi criminals had reportedly abducted him")
                     r"(?:(?:\w+ly|also)\s+)?"
                     # (not a participle that describes them: "the terrorists involved in the
                     # attack")
                     r"(?!(?:involved|wanted|linked|affiliated|associated|based|named|"
                     r"identified)\b)(?:\w+ed|opened|shot|fired|"
                     r"attacked|stormed|threw|hurled|lobbed|blew|took)\b", re.I)


def context_category(text: str, start: int, since: int | None = None) -> str | None:
    """Category of the nearest person noun before ``start`` that is not the doer of an act
    ("attacked sleeping cadets, killing 61 of them": cadets; "militants had abducted him":
    not the militants); where the 100 characters before it name none, the 200 before
    ("clashed with about 15 rebels believed to belong to the same unit in a village in
    neighboring Catubig town, killing two of them"); with ``since``, only those after it (the
    sentence's own: "they opened fire on the team. Two of them were killed" names none)."""
    if since is not None:
        # (the passive's "of them" may be the doers of the clause before: "The suspects
        # opened fire on the raiding team, and two of them were killed")
        return _context_category(text, start, start - since, doers=True)
    return _context_category(text, start, 100) or _context_category(text, start, 200)


def _context_category(text: str, start: int, reach: int, doers: bool = False) -> str | None:
    base = max(0, start - reach)
    window = text[base:start]
    nearest, best = -1, None
    found = list(PERSON_ANY.finditer(window))
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        category = person_category(m.group(0))
        if member_of_state_force(m.group(0), text, base + m.end()):
            category = "security_forces"  # "carrying members of a tribal police force ...,
            # killing two of them"
        if m.start() <= nearest or (category is None and not _UNSIDED_OFFICERS.fullmatch(
                m.group(0))):
            continue
        if window.startswith(("'", "’"), m.end()) and m.group(0).endswith("s"):
            continue  # an owner, no one counted: "the militants involved in the miners'
            # abduction ... killed four of them" are militants
        # (the doers' noun may follow: "Maoist cadres abducted a panchayat secretary")
        head_end = nxt.end() if nxt is not None and not window[m.end():nxt.start()].strip() \
            else m.end()
        if not doers and (DOER_AFTER.match(text, base + m.end()) or
                          DOER_AFTER.match(text, base + head_end) or
                          _POSED_AS.search(window, 0, m.start())):
            continue  # (nor the guise of doers: "introduced themselves as Police officers")
        nearest, best = m.start(), category
    # (the group the forces fought, told after them with no person noun: "SSPDF soldiers
    # pursuing the attackers clashed with an armed group near Kendiri, killing four of them")
    fought = [f.start() for f in _FOUGHT_A_GROUP.finditer(window)]
    if fought and fought[-1] > nearest:
        return "militants"
    return best


# Officers of no side told, the nearest people "of them" counts: no side, not the doers' told
# before them ("the assailants ... opened fire on the officers on duty, killing two of them").
_UNSIDED_OFFICERS = re.compile(r"officers?|officials?", re.I)
# (or its members: "Soldiers ... clashed with about eight members of the Dawlah
# Islamiyah-Maute group ..., killing two of them")
_FOUGHT_A_GROUP = re.compile(r"\b(?:pursuing|chasing|tracking)\s+the\s+(?:attackers|assailants|"
                             r"militants|rebels|gunmen|kidnappers)\s+clashed\s+with\s+them\b|"
                             r"\b(?:clashed|fought|exchanged\s+fire)\s+with\s+(?:an?\s+|the\s+)?"
                             r"(?:(?:[\w-]+\s+){0,2}?(?:group|gang|band|militia)\b|"
                             r"(?:(?:about|some|around|nearly)\s+)?[\w-]+\s+(?:members|men)\s+"
                             r"of\s+(?:the\s+|an?\s+)?(?-i:[A-Z]))", re.I)
_POSED_AS = re.compile(r"\b(?:posing|posed|introduced\s+themselves|disguised|dressed|"
                       r"masquerading)\s+as\s+(?:an?\s+)?$|\bin\s+the\s+guise\s+of\s+$", re.I)


PERSON_ANY = guarded(rf"\b(?:{PERSON})\b", re.I)
_FORMER = re.compile(r"\b(?:former|ex|retired|surrendered)\b", re.I)
# A force named before a person noun: "three AR men", "two BSF jawans", "a police driver".
_FORCE_MOD = re.compile(r"\b(?:police|security|army|FC|levies|(?-i:AR|BSF|CRPF|CISF|ITBP|SSB|RR)|"
                        r"rangers|paramilitary|military)\b", re.I)
_INFORMER = re.compile(r"inform(?:er|ant)s?|witness(?:es)?", re.I)
# A person noun right after another: the phrase's head ("woman cadres", "women Maoists").
# (also after a group's name: "a suspected woman Communist Party of India Maoist (CPI Maoist)
# cadre" is a militant)
# A party's name that a person word opens or holds: "Two Pakistan People s Party (PPP)
# workers" (the head noun after the name says who they were).
_PARTY_NAME_AFTER = re.compile(r"(?:\s*[’']\s*s|\s+s)?\s+(?-i:Party|Front|League|Movement)\b")
_HEAD_AFTER = re.compile(rf"(?:[’']s)?(?:\s+(?:(?-i:[A-Z])[\w’'-]*|of|e|ul|s|"
                         rf"\((?-i:[A-Z])[\w\s-]*\))){{0,10}}?"
                         rf"\s+(?P<head>{PERSON})\b", re.I)


def count_from_groups(groups: Sequence[Group]) -> Count:
    total_low = 0
    high: int | None = 0
    qualifiers = set()
    by_cat: dict[str, int] = {}
    specific = any(g.category or g.breakdown for g in groups)
    for g in groups:
        q = g.quantity
        qualifiers.add(q.qualifier)
        total_low += q.value
        high = None if high is None or q.high is None or q.qualifier != "exact" else high + q.high
        inner = sum(n for n, _ in g.breakdown)
        if g.breakdown and (inner <= q.value or q.qualifier != "exact"):
            for n, cat in g.breakdown:
                key = cat or "unknown"
                by_cat[key] = by_cat.get(key, 0) + n
            rest = q.value - inner
            if rest > 0:
                key = g.category or "unknown"
                by_cat[key] = by_cat.get(key, 0) + rest
        elif g.category:
            # (also a breakdown larger than its exact total: "Four persons including an Army
            # soldier and four civilians" says nothing sure about who the four were)
            by_cat[g.category] = by_cat.get(g.category, 0) + q.value
        elif specific:
            by_cat["unknown"] = by_cat.get("unknown", 0) + q.value
    qualifier = "exact"
    for cand in ("up_to", "vague", "more_than", "at_least", "about"):
        if cand in qualifiers:
            qualifier = cand
            break
    if qualifier == "up_to":
        return Count(None, total_low, None, qualifier, by_cat)
    if qualifier in ("at_least", "more_than", "vague"):
        return Count(total_low, None, None, qualifier, by_cat)
    if qualifier == "about":
        return Count(total_low, total_low, total_low, qualifier, by_cat)
    return Count(total_low, high if high is not None else total_low, total_low, "exact", by_cat)
