"""Part of stage 9 (perpetrators): the doers a report does not name.  Reads an incident's
sentences; writes the first unnamed doer it tells acting ("unidentified militants fired",
"killed by gunmen", "Gunmen believed to be members of ... killed", "in a militant attack"),
as written, with its kind (``unknown`` for gunmen, assailants and other words that may be
criminals') and status.  :mod:`eventwatch.extract.perpetrators` keeps it where no named doer
is told acting; and (:func:`group_of_its_dead`) the group whose men the doers' sentence counts
among the dead ("four Boko Haram fighters were killed ... when the jihadists raided").  Rules:
``docs/codebook.md``, Perpetrators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.doer_verbs import CLAIM_RE, DOER_VERB_RE
from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import ATTACKER_NOUNS, MILITANT_NOUNS, NAME_SAID, names_state_body
from eventwatch.extract.segment import Sentence, stop_before
from eventwatch.models import Evidence, Perpetrator

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorMatch

_DOER = (  # a kind of group, the officials' word (first: "terrorist groups", not "terrorist"):
         # ""terrorist elements" had planted explosives", "blamed "terrorist armed groups""
         r"(?:(?:terrorist|militant|insurgent|jihadist|anti[\s-]state)\s+(?:armed\s+)?"
         r"(?:elements|groups?|outfits?)|"
         rf"{MILITANT_NOUNS}|{ATTACKER_NOUNS}|men|"
         r"persons|people|motorcyclists|suspects|(?:suicide\s+)?bombers?|"
         r"outlaws|criminals|tribesmen(?:\s+of\s+[A-Z]\w+(?:\s+Agency)?)?|"
         r"youths|individuals|rival\s+(?:group|faction)|"
         # (an armed gang, one: "An armed gang kidnapped three young men")
         r"(?<=armed\s)gang|"
         # (a named group's members, a group the actor base lacks: "Suspected members of the
         # Clan del Golfo, Colombia's largest drug trafficking group, killed")
         r"members\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|del|de|la|al|el))*)")
UNNAMED_RE = guarded(
    r"\b(?P<np>(?:(?:a|an|the|some|two|three|four|five|several|\d+)\s+)?"
    r"(?:(?:unidentified|unknown|masked|armed|heavily\s+armed|suspected|alleged|still|"
    r"motorcycle[\s-]borne|motorcycle[\s-]riding|a\s+group\s+of|group\s+of|"
    rf"identified)\s+)*(?:armed\s+)?"
    # a group the actor base does not know, named: "Karbi Peoples Liberation Tiger (KPLT)"
    # (not a connective opening the sentence: "Separately militants on July 17 attacked")
    r"(?:(?!(?-i:Separately|Meanwhile|However|Earlier|Later|Also|Further|Elsewhere)\b)"
    r"(?-i:[A-Z][\w’'-]+)\s+(?:(?-i:[A-Z][\w’'-]*)\s+){0,5}(?:\((?-i:[A-Z][\w-]+)\)\s+)?)?"
    rf"{_DOER}(?:\s+aged\s+about\s+\d+\s+years)?"
    # (and the group they are of: "Dissidents of the former FARC rebel group")
    r"(?:\s+of\s+the\s+(?:former\s+)?(?:[\w’'-]+\s+){1,3}?(?:group|faction|movement))?)\b",
    re.I,
)

# (the doers' words quoted: "an attack by "terrorists"", "which blamed "terrorist groups"")
# (or a bomb "blamed on the insurgents")
BY_DOER_RE = guarded(r"\b(?:by|blamed(?:\s+on)?|blaming|blames)\s+(?:the\s+)?[\"“‘']?$", re.I)

# A participle whose agent follows: "five persons abducted at gun point by the Maoists" names
# the victims, not the doers (not "by slitting his throat", a means).
PASSIVE_AGENT_RE = re.compile(
    r"(?>(?:\s+(?:dead|to\s+death))?)\s+"
    # not an object after the verb: "shot dead two men by the roadside" is active
    r"(?!(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+|him|"
    r"her|them|his|their|its|(?-i:[A-Z])\w*)\b)"
    r"[^.;,]{0,40}?\bby\s+(?!\w+ing\b)", re.I)
# The story calls the doers militants after all: "Unidentified assailants killed two
# Policemen ... they were attacked by armed militants".
MILITANTS_LATER_RE = guarded(
    r"\b(?:(?:attacked|targeted|ambushed|shot|killed|abducted|kidnapped)\s+by\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?:militants|terrorists|insurgents)|the\s+(?:militants|terrorists|"
    r"insurgents)\s+(?:\w+\s+)?(?:opened\s+fire|fired|fled|escaped|attacked))\b", re.I)
# (the attackers' nouns, and any men told with no side)
UNKNOWN_KIND_HEADS = guarded(
    rf"\b(?:{ATTACKER_NOUNS}|men|persons|people|motorcyclists|suspects|individuals|criminals|"
    r"outlaws|youths|gang)\b", re.I)

_OF_A_GROUP = re.compile(r"\s+of\s+the\s+(?-i:[A-Z])[\w'’-]+"
                         r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,4}"
                         r"(?:\s+(?:gang|group|militia|movement|front|army))?\b")
# A count opening the doers' words, and a place or a fight right after their verb: the
# victims of a headline's reduced passive ("only five militants killed in Spalga area").
_COUNTED = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s", re.I)
_WHERE_AFTER = re.compile(r"\s+(?:in|during|near)\b", re.I)
# Another act as this one's time: "The blast came a day after ...".
# ... or told in a clause after this act's: ", wounding two officers, hours after gunmen
# killed an off-duty police sergeant in the nearby town of El Empalme".
# (hours apart: "a day after Maoists triggered an IED" after "A third jawan ... succumbed to
# his injuries" tells this act's doers)
_AFTER_CLAUSE = re.compile(r",\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a|an|one|two|three|a\s+few|"
                           r"few|several|\d+)\s+)?(?:hours?|minutes)\s+(?:after|before)\s+$", re.I)
_CAME_AFTER = re.compile(r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:(?:a|an|one|two|"
                         r"three|a\s+few|few|several|\d+)\s+)?(?:days?|weeks?|hours?)\s+after\b",
                         re.I)


# A place's users or holders named by "by": "hideouts used by the attackers".
_HELD_BY = re.compile(r"\b(?:used|owned|run|held|occupied|controlled|frequented|built)\s+by\s+"
                      r"(?:the\s+)?$", re.I)
# What may stand between the doers' words and their verb: a closing quote, their ride.
_QUOTE_OR_RIDE = re.compile(r"[\"”’']?(?:\s+(?:on|riding|in)\s+(?:\w+\s+)?(?:motor\s*cycles|"
                            r"motorbikes|bikes|pick-?ups|horseback|horses|camels|trucks|"
                            r"vehicles|boats)|"
                            # (or their hide: "Gunmen hiding in the hills near Ibrahimzai
                            # village opened fire on the convoy")
                            r"\s+(?:hiding|hidden|lurking|positioned|perched|holed\s+up|lying\s+"
                            r"in\s+wait)\s+(?:in|behind|near|on|among|inside)\s+[^,.;]{1,60}?"
                            r"(?=\s+(?:opened|fired|attacked|ambushed|ambushes|shot|hurled|"
                            r"threw|struck|targeted|stormed)\b)|"
                            # (or where they came from: "Dozens of militants who crossed from
                            # Afghanistan attacked a Frontier Corps post")
                            r"\s+who\s+(?:had\s+)?(?:crossed|sneaked|infiltrated|came|entered|"
                            r"arrived|slipped)\s+[^,.;]{1,60}?"
                            r"(?=\s+(?:opened|fired|attacked|ambushed|ambushes|shot|hurled|"
                            r"threw|struck|targeted|stormed)\b))?(?=\s)", re.I)


def unnamed_doer(text: str, sentences: Sequence[Sentence]) -> tuple[Perpetrator, Evidence] | None:
    """The first unnamed doer ("unidentified militants fired ...", "killed by gunmen")."""
    for sentence in sentences:
        for m in UNNAMED_RE.finditer(text, sentence.start, sentence.end):
            after = text[m.end():sentence.end]
            before = text[max(sentence.start, m.start() - 30):m.start()]
            claim = CLAIM_RE.search(text, m.end(), min(sentence.end, m.end() + 60))
            if re.search(r"\b(?:found|recovered|discovered|bodies\s+of)\s+$", before, re.I):
                continue  # "Police found three men shot dead": the victims
            if re.search(r"\b(?:no|any)\s+$", before, re.I) or \
                    re.match(r"(?:no|any)\s", m.group(0), re.I):
                continue  # "No militant outfit claimed responsibility": nobody
            if re.search(r"\b(?:kidnapped|abducted|injured|wounded|killed|slain|arrested|"
                         r"detained|rescued|released)\s+$", before, re.I):
                continue  # "the kidnapped persons had entered the area": the victims
            if _HELD_BY.search(before):
                continue  # whose a place is, no doers: "struck two hideouts used by the
                # attackers"
            if _CAME_AFTER.search(text, sentence.start, m.start()) or _AFTER_CLAUSE.search(before):
                continue  # the doers of the act this one came after: "The blast came a day
                # after unidentified men hurled a hand grenade at a police check-post"
            verb = DOER_VERB_RE.match(after)
            if verb is None and (ride := _QUOTE_OR_RIDE.match(after)) is not None and \
                    ride.end():
                after = after[ride.end():]  # (their words' closing quote, their ride:
                # "when "several hundred terrorists" on motorcycles attacked an army post")
                verb = DOER_VERB_RE.match(after)
            if verb is None and (skip := _hedged_name_end(after)):
                after = after[skip:]  # the verb after the doers' hedged name
                verb = DOER_VERB_RE.match(after)
            if verb is None and (group := _OF_A_GROUP.match(after)):
                after = after[group.end():]  # (or after their group: "Armed youth of the
                # White Army attacked")
                verb = DOER_VERB_RE.match(after)
            if verb is not None and verb.group(0).rstrip().endswith(("ed", "shot", "hit")) \
                    and (PASSIVE_AGENT_RE.match(after, verb.end()) or (
                        _COUNTED.match(m.group(0)) and _WHERE_AFTER.match(after, verb.end()))):
                continue  # (a headline's victims: "only five militants killed in Spalga area")
            if not (verb or BY_DOER_RE.search(before) or (
                    claim is not None and claim.start() - m.end() < 25)):
                continue
            np = m.group("np")
            start, end = m.start(), m.end()
            # (men of a group are its, named with it: "armed youth of the White Army", a group
            # the base does not know; "fighters of the Islamic State Sahel Province", one it
            # knows, found by its name)
            if (group := _OF_A_GROUP.match(text, end)) is not None:
                end = group.end()
                np = text[m.start("np"):end]
            kind = "unknown" if UNKNOWN_KIND_HEADS.search(np) and not any(
                MILITANTS_LATER_RE.search(text, s.start, s.end) for s in sentences) and \
                group is None else "non_state"
            status = "claimed" if claim is not None and claim.start() - m.end() < 25 else \
                "attributed"
            return (Perpetrator(None, np, kind, status), Evidence("perpetrators", start, end, np))
    for sentence in sentences:
        own = _OWN_MEN_DID.search(text, sentence.start, sentence.end)
        if own and not names_state_body(own.group("np")) and \
                DOER_VERB_RE.match(text[own.end():sentence.end]):
            # a group the base lacks, telling its own men's act: "the KNDF said its drone
            # unit had dropped bombs on the police station" (its claim)
            return (Perpetrator(None, own.group("np"), "non_state", "claimed"),
                    Evidence("perpetrators", own.start("np"), own.end("np"), own.group("np")))
    for sentence in sentences[:1]:
        named_by = KIND_ATTACK_RE.search(text, sentence.start, sentence.end)
        if named_by and not _AFTER_AN_ACT.search(
                text, max(sentence.start, named_by.start() - 30), named_by.start()):
            # the attack named by its doers' kind: "killed ... in a militant attack"
            np = named_by.group("np")
            return (Perpetrator(None, np, "non_state",
                                "suspected" if named_by.group("hedge") else "attributed"),
                    Evidence("perpetrators", named_by.start("np"), named_by.end("np"), np))
    return None


# A group named by its capitals that tells its own men's act: "the KNDF said its drone unit
# had", "The Karenni Army said on Friday that its fighters had".
_OWN_MEN_DID = guarded(
    rf"{NAME_SAID}(?:on\s+\w+\s+)?(?:that\s+)?its\s+(?:[\w-]+\s+)?(?:drones?|quadcopters?|"
    r"fighters|forces|men|cadres|militants|members|units?)(?:\s+(?:unit|squad|team|wing))?"
    r"(?=\s+(?:had|have)\s)", re.I)


# The doers' hedged name between them and their verb: "Gunmen believed to be members of
# Islamic State's Sahel branch killed 11 civilians" (the gunmen acted; the name is a guess).
_HEDGED_AS = re.compile(r"\s+(?:believed|suspected|thought|said)\s+to\s+(?:be|have\s+been)\s+"
                        r"(?=[^.;,]{3,80}?\s(?:killed|shot|attacked|stormed|abducted|"
                        r"kidnapped|opened|ambushed|raided)\b)", re.I)


def _hedged_name_end(after: str) -> int | None:
    """Where the doers' verb begins after a hedged name (:data:`_HEDGED_AS`), or None."""
    hedged = _HEDGED_AS.match(after)
    if hedged is None:
        return None
    for gap in re.finditer(r"\s", after[hedged.end():hedged.end() + 90]):
        # (a slice: the pattern is anchored at the string's start)
        if DOER_VERB_RE.match(after[hedged.end() + gap.start():]) is not None:
            return hedged.end() + gap.start()
    return None


# An act the sentence's own follows: "SFs intensified their combing operations ... follows
# the militant attack at Jagun" (that attack's doers did not act in this incident).
_AFTER_AN_ACT = re.compile(r"\b(?:follows?|followed|following|after|since|wake\s+of|"
                           r"condemn\w*|against|over)\s+$", re.I)
# An attack named by the kind of its doers, with an article: "in a militant attack", "a
# suspected terrorist attack" (not "militant attacks have increased": a trend).
KIND_ATTACK_RE = guarded(
    r"\b(?:a|an|the)\s+(?:(?P<hedge>suspected)\s+)?(?:(?:deadly|daring|major|fresh|"
    r"fierce|massive|coordinated|pre-dawn|dawn)\s+)?(?P<np>militant|terrorist|insurgent|"
    r"rebel|Maoist|Naxal(?:ite)?)\s+(?:attack|ambush|assault|raid)\b", re.I)


# A group's men counted among an act's dead: "four Boko Haram fighters were killed", "two New
# People's Army (NPA) rebels were killed".
_ITS_MEN_KILLED = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:fighters|rebels|militants|guerrillas|"
                             r"insurgents|jihadists|cadres|members)\s+(?:were|was)\s+"
                             r"(?:also\s+)?(?:killed|shot\s+dead|slain)\b", re.I)


def group_of_its_dead(text: str, at: int,
                       actor_matches: Sequence[ActorMatch]) -> ActorMatch | None:
    """The one non-state group whose men the sentence of an unnamed doer told by a common
    word (at ``at``) counts among the dead before it, if any."""
    if _GENERIC_DOER_AT.match(text, at) is None:
        return None
    start = stop_before(text, at)  # (their sentence)
    groups = [m for m in actor_matches if start <= m.start < at and m.actor.kind == "non_state"
              and _ITS_MEN_KILLED.match(text, m.end)]
    return groups[0] if len({m.actor.name for m in groups}) == 1 else None


_GENERIC_DOER_AT = re.compile(r"(?:the\s+|(?:about|some|around|nearly)\s+[\w-]+\s+)?"
                              r"(?:[\w-]+\s+)?(?:jihadists|guerrillas|rebels|insurgents|"
                              r"militants|fighters)\b", re.I)
