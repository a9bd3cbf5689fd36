"""Part of stage 9 (perpetrators): the groups a summary lead names for its parts.  Reads one
part's perpetrators (each found by :func:`eventwatch.extract.perpetrators.find_perpetrators`,
all unnamed), the lead's sentence and the actor matches; writes the part's perpetrators with
the lead's named groups.  Rules: ``docs/codebook.md``, Perpetrators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.perpetrators import PerpetratorFinding, find_perpetrators
from eventwatch.extract.segment import Sentence
from eventwatch.resources.actors import ActorBase, ActorMatch

__all__ = ["with_lead_groups"]

_AND = re.compile(r"\band\b")


def with_lead_groups(text: str, perps: list[PerpetratorFinding], lead: Sentence,
                     actors: ActorBase, actor_matches: Sequence[ActorMatch],
                     ) -> list[PerpetratorFinding]:
    """A part that names its doers only by a word takes the groups its summary lead names:
    "Suspected members of the Clan del Golfo ... killed three police officers in separate
    attacks ... In Caucasia, gunmen on a motorcycle shot dead two officers".  A hedged group
    keeps the part's own doers beside it (codebook: a hedged name keeps the words' doers); a
    group the lead blames replaces them.  A lead that names other doers too tells each of
    its parts' doers apart ("Bandits and suspected Lakurawa militants killed at least 17
    people ... in separate attacks"), and gives none."""
    lead_doers = find_perpetrators(text, [lead], actors, actor_matches, state_operation=False)
    groups = [p for p in lead_doers
              if p.perpetrator.actor is not None and p.perpetrator.kind == "non_state"]
    if not groups or len(groups) != len(lead_doers) or any(
            _AND.search(text, lead.start, p.evidence.start) for p in groups):
        return perps
    if all(p.perpetrator.status != "suspected" for p in groups):
        return groups
    return [*perps, *groups]
