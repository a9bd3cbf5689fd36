"""Actor milestones.  Reads the article text, its sentences, resolved dates, actor matches and
the incidents already extracted; writes :class:`Milestone` records: a dated turning point in
an actor's history ("ISIS marked its entry into Pakistan on August 8, 2016", "first appeared
in mid-2014", "was formed in 2007"), with evidence.

A clause gives a milestone when it holds a milestone cue (emergence, entry, "first time",
founding, a split or merger, a ban, a warning that it is "emerging as a threat"), a date and a
non-state actor named right next to the cue: the one just before it ("X was formed"), else,
for cues that allow it, the one just after ("Designated ... in 1997, X"; "the footprints of
X"; never "pledged allegiance to X").  The date is the one nearest the cue, with its
precision ("mid-2014" stays ``mid-year``).  ``what`` is the clause that states it (in a long
run-on clause, the stretch from actor to date).  Only the earliest milestone of each kind per
actor is kept: a later "emerging as a threat" restates the first warning.  When an incident of
the same day is claimed by or attributed to the actor, its place is added to ``what``.  Quoted
speech is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.fastre import guarded
from eventwatch.extract.segment import Sentence
from eventwatch.extract.temporal import DateMention
from eventwatch.models import DateValue, Evidence, Incident, Milestone

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorMatch

# (kind, cue).  Order matters only for ties: the first cue found in a sentence wins.
CUES: list[tuple[str, str]] = [
    ("entry", r"marked\s+its\s+(?:formal\s+)?entry|entry\s+into|made\s+(?:its\s+)?inroads|"
              r"announced\s+its\s+(?:arrival|presence)"),
    ("first", r"(?:for\s+the\s+)?first\s+time|first[\s-]ever|its\s+first"),
    ("emergence", r"footprints?\s+of|emerged|first\s+appeared|appeared|surfaced|made\s+its\s+"
                  r"(?:first\s+)?appearance"),
    ("threat", r"emerging\s+as\s+an?\s+(?:\w+\s+)?threat|an\s+emerging\s+threat"),
    ("founded", r"(?:was|were)\s+(?:founded|formed|established|created|set\s+up|launched)|"
                r"came\s+into\s+(?:being|existence)"),
    ("allegiance", r"pledged\s+(?:its\s+)?(?:allegiance|loyalty)"),
    ("split", r"broke\s+away|split\s+from|splintered"),
    ("merger", r"merged\s+(?:into|with)"),
    ("banned", r"(?:was|were|been)\s+(?:banned|proscribed|outlawed)|designated\s+(?:it\s+)?as\s+"
               r"a\s+(?:foreign\s+)?terrorist"),
]
_CUE_RE = [(kind, guarded(rf"\b(?:{pat})\b", re.I)) for kind, pat in CUES]
_CLAUSE_END = guarded(r",?\s+(?:when|which|while|whereas|after)\b|[;:]|\s+[–—]\s+")
_MAX_WHAT = 200
_NEAR = 40  # characters between the cue and its actor
# Cues whose actor may follow: "First time, X's presence", "the footprints of X",
# "Designated as a terrorist organisation in 1997, X".
_OTHER_SUBJECT = guarded(r"\b(?:but|he|she|they|we|I)\b")
_SUBJECT_AFTER = frozenset({"first", "emergence", "banned"})


def find_milestones(text: str, sentences: Sequence[Sentence], dates: Sequence[DateMention],
                    actor_matches: Sequence[ActorMatch],
                    incidents: Sequence[Incident]) -> list[Milestone]:
    """Milestones in date order (see the module docstring)."""
    best: dict[tuple[str, str], Milestone] = {}
    for sentence in sentences:
        if sentence.quoted:
            continue
        found = _milestone(text, sentence, dates, actor_matches, incidents)
        if found is None:
            continue
        key = (found.actor, found.kind)
        old = best.get(key)
        if old is None or _sort_key(found.date) < _sort_key(old.date):
            best[key] = found
    return sorted(best.values(), key=lambda m: _sort_key(m.date))


def _sort_key(date: DateValue) -> tuple[int, int, int]:
    # A mid-year or year-precise date sorts by its year's middle or start; unknown years last.
    month = date.month or (6 if date.precision == "mid-year" else 12 if date.precision == "late"
                           else 1)
    return (date.year if date.year is not None else 9999, month, date.day or 0)


def _milestone(text: str, sentence: Sentence, dates: Sequence[DateMention],
               actor_matches: Sequence[ActorMatch],
               incidents: Sequence[Incident]) -> Milestone | None:
    s, e = sentence.start, sentence.end
    if not any(s <= a.start < e and a.actor.kind == "non_state" for a in actor_matches) or \
            not any(s <= d.start < e and d.date.year is not None for d in dates):
        return None  # a milestone needs a group and a dated year in the sentence
    cue: tuple[str, re.Match[str]] | None = None
    for kind, pattern in _CUE_RE:
        m = pattern.search(text, s, e)
        if m and (cue is None or m.start() < cue[1].start()):
            cue = (kind, m)
    if cue is None:
        return None
    kind, m = cue
    if _in_quote(text, m.start()):
        return None
    clause_start, clause_end = _clause(text, sentence, m.start())
    # The actor and the date belong to the cue's own phrase ("X was formed in 2007",
    # "Designated ... in 1997, X"), not to anything else the sentence mentions.
    near = [a for a in actor_matches if clause_start <= a.start < clause_end
            and a.actor.kind == "non_state"
            and (0 <= m.start() - a.end <= _NEAR or 0 <= a.start - m.end() <= _NEAR)]
    own_dates = [d for d in dates if clause_start <= d.start < clause_end
                 and d.date.year is not None and abs(d.start - m.start()) <= 5 * _NEAR]
    if not own_dates or not near:
        return None
    before = [a for a in near if a.end <= m.start()]
    if not before and kind not in _SUBJECT_AFTER:
        return None  # "pledged allegiance to X", "merged with X": X is not the one that did it
    actor = before[-1] if before else near[0]
    if actor.end <= m.start() and _OTHER_SUBJECT.search(text, actor.end, m.start()):
        return None  # "X ... but he broke away": someone else did it
    date = min(own_dates, key=lambda d: abs(d.start - m.start()))
    if clause_end - clause_start > _MAX_WHAT:
        # A long run-on clause: keep the part that holds the actor, the cue and the date.
        clause_start = min(actor.start, m.start(), date.start)
        clause_end = max(actor.end, m.end(), date.end)
    what = " ".join(text[clause_start:clause_end].split())
    place = _incident_place(actor.actor.name, date.date, incidents)
    if place:
        what = f"{what} (attack in {place})"
    return Milestone(
        actor=actor.actor.name, date=date.date, what=what, kind=kind,
        evidence=[Evidence("milestone", clause_start, clause_end,
                           text[clause_start:clause_end]),
                  Evidence("actor", actor.start, actor.end, actor.text),
                  Evidence("date", date.start, date.end, date.text)],
        confidence=0.55 + 0.15 * (date.date.precision in ("day", "month")) + 0.1 * bool(before))


def _in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph (the sentence
    splitter may leave the opening mark on the sentence before)."""
    para = text.rfind("\n", 0, pos) + 1
    opened, closed = text.rfind("“", para, pos), text.rfind("”", para, pos)
    return opened > closed


def _clause(text: str, sentence: Sentence, cue: int) -> tuple[int, int]:
    """The clause around the cue: from the last clause break before it to the next after."""
    start = sentence.start
    for b in _CLAUSE_END.finditer(text, sentence.start, cue):
        start = b.end()
    after = _CLAUSE_END.search(text, cue, sentence.end)
    end = after.start() if after else sentence.end
    while end > start and text[end - 1] in " .,;":
        end -= 1
    while start < end and text[start] in " ,":
        start += 1
    return start, end


def _incident_place(actor: str, date: DateValue, incidents: Sequence[Incident]) -> str | None:
    """The place of an incident of the same day that ``actor`` claimed or was blamed for."""
    if date.precision != "day":
        return None
    for incident in incidents:
        if incident.date is None or incident.date.value != date.value:
            continue
        if any(p.actor == actor for p in incident.perpetrators) and incident.place.name:
            return incident.place.name
    return None
