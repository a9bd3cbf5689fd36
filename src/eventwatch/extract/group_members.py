"""Part of stage 8 (casualties): the members a figure counts by their armed group's name.
Reads the figures of every sentence and the actor base's matches; writes the militants'
side on a figure that counted "three IS members" or "two TTP cadres" with no side of its own
(the figure's nouns do not know the groups: "members" alone may be a family's or a party's).
Rules: ``docs/codebook.md``, Counting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.numbers import words_to_int

if TYPE_CHECKING:
    from eventwatch.extract.incidents import SentenceInfo
    from eventwatch.resources.actors import ActorMatch

__all__ = ["armed_groups_members"]

# The noun right after the group's name: "IS members", "TTP cadres".
_MEMBERS_AFTER = re.compile(r"\s+(?:members?|cadres?|men|operatives?|commanders?)\b", re.I)
# ... or the noun before it: "three suspected members of the Clan del Golfo" (the group's
# name ends the words; a family or a party is no armed group of the base)
# (the figure's span may open with its verb: "killed three suspected members of the")
_MEMBERS_OF_BEFORE = re.compile(
    r"(?:(?:killed|killing|arrested|arresting|detained|captured|shot\s+dead)\s+)?"
    r"(?:(?:at\s+least|about|some|over|more\s+than)\s+)?[\w-]+\s+"
    # (or its supporters: "killed two supporters of the Islamic State who resisted arrest")
    r"(?:(?:suspected|alleged|wanted)\s+)?(?:members|cadres|operatives|commanders|supporters|"
    r"followers)\s+of\s+(?:the\s+)?", re.I)


def armed_groups_members(text: str, infos: Sequence[SentenceInfo],
                         actor_matches: Sequence[ActorMatch]) -> None:
    """Give the militants' side to figures that count an armed group's members by the
    group's name and tell no side of their own ("killing three IS members believed to have
    helped plan the attack", "killed three suspected members of the Clan del Golfo")."""
    groups = [m for m in actor_matches if m.actor.kind == "non_state"]
    if not groups:
        return
    for info in infos:
        for fig in info.figures:
            count = fig.count
            unknown = count.by_category.get("unknown", 0)
            if unknown and any(fig.start < m.start < fig.end and
                               _members_counted(text, fig.start, m.start) == unknown
                               for m in groups):
                # (the unsided part of a list: "One soldier and three members of the
                # Bangsamoro Islamic Freedom Fighters (BIFF) were killed")
                del count.by_category["unknown"]
                count.by_category["militants"] = count.by_category.get("militants", 0) + unknown
                continue
            if count.by_category or not count.low:
                continue
            if any(_names_them(text, fig.start, fig.end, m.start, m.end) for m in groups):
                count.by_category = {"militants": count.low}


def _names_them(text: str, fig_start: int, fig_end: int, start: int, end: int) -> bool:
    """The group's name at ``[start, end)`` names the people the figure counts: inside its
    words or right after its number where the words stop before the name ("killing three"
    + "IS members"), with their noun after it."""
    inside = fig_start <= start and end < fig_end
    right_after = fig_end <= start and not text[fig_end:start].strip()
    if (inside or right_after) and _MEMBERS_AFTER.match(text, end) is not None:
        return True
    # (the figure's number and noun up to the name: "three suspected members of the"; not a
    # party's "two senior members of ASWJ", nor a family's "four persons of a family were
    # killed by the cadres of the PLFI")
    return fig_start < start <= fig_start + 60 and \
        _MEMBERS_OF_BEFORE.fullmatch(text, fig_start, start) is not None


_MEMBERS_OF_END = re.compile(
    r"\b(?P<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?:suspected|alleged)\s+)?(?:members|cadres|operatives|commanders)\s+of\s+(?:the\s+)?$",
    re.I)


def _members_counted(text: str, fig_start: int, name_start: int) -> int | None:
    """The number of the group's members the words right before its name count inside a
    figure ("... and three members of the" + name), if they do."""
    m = _MEMBERS_OF_END.search(text, max(fig_start, name_start - 40), name_start)
    if m is None:
        return None
    num = m.group("num")
    return int(num) if num.isdigit() else words_to_int(num)
