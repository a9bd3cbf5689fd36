"""Stage 7: incidents.  Reads sentences, their triggers, dates and figures; writes
:class:`Draft` incidents (which sentences describe which event).

A sentence *reports an event* when it has a strong trigger (blast, suicide bomber, grenade,
clash ...) or a weak one ("attacked", "killed", "kidnapped", "arrested") together with a figure
or a day-precise date.  The first such sentence opens an incident; later ones join it unless
they open a separate one: a marker ("In another incident", "Meanwhile", "Later"), a different
day, or a figure for a different kind of violence (a grenade after a kidnapping).  Sentences
that are background ("In the past ...", "It was the second attack on ..."), aggregates ("26
terrorist attacks took place this January"; :mod:`eventwatch.extract.tallies`) or quoted
speech never open an incident; plain
sentences in the same paragraph join the open incident as context (claims, targets).  An act
a sentence only refers to ("arrested in connection with the abduction") is no trigger, and
the sentence joins the incident it refers to; a bomb that went off in its makers' hands
("while planting", "prematurely") is no attack.
A lead that announces "two separate encounters" is a summary: its date and place serve the
incidents that follow, and a part it sums up but the text never describes becomes an
incident of its own, coded from the lead alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwatch.extract.act_days import act_days
from eventwatch.extract.casualties import Figure, find_figures
from eventwatch.extract.drafts import Draft
from eventwatch.extract.explosives import (
    ACCIDENT_RE,
    ARMS_FOUND_RE,
    BOMB_CLASSES,
    DETONATION_RE,
    SUICIDE_ACT_RE,
    SUICIDE_CLAIMED_RE,
    WENT_OFF_RE,
    found_before,
)
from eventwatch.extract.fastre import contains_any
from eventwatch.extract.first_retold import (
    BLAME_WORDS,
    first_count_again,
    first_told_again,
    named_draft,
)
from eventwatch.extract.lead_acts import (
    complete_from_lead,
    more_elsewhere,
    while_act_told_apart,
    while_state_act,
)
from eventwatch.extract.lexicon import (
    COUNTED_ACTS_RE,
    FAMILIES,
    NEW_INCIDENT_RE,
    SEPARATE_COUNT_RE,
    SEPARATE_PLACES_RE,
    TWO_ACTS_RE,
    WEAK_TRIGGERS,
)
from eventwatch.extract.numbers import UNITS
from eventwatch.extract.other_acts import (
    HOURS_AFTER_THE_ACT,
    LIST_ITEM,
    back_to_followed,
    defused_later,
    follow_up,
    lead_told_in_item,
    mark_summary_lead,
    opens_place_line,
    placed_apart,
    pursuit,
    raid_killed,
    strike_elsewhere,
)
from eventwatch.extract.own_words import (
    HIGHER_TOLL,
    acts_referred,
    claimants_day,
    context_of_act,
    mark_outcomes,
    marked_arrest,
    own_figures,
    record_start,
    told_as_background,
    without_group_record,
    without_referred_tolls,
)
from eventwatch.extract.retelling import (
    EVENT_TOLD_AGAIN_RE,
    days_toll_across_places,
    opens_new,
    ranked_part,
    stands_alone,
    tells_an_act,
)
from eventwatch.extract.scope import (
    ATTRIBUTION_DATE_RE,
    AVENGED_RE,
    CLAIM_ONLY_RE,
    DOER_ACTED_RE,
    ELABORATION_RE,
    FOUND_NOTHING_RE,
    HALLMARKS_RE,
    OUT_OF_SCOPE_RE,
    PART_OPENER_RE,
    PLURAL_STRIKES,
    RANKED_ACT_RE,
    REFERS_BACK_RE,
    RELEASE_RE,
    REPORTED_ON,
    SAID_BEFORE,
    STATE_SINCE_RE,
    STATED_ON_RE,
    UNDER_ATTACK_RE,
    UNREAL_RE,
    names_acts_in_general,
    recent_act,
    statement_after_date,
)
from eventwatch.extract.segment import Sentence
from eventwatch.extract.tallies import AGGREGATE_RE, PERIOD_COUNT_RE, PLACES_COUNTED_RE, TREND_RE
from eventwatch.extract.temporal import DAYS_BEFORE_RE, DateMention
from eventwatch.extract.triggers import find_triggers


@dataclass(slots=True)
class SentenceInfo:
    """What the incident stage knows about one sentence."""

    sentence: Sentence
    triggers: dict[str, list[tuple[int, int, str]]]
    dates: list[DateMention]
    figures: list[Figure]
    paragraph: int
    background: bool = False
    aggregate: bool = False
    new_marker: bool = False
    separate_count: int = 0
    # the summary counts victims of several places, not incidents ("three men shot dead from
    # different parts of Karachi"): a residual incident exists only for victims left over
    separate_places: bool = False
    # the summary's subject counts its acts ("Two bombs exploded in Kabul"): its parts are
    # incidents only where the story tells every one of them
    counted_acts: bool = False
    outcome_only: bool = False
    refers_to: bool = False  # names an act it does not report ("in connection with the attack")
    hours_from_act: bool = False  # opened by "Hours earlier,": its day is the act before's
    # :meth:`is_event`, computed once: grouping asks it several times, of final flags
    _event: bool | None = field(default=None, compare=False, repr=False)
    _days: list[DateMention] | None = field(default=None, compare=False, repr=False)  # (same)
    # every figure the casualty stage read, before the rules above left any to another act
    found_figures: list[Figure] = field(default_factory=list, compare=False, repr=False)

    @property
    def claim_only(self) -> bool:
        """A claim ("X claimed the attack") with no toll of its own (the toll of the act it
        avenges is not its own: "to avenge July 28 death of cleric Karim Mengal"; nor is the
        claimants' account of it: "claimed the raid on Friday ..., saying its fighters had
        killed seven soldiers")."""
        if not CLAIM_ONLY_RE.search(self.sentence.text):
            return False
        avenged = AVENGED_RE.search(self.sentence.text) or _CLAIM_ACCOUNT.search(
            self.sentence.text)
        end = self.sentence.start + avenged.start() if avenged else self.sentence.end
        return not any(f.start < end for f in self.figures)

    @property
    def toll_update(self) -> bool:
        """The sentence updates a toll told before and tells no act of its own: "On Tuesday,
        one of the security sources said the death toll had risen to 31"."""
        return any(f.update and f.measure in ("killed", "kidnapped") for f in self.figures) and \
            not [c for c in self.triggers if c not in WEAK_TRIGGERS]

    @property
    def day_dates(self) -> list[DateMention]:
        """Day-precise dates of the event; the date a statement was made ("said on Thursday
        that ...") or a state began ("on leave since October 7") is not the event's."""
        if self._days is None:
            text, base = self.sentence.text, self.sentence.start
            self._days = [
                d for d in self.dates if d.date.names_days and not
                ATTRIBUTION_DATE_RE.search(text, max(0, d.start - base - 14), d.start - base)
                and not _STATEMENT_READ.search(text, max(0, d.start - base - 50), d.start - base)
                and not STATE_SINCE_RE.search(text, max(0, d.start - base - 90), d.start - base)]
        return self._days

    def stated_on(self, d: DateMention) -> bool:
        """Whether ``d`` is the day a statement was made: "officials said on October 3", "Major
        General Manvendra Singh Jaswal on July 17 stated that"."""
        base = self.sentence.start
        return bool(STATED_ON_RE.search(self.sentence.text, max(0, d.start - base - 45),
                                        d.start - base) or
                    statement_after_date(self.sentence.text, d.start - base, d.end - base))

    def own_days(self) -> list[DateMention]:
        """The event's days that are no statement's (see :meth:`stated_on`)."""
        return [d for d in self.day_dates if not self.stated_on(d)]

    def told_on(self, d: DateMention) -> bool:
        """Whether ``d`` is a statement's day or the report's ("reports E Pao on March 29")."""
        return self.stated_on(d) or bool(REPORTED_ON.search(
            self.sentence.text, max(0, d.start - self.sentence.start - 60),
            d.start - self.sentence.start))

    @property
    def families(self) -> set[str]:
        return {FAMILIES[c] for c in self.triggers}

    @property
    def acting_triggers(self) -> dict[str, list[tuple[int, int, str]]]:
        """Triggers that describe an act: explosives that were only found, recovered or
        defused ("weapons and explosives were recovered") say nothing about the method."""
        if not set(self.triggers) & BOMB_CLASSES:
            return self.triggers
        if not DETONATION_RE.search(self.sentence.text) and not any(
                f.measure in ("killed", "wounded") for f in self.figures):
            # ... but "has claimed the suicide bombing" names an act that took place
            acting = {c: h for c, h in self.triggers.items() if c not in BOMB_CLASSES}
            acts = [h for h in self.triggers.get("suicide", []) if SUICIDE_ACT_RE.match(h[2])]
            if acts and SUICIDE_CLAIMED_RE.search(self.sentence.text):
                acting["suicide"] = acts
            return acting
        text, base = self.sentence.text, self.sentence.start
        if ARMS_FOUND_RE.search(text) and not WENT_OFF_RE.search(text):
            # "The slain militants ... from whose possession AK rifles and grenades were
            # recovered": a list of arms, and nothing went off
            return {c: h for c, h in self.triggers.items() if c not in BOMB_CLASSES}
        # "recovered hand grenades from the militants killed": the arms found, not the method;
        # so is the rest of the list, however long ("recovered 315 bore pistol ... Improvised
        # Explosive Device IED of about 2 kilogram a couple of detonators")
        found = {start for cls, hits in self.triggers.items() if cls in BOMB_CLASSES
                 for start, _, _ in hits if found_before(text, start - base)}
        out: dict[str, list[tuple[int, int, str]]] = {}
        for cls, hits in self.triggers.items():
            kept = [h for h in hits if cls not in BOMB_CLASSES or h[0] not in found]
            if kept:
                out[cls] = kept
        return out

    def is_event(self) -> bool:
        if self._event is None:
            self._event = self._reports_event()
        return self._event

    def _reports_event(self) -> bool:
        if not self.triggers:
            return False  # nothing happened in it (the checks below can only say no)
        text = self.sentence.text
        if self.background or self.aggregate or ELABORATION_RE.search(text) or \
                OUT_OF_SCOPE_RE.search(text) or UNREAL_RE.search(text) or (
                set(self.triggers) == {"operation"} and FOUND_NOTHING_RE.search(text)):
            return False
        strong = [c for c in self.triggers if c not in WEAK_TRIGGERS]
        harmed = any(f.measure in ("killed", "wounded") for f in self.figures)
        if strong and set(strong) <= BOMB_CLASSES and not harmed and \
                not DETONATION_RE.search(text):
            # Explosives found, recovered or defused: no attack unless something went off.
            strong = []
            if not set(self.triggers) - BOMB_CLASSES and ARMS_FOUND_RE.search(text):
                # Only explosives found ("recovered a large cache of bombs"), none defused
                # and no act: a seizure, no incident of its own even with a day (not a claim
                # of "the suicide bombing ... on Sunday", which reports one).
                return False
        elif strong and set(strong) <= BOMB_CLASSES and \
                not set(self.acting_triggers) & BOMB_CLASSES:
            # Every explosive named was found, whoever the sentence names as killed: "Police
            # also recovered a hand grenade ... from the possession of the slain militant"
            if not set(self.triggers) - BOMB_CLASSES:
                return False
            strong = []
        if self.outcome_only:
            return False  # the release of hostages whose abduction the story tells
        if set(strong) <= BOMB_CLASSES and ACCIDENT_RE.search(text):
            strong = []  # a bomb that went off by accident
            if not set(self.triggers) - BOMB_CLASSES:
                return False
        base = self.sentence.start
        if strong and not self.figures and all(self.stated_on(d) for d in self.day_dates) and all(
                PLURAL_STRIKES.fullmatch(w) and SAID_BEFORE.search(text, 0, start - base)
                for c in strong for start, _, w in self.triggers[c]):
            # acts in general, in what someone said (on whatever day he said it): "General
            # Raheel Sharif said that drone attacks carried out by the US inside Pakistan were
            # detrimental to bilateral relations"
            return False
        if strong:
            return True
        # A weak trigger tells an event with a toll, a day, or a doer acting: "About 100 armed
        # Maoists attacked and ransacked a liquor shop" (an undated report's whole story), or a
        # target attacked: "the train came under attack near Marri Farm".
        # (not the day of the report only, where the words name acts in general: "... had no
        # links to militant groups or attacks, Daily Times reported on February 19")
        general = names_acts_in_general(text, [(s - base, w) for hits in self.triggers.values()
                                               for s, _, w in hits])
        event_days = [d for d in self.day_dates if not (general and (REPORTED_ON.search(
            text, 0, d.start - base) or self.stated_on(d)))]
        return bool(self.figures or event_days) or bool(DOER_ACTED_RE.search(text)) or \
            recent_act(text) or \
            bool(UNDER_ATTACK_RE.search(text)) or (
                # a bomb defused tells one device made safe: "Police foiled a sabotage bid by
                # neutralising a five kilogram heavy bomb, planted on G.T. Road"
                "defused" in self.triggers and bool(set(self.triggers) & BOMB_CLASSES))


def describe(text: str, sentences: Sequence[Sentence],
             dates: Sequence[DateMention]) -> list[SentenceInfo]:
    """Triggers, dates, figures and discourse markers of every sentence."""
    infos: list[SentenceInfo] = []
    referred: list[list[int]] = [[] for _ in sentences]
    triggers = find_triggers(text, sentences, referred)
    higher = False  # (the sentence before announced a later source's toll)
    for sentence, own_triggers, refers in zip(sentences, triggers, referred, strict=True):
        own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
        found = figures = find_figures(text, sentence)
        cut = record_start(text, sentence)
        if cut is not None:
            own_triggers = {cls: kept for cls, hits in own_triggers.items()
                            if (kept := [h for h in hits if h[0] < cut])}
            own_dates = [d for d in own_dates if d.start < cut]
            figures = [f for f in figures if f.start < cut]
        higher_here = HIGHER_TOLL.search(text, sentence.start, sentence.end)
        figures, own_triggers = own_figures(text, sentence, figures, own_triggers, higher,
                                            higher_here)
        # (an announcement that tells the toll itself leaves the next sentence's its own)
        higher = higher_here is not None and not any(f.start > higher_here.start() for f in figures)
        # (an act named in the tip-off a raid acted on is no reference, nor the killed's own)
        refers = acts_referred(sentence, refers, own_triggers, own_dates, figures)
        if refers:
            figures = without_referred_tolls(text, figures, refers)
        own_dates, refers = act_days(text, sentence, own_dates, refers, own_triggers, figures)
        info = SentenceInfo(sentence, own_triggers, own_dates, figures, sentence.paragraph,
                            refers_to=bool(refers), found_figures=found)
        # (read up to the group's record, if the sentence tells one)
        s_text = sentence.text if cut is None else text[sentence.start:cut]
        # (a month or a year "ago" is when one act happened, no period's tally)
        # (nor is a recent act a doer did "earlier this month": "Earlier this month, armed men
        # torched two passenger buses on the same highway near Khuzdar")
        # (nor a date in a claimant's relative clause: see own_words.claimants_day)
        # (nor a date in a blamed group's record: see own_words.without_group_record)
        tallied = without_group_record(s_text)
        timed = [d for d in own_dates if not claimants_day(text, sentence.start, s_text, d.start)
                 and tallied[d.end - sentence.start - 1] == s_text[d.end - sentence.start - 1]]
        coarse_only = bool(timed) and all(not d.date.names_days and
                                          d.kind != "months_ago" for d in timed) and \
            not recent_act(s_text)
        # (a year or a month in a blame that counts and tells no act is no tally: "blamed the
        # Viv Ansanm gang coalition, which ... seized Mirebalais last year"; nor a count in a
        # suspected group's record)
        info.aggregate = bool(AGGREGATE_RE.search(tallied) or TREND_RE.search(tallied) or (
            contains_any(s_text, _PERIOD_WORDS) and PERIOD_COUNT_RE.search(s_text))) or (
            coarse_only and bool(figures or info.triggers or not REFERS_BACK_RE.search(s_text))
            and not [c for c in info.triggers if c not in WEAK_TRIGGERS])
        if not info.aggregate and figures and not info.day_dates and infos and \
                infos[-1].aggregate and ((infos[-1].figures and _ALSO.search(s_text)) or
                                         _THESE_ACTS.search(s_text)):
            # the tally goes on: "... while around 240 others were arrested. More than 300
            # couriers of the militants were also arrested", "The think tank recorded 96
            # militant attacks ... At least 148 people were killed in these attacks"
            info.aggregate = True
        # (or another day told back from the story's: "A day earlier, two Levies personnel ...")
        told_back = DAYS_BEFORE_RE.match(s_text)
        if told_back is None and (hours := HOURS_AFTER_THE_ACT.match(s_text)) and any(
                hit[0] >= sentence.start + hours.end()
                for cls, hits in own_triggers.items()
                if cls not in (_NO_ACT_OF_ITS_OWN if hours.group("bare") or hours.group("before")
                               or raid_killed(own_triggers, figures) else _NO_ACT_AFTER)
                for hit in hits):
            # (or another act told hours after or before the one before, its own words after
            # the opener: "Hours after the bombing, a roadside bomb struck a police van ...,
            # injuring three policemen", "Hours before the bombing, unidentified men lobbed a
            # hand grenade at the Nizampur police station"; not "Soon after the blast, police
            # and army cordoned off the area")
            told_back = hours
            info.hours_from_act = True
        info.new_marker = bool(told_back or NEW_INCIDENT_RE.search(s_text))
        if told_back and refers and all(r < sentence.start + told_back.end() + 30 for r in refers):
            info.refers_to = False  # the act its day is told back from ("A day before the
            # bombing, two policemen were shot dead")
        if own_triggers:  # the other markers only matter where something happened
            # (not the act told again with its day, whatever its clause after says: "The
            # attack took place on Wednesday afternoon, but ... fear of further attacks")
            info.background = told_as_background(
                tallied, sentence.start, own_triggers, figures, bool(info.day_dates),
                coarse_only and any(i.day_dates for i in infos),
                lead=next((text[:i.sentence.end] for i in infos[:2] if i.triggers), ""))
            sep = SEPARATE_COUNT_RE.search(s_text)
            if sep is None:
                sep = COUNTED_ACTS_RE.search(s_text)
                info.counted_acts = sep is not None
            two = TWO_ACTS_RE.search(s_text) if sep is None and sentence.index <= 1 else None
            if sep:
                n = sep.group("n").lower()
                info.separate_count = int(n) if n.isdigit() else UNITS.get(n, 2)  # ("twin")
            elif two is not None and two.group("first").lower() != two.group("second").lower():
                # (coded from the lead where the story does not tell both apart)
                info.separate_count, info.counted_acts = 2, True
            elif (info.day_dates or sentence.index == 0 or (
                    # (or the story's first sentence after its headline and byline, with
                    # the victims it sums up: "Suspected insurgents carried out a string of
                    # attacks ..., leaving three people dead and at least nine wounded")
                    sentence.index <= 3 and sum(f.count.low or 0 for f in figures if f.measure
                                                in ("killed", "wounded")) >= 2 and
                    not any(i.day_dates or i.figures for i in infos[1:]))) and \
                    SEPARATE_PLACES_RE.search(s_text):
                # a summary of a day's (or the story's) victims, not of a past period ("have
                # killed five persons at different places in the last one year")
                # as many incidents as victims at most: those the story does not describe
                # are coded from the lead
                # (or the places it counts, where it counts no victims: "in two districts")
                counted = PLACES_COUNTED_RE.search(s_text)
                info.separate_count = sum(f.count.low or 0 for f in figures if f.measure in (
                    "killed", "wounded")) or (UNITS.get(counted[1].lower(), 0) if counted else 0)
                info.separate_places = True
        infos.append(info)
    mark_outcomes(text, infos)
    mark_summary_lead(infos)  # (a lead its parts tell again, each on its own)
    return infos


def group(infos: Sequence[SentenceInfo], *, dated: bool = True) -> list[Draft]:
    """Assign sentences to incidents (see the module docstring for the rules).

    ``dated``: the story has a publication date, so the age of an event can be judged.
    """
    drafts: list[Draft] = []
    current: Draft | None = None
    lead: SentenceInfo | None = None
    # An undated story whose first sentence reports no event (a statement, a hearing) tells
    # earlier attacks as background, their age unknown: a later sentence opens an incident
    # there only with its own toll and a date that is not an older year's.
    story_led = not infos or dated or infos[0].is_event() or (
        "kidnap" in infos[0].triggers and bool(RELEASE_RE.search(infos[0].sentence.text))) or (
        tells_an_act(infos[0])) or (
        # a day's toll across a country, whose parts the story tells: "At least three people
        # were killed ... across the country on February 5 as JeI cadres enforced a hartal"
        days_toll_across_places(infos[0]))
    previous: SentenceInfo | None = None
    # the sentence that opens the next part of a summary lead, held for the part's first
    # event ("In Harinakunda sub District, a group of members ... were holding a meeting")
    opener: SentenceInfo | None = None
    followed: Draft | None = None  # the incident whose follow-up the opener opens
    for position, info in enumerate(infos):
        after_incident = current is not None and previous is current.members[-1]
        previous = info
        if info.separate_count >= 2 and lead is None and info.is_event():
            lead = info  # a summary: its parts follow
            continue
        if current is not None and ranked_part(info, current.members, summary=lead is not None):
            info.new_marker = True  # "In the second raid, FC personnel arrested three suspects"
        # (or by a round-up's place line: "PATTANI – Security forces surrounded a house")
        # (or by its rank, its act told next: "the first operation was conducted in the Boya
        # area on Saturday night", right after the lead)
        part = lead is not None and (current is not None or not drafts) and \
            bool(PART_OPENER_RE.match(info.sentence.text) or
                 opens_place_line(info.sentence.text) or RANKED_ACT_RE.search(info.sentence.text))
        followed_up = current is not None and follow_up(infos, position)
        if (part or followed_up) and not info.is_event():
            opener, followed, current = info, current if followed_up else None, None  # dead next
            continue
        if current is not None and (info.toll_update or (
                not info.is_event() and BLAME_WORDS.search(info.sentence.text))) and \
                (earlier := named_draft(info, drafts, current)) is not None:
            earlier.members.append(info)  # the toll of an incident told before the open one
            # (or the blame: "the Los Lobos gang was suspected in the Daule attack", after
            # the El Empalme killing was told)
            continue
        if current is not None and lead_told_in_item(info, drafts):
            current.members.append(info)  # the lead's act, told again as the first item
            continue
        if current is not None and info.claim_only and len(drafts) > 1 and \
                drafts[-1] is current and _BOTH_ACTS.search(info.sentence.text):
            # one claim of the two acts told before it: "a spokesman for the banned Baloch
            # Republican Army (BRA) claimed responsibility for both attacks"
            drafts[-2].members.append(info)
            current.members.append(info)
            continue
        if current is not None and info.claim_only and len(drafts) > 1 and \
                drafts[-1] is current and "defused" in current.anchor.triggers and \
                info.paragraph != current.members[-1].paragraph and \
                not any(m.figures for m in current.members):
            # a claim after a second device made safe is the attack's: "a bomb disposal squad
            # found a second device ... and defused it. The outlawed Baloch Liberation Army
            # claimed responsibility"
            drafts[-2].members.append(info)
            continue
        if info.is_event() and not (info.sentence.quoted and not info.day_dates) and (
                story_led or current is not None or stands_alone(info)) and not (
                current is not None and (info.claim_only or info.toll_update)):
            # (an item of a list of incidents opens one: "- Unidentified gunmen shot dead a
            # former officer ... in Kunduz city on Sunday night"; so does the forces'
            # operation launched after the attack, with its dead told next)
            item = bool(LIST_ITEM.match(info.sentence.text)) or followed_up
            if current is None or part or item or (
                    opens_new(info, current) and (not info.refers_to or pursuit(info, current) or
                                                  strike_elsewhere(info, current) or
                                                  defused_later(info, current) or
                                                  marked_arrest(info.sentence.text, info.triggers,
                                                                info.figures))) or (
                    # (an arrest told apart after an attack of that day: "On Monday evening,
                    # Levies personnel arrested two suspected facilitators of the Phelawagh
                    # attack" after Monday's pipeline blast)
                    not set(current.anchor.triggers) & {"arrest", "operation"} and
                    marked_arrest(info.sentence.text, info.triggers, info.figures)):
                # (not a part a lead that sums several acts up tells at its place: "In
                # Kachhi district, an explosive device ... went off")
                if current is not None and not part and not item and lead is None and \
                        drafts[0] is not current and \
                        not placed_apart(info.sentence.text, drafts[0].anchor.sentence.text) and \
                        (first_told_again(info, drafts[0].families, drafts[0].date,
                                          drafts[0].anchor.sentence.text) or
                         first_count_again(info, drafts[0].members, drafts[0].families)):
                    current = drafts[0]
                    current.members.append(info)
                    continue
                current = Draft(anchor=info, members=[info] if opener is None else
                                [opener, info], from_lead=lead, follows=followed)
                opener = followed = None
                drafts.append(current)
                continue
            current.members.append(info)
        elif current is not None and not ((info.aggregate or (
                info.background and info.triggers)) and
                not HALLMARKS_RE.search(info.sentence.text)) and (
                info.paragraph == current.members[-1].paragraph or
                (info.figures and (after_incident or
                                   not ELABORATION_RE.search(info.sentence.text))) or
                REFERS_BACK_RE.search(info.sentence.text) or
                # (or the group suspected of it: "Security sources said they suspect the
                # involvement of the People's Liberation Army (PLA)")
                bool(not info.triggers and _SUSPECTED_OF_IT.search(info.sentence.text)) or
                # a note the doers left at the scene, and the next sentence about it: "Posters
                # left at the spot warned villagers ... The posters were signed in the name of
                # the Jharkhand Jan Mukti Parishad" (their claim)
                context_of_act(info.sentence.text, after_incident and not info.day_dates and
                               not info.new_marker) or
                # the act told again in the next paragraph, with its details ("According to a
                # police spokesman, around 20 heavily armed terrorists attacked the Kulachi
                # police station from three sides using heavy weapons")
                # (and the operation that led to a fight: "the Army and police launched a joint
                # cordon and search operation in the Kalakote area")
                # (or its day told there, after the lead gave only the statement's: "the ISPR
                # said on Monday ... the operation was conducted on Sunday")
                (info.paragraph == current.members[-1].paragraph + 1 and
                 (current.stated_day or not any(m.day_dates for m in current.members)) and
                 bool(info.day_dates) and EVENT_TOLD_AGAIN_RE.match(info.sentence.text)) or
                (info.paragraph == current.members[-1].paragraph + 1 and
                 not info.new_marker and not info.day_dates and
                 bool(info.families & (current.families - {"arrest"}) or (
                     "operation" in info.triggers and "armed" in current.families)))):
            # Context joins the open incident: within its paragraph, or later when it speaks
            # of "the attack" / "the bomber", states figures or reports the claim (a
            # breakdown "The dead included ..." only right after the incident's sentences).
            current = back_to_followed(info, current)
            current.members.append(info)
    drafts = more_elsewhere(while_act_told_apart(while_state_act(drafts)))
    if lead is not None:
        told = sum(d.anchor.sentence.start > lead.sentence.start for d in drafts)
        if (lead.separate_places and not told) or (lead.counted_acts and
                                                   told < lead.separate_count):
            # the story describes none of the places, or not every act its subject counts
            # ("Two low intensity blasts hit Quetta ... another blast took place close by"):
            # the lead is the incident, told as usual
            lead.separate_count, lead.separate_places, lead.counted_acts = 0, False, False
            return group(infos, dated=dated)
        drafts = complete_from_lead(lead, drafts)
    return drafts


_ALSO = re.compile(r"\balso\b", re.I)
_SUSPECTED_OF_IT = re.compile(r"\bsuspect(?:ed|s)?\s+the\s+(?:involvement|hand)\s+of\b|"
                              r"\b(?:were|was)\s+believed\s+to\s+(?:be|have\s+been)\s+"
                              r"(?:members|cadres|fighters)\s+of\b", re.I)
_BOTH_ACTS = re.compile(r"\b(?:both|the\s+two)\s+(?:attacks|incidents|bombings|blasts|acts)\b",
                        re.I)
# Trigger classes that tell no act of their own after "Hours earlier,", "Hours later," or
# "Hours before the market attack," (the forces' search, arrests); after an opener that tells
# what followed the act ("Soon after the explosion, four heavily armed militants tried to enter
# the fort"), only strong ones do.
_NO_ACT_OF_ITS_OWN = {"operation", "arrest", "defused"}
_NO_ACT_AFTER = WEAK_TRIGGERS - {"arson"}  # ("Hours after the blast, armed men set fire to")
_THESE_ACTS = re.compile(r"\bin\s+(?:these|those)\s+(?:[\w-]+\s+)?(?:attacks|incidents|"
                         r"blasts|bombings|strikes)\b|\bin\s+the\s+(?:violence|unrest)\b", re.I)
# The day a statement was read or issued: "In a statement read on state television on Monday
# evening, it said", "in a statement carried by Tasnim news agency on Tuesday".
_STATEMENT_READ = re.compile(r"\bstatement\s+(?:read|issued|posted|broadcast|released|carried)\s+"
                             r"(?:[\w-]+\s+){0,4}?(?:on\s+)?$", re.I)
# The claimants' own account after their claim: ", saying its fighters had killed seven",
# "and said seven Christians had died".
_CLAIM_ACCOUNT = re.compile(r",\s*(?:saying|claiming|adding)\b|\s+and\s+(?:said|says)\b|"
                            r"\bthat\s+its\s+(?:fighters|militants|men|cadres)\s+had\s+"
                            r"(?:\w+\s+){1,2}?the\b", re.I)

_PERIOD_WORDS = ("since", "Since", "alone", "half", "quarter", "months", "last year", "between",
                 "from 19", "from 20")  # (PERIOD_COUNT_RE's)
