"""The fusion test corpus: articles with gold incident labels, and scoring fusion on it.

Reads a JSON Lines corpus (``tests/fixtures/fusion/corpus.jsonl``): one article a line with
``id``, ``source``, ``url``, ``published``, ``title``, ``text`` and ``gold``, the list of the
incidents the article reports.  Each gold mention has ``incident`` (the gold cluster label),
optionally ``anchor`` (a phrase of the article inside that incident's sentence, needed when an
article reports several incidents), and the fields a careful coder would extract: ``date``
(ISO day), ``place`` (a gazetteer name) with ``country``, ``event_type``, ``killed`` /
``wounded`` / ``kidnapped`` (``"12"``, ``"at_least 12"``, ``"more_than 50"``, ``"about 200"``)
and ``actors`` (canonical names).

Two evaluations (:func:`evaluate_corpus`):

* ``end_to_end``: the real extraction (:func:`eventwatch.extract.extract_article`) runs on
  every article; every extracted incident is fused; each gold mention is aligned with the
  extracted incident whose sentence holds its anchor (or the article's first unaligned one)
  and takes that mention's cluster.  A gold mention extraction missed is a singleton; an
  extracted incident with no gold mention takes part in fusion but is not scored.
* ``gold_mentions``: fusion alone, on incidents built from the gold fields.

Writes nothing; errors in the corpus raise :class:`~eventwatch.errors.DataError` (E014).
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.errors import DataError, Errors
from eventwatch.fuse.cluster import fuse
from eventwatch.fuse.features import Mention, MentionKey
from eventwatch.fuse.metrics import ClusterScores, score_clusters
from eventwatch.fuse.score import DEFAULT, Params
from eventwatch.models import (
    Article,
    Count,
    DateValue,
    Evidence,
    Incident,
    Perpetrator,
    Place,
    parse_iso_parts,
)
from eventwatch.resources import Resources

_KINDS = {"locality": "locality", "admin2": "district", "admin1": "admin1", "country": "country"}
_REQUIRED = ("id", "text", "gold")


@dataclass(slots=True)
class GoldMention:
    incident: str
    anchor: str | None
    raw: dict[str, Any]


@dataclass(slots=True)
class CorpusArticle:
    article: Article
    ident: str
    gold: list[GoldMention]


@dataclass(slots=True)
class ModeResult:
    """Scores of one evaluation mode, with the gold incidents it split or merged."""

    mode: str
    scores: ClusterScores
    split: dict[str, list[list[str]]] = field(default_factory=dict)
    merged: list[list[str]] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"mode": self.mode, "scores": self.scores.to_dict(), "split": self.split,
                "merged": self.merged, **self.notes}


def load_corpus(path: str | Path) -> list[CorpusArticle]:
    """Read the corpus; every problem names the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(Errors.E001, input=str(path), reason=exc.strerror or str(exc)) from exc
    out: list[CorpusArticle] = []
    seen: set[str] = set()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(Errors.E014, input=where, reason=f"invalid JSON: {exc.msg}") from exc
        if not isinstance(rec, dict) or any(k not in rec for k in _REQUIRED):
            raise DataError(Errors.E014, input=where,
                            reason=f"each line needs {', '.join(_REQUIRED)}")
        if rec["id"] in seen:
            raise DataError(Errors.E014, input=where, reason=f"duplicate id {rec['id']!r}")
        seen.add(rec["id"])
        gold = []
        for g in rec["gold"]:
            if not isinstance(g, dict) or not g.get("incident"):
                raise DataError(Errors.E014, input=where, reason="a gold mention has no "
                                "'incident' label")
            gold.append(GoldMention(str(g["incident"]), g.get("anchor"), g))
        article = Article(text=rec["text"], title=rec.get("title"), url=rec.get("url"),
                          published=rec.get("published"),
                          published_source="input" if rec.get("published") else None,
                          source=rec.get("source"), external_id=rec["id"])
        out.append(CorpusArticle(article, str(rec["id"]), gold))
    return out


def parse_count(value: str | int | None, where: str) -> Count:
    """``"12"``, ``"at_least 12"``, ``"more_than 50"``, ``"about 200"`` as a :class:`Count`."""
    if value is None:
        return Count()
    qualifier, _, number = str(value).strip().rpartition(" ")
    try:
        n = int(number)
    except ValueError:
        raise DataError(Errors.E014, input=where, reason=f"bad figure {value!r}") from None
    qualifier = qualifier or "exact"
    if qualifier in ("at_least", "more_than"):
        return Count(low=n, qualifier=qualifier)
    if qualifier in ("exact", "about"):
        return Count(n, n, n, qualifier)
    raise DataError(Errors.E014, input=where, reason=f"bad qualifier in {value!r}")


def _sentence(text: str, anchor: str | None) -> tuple[int, int]:
    """Span of the sentence holding ``anchor`` (the first sentence without one)."""
    at = text.find(anchor) if anchor else 0
    at = max(at, 0)
    start = max(text.rfind(". ", 0, at) + 2, 0) if at else 0
    end = text.find(". ", at)
    return start, (end + 1 if end >= 0 else len(text))


def gold_incident(article: Article, gold: GoldMention, resources: Resources,
                  where: str) -> Incident:
    """The incident a careful coder would extract, from the gold fields."""
    raw = gold.raw
    date = None
    if raw.get("date"):
        y, m, d = parse_iso_parts(raw["date"])
        date = DateValue(y, m, d, "day" if d else "month" if m else "year")
    place = Place()
    if raw.get("place"):
        entries = resources.gazetteer.lookup(raw["place"])
        if not entries:
            raise DataError(Errors.E014, input=where,
                            reason=f"place {raw['place']!r} is not in the gazetteer")
        e = resources.gazetteer.resolve(entries, countries=[raw.get("country") or ""])
        place = Place(e.country, e.admin1, e.admin2, e.name, _KINDS.get(e.kind, "locality"),
                      e.lat, e.lon)
    start, end = _sentence(article.text, gold.anchor)
    summary = article.text[start:end]
    return Incident(
        date=date, place=place, event_type=raw.get("event_type") or "attack",
        killed=parse_count(raw.get("killed"), where),
        wounded=parse_count(raw.get("wounded"), where),
        kidnapped=parse_count(raw.get("kidnapped"), where),
        perpetrators=[Perpetrator(a, a, "non_state", "attributed")
                      for a in raw.get("actors") or []],
        evidence=[Evidence("incident", start, end, summary)],
        confidence=0.9, summary=summary[:300],
    )


def _mention(doc: CorpusArticle, index: int, incident: Incident) -> Mention:
    a = doc.article
    return Mention((doc.ident, index), incident, a.published, a.source, a.url)


def _contains(incident: Incident, anchor: str) -> bool:
    needle = anchor.casefold()
    return any(needle in e.text.casefold() for e in incident.evidence if e.field == "incident") \
        or needle in incident.summary.casefold()


def align(gold: Sequence[GoldMention], extracted: Sequence[Incident]) -> list[int | None]:
    """For each gold mention, the index of its extracted incident (None when missed)."""
    taken: set[int] = set()
    out: list[int | None] = []
    for g in gold:
        pick = None
        if g.anchor:
            pick = next((i for i, inc in enumerate(extracted)
                         if i not in taken and _contains(inc, g.anchor)), None)
        if pick is None and (not g.anchor or len(gold) == 1):
            pick = next((i for i in range(len(extracted)) if i not in taken), None)
        if pick is not None:
            taken.add(pick)
        out.append(pick)
    return out


def _score(mode: str, gold: dict[Hashable, str], clusters: list[list[Mention]],
           item_of: dict[MentionKey, Hashable]) -> ModeResult:
    predicted: dict[Hashable, Hashable] = {item: ("missed", item) for item in gold}
    for n, cluster in enumerate(clusters):
        for m in cluster:
            if m.key in item_of:
                predicted[item_of[m.key]] = n
    scores = score_clusters(gold, predicted)
    by_gold: dict[str, dict[Hashable, list[str]]] = defaultdict(lambda: defaultdict(list))
    for item, label in gold.items():
        by_gold[label][predicted[item]].append(str(item))
    split = {label: [sorted(v) for v in parts.values()]
             for label, parts in sorted(by_gold.items()) if len(parts) > 1}
    by_pred: dict[Hashable, set[str]] = defaultdict(set)
    for item, label in gold.items():
        by_pred[predicted[item]].add(label)
    merged = sorted(sorted(labels) for labels in by_pred.values() if len(labels) > 1)
    return ModeResult(mode, scores, split, merged)


def evaluate_gold_mentions(docs: Sequence[CorpusArticle], resources: Resources,
                           params: Params = DEFAULT) -> ModeResult:
    """Fusion alone: fuse incidents built from the gold fields and score the clusters."""
    mentions: list[Mention] = []
    gold: dict[Hashable, str] = {}
    item_of: dict[MentionKey, Hashable] = {}
    for doc in docs:
        for i, g in enumerate(doc.gold):
            m = _mention(doc, i, gold_incident(doc.article, g, resources, doc.ident))
            mentions.append(m)
            item = f"{doc.ident}#{i}"
            gold[item] = g.incident
            item_of[m.key] = item
    result = _score("gold_mentions", gold, fuse(mentions, params), item_of)
    result.notes["mentions"] = len(mentions)
    return result


def evaluate_end_to_end(docs: Sequence[CorpusArticle], resources: Resources,
                        params: Params = DEFAULT) -> tuple[ModeResult, list[Mention]]:
    """Extraction and fusion together (see the module docstring); also returns the
    extracted mentions, for reconciliation checks."""
    from eventwatch.extract import extract_article

    mentions: list[Mention] = []
    gold: dict[Hashable, str] = {}
    item_of: dict[MentionKey, Hashable] = {}
    missed: list[str] = []
    started = time.perf_counter()
    for doc in docs:
        result = extract_article(doc.article, resources)
        for i, incident in enumerate(result.incidents):
            mentions.append(_mention(doc, i, incident))
        for j, (g, pick) in enumerate(zip(doc.gold, align(doc.gold, result.incidents),
                                          strict=True)):
            item = f"{doc.ident}#{j}"
            gold[item] = g.incident
            if pick is None:
                missed.append(item)
            else:
                item_of[(doc.ident, pick)] = item
    seconds = time.perf_counter() - started
    scored = _score("end_to_end", gold, fuse(mentions, params), item_of)
    scored.notes.update({"mentions": len(mentions), "aligned": len(item_of),
                         "missed": missed, "unaligned_extracted": len(mentions) - len(item_of),
                         "extraction_seconds": round(seconds, 2)})
    return scored, mentions


def evaluate_corpus(path: str | Path, resources: Resources | None = None,
                    params: Params = DEFAULT, modes: Sequence[str] = ("end_to_end",
                                                                      "gold_mentions"),
                    ) -> list[ModeResult]:
    """Load the corpus and run the requested evaluation modes."""
    docs = load_corpus(path)
    resources = resources or Resources()
    out = []
    for mode in modes:
        if mode == "end_to_end":
            out.append(evaluate_end_to_end(docs, resources, params)[0])
        elif mode == "gold_mentions":
            out.append(evaluate_gold_mentions(docs, resources, params))
        else:
            raise ValueError(f"unknown mode {mode!r}")
    for result in out:
        result.notes["articles"] = len(docs)
        result.notes["gold_incidents"] = len(Counter(g.incident for d in docs for g in d.gold))
    return out


def render(results: Sequence[ModeResult], verbose: bool = False) -> str:
    """A short text report: one line of scores per mode, then what went wrong."""
    lines = [f"{'mode':<14} {'items':>5} {'gold':>4} {'pred':>4}  pair-P  pair-R  pair-F1"
             "  B3-P   B3-R   B3-F1"]
    for r in results:
        s = r.scores
        lines.append(f"{r.mode:<14} {s.items:>5} {s.gold_clusters:>4} {s.predicted_clusters:>4}"
                     f"  {s.pairwise_precision:.3f}   {s.pairwise_recall:.3f}   "
                     f"{s.pairwise_f1:.3f}  {s.bcubed_precision:.3f}  {s.bcubed_recall:.3f}"
                     f"  {s.bcubed_f1:.3f}")
    for r in results:
        extra = {k: v for k, v in r.notes.items() if k != "missed" or verbose}
        if r.split or r.merged or verbose:
            lines.append(f"\n{r.mode}: " + ", ".join(f"{k} {v}" for k, v in extra.items()))
            missed = set(r.notes.get("missed", []))
            for label, parts in r.split.items():
                lines.append(f"  split   {label}: " + " | ".join(
                    " ".join(f"{i} (no incident extracted)" if i in missed else i for i in p)
                    for p in parts))
            for labels in r.merged:
                lines.append("  merged  " + " + ".join(labels))
    return "\n".join(lines)

