"""Stage 11a: the incident's date.  Reads a draft incident and the article's dates; writes
the incident's date, with its evidence.  Rules: ``docs/codebook.md``, Dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.drafts import Draft
from eventwatch.extract.other_acts import SAME_DAY_OPENER
from eventwatch.extract.temporal import DAYS_BEFORE_RE, DateMention, day_told_back, narrow
from eventwatch.models import DateValue, Evidence, Incident

__all__ = ["incident_date"]

# "On that day," "That night,": the day the sentence before told
_THAT_DAY = re.compile(r"\W*(?:on\s+)?that\s+(?:day|night|morning|evening|afternoon)\b", re.I)
_EARLIER = re.compile(r"earlier\s+this\s+month\b", re.I)

_UNTIL_BEFORE = re.compile(r"\b(?:till|until|before|by|deadline|or\s+on)\s+$", re.I)
_TO_COME_BEFORE = re.compile(r"\b(?:will|shall|scheduled|slated)\b[^.;]{0,50}$", re.I)
_HOURS_LATER = re.compile(r"\W*(?:a\s+few\s+|several\s+)?hours\s+later\b", re.I)
_BARE_HOURS = re.compile(r"\W*(?:a\s+few\s+|several\s+)?hours\s+(?:later|earlier)\b", re.I)
# (a statement's day is no act's: "killing eight officers, authorities said Friday")
_SAID_ON = re.compile(r"\b(?:said|says|told|reported|announced|added|stated)\s+(?:on\s+)?$",
                      re.I)
_RANGE_GAP = re.compile(r"\s*(?:to|till|until|through|and|-|–)\s*", re.I)


def _day_of(incident: Incident) -> tuple[DateValue, Evidence | None] | None:
    """An incident built before, as the day of an act told from it: its date, where it names a
    day, with the date's evidence."""
    if incident.date is None or incident.date.precision != "day":
        return None
    return incident.date, next((e for e in incident.evidence if e.field == "date"), None)


def incident_date(text: str, draft: Draft, dates: Sequence[DateMention],
                  built: Sequence[Incident] = ()) -> tuple[DateValue | None, Evidence | None]:
    """The incident's date and its evidence: the draft's own day, else the lead's (a part
    of a summary lead), else one told back from the story's ("A day earlier"), else the
    story's first day-precise date before the incident; a date without its year takes the
    nearest full date's (not a day still to come: "remand till December 21, 2013").  An act
    told "Hours before the attack," with no day of its own takes the day of the first of the
    incidents ``built`` so far, one told "On the same night," the last one's."""
    mention = draft.date
    if draft.figure_span is not None and draft.from_lead is draft.anchor:
        # a lead's clause coded as an incident of its own: the day in that clause, if any
        lo, hi = draft.figure_span
        mention = next((d for d in draft.anchor.day_dates if lo <= d.start < hi), mention)
    if draft.anchor.hours_from_act and not draft.anchor.day_dates:
        # an act told hours from the one before it is of that act's day, not of a later
        # sentence's ("Hours before the market attack, suspected Boko Haram fighters abducted
        # seven women ... Two of the women escaped and returned home on Tuesday")
        mention = None
        if built and (day := _day_of(built[0])) is not None and \
                not _BARE_HOURS.match(draft.anchor.sentence.text):
            # (the day of the act it names, the story's first: "Hours before the attack,
            # unidentified men blew up a mobile phone tower" is the attack's Tuesday, not the
            # Wednesday of the lead's funeral)
            return day
    same_day = SAME_DAY_OPENER.match(draft.anchor.sentence.text) and not draft.anchor.day_dates
    if same_day:
        # the day of the act told before it: "On the same night, militants dropped explosives
        # from a quadcopter" (not a later sentence's Wednesday, nor a death's day told between)
        mention = None
        if built and (day := _day_of(built[-1])) is not None:
            return day
    elif _THAT_DAY.match(draft.anchor.sentence.text) and not draft.anchor.day_dates:
        # the day the sentence before told: "... condemns the killing of two aid workers in
        # Borno State on 5 September 2026. On that day, armed men ... shot dead the driver"
        told = [d for d in dates if d.date.names_days and d.end <= draft.anchor.sentence.start]
        mention = told[-1] if told else mention
    if mention is None and draft.from_lead is not None and draft.from_lead.day_dates:
        mention = draft.from_lead.day_dates[0]
    told_back = DAYS_BEFORE_RE.match(draft.anchor.sentence.text) if mention is None else None
    if mention is None and told_back is None:
        # a recent act told by its month alone: "Earlier this month, armed men torched two
        # passenger buses" (September, not the lead's day)
        mention = next((d for d in draft.anchor.dates if not d.date.names_days and
                        d.date.month is not None and _EARLIER.match(d.text)), None)
    if mention is None:
        # The story's first day-precise date before the incident: the lead's date.
        before = [d for d in dates if d.date.names_days
                  and d.start < draft.anchor.sentence.end]
        # (an act told hours after the one before it: that act's day, the last told before
        # it: "On Monday, Mexican soldiers killed six gunmen ... Hours later, gunmen hijacked
        # and set fire to at least eight vehicles" is Monday, not the lead's Sunday)
        if before and (same_day or (draft.anchor.hours_from_act and _HOURS_LATER.match(
                draft.anchor.sentence.text))):
            before = [d for d in before if d.date.precision == "day" and
                      d.text.lower() not in ("overnight", "tonight") and
                      not _SAID_ON.search(text, max(0, d.start - 20), d.start)][-1:] or before
        mention = before[0] if before else None
    if mention is None:
        return None, None
    value = mention.date
    if value.year is None:
        # (a full date or a month of a year; a bare year is often a past one: "The man
        # came to India in 2013" does not date "January 29")
        years = [d for d in dates if d.date.year is not None and not d.relative
                 and d.date.precision in ("day", "month")]
        if years:
            nearest = min(years, key=lambda d: abs(d.start - mention.start))
            value = narrow(value, nearest.date, same_range=bool(
                (0 <= nearest.start - mention.end <= 12 and _RANGE_GAP.fullmatch(
                    text, mention.end, nearest.start)) or
                # a day still to come: "remand till December 21, 2013", "might attack
                # before or on March 23, 2015", "The assembly elections ... will be held in a
                # single phase on November 28 2018"
                _UNTIL_BEFORE.search(text, max(0, nearest.start - 16), nearest.start) or
                _TO_COME_BEFORE.search(text, max(0, nearest.start - 60), nearest.start)))
    if told_back is not None:
        # a day told back from the story's: "A day earlier, two Levies personnel were shot
        # dead" (none where it cannot be counted)
        earlier = day_told_back(value, told_back)
        start = draft.anchor.sentence.start
        return earlier, None if earlier is None else Evidence(
            "date", start + told_back.start(), start + told_back.end(), told_back.group(0))
    return value, Evidence("date", mention.start, mention.end, mention.text)
