"""Clauses and candidate figures ("anchors") of one sentence, for the statistics stage.

Reads the article text and one sentence of it (with the casualty figures that
:func:`eventwatch.extract.casualties.find_figures` finds there); writes nothing: it returns
:class:`Clause` and :class:`Anchor` records, which :mod:`eventwatch.extract.statistics` turns
into statistics.  An anchor is a counted event noun ("26 terrorist attacks"), a casualty
figure ("595 people were killed"), a percentage (a share or a change) or an ordinal ("the
fourth journalist killed ... this year"); whether it is an aggregate is decided there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwatch.extract.casualties import find_figures
from eventwatch.extract.fastre import guarded
from eventwatch.extract.numbers import SINGLES, Quantity, find_numbers
from eventwatch.extract.people import person_category
from eventwatch.extract.segment import Sentence
from eventwatch.extract.temporal import MONTH_NAMES
from eventwatch.extract.tolls import Figure

MEASURE_OF_FIGURE = {"killed": "killed", "wounded": "wounded", "arrested": "arrests",
                     "kidnapped": "kidnapped"}
# Nouns that say what a share or change is of ("of the 2018 toll", "in terrorist attacks").
MEASURE_NOUNS: list[tuple[str, str]] = [
    (r"suicide\s+(?:attacks|bombings|blasts)", "suicide_attacks"),
    (r"attacks|incidents|bombings|blasts|explosions|acts\s+of\s+terror\w*|violence", "attacks"),
    (r"toll|deaths|fatalities|killings|killed|lives|dead", "killed"),
    (r"injured|wounded|injuries", "wounded"),
    (r"casualties", "casualties"),
    (r"arrests|arrested|detentions|detained", "arrests"),
    (r"kidnappings|abductions|kidnapped|abducted", "kidnapped"),
]
_MEASURE_NOUN_RE = [(re.compile(rf"\b(?:{p})\b", re.I), m) for p, m in MEASURE_NOUNS]
# A counted event noun after at most three modifiers: "26 terrorist attacks".
_COUNT_RE = guarded(
    r"\s+(?:(?!(?:in|of|on|at|by|and|or|the|were|was|people|persons|who|which|that|separate|"
    r"different|such|other|more|similar|stray)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:suicide\s+)?(?:attacks|incidents|bombings|blasts|explosions|strikes)|"
    r"acts\s+of\s+terror\w*)\b", re.I)
_PCT_RE = guarded(
    r"(?P<qual>\b(?:about|around|nearly|almost|over|more\s+than|some|roughly|approximately|"
    r"close\s+to|an\s+estimated)\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
_DOWN = r"decline[ds]?|declining|decreased?|decreasing|drop(?:ped|s)?|fall|fell|reduction|dip|" \
        r"dipped|plunged?|plummet(?:ed)?|went\s+down|came\s+down|lower|less\s+than|fewer\s+than"
_UP = r"rise|rose|risen|increased?|increasing|surged?|spike[ds]?|jump(?:ed|s)?|hike|growth|" \
      r"grew|went\s+up|climbed|higher|soared|more\s+than"
_CHANGE_BEFORE = guarded(rf"\b(?P<dir>{_DOWN}|{_UP})\s+(?:by\s+|of\s+)?[\[(]?\s*$", re.I)
_CHANGE_AFTER = guarded(rf"\s*[\])]?\s*(?P<dir>{_DOWN}|{_UP})\b", re.I)
_DOWN_RE = guarded(rf"(?:{_DOWN})", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_RE = guarded(
    r"\bthe\s+(?P<ord>" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+(?:such\s+)?"
    r"(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+?)\s+(?:to\s+(?:be|have\s+been)\s+|being\s+)?"
    r"(?P<verb>killed|murdered|shot\s+dead|gunned\s+down|kidnapped|abducted|injured|wounded|"
    r"arrested)\b", re.I)
_VERB_MEASURE = {"killed": "killed", "murdered": "killed", "shot dead": "killed",
                 "gunned down": "killed", "kidnapped": "kidnapped", "abducted": "kidnapped",
                 "injured": "wounded", "wounded": "wounded", "arrested": "arrests"}
# Period words that make a figure an aggregate even when the date cannot be resolved.
PERIOD_PHRASE = guarded(
    r"\b(?:(?:this|last|past|previous|the\s+current)\s+(?:year|month|quarter|decade)|"
    rf"since\s+(?:{MONTH_NAMES}|(?:19|20)\d\d)|in\s+(?:19|20)\d\d|during\s+the\s+year)\b", re.I)
# Where a sentence is cut into clauses: a comparison or "of which" opens a flagged clause;
# punctuation, conjunctions, relative pronouns and reporting verbs ("said", "revealed that")
# end one.
_BOUNDARY = guarded(
    r"(?P<cmp>,?\s*\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|"
    r"up\s+from|down\s+from|versus|against(?=\s+\d)))\b"
    r"|(?P<ofw>,?\s*\bof\s+(?:which|whom|these|them)\b)"
    r"|\s*[;:–—]\s*|\s+-\s+|,\s*(?=[a-z(\[])(?!(?:and|or)\b)"
    r"|\b(?:which|that|who|whereas|while|when|but|said|says|tweeted|added|told)\b"
    r"|\b(?:stated|revealed|reported|showed|shows|found|noted|claimed|informed)\s+that\b")


@dataclass(slots=True)
class Clause:
    """A stretch of one sentence between clause boundaries (offsets into the article text)."""

    start: int
    end: int
    comparison: bool = False  # opened by "compared to", "up from" ...
    of_which: bool = False    # opened by "of which", "of them" ...


@dataclass(slots=True)
class Anchor:
    """A candidate figure at ``text[start:end]`` in ``clause``; ``value`` or ``pct`` by kind."""

    kind: str                 # "value" | "share" | "change" | "attacks_of" (a detail)
    measure: str | None
    start: int
    end: int
    clause: Clause
    value: int | None = None
    qualifier: str = "exact"
    pct: float | None = None
    by_category: dict[str, int] = field(default_factory=dict)
    counted: bool = False     # "26 terrorist attacks"
    victims: str | None = None
    period_cue: bool = False  # "this year" seen even where it cannot be resolved


_DAY_BEFORE_MONTH = re.compile(r"\b[0-3]?\d[\s/]+$")


def split_clauses(text: str, sentence: Sentence) -> list[Clause]:
    """The sentence cut at clause boundaries; a clause opened by "compared to" or "of which"
    is flagged as such (the marker itself stays outside the clause)."""
    out: list[Clause] = []
    pos = sentence.start
    comparison = of_which = False
    for m in _BOUNDARY.finditer(text, sentence.start, sentence.end):
        if m.start() > pos:
            out.append(Clause(pos, m.start(), comparison, of_which))
        comparison, of_which = bool(m.group("cmp")), bool(m.group("ofw"))
        pos = m.end()
    if pos < sentence.end:
        out.append(Clause(pos, sentence.end, comparison, of_which))
    return out or [Clause(sentence.start, sentence.end)]


def clause_of(clauses: Sequence[Clause], pos: int) -> Clause:
    return next((c for c in clauses if c.start <= pos < c.end), clauses[-1])


def _measurenear(text: str, start: int, end: int) -> str | None:
    """The measure the first measure noun in ``text[start:end]`` names ("toll" -> killed)."""
    window = text[start:min(end, start + 60)]
    best: tuple[int, str] | None = None
    for pattern, measure in _MEASURE_NOUN_RE:
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), measure)
    return best[1] if best else None


def not_a_figure(q: Quantity) -> bool:
    """Years ("in 2015 91 persons"), vague words and lone articles ("one Amanullah") are not
    statistics."""
    if re.fullmatch(r"(?:19|20)\d\d", re.sub(r"^\D+", "", q.text)):
        return True
    word = q.text.split()[-1].lower()
    return q.qualifier == "vague" or word in SINGLES or word == "one"


def _percent_anchor(text: str, m: re.Match[str], clause: Clause) -> Anchor:
    pct = float(m.group("pct"))
    qual_text = (m.group("qual") or "").strip().lower()
    qualifier = "exact" if not qual_text else (
        "more_than" if qual_text in ("over", "more than") else "about")
    before = text[max(clause.start, m.start() - 40):m.start()]
    direction = _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(text, m.end(), clause.end)
    if direction:
        sign = -1.0 if _DOWN_RE.fullmatch(" ".join(direction.group("dir").split())) else 1.0
        measure = _measurenear(text, m.end(), clause.end) or \
            _measurenear(text, clause.start, m.start())
        return Anchor("change", measure, m.start(), m.end(), clause, qualifier=qualifier,
                       pct=sign * pct)
    return Anchor("share", _measurenear(text, m.end(), clause.end), m.start(), m.end(),
                   clause, qualifier=qualifier, pct=pct)


def _plural(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun if noun.endswith("s") else noun + "s"


def find_anchors(text: str, sentence: Sentence, clauses: Sequence[Clause],
                 figures: Sequence[Figure] | None = None) -> list[Anchor]:
    """Every candidate figure of one sentence, in order (``figures``: its casualty figures,
    where they have been read already)."""
    anchors: list[Anchor] = []
    taken: list[tuple[int, int]] = []
    s, e = sentence.start, sentence.end
    for m in _PCT_RE.finditer(text, s, e):
        anchors.append(_percent_anchor(text, m, clause_of(clauses, m.start("pct"))))
        taken.append((m.start(), m.end()))
    for m in _ORDINAL_RE.finditer(text, s, e):
        noun = m.group("noun").split()[-1]
        clause = clause_of(clauses, m.start())
        if person_category(noun) is None or not PERIOD_PHRASE.search(text, m.end(), clause.end):
            continue
        raw = m.group("ord").lower()
        verb = " ".join(m.group("verb").lower().split())
        anchors.append(Anchor("value", _VERB_MEASURE[verb], m.start(), m.end(), clause,
                               value=_ORDINALS.get(raw) or int(re.sub(r"\D", "", raw)),
                               victims=_plural(noun), period_cue=True))
        taken.append((m.start(), m.end()))
    for q in find_numbers(text, s, e):
        if any(ts <= q.start < te for ts, te in taken) or not_a_figure(q) or q.low is None:
            continue
        clause = clause_of(clauses, q.start)
        cm = _COUNT_RE.match(text, q.end, clause.end)
        if cm and re.search(r"\b(?:these|those|the|all|both|its|their)\s+$",
                            text[max(s, q.start - 10):q.start], re.I):
            continue  # "these three incidents": incidents already told, not a count
        if cm and q.text.isdigit() and _DAY_BEFORE_MONTH.search(text, max(s, q.start - 4),
                                                                 q.start):
            continue  # "the 26 11 Mumbai attacks" (26/11 with its slash lost): a date
        if cm:
            measure = "suicide_attacks" if re.search(r"suicide", cm.group(0), re.I) else "attacks"
            # "killed in five attacks": a detail of the figure, not a figure of its own.
            detail = re.search(r"\b(?:in|during|through)\s+$", text[max(s, q.start - 12):q.start])
            anchors.append(Anchor("attacks_of" if detail else "value", measure, q.start,
                                   cm.end(), clause, value=q.low, qualifier=q.qualifier,
                                   counted=True))
            taken.append((q.start, cm.end()))
        elif clause.comparison and not re.match(r"\s*(?:years?|months?|days?|weeks?)\b",
                                                text[q.end:]):
            anchors.append(Anchor("value", None, q.start, q.end, clause, value=q.low,
                                   qualifier=q.qualifier))
            taken.append((q.start, q.end))
    for fig in find_figures(text, sentence) if figures is None else figures:
        nums = find_numbers(text, fig.start, fig.end)
        if not nums or any(ts <= nums[0].start < te for ts, te in taken) or \
                not_a_figure(nums[0]):
            continue
        value = fig.count.best if fig.count.best is not None else fig.count.low
        value = value if value is not None else fig.count.high
        if value is None or value < 2:
            continue
        anchors.append(Anchor("value", MEASURE_OF_FIGURE[fig.measure], fig.start, fig.end,
                               clause_of(clauses, nums[0].start), value=value,
                               qualifier=fig.count.qualifier,
                               by_category=dict(fig.count.by_category)))
    anchors.sort(key=lambda a: a.start)
    return anchors
