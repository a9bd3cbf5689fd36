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
* a figure counts only with an aggregate cue: a counted plural event noun, a month / year
  period, a percentage or an aggregate phrase ("toll", "acts of terrorism", "across the
  country"); a day-precise date, or a single attack named in the clause ("an attack that
  killed 70"), makes it an incident instead;
* the *period* is the clause's own month / year date (dates inside the attribution head, "a
  report published in January revealed that", date the report, not the figure), else the main
  clause's, else a bare year in the sentence ("59% of the 2018 toll"), else the period of the
  previous statistic in the paragraph; a comparison ("compared to 11 in the month before")
  keeps its own date and the main clause's measure;
* the *scope* is the country and provinces named in the clause, else those of the main clause,
  else the article's own country; an actor is in scope when the figure is "claimed by" or
  "carried out by" it;
* the *source* is the cited one ("a report published by X", "according to X", "X said"); it
  carries over to later sentences of the paragraph and to "The report ..." follow-ups;
* breakdowns: "including five soldiers" inside the figure, and a follow-up "Among those killed
  were nine security officials, 14 civilians ..." fill ``by_category``; "three were killed in
  A and one in B" after a total fills ``by_admin1``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwatch.errors import Errors, EventWatchError
from eventwatch.extract.casualties import find_figures
from eventwatch.extract.lexicon import TRIGGER_RE, WEAK_TRIGGERS, person_category
from eventwatch.extract.numbers import UNITS, find_numbers
from eventwatch.extract.places import DocPlaces
from eventwatch.extract.segment import Sentence
from eventwatch.extract.temporal import DateMention, parse_iso_date
from eventwatch.models import DateValue, Evidence, Statistic
from eventwatch.resources.gazetteer import Gazetteer

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorMatch

MEASURE_OF_FIGURE = {"killed": "killed", "wounded": "wounded", "arrested": "arrests",
                     "kidnapped": "kidnapped"}
# Nouns that name what a share or change is of ("of the 2018 toll", "in terrorist attacks").
MEASURE_NOUNS: list[tuple[str, str]] = [
    (r"suicide\s+(?:attacks|bombings|blasts)", "suicide_attacks"),
    (r"attacks|incidents|bombings|blasts|explosions|acts\s+of\s+terror\w*|violence", "attacks"),
    (r"toll|deaths|fatalities|killings|killed|lives|dead", "killed"),
    (r"injured|wounded|injuries", "wounded"),
    (r"arrests|arrested|detentions|detained", "arrests"),
    (r"kidnappings|abductions|kidnapped|abducted", "kidnapped"),
]
_MEASURE_NOUN_RE = [(re.compile(rf"\b(?:{p})\b", re.I), m) for p, m in MEASURE_NOUNS]
_EVENT_NOUN = (r"(?P<noun>(?:suicide\s+)?(?:attacks|incidents|bombings|blasts|explosions|"
               r"strikes)|acts\s+of\s+terror\w*)")
# A counted event noun with at most three modifiers: "26 terrorist attacks".
_COUNT_RE = re.compile(
    r"\s+(?P<mods>(?:(?!(?:in|of|on|at|by|and|or|the|were|was|people|persons|who|which|"
    r"that|separate|different|such|other|more|similar)\b)[\w-]+\s+){0,3}?)" + _EVENT_NOUN +
    r"\b", re.I)
_PCT_RE = re.compile(
    r"(?P<qual>\b(?:about|around|nearly|almost|over|more\s+than|some|roughly|approximately|"
    r"close\s+to|an\s+estimated)\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
_DOWN = r"decline[ds]?|declining|decreased?|decreasing|drop(?:ped|s)?|fall|fell|reduction|dip|" \
        r"dipped|plunged?|plummet(?:ed)?|went\s+down|came\s+down|lower"
_UP = r"rise|rose|risen|increased?|increasing|surged?|spike[ds]?|jump(?:ed|s)?|hike|growth|" \
      r"grew|went\s+up|climbed|higher|soared"
_CHANGE_BEFORE = re.compile(rf"\b(?P<dir>{_DOWN}|{_UP})\s+(?:by\s+|of\s+)?[\[(]?\s*$", re.I)
_CHANGE_AFTER = re.compile(rf"^\s*[\])]?\s*(?P<dir>{_DOWN}|{_UP})\b", re.I)
_DOWN_RE = re.compile(rf"^(?:{_DOWN})$", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_RE = re.compile(
    r"\bthe\s+(?P<ord>" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+(?:such\s+)?"
    r"(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+?)\s+(?:to\s+(?:be|have\s+been)\s+|being\s+)?"
    r"(?P<verb>killed|murdered|shot\s+dead|gunned\s+down|kidnapped|abducted|injured|wounded|"
    r"arrested)\b", re.I)
_VERB_MEASURE = {"killed": "killed", "murdered": "killed", "shot dead": "killed",
                 "gunned down": "killed", "kidnapped": "kidnapped", "abducted": "kidnapped",
                 "injured": "wounded", "wounded": "wounded", "arrested": "arrests"}
# Period words that make a figure an aggregate even when the date cannot be resolved.
_PERIOD_PHRASE = re.compile(
    r"\b(?:this|last|past|previous|the\s+current)\s+(?:year|month|quarter|decade)|"
    r"\bso\s+far\b|\bsince\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:19|20)\d\d)|\bin\s+(?:19|20)\d\d\b|\bduring\s+the\s+year\b",
    re.I)
_AGGREGATE_PHRASE = re.compile(
    r"\b(?:acts\s+of\s+terror\w*|toll\s+of\s+the|the\s+(?:(?:19|20)\d\d\s+)?toll|in\s+total|"
    r"overall|altogether|in\s+all|across\s+the\s+country|around\s+the\s+country|countrywide|"
    r"nationwide|(?:terrorist|militant|insurgent)\s+(?:attacks|violence)|in\s+\w+\s+attacks)\b",
    re.I)
_SINGLE_EVENT = re.compile(
    r"\b(?:a|an|the|this|that)\s+(?:\w+\s+){0,2}?(?:attack|blast|explosion|bombing|ambush|"
    r"incident|encounter|clash|raid|operation|shooting|strike)\b(?!\s+(?:toll|tally))", re.I)
_BOUNDARY = re.compile(
    r"(?P<cmp>,?\s*\b(?:compared\s+(?:to|with)|as\s+against|as\s+compared\s+to|up\s+from|"
    r"down\s+from|versus|against(?=\s+\d)))\b"
    r"|(?P<ofw>,?\s*\bof\s+(?:which|whom|these|them)\b)"
    r"|\s*[;:–—]\s*|\s+-\s+|,\s*(?=[a-z(\[])(?!(?:and|or)\b)"
    r"|\b(?:which|that|who|whereas|while|when|but)\b"
    r"|\b(?:said|says|tweeted|added|told)\b"
    r"|\b(?:stated|revealed|reported|showed|shows|found|noted|claimed|informed)\s+that\b")
_SOURCE_HEAD = r"(?P<src>(?:the\s+)?[A-Z][^,;:()\[\]]{1,80}?)"
_SOURCE_END = (r"(?=\s*(?:,|\(|\[|\bin\s|\bon\s|\bduring\b|\bhas\b|\bhave\b|\bhad\b|\bwhich\b|"
               r"\bthat\b|\brevealed\b|\bstated\b|\bsaid\b|\bsays\b|\bshowed\b|\bshows\b|"
               r"\bfound\b|\bnoted\b|\breported\b|$))")
_REPORT_BY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:report|survey|study|data|figures|statistics|"
    r"analysis|review|tally|count|record|paper|database)s?\s+(?:\w+\s+)?(?:published|compiled|"
    r"released|issued|prepared|produced|maintained|collected|by|from)\s+(?:by\s+)?"
    + _SOURCE_HEAD + _SOURCE_END)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:report|data|figures|statistics|survey)\s+(?:by|from|of)\s+)?"
                        + _SOURCE_HEAD + r"(?=\s*(?:,|$|\.|\bin\s|\bon\s))")
_SAID = re.compile(r"(?P<src>(?:[A-Z][\w.'’-]+\s+){0,4}[A-Z][\w.'’-]+)\s+(?:has\s+|had\s+)?"
                   r"(?:said|says|stated|states|tweeted|told|reported|revealed|claimed|noted|"
                   r"added)\b")
_THE_REPORT = re.compile(r"^\W*(?:The|This|That|Its)\s+(?:\w+\s+)?(?:report|survey|study|data|"
                         r"figures)\b")
_HEAD_END = re.compile(r"\b(?:(?:revealed|stated|said|says|showed|shows|found|noted|reported|"
                       r"tweeted|claimed|informed\s+[\w\s’']{1,60}?)\s+that|said|says|tweeted)\b|"
                       r"\baccording\s+to\s[^,]*,", re.I)
_ELABORATION = re.compile(
    r"\b(?:among\s+(?:those|the)\s+(?P<m1>killed|dead|injured|wounded)\s+(?:were|was|"
    r"included|include)|the\s+(?P<m2>injured|wounded|dead|killed|deceased)\s+(?:included|"
    r"include|were|comprised))\b", re.I)
_BARE_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_BY_ACTOR = re.compile(r"\b(?:claimed|carried\s+out|conducted|perpetrated|launched|"
                       r"executed)?\s*by\s+(?:the\s+)?(?:banned\s+|outlawed\s+)?$", re.I)
_NOT_SCOPE_AFTER = re.compile(r"^[\s-]*(?:based|born|origin)\b", re.I)


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    comparison: bool = False
    of_which: bool = False


@dataclass(slots=True)
class _Anchor:
    kind: str                     # "value" | "share" | "change"
    measure: str | None
    start: int
    end: int
    clause: _Clause
    value: int | None = None
    qualifier: str = "exact"
    pct: float | None = None
    by_category: dict[str, int] = field(default_factory=dict)
    attacks: int | None = None
    counted_events: bool = False  # "26 terrorist attacks": aggregate by itself
    victims: str | None = None
    of_measure: str | None = None
    period_cue: bool = False      # "this year" seen even when it cannot be resolved


def _clauses(text: str, sentence: Sentence) -> list[_Clause]:
    """The sentence cut at clause boundaries; a clause opened by "compared to" or "of which"
    is flagged as such (the marker itself stays outside the clause)."""
    out: list[_Clause] = []
    pos = sentence.start
    comparison = of_which = False
    for m in _BOUNDARY.finditer(text, sentence.start, sentence.end):
        if m.start() > pos:
            out.append(_Clause(pos, m.start(), comparison, of_which))
        comparison, of_which = bool(m.group("cmp")), bool(m.group("ofw"))
        pos = m.end()
    if pos < sentence.end:
        out.append(_Clause(pos, sentence.end, comparison, of_which))
    return out or [_Clause(sentence.start, sentence.end)]


def _clause_of(clauses: Sequence[_Clause], pos: int) -> _Clause:
    for c in clauses:
        if c.start <= pos < c.end:
            return c
    return clauses[-1]


def _measure_after(text: str, start: int, end: int) -> str | None:
    """The measure a noun right after ``start`` names ("of the 2018 toll" -> killed)."""
    window = text[start:min(end, start + 60)]
    best: tuple[int, str] | None = None
    for pattern, measure in _MEASURE_NOUN_RE:
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), measure)
    return best[1] if best else None


def _plural(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun if noun.endswith("s") else noun + "s"


def _anchors(text: str, sentence: Sentence, clauses: Sequence[_Clause]) -> list[_Anchor]:
    """Every candidate figure of one sentence, in order."""
    anchors: list[_Anchor] = []
    taken: list[tuple[int, int]] = []
    s, e = sentence.start, sentence.end
    for m in _PCT_RE.finditer(text, s, e):
        pct = float(m.group("pct"))
        qual = "about" if m.group("qual") and not re.match(r"(?:over|more)", m.group("qual"),
                                                              re.I) else \
            ("more_than" if m.group("qual") else "exact")
        clause = _clause_of(clauses, m.start("pct"))
        before = text[max(clause.start, m.start() - 40):m.start()]
        after = text[m.end():clause.end]
        direction = _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after)
        taken.append((m.start("pct"), m.end()))
        if direction:
            sign = -1.0 if _DOWN_RE.match(" ".join(direction.group("dir").split())) else 1.0
            measure = _measure_after(text, m.end(), clause.end) or \
                _measure_after(text, clause.start, m.start())
            anchors.append(_Anchor("change", measure, m.start(), m.end(), clause, qualifier=qual,
                                   pct=sign * pct))
            continue
        measure = _measure_after(text, m.end(), clause.end)
        anchors.append(_Anchor("share", measure, m.start(), m.end(), clause, qualifier=qual,
                               pct=pct, of_measure=measure))
    for m in _ORDINAL_RE.finditer(text, s, e):
        noun = m.group("noun").split()[-1]
        if person_category(noun) is None and not re.fullmatch(r"attacks?", noun, re.I):
            continue
        clause = _clause_of(clauses, m.start())
        if not _PERIOD_PHRASE.search(text, m.end(), clause.end):
            continue
        raw = m.group("ord").lower()
        value = _ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
        verb = " ".join(m.group("verb").lower().split())
        anchors.append(_Anchor("value", _VERB_MEASURE[verb], m.start(), m.end(), clause,
                               value=value, victims=_plural(noun), period_cue=True))
        taken.append((m.start(), m.end()))
    for q in find_numbers(text, s, e):
        if any(ts <= q.start < te for ts, te in taken) or q.qualifier == "vague":
            continue
        if text[q.end:q.end + 1] in "%-" or re.match(r"\s*(?:per\s*cent|percent)", text[q.end:]):
            continue
        clause = _clause_of(clauses, q.start)
        cm = _COUNT_RE.match(text, q.end, clause.end)
        if cm and q.low is not None:
            measure = "suicide_attacks" if re.search(r"suicide", cm.group(0), re.I) else "attacks"
            before = text[max(clause.start, q.start - 12):q.start]
            anchor = _Anchor("value", measure, q.start, cm.end(), clause, value=q.low,
                             qualifier=q.qualifier, counted_events=True)
            if re.search(r"\b(?:in|during|through)\s+$", before):
                anchor.kind = "attacks_of"  # "killed in five attacks": a detail, not a figure
            anchors.append(anchor)
            taken.append((q.start, cm.end()))
        elif clause.comparison and q.low is not None and not re.match(
                r"\s*(?:years?|months?|days?|weeks?)\b", text[q.end:]):
            anchors.append(_Anchor("value", None, q.start, q.end, clause, value=q.low,
                                   qualifier=q.qualifier))
            taken.append((q.start, q.end))
    for fig in find_figures(text, sentence):
        nums = find_numbers(text, fig.start, fig.end)
        if not nums or any(ts <= nums[0].start < te for ts, te in taken):
            continue
        if fig.count.low is None and fig.count.high is None:
            continue
        clause = _clause_of(clauses, nums[0].start)
        value = fig.count.best if fig.count.best is not None else fig.count.low
        anchors.append(_Anchor("value", MEASURE_OF_FIGURE[fig.measure], fig.start, fig.end,
                               clause, value=value if value is not None else fig.count.high,
                               qualifier=fig.count.qualifier,
                               by_category=dict(fig.count.by_category)))
    anchors.sort(key=lambda a: a.start)
    return anchors


@dataclass(slots=True)
class _Source:
    name: str
    start: int
    end: int


def _sentence_source(text: str, sentence: Sentence) -> tuple[_Source | None, bool]:
    """The source a sentence cites, and whether it refers back to "the report"."""
    s, e = sentence.start, sentence.end
    for pattern in (_REPORT_BY, _ACCORDING):
        m = pattern.search(text, s, e)
        if m:
            name = re.sub(r"^the\s+", "", m.group("src").strip())
            return _Source(name, m.start("src"), m.start("src") + len(m.group("src").rstrip())), \
                False
    if _THE_REPORT.match(text, s, e):
        return None, True
    m = _SAID.search(text, s, e)
    if m and not re.fullmatch(r"(?:He|She|They|It|We|I|The|This|That|[A-Z][a-z]+ly)",
                              m.group("src")):
        name = m.group("src")
        first = name.split()[0]
        if m.start("src") == s and len(name.split()) > 1 and first.lower() not in UNITS and \
                not re.match(r"[A-Z]{2,}", first) and text[m.start("src"):].startswith(first):
            # "Senior journalist Hamid Mir said": drop a sentence-initial capitalised role word.
            name = " ".join(name.split()[1:]) if first[0].isupper() and \
                first.lower() in ("senior", "former", "the") else name
        return _Source(name, m.start("src"), m.end("src")), False
    return None, False


def _head_end(text: str, sentence: Sentence, first_anchor: int) -> int:
    """End of the attribution head before the first figure ("A report published ... in
    January revealed that"): dates in it date the report, not the figure."""
    end = sentence.start
    for m in _HEAD_END.finditer(text, sentence.start, first_anchor):
        end = m.end()
    return end


def _coarse(dates: Sequence[DateMention], start: int, end: int) -> list[DateMention]:
    return [d for d in dates if start <= d.start < end and d.date.precision != "day"]


@dataclass(slots=True)
class _Scope:
    country: str | None = None
    admin1: list[str] = field(default_factory=list)
    actor: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


def _clause_scope(text: str, clause: _Clause, doc_places: DocPlaces, gazetteer: Gazetteer,
                  actor_matches: Sequence[ActorMatch],
                  excluded: Sequence[tuple[int, int]]) -> _Scope:
    """Country, provinces and actor named in one clause (``excluded``: a breakdown's places)."""
    scope = _Scope()
    for m in doc_places.matches:
        if not (clause.start <= m.start < clause.end) or _NOT_SCOPE_AFTER.match(text[m.end:]):
            continue
        if any(s <= m.start < e for s, e in excluded):
            continue
        if any(a.start <= m.start < a.end for a in actor_matches):
            continue
        entry = gazetteer.resolve(m.entries, countries=doc_places.countries,
                                  admin1s=doc_places.admin1s)
        if entry.kind == "country":
            scope.country = scope.country or entry.country
        elif entry.kind == "admin1" and entry.admin1:
            if entry.admin1 not in scope.admin1:
                scope.admin1.append(entry.admin1)
            scope.country = scope.country or entry.country
        else:
            continue
        scope.evidence.append(Evidence("scope", m.start, m.end, m.text))
    for a in actor_matches:
        if clause.start <= a.start < clause.end and _BY_ACTOR.search(
                text[max(clause.start, a.start - 30):a.start]):
            scope.actor = a.actor.name
            scope.evidence.append(Evidence("scope", a.start, a.end, a.text))
            break
    return scope


def _has_strong_trigger(text: str, clause: _Clause) -> bool:
    for cls, pattern in TRIGGER_RE.items():
        if cls not in WEAK_TRIGGERS and pattern.search(text, clause.start, clause.end):
            return True
    return False


def _breakdown(text: str, start: int, end: int) -> dict[str, int]:
    """"nine security officials, 14 civilians and seven militants" -> categories."""
    out: dict[str, int] = {}
    for q in find_numbers(text, start, end):
        if q.low is None:
            continue
        words = re.match(r"\s+((?:[\w-]+\s*){1,3})", text[q.end:end])
        if not words:
            continue
        tokens = re.split(r"\s+|,", words.group(1).strip())
        tokens = [t for t in tokens if t and t.lower() not in ("and", "or")]
        category = None
        for n in range(min(3, len(tokens)), 0, -1):
            category = person_category(" ".join(tokens[:n]))
            if category:
                break
        key = category or "unknown"
        out[key] = out.get(key, 0) + q.low
    return out


def _by_admin1(text: str, sentence: Sentence, after: int, total: int, doc_places: DocPlaces,
               gazetteer: Gazetteer) -> tuple[dict[str, int], list[tuple[int, int]]]:
    """"Three were killed in KPK and one in Punjab" after a total: counts by province."""
    out: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for m in doc_places.matches:
        if not (after <= m.start < sentence.end):
            continue
        entry = gazetteer.resolve(m.entries, countries=doc_places.countries)
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


def find_statistics(text: str, sentences: Sequence[Sentence], dates: Sequence[DateMention],
                    doc_places: DocPlaces, actor_matches: Sequence[ActorMatch],
                    gazetteer: Gazetteer, published: str | None) -> list[Statistic]:
    """Every statistic the article states, in document order (see the module docstring).

    ``published`` (ISO date or None) is only checked here: the dates come resolved.
    """
    if published and parse_iso_date(published) is None:
        raise EventWatchError(Errors.E017, "published",
                              reason=f"{published!r} is not an ISO date (YYYY-MM-DD)")
    default_country = doc_places.countries[0] if doc_places.countries else None
    out: list[Statistic] = []
    paragraph = -1
    para_source: _Source | None = None
    report_source: _Source | None = None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, para_source = sentence.paragraph, None
        own, refers_back = _sentence_source(text, sentence)
        if own is not None:
            para_source = own
            if _REPORT_BY.search(text, sentence.start, sentence.end):
                report_source = own
        elif refers_back and report_source is not None:
            para_source = report_source
        source = para_source
        elab = _ELABORATION.search(text, sentence.start, sentence.end)
        if elab and elab.start() - sentence.start < 5:
            _attach_elaboration(text, sentence, out)
            continue
        clauses = _clauses(text, sentence)
        anchors = _anchors(text, sentence, clauses)
        if not anchors:
            continue
        made = _sentence_statistics(text, sentence, clauses, anchors, dates, doc_places,
                                    actor_matches, gazetteer, default_country, out)
        for stat in made:
            if source is not None:
                stat.source = source.name
                stat.evidence.append(Evidence("source", source.start, source.end, source.name))
                stat.confidence = min(0.9, stat.confidence + 0.15)
        out.extend(made)
    _assign_ids(out)
    return out


def _sentence_statistics(text: str, sentence: Sentence, clauses: Sequence[_Clause],
                         anchors: list[_Anchor], dates: Sequence[DateMention],
                         doc_places: DocPlaces, actor_matches: Sequence[ActorMatch],
                         gazetteer: Gazetteer, default_country: str | None,
                         previous: Sequence[Statistic]) -> list[Statistic]:
    head = _head_end(text, sentence, anchors[0].start)
    usable = [d for d in dates if sentence.start <= d.start < sentence.end and d.start >= head]
    day_dates = [d for d in usable if d.date.precision == "day"]
    has_pct = any(a.kind in ("share", "change") for a in anchors)
    counted = any(a.counted_events and a.kind == "value" for a in anchors)
    aggregate = bool(_AGGREGATE_PHRASE.search(text, sentence.start, sentence.end))
    main: _Anchor | None = None
    main_stat: Statistic | None = None
    main_scope: _Scope | None = None
    made: list[Statistic] = []
    consumed: list[tuple[int, int]] = []
    for anchor in anchors:
        if anchor.kind == "attacks_of":
            continue
        if any(cs <= anchor.start < ce for cs, ce in consumed):
            continue
        clause = anchor.clause
        own = _coarse(usable, clause.start, clause.end)
        own_days = [d for d in day_dates if clause.start <= d.start < clause.end]
        if own_days:
            continue
        prev_clause = next((c for c in reversed(clauses) if c.end <= clause.start), None)
        # "an attack that killed 70": a relative clause on one named event is an incident.
        relative = re.search(r"\b(?:that|which|who)\s*$", text[max(0, clause.start - 8):
                                                               clause.start])
        single = bool(_SINGLE_EVENT.search(text, clause.start, clause.end)) or (
            relative is not None and prev_clause is not None and
            bool(_SINGLE_EVENT.search(text, prev_clause.start, prev_clause.end)))
        period_cue = anchor.period_cue or bool(own) or bool(
            _PERIOD_PHRASE.search(text, clause.start, clause.end))
        if anchor.kind == "value" and not anchor.counted_events:
            cued = period_cue or has_pct or counted or aggregate or (
                main is not None and not clause.comparison)
            if not cued or single or (period_cue and not (has_pct or counted or aggregate)
                                      and _has_strong_trigger(text, clause)):
                continue
        if anchor.kind == "value" and anchor.counted_events and day_dates and not own:
            continue
        # A share with no figure of its own ("– 59% of the 2018 toll") qualifies the figure
        # just before it.
        if anchor.kind == "share" and made and made[-1].share_pct is None and \
                made[-1].value is not None and not clause.of_which and \
                (anchor.measure in (None, made[-1].measure)) and not re.search(
                    r"\b(?:were|was|are|is)\b", text[clause.start:clause.end]):
            made[-1].share_pct = anchor.pct
            made[-1].of_measure = made[-1].measure
            made[-1].evidence.append(Evidence("share_pct", anchor.start, anchor.end,
                                              text[anchor.start:anchor.end]))
            made[-1].of = _whole_of(made[-1], [*previous, *made[:-1]])
            continue
        measure = anchor.measure or (main.measure if main is not None else None)
        if anchor.kind == "share" and clause.of_which and main is not None and \
                anchor.measure is None:
            measure = main.measure
        if measure is None:
            continue
        # The period: own clause, main clause, the sentence, a bare year, the paragraph.
        period_ev: DateMention | None = None
        period: DateValue | None = None
        if own:
            period_ev = min(own, key=lambda d: abs(d.start - anchor.start))
        elif main_stat is not None and not clause.comparison:
            period = main_stat.period
        else:
            rest = [d for d in _coarse(usable, head, sentence.end)
                    if not _clause_of(clauses, d.start).comparison]
            if rest:
                period_ev = rest[0]
        if period_ev is not None:
            period = period_ev.date
        if period is None and main_stat is None:
            year = next((m for m in _BARE_YEAR.finditer(text, head, sentence.end)
                         if not any(d.start <= m.start() < d.end for d in dates)), None)
            if year:
                period = DateValue(int(year.group("year")), None, None, "year")
                period_ev = DateMention(year.start(), year.end(), year.group(0), period, "year",
                                        False)
            elif not period_cue and previous and previous[-1].period is not None and \
                    _same_paragraph(previous[-1], sentence):
                period = previous[-1].period
        spread: dict[str, int] = {}
        if anchor.kind == "value" and anchor.value is not None:
            spread, spans = _by_admin1(text, sentence, anchor.end, anchor.value, doc_places,
                                       gazetteer)
            consumed.extend(spans)
        scope = _clause_scope(text, clause, doc_places, gazetteer, actor_matches, consumed)
        if not scope.country and not scope.admin1 and main_scope is not None and \
                anchor is not main and (clause.comparison or not clause.of_which):
            scope = _Scope(main_scope.country, list(main_scope.admin1), main_scope.actor)
        country = scope.country or default_country
        scope_dict: dict[str, object] = {"country": country}
        if scope.admin1:
            scope_dict["admin1"] = scope.admin1[0] if len(scope.admin1) == 1 else scope.admin1
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
            of_measure=(anchor.of_measure or measure) if anchor.kind == "share" else None,
            by_category=anchor.by_category,
            evidence=[Evidence("statistic", clause.start, clause.end,
                               text[clause.start:clause.end]),
                      Evidence("value", anchor.start, anchor.end,
                               text[anchor.start:anchor.end]), *scope.evidence],
            confidence=0.5 + 0.15 * (period is not None))
        if period_ev is not None:
            stat.evidence.append(Evidence("period", period_ev.start, period_ev.end,
                                          period_ev.text))
        detail = next((a for a in anchors if a.kind == "attacks_of" and a.clause is clause), None)
        if detail is not None:
            stat.attacks = detail.value
            stat.evidence.append(Evidence("attacks", detail.start, detail.end,
                                          text[detail.start:detail.end]))
        if anchor.kind == "share":
            stat.of = _pending_ref(main_stat) if clause.of_which and main_stat is not None \
                else _whole_of(stat, [*previous, *made])
        if spread:
            stat.by_admin1 = spread
            stat.evidence.append(Evidence("by_admin1", consumed[-len(spread)][0],
                                          consumed[-1][1],
                                          text[consumed[-len(spread)][0]:consumed[-1][1]]))
        made.append(stat)
        if main is None and not clause.comparison:
            main, main_stat, main_scope = anchor, stat, scope
    return made


def _same_paragraph(stat: Statistic, sentence: Sentence) -> bool:
    return any(e.field == "statistic" for e in stat.evidence) and \
        sentence.start - stat.evidence[0].end < 400


def _pending_ref(stat: Statistic) -> str:
    """A reference to a statistic whose id is assigned at the end (see :func:`_assign_ids`)."""
    return f"@{id(stat)}"


def _whole_of(part: Statistic, earlier: Sequence[Statistic]) -> str | None:
    """The statistic a share is of: the latest earlier one with the same measure and period
    and a wider scope (no province or actor where the part has one)."""
    for cand in reversed(earlier):
        if cand is part or cand.measure != part.measure or cand.value is None:
            continue
        if cand.period is not None and part.period is not None and \
                cand.period.value != part.period.value:
            continue
        if (cand.scope.get("admin1") and part.scope.get("admin1")) or (
                cand.scope.get("actor") and part.scope.get("actor")):
            continue
        if cand.scope == part.scope:
            continue
        return _pending_ref(cand)
    return None


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def _assign_ids(stats: Sequence[Statistic]) -> None:
    """Readable ids ("pk-2018-killed", "balochistan-2018-killed") and the ``of`` references."""
    refs: dict[str, str] = {}
    seen: set[str] = set()
    for stat in stats:
        admin1 = stat.scope.get("admin1")
        where = "-".join(_slug(a) for a in admin1) if isinstance(admin1, list) else \
            _slug(str(admin1 or stat.scope.get("country") or "xx"))
        parts = [where, stat.period.value if stat.period and stat.period.value else "nd",
                 stat.measure]
        if stat.scope.get("actor"):
            parts.append(_slug(str(stat.scope["actor"])))
        if stat.value is None and stat.share_pct is not None:
            parts.append("share")
        if stat.change_pct is not None:
            parts.append("change")
        base = "-".join(p for p in parts if p)
        ident, n = base, 2
        while ident in seen:
            ident, n = f"{base}-{n}", n + 1
        seen.add(ident)
        stat.id = ident
        refs[_pending_ref(stat)] = ident
    for stat in stats:
        if stat.of is not None:
            stat.of = refs.get(stat.of)


def _attach_elaboration(text: str, sentence: Sentence, stats: Sequence[Statistic]) -> None:
    """"Among those killed were nine security officials ... and the injured included ..."
    fills the categories of the statistics stated just before."""
    parts = list(_ELABORATION.finditer(text, sentence.start, sentence.end))
    for i, m in enumerate(parts):
        word = (m.group("m1") or m.group("m2")).lower()
        measure = "killed" if word in ("killed", "dead", "deceased") else "wounded"
        end = parts[i + 1].start() if i + 1 < len(parts) else sentence.end
        target = next((s for s in reversed(stats[-4:]) if s.measure == measure
                       and s.value is not None and not s.by_category), None)
        if target is None or not _same_paragraph(target, sentence):
            continue
        categories = _breakdown(text, m.end(), end)
        if categories and sum(categories.values()) <= target.value:  # type: ignore[operator]
            target.by_category = categories
            target.evidence.append(Evidence("by_category", m.start(), end,
                                            text[m.start():end].rstrip(" .,;")))
