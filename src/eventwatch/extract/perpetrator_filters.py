"""Part of stage 9 (perpetrators): the named doers that are no doers apart.  Reads the named
perpetrators :func:`eventwatch.extract.perpetrators.find_perpetrators` found in one incident
(by actor name, changed in place) and the actor base; drops a force named as the owner of a
unit that acted (:func:`drop_owners`), a branch's parent or the group a splinter claimed an
act in (:func:`drop_ancestors`), and a group named in a faction's long name
(:func:`drop_faction_names`).  Rules: ``docs/codebook.md``, Perpetrators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.segment import Sentence

if TYPE_CHECKING:  # (perpetrators imports this module)
    from eventwatch.extract.perpetrators import PerpetratorFinding
    from eventwatch.resources.actors import ActorBase, ActorMatch

__all__ = ["BRACKET_GAP", "drop_ancestors", "drop_faction_names", "drop_owners"]

# The bracket between a name and its acronym: "United Liberation Front of Asom (ULFA)".
BRACKET_GAP = re.compile(r"\s*\(\s*")

_UNIT_OF = re.compile(r"\s*(?:\([^)]*\)\s*)?of\s+(?:the\s+)?")


def drop_owners(text: str, sentences: Sequence[Sentence], actor_matches: Sequence[ActorMatch],
                named: dict[str, PerpetratorFinding]) -> None:
    """A force named as the owner of a unit that acted, after it, is no doer apart: "the
    Special Operations Group (SOG) of J&K Police" is the SOG's act (the possessive before it,
    "the Jammu and Kashmir Police's Special Operations Group", is left as written: coders
    name either)."""
    for sentence in sentences:
        for unit in actor_matches:
            if unit.actor.kind != "state" or unit.actor.name not in named or \
                    not sentence.start <= unit.start < sentence.end:
                continue
            for owner in actor_matches:
                if owner.actor.kind == "state" and owner.start >= unit.end and \
                        owner.actor.name != unit.actor.name and \
                        _UNIT_OF.fullmatch(text, unit.end, owner.start):
                    named.pop(owner.actor.name, None)


def drop_ancestors(named: dict[str, PerpetratorFinding], actors: ActorBase) -> None:
    """ "the Islamic State's Khorasan branch (ISKP) claimed": the branch, not also its parent;
    nor the group a splinter claimed an act in, named beside it ("Jama at ul Ahrar (JuA), a
    breakaway faction of the Tehreek e Taliban Pakistan (TTP), claimed responsibility",
    "TTP splinter group Ahrar ul Hind (AH) claimed")."""
    for name in list(named):
        if name not in named:
            continue  # (dropped as the whole a splinter named beside it claimed in)
        actor = actors.get(name)
        whole_name = actor.splinter_of if actor is not None else None
        whole = named.get(whole_name) if whole_name else None
        if whole_name and whole is not None and named[name].perpetrator.status == "claimed" and \
                whole.perpetrator.status == "claimed" and \
                abs(whole.evidence.start - named[name].evidence.start) < 80:
            del named[whole_name]
        seen: set[str] = set()
        while actor is not None and actor.parent and actor.parent not in seen:
            seen.add(actor.parent)
            parent = named.get(actor.parent)
            if parent is not None and parent.perpetrator.status == named[name].perpetrator.status:
                del named[actor.parent]
            actor = actors.get(actor.parent)


def drop_faction_names(text: str, named: dict[str, PerpetratorFinding],
                       actors: ActorBase) -> None:
    """ "IK Songbijit faction National Democratic Front of Bodoland (NDFB IKS)": the group
    named in a faction's long name, right before the faction's acronym (or in brackets right
    after the faction's name), is the faction's name, not a second doer."""
    for name in list(named):
        actor = actors.get(name)
        whole_name = actor.splinter_of if actor is not None else None
        whole = named.get(whole_name) if whole_name else None
        if whole_name and whole is not None and ((
                whole.evidence.end <= named[name].evidence.start and
                BRACKET_GAP.fullmatch(text, whole.evidence.end, named[name].evidence.start)) or (
                # or the whole's name in brackets after the faction's: "Netra Bikram Chand led
                # Communist Party of Nepal Maoist (CPN Maoist)"
                named[name].evidence.end <= whole.evidence.start and
                BRACKET_GAP.fullmatch(text, named[name].evidence.end, whole.evidence.start))):
            del named[whole_name]
