"""Stage 7c: a lead's acts.  Reads the drafts :func:`eventwatch.extract.incidents.group`
made and the lead that opened the story; writes the lead's other acts as drafts of their own:
a while-clause in which the state acts at a place of its own, or the same doers arrest
elsewhere (:func:`while_state_act`, each coded from its clause), "N more" of the same act at
another place (:func:`more_elsewhere`), and the parts of a summary
lead the story does not describe (:func:`complete_from_lead`, coded from the lead).  Rules:
``docs/codebook.md``, What is an incident (stops 14, 32 and 35)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.extract.drafts import Draft
from eventwatch.extract.numbers import NUMBER_RE, parse_number
from eventwatch.extract.other_acts import PLACE_NAMED, place_line
from eventwatch.extract.retelling import harms
from eventwatch.extract.tolls import Figure
from eventwatch.extract.triggers import WHILE_STATE_ACT
from eventwatch.models import Count

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
    # (with the later sentences that name its place, and the rest of their paragraph: "A CTD
    # spokesman said a team raided a house in Tramri ... He said the suspects had been
    # planning to target a police training facility")
    first_place = re.compile(rf"\b{re.escape(_first_place(first))}\b")
    told = next((i for i, m in enumerate(drafts[0].members) if m is not anchor and
                 named.search(m.sentence.text) and not first_place.search(m.sentence.text)),
                None)
    moved = [] if told is None else [
        m for m in drafts[0].members[told:]
        if m.paragraph == drafts[0].members[told].paragraph]
    drafts[0].members = [m for m in drafts[0].members if m not in moved]
    second = Draft(anchor=anchor, members=[anchor, *moved], from_lead=anchor,
                   figure_span=(cut, anchor.sentence.end))
    return [drafts[0], second, *drafts[1:]]


def _first_place(first: str) -> str:
    """The first clause's place word (after "in", "at" or "near"), or a word no text holds."""
    m = PLACE_NAMED.search(first)
    return m.group(1) if m else "\x00"


_WHILE_STATE_ACT = re.compile(rf"{WHILE_STATE_ACT}(?P<place>[\w'’-]+)")


def while_act_told_apart(drafts: list[Draft]) -> list[Draft]:
    """The story's first incident keeps its first clause where its lead joins a second harm
    ("while", or "and" and a means or people harmed) and a later part tells that act under its
    own place line, at the place the clause names, or by a means only the clause tells: "A
    local Taliban police chief was killed in northeastern Takhar province, while three
    civilians were wounded by Pakistani shelling in eastern Kunar ... KUNAR — Three civilians
    ... were wounded when Pakistani forces fired mortar shells" (the wounded are the Kunar
    part's). The later part takes the clause's toll where the clause tells one act and the
    part counts no one of that measure."""
    if len(drafts) < 2 or drafts[0].figure_span is not None or drafts[0].clause_end is not None:
        return drafts
    anchor = drafts[0].anchor.sentence
    clause = _TWO_HARMS.search(anchor.text)
    if clause is None or anchor.index > 3 or _ACT_LISTED_BEFORE.search(anchor.text, 0,
                                                                       clause.start()):
        # (the lead, after a headline and a byline; not a summary of three acts: "Militants
        # targeted a police post with a quadcopter in Tank, a local leader ... was shot dead
        # in Dera Ismail Khan and three policemen were injured ... in Bannu")
        return drafts
    second = anchor.text[clause.start("second"):]
    first = anchor.text[:clause.start("second")]
    # (or the place the second clause names, where a later incident's sentence names it: "A
    # soldier was shot dead at an army checkpoint near Kubaisa and a roadside bomb wounded two
    # shepherds in the Baghdadi area ... Earlier on Sunday, a bomb ... exploded ... near Baghdadi")
    named = [p for p in PLACE_NAMED.findall(second)
             if not re.search(rf"\b{re.escape(p)}\b", first)]
    # (or a means only the second clause tells, the later incident's own: "A section of the
    # Cano Limon-Covenas oil pipeline was blown up ... and a soldier was killed by explosives
    # dropped from a drone ... On Monday afternoon, a drone loaded with explosives struck")
    cut = anchor.start + clause.start("second")
    hits = drafts[0].anchor.acting_triggers
    means = {c for c, h in hits.items() if any(s >= cut for s, _, _ in h)} - \
        {c for c, h in hits.items() if any(s < cut for s, _, _ in h)} - {"armed", "clash"}
    for later in drafts[1:]:
        line = place_line(later.anchor.sentence.text)
        if (line is not None and re.search(rf"\b{re.escape(line.title())}\b", second.title())) \
                or any(re.search(rf"\b(?:in|near|at)\s+(?:the\s+)?{re.escape(p)}\b",
                                 later.anchor.sentence.text) for p in named) or \
                means & set(later.anchor.acting_triggers):
            drafts[0].clause_end = cut
            # (with the clause's toll, which the later part may break down only: "four people,
            # including two policemen, were killed ... Among the dead were a fruit vendor")
            # (one act's, which the later part counts no one of: not a clause of two acts,
            # "while two policemen were injured ... and a tribal elder was killed")
            moved = [f for f in drafts[0].anchor.figures if f.start >= cut]
            measures = {f.measure for m in later.members for f in m.figures if not f.breakdown}
            if len(_HARM_VERB.findall(second)) == 1 and not measures & {f.measure for f in moved}:
                later.figures = moved
            break
    return drafts


_HARM_VERB = re.compile(r"\b(?:killed|injured|wounded|abducted|kidnapped|martyred|shot)\b", re.I)
_ACT_LISTED_BEFORE = re.compile(r"\b(?:targeted|attacked|killed|injured|wounded|shot|blew|"
                                r"exploded|abducted|torched|stormed)\b[^.;]*,\s", re.I)


# A lead of two harms joined by "while" or "and" (:func:`while_act_told_apart`).
_TWO_HARMS = re.compile(r"\b(?:(?:was|were)\s+(?:shot\s+dead|killed|wounded|injured|blown\s+up|"
                        r"damaged|destroyed|torched|set\s+on\s+fire|set\s+ablaze)|"
                        # (or told in the active: "Suspected Maoists abducted and killed a
                        # villager ..., while two DRG personnel were injured in an IED blast")
                        r"killed|shot\s+dead|abducted)\b[^.;]{0,120}?"
                        r"(?P<second>,\s+while\s+(?:[\w()-]+\s+){1,7}?(?:was|were)\s+(?:killed|"
                        r"wounded|injured)\s+(?:by|in)\b|"
                        # (or a means that harmed others: "and a roadside bomb wounded two
                        # shepherds in the Baghdadi area")
                        r"\s+and\s+an?\s+(?:[\w-]+\s+){0,3}?(?:bomb|blast|explosion|IED|mine|"
                        r"grenade|drone|strike|device)\s+(?:killed|wounded|injured|hit|struck|"
                        r"damaged|destroyed)\b|"
                        # (or people harmed by a means: "and a soldier was killed by explosives
                        # dropped from a drone in Norte de Santander", "and four people, including
                        # two policemen, were killed in a roadside bombing in Ramak")
                        r"\s+and\s+(?:an?|\w+)\s+[^.;]{0,60}?(?:was|were)\s+(?:killed|wounded|"
                        r"injured)\s+(?:by|in)\b)", re.I)


# A place the first act is told at: "in the Port Qasim area", "in Dagestan's capital".
_PLACED = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?-i:[A-Z])")


def more_elsewhere(drafts: list[Draft]) -> list[Draft]:
    """Each incident whose first sentence adds "N more" of its act at another place (not told
    on the same day, unless a separate raid), with the second act as an incident of its own
    coded from its clause: "arrested four suspected terrorists in Renala Khurd on Friday and
    three more in a separate raid in Depalpur on Saturday" is four arrested in Renala Khurd
    and three in Depalpur (the verb elided, the second count is of the first's measure and
    side)."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        anchor = draft.anchor
        if draft.figure_span is not None or draft.clause_end is not None or \
                draft.from_lead is not None:
            continue
        sentence = anchor.sentence
        more = _MORE_ELSEWHERE.search(sentence.text)
        if more is None:
            continue
        cut = sentence.start + more.start()
        first = sentence.text[:more.start()]
        told = [f for f in anchor.figures if f.end <= cut]
        number = NUMBER_RE.match(more.group("n"))
        quantity = parse_number(number) if number is not None else None
        days = {d.date.value for d in anchor.day_dates if d.start < cut}
        later_days = {d.date.value for d in anchor.day_dates if d.start >= cut}
        if not told or quantity is None or any(f.start >= cut for f in anchor.figures) or \
                re.search(rf"\b{re.escape(more.group('place'))}\b", first) or \
                not _PLACED_OR_FROM.search(first) or (later_days and later_days <= days
                                                      and not more.group("separate")) or \
                _WIDER_AREA.match(sentence.text, more.end("place")):
            continue  # the same act's people, or no place of its own
        side = told[-1].count.by_category
        n = quantity.value
        count = Count(low=n, high=n, best=n, qualifier="exact",
                      by_category={next(iter(side)): n} if len(side) == 1 else {})
        draft.clause_end = cut
        out.append(Draft(anchor=anchor, members=[anchor], from_lead=anchor,
                         figure_span=(cut, sentence.end), verb_before=True,
                         figures=[Figure(told[-1].measure, count,
                                         sentence.start + more.start("n"),
                                         sentence.start + more.end("more"))]))
    return out


# (or the place the first people were taken from: "arrested two suspects from Kot Addu")
_PLACED_OR_FROM = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
# (not the area the first place is in: "and three more in Punjab province")
_WIDER_AREA = re.compile(r"\s+(?:province|state|region|division|governorate|country)\b", re.I)
# "and three more in a separate raid in Depalpur", "and two others from Layyah on Saturday"
_MORE_ELSEWHERE = re.compile(
    r",?\s+and\s+(?:another\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?P<more>more|others|"
    # (or counted by their own noun and group: "and three cadres of the People's Revolutionary
    # Party of Kangleipak (PREPAK) from Thanga in Bishnupur district")
    r"(?:[\w-]+\s+){0,2}?(?:cadres|militants|suspects|members|terrorists|insurgents|rebels)"
    r"(?:\s+of\s+(?:the\s+)?[^,.;]{1,90}?)?)\s+"
    r"(?:(?P<separate>in\s+(?:a\s+|another\s+)?separate\s+(?:raid|operation|action)s?\s+)|"
    r"(?:suspects\s+|militants\s+|terrorists\s+)?)"
    r"(?:in|from|at|near)\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)", re.I)
