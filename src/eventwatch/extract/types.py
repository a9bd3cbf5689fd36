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
from eventwatch.extract.lexicon import CAPITALISED_WORD_BEFORE, OWNER_BEFORE, REPLY_WORDS
from eventwatch.extract.target_words import (
    CLERIC_TITLES,
    GENERIC_VEHICLE,
    GROUP_AFTER_NAME,
    IN_PLACE_NAME,
    OFFICIAL_OWNER_BEFORE,
    OWNER_OFFICIAL_RE,
    TARGET_RE,
    TARGET_UNKNOWN_RE,
    TARGET_WAS,
    not_a_target,
)
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
                          stormed_only: bool = False,
                          state_act: str = "") -> tuple[str, str | None, bool]:
    """(event_type, attack_type, suicide) from the trigger classes of one incident.
    ``stormed_only``: the incident's armed words name no weapon ("stormed", a forced entry, or
    "attacked"); ``state_act``: what its lead tells the state's forces did
    (:func:`eventwatch.extract.operations.state_act`): "regained", taking ground back
    ("troops ... recaptured the village"), ACLED's government regains territory; "burned",
    burning homes ("junta troops torched more than 100 houses"), its property destruction."""
    harmed = not killed.is_empty() or not wounded.is_empty()
    suicide = bool(classes & {"suicide", "fidayeen"})
    if state_operation:
        clash = "government_regains_territory" if state_act == "regained" else "armed_clash"
        if "air" in classes:
            return "air_drone_strike", None, False
        if "shelling" in classes and (not harmed or "clash" not in classes):
            # cross-border mortar fire that wounded villagers is shelling, not a clash
            return "shelling_artillery_missile_attack", None, False
        if "clash" not in classes and classes & {"armed", "attack", "operation"} and \
                (set(killed.by_category) | set(wounded.by_category)) == {"civilians"}:
            # the state's men harmed only civilians, in no fight told: ACLED's attack
            # (violence against civilians): "Malian soldiers killed at least 30 civilians in
            # a village" (an encounter's bystanders stay the encounter's)
            return "attack", None, False
        if state_act == "burned" and not harmed:
            # houses the forces burned in an operation, no one harmed: "junta troops torched
            # more than 100 houses ... during a clearance operation" (ACLED's destruction)
            return "looting_property_destruction", None, False
        if classes & {"clash", "armed", "attack", "operation"} and (
                harmed or "clash" in classes):
            return clash, None, False
        if not arrested.is_empty() or "arrest" in classes:
            return "arrests", None, False
        if "defused" in classes:
            return "disrupted_weapons_use", None, False
        if "kidnap" in classes and not harmed:
            return "abduction_forced_disappearance", None, False  # taken away by the state
        if classes & {"arson", "explosive"} and not harmed:
            # militants' houses demolished by the state (ACLED's property destruction), or
            # houses a state's forces blew up ("Israeli forces blew up three houses")
            return "looting_property_destruction", None, False
        return clash, None, False
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
    elif stormed_only and "arson" in classes and not harmed and not kidnapping and \
            classes & GUN_METHODS <= {"armed"} and not classes & {"fidayeen", "unarmed"}:
        # a site set ablaze with no one harmed, by men whose arms the story only names:
        # ACLED's property destruction ("Earlier this month, armed men torched two passenger
        # buses")
        event = "looting_property_destruction"
    elif classes & {"armed", "attack"} and not classes & {"fidayeen", "unarmed"} and \
            not kidnapping and killed.by_category.get("militants") and (
                "security_forces" in killed.by_category or
                "security_forces" in wounded.by_category):
        # an attack on the forces that killed some of the attackers as they fought back:
        # two armed sides, ACLED's armed clash ("Three policemen were martyred ... Two of the
        # attackers were killed")
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


# Armed words that name no act of their own: the doers ("gunmen", "armed assailants") and
# the generic ones ("stormed", "siege").
# (An ambush names a tactic, not a weapon: "ambushed a patrol ... detonated four IEDs during
# the ambush" is a bombing; gunfire in it is named by its own words.)
NOT_AN_ARMED_ACT = re.compile(r"^(?:(?:heavily\s+)?armed\s+\w+|gun(?:ned)?men|stormed|siege|"
                              r"bodies|body\s+of|bullet[\s-]riddled|ambush\w*)$", re.I)


# A clash trigger that tells one side's reply ("retaliated", "retaliatory fire", "returned
# fire"): no exchange of the attackers' guns.
ONE_SIDED_REPLY = re.compile(rf"retaliat\w*|{REPLY_WORDS}", re.I)
# (or the attackers fled "after a brief exchange of fire with the guards": the guards fought)
REPELLED = re.compile(r"\b(?:repelled|repulsed|fought\s+off|beat\s+back|"
                      r"exchange\s+of\s+fire\s+with\s+"
                      r"(?:the\s+)?(?:guards|police|policemen|troops|soldiers|security\s+forces|"
                      r"forces))\b", re.I)
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


# (not a kind of killing: "in an incident of targeted killing near a factory")
TARGET_CUE = guarded(r"\b(?:target(?:ing|ed|s)?(?!\s+killings?\b)|aimed\s+at|"
                     r"meant\s+to\s+target|on|at(?!\s+least)|fired\s+upon|"
                     r"attacked|stormed|raided|against|hit|near|outside|inside|"
                     # what was blown up or bombed: "a bid to blow up an under construction
                     # school", "hurled a hand grenade into an under construction school" (not
                     # what was burnt after a killing: "beheaded a Policeman ... and torched his
                     # motorcycle")
                     r"blew\s+up|blow\s+up|blown\s+up|blowing\s+up|bombed|"
                     r"(?:lobbed|hurled|thrown|threw)\s+(?:\w+\s+){0,3}?into)\s+"
                     r"(?:a|an|the)?\s*"
                     r"(?:\w+\s+){0,3}$", re.I)


# A word of aim ("targeting", "the target of"), not the name of a kind of killing ("in an
# incident of targeted killing near a factory" aims at no factory).
_AIM_WORD = re.compile(r"\btarget(?!(?:ed)?\s+killings?\b)", re.I)
# A police force's words, where the victims' side decides the target.
_POLICE_WORD = re.compile(r"\b(?:police|levies|khasa?dars?|constabulary)", re.I)
_WHOLE = re.compile(r".+", re.S)
_NEAR_CUE = re.compile(r"(?:near|outside)\b", re.I)
_ROAD_WORD = re.compile(r"highway|road|rail\s+track|railway", re.I)
_ON_CUE = re.compile(r"on\b", re.I)
_BOMB_WORD = re.compile(r"\b(?:bombs?|blasts?|explo\w+|IEDs?|grenades?|(?:land)?mines?)\b", re.I)
_NEAR_BEFORE = re.compile(r"\bnear\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
_ATTACKED_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:was|were)\s+(?:attacked|targeted|ambushed|"
                             r"fired\s+(?:upon|at))\b")
_FORCES_CIVILIANS = re.compile(r"\s+(?:[\w-]+\s+)?(?:suppliers?|contractors?|compan(?:y|ies)|"
                               r"firms?|traders?|transporters?|drivers?|labou?rers?)\b", re.I)
# Targets that are places where people gather (a market, a shop, a bus stand), not the aim
# when only security forces were hurt there.
_PLACES_OF_PEOPLE = frozenset({"business", "private_citizens", "transportation"})
# A ride that says no more than whose it was.
_GENERIC_PEOPLE = re.compile(r"men|man|people|persons?|individuals", re.I)
_PRIVATE_RIDE = re.compile(r"cars?|motor\s*cycles?|motorbikes?|bikes?", re.I)
# ... and a home that says no more than where the victim was: "was at home when the armed
# militants came".
_AT_HOME = re.compile(r"(?<=\bat\s)home\b", re.I)
# A building, or a word before one, is no victim's role: "outside MPA hostel", "near the ...
# court".
_BUILDING = re.compile(r"(?:[\w-]+\s+){0,3}?(?:courts?|offices?|houses?|residences?|"
                       r"schools?|colleges?|hostels?|mosques?|temples?|churches?|imambargahs?|"
                       r"secretariats?|complex|buildings?|compounds?|camps?|stations?)", re.I)
_BUILDING_AFTER = re.compile(r"\s+(?:hostel|house|office|residence|court|complex|building|camp|"
                             r"school|college|hospital|station|secretariat|compound|"
                             r"headquarters)s?\b", re.I)
# Targets a victim's role names (GTD codes a journalist, a teacher, a cleric or an official
# by the role, wherever he was hit).
_ROLES = frozenset({"journalists_media", "educational_institution",
                    "religious_figures_institutions", "government_general",
                    "government_diplomatic", "ngo"})
# (not the officials who tell of it: "officials said")
_OFFICIALS = re.compile(r"officials?", re.I)
_THROWN_AT = re.compile(r"\b(?:fired|hurled|lobbed|threw|thrown|opened\s+fire)\s+"
                        r"(?:[\w-]+\s+){0,4}$", re.I)


# A civilian site a strike from afar hit, and its GTD target type (by the first four letters).
_CIVIL_SITE_HIT = re.compile(
    r"\b(?:(?:(?:air)?strikes?|missiles?|rockets?|shelling|drones?|bombs?|attacks?)\s+(?:on|hit|struck|"
    r"slammed\s+into)|bombed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?P<site>apartment|"
    r"residential|village|monastery|pagoda|mosque|church|temple|"
    r"block\s+of\s+flats|high-rise|school|university|market|shopping|supermarket|"
    r"restaurant|cafe|hotel|industrial|factory|enterprise|"
    r"railway|trains?|bus\s+station|buses|bus|minibus|passenger|energy|"
    r"power\s+(?:plant|station|facility)|substation|port|harbou?r|ships?|vessels?|ferry)\b",
    re.I)
_CIVIL_SITES = {"apar": "private_citizens", "resi": "private_citizens", "vill": "private_citizens",
                "mona": "religious_figures_institutions", "pago": "religious_figures_institutions",
                "mosq": "religious_figures_institutions", "chur": "religious_figures_institutions",
                "temp": "religious_figures_institutions",
                "bloc": "private_citizens", "high": "private_citizens",
                "scho": "educational_institution", "univ": "educational_institution",
                "mark": "business", "shop": "business", "supe": "business", "rest": "business",
                "cafe": "business", "hote": "business", "indu": "business",
                "fact": "business", "ente": "business", "rail": "transportation",
                "trai": "transportation", "bus ": "transportation", "bus": "transportation",
                "buse": "transportation", "mini": "transportation", "pass": "transportation",
                "ener": "utilities", "powe": "utilities", "subs": "utilities",
                "port": "maritime", "harb": "maritime", "ship": "maritime", "vess": "maritime",
                "ferr": "maritime"}


_VEHICLE_OF_FORCE = re.compile(r"\b(?:vehicles?|vans?|trucks?)\s+of\s+(?:the\s+)?"
                               r"(?:[\w'’-]+\s+){0,3}?"
                               # (not a group's "Forces": "a vehicle of the Kurdish-led Syrian
                               # Democratic Forces")
                               r"(?:(?P<police>police|levies|rangers)|(?-i:army|military|forces|"
                               r"soldiers|troops))\b", re.I)


def target_type(text: str, spans: Sequence[tuple[int, int]], *, state_operation: bool,
                killed: Count, wounded: Count, kidnapped: Count | None = None,
                doers: Sequence[tuple[int, int]] = (),
                groups: Sequence[tuple[int, int]] = (), defused: bool = False,
                forces: Sequence[tuple[int, int, str]] = (), remote: bool = False,
                on_civilians: bool = False) -> tuple[str, Evidence | None]:
    """The GTD target type: the thing aimed at, else what the victims were; unknown where
    the report says the aim is not known (GTD codes what is known, not the victims' side).
    ``doers``: the spans that name the perpetrators, whose words are not the target ("the
    Communist Party of India (Maoist)", "Lashkar-e-Jhangvi"); ``groups``: the spans that
    name armed groups of the actor base, whose words are no target either, whoever the
    group was ("Two CPI Maoist cadres were killed": their side says the target).
    ``defused``: the bomb was found and made safe, so forces named without a word of place
    or aim found, defused or were told of it ("Police bomb experts disposed off the bomb").
    ``forces``: the spans that name state forces of the actor base, with the target type each
    gives when an attack aims at it ("attacked Assam Rifles (AR) personnel"). ``kidnapped``:
    the hostages, whose side counts where no one was hurt and all were civilians.
    ``remote``: the act was an air strike or shelling; ``on_civilians``: a state's attack
    that harmed only civilians, in no fight (ACLED's violence against civilians)."""
    harmed = {**wounded.by_category, **killed.by_category}.keys()
    if state_operation:
        if remote and "militants" not in harmed:
            # a strike from afar that hit a civilian site it names: "A Russian missile strike
            # on an apartment block ... killed at least 12 people" (a house or a compound
            # says nothing: the drones of the tribal areas struck militants' hideouts there)
            for start, end in spans:
                hit = _CIVIL_SITE_HIT.search(text, start, end)
                if hit:
                    return _CIVIL_SITES[hit.group("site").lower()[:4]], Evidence(
                        "target_type", hit.start("site"), hit.end("site"), hit.group("site"))
        if (remote or on_civilians) and harmed == {"civilians"}:
            # a state's strike from afar that hurt only civilians aimed at no armed group we
            # can tell: "A military airstrike on a village ... killed at least 30 civilians"
            # (not an encounter's bystanders: the fight was with militants)
            return "private_citizens", None
        return "terrorists_non_state_militia", None
    for start, end in spans:
        unknown = TARGET_UNKNOWN_RE.search(text, start, end)
        if unknown:
            return "unknown", Evidence("target_type", unknown.start(), unknown.end(),
                                       unknown.group(0))
    categories = {**wounded.by_category, **killed.by_category}
    if not categories and kidnapped and (set(kidnapped.by_category) in (
            {"civilians"}, {"civilians", "unknown"}) or (
            kidnapped.low and not kidnapped.by_category)):
        # or civilian hostages, where no one was hurt: "abducted four traders" aims at them,
        # not at the force whose station's area it was (a force's own men held stay the
        # force's word: "abducted its two security guards" of a mobile tower)
        # (and hostages of no side told are people taken: "abducted three people, including
        # a 10-year-old schoolboy")
        categories = {"civilians": kidnapped.low or 0}
    # only security forces were hurt: a place they were hurt at is where, not the aim ("About
    # a dozen Maoist cadres cornered SPO Koasalal Markam at a weekly market")
    # (and so for militants: "a NSCN R cadre ... was killed by unidentified assailants at
    # Green Land hotel" aimed at the group's man, GTD's terrorists/non-state militia)
    combatants_only = set(categories) in ({"security_forces"}, {"militants"})
    best: tuple[int, str, int, int] | None = None
    role: tuple[int, str, int, int] | None = None  # the first victim named by his role
    # the first word of the first span that names a kind of target other than people
    first_kind: tuple[int, str, int, int] | None = None
    for start, end in spans:
        for ttype, pattern in TARGET_RE:
            for m in pattern.finditer(text, start, end):
                if not_a_target(text, m, ttype, start, doers, groups):
                    continue
                if m.group(0) in CLERIC_TITLES and (set(categories) == {"militants"} or
                                                     GROUP_AFTER_NAME.match(text, m.end())):
                    continue  # a militant's title ("a senior Afghan Taliban ‘commander’
                    # Maulvi Muhammad Alam"), or a faction's name ("Qari Baryal Taliban faction")
                cue = TARGET_CUE.search(text, max(start, m.start() - 40), m.start())
                if defused and not cue and ttype in ("police", "military"):
                    continue
                if not cue and IN_PLACE_NAME.match(text, m.start()) and \
                        CAPITALISED_WORD_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                    continue  # a place named after its bazaar: "abducted him from Bara Bazaar"
                score = 3 if cue else 1
                if cue and ttype == "transportation" and categories and \
                        _ROAD_WORD.fullmatch(m.group(0)) and _ON_CUE.match(cue.group(0)):
                    score = 1  # the road people were hurt on says where, no more than the
                    # victims: "shot dead a traffic warden on the Indus Highway"
                elif cue and _NEAR_CUE.match(cue.group(0)):
                    score = 2  # where it happened; the victims say more about the aim
                elif cue and combatants_only and ttype in _PLACES_OF_PEOPLE and \
                        re.match(r"(?:at|inside)\b", cue.group(0), re.I) and \
                        not _THROWN_AT.search(text, max(start, cue.start() - 50), cue.start()):
                    score = 2  # (but "hurled a hand grenade at the shop" aimed at it)
                if _AIM_WORD.search(text, max(start, m.start() - 40), m.start()) or \
                        TARGET_WAS.search(text, max(start, m.start() - 80), m.start()):
                    score = 5
                if ttype == "private_citizens" and (
                        OWNER_OFFICIAL_RE.match(text, m.end(), end) or
                        OFFICIAL_OWNER_BEFORE.search(text, max(start, m.start() - 30),
                                                     m.start())):
                    ttype = "government_general"  # "the house of a PTI candidate" (GTD)
                if best is None or score > best[0] or (score == best[0] and m.start() < best[2]):
                    best = (score, ttype, m.start(), m.end())
                if role is None and ttype in _ROLES and not _OFFICIALS.fullmatch(m.group(0)):
                    role = (score, ttype, m.start(), m.end())
                if first_kind is None and start == spans[0][0] and \
                        ttype not in ("private_citizens", "unknown"):
                    first_kind = (score, ttype, m.start(), m.end())
        for a, b, ttype in forces:
            # a force named after a word of aim: "attacked Assam Rifles (AR) personnel",
            # "fired on a Border Security Force patrol" (its name holds no target word)
            force = _WHOLE.match(text, a, b)
            # (or the subject of the attack told after it: "A BSF trooper was attacked by the
            # Maoists")
            cue = TARGET_CUE.search(text, max(start, a - 40), a) or \
                _ATTACKED_AFTER.match(text, b)
            aimed = _AIM_WORD.search(text, max(start, a - 40), a)
            if force is None or not start <= a < end or (defused and not aimed) or cue is None or \
                    not_a_target(text, force, ttype, start, doers, ()):
                continue
            if _NEAR_CUE.match(cue.group(0)) or _FORCES_CIVILIANS.match(text, b):
                # where it happened ("near an Assam Rifles camp"), not the aim, or the
                # civilians who work for a force ("the office of NATO fuel supplier")
                continue
            score = 5 if aimed or TARGET_WAS.search(text, max(start, a - 80), a) else 3
            if best is None or best[0] < score or (best[0] == score and a < best[2]):
                best = (score, ttype, a, b)
    if best is not None and best[1] == "private_citizens" and first_kind is not None and \
            best[2] > first_kind[2] and _GENERIC_PEOPLE.fullmatch(text, best[2], best[3]):
        # people told again by a word that says no more than that they were people: "Two
        # Sikh traders were shot dead in their shop ... fired at the two men" (business)
        best = first_kind
    if best is not None and best[1] == "transportation" and \
            GENERIC_VEHICLE.fullmatch(text, best[2], best[3]) and (force := next((
                f for s, e in spans if (f := _VEHICLE_OF_FORCE.search(text, s, e))), None)):
        # a force's vehicle named so: "a vehicle of the Taliban's provincial police" (GTD)
        best = (max(best[0], 3), "police" if force.group("police") else "military",
                force.start(), force.end())
    if best is not None and best[1] == "transportation" and "security_forces" in categories and \
            GENERIC_VEHICLE.fullmatch(text, best[2], best[3]) and (
            set(categories) == {"security_forces"} or
            OWNER_BEFORE.search(text, max(0, best[2] - 8), best[2])):
        # "security personnel were distributing ration on a vehicle when it hit the
        # landmine": the forces' own vehicle, a military or police target (GTD), also with
        # their civilian driver ("Ten jawans ... and their civilian driver were killed when
        # Maoists blew up their vehicle")
        best = None
    if best is not None and best[1] == "private_citizens" and categories.get(
            "security_forces", 0) >= max(1, categories.get("civilians", 0)) and \
            _PRIVATE_RIDE.fullmatch(text, best[2], best[3]) and \
            OWNER_BEFORE.search(text, max(0, best[2] - 8), best[2]):
        # so is a private ride of theirs: "A Levies constable was shot dead and his son was
        # injured when gunmen opened fire on their car" aims at the police (the victims say;
        # not where more civilians than men of the forces were hurt in it)
        best = None
    if best is not None and best[1] == "military" and set(categories) == {"security_forces"} \
            and text[best[2]:best[3]].lower() == "convoy" and _POLICE_WORD.search(
                " ".join(text[s:e] for s, e in spans)):
        # a convoy says no more than whose it was: "Three Policemen were killed ... opened
        # fire on a convoy accompanying a group of MLAs" is the police's (the victims say)
        best = None
    if best is not None and best[1] == "transportation" and \
            GENERIC_VEHICLE.fullmatch(text, best[2], best[3]) and \
            OWNER_BEFORE.search(text, max(0, best[2] - 8), best[2]) and \
            categories and set(categories) <= {"civilians"}:
        # a civilian's own vehicle is a private one (GTD), no transport: "opened fire on his
        # vehicle in Mundan area"
        best = (best[0], "private_citizens", best[2], best[3])
    if best is not None and best[1] == "private_citizens" and role is not None and \
            (_PRIVATE_RIDE.fullmatch(text, best[2], best[3]) or
             _AT_HOME.match(text, best[2])) and \
            not _BUILDING.fullmatch(text, role[2], role[3]) and \
            not _BUILDING_AFTER.match(text, role[3]):
        # a private ride says no more than whose it was: "Three people, including Mufti
        # Usman Yar, the Secretary General of ... (JUI S), were killed when unidentified
        # militants opened fire on a car" aims at the cleric (not a place near it: "opened
        # fire at a car outside MPA hostel"); so does his being at home ("killed the
        # headmaster of a lower primary school ... Marak, was at home when the armed
        # militants came": an educational institution, GTD)
        best = role
    if best is not None and best[0] == 2 and best[1] in _PLACES_OF_PEOPLE and role is not None:
        # where it happened says less than who was hit: "A local journalist Haroon Khan ...
        # was shot dead outside his house" aims at the press (GTD codes the victim's role)
        best = role
    if best is not None and best[0] >= 3:
        return best[1], Evidence("target_type", best[2], best[3], text[best[2]:best[3]])
    if best is not None and best[0] == 2 and (role is None or role[2] == best[2]) and \
            set(categories) == {"civilians"} and not (killed.is_empty() and wounded.is_empty()) \
            and _NEAR_BEFORE.search(text, max(0, best[2] - 30), best[2]) and \
            not any(_BOMB_WORD.search(text, s, e) for s, e in spans):
        # a place only near which civilians were hurt says where, not the aim: "shot dead a
        # person near a primary school in Shakarpur village" aims at the man (GTD); not one
        # they were outside of, often theirs ("shot dead while he was sleeping outside his
        # shop"), nor where a victim's role says more ("a teacher ... abducted from near his
        # school"); hostages taken near their work were taken for it ("coal miners were
        # sleeping in their makeshift camp near the coalfield": a business, GTD); a bomb
        # planted near a place was aimed at it ("a bomb exploded near a school in Swabi")
        return "private_citizens", None
    if set(categories) == {"militants"} and best is not None and best[0] == 2 and \
            best[1] in _PLACES_OF_PEOPLE:
        return "terrorists_non_state_militia", None
    if "security_forces" in categories:
        if best is not None and best[1] in ("police", "military"):
            return best[1], Evidence("target_type", best[2], best[3], text[best[2]:best[3]])
        # (or the force of the actor base the story names first, whose men were hurt: "Two
        # CRPF jawans were killed in an IED blast" is the CRPF's, a police force, GTD)
        named = sorted((a, ttype) for a, b, ttype in forces
                       if any(s <= a < e for s, e in spans))
        return "police" if _POLICE_WORD.search(" ".join(text[s:e] for s, e in spans)) or (
            named and named[0][1] == "police") else "military", None
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
