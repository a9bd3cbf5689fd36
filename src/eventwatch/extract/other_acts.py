"""Part of stage 7 (incidents): shapes of a later sentence that :func:`eventwatch.extract.
retelling.opens_new` reads, some going on with the incident, the others opening another.

* The operation the fight came of, told in the pluperfect with the evening before's day: "Two
  terrorists were killed ... in Gandoh on Tuesday ... A joint team of the Army's Rashtriya
  Rifles and the Jammu and Kashmir Police had launched a cordon-and-search operation in the
  upper reaches of Gandoh on Monday evening" is the fight's (the forces it names are the
  fight's doers), not an operation of its own.
* A state's air strike told after an attack on the ground, with its own dead and a place the
  attack's first sentence does not name: "On Thursday afternoon, U.S. Africa Command said it
  had carried out an air strike against al Shabaab fighters near Awdheegle ..., killing two
  militants" is another incident than the suicide attack on the base the story leads with,
  as ACLED and the held-out coders code it.

* A round-up's part opened by its own place ("In Wana, South Waziristan, ..."), another
  than the one the incident's first sentence opens with (:func:`placed_apart`).
* The act a lead names only as the time of its own ("days after one of its officers was shot
  dead in Khushab"), told later with its own day: "CTD sub-inspector Muhammad Akram was shot
  dead by two men ... in Jauharabad, Khushab district, on Monday morning" is that act, an
  incident of its own, not the lead's act told again.
* The forces' hunt for an attack's doers, with its own dead, on a later day or later the same
  day (:func:`pursuit`): "Late on Monday, security forces tracked down the militants involved
  in the attack ... and killed four of them" is an operation of its own.
* The forces' operation launched after the attack, its dead or arrested told next
  (:func:`follow_up`, read by :func:`eventwatch.extract.incidents.group`): "Following the
  attack, a sanitisation operation was launched ... three khwarij were sent to hell", or
  raided hours later; a later paragraph that goes back to the act it followed up ("The bombing
  came a day after ...") is that act's (:func:`back_to_followed`).

Reads one :class:`~eventwatch.extract.incidents.SentenceInfo` and the incident so far.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from eventwatch.extract.fastre import guarded

if TYPE_CHECKING:
    from eventwatch.extract.drafts import Draft
    from eventwatch.extract.incidents import SentenceInfo
    from eventwatch.extract.tolls import Figure

# An operation told in the pluperfect: begun before the fight the story leads with.
_OPERATION_BEGUN = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:launched|begun|started|mounted|cordoned\s+off|laid\s+siege)\b"
    r"[^.;]{0,60}?\b(?:operations?|cordon|search|raid)\b|"
    r"\b(?:operations?|cordon|search|raid)\b[^.;]{0,40}?\bhad\s+been\s+"
    r"(?:launched|begun|started|mounted)\b", re.I)
# The strike's own place: "near Awdheegle", "in the village of Sirakoro".
_STRUCK_AT = re.compile(r"\b(?:near|in|at|outside|on)\s+(?:the\s+(?:village|town)\s+of\s+)?"
                        r"(?P<place>(?-i:[A-Z])[\w'’-]{2,})")


def operation_begun(info: SentenceInfo) -> bool:
    """The sentence tells an operation begun before (its day is the caller's to check)."""
    return bool(_OPERATION_BEGUN.search(info.sentence.text))


# A shelling word that names an infantry weapon, no strike from afar.
_HANDHELD = re.compile(r"rocket[\s-]propelled|RPGs?$", re.I)


def strike_elsewhere(info: SentenceInfo, current: Draft) -> bool:
    """An air strike with its own dead or wounded, told after an incident of no strike from
    afar, at a place the incident's first sentence does not name ("Hours after the ambush,
    explosives dropped from a drone struck a house in the town of Jerez ..., wounding a
    woman and her two children")."""
    if "air" not in info.families or "air" in current.families or not any(
            f.measure in ("killed", "wounded") for f in info.figures):
        return False
    if any(not _HANDHELD.match(hit[2]) for m in current.members
           for hit in m.triggers.get("shelling", ())):
        return False  # (a strike from afar told again: "The United States (US) missiles on
        # February 9 killed ... was killed in a pre dawn drone strike on a compound"; not the
        # rocket-propelled grenades of an assault on a base)
    anchor = current.anchor.sentence.text
    return any(m.group("place") not in anchor
               for m in _STRUCK_AT.finditer(info.sentence.text))


# The act a lead is dated after: "days after one of its officers was shot dead".
_DAYS_AFTER = re.compile(r"\b(?:days?|hours?|weeks?|a\s+day|a\s+week)\s+after\s+"
                         r"(?P<act>[^.;]{5,120})", re.I)
_HARM_WORDS = re.compile(r"\b(?:killed|shot\s+dead|gunned\s+down|murdered|abducted|kidnapped|"
                         r"injured|wounded)\b", re.I)


def referred_act_told(info: SentenceInfo, current: Draft) -> bool:
    """A later sentence with its own harm that tells the act the lead is dated after (the
    caller checks that its day is not the lead's)."""
    after = _DAYS_AFTER.search(current.anchor.sentence.text)
    if after is None or not info.figures:
        return False
    words = {m.group(0).lower() for m in _HARM_WORDS.finditer(after.group("act"))}
    return bool(words) and any(w in info.sentence.text.lower() for w in words)


# A round-up's place line in capitals: "LAKKI MARWAT: Militants attacked", "TRIPOLI - Clashes"
# (not a wire's dateline with its day: "KABUL, March 23 (Reuters) -").
# (with its country: "TEBNINE, Lebanon - An Israeli drone strike ...")
# (or in title case, before a colon: "Naqoura: Israeli troops stationed at a position near
# the border fired at fishermen", not a label: "Update: ...")
# (the labels a line opens with, no place: read by ``scenes.local_site`` too)
NOT_A_PLACE_LINE = (r"(?!(?:Update|Note|Warning|Editor|Photo|Video|Read|Also|Related|"
                    r"Correction|Source|Background|Analysis|Opinion|Watch|Listen|"
                    r"Advertisement|Exclusive|Breaking|Live|Timeline|Explainer|Q|A)\b)")
_PLACE_LINE = re.compile(r"\W*(?P<place>(?-i:[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}))"
                         r"(?:,\s+(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?\s*(?::|\s[-–—])\s|"
                         rf"{NOT_A_PLACE_LINE}"
                         # (in title case, its province after a comma and its accents
                         # kept: "Petatlán, Guerrero: Four state police officers were killed")
                         r"(?P<title>(?-i:[A-Z][a-zà-ÿ'’.-]+(?:[ -][A-Z][a-zà-ÿ'’.-]+){0,2}))"
                         r"(?:,\s+(?-i:[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?))?:\s"
                         r"(?=(?-i:[A-Z]))")
# The sentence after a lead that the story then tells part by part: "Here's a roundup:".
ROUNDUP_NEXT = re.compile(r"\W*(?:here(?:['’]s|\s+is)\s+(?:a|the)\s+round[\s-]?up|"
                          r"(?:a|the)\s+round[\s-]?up\s+(?:follows|of\s+(?:the\s+)?"
                          r"(?:incidents|attacks))\b|"
                          # (or a line of its own: "A round-up:")
                          r"(?:a|the)\s+round[\s-]?up\s*:\s*$)", re.I)
# A sentence opened by its place: "In Wana, South Waziristan, ...".
_IN_PLACE = re.compile(r"^\W*In\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
                       # (an Arabic name's article in lower case: "In Meiss al-Jabal,")
                       r"(?P<place>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])|(?-i:[ae][lnrdstz]h?-))"
                       r"[\w'’-]*){0,2})"
                       r"(?:\s+(?:area|district|town|city|village|tehsil|province|region|"
                       r"county|state))?"
                       # (and the unit it lies in: "In Rueso district of Narathiwat,")
                       r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?,")


# A site named after "near" or "at" (a town or a village, not a province named "in").
_NEAR_SITE = re.compile(r"\b(?:near|at)\s+"
                        r"(?P<site>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})")


def _first_clause_site_in(clause: str, text: str) -> bool:
    """A site the lead's first clause names "near" or "at" is named so in ``text`` too."""
    return any(re.search(rf"\b(?:near|at)\s+{re.escape(m.group('site'))}\b", text)
               for m in _NEAR_SITE.finditer(clause))


def opens_place_line(text: str) -> bool:
    """The sentence opens with a round-up's place line in capitals ("BANNU: ...")."""
    return place_line(text) is not None


def place_line(text: str) -> str | None:
    """The place of the round-up's place line the sentence opens with ("BANNU"), if any."""
    line = _PLACE_LINE.match(text)
    return (line.group("place") or line.group("title")) if line is not None else None


def placed_apart(text: str, anchor_text: str) -> bool:
    """The sentence opens with a place of its own: another than the one the incident's first
    sentence opens with, or one that sentence names only after its first clause (a lead that
    sums up several acts names the others' places after the first act's).  A round-up's
    place line ("BANNU: Armed men abducted ...", "TRIPOLI - Clashes between ...") opens with
    its place too; the first sentence's own line may be the dateline, so there the words of
    that sentence decide first: a part whose place its first clause names is its act, one it
    names after that clause another."""
    here = _IN_PLACE.match(text)
    line = None if here is not None else _PLACE_LINE.match(text)
    if here is None and line is None:
        return False
    place = here.group("place") if here is not None else \
        (line.group("place") or line.group("title")) if line is not None else ""
    there = _IN_PLACE.match(anchor_text)
    if there is not None:
        return place.lower() != there.group("place").lower()
    anchor_line = _PLACE_LINE.match(anchor_text)
    body = anchor_text[anchor_line.end():] if anchor_line is not None else anchor_text
    name = re.split(r"[’']s\b|\s", place)[0].lower()
    if "," in body:
        cut = body.find(",")
        if name in body[:cut].lower():
            return False
        if name in body[cut:].lower():
            return True
        if here is not None and _first_clause_site_in(body[:cut], text):
            return False  # the lead's first act told again by its district: "In Thatta
            # district, two men ... hurled a cracker at a Rangers vehicle ... near Mirpur
            # Sakro" after "A Rangers soldier was injured when a cracker was hurled at a
            # Rangers vehicle near Mirpur Sakro on Monday night, while gunmen fired ..."
    if line is None:
        # (a place the incident's first sentence does not name at all, after its dateline:
        # "In Bannu, two policemen were injured when militants opened fire on the Miryan police
        # station" after "BANNU: Six soldiers were martyred ... in the Mir Ali area")
        return name not in body.lower()
    # (also after an incident opened by a sentence with no line of its own: "BALCAD - Somali
    # army commandos killed ..." after "Two of the shells struck houses in Mogadishu's
    # Wardhigley district")
    return name not in body.lower() and (
        anchor_line is None or
        place.lower() != (anchor_line.group("place") or anchor_line.group("title")).lower())


# (or tracked to where they were: "tracked a Maoist squad to the forests near Ekawari village")
PURSUIT_RE = guarded(r"\b(?:tracked|hunted|traced)\s+down\b|\bpursued\b|\bchased\b|"
                      # (or the killed named as its doers: "had killed four militants involved
                      # in the Hajwani attack during an operation")
                      # (also in the forces' quotes: 'killed four terrorists "involved in the
                      # highway attack"')
                      # (or men: "raided a house ... on a tip-off that men involved in the
                      # Clifton attack were hiding there")
                      # (or one of them, by his rank: "killed three Maoists, including a
                      # 'section commander' suspected of planting the Farsegarh IED")
                      r"\b(?:militants|attackers|terrorists|suspects|insurgents|khwarij|men|"
                      r"gunmen|members|fighters|jihadists|rebels|cadres?|commanders?)"
                      r"[\"”'’]?\s+[\"“']?(?:who\s+were\s+)?"
                      # ("killed five fighters who had taken part in the ambush on a bus")
                      r"(?:involved\s+in|suspected\s+of\s+(?:planting|detonating|carrying\s+out)|"
                      r"who\s+(?:had\s+)?(?:taken|took)\s+part\s+in)"
                      r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|ambush|killing|assault|"
                      r"IED|bomb|mine|landmine)\b|"
                      # (or "behind" it: "killed three members of the "terrorist team" behind
                      # the Suran attack")
                      r"\b(?:team|cell|group|militants|attackers|men)[\"'”’]?\s+behind\s+the\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|ambush|killing|assault)\b|"
                      r"\btracked\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:squad|group|team|band|"
                      r"militants|attackers|gunmen|rebels|insurgents|suspects)\s+to\b|"
                      # "troops had killed five militants ... and were searching for others
                      # involved in the bombing"
                      r"\b(?:searching|hunting|looking)\s+for\s+(?:the\s+)?(?:others|rest|"
                      r"remaining|other\s+(?:attackers|militants|suspects)|"
                      # ("soldiers searching for the attackers clashed with a group of gunmen")
                      r"attackers|assailants|perpetrators|culprits)\b|"
                      # "its forces had killed two IS militants linked to the bombing in a raid"
                      # (or its planners: "killing three IS members believed to have helped
                      # plan the attack")
                      r"\bhelped\s+(?:to\s+)?(?:plan|carry\s+out|organi[sz]e)\s+the\s+(?:attack|"
                      r"bombing|blast|killing|ambush|assault)\b|"
                      # (or the bomber's helpers: "killed two suspected facilitators of the
                      # suicide bomber")
                      # (or its handler: "killed four terrorists, including the alleged handler
                      # of the suicide bomber")
                      r"\b(?:facilitators|handlers?|masterminds?|planners?)\s+of\s+the\s+"
                      r"(?:suicide\s+)?(?:bombers?|attackers?|"
                      r"attack|bombing)\b|"
                      # (or its suspects: "security forces killed two suspects in the attack")
                      r"\b(?:(?:linked|connected)\s+to|involved\s+in|suspects\s+in)\s+the\s+"
                      r"(?:attack|bombing|"
                      r"blast|killing|"
                      r"ambush|assault)\b", re.I)


def pursuit(info: SentenceInfo, current: Draft) -> bool:
    """A sentence that refers to the incident's act but tells the forces' hunt for its doers
    on a later day, with its own dead: an incident of its own (the state's operation)."""
    # (or the statement's day, where it is the only one: "On Wednesday, the military said
    # troops had killed five militants in an operation ... and were searching for others")
    # (or later the same day, told so: "Late on Monday, security forces tracked down the
    # militants involved in the attack ... and killed four of them")
    # (or told later with no day of its own: "Hours later, Taliban special forces raided a
    # house ..., killing three IS members believed to have helped plan the attack")
    own = info.own_days() or info.day_dates
    later = bool(LATER_THAT_DAY.match(info.sentence.text))
    # (a day of its own after an incident told with none: "Hours after the blast, unknown
    # militants lobbed a hand grenade ... On Tuesday morning, security forces cordoned off the
    # Shago area and killed two militants ... suspected of being facilitators of the suicide
    # bomber")
    another_day = bool(own) and (current.date is None or
                                 own[0].date.to_dict() != current.date.date.to_dict())
    return (later or another_day) and any(f.measure == "killed" for f in info.figures) and \
        bool(PURSUIT_RE.search(info.sentence.text))


# Another hour of the day told first: "Late on Monday", "Late this evening", "Hours later".
# (or a part of the day, named with it: "On Wednesday afternoon, militants targeted a police
# van with an explosive-laden quadcopter", after the early hours' attack on the station)
LATER_THAT_DAY = re.compile(r"\W*(?:late\s+(?:on\s+)?\w+|later|hours\s+later|"
                            r"later\s+(?:that|the\s+same)\s+day|on\s+(?:mon|tues|wednes|thurs|"
                            r"fri|satur|sun)day\s+(?:afternoon|evening|night)|"
                            # (or earlier that day: "In the early hours of Monday, a low-intensity
                            # blast damaged a portion of the railway track", after Monday
                            # evening's attack)
                            r"in\s+the\s+early\s+hours\s+of\s+(?:mon|tues|wednes|thurs|fri|satur|"
                            r"sun)day|"
                            # (or the night before: "On the night between Wednesday and Thursday,
                            # Israeli troops ... blew up two houses")
                            r"on\s+the\s+night\s+(?:between|of)\s+(?:mon|tues|wednes|thurs|fri|"
                            r"satur|sun)day)\b", re.I)

# An act told on the day of the one before it: "On the same night, suspected militants set
# ablaze a Safaricom mast" (incident_date, retelling).
SAME_DAY_OPENER = re.compile(r"\W*(?:on|during)\s+the\s+same\s+(?:night|day|evening|"
                             r"morning|afternoon)\b", re.I)


def defused_later(info: SentenceInfo, current: Draft) -> bool:
    """A sentence that refers to the incident's blast but tells a second device found and
    made safe on a later day: an incident of its own (disrupted weapons use): "a second
    explosive device, apparently meant for police vehicles sent to the scene, was found ...
    about two km from the blast site on Thursday morning and was detonated safely"; or hours
    later, told so: "found a second device ... buried about 200 meters away a few hours later
    and defused it"."""
    own = info.own_days()
    later = bool(own) and current.date is not None and \
        own[0].date.to_dict() != current.date.date.to_dict()
    return "defused" in info.triggers and (later or bool(_HOURS_LATER.search(
        info.sentence.text))) and bool(_SECOND_DEVICE.search(info.sentence.text))


_HOURS_LATER = re.compile(r"\b(?:(?:a\s+few|several|two|three)\s+)?hours\s+later\b|"
                          r"\blater\s+(?:that|the\s+same)\s+day\b", re.I)
_SECOND_DEVICE = re.compile(r"\b(?:second|another|third)\s+(?:[\w-]+\s+)?(?:device|bomb|IED|mine|"
                            r"explosive)", re.I)

# The forces' operation launched after an attack: "Following the attack, a sanitisation
# operation was launched and the khwarij operating the quadcopter were located in a nearby
# nullah. In the ensuing exchange of fire, three khwarij were sent to hell" (ISPR).
# (or on a later day: "On Tuesday, security forces launched an operation in Bagan and
# adjoining villages ... Three militants were killed and 11 suspects were taken into custody")
# (or hours later, the forces' raid, with its dead told next)
_FOLLOW_UP_OP = re.compile(r"^\W*(?:(?:soon\s+|shortly\s+)?(?:following|after)\s+the\s+(?:attack|"
                           r"blast|incident|ambush|bombing|explosion),\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:operation|search|combing)|"
                           r"(?:on\s+\w+|the\s+next\s+day|a\s+day\s+later),\s+(?:the\s+)?"
                           r"(?:security\s+forces|troops|soldiers|police|army|forces)\s+launched\s+"
                           r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?operation|"
                           # (hours later, a raid: "Hours later, Taliban intelligence forces
                           # raided a house in the neighboring Chaparhar district ... Two
                           # militants were killed in the ensuing gunfight")
                           # (or late that day: "Late on Thursday, a CTD team raided a house")
                           r"(?:(?:hours|(?:a|one|two|three)\s+days?)\s+later|late\s+(?:on\s+)?"
                           r"\w+day(?:\s+(?:night|evening))?),\s+(?:the\s+|an?\s+)?"
                           # ("Late Thursday, officers of the provincial Counter-Terrorism
                           # Department raided a house")
                           r"(?:[\w-]+\s+){0,5}?(?:forces|troops|soldiers|police|army|commandos|"
                           r"officers|[Dd]epartment|CTD|Rangers|unit|"
                           # (or began an operation: "Late on Tuesday, security forces
                           # conducted an intelligence-based operation in the Shah Kas area")
                           # ("Late on Sunday, a CTD team acting on intelligence raided")
                           r"personnel|team)\s+(?:acting\s+on\s+[\w-]+\s+(?:[\w-]+\s+)?)?"
                           r"(?:raided|stormed|cordoned\s+off|(?:conducted|"
                           r"launched|carried\s+out)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                           r"operation)|"
                           # (or the force's word that its men tracked the doers down: "On
                           # Sunday, the Counter Terrorism Department (CTD) said its personnel
                           # had tracked down the terrorists involved in the Isakhel attack")
                           # (or a spokesman's word of the raid: "A spokesman for the Counter
                           # Terrorism Department (CTD) said on Monday that a CTD team raided a
                           # house in Gizri ... on a tip-off that men involved in the blast were
                           # hiding there")
                           r"[^.;]{0,80}?\bsaid\s+(?:on\s+\w+day\s+)?that\s+(?:an?|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:team|forces|troops|personnel|police)\s+"
                           r"(?:had\s+)?(?:raided|stormed)\b(?=[^.;]*\binvolved\s+in\b)|"
                           r"on\s+\w+day,\s+[^.;]{0,80}?\bsaid\s+(?:that\s+)?(?:its|their)\s+"
                           r"(?:personnel|troops|forces|men|team|officials)\s+had\s+(?:tracked|"
                           r"traced|hunted)\s+down)\b", re.I)


def raid_killed(triggers: dict[str, list[tuple[int, int, str]]], figures: list[Figure]) -> bool:
    """A raid or a fight that killed: "Hours after the bombing, Taliban security forces raided
    an IS hideout ..., killing three militants" is an act of its own after the one named
    (``incidents.describe``'s opener)."""
    return bool({"operation", "clash"} & triggers.keys()) and \
        any(f.measure == "killed" for f in figures)


def follow_up(infos: Sequence[SentenceInfo], position: int) -> bool:
    """The sentence at ``position`` opens the forces' operation after the incident told before
    it, and the next sentence tells its dead or arrested: an incident of its own."""
    if position + 1 >= len(infos) or not _FOLLOW_UP_OP.match(infos[position].sentence.text):
        return False
    # (its dead may come after the fight's start: "When the CTD team reached the compound,
    # the terrorists opened fire. In the exchange of fire, three of them were killed")
    return any(after.is_event() and any(f.measure in ("killed", "arrested") for f in after.figures)
               for after in infos[position + 1:position + 3])



# The act told before a follow-up, named again: "The bombing came a day after ...".
_THE_ACT_AGAIN = re.compile(r"\b(?:the|that)\s+(?:suicide\s+)?(?:attack|bombing|blast|explosion|"
                            r"ambush)\b", re.I)


def back_to_followed(info: SentenceInfo, current: Draft) -> Draft:
    """The incident a sentence of context joins: the open one, or the act the open one
    follows up (:func:`follow_up`) where a later paragraph goes back to it: "The bombing
    came a day after a roadside bomb wounded two Taliban policemen", after the raid on the
    bombers' hideout, is the bombing's context, not the raid's."""
    follows = current.follows
    if follows is not None and info.paragraph > current.members[-1].paragraph and \
            _THE_ACT_AGAIN.search(info.sentence.text):
        return follows
    return current


# Captives told in the passive, with no doers of their own.
_TAKEN_CAPTIVE = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:arrested|detained|captured|"
                            r"apprehended)\b", re.I)


def captives_told_next(info: SentenceInfo, current: Draft) -> bool:
    """The captives of a fight, told next in its paragraph with no day or opener of their own:
    the fight's arrests, no incident apart ("Mexican soldiers killed six gunmen in a shootout
    ... Two suspects were arrested"; not an arrest with its own doers: "Police arrested 15 ICS
    cadres from the District")."""
    return info.families == {"arrest"} and "clash" in current.anchor.triggers and \
        not (info.day_dates or info.new_marker) and \
        info.paragraph == current.members[-1].paragraph and \
        bool(_TAKEN_CAPTIVE.search(info.sentence.text))


# A list item that tells the lead's act again, its doers told back: "- Ituri: The attackers,
# armed with machetes and guns, raided Tchabi village".
_DOERS_TOLD_BACK = re.compile(r"[-•*–—][ \t]+(?:[\w' -]{1,30}:\s*)?(?:the|these)\s+"
                              r"(?:attackers|assailants|gunmen|raiders|militants|rebels)\b", re.I)


def lead_told_in_item(info: SentenceInfo, drafts: Sequence[Draft]) -> bool:
    """The sentence is the first list item and tells the one act of the lead, the only incident
    so far, again (its doers told back with "the", no toll of its own): "Suspected Allied
    Democratic Forces (ADF) rebels killed at least 19 people in an attack on a village ...
    - Ituri: The attackers ... raided Tchabi village"."""
    return len(drafts) == 1 and not info.figures and \
        bool(_DOERS_TOLD_BACK.match(info.sentence.text)) and \
        any(m.figures for m in drafts[0].members) and \
        not any(LIST_ITEM.match(m.sentence.text) for m in drafts[0].members)


# A list item's opening mark: a wire round-up's "- Gunmen opened fire ..."
LIST_ITEM = re.compile(r"[-•*–—][ \t]")


# Another act's opener: "Hours after the bombing,", "Hours before the camp attack,".
HOURS_AFTER_THE_ACT = re.compile(r"\W*(?:hours|minutes|shortly|soon|moments)\s+(?:after|"
                                 r"(?P<before>before))\s+"
                                 r"the\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|ambush|explosion|"
                                 r"assault|raid|shooting|killing|strike|abduction|massacre)"
                                 r"(?:\s+(?:on|in|at|near)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*,|"
                                 # (or told from it without naming it: "Hours earlier, the
                                 # military said, Hamas militants ... opened fire on troops")
                                 r"\W*(?P<bare>(?:a\s+few\s+|several\s+)?hours\s+(?:earlier|"
                                 r"later)|(?:less\s+than\s+|about\s+|nearly\s+)?an\s+hour\s+"
                                 r"(?:earlier|later))\s*,",
                                 re.I)


def mark_summary_lead(infos: Sequence[SentenceInfo]) -> None:
    """Mark a lead its parts tell again, each on its own, a tally (no incident of its own):
    one followed by "Here's a roundup:" or "A round-up:", or one that names two or more of the
    places the next paragraphs' place lines open with ("Two Taliban policemen were killed in
    an attack in Badakhshan, a district governor escaped a bombing in Baghlan ...
    Badakhshan: The Afghanistan Freedom Front ... Baghlan: The Taliban-appointed governor")."""
    for before, info in pairwise(infos[:4]):
        if ROUNDUP_NEXT.match(info.sentence.text):
            before.aggregate = True
            return
    # (the first sentence that tells an act with its toll or day; the grouping's own test,
    # :meth:`SentenceInfo.is_event`, is read once all flags are set)
    lead = next((i for i in infos[:4] if i.triggers and (i.figures or i.day_dates)), None)
    if lead is None or lead.separate_count or lead.separate_places or lead.counted_acts:
        return  # (a summary the grouping reads part by part already: "in two operations")
    named = {p.lower() for p in PLACE_NAMED.findall(lead.sentence.text)}
    if len(named) < 2:
        return  # (the place lines are read only for a lead that names two places or more)
    lines = {line.lower() for i in infos if i.sentence.start > lead.sentence.start and
             (line := place_line(i.sentence.text)) is not None}
    if len(lines & named) >= 2:
        lead.aggregate = True


# A place named after "in", "near" or "at": its first word.
PLACE_NAMED = re.compile(r"\b(?:in|near|at)\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]+)", re.I)
