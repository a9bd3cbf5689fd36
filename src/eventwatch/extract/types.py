"""Stage 10: types.  Reads one incident's triggers, casualty categories and target phrases;
writes the ACLED ``event_type``, the GTD ``attack_type`` (attacks by non-state actors only)
with its ``secondary_attack_types`` (GTD attacktype2/3), the ``suicide`` flag and the GTD
``target_type``.

GTD's hierarchy decides between methods (assassination > hijacking > kidnapping > barricade >
bombing > armed assault > unarmed assault > facility attack); a generic "attack" that names
no method is ``unknown``, which the codebook prefers to a guess.  An assassination is an
attack aimed at a prominent person (:func:`assassination`); its target type is that person's
office.  A state force of the actor base aimed at gives its own target type
(:func:`eventwatch.extract.target_words.force_target`: its police ``police``, the rest
``military``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import CAPITALISED_WORD_BEFORE, REBEL_ARMY_RE, REPLY_WORDS
from eventwatch.extract.target_words import TARGET_RE
from eventwatch.models import GTD_ATTACK_ORDER, Count, Evidence

BOMB_FAMILY = {"suicide", "grenade", "shelling", "explosive", "defused"}
GUN_METHODS = {"armed", "clash", "overtake", "fidayeen"}

# A trigger hit: start, end and the text it matched.
Hit = tuple[int, int, str]


def hit_words(hit: Hit) -> str:
    """The hit's text with its spaces made single ("suicide  squad" -> "suicide squad"), as
    the anchored word patterns below expect."""
    return " ".join(hit[2].split())

# Generic words that say "something happened" without naming how.
GENERIC_ARMED = re.compile(r"^(?:attack(?:ed|s|ing)?|assault(?:ed|s)?|struck|killed|killing|"
                           r"murdered|bodies|body\s+of|\w+\s+targeted)$", re.I)


# A suicide squad storms with guns: "fidayeen", "suicide squad" name no bomb.
FIDAYEEN = re.compile(r"^(?:fidayee?ns?|suicide\s+squads?)$", re.I)


def method_classes(triggers: dict[str, list[Hit]]) -> set[str]:
    """Trigger classes, with generic armed words ("attacked", "killed") split off as
    ``attack``, and a suicide squad that used no bomb as ``fidayeen``: an armed assault by
    attackers who meant to die (GTD's suicide flag), not a suicide bombing (ACLED); a rocket's
    own burst ("the rocket that exploded") adds no explosive."""
    classes = set()
    for cls, hits in triggers.items():
        if cls == "suicide" and not triggers.keys() & {"explosive", "grenade"} and all(
                FIDAYEEN.match(hit_words(h)) for h in hits):
            classes.add("fidayeen")
        elif cls == "armed":
            if any(not GENERIC_ARMED.match(hit_words(h)) for h in hits):
                classes.add("armed")
            else:
                classes.add("attack")
        else:
            classes.add(cls)
    if "shelling" in classes and "explosive" in classes and all(
            BURST.match(hit_words(h)) for h in triggers["explosive"]) and not any(
            0 < e[0] - s[1] <= 2 for s in triggers["shelling"] for e in triggers["explosive"]):
        # the rocket's own burst: "received splinters of the rocket that exploded" (not a
        # shell's "mortar explosion", often one left from old fighting: ACLED's remote
        # explosive)
        classes.discard("explosive")
    return classes


# Words for an explosion that name no device: a rocket's or a shell's burst as well.
BURST = re.compile(r"^(?:explosions?|exploded|explod\w+|blasts?|went\s+off)$", re.I)


def event_and_attack_type(classes: Set[str], *, state_operation: bool, killed: Count,
                          wounded: Count, kidnapped: Count, arrested: Count,
                          stormed_only: bool = False) -> tuple[str, str | None, bool]:
    """(event_type, attack_type, suicide) from the trigger classes of one incident.
    ``stormed_only``: the incident's armed words name no weapon ("stormed", a forced entry, or
    "attacked")."""
    harmed = not killed.is_empty() or not wounded.is_empty()
    suicide = bool(classes & {"suicide", "fidayeen"})
    if state_operation:
        if "air" in classes:
            return "air_drone_strike", None, False
        if "shelling" in classes and (not harmed or "clash" not in classes):
            # cross-border mortar fire that wounded villagers is shelling, not a clash
            return "shelling_artillery_missile_attack", None, False
        if classes & {"clash", "armed", "attack", "operation"} and (
                harmed or "clash" in classes):
            return "armed_clash", None, False
        if not arrested.is_empty() or "arrest" in classes:
            return "arrests", None, False
        if "defused" in classes:
            return "disrupted_weapons_use", None, False
        if "kidnap" in classes and not harmed:
            return "abduction_forced_disappearance", None, False  # taken away by the state
        if "arson" in classes and not harmed:
            # militants' houses demolished by the state (ACLED's property destruction)
            return "looting_property_destruction", None, False
        return "armed_clash", None, False
    if "defused" in classes and not harmed and not suicide:
        return "disrupted_weapons_use", "bombing", False
    kidnapping = ("kidnap" in classes and not kidnapped.is_empty()) or (
        "kidnap" in classes and not (classes & BOMB_FAMILY))
    if "suicide" in classes:
        event = "suicide_bomb"
    elif "air" in classes:
        event = "air_drone_strike"
    elif "grenade" in classes:
        event = "grenade"
    elif "shelling" in classes and "explosive" not in classes:
        event = "shelling_artillery_missile_attack"
    elif "explosive" in classes:
        event = "remote_explosive_landmine_ied"
    elif "overtake" in classes:
        event = "non_state_actor_overtakes_territory"
    elif kidnapping and killed.is_empty():
        event = "abduction_forced_disappearance"
    elif "clash" in classes:
        event = "armed_clash"
    elif classes & {"armed", "attack", "fidayeen", "unarmed"} or kidnapping:
        event = "attack"
    elif "arson" in classes:
        event = "looting_property_destruction"
    else:
        event = "attack" if harmed else "other"
    if kidnapping:
        attack = "kidnapping"
    elif classes & (BOMB_FAMILY - {"defused"}) or "air" in classes or (
            "defused" in classes and not classes & GUN_METHODS):
        # (an attempt "foiled as Police fought back" names no bomb: the guns were the method)
        attack = "bombing"
    elif classes & GUN_METHODS and not (
            stormed_only and "arson" in classes and not harmed and
            classes & GUN_METHODS == {"armed"}):
        # (not a site stormed and set ablaze with no one harmed: the damage was the aim,
        # GTD's facility attack)
        attack = "armed_assault"
    elif "unarmed" in classes:
        attack = "unarmed_assault"  # beaten, lynched, strangled: no weapon (GTD)
    elif "arson" in classes:
        attack = "facility_attack"
    else:
        attack = "unknown"
    return event, attack, suicide


# GTD: an assassination aims to kill one or a few specific, prominent individuals (officials,
# political and religious leaders, commanders, police chiefs); it ranks above every method.
PROMINENT = (r"(?:(?:political|party|tribal|religious|local|senior|former|provincial|district|"
             r"\w+\s+wing)\s+)?(?:leader|chief\s+minister|minister|MNA|MPA|MLA|legislator|"
             r"lawmaker|senator|governor|mayor|chairman|councillor|candidate|judge|magistrate|"
             r"cleric|prayer\s+leader|maulana|mufti|pesh\s+imam|khateeb|commander|SHO|"
             r"station\s+house\s+officer|(?:police\s+)?station\s+chief|police\s+chief|"
             r"officer[\s-]in[\s-]charge|superintendent\s+of\s+police|DSP|SSP|DIG|IGP?|"
             r"deputy\s+commissioner|assistant\s+commissioner|tehsildar|sarpanch|"
             r"president|general\s+secretary|publicity\s+secretary)s?")
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
VICTIM_BEFORE_RE = re.compile(
    r"\b(?:shot\s+dead|gunned\s+down|assassinated|killed|murdered|hacked\s+to\s+death|"
    r"beheaded)\s+(?:a|an|the)?\s*(?:[\w()’'.-]+\s+){0,4}?$", re.I)
# A prominent person among other victims, or a relative or guard of one, is no sign of aim.
NOT_THE_AIM_RE = re.compile(r"\b(?:including|and|among|nephew|son|sons|brother|brothers|"
                            r"relatives?|wife|daughter|driver|guards?|bodyguards?|gunmen|"
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


# Armed words that name no act of their own: the doers ("gunmen", "armed assailants") and
# the generic ones ("stormed", "siege").
# (An ambush names a tactic, not a weapon: "ambushed a patrol ... detonated four IEDs during
# the ambush" is a bombing; gunfire in it is named by its own words.)
NOT_AN_ARMED_ACT = re.compile(r"^(?:(?:heavily\s+)?armed\s+\w+|gun(?:ned)?men|stormed|siege|"
                              r"bodies|body\s+of|bullet[\s-]riddled|ambush\w*)$", re.I)


# A clash trigger that tells one side's reply ("retaliated", "retaliatory fire", "returned
# fire"): no exchange of the attackers' guns.
ONE_SIDED_REPLY = re.compile(rf"retaliat\w*|{REPLY_WORDS}", re.I)
BURNT = re.compile(r"^burn[te]", re.I)


def secondary_attack_types(triggers: dict[str, list[Hit]], primary: str | None,
                           ) -> list[tuple[str, Hit]]:
    """Further methods the incident's own words name (GTD attacktype2/3), each with the
    first words that name it: a bomb and then gunfire, an abduction and a shooting, an arson
    with a beating.  Generic words ("attacked", "killed") and doers ("gunmen") name no
    method."""
    if primary is None:
        return []
    classes = set(triggers)
    methods: dict[str, list[Hit]] = {
        "bombing": [h for c in sorted(BOMB_FAMILY - {"defused"}) for h in triggers.get(c, [])
                    # a suicide squad names no bomb
                    if c != "suicide" or not FIDAYEEN.match(hit_words(h))],
        "armed_assault": [h for h in triggers.get("clash", []) if not ONE_SIDED_REPLY.match(h[2])]
        + [h for h in triggers.get("armed", [])
           # the attackers traded fire: they had guns (a force that "retaliated" or
           # "returned fire" says nothing of the attackers' arms)
           if not NOT_AN_ARMED_ACT.match(hit_words(h))
           and not GENERIC_ARMED.match(hit_words(h))],
        "kidnapping": triggers.get("kidnap", []),
        "unarmed_assault": triggers.get("unarmed", []),
        # a fire the bomb lit ("the explosion put the house on fire ... it burned down") is
        # the bombing's damage, not a second method; a torching or a set fire is one
        "facility_attack": [h for h in triggers.get("arson", [])
                            if not classes & BOMB_FAMILY or not BURNT.match(h[2])],
    }
    if primary == "assassination":
        # The gun or bomb that killed the person aimed at is the assassination's means (GTD
        # records it as the weapon), not a second attack.
        methods["armed_assault"] = methods["bombing"] = []
    methods[primary] = []
    return [(m, min(methods[m])) for m in GTD_ATTACK_ORDER if methods.get(m)][:2]


TARGET_CUE = guarded(r"\b(?:target(?:ing|ed|s)?|aimed\s+at|meant\s+to\s+target|on|"
                     r"at(?!\s+least)|fired\s+upon|"
                     r"attacked|stormed|raided|against|hit|near|outside|inside|"
                     # what was blown up or bombed: "a bid to blow up an under construction
                     # school", "hurled a hand grenade into an under construction school" (not
                     # what was burnt after a killing: "beheaded a Policeman ... and torched his
                     # motorcycle")
                     r"blew\s+up|blow\s+up|blown\s+up|blowing\s+up|bombed|"
                     r"(?:lobbed|hurled|thrown|threw)\s+(?:\w+\s+){0,3}?into)\s+"
                     r"(?:a|an|the)?\s*"
                     r"(?:\w+\s+){0,3}$", re.I)


# A capitalised target word inside a proper name is a place, not a target ("Mardan College
# Chowk", "Hospital Road"); "Police" alone is capitalised in the reports and stays a target.
_IN_PLACE_NAME = re.compile(r"(?:College|School|University|Hospital|Church|Mosque|Market|Bazaar|"
                            r"Bank|Hotel|Camp|Fort|Cantonment|Railway|Station|Sarpanch)\b")
_CAPITALISED_NEXT = re.compile(r"\s+(?:Chowk|Road|Street|Colony|Town|Square|Gate|Lane|Bazaar|"
                               r"Market|Stop|Crossing|Avenue|Area|Mor|More|Para|Pada|Tola)\b")


# A force followed by its own verb of finding or telling is the reporter, not the target.
_REPORTER_VERB = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:(?:officials?|sources?|spokesm[ae]n|"
                            r"officer|chief|superintendent|inspector|personnel)\s+)?"
                            # a name between: "Police Officer Nasir Lodhi said", "Inspector
                            # General of Police IGP S R P Kalluri said"
                            r"(?-i:[A-Z][\w.]*\s+){0,5}"
                            # (and the day: "Union Home Minister Rajnath Singh on June 24 has
                            # sought a report")
                            r"(?:on\s+(?-i:[A-Z][a-z]+)\s+\d{1,2},?\s+)?(?:have\s+|has\s+|had\s+)?"
                            r"(?:found|recovered|"
                            r"said|says|told|reported|registered|confirmed|arrested|rushed|"
                            r"admitted|sought|stated|informed|announced|"
                            # whom they blame: "Officials blamed the local peace lashkar"
                            r"blamed|blame|alleged|"
                            r"reached|cordoned|launched|"
                            # what they believe: "Police suspects involvement of ULFA I"
                            r"suspects?|suspected|believes?|believed|suspecting)\b", re.I)
# (not the attack's aim: "an attack by suspected militants on a commercial vehicle")
_DOERS_RIDE_BEFORE = re.compile(
    r"\b(?:assailants|gunmen|militants|attackers|terrorists|men|youths|miscreants|"
    # (their arms between: "three unidentified assailants carrying 9mm pistols on two
    # motorcycles")
    r"cadres|riders)\s+(?:(?:carrying|armed\s+with|wielding)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:riding\s+(?:on\s+)?|(?:who\s+)?(?:came|arrived|fled)\s+(?:on|in)\s+|"
    r"on\s+|in\s+)(?:(?:a|an|two|three|their)\s+)?(?:[\w-]+\s+)?$", re.I)
# (an attack by the doers on a thing aims at it: "an attack by militants on a vehicle"; not
# "shot dead by three unidentified assailants ... on two motorcycles")
_BY_BEFORE = re.compile(r"\b(?:attacks?|assaults?|ambush|raids?|firing|fire|strikes?)\s+by\s+"
                        r"(?:[\w-]+\s+){0,2}$", re.I)
# A target word followed by its own act of violence names the doer, not the target.
_ACTS_AFTER = re.compile(r"\)?(?:\s*,(?:(?!\b(?:were|was|is|are|been)\b)[^,.;]){1,40}?,?)?\s+"
                         r"(?:shot\s+(?:dead|at)|killed|attacked|"
                         r"abducted|kidnapped|opened\s+fire|fired\s+at|stormed|hurled|lobbed|"
                         r"ambushed|gunned\s+down|beheaded|rescued|"
                         # the state's operation launched: "Security forces (SFs) have
                         # launched a massive operation ... to rescue the son"
                         r"(?:\([^)]*\)\s+)?(?:have\s+|has\s+|had\s+)?(?:launched|conducted))\s+"
                         # with an object: "men shot dead from ..." are victims
                         r"(?:(?:a|an|the|one|two|three|four|five|his|her|their|its|\d+)\b|"
                         r"(?-i:[A-Z]))|"
                         # who answered the attack: "patrolling Police returned fire on the
                         # attackers" (the victims were the two men shot before)
                         r"(?:\s+(?:party|team|patrol|personnel|men|officials|jawans|troops))?"
                         rf"\s+(?:{REPLY_WORDS})\b", re.I)
_HEADING_HOME = re.compile(r"\b(?:way|returning|going|went|headed|heading|back)\s+home$",
                           re.I)
# The aim told after a long subject: "the target of the remotely detonated bomb was a
# Security Forces (SFs) vehicle".
_TARGET_WAS = re.compile(r"\btarget\s+of\s+[^.;]{0,60}?\b(?:was|were|is)\s+(?:an?\s+|the\s+)?$",
                         re.I)
# Where the victims were going, and their errand there: "on their way to open bank accounts".
_WAY_TO = re.compile(r"\bway\s+to\s+(?:(?-i:[a-z]+)\s+){0,2}?(?:a|an|the|his|her|their)?\s*$",
                     re.I)
# A place the scene is measured from: "his body was thrown a km away from a CRPF camp".
_DISTANCE_FROM = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|yards?)\s+"
                            r"(?:away\s+)?from\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
                            re.I)
_INFORMER_AFTER = re.compile(r"[’']?\s+(?:informers?|agents?)\b", re.I)
# A police station named as the jurisdiction of a place, not as what was attacked.
_STATION_AFTER = re.compile(r"\s+[Ss]tations?\b")
_JURISDICTION_BEFORE = re.compile(r"\b(?:under|limits\s+of|precincts\s+of|jurisdiction\s+of|"
                                  r"within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                                  # a named station after a place: "on Lane No 3 of Jamshed
                                  # Road in the Jamshed Quarters Police Station"
                                  r"\b(?:Road|Street|Lane|area|Colony|Town)\s+in\s+the\s+"
                                  r"(?-i:[A-Z][\w-]*\s+){1,3}$", re.I)
# A home named by its owner's office is a government target in GTD.
OWNER_OFFICIAL_RE = re.compile(
    r"\s+(?:and\s+(?:\w+\s+){1,2})?of\s+(?:a|an|the)?\s*(?:[\w()’'-]+\s+){0,6}?(?:official|"
    r"candidate|leader|minister|MNA|MPA|MLA|politician|councillor|chairman|mayor|officer|"
    r"judge|legislator|lawmaker|"
    # a political party (GTD codes parties under Government (General))
    r"party|PTI|PPP|PML(?:-?[NQ])?|ANP|MQM|JUI(?:-?F)?|Tehreek[\s-]e[\s-]Insaf|"
    r"Awami\s+League|BNP)\b", re.I)


# The report says the aim is not known: "Exact target of the bomb has not been determined".
TARGET_UNKNOWN_RE = guarded(
    r"\btarget\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:has\s+not\s+(?:yet\s+)?been|had\s+not\s+been|"
    r"was\s+not|could\s+not\s+be|is\s+(?:not\s+)?yet\s+to\s+be|is\s+not|remains\s+to\s+be)\s+"
    r"(?:yet\s+)?(?:determined|ascertained|known|identified|established)|"
    r"\btarget\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:is|was|remains|remained)\s+(?:still\s+)?"
    r"(?:unclear|unknown|not\s+clear|not\s+known)", re.I)


# The source of a report ("According to Levies sources"), where bodies lay or who found
# them ("passersby travelling on the new highway"), and a vehicle word that says no more
# than whose ride it was.
# (also the giver of the details told: "According to the details provided by the Police")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                           r"(?:(?:provided|given|released|issued)\s+by\s+(?:the\s+)?)?$", re.I)
# A rebel body's name ("Kangleipak Communist Party Military Council"), a capitalised name
# going on ("Pir Koh"), a group's wing ("the student wing of the JeI").
_COUNCIL_AFTER = re.compile(r"\s+(?:Council|Wing|Commission)\b")
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])")
_WING_AFTER = re.compile(r"[’']?s?[’']?\s+wings?\b", re.I)
# The press told, not attacked: "Lieutenant General SK Dua told reporters"
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|briefed|briefing|informed|addressing|addressed)\s+"
                          r"(?:the\s+)?(?:\w+\s+)?$", re.I)
# The force that found the dead, in the passive: "bodies were discovered by the Levies Force"
_FOUND_BY = re.compile(r"\b(?:recovered|found|spotted|discovered|identified|rescued)\s+by\s+"
                       r"(?:the\s+)?(?:local\s+)?$", re.I)
_ROAD_OF_FINDING = re.compile(r"\b(?:dumped|thrown|found|recovered|lying|spotted|passersby|"
                              r"passers[\s-]by|travell?ing)\b(?:\s+[\w’'-]+){0,3}?\s+"
                              r"(?:on|along|by|near|beside)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_GENERIC_VEHICLE = re.compile(r"vehicles?|vans?|trucks?", re.I)
_BOMB_VEHICLE = re.compile(r"\bexplosives?[\s-]+(?:laden|packed|filled|loaded)\s+(?:vehicle|van|"
                           r"truck|car)|\bvehicle[\s-]borne\b", re.I)


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# The titles of clerics before a name (target_words.py), and a group named after that name.
_CLERIC_TITLES = frozenset({"Maulana", "Moulana", "Maulvi", "Mufti", "Allama", "Qari"})
_GROUP_AFTER_NAME = re.compile(r"(?:\s+[A-Z][a-z]+){1,2}\s+(?:Taliban|group|faction)\b")


def _not_a_target(text: str, m: re.Match[str], ttype: str, start: int,
                  doers: Sequence[tuple[int, int]], groups: Sequence[tuple[int, int]]) -> bool:
    """A target word that names no target: a word of the doers' or an armed group's name, a
    police station named as a jurisdiction, the doers' ride, a "Police informer", part of a
    place name, a highway where bodies were found, a way home, a word whose own act follows
    it, or who found or told it (the source of the report among them)."""
    if any(a <= m.start() < b for a, b in doers) or \
            any(a <= m.start() < b for a, b in groups):
        return True  # "the Communist Party of India (Maoist)", "Lashkar-e-Jhangvi"
    if ttype == "military" and m.group(0).lower() == "army" and REBEL_ARMY_RE.search(
            text, max(start, m.start() - 16), m.start()):
        return True  # a rebel army the base does not know: "the Adivasi Peoples' Army"
    if ttype in ("police", "military") and _FOUND_BY.search(
            text, max(start, m.start() - 30), m.start()):
        return True  # who found the dead: "discovered by the Levies Force personnel"
    if ttype == "police" and (
            (_STATION_AFTER.match(text, m.end()) and _JURISDICTION_BEFORE.search(
                text, max(start, m.start() - 40), m.start())) or
            _INFORMER_AFTER.match(text, m.end())):
        return True  # "at Rajbari under Diyungmukh Police Station", "a Police informer"
    ride = _DOERS_RIDE_BEFORE.search(text, max(start, m.start() - 50), m.start())
    if ride and not _BY_BEFORE.search(text, max(start, ride.start() - 30), ride.start()):
        return True  # the doers' own ride: "assailants on a motorcycle opened fire"
    if _IN_PLACE_NAME.match(text, m.start()) and _CAPITALISED_NEXT.match(text, m.end()):
        return True  # part of a place name: "College Chowk", "Hospital Road"
    if ttype == "transportation" and m.group(0).lower() == "highway" and _ROAD_OF_FINDING.search(
            text, max(start, m.start() - 50), m.start()):
        # where the bodies lay or who found them: "passersby travelling on the new highway",
        # "dumped along the highway"
        return True
    if ttype == "private_citizens" and _HEADING_HOME.search(
            text, max(start, m.start() - 12), m.end()):
        return True  # a way, not a target: "on his way home", "returning home"
    if ttype == "military" and m.group(0).lower().startswith("camp"):
        of = _OF_THE.match(text, m.end())
        if of and any(a == of.end() for a, _ in list(groups) + list(doers)):
            return True  # an armed group's camp: "attacked a mobile camp of NSCN Khole Kitovi"
    if ttype == "military" and _COUNCIL_AFTER.match(text, m.end()):
        return True  # a rebel body's name: "Kangleipak Communist Party Military Council"
    if m.group(0) == "Pir" and _NAME_GOES_ON.match(text, m.end()):
        return True  # a place's name: "in Pir Koh area of Dera Bugti District"
    if ttype == "educational_institution" and _WING_AFTER.match(text, m.end()):
        return True  # a group's wing: "Islami Chhatra Shibir (ICS), the student wing of JeI"
    if ttype == "journalists_media" and _TOLD_BEFORE.search(text, max(start, m.start() - 30),
                                                            m.start()):
        return True  # the press told of it: "the General told reporters"
    if _WAY_TO.search(text, max(start, m.start() - 20), m.start()):
        return True  # where the victim was going: "when he was on way to a shop"
    if _DISTANCE_FROM.search(text, max(start, m.start() - 40), m.start()):
        return True  # where it was measured from: "thrown a km away from a CRPF camp"
    if ttype == "transportation" and _GENERIC_VEHICLE.fullmatch(m.group(0)) and \
            _BOMB_VEHICLE.search(text, 0, m.start()):
        # the bomber's own vehicle, the weapon told before it: "rammed his explosives laden
        # vehicle into an abandoned house ... Policemen ... opened fire on the vehicle"
        return True
    # the doer ("A pro Government peace committee, TI shot dead one of its opponents"), or
    # who found or told it ("Police found three men shot dead", "According to Levies
    # sources")
    return bool(_ACTS_AFTER.match(text, m.end()) or _REPORTER_VERB.match(text, m.end()) or
                _ACCORDING_TO.search(text, max(start, m.start() - 60), m.start()))


# (the whole span of a force's name, read as a match)
_WHOLE = re.compile(r".+", re.S)
_NEAR_CUE = re.compile(r"(?:near|outside)\b", re.I)
_ATTACKED_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:was|were)\s+(?:attacked|targeted|ambushed|"
                             r"fired\s+(?:upon|at))\b")
_FORCES_CIVILIANS = re.compile(r"\s+(?:[\w-]+\s+)?(?:suppliers?|contractors?|compan(?:y|ies)|"
                               r"firms?|traders?|transporters?|drivers?|labou?rers?)\b", re.I)
# Targets that are places where people gather (a market, a shop, a bus stand), not the aim
# when only security forces were hurt there.
_PLACES_OF_PEOPLE = frozenset({"business", "private_citizens", "transportation"})
# Targets a victim's role names (GTD codes a journalist, a teacher, a cleric or an official
# by the role, wherever he was hit).
_ROLES = frozenset({"journalists_media", "educational_institution",
                    "religious_figures_institutions", "government_general",
                    "government_diplomatic", "ngo"})
# (not the officials who tell of it: "officials said")
_OFFICIALS = re.compile(r"officials?", re.I)
_THROWN_AT = re.compile(r"\b(?:fired|hurled|lobbed|threw|thrown|opened\s+fire)\s+"
                        r"(?:[\w-]+\s+){0,4}$", re.I)


def target_type(text: str, spans: Sequence[tuple[int, int]], *, state_operation: bool,
                killed: Count, wounded: Count, doers: Sequence[tuple[int, int]] = (),
                groups: Sequence[tuple[int, int]] = (), defused: bool = False,
                forces: Sequence[tuple[int, int, str]] = (),
                ) -> tuple[str, Evidence | None]:
    """The GTD target type: the thing aimed at, else what the victims were; unknown where
    the report says the aim is not known (GTD codes what is known, not the victims' side).
    ``doers``: the spans that name the perpetrators, whose words are not the target ("the
    Communist Party of India (Maoist)", "Lashkar-e-Jhangvi"); ``groups``: the spans that
    name armed groups of the actor base, whose words are no target either, whoever the
    group was ("Two CPI Maoist cadres were killed": their side says the target).
    ``defused``: the bomb was found and made safe, so forces named without a word of place
    or aim found, defused or were told of it ("Police bomb experts disposed off the bomb").
    ``forces``: the spans that name state forces of the actor base, with the target type each
    gives when an attack aims at it ("attacked Assam Rifles (AR) personnel")."""
    if state_operation:
        return "terrorists_non_state_militia", None
    for start, end in spans:
        unknown = TARGET_UNKNOWN_RE.search(text, start, end)
        if unknown:
            return "unknown", Evidence("target_type", unknown.start(), unknown.end(),
                                       unknown.group(0))
    categories = {**wounded.by_category, **killed.by_category}
    # only security forces were hurt: a place they were hurt at is where, not the aim ("About
    # a dozen Maoist cadres cornered SPO Koasalal Markam at a weekly market")
    # (and so for militants: "a NSCN R cadre ... was killed by unidentified assailants at
    # Green Land hotel" aimed at the group's man, GTD's terrorists/non-state militia)
    combatants_only = set(categories) in ({"security_forces"}, {"militants"})
    best: tuple[int, str, int, int] | None = None
    role: tuple[int, str, int, int] | None = None  # the first victim named by his role
    for start, end in spans:
        for ttype, pattern in TARGET_RE:
            for m in pattern.finditer(text, start, end):
                if _not_a_target(text, m, ttype, start, doers, groups):
                    continue
                if m.group(0) in _CLERIC_TITLES and (set(categories) == {"militants"} or
                                                     _GROUP_AFTER_NAME.match(text, m.end())):
                    continue  # a militant's title ("a senior Afghan Taliban ‘commander’
                    # Maulvi Muhammad Alam"), or a faction's name ("Qari Baryal Taliban faction")
                cue = TARGET_CUE.search(text, max(start, m.start() - 40), m.start())
                if defused and not cue and ttype in ("police", "military"):
                    continue
                if not cue and _IN_PLACE_NAME.match(text, m.start()) and \
                        CAPITALISED_WORD_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                    continue  # a place named after its bazaar: "abducted him from Bara Bazaar"
                score = 3 if cue else 1
                if cue and _NEAR_CUE.match(cue.group(0)):
                    score = 2  # where it happened; the victims say more about the aim
                elif cue and combatants_only and ttype in _PLACES_OF_PEOPLE and \
                        re.match(r"(?:at|inside)\b", cue.group(0), re.I) and \
                        not _THROWN_AT.search(text, max(start, cue.start() - 50), cue.start()):
                    score = 2  # (but "hurled a hand grenade at the shop" aimed at it)
                if re.search(r"\btarget", text[max(start, m.start() - 40):m.start()], re.I) or \
                        _TARGET_WAS.search(text, max(start, m.start() - 80), m.start()):
                    score = 5
                if ttype == "private_citizens" and OWNER_OFFICIAL_RE.match(text, m.end(), end):
                    ttype = "government_general"  # "the house of a PTI candidate" (GTD)
                if best is None or score > best[0] or (score == best[0] and m.start() < best[2]):
                    best = (score, ttype, m.start(), m.end())
                if role is None and ttype in _ROLES and not _OFFICIALS.fullmatch(m.group(0)):
                    role = (score, ttype, m.start(), m.end())
        for a, b, ttype in forces:
            # a force named after a word of aim: "attacked Assam Rifles (AR) personnel",
            # "fired on a Border Security Force patrol" (its name holds no target word)
            force = _WHOLE.match(text, a, b)
            # (or the subject of the attack told after it: "A BSF trooper was attacked by the
            # Maoists")
            cue = TARGET_CUE.search(text, max(start, a - 40), a) or \
                _ATTACKED_AFTER.match(text, b)
            if force is None or not start <= a < end or defused or cue is None or \
                    _not_a_target(text, force, ttype, start, doers, ()):
                continue
            if _NEAR_CUE.match(cue.group(0)) or _FORCES_CIVILIANS.match(text, b):
                # where it happened ("near an Assam Rifles camp"), not the aim, or the
                # civilians who work for a force ("the office of NATO fuel supplier")
                continue
            score = 5 if re.search(r"\btarget", text[max(start, a - 40):a], re.I) or \
                _TARGET_WAS.search(text, max(start, a - 80), a) else 3
            if best is None or best[0] < score or (best[0] == score and a < best[2]):
                best = (score, ttype, a, b)
    if best is not None and best[1] == "transportation" and set(categories) == {
            "security_forces"} and _GENERIC_VEHICLE.fullmatch(text, best[2], best[3]):
        # "security personnel were distributing ration on a vehicle when it hit the
        # landmine": the forces' own vehicle, a military or police target (GTD)
        best = None
    if best is not None and best[0] == 2 and best[1] in _PLACES_OF_PEOPLE and role is not None:
        # where it happened says less than who was hit: "A local journalist Haroon Khan ...
        # was shot dead outside his house" aims at the press (GTD codes the victim's role)
        best = role
    if best is not None and best[0] >= 3:
        return best[1], Evidence("target_type", best[2], best[3], text[best[2]:best[3]])
    if set(categories) == {"militants"} and best is not None and best[0] == 2 and \
            best[1] in _PLACES_OF_PEOPLE:
        return "terrorists_non_state_militia", None
    if "security_forces" in categories:
        if best is not None and best[1] in ("police", "military"):
            return best[1], Evidence("target_type", best[2], best[3], text[best[2]:best[3]])
        return "police" if re.search(r"\b(?:police|levies|khasa?dars?|constabulary)",
                                     " ".join(text[s:e] for s, e in spans),
                                     re.I) else "military", None
    if best is not None and not (best[0] == 1 and best[1] in ("police", "military") and
                                 set(categories) == {"civilians"}):
        return best[1], Evidence("target_type", best[2], best[3], text[best[2]:best[3]])
    if set(categories) == {"civilians"}:
        # (also over a force named with no word of aim, where only civilians were hurt:
        # "Maoist cadres killed a village level leader ... in Kalimela Police Station area")
        return "private_citizens", None
    if set(categories) == {"militants"} and sum(killed.by_category.values()) >= (
            killed.best or killed.low or 0):
        return "terrorists_non_state_militia", None  # a rival group's men (GTD)
    # (not militants hurt by the forces' reply where the dead are not told: "Two people ...
    # were killed when unidentified militants opened fire ... Police returned fire on the
    # attackers, injuring one of them")
    return "unknown", None
