"""Stage 7c: the same incident told again.  Reads one sentence (and the day of the incident
it follows); says whether it tells that incident again, not a new one: its victims spoken of
again, what led to it or came after it, an official's or an earlier report's account of it,
its event named back by its noun ("The exchange of fire took place ..."), the abduction of
those it tells killed, or the arrest of one the incident's fight named before (the story's
first incident told again after another: :mod:`eventwatch.extract.first_retold`); also a
toll with no means of its own, a later part told by its rank and a lead that sums one day's
toll over places.  :func:`opens_new` weighs them: :mod:`eventwatch.extract.incidents` asks it
whether an event sentence opens an incident.  Rules: ``docs/codebook.md``, What is an
incident.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.fastre import guarded
from eventwatch.extract.found_bodies import bodies_found_later, bodies_told_again
from eventwatch.extract.lexicon import FAMILIES, WEAK_TRIGGERS
from eventwatch.extract.other_acts import (
    LATER_THAT_DAY,
    SAME_DAY_OPENER,
    captives_told_next,
    defused_later,
    opens_place_line,
    operation_begun,
    placed_apart,
    pursuit,
    referred_act_told,
    strike_elsewhere,
)
from eventwatch.extract.scope import DOER_ACTED_RE, REPORTED_ON
from eventwatch.extract.taking import FORCE_TOOK_RE
from eventwatch.extract.tallies import ACROSS_PLACES_RE, TALLY_PERIOD_RE
from eventwatch.extract.temporal import a_day_apart, days_before, within_span

if TYPE_CHECKING:  # (incidents imports this module)
    from eventwatch.extract.casualties import Figure
    from eventwatch.extract.drafts import Draft
    from eventwatch.extract.incidents import SentenceInfo
    from eventwatch.extract.temporal import DateMention

__all__ = [
    "AFOREMENTIONED_RE",
    "ANOTHER_RE",
    "BODIES_FOUND_RE",
    "EARLIER_REPORT_RE",
    "EVENT_TOLD_AGAIN_RE",
    "LATER_THE_EVENT_RE",
    "PRELUDE_RE",
    "RESTATEMENT_RE",
    "VICTIMS_BACK_RE",
    "VICTIM_HAD_RE",
    "a_day_apart",
    "abduction_of_the_killed",
    "days_before",
    "days_toll_across_places",
    "harm_told_earlier",
    "harms",
    "hostage_killed",
    "killing_of_the_found",
    "opens_new",
    "ranked_part",
    "reported_act",
    "same_act",
    "toll_told_again",
    "toll_without_means",
]


# The open incident's victims spoken of again: "Bodies of the victims were recovered on July
# 31" is that incident's aftermath, whatever day it names.
VICTIMS_BACK_RE = guarded(
    r"\b(?:bod(?:y|ies)\s+of\s+the\s+(?:victims?|deceased|slain|dead|abducted|kidnapped|"
    r"hostages?)|the\s+(?:victims?|"
    r"deceased)(?:'s|’s|s'|s’)?\s+bod(?:y|ies)|their\s+bodies|the\s+bodies\s+(?:were|was)|"
    r"the\s+body\s+was)\b", re.I)


# The doers of the open incident's story named back by their number, as the subject: "... they
# signaled two men on motorcycle to stop. However, the two lobbed a grenade on the Police van"
# goes on with the story, whatever act it tells.
# The incident's own projectiles told again as a sentence's subject: "Two of the shells struck
# houses in Mogadishu's Wardhigley district, killing a woman" after "militants fired several
# mortar shells toward Villa Somalia".
MEANS_BACK_RE = re.compile(r"^\W*(?:(?:one|two|three|four|some|several|most)\s+of\s+)?the\s+"
                           r"(?:(?:mortar\s+)?shells|mortars|rockets|missiles|projectiles)\s+"
                           r"(?:\w+\s+)?(?:struck|hit|landed|fell|exploded)\b", re.I)
_BODIES_FOUND_ON = re.compile(r"[;,]\s+(?:their|his|her|the)\s+bod(?:y|ies)\s+(?:was|were)\s+"
                              r"(?:found|recovered|retrieved)\b[^.;]{0,70}$", re.I)
_UNTIL_DAY = re.compile(r"\b(?:until|till|into)\s+(?:the\s+)?(?:(?:early|small|wee)\s+hours\s+"
                        r"of\s+|morning\s+of\s+)?$", re.I)
DOERS_BACK_RE = re.compile(r"^\W*(?:(?:however|then|but|later|soon),?\s+)?the\s+(?:two|three|"
                           r"four|five|duo|trio)\s+(?!(?:of|were|was|had|have|are)\b)"
                           r"(?:(?:men|youths|militants|assailants|attackers|gunmen|suspects)\s+)?"
                           r"\w+ed\b", re.I)


# The incident's victim, told with the article, and what had befallen him: "A CoBRA jawan,
# who was critically injured in an encounter ..., succumbs to his injuries ... The jawan had
# sustained bullet injuries in his stomach during the gun battle ... on September 16".
VICTIM_HAD_RE = re.compile(r"^\W*the\s+(?:jawan|soldier|trooper|constable|policeman|officer|"
                           r"victim|deceased|youth|driver)\s+had\b", re.I)


# "Earlier in the evening, militants had abducted two buses": what led to the incident just
# told (same day, past perfect), not another incident.
# The past perfect of what had happened before: "had abducted", "had been taken".
_HAD_DONE = r"[^.;]*?\bhad\s+(?:been\s+)?\w+(?:ed|en)\b"
PRELUDE_RE = re.compile(r"^\W*earlier\s+(?:in\s+the\s+(?:day|morning|evening|afternoon|night)|"
                        r"that\s+(?:day|morning|evening|night))\b" + _HAD_DONE, re.I)


# "Meanwhile, the DCO claimed that 15 to 20 militants had abducted around 35 passengers": an
# official's account of what had happened, not a new event.
RESTATEMENT_RE = re.compile(
    r"^\W*meanwhile,?\s+(?:[\w().'’-]+\s+){1,8}?(?:said|claimed|told|confirmed|stated|added|"
    r"informed)\s+(?:\w+\s+)?that\s+" + _HAD_DONE, re.I)
# ... unless it names another act or a place of its own ("Meanwhile, police said that gunmen
# had shot dead a trader in Quetta" after a shooting in Peshawar).
ANOTHER_RE = re.compile(r"\b(?:another|separate|other)\b|\b(?:in|at|near)\s+(?-i:[A-Z])",
                         re.I)


# ("Earlier, South Asia Terrorism Portal (SATP) has reported that four militants were killed")
EARLIER_REPORT_RE = re.compile(
    r"\W*earlier,?\s+(?:it\s+(?:was|had\s+been)\s+reported|(?:[\w.’'()-]+\s+){1,6}?"
    r"(?:had\s+|has\s+)?(?:reported|said))\s+that\b", re.I)
# "Later, ... killed in the bomb explosion": what came after the incident, named back.
# The nouns that name an incident's event back: "the exchange of fire", "the blast".
_EVENT_NOUN = (r"(?:exchange\s+of\s+fire|encounter|gun\s*battle|gunfight|clash|attack|blast|"
               r"explosion|incident|ambush|firing|shootout)")
LATER_THE_EVENT_RE = re.compile(
    rf"^\W*later\b(?=.*\bthe\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}\b)", re.I | re.S)

# The incident's event named back as such, whatever day the sentence gives: "Later, on November
# 28, The Times of India reported that two CPI Maoist cadres were killed in the aforementioned
# encounter".
AFOREMENTIONED_RE = re.compile(
    rf"\b(?:aforementioned|aforesaid|above[\s-]mentioned)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}\b",
    re.I)

# "The exchange of fire took place ...": the incident's event, named back by its noun.
EVENT_TOLD_AGAIN_RE = re.compile(
    # (also as someone tells it: "Official sources said the blast took place", "According to
    # sources, the checkpost was attacked")
    r"\W*(?:(?:[\w.’'-]+\s+){1,4}?(?:said|added|stated|told)\s+(?:that\s+)?|"
    r"[Aa]ccording\s+to\s+[^,.;]{1,40},\s*)?"
    rf"(?:[Tt]he\s+(?:\w+\s+){{0,2}}?{_EVENT_NOUN}\s+(?:took\s+place|occurred|started|began|"
    r"broke\s+out|happened|erupted|lasted|ensued|continued|went\s+on|raged)\b|"
    # the bomb told again: "The grenade exploded inside the debris of the house where ..."
    r"[Tt]he\s+(?:\w+\s+){0,2}?(?:grenade|bomb|IED|device|explosive)\s+(?:exploded|went\s+off)\b|"
    # or the place attacked: "the checkpost was attacked by a large number of TTP militants
    # late on September 26" after "TTP attacked a security checkpost ... on September 27"
    r"[Tt]he\s+(?:\w+\s+){0,2}?(?:check\s*posts?|posts?|pickets?|camps?|convoys?|"
    r"police\s+stations?)\s+(?:was|were)\s+(?:attacked|ambushed|targeted|stormed|raided)\b|"
    # or the forces' operation: "the operation was conducted on Sunday"
    r"[Tt]he\s+(?:[\w-]+\s+){0,2}?operation\s+was\s+(?:conducted|carried\s+out|launched)\b)")


# A lead that tells bodies found: "The bodies of the five militants ... have been retrieved".
BODIES_FOUND_RE = guarded(
    r"\bbod(?:y|ies)\b[^.;]{0,200}?\b(?:recovered|retrieved|found|discovered|spotted|"
    r"fished\s+out)\b|\b(?:recovered|retrieved|found|discovered|spotted)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?bod(?:y|ies)\b", re.I)


def same_act(info: SentenceInfo, lead: SentenceInfo) -> bool:
    """The lead's act told again with its own day: the same kinds of act and figures the lead
    states, or a part of them ("arrested one arms smuggler ..., reports E Pao on March 29.
    ... the troops launched an operation on March 26 and arrested one arms smuggler"; "cadres
    abducted and killed one of their supporters ... on May 27 ... The victim ... was abducted
    from his native village ... on May 24")."""
    def told(i: SentenceInfo) -> set[tuple[str, int | None, int | None]]:
        return {(f.measure, f.count.low, f.count.high) for f in i.figures}
    info_acts, lead_acts = _kinds_of_act(info), _kinds_of_act(lead)
    # (a part only of a harm: "one" arrested told twice is often two men)
    return bool(info_acts) and bool(info.figures) and (
        (info_acts == lead_acts and told(info) == told(lead)) or (
            harms(info.figures) and info_acts <= lead_acts and told(info) <= told(lead)))


_BOMBS_USED = frozenset({"suicide", "grenade", "shelling", "explosive"})


def _kinds_of_act(info: SentenceInfo) -> set[str]:
    """The sentence's trigger families, less a foiling that names no bomb used: "Army ...
    foiled an attempt by Al Badar Mujahideen to infiltrate during the night intervening July
    8 and 9 ... two militants were killed" tells the encounter the lead told ("Army killed two
    militants ... in an encounter ... on July 11"), not a bomb made safe."""
    if "defused" in info.triggers and not set(info.triggers) & _BOMBS_USED:
        return {FAMILIES[c] for c in info.triggers if c != "defused"}
    return info.families


# "The three AR personnel": a count told with the definite article.
_THE_COUNT = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.I)


def toll_told_again(info: SentenceInfo, told: Sequence[Figure]) -> bool:
    """Whether every harm the sentence states is one of ``told`` counted again with the
    definite article ("Three personnel of 24 Assam Rifles were reported to have sustained
    injuries in a gunfight ... The three AR personnel suffered injuries after explosion of an
    Improvised Explosive Device (IED)": how the same three were hurt, not three more)."""
    text, base = info.sentence.text, info.sentence.start
    harm = [f for f in info.figures if f.measure in ("killed", "wounded")]
    # (or the act named with the article first: "The attack damaged the wall of checkpost
    # and injured six civilians and two constables", the eight told before, with their sides)
    the_act = bool(_THE_ACT.match(text))
    return bool(harm) and all(
        (the_act or _THE_COUNT.search(text, max(0, f.start - base - 20),
                                      max(0, f.start - base))) and any(
            t.measure == f.measure and t.count.low == f.count.low for t in told)
        for f in harm)


# The act named back with the article at a sentence's start: "The attack damaged ...".
_THE_ACT = re.compile(r"\W*The\s+(?:attack|blast|explosion|incident|ambush|bombing)\b")


def reported_act(info: SentenceInfo, day: DateMention, lead: SentenceInfo,
                 report_day: DateMention) -> bool:
    """Whether the sentence tells the act of a lead dated by its report, with its own day up
    to three days before ("Mangal Bagh ... was killed in a United States (US) drone attack
    ..., The News ... reported on July 25. The sources said Mangal Bagh had reportedly
    sustained injuries when a drone struck the compound during the small hours of July 23");
    a lead that only claims an act may name no place, so the act's own place is no other
    ("Islamic State (IS) on August 24 claimed responsibility for the attack on a Hindu grocer
    ... Chittaranjan Arjya ... came under machete attack at his shop on August 23")."""
    before = days_before(day.date, report_day.date)
    other = _ANOTHER_WORD if lead.claim_only else ANOTHER_RE
    return bool(info.families) and info.families <= lead.families and \
        before is not None and 0 < before <= 3 and not other.search(info.sentence.text)


_ANOTHER_WORD = re.compile(r"\b(?:another|separate|other)\b", re.I)


_NAME_WORD = re.compile(r"\b(?-i:[A-Z][a-z]{3,})\b")


def hostage_killed(info: SentenceInfo, day: DateMention, members: Sequence[SentenceInfo],
                   lead_day: DateMention) -> bool:
    """Whether the sentence tells the killing of the incident's hostage, named again, on a day
    up to three days after the abduction ("abducted Baria Soren, a ruling Communist Party of
    India Marxist (CPI M) supporter, at gunpoint ... on February 1. Subsequently, Soren was
    killed by the Maoists and the dead body was recovered by the Police on February 2")."""
    after = days_before(lead_day.date, day.date)
    if after is None or not 0 < after <= 3:
        return False

    def said(m: SentenceInfo, f: Figure) -> str:
        return m.sentence.text[f.start - m.sentence.start:f.end - m.sentence.start]
    names = {w.group(0) for m in members for t in m.figures if t.measure == "kidnapped"
             for w in _NAME_WORD.finditer(said(m, t))}
    killed = [f for f in info.figures if f.measure == "killed"]
    return bool(killed and names) and all(
        any(re.search(rf"\b{n}\b", said(info, f)) for n in names) for f in killed)


def harms(figures: Sequence[Figure]) -> bool:
    """Whether the figures count anyone killed, wounded or kidnapped (not only arrested)."""
    return any(f.measure in ("killed", "wounded", "kidnapped") for f in figures)


def harm_told_earlier(info: SentenceInfo, day: DateMention, lead_day: DateMention) -> bool:
    """A toll told again from a day up to three days before the lead's ("Maoist cadres
    abducted a panchayat secretary ... and beat him to death ... on April 21 ... He was
    abducted by a group of Maoists late on April 20 night"); not an arrest, where "one" told
    twice is often two men."""
    before = days_before(day.date, lead_day.date)
    return before is not None and 0 < before <= 3 and harms(info.figures)


# A word that tells a death or the dead and no means: "killed", "bodies".
_BARE_HARM = re.compile(r"(?:killed|killing|murdered|bodies|body\s+of)$", re.I)


def toll_without_means(info: SentenceInfo) -> bool:
    """A toll that names no means of harm and no day of its own, told right after an
    incident whose method another word named: "Four missiles hit a vehicle carrying
    suspected militants ... All eight militants on board the vehicle were killed" is the
    strike's toll; alone, with no method and no doer, it would be no incident at all (a
    teller's day is none of its own: "... were killed ..., the DPO told reporters on Friday")."""
    return harms(info.figures) and not info.own_days() and set(info.triggers) == {"armed"} and \
        all(_BARE_HARM.match(hit[2]) for hit in info.triggers["armed"])


# A later part of a story told by its rank: "In the second, two terrorists were killed in
# Tirah valley", "In the second raid, FC personnel arrested three suspects".
_RANKED_PART = re.compile(r"^\W*in\s+the\s+(?:second|third|fourth|other|latter)(?:\s+(?:"
                          r"incident|attack|encounter|engagement|operation|clash|case|blast|"
                          r"raid))?\b", re.I)


def ranked_part(info: SentenceInfo, members: Sequence[SentenceInfo], *, summary: bool) -> bool:
    """A later part of the story told by its rank, another incident: of a summary lead ("In
    the second, two terrorists were killed in Tirah valley"), or where nothing told before
    counts what it counts ("FC personnel foiled a terror bid during raids in Quetta and
    Chagai ... In the second raid, FC personnel arrested three suspects"; not a part of a
    total told before: "Eight suspected Maoists ... were arrested ... In the second
    incident, a joint squad ... arrested four Maoists")."""
    told = {f.measure for m in members for f in m.figures}
    return bool(_RANKED_PART.match(info.sentence.text)) and (
        summary or not {f.measure for f in info.figures} & told)


def days_toll_across_places(info: SentenceInfo) -> bool:
    """A lead that sums one day's dead or wounded over places, not over a period, as a fact
    (not an allegation), on a day that is not the report's: its parts follow."""
    text = info.sentence.text
    return info.aggregate and any(
        not REPORTED_ON.search(text, 0, d.start - info.sentence.start)
        for d in info.day_dates) and \
        any(f.measure in ("killed", "wounded") for f in info.figures) and \
        bool(ACROSS_PLACES_RE.search(text)) and not TALLY_PERIOD_RE.search(text)


def tells_an_act(info: SentenceInfo) -> bool:
    """A lead that tells an attack without a date or toll ("A group of militants attacked a
    grid station"): the story is about it, so its later sentences may report it."""
    return bool(info.triggers) and not (info.background or info.aggregate) and bool(
        DOER_ACTED_RE.search(info.sentence.text))


def stands_alone(info: SentenceInfo) -> bool:
    """An event sentence after a non-event lead: toll, and no explicit earlier year."""
    explicit_year = any(d.date.year is not None and not d.relative for d in info.dates)
    return harms(info.figures) and bool(info.day_dates) and not explicit_year


def told_from_the_night_before(info: SentenceInfo, own: Sequence[DateMention],
                               families: set[str], day: DateMention) -> bool:
    """The incident's own ``day`` among the sentence's days after an earlier one (``own``),
    with an act of its kind: the story told from the night before ("A special operation was
    launched ... at 11 45 pm on March 11 ... The BSF parties had an exchange of fire with the
    Maoists at around 2 25 am on March 12" after "... were killed ... in an encounter ... on
    March 12")."""
    value = day.date.to_dict()
    return own[0].date.to_dict() != value and bool(info.families & families) and any(
        d.date.to_dict() == value for d in own[1:])


def killing_of_the_found(info: SentenceInfo, lead: SentenceInfo, day: DateMention,
                         lead_day: DateMention) -> bool:
    """The act that killed those whose bodies the lead found, up to a week before ("The
    bodies of the five militants ... have been retrieved ... on September 13 ... The five
    were gunned down by NSCN IM cadres on September 12"): the same incident."""
    def killed(i: SentenceInfo) -> set[tuple[int | None, int | None]]:
        return {(f.count.low, f.count.high) for f in i.figures if f.measure == "killed"}
    before = days_before(day.date, lead_day.date)
    return before is not None and 0 < before <= 7 and "armed" in info.families and \
        killed(info) <= killed(lead) and bool(BODIES_FOUND_RE.search(lead.sentence.text))


def abduction_of_the_killed(info: SentenceInfo, lead: SentenceInfo, day: DateMention,
                            lead_day: DateMention) -> bool:
    """The abduction of those the lead tells killed, as many, up to three days before ("Two
    tribal elders and a prayer leader were killed ... on September 13. Sources said that
    militants abducted two tribal elders and a prayer leader on September 11"): the same
    incident, a kidnapping whose hostages were killed (GTD)."""
    def counts(i: SentenceInfo, measure: str) -> set[tuple[int | None, int | None]]:
        return {(f.count.low, f.count.high) for f in i.figures if f.measure == measure}

    def sides(i: SentenceInfo, m: str) -> set[str]:
        return {k for f in i.figures if f.measure == m for k in f.count.by_category} - {"unknown"}
    before = days_before(day.date, lead_day.date)
    held = counts(info, "kidnapped")
    # (not as many of another side: "Two policemen were martyred ... armed men abducted two
    # employees of a private construction company")
    held_sides, dead_sides = sides(info, "kidnapped"), sides(lead, "killed")
    return before is not None and 0 < before <= 3 and bool(held) and \
        held == counts(lead, "killed") and not counts(lead, "kidnapped") and \
        not (held_sides and dead_sides and not held_sides & dead_sides)


_HURT_IN_THE_ACT = re.compile(r"\b(?:wounded|injured|hurt)\s+in\s+the\s+(?:blast|attack|explosion|"
                              r"ambush|bombing)\b", re.I)
# (a subject, then "then" and the verb: "Troops then repulsed"; not "The then OIC")
_THEN_GOES_ON = re.compile(r"\W*(?:the\s+)?(?!then\b)(?:[\w-]+\s+){1,2}?then\s+(?!on\b)", re.I)


# A subject told before: "The accused was arrested", "He was arrested".
_DEFINITE_SUBJECT = re.compile(r"(?:The|the)\s+(?:injured\s+)?(?:accused|militants?|suspects?|"
                               r"terrorists?|cadres?|injured)\s+(?:was|were)\b|"
                               r"(?:He|She|They)\s+(?:was|were)\s+(?:later\s+)?arrested\b")


def held_after_the_fight(info: SentenceInfo, members: Sequence[SentenceInfo]) -> bool:
    """Whether the sentence tells only an arrest of one the incident's fight named before
    ("... was injured during an encounter with them and Rangers ... The accused was arrested
    in injured condition"): the fight's, no arrest of its own."""
    return info.families == {"arrest"} and bool(_DEFINITE_SUBJECT.match(info.sentence.text)) \
        and any("clash" in m.triggers for m in members)


# An attack told by its verb ("terrorists attacked a Frontier Corps check post"): opens_new.
_ATTACKED = re.compile(r"\b(?:attacked|stormed|ambushed|raided)\b", re.I)


# The forces' hunt for the doers of an act told before: "security forces had tracked down
# the terrorists involved in the attack in the Gidar area of Surab and killed four of them".
_TOLD_BACK = re.compile(r"\W*(?:the|they|both|these|those)\b", re.I)
# The place attacked, named back ("reached the camp in the hills above Portovelo" after the
# lead's "stormed an informal gold mining camp ... over the weekend").
_SITE_BACK = re.compile(r"\bthe\s+(camp|village|market|mosque|church|school|checkpoint|"
                        r"check\s*post|base|convoy|bus|mine|compound|hotel|bar)\b", re.I)


def _same_site(info: SentenceInfo, lead: SentenceInfo) -> bool:
    """The sentence names the lead's site back ("the camp"), with an act of the lead's kind."""
    return bool(info.families & lead.families) and any(
        re.search(rf"\b{m.group(1)}\b", lead.sentence.text, re.I)
        for m in _SITE_BACK.finditer(info.sentence.text))
_BODIES_BACK = re.compile(r"\b(?:found|recovered|spotted|discovered)\s+the\s+bod(?:y|ies)\b|"
                          r"\bthe\s+bod(?:y|ies)\s+(?:was|were)\s+(?:found|recovered)\b", re.I)


_FIRED_ON = re.compile(r"\b(?:opened\s+fire|fired\s+(?:at|on)|attacked|ambushed|stormed)\b", re.I)


def opens_new(info: SentenceInfo, current: Draft) -> bool:
    """Whether ``info``, an event sentence told after the ``current`` incident, opens a new
    incident rather than telling that one again or going on with it (the rules above)."""
    if AFOREMENTIONED_RE.search(info.sentence.text):
        return False  # "... were killed in the aforementioned encounter"
    if _THEN_GOES_ON.match(info.sentence.text) and not info.own_days():
        return False  # what came next in the same act: "A military convoy ... hit an explosive
        # device near Pama ... Troops then repulsed an ambush by fighters hidden along the road"
    if info.new_marker and PRELUDE_RE.search(info.sentence.text) and not info.day_dates:
        return False
    if info.new_marker and not info.day_dates and info.families & current.families and \
            RESTATEMENT_RE.search(info.sentence.text) and \
            not ANOTHER_RE.search(info.sentence.text):
        return False
    if info.new_marker and EARLIER_REPORT_RE.match(info.sentence.text) and (
            not info.day_dates or current.date is None or
            info.day_dates[0].date.to_dict() == current.date.date.to_dict() or
            a_day_apart(info.day_dates[0].date, current.date.date)):
        # "Earlier, The News reported that two people were killed": an older report of the
        # same incident (its figures do not replace the lead's), also of the night before
        # ("... overnight gun battle ..., officials said on September 27. Earlier, it was
        # reported that three militants and a Policeman were killed ... on September 26")
        return False
    if info.new_marker and not info.day_dates and info.families & current.families and \
            LATER_THE_EVENT_RE.search(info.sentence.text):
        return False  # "Later, Police confirmed the identity of ... killed in the explosion"
    if info.new_marker:
        return True
    if pursuit(info, current):
        return True  # the forces' hunt for the doers, with its own dead
    if VICTIM_HAD_RE.match(info.sentence.text) and any(
            harms(m.figures) for m in current.members):
        return False  # "... succumbs to his injuries ... The jawan had sustained bullet ..."
    if bodies_told_again(info, [f for m in current.members for f in m.figures]):
        return False  # "... bodies of all four traders ... have been recovered. The body of a
        # 14 year old individual identified as Bakar Ali was recovered on July 12"
    if VICTIMS_BACK_RE.search(info.sentence.text) and not any(
            f.measure in ("killed", "wounded") for f in info.figures):
        return False
    arrest_led = bool(current.anchor.triggers) and \
        set(current.anchor.triggers) <= {"arrest", "operation"}
    if arrest_led and current.anchor.sentence.index > 0 and \
            set(info.triggers) - WEAK_TRIGGERS and info.is_event():
        # An attack told after an arrest in a story that opened with something else ("A
        # policeman was killed ... the deceased was arrested ... assailants lobbed a grenade")
        # is an incident of its own; a story that opens with the arrest tells attacks after it
        # as the arrested men's past.
        return True
    if arrest_led and current.anchor.sentence.index == 0 and current.anchor.refers_to and \
            not info.day_dates:
        return False  # the act the arrest was over, told again with no day of its own ("arrested
        # an organizer of JMB ... over the killing of three people in a blast ... They hurled a
        # grenade during the operation and the explosion killed manager Satya Gopal")
    # (or a bomb found and defused: "In Gwadar district, Frontier Corps personnel found an
    # improvised explosive device planted under a bridge ... and defused it")
    # (or an attack whose toll the next sentence tells: "In Mohmand district, terrorists
    # attacked a Frontier Corps check post in the Mamad Gat area with heavy weapons")
    if (info.figures or set(info.acting_triggers) - WEAK_TRIGGERS or (
            "defused" in info.triggers and "explosive" in info.triggers) or
            _ATTACKED.search(info.sentence.text) or opens_place_line(info.sentence.text)) and \
            placed_apart(info.sentence.text, current.anchor.sentence.text):
        return True  # a round-up's parts, each opened by its place: "In Lakki Marwat,
        # terrorists dropped explosives ... In Wana, South Waziristan, a tribal elder ...",
        # also after a lead that sums them up: "Three Frontier Corps (FC) soldiers were
        # martyred in an ambush in Noshki, a barber was shot dead in Mastung ... In Mastung's
        # Kanak area, unidentified gunmen ... shot dead a barber"
    current_date = current.date
    # (a statement's day is no day of another act: "Official sources said on February 3 that
    # militants attacked patrol parties" tells again the attack of February 2)
    # (nor the day a fight went on till: "the exchange of fire ... continued intermittently
    # until the early hours of Monday" tells Sunday's fight)
    # (nor the day the bodies were found: "Two of the attackers were killed; their bodies were
    # found in the fields near the station on Thursday morning")
    own = [d for d in info.own_days() if not _UNTIL_DAY.search(
        info.sentence.text, 0, d.start - info.sentence.start) and not (
        harms(info.figures) and _BODIES_FOUND_ON.search(
            info.sentence.text, 0, d.start - info.sentence.start))]
    if own and current_date is None and (current.anchor.hours_from_act or SAME_DAY_OPENER.match(
            current.anchor.sentence.text)) and not EVENT_TOLD_AGAIN_RE.match(info.sentence.text):
        return True  # an act with a day of its own after one told hours from the act before
        # it, or on its day ("Hours earlier, ... On Monday morning", "On the same night, ...")
    if own and current_date is not None and (
            killing_of_the_found(info, current.anchor, own[0], current_date) or
            abduction_of_the_killed(info, current.anchor, own[0], current_date)):
        return False
    if own and current_date is not None and hostage_killed(info, own[0], current.members,
                                                           current_date):
        return False
    if own and current_date is not None and \
            told_from_the_night_before(info, own, current.families, current_date):
        return False
    if own and current_date is not None and \
            days_before(current_date.date, own[0].date) in (1, 2, 3) and \
            any(f.additive for f in info.figures) and (
                set(info.acting_triggers) <= {"armed"} or
                # (the act named back as what wounded them: "Two other soldiers were wounded
                # in the blast, one of whom died of his injuries in hospital ... on Wednesday")
                _HURT_IN_THE_ACT.search(info.sentence.text)) and harms(current.anchor.figures):
        return False  # one of the wounded died days later: "State television initially
        # reported that three officers had been killed; a fourth, a conscript, died of his
        # wounds in hospital on Thursday" (the lead's Wednesday attack)
    if own and _BODIES_BACK.search(info.sentence.text) and any(
            d.date.to_dict() == own[0].date.to_dict() for d in current.anchor.day_dates):
        return False  # the bodies the lead told found that day, told again: "The bodies of
        # two tribal youths ... were recovered from a forest on Thursday ... Villagers
        # grazing cattle found the bodies ... on Thursday morning"
    if own and current_date is not None and \
            days_before(current_date.date, own[0].date) in (1, 2) and \
            bodies_found_later(info, current):
        return False  # the toll found the next day: "... stormed the community at about 10
        # p.m. on Sunday ... On Monday, community leaders said 16 bodies had been recovered"
    if own and current_date is not None and within_span(own[0].date, current_date.date) and (
            _TOLD_BACK.match(info.sentence.text) or _same_site(info, current.anchor)):
        return False  # the week's act told by its day: "abducted ... last week ... taken away
        # from their homes by a group of armed men on Sunday night"
    if own and current_date is not None and not info.figures and operation_begun(info) and \
            days_before(own[0].date, current_date.date) in (0, 1):
        return False  # the operation the fight came of, begun the evening before
    if own and current_date is not None and \
            own[0].date.to_dict() != current_date.date.to_dict() and \
            referred_act_told(info, current):
        return True  # the act the lead is dated after, told with its own day
    if own and current_date is not None and own[0].date.to_dict() != current_date.date.to_dict():
        # "killed in an encounter ... on February 8. The exchange of fire took place late
        # Wednesday February 7 evening": the event told again, from the night it began
        # (or a statement's day: "officials said on October 3")
        # (or up to three days before the lead's: "have abducted two road construction
        # workers in Sukma District on July 5 ... The incident took place near Kasaram village
        # on the afternoon of July 3")
        return not (EVENT_TOLD_AGAIN_RE.match(info.sentence.text) and (
            a_day_apart(own[0].date, current_date.date) or current.stated_day or
            days_before(own[0].date, current_date.date) in (2, 3))) and not (
            (current.stated_day or harm_told_earlier(info, own[0], current_date)) and
            same_act(info, current.anchor)) and not (
            current.stated_day and reported_act(info, own[0], current.anchor, current_date))
    if held_after_the_fight(info, current.members):
        return False  # the fight's man held
    if DOERS_BACK_RE.match(info.sentence.text) and not info.new_marker:
        return False  # "However, the two lobbed a grenade": the story goes on
    if "shelling" in current.anchor.triggers and MEANS_BACK_RE.match(info.sentence.text):
        return False  # "Two of the shells struck houses ...": where the shells fell
    # (not the toll of an operation the story opened with, told with its fight: "Security
    # forces conducted an intelligence-based operation in Mir Ali ... After an intense
    # exchange of fire, six terrorists were killed")
    if current.families == {"arrest"} and "operation" in current.anchor.triggers and \
            not info.day_dates and not any(m.figures for m in current.members):
        return False
    if strike_elsewhere(info, current) or defused_later(info, current):
        return True
    if "defused" in current.anchor.triggers and not any(m.figures for m in current.members) \
            and "armed" in info.acting_triggers and info.own_days() and \
            _FIRED_ON.search(info.sentence.text):
        return True  # an attack told with its own day after a bomb found and made safe: "Late
        # on Monday, two suspected militants ... opened fire on policemen ... in Jowar"
    if LATER_THAT_DAY.match(info.sentence.text) and (
            set(info.acting_triggers) - WEAK_TRIGGERS or _ATTACKED.search(info.sentence.text)) \
            and (not info.families & current.anchor.families or (
                # (or another means, in a paragraph of its own: "Late on Tuesday, a roadside
                # bomb went off near a police van" after the afternoon's shelling)
                info.paragraph != current.members[-1].paragraph and not (
                    set(info.acting_triggers) - WEAK_TRIGGERS) & set(current.anchor.triggers))):
        return True  # another kind of act later that day: "Late this evening, unidentified
        # terrorists hurled a grenade at the police post at Rajbagh" after the day's encounter,
        # "Late on Friday, personnel of the Counter-Terrorism Department ... raided a house in
        # Bin Shahi" after the morning's bombing
    if captives_told_next(info, current):
        return False  # the fight's captives, told next in its paragraph
    if "kidnap" in info.acting_triggers and own and \
            not any("kidnap" in m.triggers for m in current.members) and \
            info.paragraph != current.members[-1].paragraph and \
            FORCE_TOOK_RE.search(info.sentence.text):
        return True  # people taken by a force, in a paragraph of their own with their day:
        # "personnel of the Frontier Corps had raided their homes ... and taken the men away"
    return bool(info.figures) and bool(info.families) and not (
        info.families & current.families) and bool(current.families) and not \
        toll_told_again(info, [f for m in current.members for f in m.figures]) and not \
        toll_without_means(info)
