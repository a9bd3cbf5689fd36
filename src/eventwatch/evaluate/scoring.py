"""Scoring predictions against gold documents and adding the results up.

Reads :class:`~eventwatch.evaluate.gold.GoldDocument` objects and, per document, one
prediction dict in the ``eventwatch extract`` output shape (``ExtractionResult.to_dict()``:
``published``, ``dateline``, ``incidents``, ``statistics``, ``relations``; an optional
``title``).  Returns a :class:`DocResult` per document and an :class:`EvalReport` with the
totals; nothing is printed here (see :mod:`eventwatch.evaluate.report`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eventwatch.evaluate.compare import (
    INCIDENT_FIELDS,
    Family,
    FieldCheck,
    applicable_fields,
    categories,
    compare_incident,
    norm_name,
)
from eventwatch.evaluate.gold import GoldDocument
from eventwatch.evaluate.matching import MIN_SIMILARITY, align
from eventwatch.models import parse_iso_parts

# Relation kinds where the order of the two actors carries no meaning.
SYMMETRIC_RELATIONS = frozenset({"joint_claim", "rival"})


@dataclass(slots=True)
class Tally:
    """Counts for one field: right among matched, matched, and gold incidents coding it."""

    correct: int = 0
    matched: int = 0
    gold: int = 0

    @property
    def accuracy_matched(self) -> float | None:
        return self.correct / self.matched if self.matched else None

    @property
    def accuracy_all(self) -> float | None:
        return self.correct / self.gold if self.gold else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "matched": self.matched, "gold": self.gold,
                "accuracy_matched": self.accuracy_matched, "accuracy_all": self.accuracy_all}


@dataclass(slots=True)
class PRF:
    """True positives, false positives and false negatives with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(slots=True)
class MatchedPair:
    gold_id: str
    pred_index: int
    similarity: float
    checks: list[FieldCheck]


@dataclass(slots=True)
class DocResult:
    """Everything scored for one gold document; the lists feed ``-v`` output."""

    id: str
    path: str
    pairs: list[MatchedPair] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_positives: list[int] = field(default_factory=list)
    violations: list[tuple[int, str]] = field(default_factory=list)
    optional: list[tuple[int, str]] = field(default_factory=list)
    article: list[FieldCheck] = field(default_factory=list)
    statistics: PRF | None = None
    statistic_checks: list[FieldCheck] = field(default_factory=list)
    relations: PRF | None = None
    relation_diff: dict[str, list[str]] = field(default_factory=dict)
    predictions: list[dict[str, Any]] = field(default_factory=list)
    missing_prediction: bool = False
    note: str | None = None


@dataclass
class EvalReport:
    """Totals over all documents (and the SATP section when it was run)."""

    documents: list[DocResult] = field(default_factory=list)
    incidents: PRF = field(default_factory=PRF)
    violations: int = 0
    optional: int = 0
    fields: dict[str, Tally] = field(default_factory=dict)
    article: dict[str, Tally] = field(default_factory=dict)
    statistics: PRF = field(default_factory=PRF)
    statistic_fields: dict[str, Tally] = field(default_factory=dict)
    relations: PRF = field(default_factory=PRF)
    satp: Any = None  # SatpReport, when --satp was given
    timing: dict[str, float] = field(default_factory=dict)


def check_article(doc: GoldDocument, pred: Mapping[str, Any]) -> list[FieldCheck]:
    """Article-level checks of a full-article gold file (publication date, title, boilerplate).

    The title and boilerplate are judged on the ingested article; the publication date and
    dateline on what extraction reports (falling back to the ingested article's date).
    """
    gold = doc.article_gold
    if not gold:
        return []
    checks = []
    published = pred.get("published") or doc.article.published
    pub_day = (published or "")[:10] or None
    if "published" in gold:
        checks.append(FieldCheck("published", pub_day == gold["published"], gold["published"],
                                 pub_day))
    if gold.get("not_published"):
        bad = list(gold["not_published"])
        checks.append(FieldCheck("not_published", pub_day not in bad, f"not {bad}", pub_day))
    if gold.get("title"):
        title = pred.get("title") or doc.article.title
        checks.append(FieldCheck("title", norm_name(title) == norm_name(gold["title"]),
                                 gold["title"], title))
    if gold.get("dateline"):
        dateline = pred.get("dateline")
        checks.append(FieldCheck("dateline", norm_name(dateline) == norm_name(gold["dateline"]),
                                 gold["dateline"], dateline))
    if gold.get("boilerplate_lines"):
        left = [line for line in gold["boilerplate_lines"] if line in doc.text]
        checks.append(FieldCheck("boilerplate_absent", not left, "absent", left or "absent"))
    return checks


def _period_key(period: Any) -> tuple[int | None, int | None]:
    if isinstance(period, dict):
        year, month = period.get("year"), period.get("month")
        if year is None and month is None and period.get("value"):
            year, month, _ = parse_iso_parts(str(period["value"]))
        return year, month
    if isinstance(period, str):
        year, month, _ = parse_iso_parts(period)
        return year, month
    return None, None


def _scope_key(scope: Any, family: Family) -> tuple[str, tuple[str, ...], str]:
    scope = scope if isinstance(scope, dict) else {}
    admin1 = scope.get("admin1")
    admins = admin1 if isinstance(admin1, list) else [admin1] if admin1 else []
    actor = scope.get("actor")
    return ((scope.get("country") or "").upper(), tuple(sorted(norm_name(a) for a in admins)),
            norm_name(family(actor)) if actor else "")


def statistic_key(stat: Mapping[str, Any], family: Family) -> tuple[Any, ...]:
    """What identifies a statistic: (measure, period, country, admin1 set, actor family)."""
    return (stat.get("measure"), _period_key(stat.get("period")),
            *_scope_key(stat.get("scope"), family))


def statistic_fields(gold: Mapping[str, Any]) -> list[str]:
    """The values of a gold statistic that are compared once it is matched."""
    names = [n for n in ("value", "share_pct", "change_pct", "attacks") if gold.get(n) is not None]
    if "by_category" in gold:
        names.append("by_category")
    if gold.get("source"):
        names.append("source")
    return names


def score_statistics(gold: list[dict[str, Any]], preds: list[dict[str, Any]],
                     family: Family) -> tuple[PRF, list[FieldCheck]]:
    """Match on the key; for matched ones compare the values the gold gives."""
    pred_by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
    for stat in preds:
        pred_by_key.setdefault(statistic_key(stat, family), stat)
    prf = PRF()
    checks: list[FieldCheck] = []
    used = set()
    for g in gold:
        key = statistic_key(g, family)
        p = pred_by_key.get(key)
        if p is None or key in used:
            prf.fn += 1
            continue
        used.add(key)
        prf.tp += 1
        for name in ("value", "share_pct", "change_pct", "attacks"):
            if g.get(name) is not None:
                ok = p.get(name) is not None and abs(float(p[name]) - float(g[name])) < 0.5
                checks.append(FieldCheck(name, ok, g[name], p.get(name)))
        if "by_category" in g:
            g_cat, p_cat = categories(g["by_category"]), categories(p.get("by_category"))
            checks.append(FieldCheck("by_category", g_cat == p_cat, g_cat, p_cat))
        if g.get("source"):
            gs, ps = norm_name(g["source"]), norm_name(p.get("source"))
            ok = bool(ps) and (gs in ps or ps in gs)
            checks.append(FieldCheck("source", ok, g["source"], p.get("source")))
    prf.fp = len(preds) - prf.tp
    return prf, checks


def relation_key(rel: Mapping[str, Any]) -> tuple[str, str, str]:
    a, b, kind = norm_name(rel.get("a")), norm_name(rel.get("b")), str(rel.get("kind") or "")
    if kind in SYMMETRIC_RELATIONS and b < a:
        a, b = b, a
    return a, b, kind


def score_relations(gold: list[dict[str, Any]], preds: list[dict[str, Any]]
                    ) -> tuple[PRF, dict[str, list[str]]]:
    g = {relation_key(r) for r in gold}
    p = {relation_key(r) for r in preds}
    prf = PRF(len(g & p), len(p - g), len(g - p))
    return prf, {"missed": sorted(" ".join(k) for k in g - p),
                 "extra": sorted(" ".join(k) for k in p - g)}


def score_document(doc: GoldDocument, pred: Mapping[str, Any] | None, family: Family,
                   min_similarity: float = MIN_SIMILARITY) -> DocResult:
    """Score one document.  ``pred`` None means no prediction was found: all gold is missed."""
    result = DocResult(doc.id, str(doc.path), missing_prediction=pred is None)
    pred = pred or {}
    preds = [p for p in pred.get("incidents") or [] if isinstance(p, dict)]
    result.predictions = preds
    al = align(doc.incidents, preds, doc.text, doc.optional, doc.must_not, min_similarity)
    for gi, pi, sim in al.pairs:
        checks = compare_incident(doc.incidents[gi], preds[pi], family)
        result.pairs.append(MatchedPair(doc.incidents[gi].id, pi, sim, checks))
    result.missed = [doc.incidents[gi].id for gi in al.missed]
    result.false_positives = al.false_positives
    result.violations = al.violations
    result.optional = al.optional
    result.article = check_article(doc, pred)
    if doc.statistics is not None:
        result.statistics, result.statistic_checks = score_statistics(
            doc.statistics, list(pred.get("statistics") or []), family)
    if doc.relations is not None:
        result.relations, result.relation_diff = score_relations(
            doc.relations, list(pred.get("relations") or []))
    return result


def _tally(table: dict[str, Tally], name: str) -> Tally:
    if name not in table:
        table[name] = Tally()
    return table[name]


def aggregate(docs: list[GoldDocument], results: Iterable[DocResult]) -> EvalReport:
    """Add up per-document results into one report."""
    report = EvalReport(fields={name: Tally() for name in INCIDENT_FIELDS})
    gold_by_doc = {d.id: d for d in docs}
    for res in results:
        report.documents.append(res)
        doc = gold_by_doc[res.id]
        report.incidents.tp += len(res.pairs)
        # A must_not violation is a wrong prediction too, so it lowers precision.
        report.incidents.fp += len(res.false_positives) + len(res.violations)
        report.incidents.fn += len(res.missed)
        report.violations += len(res.violations)
        report.optional += len(res.optional)
        for gold in doc.incidents:
            for name in applicable_fields(gold):
                _tally(report.fields, name).gold += 1
        for pair in res.pairs:
            for check in pair.checks:
                t = _tally(report.fields, check.field)
                t.matched += 1
                t.correct += check.correct
        for check in res.article:
            t = _tally(report.article, check.field)
            t.gold += 1
            t.matched += 1
            t.correct += check.correct
        if res.statistics is not None:
            report.statistics.add(res.statistics)
            for g in doc.statistics or []:
                for name in statistic_fields(g):
                    _tally(report.statistic_fields, name).gold += 1
            for check in res.statistic_checks:
                t = _tally(report.statistic_fields, check.field)
                t.matched += 1
                t.correct += check.correct
        if res.relations is not None:
            report.relations.add(res.relations)
    report.fields = {k: v for k, v in report.fields.items() if v.gold or v.matched}
    return report


def evaluate(docs: list[GoldDocument], predictions: Mapping[str, Mapping[str, Any]],
             family: Family, min_similarity: float = MIN_SIMILARITY) -> EvalReport:
    """Score every document against ``predictions`` (keyed by document id)."""
    return aggregate(docs, (score_document(d, predictions.get(d.id), family, min_similarity)
                            for d in docs))
