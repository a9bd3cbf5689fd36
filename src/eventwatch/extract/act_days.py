"""Stage 7d: the days of a sentence's own act.  Reads one sentence's dates, the positions of
the acts it refers to (:mod:`eventwatch.extract.references`), its triggers and its figures;
writes the dates that date its own act, without the day of an act referred to ("allegedly
involved in the murder of a former Salwa Judum worker on April 3 was arrested ... on April
12"), of a record told of someone with no act of the sentence's own, of a statement, an
operation's start, a holiday or the report where the sentence gives another day ("Boro on
July 27 denied his involvement in the killing of Manaj Das who was shot and killed on July
23"), and the only day of a relative clause's past act, of a period's start, of a tip about
the doers' whereabouts or of a victim's work begun.
:mod:`eventwatch.extract.incidents` keeps them on the sentence.  Rules:
``docs/codebook.md``, Dates and Security operations and references.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwatch.extract.casualties import Figure
from eventwatch.extract.references import (
    INVOLVED_IN_ACT_RE,
    dates_of_compared,
    outside_references,
)
from eventwatch.extract.retelling import harms
from eventwatch.extract.scope import (
    BEGUN_ON_RE,
    PERIOD_BEGUN_RE,
    RECORD_OF_RE,
    RELATIVE_PAST_RE,
    REPORTED_ON,
    STATED_ON_RE,
    statement_after_date,
)
from eventwatch.extract.segment import Sentence
from eventwatch.extract.temporal import DateMention, day_told_back

__all__ = ["act_days"]

# A death of wounds, whose day is no operation's start ("succumbed to injuries sustained in
# an operation launched on ...").
_DEATH_OF_WOUNDS = re.compile(r"\b(?:succumb(?:ed|s)|died)\b", re.I)


# The day of what came before the act, in a run-on: a tip about the doers' whereabouts ("Acting
# on a tip off that PLFI 'zonal commander' Vijay Dang was seen in the dense forests ... on May
# 11 night") or the day a victim's work began ("he ignored the directive and started work on
# Wednesday November 14").
_PRELUDE_DAY = re.compile(r"\b(?:tip[\s-]?off|information|intelligence|inputs?)\s+(?:that|about|"
                          r"of)\b[^.;]{0,120}?\b(?:was|were|had\s+been)\s+(?:seen|spotted|sighted|"
                          r"hiding|present|moving)\b[^.;]{0,140}?$|"
                          r"\b(?:started|began|resumed)\s+(?:the\s+)?(?:\w+\s+)?work\s+on\s+"
                          r"(?:\w+\s+)?$", re.I)


def act_days(text: str, sentence: Sentence, own_dates: list[DateMention], refers: list[int],
             own_triggers: dict[str, list[tuple[int, int, str]]], figures: Sequence[Figure],
             ) -> tuple[list[DateMention], list[int]]:
    """The sentence's dates that date its own act, and the positions of the acts it refers
    to (with those no trigger names, where the sentence has more than one date)."""
    if len(own_dates) > 1:
        # (an act no trigger names, referred to: "allegedly involved in the murder of a
        # former Salwa Judum worker on April 3 was arrested ... on April 12")
        refers = refers + [m.start("act") for m in INVOLVED_IN_ACT_RE.finditer(
            text, sentence.start, sentence.end)]
    rite = _FUNERAL_FIRST.match(sentence.text) if own_dates and own_triggers else None
    if rite is not None and all(start - sentence.start > rite.start("rite")
                                for hits in own_triggers.values() for start, _, _ in hits):
        # a story that opens on the funeral: its day is no day of the act its dead died in
        # ("Hundreds of mourners gathered at the military camp in Banfora on Wednesday to bury
        # soldiers and volunteer fighters killed in a jihadist attack")
        # (nor is the day its rites were held on, told after the dead: "Funeral prayers for
        # two policemen martyred in an attack ... were offered in Dir on Wednesday"; but the
        # dead's day may be counted back from it: "... two days earlier")
        own_dates = [d for d in own_dates if not d.date.names_days or (
            _FUNERAL_THEN_EARLIER.match(text, d.end) is not None) or (
            d.start - sentence.start > rite.start("dead") and
            not _RITES_HELD.search(text, max(sentence.start, d.start - 60), d.start))]
    if refers and (len(own_dates) > 1 or dates_of_compared(text, own_dates)):
        own_dates = outside_references(text, own_dates, refers, own_triggers)
    elif not own_triggers and own_dates:
        # a record told of someone, with no act of the sentence's own: "The duo was
        # involved in the incident of setting 37 vehicles on fire in Bijapur on October
        # 30" dates the record, not the arrest the story reports
        record = RECORD_OF_RE.search(text, sentence.start, sentence.end)
        if record is not None:
            own_dates = [d for d in own_dates if d.start < record.start()]
    if len(own_dates) > 1:
        # "Boro on July 27 denied his involvement in the killing of Manaj Das who was shot
        # and killed on July 23": the day of a statement, where the sentence gives another
        # (or the day an operation began, a holiday's glossed, a relative clause's past
        # act; but not the wounds of a death)
        # (or the report's, in a run-on whose act is told after it: "... reports Khaama
        # Press on October 1 The Ministry of Interior MoI in a statement said the key Taliban
        # leaders were killed late on September 30 night")
        told = [d for d in own_dates if d.date.precision == "day" and (
            statement_after_date(text, d.start, d.end) or
            STATED_ON_RE.search(text, max(0, d.start - 14), d.start) or
            (BEGUN_ON_RE.search(text, max(0, d.start - 90), d.start) and
             not _DEATH_OF_WOUNDS.search(text, sentence.start, sentence.end)) or
            (REPORTED_ON.search(text, max(sentence.start, d.start - 60), d.start) and
             any(start >= d.end for hits in own_triggers.values() for start, _, _ in hits)))]
        if told and any(d.date.names_days for d in own_dates if d not in told):
            own_dates = [d for d in own_dates if d not in told]
    elif len(own_dates) == 1 and ((not harms(figures) and RELATIVE_PAST_RE.search(
            text, max(sentence.start, own_dates[0].start - 120), own_dates[0].start)) or
            PERIOD_BEGUN_RE.search(text, max(sentence.start, own_dates[0].start - 60),
                                   own_dates[0].start) or
            _PRELUDE_DAY.search(text, max(sentence.start, own_dates[0].start - 300),
                                own_dates[0].start) or
            # (or the day a source told the toll: "On Wednesday, a source close to the army told
            # AFP that 14 soldiers ... had been killed")
            _SOURCE_TOLD_THAT.match(text, own_dates[0].end, sentence.end)):
        # the only day, a person's past told in a relative clause, in a sentence that harms
        # no one:
        # "The Police have identified the armed assailants as ..., who had escaped from
        # Tantya Bheel Jail in Khandwa town ... on October 3, 2013"
        # (or the day a period began: "the Maoists, who are observing the 'foundation
        # week' that kicked off on September 21, raided the area last night")
        own_dates = []
    return [_day_of_the_act_after(text, d, own_triggers, figures) for d in own_dates], refers


# A day, then the act told as what it came after: "suspended the anti-polio campaign ... on
# Friday, a day after gunmen attacked a vaccination team in Kasai".
_DAYS_AFTER_ACT = re.compile(r",\s+(?P<n>a|one|two|three|four|five)\s+(?P<unit>days?)\s+after\s+",
                             re.I)


_SOURCE_TOLD_THAT = re.compile(r",\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,6}?(?:source|official|"
                               r"spokes(?:man|woman|person)|officer|ministry)\s+(?:[\w'’-]+\s+)"
                               r"{0,4}?(?:told|said)\b[^.;]{0,40}?\bthat\b[^.;]*?\bhad\s+been\s+"
                               r"(?:killed|wounded|injured)\b", re.I)
# A funeral told first, then the dead and what killed them: "mourners gathered ... on
# Wednesday to bury soldiers ... killed in a jihadist attack" (not an attack on mourners).
_FUNERAL_FIRST = re.compile(r"[^.;]*?\b(?P<rite>funerals?|mourners|to\s+bury|cremated?|"
                            r"buried\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:people|persons|"
                            r"victims|dead|bodies|villagers|soldiers|policemen|civilians)|"
                            r"laid\s+to\s+rest)\b[^.;]*?\b(?P<dead>killed|martyred|slain|died)\s+"
                            r"(?:in|during|when|by)\b", re.I)
_RITES_HELD = re.compile(r"\b(?:were|was)\s+(?:offered|held|performed|attended)\b[^.;]*$",
                         re.I)
# A death of wounds, told before the day: "A second policeman succumbed to his injuries".
_DIED_OF_WOUNDS = re.compile(r"\b(?:succumbed|died\s+of\s+(?:his|her|their)\s+(?:injuries|"
                             r"wounds))\b", re.I)
# A funeral's day, its dead killed days before: "on Monday cremated 17 people, ... who were
# killed when a regime warplane bombed the village school two days earlier".
_FUNERAL_THEN_EARLIER = re.compile(
    r"[^.;]{0,40}?\b(?P<rite>cremated|buried|laid\s+to\s+rest|mourned)\b[^.;]{0,200}?\b"
    r"(?P<n>a|one|two|three|four|five)\s+(?P<unit>days?)\s+(?:earlier|before)\b", re.I)


def _day_of_the_act_after(text: str, day: DateMention,
                          triggers: dict[str, list[tuple[int, int, str]]],
                          figures: Sequence[Figure]) -> DateMention:
    """``day``, or the day the act the sentence tells after it came, counted back, where every
    trigger and figure of the sentence lies after "a day after" (the day is of something
    else: a statement, a measure taken, a death of wounds: "A second policeman succumbed to
    his injuries on Wednesday, a day after militants ... attacked the Sokari police station"
    is Tuesday's attack)."""
    funeral = _FUNERAL_THEN_EARLIER.match(text, day.end)
    if funeral is not None and triggers and all(
            start > funeral.start("rite") for hits in triggers.values() for start, _, _ in hits):
        # the day of a funeral, its dead killed days before it: "Residents ... on Monday
        # cremated 17 people ... who were killed when a regime warplane bombed the village
        # school two days earlier" is Saturday
        earlier = day_told_back(day.date, funeral)
        return day if earlier is None else replace(day, date=earlier)
    after = _DAYS_AFTER_ACT.match(text, day.end)
    if after is None or not triggers or any(
            start < after.end() for hits in triggers.values() for start, _, _ in hits) or \
            any(f.start < after.end() and not _DIED_OF_WOUNDS.search(text, f.start, after.start())
                for f in figures):
        return day
    clause_end = text.find(",", after.end())
    if clause_end >= 0 and not any(start < clause_end for hits in triggers.values()
                                   for start, _, _ in hits):
        return day  # the act is the main clause's, after what it came after: "On April 11, a
        # day after polling in Chhattisgarh's Bastar Lok Sabha seat, two Security Force (SF)
        # personnel were injured in a pressure bomb blast" is April 11
    earlier = day_told_back(day.date, after)
    return day if earlier is None else replace(day, date=earlier)
