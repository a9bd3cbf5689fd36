"""Pairing predicted incidents with gold incidents, one to one.

Reads gold incidents and predicted incident dicts (``Incident.to_dict()`` shape) of one
document and the document text.  The similarity of a pair is a weighted mean over the evidence
the gold gives: date, place, killed/wounded, event/attack type and the overlap of evidence
spans.  Pairs are chosen by the Hungarian algorithm (maximum total similarity), and a pair
below :data:`MIN_SIMILARITY` is not a match, so an unrelated prediction never pairs.

Unmatched predictions are then classified: matching a gold ``optional_incidents`` entry (not
scored), matching a ``must_not`` entry (a violation), or a false positive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwatch.evaluate.compare import (
    count_low,
    date_matches,
    location_matches,
    names_equal,
    norm_name,
    place_core,
    pred_date_parts,
)
from eventwatch.evaluate.gold import GoldIncident

#: A pair below this similarity is not a match.
MIN_SIMILARITY = 0.35

# Component weights: the evidence span is the strongest sign that two records describe the
# same event; date and place next; counts and types are supporting signals.
_WEIGHTS = {"evidence": 3.0, "date": 2.0, "place": 2.0, "killed": 1.0, "wounded": 1.0,
            "type": 1.0}

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_STOP = frozenset({
    "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is",
    "it", "its", "of", "on", "or", "the", "this", "that", "to", "was", "were", "with",
    "incident", "incidents", "separate", "dated", "same", "other",
})


def pred_spans(pred: dict[str, Any], text_len: int) -> list[tuple[int, int]]:
    spans = []
    for ev in pred.get("evidence") or []:
        start, end = ev.get("start"), ev.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_len:
            spans.append((start, end))
    return spans


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def evidence_overlap(gold: GoldIncident, pred: dict[str, Any], text: str) -> float | None:
    """Share of the predicted evidence characters that lie inside the gold evidence span.

    Falls back to text containment when offsets are unusable.  None when the gold has no
    evidence to compare with.
    """
    if gold.span is None:
        evidence = gold.raw.get("evidence")
        if not isinstance(evidence, str) or not evidence:
            return None
        texts = [ev.get("text") or "" for ev in pred.get("evidence") or []]
        texts = [t for t in texts if t.strip()]
        if not texts:
            return 0.0
        return sum(t in evidence for t in texts) / len(texts)
    g0, g1 = gold.span
    spans = _merge(pred_spans(pred, len(text)))
    if not spans:
        texts = [ev.get("text") or "" for ev in pred.get("evidence") or []]
        region = text[g0:g1]
        texts = [t for t in texts if t.strip()]
        return sum(t in region for t in texts) / len(texts) if texts else 0.0
    total = sum(e - s for s, e in spans)
    inside = sum(max(0, min(e, g1) - max(s, g0)) for s, e in spans)
    return inside / total if total else 0.0


def place_score(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """1 for the same named place, partial credit for the same district or province."""
    place = pred.get("place") or {}
    admin1 = names_equal(gold.get("admin1"), place.get("admin1"))
    admin2 = any(names_equal(a, place.get("admin2"))
                 for a in (gold.get("admin2"), gold.get("admin2_as_written")) if a)
    if gold.get("location") or gold.get("place_context"):
        if any(location_matches(a, place.get("name"))
               for a in (gold.get("location"), gold.get("place_context")) if a):
            return 1.0
        return 0.5 if admin2 else 0.3 if admin1 else 0.0
    if gold.get("admin2"):
        if admin2 or location_matches(gold["admin2"], place.get("name")):
            return 1.0
        return 0.5 if admin1 else 0.0
    if gold.get("admin1"):
        return 1.0 if admin1 else 0.0
    if gold.get("country"):
        return 1.0 if (gold["country"] or "").upper() == (place.get("country") or "").upper() \
            else 0.0
    return None


def similarity(gold: GoldIncident, pred: dict[str, Any], text: str) -> float:
    """Weighted mean of the components the gold codes (0 when nothing can be compared)."""
    raw = gold.raw
    parts: dict[str, float] = {}
    ev = evidence_overlap(gold, pred, text)
    if ev is not None:
        parts["evidence"] = ev
    if gold.date is not None and not gold.date.empty:
        if date_matches(gold.date, pred):
            parts["date"] = 1.0
        else:
            _, month, _, _ = pred_date_parts(pred)
            parts["date"] = 0.3 if month is not None and month == gold.date.month else 0.0
    place = place_score(raw, pred)
    if place is not None:
        parts["place"] = place
    for key in ("killed", "wounded"):
        g = count_low(raw.get(key))
        if g is not None:
            parts[key] = 1.0 if g == count_low(pred.get(key)) else 0.0
    types = [raw[k] == pred.get(k) for k in ("event_type", "attack_type")
             if raw.get(k) is not None]
    if types:
        parts["type"] = sum(types) / len(types)
    if not parts:
        return 0.0
    weight = sum(_WEIGHTS[k] for k in parts)
    return sum(_WEIGHTS[k] * v for k, v in parts.items()) / weight


def hungarian(score: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment of rows to columns (rectangular allowed).

    The classic O(n^3) potentials algorithm (Kuhn-Munkres, as in Jonker-Volgenant's
    shortest-augmenting-path form) on costs ``-score``; returns (row, col) pairs.
    """
    n_rows = len(score)
    n_cols = len(score[0]) if n_rows else 0
    if not n_rows or not n_cols:
        return []
    transpose = n_rows > n_cols
    if transpose:
        score = [list(col) for col in zip(*score, strict=True)]
        n_rows, n_cols = n_cols, n_rows
    inf = float("inf")
    cost = [[-v for v in row] for row in score]
    u = [0.0] * (n_rows + 1)
    v = [0.0] * (n_cols + 1)
    owner = [0] * (n_cols + 1)  # owner[j]: row (1-based) assigned to column j
    way = [0] * (n_cols + 1)
    for i in range(1, n_rows + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (n_cols + 1)
        used = [False] * (n_cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, n_cols + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n_cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, n_cols + 1) if owner[j]]
    if transpose:
        pairs = [(c, r) for r, c in pairs]
    return sorted(pairs)


@dataclass(slots=True)
class Alignment:
    """The outcome of matching one document: index pairs and the leftovers, classified."""

    pairs: list[tuple[int, int, float]]  # (gold index, prediction index, similarity)
    missed: list[int]  # gold indices
    optional: list[tuple[int, str]]  # (prediction index, optional incident id)
    violations: list[tuple[int, str]]  # (prediction index, must_not "what")
    false_positives: list[int]  # prediction indices


def align(gold: Sequence[GoldIncident], preds: Sequence[dict[str, Any]], text: str,
          optional: Sequence[GoldIncident] = (), must_not: Sequence[dict[str, Any]] = (),
          min_similarity: float = MIN_SIMILARITY) -> Alignment:
    """Match ``preds`` to ``gold`` one to one and classify the unmatched predictions."""
    matrix = [[similarity(g, p, text) for p in preds] for g in gold]
    pairs = [(gi, pi, matrix[gi][pi]) for gi, pi in hungarian(matrix)
             if matrix[gi][pi] >= min_similarity]
    matched_g = {gi for gi, _, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    rest = [i for i in range(len(preds)) if i not in matched_p]
    violations: list[tuple[int, str]] = []
    for pi in list(rest):
        what = violated(must_not, preds[pi])
        if what is not None:
            violations.append((pi, what))
            rest.remove(pi)
    opt_pairs: list[tuple[int, str]] = []
    if optional and rest:
        sub = [[similarity(o, preds[pi], text) for pi in rest] for o in optional]
        for oi, ri in hungarian(sub):
            if sub[oi][ri] >= min_similarity:
                opt_pairs.append((rest[ri], optional[oi].id))
        rest = [pi for pi in rest if pi not in {p for p, _ in opt_pairs}]
    return Alignment(pairs, [i for i in range(len(gold)) if i not in matched_g],
                     sorted(opt_pairs), violations, rest)


def _must_not_dates(what: str) -> list[tuple[int | None, int, int | None]]:
    out: list[tuple[int | None, int, int | None]] = []
    for m in re.finditer(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b", what):
        out.append((int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    pattern = r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\b(?:,?\s+(\d{4}))?"
    for m in re.finditer(pattern, what, re.IGNORECASE):
        month = _MONTHS.index(m.group(1).lower()) + 1
        out.append((int(m.group(3)) if m.group(3) else None, month, int(m.group(2))))
    return out


def _must_not_places(what: str) -> list[str]:
    """Capitalised name sequences ("Dera Ismail Khan", "Malir City Police Station")."""
    names = re.findall(r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|e|i|ul|al))*", what)
    return [n for n in names if norm_name(n) not in _STOP]


def _content_words(text: str) -> list[str]:
    return [w for w in norm_name(text).split() if len(w) > 2 and w not in _STOP
            and not w.isdigit()]


def _within(pred_name: str, entry_place: str) -> bool:
    """Whether the prediction's place name holds the place a ``must_not`` entry names whole
    (not the other way round: a town is not every site named after it)."""
    held = place_core(entry_place)
    return bool(held) and f" {held} " in f" {place_core(pred_name)} "


def violated(must_not: Sequence[dict[str, Any]], pred: dict[str, Any]) -> str | None:
    """The ``what`` of the first ``must_not`` entry this prediction falls under, if any.

    An entry names a date ("any incident dated 2021-09-19", "on May 15"), places ("in Dera
    Ismail Khan", "liberation of Mosul") or describes the text ("police aerial firing to
    disperse the protesters").  A prediction violates it when every date and place named
    matches the prediction, or when most of the entry's content words occur in the
    prediction's evidence text.  A place named counts only where the prediction's place is
    inside it whole: "Mosul" is in "Mosul", but a town "Malir" is not "the protest at Malir
    City Police Station" (a prediction of the arrest made from "Malir City police remit" is
    not that protest).
    """
    place = pred.get("place") or {}
    names = [str(place[k]) for k in ("name", "admin2", "admin1") if place.get(k)]
    year, month, day, _ = pred_date_parts(pred)
    evidence = norm_name(" ".join(ev.get("text") or "" for ev in pred.get("evidence") or []))
    ev_words = set(evidence.split())
    for entry in must_not:
        what = str(entry.get("what") or "")
        if not what:
            continue
        dates, places = _must_not_dates(what), _must_not_places(what)
        checks = []
        if dates:
            checks.append(any(m == month and (d is None or d == day) and (y is None or y == year)
                              for y, m, d in dates))
        if places:
            checks.append(any(_within(n, p) for p in places for n in names))
        if checks and all(checks):
            return what
        words = _content_words(what)
        if len(words) >= 2 and sum(w in ev_words for w in words) / len(words) >= 0.6:
            return what
    return None
