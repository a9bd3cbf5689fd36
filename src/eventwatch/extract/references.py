"""Stage 7a: references.  Reads the trigger words of an article (start, end, class); writes
which of them name an act the text only refers to, not reports: what someone is arrested,
charged or wanted for ("arrested in connection with the abduction"), an attack named as the
time of something else ("since the terror attacks of Brussels"), a case ("cracked the Wadwan
shootout case"), acts to be prevented, threatened or praised.  :mod:`incidents` leaves them
out of the sentences' triggers (``docs/codebook.md``: security operations and references).
It also says which of a sentence's dates are told of an act it refers to
(:func:`outside_references`: "who played a major role in the killing of the SP on July 2,
2013, was arrested ... on September 27").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.fastre import guarded
from eventwatch.extract.temporal import MONTH_NAMES, DateMention

# An act named as what people are arrested, charged or wanted for ("arrested in connection with
# the abduction", "wanted in the blast case", "involved in the killing of"): the story refers to
# it, it does not report it.
# Not the means of the act: "prevented a major attack by killing three militants".
_NOT_THE_MEANS = r"(?![^.;]*\bby\s*$)"
# An act only compared with ("The IED and the modus operandi were similar to blasts at a court
# complex in Chittoor on April 7"), or one that set off a spell of fighting ("The clashes
# broke out after IS militants beheaded a Taliban 'commander' ... on July 17").
_COMPARED = (r"(?:similar|identical)\s+to|(?:clashes|violence|unrest|tension)\s+(?:had\s+)?"
             r"(?:broke\s+out|erupted|began|started|flared\s+up)\s+(?:\w+\s+){0,2}?after")
# An earlier act as the time of this one: "The attack comes two days after a low intensity
# explosive went off near the main gate".
CAME_AFTER = (r"(?:comes?|came|coming)\s+(?:just\s+|barely\s+|only\s+)?(?:(?:a|an|one|two|three|"
              r"four|five|six|seven|a\s+few|few|several|\d+)\s+)?(?:days?|weeks?|months?|hours?)"
              r"\s+after")
REFERENCE_RE = guarded(
    r"\b(?:in\s+connection\s+with|in\s+(?:a|the)\s+case\s+(?:of|for|related\s+to)|"
    r"(?:investigation|probe|inquiry|enquiry)\s+into|arrested\s+after|"
    # (not an attempt: "when militants tried to ambush a military convoy")
    r"involved\s+in|(?:accused|suspects?|wanted|charged|booked|arrested|held|tried(?!\s+to\b)|"
    r"convicted|"
    r"sentenced|linked|acquitted|indicted)\s+(?:by\s+(?:the\s+)?\w+\s+)?(?:in|of|for|with|to)\b|"
    r"responsible\s+for|"
    r"earlier\s+reported|reported\s+earlier|previously\s+reported|involvement\s+in|"
    r"mastermind\s+of|in\s+the\s+wake\s+of|role\s+in|(?:took|taken|taking)\s+part\s+in|"
    r"participat\w+\s+in|(?:suspects?|accused|man|men|hand|brain)\s+behind|"
    r"(?:threat\w*|warn\w*|vow\w*|call\w*\s+for|encourag\w*|incit\w*|urg(?:ed|ing|es)|"
    r"plann(?:ed|ing)|plans?|plott\w*|plots?\s+to|"
    r"to\s+(?:carry\s+out|deter|tackle|prevent|deal\s+with|counter|stem|curb|check|"
    rf"combat|pre[\s-]?empt){_NOT_THE_MEANS}|increase\s+in|rise\s+in|"
    # acts to be prevented: "to pre-empt and prevent kidnapping for ransom incidents"
    rf"prevent(?:ing|ed|s)?{_NOT_THE_MEANS}|"
    # what a case is about: "cracked the Wadwan shootout case in which a policeman was killed"
    r"cases?\s+(?:in\s+which|where(?:in)?)"
    # (its victim named at length: "the Wadwan shootout case in which one Police man Shamim
    # Ahmad was killed")
    r"(?:\s+(?:[\w()’'-]+\s+){2,8}?(?:was|were|had\s+been))?|"
    # a past record, told of someone arrested or killed: "who orchestrated several
    # kidnappings"
    r"(?:orchestrated|masterminded|committed|perpetrated|executed|carried\s+out)\s+"
    r"(?:several|many|numerous|a\s+number\s+of|a\s+series\s+of|scores\s+of|"
    r"a\s+spate\s+of)|"
    r"concerns?\s+(?:over|about)|"
    # acts foretold: "the Pakistan Army will face deadly suicide attacks if it undertakes
    # operations"
    r"(?:will|would|shall)\s+(?:face|suffer|witness|see|invite)|"
    # what a notice or a petition is for or against: "served a notice for allowing drone
    # attacks", "filed a writ petition against the drone attacks"
    r"(?:notices?|petitions?|suits?|complaints?)\s+(?:[\w’'-]+\s+){0,3}?(?:for|against|over)|"
    # a claim named as what something is despite or after: "vowed to abide by the ceasefire
    # ... despite the outfit's claim of killing 23 Frontier Corps (FC) soldiers"
    r"(?:despite|after|following|over)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?claims?\s+of|"
    # a part played in an act: "Four persons who allegedly collaborated with the CPI Maoist
    # in the killing of ... MLA ... were arrested"
    r"(?:collaborated|colluded|conspired)\s+with\s+(?:[\w()’'-]+\s+){1,8}?in|"
    r"(?:helped|assisted|aided|abetted)\s+(?:[\w()’'-]+\s+){0,6}?in\s+(?:the|a|an)|"
    # an act compared with, or one that set off a spell of fighting (below)
    rf"{_COMPARED}\b|"
    # what a statement is about: "lambasted the Home Minister for her statement on an alleged
    # fake encounter at Oragitok village"
    # (not the day it was made: "said in a statement on Tuesday that its fighters had
    # attacked")
    r"(?:statements?|remarks?|comments?|allegations?)\s+(?:on(?!\s+(?:\w+day|the\s+\w+day|"
    r"(?-i:[A-Z])[a-z]+\s+\d))|about|over|regarding)|"
    # what a protest is against: "staged a protest demonstration ... against the US drone
    # attacks"
    r"(?:protests?|protested|protesting|demonstrations?|rall(?:y|ies)|agitations?|"
    # (and the campaigns a poster urges: "urged people for a mass movement against Police
    # encounter at Bilabaru")
    r"sit[\s-]ins?|movements?|campaigns?|bandhs?|shutdowns?|hartals?|resolutions?)\s+"
    r"(?:[\w()’'-]+\s+){0,7}?against|"
    # "a call for a general shutdown to protest the killing of six of their cadres"
    # ("called a bandh ..., protesting the encounter")
    r"to\s+protest|protesting|in\s+protest\s+(?:against|of|over)|"
    # (and the fight a death protested came in: "Protesting the death of a woman Communist
    # Party of India Maoist (CPI Maoist) in an encounter with the SOG")
    r"(?:protest\w*|bandhs?|shutdowns?|hartals?)\s+(?:against\s+|over\s+)?the\s+(?:deaths?|"
    r"killings?|murders?)\s+of\s+(?:[\w()’'-]+\s+){1,10}?(?:in|during)|"
    # an earlier act as the time of this one (CAME_AFTER above)
    rf"{CAME_AFTER}|"
    # "a week after suspected Maoists exchanged fire with ... the Maoists have said"
    r"(?:a|one|two|three|four|a\s+few|few|several|\d+)\s+(?:weeks?|months?|years?)\s+after|"
    # ... or opening a sentence: "Hours after a crude bomb attack, next to a petrol pump in
    # Tura ..., Police commandos shot dead four militants"
    r"\b(?-i:Hours|Days|Minutes)\s+after|"
    # ... or after the act the sentence tells, set off by a comma: "Gunmen stormed an informal
    # gold mining camp ..., killing eight workers, hours after a car bomb exploded outside a
    # police station in a nearby town"
    # (each with its literal after the look-behind: one that opens with the look-behind is
    # tried at every position, fastre_compile)
    # (or its doers first: ", hours after gunmen killed an off-duty police sergeant")
    r"(?<=,\s)hours\s+after(?=\s+(?:an?|the|(?:unidentified\s+|suspected\s+|armed\s+)?(?:gunmen|"
    r"militants|attackers|assailants|rebels|insurgents|terrorists))\s)|"
    r"(?<=,\s)days\s+after(?=\s+(?:an?|the)\s)|"
    r"(?<=,\s)minutes\s+after(?=\s+(?:an?|the)\s)|"
    # ... or before it: "A day before the bombing, two policemen were shot dead"
    r"\b(?:a|one|two|three|four|five|\d+)\s+(?:days?|hours?|weeks?)\s+(?:before|prior\s+to)\s+"
    r"the(?=\s+(?:\S+\s+){0,2}$)|"
    # the act avenged: "a revenge killing as five PLFI cadres were killed by Maoists on May
    # 15", "to avenge the killing of our commander"
    r"(?:retaliation|revenge|reprisal)\s+(?:for|of)|to\s+avenge|"
    r"revenge\s+(?:killing|attack)s?\s+(?:as|since|because|after)|"
    # "arrested five Paramilitary troopers for shooting dead a youth"
    r"(?:arrested|arresting|detained|detain|booked|nabbed|apprehended|convicted|sentenced|"
    r"charged|indicted)\s+(?:[\w’'-]+\s+){1,8}?(?:for|over)|"
    # "a militant suspected of detonating a car bomb ... was arrested": the act right after
    # (not "two men suspected of being militants were shot dead")
    # (the act's place may stand before it: "a 'section commander' suspected of planting the
    # Farsegarh IED")
    r"suspected\s+of(?=(?:\s+[\w’'-]+){0,2}\s*$|\s+[\w’'-]+\s+the\s+(?-i:[A-Z])[\w’'-]*\s*$)|"
    # an attack the reader is presumed to know, as the time of something else: "since the
    # terror attacks of Brussels", "following the recent attack on Army personnel", "after
    # the January 2-3 terror attack"; not "died after the bomb exploded", which tells it
    # (not a paper's name before a run-on sentence: "reports Nagaland Post The militants")
    r"(?:since|post)\s+(?-i:the)(?!\s+(?:discovery|recovery|seizure|detection)\b)(?=\s)|"
    # cases told as the cause of something else: "under security cover following cases of
    # arson reported from different places since last week"
    r"(?:after|following|amid|amidst)\s+(?:several\s+|many\s+|recent\s+)?(?:cases|incidents|"
    r"reports)\s+of|"
    r"(?:after|following)\s+the(?=\s+(?:recent|last|latest|previous|earlier|"
    r"(?-i:[A-Z][a-z]+)\s+\d{1,2}\b|\d{1,2}\s+(?-i:[A-Z][a-z]+)|(?:19|20)\d\d\b))|"
    # "following March 27, 2016, suicide attack in Lahore": a dated attack, no article
    rf"(?:after|following|post|since)(?=\s+(?:{MONTH_NAMES})\s+\d{{1,2}},?\s+(?:19|20)\d\d\b)|"
    # those who helped or did it, named by it: "two facilitators of the suicide attack"
    r"(?:facilitators?|financiers?|handlers?|planners?|perpetrators?|abettors?)\s+of|"
    # those it struck, in general: "the video focuses on civilian victims of the air strikes"
    r"(?:civilian\s+)?victims\s+of|"
    # praise of an attack, and warnings of one: "praised January 2's terror attack",
    # "following inputs about a 26/11 type fidayeen attack"; not "hailed the police who
    # repulsed an attack on Monday"
    # (not where someone hails from: "Four labourers hailing from Punjab were shot dead")
    r"(?:prais(?:ed|ing)|hail(?:ed|ing)(?!\s+from\b)|laud(?:ed|ing)|celebrat(?:ed|ing)|"
    r"justif(?:ied|ying))(?=\s+(?:the\s+)?(?:\S+\s+){0,4}$)|"
    # (or what someone knows of: "Pakistan has full information about drone attacks")
    r"inputs?\s+(?:about|of|on|regarding)|"
    # (the act right after: not "information about the presence of heavily armed militants")
    r"information\s+(?:about|on|regarding)(?=\s+(?:the\s+)?(?:\S+\s+)?$)|"
    # a series as the cause or frame of something else: "after the spate of terror attacks
    # in neighbouring Bangladesh", "amid a spate of targeted killings, gunmen shot dead ..."
    # (the shooting is told); not "a series of five bomb explosions rocked ...", which tells it
    r"(?:after|following|amid|amidst|to|against|over)\s+(?:a|the)\s+(?:recent\s+)?"
    r"(?:spate|series|string|wave)\s+of(?=\s+(?:[\w-]+\s+){0,2}$)|"
    # "busted a module that carried out attacks at Baramulla"; not "militants who carried out
    # a suicide attack ... killed five policemen", which tells it
    # the record of the group the arrested belong to: "the arrested members are part of the
    # same group that triggered a powerful Improvised Explosive Device (IED) on July 23"
    r"\bsame\s+(?:group|gang|module|outfit|squad|cell)\s+(?:that|which|who)\s+"
    r"(?:had\s+)?(?:allegedly\s+)?(?:\w+ed)(?=\s+(?:a|an|the)?\s*(?:\S+\s+){0,2}$)|"
    r"(?:busted|arrested|nabbed|apprehended|detained|unearthed)\s+"
    r"(?:[\w()’'-]+\s+){0,6}?(?:that|who|which)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:allegedly\s+)?(?:carried\s+out|executed|perpetrated|committed|masterminded|"
    r"orchestrated)|"
    # an act as the time of a meeting or a statement: "within hours of the killing of nine FC
    # soldiers, Chief of Army Staff ... held a meeting"
    r"within\s+(?:(?:a\s+few|few|two|three|\d+)\s+)?(?:hours|days|minutes|weeks)\s+of|"
    # arms found, told by the act they were taken in: "An AK 47 rifle, taken away by the two
    # militants after killing Special Police Officer ... on December 8, 2011, was recovered"
    r"(?:taken\s+away|snatched|looted|stolen|took\s+away)\s+(?:[\w’'-]+\s+){0,3}?by\s+"
    r"(?:[\w()’'-]+\s+){1,5}?(?:after|while|during)|"
    # "arrested ... over the killing of three people in a blast"
    r"over(?=\s+the\s+$)|over\s+the\s+(?:killings?|murders?|deaths?|abductions?|"
    r"kidnappings?|attacks?|blasts?|bombings?|explosions?)\b)\s+(?:more\s+|future\s+|such\s+)?)"
    # "(" before the trigger: "in the wake of the improvised explosive device (IED) blast";
    # an aside counts as one word: "the Mumbai 2008 terror (also known 26 11) attacks"
    # (not past "before", which begins an act of its own: "threatened him with life before
    # setting a parked vehicle on fire")
    r"\s*(?:the\s+|a\s+|an\s+)?(?:(?!before\s)[\w()’',-]+\s+|\([^()]{1,30}\)\s+){0,5}\(?$",
    re.I)
# An act named as a case: "cracked the Wadwan shootout case", "the abduction case of"; or as
# what people were convicted or accused of: "a 1997 Mumbai bomb blast convict".
# (not the people taken, "accused of" something: "took away eight young men accused of
# supporting the resistance")
CASE_AFTER_RE = re.compile(r"\s+(?:cases?\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:bomb|grenade|rocket))|"
                           r"(?:(?:blasts?|explosions?|attacks?)\s+)?(?:convicts?|"
                           r"accused(?!\s+(?:of|in)\b)|undertrials?)\b)")
# An act that names a place, told before: "Four Improvised Explosive Devices (IEDs) were
# recovered from the ambush site on November 13".
SITE_AFTER_RE = re.compile(r"\s+sites?\b")
# An act whose planning the sentence tells: "said that the armed attack on Bacha Khan
# University was managed from Afghanistan" (the attack is known; the news is who ran it).
PLANNED_AFTER_RE = re.compile(r"\s+(?:on|at|in)\s+(?:[\w’'-]+\s+){0,5}?(?:was|were|had\s+been)\s+"
                              r"(?:planned|managed|masterminded|orchestrated|directed|"
                              r"controlled|hatched|plotted|coordinated)\s+(?:from|by|in)\b")
# A second act listed after one referred to: "arrested in connection with Mecca Masjid blast
# and Mumbai serial train blasts", "serial blasts in Mumbai and Delhi High Court blast" ...
LISTED_TOO_RE = re.compile(r"\s*(?:,\s*|,?\s+and\s+|\s+or\s+)(?:the\s+)?"
                           r"(?:[\w()’'-]+\s+){0,4}$|"
                           r"\s+(?:in|at)\s+(?-i:[A-Z][\w-]*\s+){1,3}?(?:,\s*|,?\s*and\s+)"
                           r"(?:the\s+)?(?:[\w()’'-]+\s+){0,4}$", re.I)
# ... but not a verb, which opens a clause of its own: "Foiling the plan of a major ambush,
# Security Forces (SFs) detected and destroyed 125 IEDs".
_CLAUSE_VERB_RE = re.compile(r"(?!armed\b)\w+ed\b|(?:blew|shot|threw|went)\b", re.I)
# A second act joined to one referred to otherwise: its means ("in connection with the
# killing of a student, Ipham Salman Khan in the blast") ...
REFERRED_TOO_RE = re.compile(r"\s+(?:of\s+[^.;]{1,40}?\s+)?(?:in|during|by)\s+(?:the|a|an)\s+"
                             r"(?:[\w()’'-]+\s+){0,3}$|"
                             # ... or what it did: "suspected of planting the bomb that killed"
                             r"\s+(?:that|which)\s+(?:had\s+)?$", re.I)


# An act as the time of another, told after "came ... after" in the same sentence.
_CAME_AFTER_RE = guarded(rf"\b{CAME_AFTER}\b[^.;]*$", re.I)
_SUBJECT_CAME_AFTER_RE = re.compile(rf"\s+{CAME_AFTER}\b", re.I)


# What people were involved in or accused of, then a verb of the sentence's own: "members of a
# gang involved in a string of cases have been executed by militants" tells the killing.
_RECORD_THEN_VERB = re.compile(r"(?:involved|accused|suspects?|wanted|charged|booked)\b"
                               r".*\b(?:(?:have|has|had)\s+been|was|were)\s*$",
                               re.I | re.S)


_RECORD_THEN_AND = re.compile(r"involved\s+in\b[^,;]*\s(?:and|then)\s+$", re.I)
_OF_NEXT = re.compile(r"\s+(?:of|in)\b", re.I)


# A group's name after "linked to", then a verb of the act: "Insurgents linked to Islamic
# State beheaded" (the group's name in capitals; the act a verb, not a noun: "linked to the
# Peshawar blast" is an act referred to).
_AFFILIATION = re.compile(r"linked\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|al|el)[\s-]+)+")
_ACT_VERB = re.compile(r"\w+ed|shot|struck")


# People named by the acts they died in, none counted: "the insignia of local and foreign
# militants killed in gunfights with SFs" (a count tells them: "two militants were killed in
# separate encounters")
# ("Some of them are learnt to have been killed in drone attacks")
_KILLED_IN_ACTS_RE = guarded(r"(?<!\d\s)\b(?:(?:militants|insurgents|terrorists|rebels|cadres|"
                             r"youths|people|those)\s+(?:who\s+were\s+)?|(?:have|has|had)\s+"
                             r"been\s+)(?:killed|slain|died)\s+in\s+$", re.I)
_A_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|twenty|thirty|forty|fifty|dozens?|scores|hundreds)\b", re.I)
_ACTS_RE = re.compile(r"(?:gunfights|encounters|gun\s*battles|clashes|firefights|shootouts|"
                      r"operations|(?:drone|air)(?:\s+(?:attacks|strikes))?|airstrikes)", re.I)


_OPENER_AFTER = re.compile(r"(?:Hours|Days|Minutes)\s+after\b")


def referred_to(text: str, hits: Sequence[tuple[int, int, str]]) -> set[tuple[int, str]]:
    """(start, class) of the trigger hits that name an act referred to.  Hits are read in text
    order, across classes: an act joined to one referred to is referred to as well ("in
    connection with the killing of a student in the blast").  Arrests and operations are
    never references: they are what a story reports."""
    out: set[tuple[int, str]] = set()
    last_referred = -1
    for start, end, cls in sorted(hits):
        if cls in ("arrest", "operation"):
            continue
        ref = REFERENCE_RE.search(text, max(0, start - 110), start)
        told_after = False  # (the hit is told after an opener's referred clause)
        if ref and _RECORD_THEN_VERB.match(ref.group(0)):
            ref = None  # the people's record, then the sentence's own verb: not referred to
        elif ref and _RECORD_THEN_AND.match(ref.group(0)) and \
                _ACT_VERB.fullmatch(text, start, end) and not _OF_NEXT.match(text, end):
            ref = None  # the doers' record, then what was done to them: "tracked down the
            # militants involved in the miners' abduction near Zardalo and killed four of them"
        elif ref and _AFFILIATION.fullmatch(ref.group(0)) and _ACT_VERB.fullmatch(text, start, end):
            ref = None  # the doers' ties, then their act: "Insurgents linked to Islamic
            # State beheaded 11 villagers" (not an act linked to: "the Peshawar blast")
        elif ref and _OPENER_AFTER.match(ref.group(0)) and "," in ref.group(0):
            ref, told_after = None, True  # the act told after the opener's clause: "Hours
            # after the blast, a Turkish drone struck a car near the town of Kobani"
        elif ref and cls == "defused" and ref.group(0)[:7].lower() == "prevent":
            ref = None  # the bomb found is how the act was prevented: "Police prevented a
            # major tragedy as they detected an IED planted on Airport road"
        if ref is None:
            # the act an incident "came hours after", however long its telling ("The
            # abduction came just hours after a joint operation by Andhra Pradesh (AP) and
            # Odisha Police ... that killed 28 ultras"), and that incident named again as its
            # subject ("The abduction")
            ref = _CAME_AFTER_RE.search(text, max(0, start - 200), start) or \
                _SUBJECT_CAME_AFTER_RE.match(text, end)
        if ref is None and _ACTS_RE.fullmatch(text, start, end):
            ref = _KILLED_IN_ACTS_RE.search(text, max(0, start - 60), start)
            if ref and _A_COUNT.search(text, max(0, ref.start() - 60), ref.start()):
                ref = None  # counted: "12 LI militants killed in air strikes" tells them
            if ref:  # (their "killed" too)
                out.update((s, c) for s, _, c in hits if ref.start() <= s < start)
        if ref is None and cls == "armed" and text.startswith("had ", start - 4) and \
                _HUNTERS_SAID.search(text, max(0, start - 90), start):
            # the doers' killing told in the lead beside the act: "The death toll in
            # Saturday night's bomb blast ... rose to four on Sunday, while counter-terrorism
            # police said on Monday they had killed two suspects behind the attack"
            ref = _KILLED_BEHIND_IT.match(text, end)
        if ref or \
                CASE_AFTER_RE.match(text, end) or SITE_AFTER_RE.match(text, end) or \
                PLANNED_AFTER_RE.match(text, end) or (
                    not told_after and 0 <= start - last_referred < 70 and (
                        REFERRED_TOO_RE.match(text, last_referred, start) or (
                            LISTED_TOO_RE.match(text, last_referred, start) and
                            not _CLAUSE_VERB_RE.match(text, start)))):
            out.add((start, cls))
            last_referred = max(last_referred, end)
    return out


# A force's word, set off as a clause of its own, that it killed the doers of the act told.
_HUNTERS_SAID = re.compile(r"(?:,\s*|\s)(?:while|as)\s+[^.;,]{1,60}?\bsaid\s+(?:on\s+\w+day\s+)?"
                           r"(?:that\s+)?(?:they|it|security\s+forces|its\s+(?:men|forces|"
                           r"personnel))\s+had\s+$", re.I)
_KILLED_BEHIND_IT = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:behind|involved\s+in|"
                               r"responsible\s+for)\s+the\s+(?:[\w-]+\s+)?(?:attack|blast|"
                               r"bombing|ambush)\b", re.I)


INVOLVED_IN_ACT_RE = re.compile(
    r"\b(?:involved\s+in|accused\s+(?:of|in)|wanted\s+(?:in|for)|responsible\s+for|"
    r"charged\s+with|arrested\s+for)\s+(?:the\s+)?(?P<act>murders?|killings?|assassination|"
    r"abductions?|kidnappings?|lynching)\b", re.I)


# Acts only compared with, or that set off a spell of fighting, with the days after them.
_COMPARED_RE = re.compile(rf"\b(?:{_COMPARED})\b[^.;]*$")


def dates_of_compared(text: str, dates: Sequence[DateMention]) -> bool:
    """Whether every date is told, in the same clause, after acts only compared with ("The
    IED ... were similar to blasts at a court complex in Chittoor on April 7") or that set off
    a spell of fighting ("The clashes broke out after IS militants beheaded a Taliban
    'commander' ... on July 17"): the days are those acts'."""
    return bool(dates) and bool(
        _COMPARED_RE.search(text, max(0, dates[0].start - 120), dates[0].start))


def outside_references(text: str, dates: list[DateMention], refers: list[int],
                       triggers: dict[str, list[tuple[int, int, str]]]) -> list[DateMention]:
    """The sentence's dates without those told of an act it refers to: a date after such an
    act and before the sentence's own next one ("who played a major role in the killing of
    the SP on July 2, 2013, was arrested ... on September 27" is arrested September 27).
    Where that would leave no day, the dates stay as they were, unless they are those of
    acts only compared with or that set off the fighting (:func:`dates_of_compared`)."""
    if dates_of_compared(text, dates):
        return []
    acts = sorted(h[0] for hits in triggers.values() for h in hits)

    def referred(d: DateMention) -> bool:
        for r in refers:
            if r < d.start:
                own_next = next((a for a in acts if a > r), None)
                if own_next is None or d.start < own_next:
                    return True
        return False

    kept = [d for d in dates if not referred(d)]
    return kept if any(d.date.names_days for d in kept) else dates
