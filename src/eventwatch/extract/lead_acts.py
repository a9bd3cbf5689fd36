"""Stage 7c: a lead's acts.  Reads the drafts :func:`eventwatch.extract.incidents.group`
made and the lead that opened the story; writes the lead's other acts as drafts of their own:
a while-clause in which the state acts at a place of its own, or the same doers arrest
elsewhere (:func:`while_state_act`, each coded from its clause), and the parts of a summary
lead the story does not describe (:func:`complete_from_lead`, coded from the lead).  Rules:
``docs/codebook.md``, What is an incident (stops 14, 32 and 35)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.extract.drafts import Draft
from eventwatch.extract.other_acts import place_line
from eventwatch.extract.retelling import harms
from eventwatch.extract.triggers import WHILE_STATE_ACT

if TYPE_CHECKING:
    from eventwatch.extract.incidents import SentenceInfo

WHILE_CLAUSE_RE = re.compile(r",\s*(?:while|whereas)\s", re.I)


def complete_from_lead(lead: SentenceInfo, drafts: list[Draft]) -> list[Draft]:
    """A lead summing up N separate incidents (or the victims of several places) of which
    fewer are described gets the rest coded from the lead alone; a while-clause victim of a
    places lead is a residual of its own; a part that tells two tolls of one measure across a
    while-clause is two parts ("In the first engagement in Mir Ali, four terrorists were
    killed, while two were killed in Tirah valley")."""
    described = [d for d in drafts if d.anchor.sentence.start > lead.sentence.start]
    if len(described) < lead.separate_count:
        drafts = [half for d in drafts for half in _while_parts(d, lead)]
        described = [d for d in drafts if d.anchor.sentence.start > lead.sentence.start]
    if len(described) >= lead.separate_count:
        return drafts
    residual = Draft(anchor=lead, members=[lead], from_lead=None)
    residuals = [residual]
    clause = WHILE_CLAUSE_RE.search(lead.sentence.text)
    if lead.separate_places and clause:
        # "three men shot dead from different parts of Karachi, while an MQM activist was
        # shot at and injured": the victim of the while-clause is an incident of their own
        cut = lead.sentence.start + clause.start()
        before = {f.measure for f in lead.figures if f.end <= cut}
        after = {f.measure for f in lead.figures if f.start >= cut}
        if before and after and not before & after:
            residual.figure_span = (lead.sentence.start, cut)
            residuals.append(Draft(anchor=lead, members=[lead], from_lead=None,
                                   figure_span=(cut, lead.sentence.end)))
    return [*residuals, *drafts] if described or not drafts else [*drafts, *residuals]


def _while_parts(draft: Draft, lead: SentenceInfo) -> list[Draft]:
    """``draft`` as two parts of the summary ``lead`` where its first sentence tells a toll of
    the same measure on each side of a while-clause, else as it is."""
    anchor = draft.anchor
    clause = WHILE_CLAUSE_RE.search(anchor.sentence.text)
    if draft.from_lead is not lead or draft.figure_span is not None or clause is None:
        return [draft]
    cut = anchor.sentence.start + clause.start()
    before = {f.measure for f in anchor.figures if f.end <= cut}
    if not harms(anchor.figures) or not before & {f.measure for f in anchor.figures
                                                  if f.start >= cut}:
        return [draft]
    return [Draft(anchor, draft.members, lead, (anchor.sentence.start, cut)),
            Draft(anchor, [anchor], lead, (cut, anchor.sentence.end))]


def while_state_act(drafts: list[Draft]) -> list[Draft]:
    """The story's first incident and, where its first sentence tells in a while-clause the
    state's act of another kind at a place of its own that no later incident tells ("...,
    while the CTD arrested two suspects in a separate raid in Gadap"), that act as an
    incident of its own, coded from its clause."""
    if not drafts or drafts[0].figure_span is not None or drafts[0].from_lead is not None:
        return drafts
    anchor = drafts[0].anchor
    clause = _WHILE_STATE_ACT.search(anchor.sentence.text)
    if clause is None:
        return drafts
    cut = anchor.sentence.start + clause.start()
    acts = anchor.acting_triggers
    before = {c for c, hits in acts.items() if any(h[0] < cut for h in hits)} - {"operation"}
    after = {c for c, hits in anchor.triggers.items()
             if any(h[0] >= cut for h in hits)} - {"operation"}
    place = clause.group("place")
    first = anchor.sentence.text[:clause.start()]
    named = re.compile(rf"\b{re.escape(place)}\b")
    if not before or not after - before or named.search(first) or not _PLACED.search(first) or \
            any(named.search(d.anchor.sentence.text) for d in drafts[1:]):
        return drafts  # one kind of act, or the story tells the second apart
    drafts[0].clause_end = cut
    second = Draft(anchor=anchor, members=[anchor], from_lead=anchor,
                   figure_span=(cut, anchor.sentence.end))
    return [drafts[0], second, *drafts[1:]]


_WHILE_STATE_ACT = re.compile(rf"{WHILE_STATE_ACT}(?P<place>[\w'’-]+)")


def while_act_told_apart(drafts: list[Draft]) -> list[Draft]:
    """The story's first incident keeps its first clause where its lead joins a second harm
    with "while" and a later part tells that act under its own place line: "A local Taliban
    police chief was killed in northeastern Takhar province, while three civilians were
    wounded by Pakistani shelling in eastern Kunar ... KUNAR — Three civilians ... were
    wounded when Pakistani forces fired mortar shells" (the wounded are the Kunar part's)."""
    if len(drafts) < 2 or drafts[0].figure_span is not None or drafts[0].clause_end is not None:
        return drafts
    anchor = drafts[0].anchor.sentence
    clause = _TWO_HARMS.search(anchor.text)
    if clause is None or anchor.index > 1:
        return drafts
    second = anchor.text[clause.start("second"):]
    for later in drafts[1:]:
        line = place_line(later.anchor.sentence.text)
        if line is not None and re.search(rf"\b{re.escape(line.title())}\b", second.title()):
            drafts[0].clause_end = anchor.start + clause.start("second")
            break
    return drafts


# A lead of two harms joined by "while" (:func:`while_act_told_apart`).
_TWO_HARMS = re.compile(r"\b(?:was|were)\s+(?:shot\s+dead|killed|wounded|injured)\b[^.;]{0,80}?"
                        r"(?P<second>,\s+while\s+(?:[\w-]+\s+){1,6}?(?:was|were)\s+(?:killed|"
                        r"wounded|injured)\s+(?:by|in)\b)", re.I)


# A place the first act is told at: "in the Port Qasim area", "in Dagestan's capital".
_PLACED = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?-i:[A-Z])")
