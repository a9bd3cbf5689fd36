"""Part of stage 9 (perpetrators) for security operations: an air or drone strike is a
state's unless a group of the incident flew the drones or claims the strike.  Reads the
incident's sentences and the actor base's matches in them; :func:`eventwatch.extract.
operations.is_state_operation` asks it before it reads a strike as the state's.  Rules:
``docs/codebook.md``, Security operations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract import perpetrators
from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import ATTACKER_NOUNS, MILITANT_NOUNS, NAME_SAID, names_state_body
from eventwatch.extract.triggers import second_act_at

if TYPE_CHECKING:
    from eventwatch.extract.drafts import Draft
    from eventwatch.resources.actors import ActorMatch

__all__ = ["MILITANTS_FLEW_RE", "claimed_by_group", "group_flew"]


def group_flew(text: str, draft: Draft, actor_matches: Sequence[ActorMatch]) -> bool:
    """A group tells its own drones' strike in the incident's sentences (see
    :data:`_OWN_DRONES_RE`): no state's, unless the name is a state's force or body."""
    for s in draft.sentences:
        for m in _OWN_DRONES_RE.finditer(text, s.start, s.end):
            if names_state_body(m.group("np")):
                continue
            if any(a.actor.kind == "state" and m.start("np") <= a.start < m.end("np")
                   for a in actor_matches):
                continue
            return True
    # (or a group's drone named by the group: "when a Houthi drone struck a government forces
    # position")
    return any(a.actor.kind == "non_state" and any(s.start <= a.start < s.end
                                                   for s in draft.sentences) and
               _GROUPS_DRONE.match(text, a.end) for a in actor_matches)


_GROUPS_DRONE = re.compile(r"(?:-launched)?\s+(?:(?:armed|attack|suicide|explosive-laden)\s+)?"
                           r"(?:drones?|quadcopters?|UAVs?)\b")


def claimed_by_group(text: str, draft: Draft, actor_matches: Sequence[ActorMatch]) -> bool:
    """A group of the incident's own sentences claims the strike or fired it (another
    incident's doers do not: "A drone strike blamed on the paramilitary Rapid Support Forces
    hit a crowded market ... Separately, ... Sudanese army aircraft bombed")."""
    # (nor the doers of a second act a while-clause tells: "... when a Sudanese army warplane
    # bombed a crowded livestock market ..., while drones launched by the Rapid Support Forces
    # (RSF) struck the main power station in Dongola")
    seconds = [(s.start, mark, s.end) for s in draft.sentences
               if (mark := second_act_at(s)) is not None]
    return any(m.actor.kind == "non_state" and _claims(text, m) and
               any(s.start <= m.start < s.end for s in draft.sentences) and
               not any(mark <= m.start < end for _, mark, end in seconds)
               for m in actor_matches)


def _claims(text: str, match: ActorMatch) -> bool:
    """Whether the group claims the act right after its name, or fired it: "A missile fired
    by Houthi rebels hit a camp" is no state's strike."""
    return bool(perpetrators.CLAIM_RE.search(text, match.end, match.end + 80) or
                _FIRED_BY.search(text, max(0, match.start - 60), match.start) or
                _STRUCK_WITH_DRONES.match(text, match.end))


# (or struck with them itself: "The Rapid Support Forces (RSF) struck the White Nile state town
# of Ed Dueim with drones on Saturday")
_STRUCK_WITH_DRONES = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:struck|attacked|hit|targeted|bombed|"
                                 r"shelled)\s+[^.;]{0,100}?\bwith\s+(?:[\w-]+\s+)?"
                                 r"(?:drones?|quadcopters?)\b", re.I)


# (or blamed on it: "A drone strike blamed on the paramilitary Rapid Support Forces")
# (or accused of it: "Sudan's army accused the RSF of carrying out the attack")
# (or blamed: "wounding seven soldiers, the army said, blaming the National Liberation Army
# (ELN)", "The army blamed the RSF")
# (the acronym after the name: "blaming the National Liberation Army (ELN)")
# (or suspected: "Prosecutors said they believed the attack was carried out by the Jalisco New
# Generation Cartel", "They suspected the Jalisco New Generation Cartel")
_FIRED_BY = re.compile(r"\b(?:(?:fired|launched|carried\s+out)\s+by|blamed\s+on|blam(?:ed|es|ing)|"
                       r"attributed\s+to|accused|(?:they|officials|police|prosecutors|"
                       r"investigators|authorities)\s+suspected)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
                       r"(?:(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?:\(|"
                       # (or a unit of the group: "It blamed the Dagoberto Ramos front of the
                       # Estado Mayor Central (EMC)")
                       r"(?:front|cell|faction|unit|wing|division|brigade|battalion)\s+of\s+"
                       r"(?:the\s+)?))?$", re.I)


# Militants who flew the drone themselves: "terrorists dropped explosives from a quadcopter
# on the Tajazai police post".
MILITANTS_FLEW_RE = guarded(
    rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\s+(?:\w+\s+)?(?:dropped|launched|flew|used|"
    # (also after their other means: "Houthi fighters fired mortar shells and dropped explosives
    # from drones")
    r"fired)\s+(?:[\w-]+\s+){0,6}?(?:from\s+(?:an?\s+|the\s+)?)?(?:[\w-]+\s+)?"
    r"(?:drones?|quadcopters?)\b|"
    # ... or attacked with it: "fighters of a local People's Defense Force unit attacked an
    # army outpost near Shwebo town with drones"
    # (or tried to: "khwarij ... attempted to target a security forces' post in the Tiarza area
    # of South Waziristan district with an explosive-laden quadcopter")
    rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\b[^.;]{{0,60}}?\b(?:attacked|struck|targeted|"
    r"hit|bombed|(?:attempted|tried)\s+to\s+(?:target|attack|hit|strike))\s+[^.;]{0,100}?"
    r"\bwith\s+(?:[\w-]+\s+){0,2}?(?:drones?|quadcopters?)\b|"
    # ... or dropping its bombs from them as it attacked: "Fighters of the Islamic State West
    # Africa Province (ISWAP) attacked a military post ..., first dropping explosives from
    # drones on the soldiers' positions"
    rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\b[^.;]{{0,160}}?\b(?:attacked|stormed|struck|"
    r"raided)\b[^.;]{0,120}?\b(?:dropping|launching|flying|using)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:from\s+)?(?:drones?|quadcopters?)\b", re.I)
# ... or a group's own word of its drones: "the KNDF said its drone unit had dropped bombs on
# the police station" (not a force's: "the army said its drones had struck", "Ukraine's General
# Staff said its drones struck"; the caller asks the actor base of a name it knows)
_OWN_DRONES_RE = guarded(
    rf"{NAME_SAID}its\s+(?:[\w-]+\s+)?(?:drones?|quadcopters?)(?:\s+(?:unit|squad|team|wing))?\s+"
    r"(?:had\s+)?(?:dropped|struck|hit|attacked|bombed|targeted)\b", re.I)
