"""Stated statistics.  Reads the article text, its sentences, resolved dates, places, actor
matches and publication date; writes :class:`~eventwatch.models.Statistic` records, each
with the cited source and evidence spans.

A statistic is an aggregate figure the text states ("595 people were killed in 2018", "26
terrorist attacks took place this January", "a decline of about 29% in attacks last year"),
not the toll of one attack.  The stage works clause by clause:

* *anchors* are counted event nouns ("26 terrorist attacks"), casualty figures found by
  :func:`eventwatch.extract.casualties.find_figures` ("595 people were killed", "claimed 30
  lives"), percentages (a share, "of which 38% were killed", or a change, "a decline of 29%")
  and ordinals ("the fourth journalist killed ... this year");
* a figure counts only with an aggregate cue: a month / year period, a percentage, a counted
  plural event noun or an aggregate phrase ("toll", "acts of terrorism", "across the
  country"); a day-precise date in its clause, or a single event ("an attack that killed
  70"), makes it an incident's toll instead, which is not a statistic;
* the *period* is the clause's own month / year date (dates in the attribution head, "a
  report published in January revealed that", date the report, not the figure), else the main
  clause's, else a bare year in the sentence ("59% of the 2018 toll"), else the period of the
  previous statistic in the paragraph; a comparison ("compared to 11 in the month before")
  keeps its own date and takes the main clause's measure;
* the *scope* is the country and provinces named in the clause before the next figure, else
  those of the main clause, else the article's own country (the one it names most); an actor
  is in scope when the figure is "claimed by" or "carried out by" it;
* the *source* is the cited one ("a report published by X", "according to X", "X said"); it
  carries over to later sentences of the paragraph and to "The report ..." follow-ups;
* breakdowns: "including five soldiers" inside the figure and a follow-up "Among those killed
  were nine security officials, 14 civilians ..." fill ``by_category``; "three were killed in
  A and one in B" after a total fills ``by_admin1``.

Clauses and anchors come from :mod:`eventwatch.extract.statistic_anchors`; ids, "of which"
references and follow-up breakdowns from :mod:`eventwatch.extract.statistic_links`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwatch.errors import Errors, EventWatchError
from eventwatch.extract.attribution import SourceTracker
from eventwatch.extract.doc_places import DocPlaces
from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import TRIGGER_RE, WEAK_TRIGGERS
from eventwatch.extract.numbers import find_numbers
from eventwatch.extract.segment import Sentence
from eventwatch.extract.statistic_anchors import (
    MEASURE_NOUNS,
    MEASURE_OF_FIGURE,
    PERIOD_PHRASE,
    Anchor,
    Clause,
    clause_of,
    find_anchors,
    not_a_figure,
    split_clauses,
)
from eventwatch.extract.statistic_links import (
    ELABORATION,
    assign_ids,
    attach_elaboration,
    near,
    pending_ref,
    whole_of,
)
from eventwatch.extract.temporal import DateMention, parse_iso_date
from eventwatch.extract.tolls import Figure
from eventwatch.models import DateValue, Evidence, Statistic
from eventwatch.resources.gazetteer import Gazetteer

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorMatch

# The measure tables live with the anchors; re-exported for callers that import them here.
__all__ = ["MEASURE_NOUNS", "MEASURE_OF_FIGURE", "find_statistics"]

_WIDE_PHRASE = guarded(
    r"\b(?:toll\s+of\s+the|the\s+(?:(?:19|20)\d\d\s+)?toll|in\s+total|overall|altogether|"
    r"in\s+all|(?:across|around|throughout)\s+the\s+(?:country|province|state|region)|"
    r"countrywide|nationwide)\b", re.I)
_AGGREGATE_NOUN = guarded(r"\b(?:acts\s+of\s+terror\w*|(?:terrorist|militant|insurgent)\s+"
                             r"(?:attacks|violence)|in\s+\w+\s+attacks)\b", re.I)
_SINGLE_EVENT = guarded(
    r"\b(?:a|an|the|this|that)\s+(?:\w+\s+){0,2}?(?:attack|blast|explosion|bombing|ambush|"
    r"incident|encounter|clash|raid|operation|shooting|strike)\b(?!\s+(?:toll|tally))", re.I)
_PREVIOUS_YEAR = guarded(r"\b(?:(?:the\s+)?(?:previous|preceding)\s+year|the\s+year\s+before|"
                            r"a\s+year\s+(?:earlier|ago|before))\b", re.I)
_HEAD_END = guarded(r"\b(?:(?:revealed|stated|said|says|showed|shows|found|noted|reported|"
                       r"tweeted|claimed|informed\s+[\w\s’']{1,60}?)\s+that|said|says|tweeted)\b|"
                       r"\baccording\s+to\s[^,]*,", re.I)
# "a report published by X in January": that date is the report's, not the figure's.
_PUBLISHED_ON = guarded(r"\b(?:published|released|issued|compiled|prepared|presented|"
                           r"unveiled|launched)\b[^.;\d]*$", re.I)
_BARE_YEAR = guarded(r"\b(?:19|20)\d\d\b")
_BY_ACTOR = guarded(r"\b(?:claimed|carried\s+out|conducted|perpetrated|launched|"
                       r"executed)?\s*by\s+(?:the\s+)?(?:banned\s+|outlawed\s+)?$", re.I)
_PROVINCES_AFTER = guarded(r"(?:\s*(?:,|and)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)*\s+"
                              r"(?:provinces?|states?|regions?)\b")
_ADJECTIVAL = guarded(r"\s+(?!(?:and|or|alone|as|in|on|at|during|last|this|since|till|"
                         r"until|from|to|for|with|was|were|is|are|has|had|have)\b)[A-Za-z]")
_PLACE_PREP = guarded(r"\b(?:in|across|around|throughout|within|inside|of|from|for|to|"
                         r"against|and)\s+(?:the\s+)?$", re.I)
_NOT_SCOPE_AFTER = guarded(r"[\s-]*(?:based|born|origin)\b", re.I)


@dataclass(slots=True)
class _Scope:
    country: str | None = None
    admin1: list[str] = field(default_factory=list)
    place: str | None = None
    actor: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


# A statistic needs a share, an aggregate noun or a period (a year or month); sentences with
# none of them are skipped before the costly reading.
_STAT_GATE = guarded(r"%|\bper\s*cent\b|\bpercent\b|\b(?:attacks|incidents|bombings|blasts|"
                     r"strikes|casualties|deaths|fatalities|toll|lives|killings|arrests|"
                     r"operations|encounters|acts|year|month)\b", re.I)


def find_statistics(text: str, sentences: Sequence[Sentence], dates: Sequence[DateMention],
                    doc_places: DocPlaces, actor_matches: Sequence[ActorMatch],
                    gazetteer: Gazetteer, published: str | None,
                    figures: Sequence[list[Figure]] | None = None) -> list[Statistic]:
    """Every statistic the article states, in document order (see the module docstring).

    ``figures``: the casualty figures of each sentence, where the casualty stage has read
    them already (:func:`~eventwatch.extract.casualties.find_figures`); read here otherwise.

    ``dates`` come resolved against ``published`` already; ``published`` (an ISO date or
    None) is only checked here, so that a malformed one is reported rather than ignored.
    """
    if published and parse_iso_date(published) is None:
        raise EventWatchError(Errors.E017, "published",
                              reason=f"{published!r} is not an ISO date (YYYY-MM-DD)")
    default_country = doc_places.countries[0] if doc_places.countries else None
    out: list[Statistic] = []
    sources = SourceTracker(text, sentences)
    for index, sentence in enumerate(sentences):
        elab = ELABORATION.search(text, sentence.start, sentence.end)
        if elab and elab.start() - sentence.start < 5:
            attach_elaboration(text, sentence, out)
            continue
        if not _STAT_GATE.search(text, sentence.start, sentence.end) and not any(
                sentence.start <= d.start < sentence.end and not d.date.names_days
                for d in dates):
            continue  # no share, no aggregate noun, no period: no statistic (cheap test)
        clauses = split_clauses(text, sentence)
        anchors = find_anchors(text, sentence, clauses,
                               None if figures is None else figures[index])
        if not anchors:
            continue
        reader = _SentenceReader(text, sentence, clauses, anchors, dates, doc_places,
                                 actor_matches, gazetteer, default_country, out)
        para_source = None
        for stat in reader.read():
            para_source = para_source or sources.at(index)
            if para_source is not None:
                stat.source = para_source.name
                stat.evidence.append(Evidence("source", para_source.start, para_source.end,
                                              para_source.name))
                stat.confidence = min(0.9, stat.confidence + 0.15)
            out.append(stat)
    assign_ids(out)
    return out


# -- one sentence -----------------------------------------------------------------------------

class _SentenceReader:
    """Turns the anchors of one sentence into statistics (see the module docstring)."""

    def __init__(self, text: str, sentence: Sentence, clauses: Sequence[Clause],
                 anchors: list[Anchor], dates: Sequence[DateMention], doc_places: DocPlaces,
                 actor_matches: Sequence[ActorMatch], gazetteer: Gazetteer,
                 default_country: str | None, previous: Sequence[Statistic]) -> None:
        self.text, self.sentence, self.clauses, self.anchors = text, sentence, clauses, anchors
        self.dates, self.doc_places, self.gazetteer = dates, doc_places, gazetteer
        self.actor_matches, self.default_country, self.previous = (actor_matches,
                                                                   default_country, previous)
        self.head = _head_end(text, sentence, anchors[0].start)
        self.usable = [d for d in dates if sentence.start <= d.start < sentence.end
                       and d.start >= self.head and not _PUBLISHED_ON.search(
                           text, max(sentence.start, d.start - 80), d.start)]
        s, e = sentence.start, sentence.end
        self.has_pct = any(a.kind in ("share", "change") and a.measure for a in anchors)
        self.wide = bool(_WIDE_PHRASE.search(text, s, e))
        self.aggregate_noun = bool(_AGGREGATE_NOUN.search(text, s, e))
        self.sentence_period = bool(PERIOD_PHRASE.search(text, self.head, e)) or any(
            not d.date.names_days for d in self.usable)
        self.counted = False  # a counted event noun of this sentence was accepted
        self.main: Statistic | None = None
        self.main_scope: _Scope | None = None
        self.consumed: list[tuple[int, int]] = []

    def _own(self, clause: Clause, day: bool) -> list[DateMention]:
        return [d for d in self.usable if clause.start <= d.start < clause.end
                and d.date.names_days == day]

    def _single_event(self, clause: Clause) -> bool:
        """"an attack that killed 70": a clause on one named event is an incident's toll."""
        t = self.text
        if _SINGLE_EVENT.search(t, clause.start, clause.end):
            return True
        prev = next((c for c in reversed(self.clauses) if c.end <= clause.start), None)
        relative = re.search(r"\b(?:that|which|who)\s*$", t[max(0, clause.start - 8):
                                                           clause.start])
        return bool(relative and prev and _SINGLE_EVENT.search(t, prev.start, prev.end))

    def _accepted(self, anchor: Anchor) -> bool:
        clause = anchor.clause
        if self._own(clause, day=True):
            return False
        own_period = anchor.period_cue or bool(self._own(clause, day=False)) or bool(
            PERIOD_PHRASE.search(self.text, clause.start, clause.end))
        if anchor.counted:
            day_in_sentence = any(d.date.names_days for d in self.usable)
            return (own_period or not day_in_sentence) and (
                self.sentence_period or self.has_pct or self.wide)
        if anchor.kind != "value" or (anchor.measure is None and self.main is not None):
            return True
        if self._single_event(clause):
            return False
        strong = self.has_pct or self.counted or self.wide or self.aggregate_noun or (
            self.main is not None and not clause.comparison)
        if strong:
            return True
        # A month or year alone does not make "a blast in March killed five" an aggregate;
        # a plural event noun ("killed in those bombings in 2020") does.
        return own_period and not any(
            not re.search(r"[^s]s$", hit.group(0))
            for cls, p in TRIGGER_RE.items() if cls not in WEAK_TRIGGERS
            for hit in p.finditer(self.text, clause.start, clause.end))

    def read(self) -> list[Statistic]:
        made: list[Statistic] = []
        for anchor in self.anchors:
            if anchor.kind == "attacks_of" or any(s <= anchor.start < e
                                                  for s, e in self.consumed):
                continue
            if not self._accepted(anchor):
                continue
            self.counted = self.counted or (anchor.counted and anchor.kind == "value")
            if anchor.kind == "share" and self._qualifies_previous(anchor, made):
                continue
            stat = self._statistic(anchor, made)
            if stat is None:
                continue
            made.append(stat)
            if self.main is None and not anchor.clause.comparison:
                self.main = stat
        return made

    def _qualifies_previous(self, anchor: Anchor, made: list[Statistic]) -> bool:
        """A share with no verb of its own ("– 59% of the 2018 toll") is the share of the
        figure just before it."""
        clause = anchor.clause
        if not made or made[-1].share_pct is not None or made[-1].value is None or \
                clause.of_which or anchor.measure not in (None, made[-1].measure) or \
                re.search(r"\b(?:were|was|are|is)\b", self.text[clause.start:clause.end]):
            return False
        last = made[-1]
        last.share_pct, last.of_measure = anchor.pct, last.measure
        last.evidence.append(Evidence("share_pct", anchor.start, anchor.end,
                                      self.text[anchor.start:anchor.end]))
        last.of = whole_of(last, [*self.previous, *made[:-1]])
        return True

    def _statistic(self, anchor: Anchor, made: list[Statistic]) -> Statistic | None:
        text, clause = self.text, anchor.clause
        measure = anchor.measure or (self.main.measure if self.main is not None else None)
        if measure is None or (anchor.kind == "share" and anchor.measure is None
                               and not clause.of_which):
            return None
        period, period_ev = self._period(anchor)
        spread: dict[str, int] = {}
        if anchor.kind == "value" and anchor.value is not None:
            spread, spans = _by_admin1(text, self.sentence, anchor.end, anchor.value,
                                       self.doc_places, self.gazetteer)
            self.consumed.extend(spans)
        scope = self._scope(anchor)
        scope_dict: dict[str, object] = {"country": scope.country or self.default_country}
        if scope.admin1:
            scope_dict["admin1"] = scope.admin1[0] if len(scope.admin1) == 1 else scope.admin1
        if scope.place and not scope.admin1:
            scope_dict["place"] = scope.place
        if scope.actor:
            scope_dict["actor"] = scope.actor
        if anchor.victims:
            scope_dict["victims"] = anchor.victims
        stat = Statistic(
            measure=measure, period=period, scope=scope_dict,
            value=anchor.value if anchor.kind == "value" else None,
            share_pct=anchor.pct if anchor.kind == "share" else None,
            change_pct=anchor.pct if anchor.kind == "change" else None,
            qualifier=anchor.qualifier,
            of_measure=measure if anchor.kind == "share" else None,
            by_category=anchor.by_category, by_admin1=spread,
            evidence=[Evidence("statistic", clause.start, clause.end,
                               text[clause.start:clause.end]),
                      Evidence("value", anchor.start, anchor.end, text[anchor.start:anchor.end]),
                      *scope.evidence],
            confidence=0.5 + 0.15 * (period is not None))
        if period_ev is not None:
            stat.evidence.append(Evidence("period", period_ev[0], period_ev[1],
                                          text[period_ev[0]:period_ev[1]]))
        detail = next((a for a in self.anchors if a.kind == "attacks_of" and a.clause is clause
                       and a.start > anchor.start), None)
        if detail is not None:
            stat.attacks = detail.value
            stat.evidence.append(Evidence("attacks", detail.start, detail.end,
                                          text[detail.start:detail.end]))
        if anchor.kind == "share":
            stat.of = pending_ref(self.main) if clause.of_which and self.main is not None \
                else whole_of(stat, [*self.previous, *made])
        if spread:
            first, last = self.consumed[-len(spread)][0], self.consumed[-1][1]
            stat.evidence.append(Evidence("by_admin1", first, last, text[first:last]))
        if self.main is None and not clause.comparison:
            self.main_scope = scope
        return stat

    def _period(self, anchor: Anchor) -> tuple[DateValue | None, tuple[int, int] | None]:
        """Own clause, then the main clause, then the sentence, a bare year, the paragraph."""
        clause, main = anchor.clause, self.main
        own = self._own(clause, day=False)
        if own:
            d = min(own, key=lambda d: abs(d.start - anchor.start))
            return d.date, (d.start, d.end)
        p = main.period if main is not None else None
        prev = _PREVIOUS_YEAR.search(self.text, clause.start, clause.end)
        if clause.comparison and p is not None and p.year is not None and prev:
            return DateValue(p.year - 1, p.month, None, p.precision), prev.span()
        if main is not None and not clause.comparison:
            return main.period, None
        if main is None:
            rest = [d for d in self.usable if not d.date.names_days
                    and not clause_of(self.clauses, d.start).comparison]
            if rest:
                return rest[0].date, (rest[0].start, rest[0].end)
            for m in _BARE_YEAR.finditer(self.text, self.head, self.sentence.end):
                if not any(d.start <= m.start() < d.end for d in self.dates):
                    return DateValue(int(m.group(0)), None, None, "year"), m.span()
        last = self.previous[-1] if self.previous else None
        if not anchor.period_cue and last is not None and last.period is not None and \
                near(last, self.sentence):
            return last.period, None
        return None, None

    def _scope(self, anchor: Anchor) -> _Scope:
        """Places and actor of the clause up to the next figure; else the main clause's."""
        clause = anchor.clause
        later = [q.start for q in find_numbers(self.text, anchor.end, clause.end)
                 if not not_a_figure(q) and not any(
                     a.kind == "attacks_of" and a.start <= q.start < a.end for a in self.anchors)]
        end = min(later, default=clause.end)
        scope = _clause_scope(self.text, clause.start, end, self.doc_places, self.gazetteer,
                              self.actor_matches, self.consumed)
        inherit = self.main_scope is not None and self.main is not None and not clause.of_which
        if inherit and not (scope.country or scope.admin1 or scope.place):
            assert self.main_scope is not None
            scope = _Scope(self.main_scope.country, list(self.main_scope.admin1),
                           self.main_scope.place, scope.actor or self.main_scope.actor)
        return scope


def _head_end(text: str, sentence: Sentence, first_anchor: int) -> int:
    """End of the attribution head before the first figure ("A report published ... in
    January revealed that"): dates in it date the report, not the figure."""
    end = sentence.start
    for m in _HEAD_END.finditer(text, sentence.start, first_anchor):
        end = m.end()
    return end


def _clause_scope(text: str, start: int, end: int, doc_places: DocPlaces, gazetteer: Gazetteer,
                  actor_matches: Sequence[ActorMatch],
                  excluded: Sequence[tuple[int, int]]) -> _Scope:
    """Country, provinces, a smaller place and the actor named in ``text[start:end]``
    (``excluded``: the places of a breakdown by province)."""
    scope = _Scope()
    placed_country = False
    for m in doc_places.matches:
        if not (start <= m.start < end) or _NOT_SCOPE_AFTER.match(text, m.end) or any(
                s <= m.start < e for s, e in excluded) or any(
                a.start <= m.start < a.end for a in actor_matches):
            continue
        entry = gazetteer.resolve(m.entries, countries=doc_places.countries,
                                  admin1s=doc_places.admin1s)
        placed = bool(_PLACE_PREP.search(text, max(start, m.start - 20), m.start))
        if entry.kind == "country" and _ADJECTIVAL.match(text, m.end) and not placed:
            continue  # "US drone strikes", "the Pakistan Army": a modifier, not the scope
        if entry.kind == "country" and placed and not placed_country:
            scope.country, placed_country = entry.country, True  # "inside Pakistan" wins
        if _PROVINCES_AFTER.match(text, m.end):  # "Kandahar and Helmand provinces"
            entry = next((e for e in m.entries if e.kind == "admin1"), entry)
        if entry.kind == "admin1" and entry.admin1:
            if entry.admin1 not in scope.admin1:
                scope.admin1.append(entry.admin1)
        elif entry.kind != "country":
            scope.place = scope.place or entry.name
        scope.country = scope.country or entry.country
        scope.evidence.append(Evidence("scope", m.start, m.end, m.text))
    for a in actor_matches:
        if start <= a.start < end and _BY_ACTOR.search(text[max(start, a.start - 30):a.start]):
            scope.actor = a.actor.name
            scope.evidence.append(Evidence("scope", a.start, a.end, a.text))
            break
    return scope


def _by_admin1(text: str, sentence: Sentence, after: int, total: int, doc_places: DocPlaces,
               gazetteer: Gazetteer) -> tuple[dict[str, int], list[tuple[int, int]]]:
    """"Three were killed in KPK and one in Punjab" after a total: the total by province
    (kept only when the parts add up to it)."""
    out: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for m in doc_places.matches:
        if not (after <= m.start < sentence.end):
            continue
        # A split by province reads a name as the province ("two in Bihar") where it can be one.
        entry = next((e for e in m.entries if e.kind == "admin1"), None) or \
            gazetteer.resolve(m.entries, countries=doc_places.countries)
        if entry.kind != "admin1" or not entry.admin1:
            continue
        nums = [q for q in find_numbers(text, max(after, m.start - 40), m.start)
                if q.low is not None and re.fullmatch(
                    r"\s+(?:(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|kidnapped|"
                    r"abducted|arrested)\s+)?in\s+(?:the\s+)?", text[q.end:m.start], re.I)]
        if nums:
            out[entry.admin1] = out.get(entry.admin1, 0) + (nums[-1].low or 0)
            spans.append((nums[-1].start, m.end))
    if len(out) >= 2 and sum(out.values()) == total:
        return out, spans
    return {}, []
