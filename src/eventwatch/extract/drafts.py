"""Stage 7b: drafts.  An incident's draft: the sentences that tell it (its anchor, the one
that opened it, first), the summary lead it is a part of, and the part of a lead's sentence
that is its own; and the day it happened, read from its sentences' days
(:attr:`Draft.date`).  :mod:`eventwatch.extract.incidents` groups sentences into drafts and
:mod:`eventwatch.extract.lead_acts` codes a lead's other acts as drafts of their own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwatch.extract.retelling import (
    EVENT_TOLD_AGAIN_RE,
    abduction_of_the_killed,
    killing_of_the_found,
    reported_act,
    same_act,
)
from eventwatch.extract.scope import THAT_AFTER
from eventwatch.extract.temporal import days_before, within_span

if TYPE_CHECKING:
    from eventwatch.extract.incidents import SentenceInfo
    from eventwatch.extract.segment import Sentence
    from eventwatch.extract.temporal import DateMention
    from eventwatch.extract.tolls import Figure


@dataclass(slots=True)
class Draft:
    """The sentences of one incident; ``anchor`` is the one that opened it."""

    anchor: SentenceInfo
    members: list[SentenceInfo] = field(default_factory=list)
    from_lead: SentenceInfo | None = None
    # a residual of a summary lead that stands for part of the lead only: its figures from
    # ``figure_span`` (start, end) of the lead
    figure_span: tuple[int, int] | None = None
    # where the act of the anchor sentence ends, the rest of it another incident's clause
    clause_end: int | None = None
    # a clause of the anchor whose verb is the clause's before it ("arrested four ... in Renala
    # Khurd on Friday and three more in a separate raid in Depalpur"): its triggers too
    verb_before: bool = False
    # counts a clause of the lead gives this incident, before its members' own ("three more";
    # a lead's second act's toll): kept here, so that the grouping, which may run twice, never
    # adds them to the sentences themselves
    figures: list[Figure] = field(default_factory=list)
    # the incident this one follows up (the forces' operation after it, opened by
    # ``other_acts.follow_up``), which a later paragraph may go back to
    follows: Draft | None = None

    @property
    def sentences(self) -> list[Sentence]:
        return [m.sentence for m in self.members]

    def _dated(self) -> list[tuple[SentenceInfo, DateMention]]:
        """Each member that gives a day, with its first day not a statement's or the report's
        where it gives one ("The News ... reported on July 21 that 28 ... militants were
        killed in air strikes ... on July 20"), else its first day."""
        return [(m, next((d for d in m.day_dates if not m.told_on(d)), m.day_dates[0])
                 if THAT_AFTER.match(m.sentence.text, m.day_dates[0].end - m.sentence.start)
                 else m.day_dates[0]) for m in self.members if m.day_dates]

    @property
    def stated_day(self) -> bool:
        """Whether the first day the incident's sentences give is a statement's."""
        dated = self._dated()
        return bool(dated) and dated[0][0].told_on(dated[0][1])

    @property
    def date(self) -> DateMention | None:
        dated = self._dated()
        if not dated:
            return None
        first, day = dated[0]
        act = next((d for m, d in dated[1:] if killing_of_the_found(m, first, d, day) or
                    abduction_of_the_killed(m, first, d, day)), None)
        if act is not None:
            return act  # the day the people whose bodies were found were killed (or taken)
        inside = next((d for m, d in dated[1:] if within_span(d.date, day.date) and
                       not m.told_on(d) and not m.claim_only), None)
        if inside is not None:
            return inside  # the week's act told by its day ("last week ... on Sunday night")
        took_place = next((d for m, d in dated[1:] if EVENT_TOLD_AGAIN_RE.match(m.sentence.text)
                           and days_before(d.date, day.date) in (2, 3)), None)
        if took_place is not None:
            return took_place  # "... on July 5 ... The incident took place near Kasaram
            # village on the afternoon of July 3": the day it says the act took place
        if first.told_on(day):
            # "A bomb was detonated ..., officials said on October 3. Official sources said
            # the blast took place ... on October 2": the day the event is told again with
            # (or its act: "... arrested one arms smuggler, reports E Pao on March 29. ...
            # the troops launched an operation on March 26 and arrested one arms smuggler")
            return next((d for m, d in dated[1:]
                         if EVENT_TOLD_AGAIN_RE.match(m.sentence.text) or
                         same_act(m, self.anchor) or
                         reported_act(m, d, self.anchor, day)),
                        day)
        return day

    @property
    def families(self) -> set[str]:
        out: set[str] = set()
        for m in self.members:
            out |= m.families
        return out
