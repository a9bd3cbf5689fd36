"""Part of stage 8 (casualties): which verbs of a measure state no figure of their own.

Reads one measure verb found in a sentence ("detained", "abducted", "arrest"); answers
whether it names who people are or why something happened rather than stating a figure:

* an adjective before the people it describes: "eight abducted workers were released" (the
  hostages are counted by :func:`eventwatch.extract.casualties` from the phrase itself),
  "Three detained militants and two soldiers were killed" (counted by their fate);
* an arrest named as the cause of something else: "a bandh in protest against the recent
  arrest of Nakul", "Following the arrest of two CPI Maoist ..., Police arrested 10 more";
  an arrest avoided or a reward for one: "blew himself up to avoid arrest", "a reward ... for
  the arrest of the two";
* the arrested counted again with "the" and a number and identified: "The three arrested
  men have been identified as";
* a death of another time told in a relative clause: "a 13 year old girl, who had died
  recently".

It reads the verb as the other stages need it (:func:`verb_read`: "succumbs" as "succumbed",
"was pronounced dead" as "died"), and tells whether a death is one of the wounded
(:func:`death_of_wounds`: "later succumbed", "died of his injuries", "died in hospital",
"where she was pronounced dead").

It also tells who took the people a captor verb counts (:func:`taken_by_militants`: the
villagers militants "rounded up" are held by no state, and those they "captured" are
hostages).

A day before the verb is no number of people: "Police on October 15 arrested ...".  Nor is
a harm the words before the verb deny ("No person has been injured", "there were no
indications that he had been killed", "rejected claims that its leader ... has been
arrested"), nor a participle that describes people cared for ("willing to help injured
Maoists get medical treatment").
"""

from __future__ import annotations

import re

from eventwatch.extract.lexicon import ARMED_STATE_DOER, ATTACKER_NOUNS, MILITANT_NOUNS
from eventwatch.extract.measure_verbs import HELD_EARLIER
from eventwatch.extract.taking import TOLD_BY_TAKERS_BEFORE

# A number, a determiner or a preposition right before the verb: the verb is an adjective.
_ADJECTIVE_SLOT = re.compile(
    r"\b(?:the|all|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|dozens?\s+of|"
    # after a preposition: "opened fire at kidnapped passengers"
    r"at|on|upon|of|for|with|among)\s+$", re.I)
# ... but a day is no number of people: "on October 15 arrested".
_DAY_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                         r"\d{1,2}\s+$", re.I)
# What befell people named by an adjective of their arrest: "Three detained militants ...
# were killed in a shootout".
# (or what the held did: "the detained militants overpowered the sentries")
_OTHER_FATE = re.compile(r"\b(?:killed|shot\s+dead|died|injured|wounded|escaped|fled|"
                         r"overpowered|snatched)\b", re.I)
# People counted again by their arrest with "the", identified: those the story counted
# before ("The three arrested men have been identified as"; not "The arrested cadre of TLA was
# identified as", often the only telling of a follow-up story).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
                         r"\s+$")
_IDENTIFIED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:(?:have|has|had)\s+been|were|was|are|"
                               r"is)\s+identified\b", re.I)
# An arrest not made: "could not arrest", "did not arrest", "is yet to arrest".
_NOT_DONE_BEFORE = re.compile(r"\b(?:could\s+not|couldn['’]?t|can\s*not|did\s+not|didn['’]?t|"
                              r"unable\s+to|yet\s+to|not\s+able\s+to)\s+(?:\w+\s+)?$", re.I)
# "the arrested men": the people an arrest told before (any word of one earlier in the text),
# named by it; the participle is followed by their noun, not a preposition or a verb.
_ARREST_WORD = re.compile(r"\b(?:arrest\w*|detain\w*|apprehend\w*|nabbed|rounded\s+up)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
# ... and those held at another time, told so: "the earlier arrested militants", "of recently
# arrested recruits".
_HELD_BEFORE = re.compile(rf"\b(?:the|these|those|of|with|among)\s+(?:{HELD_EARLIER})\s+$",
                          re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|in|on|at|from|with|during|after|before|for|and|or|were|"
                         r"was|is|are|had|have|has|yesterday|today|last|earlier|later|near|"
                         r"under|since|as|while|when)\b)(?-i:[a-z])[a-z]+\b", re.I)
# A death told in a relative clause's pluperfect, at another time than the story's.
_WHO_HAD = re.compile(r"\bwho\s+had\s+$", re.I)
_ANOTHER_TIME = re.compile(r"\s+(?:recently|earlier|long\s+ago|last\s+(?:year|month|week)|"
                           r"in\s+(?:19|20)\d\d)\b", re.I)
# An arrest someone escaped: "The terrorist blew himself up to avoid arrest".
_ARREST_AVOIDED = re.compile(r"\b(?:avoid(?:ed|ing)?|evad(?:e|ed|ing)|escap(?:e|ed|ing)|"
                             r"resist(?:ed|ing)?|dodg(?:e|ed|ing))\s+(?:an\s+|his\s+|their\s+)?$",
                             re.I)
# A price on someone's head: "announced a reward of PKR 1 million for their arrest".
_REWARD_FOR = re.compile(r"\b(?:rewards?|bount(?:y|ies)|head\s+money|prize)\b[^.;]{0,60}?\s+for\s+"
                         r"(?:his|her|their|the)\s+$", re.I)
# An arrest named as the cause of something else: "in protest against the recent arrest of".
_ARREST_AS_CAUSE = re.compile(r"\b(?:against|over|following|protest(?:ing)?|condemn\w*)\s+"
                              r"(?:the\s+|his\s+|her\s+|their\s+)?(?:recent\s+|latest\s+)?$",
                              re.I)


# The wounds a person (or a body) bore, told with "with": "with 14 bullet injuries".
# (not a survivor's: "One cadre escaped with bullet injuries")
_WITH_WOUNDS = re.compile(r"(?<!escaped\s)(?<!fled\s)(?<!survived\s)(?<!managed\s)"
                          r"\bwith\s+(?:\d+\s+|multiple\s+|several\s+|severe\s+)?"
                          r"(?:bullet\s+|gunshot\s+|splinter\s+)?$", re.I)
_COUNTED_AFTER = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|the|"
                            r"several|dozens)\s", re.I)
# "to arrest": an aim, not an arrest (but "The team succeeded to arrest one militant" did)
_TO_BEFORE = re.compile(r"(?<!succeeded\s)(?<!managed\s)(?<!\bable\s)\bto\s+$", re.I)


def _adjective(text: str, start: int, s_start: int) -> bool:
    return bool(_ADJECTIVE_SLOT.search(text, max(s_start, start - 15), start)) and not \
        _DAY_BEFORE.search(text, max(s_start, start - 16), start)


# A part of the wounded told before: "two of the injured", "one of the critically wounded".
# (more than one: "One of the injured, a head constable, succumbed" is read by his title)
_OF_THE_HURT = re.compile(r"\b(?:(?!one\b)[\w-]+\s+of|among)\s+(?:the|those)\s+"
                          r"(?:\w+ly\s+)?$", re.I)


def part_of_the_hurt(text: str, start: int, end: int, verb: str, s_start: int) -> int | None:
    """Where the subject starts when the wound verb at ``start`` names the wounded told
    before ("two of the injured FC personnel had succumbed", "eight of the wounded died"):
    no figure of its own, and its part is the next verb's subject (not where the part's
    members follow, set off by a comma: "Two of the injured, a police constable and an FC
    sepoy, succumbed" counts them)."""
    if verb not in ("injured", "wounded") or text.startswith(",", end):
        return None
    m = _OF_THE_HURT.search(text, max(s_start, start - 30), start)
    return None if m is None else m.start()


def states_no_figure(text: str, start: int, end: int, measure: str, verb: str,
                     s_start: int, s_end: int) -> bool:
    """Whether the measure verb at ``text[start:end]`` (in the sentence ``[s_start, s_end)``,
    ``verb`` lower-cased) names people or a cause instead of stating a figure."""
    if verb.endswith("ing") and _COPULA_BEFORE.search(text, max(s_start, start - 8), start):
        return True  # what a thing is, no one harmed: "Now the disguise is kidnapping"
    if _NUMBER_OF_BEFORE.search(text, max(s_start, start - 14), start):
        return True  # the dead named in a toll a source gives: "It put the number of
        # martyred soldiers at nine" (the toll is read as such)
    if measure == "kidnapped":
        # "eight abducted workers" (not a gerund with its hostages after it: "accused the
        # Oromo Liberation Army of abducting 18 passengers")
        return _adjective(text, start, s_start) and not (
            verb.endswith("ing") and _COUNTED_AFTER.match(text, end) is not None)
    if measure == "wounded" and verb == "injuries" and _WITH_WOUNDS.search(
            text, max(s_start, start - 30), start):
        return True  # what a body bore: "dead body of a student activist with 14 bullet
        # injuries was found"
    if verb == "died" and _WHO_HAD.search(text, max(s_start, start - 12), start) and \
            _ANOTHER_TIME.match(text, end, s_end):
        return True  # a death of another time: "the house of a 13 year old girl, who had
        # died recently"
    if measure != "arrested":
        return False
    if TOLD_BY_TAKERS_BEFORE.search(text, max(s_start, start - 20), start):
        return True  # a man's taking told again by his takers: "he had been \"detained for
        # questioning\"" (the taking is the incident's, told before)
    if verb == "arrest" and _TO_BEFORE.search(text, max(s_start, start - 14), start):
        return True  # "launched a manhunt to arrest the gunmen": an aim, no arrest
    if verb in ("arrest", "detain", "nab") and \
            _NOT_DONE_BEFORE.search(text, max(s_start, start - 24), start):
        return True  # "the Security Forces (SFs) could not arrest the kidnappers": no one held
    if _adjective(text, start, s_start) and _OTHER_FATE.search(text, end, min(s_end, end + 60)):
        return True  # "Three detained militants and two soldiers were killed": who they were
    if _THE_BEFORE.search(text, max(s_start, start - 20), start) and \
            _IDENTIFIED_AFTER.match(text, end, s_end):
        return True  # "The three arrested men have been identified as ...": counted before
    if verb in ("arrested", "detained") and \
            _HELD_BEFORE.search(text, max(s_start, start - 24), start):
        return True  # "started investigation with the earlier arrested militants in jail":
        # people held at another time
    if verb in ("arrested", "detained") and \
            _DEFINITE_BEFORE.search(text, max(s_start, start - 10), start) and \
            _NOUN_AFTER.match(text, end, s_end) and _ARREST_WORD.search(text, 0, start):
        return True  # "arrested six suspected militants ... four of the arrested men belonged
        # to the LeJ": those an arrest told before (not the first word of one: "One of the
        # detained terrorists was identified as Abid")
    if verb == "arrest" and (_ARREST_AVOIDED.search(text, max(s_start, start - 20), start) or
                             _REWARD_FOR.search(text, max(s_start, start - 80), start)):
        return True  # "blew himself up to avoid arrest", "announced a reward of PKR 1
        # million for their arrest": no one was held
    # "a bandh in protest against the recent arrest of Nakul": its cause
    return verb == "arrest" and bool(_ARREST_AS_CAUSE.search(text, max(s_start, start - 40),
                                                             start))


# Militants (or "men" of a group) as the subject of a verb of their own before a captor verb.
_MILITANT_ACTING = re.compile(rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS}|men)\s+(?:\w+ly\s+)?"
                              r"(?!(?:was|were|are|is|had|have|has|of|from|in|and|who)\b)[a-z]+\b",
                              re.I)
# ... or as the captor verb's own subject: "The attackers rounded up the farmers".
_MILITANTS_BEFORE = re.compile(rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\s+(?:\w+ly\s+)?$",
                               re.I)
# The killers of a force's men who took others: "We have killed 12 FC soldiers and captured".
_KILLED_FORCE_AND = re.compile(r"\b(?:killed|killing)\s+(?:[\w-]+\s+){1,3}?(?:soldiers|policemen|"
                               r"personnel|troops|jawans|commandos)\s+and\s+(?:also\s+)?$", re.I)


# Those gathered and then killed: "rounded up men at the market and shot them".
_THEN_KILLED = re.compile(r"[^.;]{0,80}?\band\s+(?:then\s+|later\s+)?(?:shot|killed|executed|"
                          r"gunned\s+down|massacred|slaughtered)\s+(?:them|all)\b", re.I)


def taken_by_militants(text: str, start: int, s_start: int, s_end: int) -> bool:
    """Whether the people a captor verb at ``start`` ("captured", "rounded up") counts were
    taken by militants, not held by the state: militants acting before it in a sentence that
    names no state force, or as the verb's own subject ("the armed militants came and rounded
    up the villagers", "PLFI men caught him ... where two others ... were also captured", "The
    attackers rounded up the farmers"), or the killers of a force's men ("We have killed 12 FC
    soldiers and captured four others alive")."""
    if _KILLED_FORCE_AND.search(text, max(s_start, start - 60), start):
        return True
    return bool(_MILITANT_ACTING.search(text, s_start, start) or
                _MILITANTS_BEFORE.search(text, max(s_start, start - 40), start)) and \
        not ARMED_STATE_DOER.search(text, s_start, s_end)


_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+$", re.I)
# A copula right before a verb's "-ing" form: the subject is what the act is, or its doer.
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was)\s+$", re.I)
_NEGATED_SUBJECT = re.compile(
    r"\b(?:[Nn]o|[Nn]obody|[Nn]one|[Nn]o\s+one)\s+(?:\w+\s+){0,2}?(?:has|have|had|was|were|is|"
    r"are|got)\s+(?:been\s+)?(?:reportedly\s+)?$|"
    # "None of the SF personnel was injured"
    r"\b[Nn]one\s+of\s+(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){1,3}?(?:has|have|had|was|were|"
    r"is|are|got)\s+(?:been\s+)?(?:reportedly\s+)?$")
# A harm the text says nothing shows, in the clause before the verb.
# (or a teller's silence on it: "The statement did not say whether any of its members had been
# hurt")
_NO_SIGN_THAT = re.compile(r"\b(?:(?:[Nn]o|[Nn]ot\s+any)\s+(?:\w+\s+)?(?:indications?|signs?|"
                           r"evidence|confirmation|proof|reports?|information)\s+(?:yet\s+)?that|"
                           r"(?:did\s+not|didn['’]t|does\s+not|would\s+not)\s+(?:say|state|"
                           r"specify|disclose|confirm)\s+whether)\b[^.;]*$")
# A claim of the harm rejected: "JeM on January 14 rejected claims that its leader Maulana
# Masood Azhar has been arrested".
# (also with the claimants told at length: "dismissed purported Union Ministry of Home Affairs
# (UMHA) official claims that three of 10 terrorists ... were killed")
_CLAIM_REJECTED = re.compile(r"\b(?:rejected|denied|dismissed|refuted)\s+(?:the\s+)?"
                             r"(?:[\w()’'-]+\s+){0,8}?"
                             r"(?:claims?|reports?|news|rumou?rs?)\s+(?:that\s+)?[^.;]*$", re.I)
# A verb of care (or a preposition) before a participle: it describes the people after it.
_CARE_BEFORE = re.compile(r"\b(?:help(?:ed|ing)?|rush(?:ed|ing)?|shift(?:ed|ing)?|evacuat\w+|"
                          r"treat(?:ed|ing)?|visit(?:ed|ing)?|to|for|of|with)\s+$", re.I)


def harm_denied(text: str, start: int, s_start: int, *, counted: bool) -> bool:
    """Whether the words before the verb at ``start`` deny its harm: a negated subject of the
    people it counts (``counted``: "No person has been injured", "None of the SF personnel
    was injured"), or no sign of it ("there were no indications that he had been killed")."""
    return bool(counted and _NEGATED_SUBJECT.search(text, max(s_start, start - 45), start)) or \
        bool(_NO_SIGN_THAT.search(text, max(s_start, start - 100), start)) or \
        bool(_CLAIM_REJECTED.search(text, max(s_start, start - 200), start))


def after_care_verb(text: str, start: int) -> bool:
    """Whether the participle at ``start`` follows a verb of care or a preposition, and so
    describes the people after it: "willing to help injured Maoists get medical treatment"."""
    return bool(_CARE_BEFORE.search(text, max(0, start - 16), start))


# A death of the wounded: "died of his injuries", "He died later", "died in hospital".
_DIED_OF_WOUNDS = re.compile(
    r"\s+(?:(?:of|from)\s+(?:his|her|their)\s+(?:injuries|wounds)|later\b|(?:later\s+)?"
    # (a hospital's long name: "died at Shaheed Ziaur Rahman Medical College Hospital")
    # (not on the way there, unless later: "was shot dead ... He died on the way to the
    # Abbasi Shaheed Hospital" is how the man shot died; "later died on the way to" one
    # of the wounded)
    r"(?:in|at|(?<=later\s)on\s+(?:the|his|her|their)\s+way\s+to)\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,6}?hospital\b)", re.I)
_LATER_BEFORE = re.compile(r"\blater\s+$", re.I)
# (or in the hospital the wounded were taken to: "a woman injured, who was shifted to the nearby
# hospital, where she was pronounced dead")
_HOSPITAL_WHERE = re.compile(r"\bhospital\b[^.;]{0,60}?\bwhere\s+(?:he|she|they)\s+"
                             r"(?:(?:was|were)\s+)?(?:later\s+)?$", re.I)


def died_in_hospital(text: str, start: int, s_start: int) -> bool:
    """The death verb at ``start`` is told in the hospital the wounded were taken to."""
    return bool(_HOSPITAL_WHERE.search(text, max(s_start, start - 90), start))


def death_of_wounds(text: str, start: int, end: int, verb: str, s_start: int,
                    of_wounds: bool) -> bool:
    """Whether the death verb at ``text[start:end]`` tells the death of someone wounded
    (``of_wounds``: his wounds' participle glossed the subject before it)."""
    return verb == "succumbed" or (verb == "died" and bool(
        of_wounds or _DIED_OF_WOUNDS.match(text, end) or
        _LATER_BEFORE.search(text, max(s_start, start - 8), start) or
        died_in_hospital(text, start, s_start) or
        # its subject a part of the wounded: "Two of the injured, a woman and her 10-year-old
        # son, died overnight"
        _HURT_PART_SUBJECT.match(text, s_start, start) is not None))


# (also in a reported clause: "a hospital official said two of the injured civilians had died")
# (or a clause of cause: "had risen to 11, after two of the wounded died")
_HURT_PART_SUBJECT = re.compile(r"(?:[^.;]*?\b(?:said|says|confirmed|added)(?:\s+that)?\s+|"
                                r"[^.;]*?,\s+(?:after|when|as)\s+|"
                                r"\W*(?:\w+\s+){0,3}?)(?:[\w-]+\s+of|among)\s+(?:the|those)\s+"
                                r"(?:\w+ly\s+)?(?:injured|wounded)\b[^.;]{0,80}$", re.I)


_INITIALLY = re.compile(r"\W*(?:initially|at\s+first)\b", re.I)
_MORE_LATER = re.compile(r"\b(?:more|later|another|further)\b", re.I)


def how_the_toll_came(text: str, s_start: int, s_end: int) -> bool:
    """Whether a sentence's death of the wounded tells how the toll the report gave came
    about, already in it: "Initially, three others were injured, however, one of them
    succumbed" (not "two more succumbed later")."""
    return bool(_INITIALLY.match(text, s_start, s_end)) and \
        not _MORE_LATER.search(text, s_start, s_end)


_BY_MILITANTS = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:terrorists|militants|"
                           r"Taliban|insurgents|rebels|Maoists|cadres|kidnappers|abductors|"
                           r"gunmen)\b", re.I)


# A gathering the verb "held" tells, the people it was for between: "Funeral prayers for the
# two soldiers were".
_GATHERING_HELD = re.compile(r"\b(?:prayers?|funerals?|ceremony|ceremonies|meetings?|rally|"
                             r"rallies|protests?|vigils?|jirgas?|services?|session|talks|"
                             r"function|reference|gathering|burial|rites)\s+(?:for|of)\b"
                             r"[^.;]{0,80}\b(?:was|were|had\s+been|have\s+been|has\s+been|"
                             r"being|will\s+be)\s+$", re.I)


def verb_read(text: str, vm: re.Match[str], s_start: int, s_end: int) -> tuple[str, str] | None:
    """The measure verb ``vm`` of a sentence as read (lower-cased, one space between words),
    with its measure; None where it counts no one (people militants "rounded up")."""
    measure = vm.lastgroup or "killed"
    verb = " ".join(vm.group(0).lower().split())
    if verb == "succumbs":
        verb = "succumbed"  # a headline's present: "A CoBRA jawan ... succumbs to his injuries"
    elif verb.startswith("embraced"):
        verb = "embraced martyrdom"  # the ISPR's "embraced shahadat"
    elif verb.startswith(("pronounced", "declared", "breathed")):
        verb = "died"  # "where she was pronounced dead by the doctors"
    elif measure == "kidnapped" and verb in ("held", "holding"):
        verb = "took"  # "Militants held 30 passengers hostage": those held after it
    elif verb == "capturing":
        verb = "captured"  # "killing 18 soldiers and capturing six": read as the past
    if measure == "arrested" and verb == "held" and \
            _GATHERING_HELD.search(text, s_start, vm.start()):
        return None  # a gathering held, no one detained: "Funeral prayers for the two soldiers
        # were held", "A wreath-laying ceremony for the slain personnel was held"
    if measure == "arrested" and text[vm.start() - 1:vm.start()] in ('"', "“") and \
            text[vm.end():vm.end() + 1] in ('"', "”"):
        measure = "kidnapped"  # an arrest in scare quotes is the captors' word for taking
        # hostages: "saying its fighters had captured the checkpost and \"arrested\" four"
    elif verb == "captured" and _BY_MILITANTS.match(text, vm.end(), s_end):
        measure = "kidnapped"  # "four others captured by terrorists": hostages
    elif verb == "rounded up" and _THEN_KILLED.match(text, vm.end(), s_end):
        return None  # gathered to be killed: "rounded up men at the village's weekly market
        # and shot them" (the dead are the toll)
    elif verb in ("captured", "rounded up") and \
            taken_by_militants(text, vm.start(), s_start, s_end):
        if verb != "captured":
            return None  # "the armed militants came and rounded up the villagers": gathered
        measure = "kidnapped"  # "We have killed 12 FC soldiers and captured four others"
    return verb, measure


# A kinsman or companion harmed with the first victim, the passive's "was" elided: "A Shia
# prayer leader was shot dead and his son wounded" (the son, not the verb's object).
ELIDED_KIN = re.compile(r"\band\s+(?=(?:his|her)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|"
                         r"nephew|niece|wife|husband|father|mother|cousin|uncle|grandson|"
                         r"driver|guard|bodyguard|gunman|companion|friend|colleague)\s+$)",
                         re.I)
