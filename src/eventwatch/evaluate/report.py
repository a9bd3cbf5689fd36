"""Rendering an :class:`~eventwatch.evaluate.scoring.EvalReport` as text or JSON, and gates.

Reads a report; returns strings / JSON-able dicts.  ``flat_scores`` names every score once
(``incidents.f1``, ``date``, ``date.matched``, ``satp.f1`` ...) for ``--min-score`` gates.
"""

from __future__ import annotations

import json
from typing import Any

from eventwatch.evaluate.satp import SATP_CLASSES
from eventwatch.evaluate.scoring import PRF, DocResult, EvalReport, Tally


def _f(value: float | None, width: int = 6) -> str:
    return f"{value:.3f}".rjust(width) if value is not None else "-".rjust(width)


def _prf_line(name: str, prf: PRF) -> str:
    return (f"{name:<12} tp {prf.tp:>4}  fp {prf.fp:>4}  fn {prf.fn:>4}   "
            f"P {_f(prf.precision)}  R {_f(prf.recall)}  F1 {_f(prf.f1)}")


def _tally_table(title: str, rows: dict[str, Tally]) -> list[str]:
    out = [title, f"  {'field':<20}{'correct':>8}{'matched':>8}{'gold':>6}"
                  f"{'acc(matched)':>14}{'acc(all gold)':>15}"]
    for name, t in rows.items():
        out.append(f"  {name:<20}{t.correct:>8}{t.matched:>8}{t.gold:>6}"
                   f"{_f(t.accuracy_matched, 14)}{_f(t.accuracy_all, 15)}")
    return out


def incident_summary(pred: dict[str, Any]) -> str:
    """One line describing a predicted incident (date, place, type, toll, first evidence)."""
    date = (pred.get("date") or {}).get("value") or "-"
    place = pred.get("place") or {}
    where = place.get("name") or place.get("admin2") or place.get("admin1") \
        or place.get("country") or "-"
    killed = (pred.get("killed") or {}).get("low")
    wounded = (pred.get("wounded") or {}).get("low")
    evidence = " | ".join((e.get("text") or "")[:60] for e in (pred.get("evidence") or [])[:2])
    return (f"{date} {where} {pred.get('event_type')}/{pred.get('attack_type')} "
            f"killed={killed} wounded={wounded} :: {evidence}")


def document_lines(res: DocResult) -> list[str]:
    """The ``-v`` listing for one document: every wrong field, miss and extra incident."""
    out = [f"== {res.id} ({res.path})"]
    if res.note:
        out.append(f"  note: {res.note}")
    if res.missing_prediction:
        out.append("  NO PREDICTION for this id")
    for pair in res.pairs:
        wrong = [c for c in pair.checks if not c.correct]
        out.append(f"  matched {pair.gold_id} <-> #{pair.pred_index} "
                   f"(similarity {pair.similarity:.2f}): "
                   f"{len(pair.checks) - len(wrong)}/{len(pair.checks)} fields right")
        for c in wrong:
            out.append(f"      {c.field}: gold {json.dumps(c.gold, ensure_ascii=False)}"
                       f"  pred {json.dumps(c.pred, ensure_ascii=False)}")
    for gid in res.missed:
        out.append(f"  MISSED {gid}")
    for pi in res.false_positives:
        out.append(f"  FALSE POSITIVE #{pi}: {incident_summary(res.predictions[pi])}")
    for pi, what in res.violations:
        out.append(f"  MUST_NOT #{pi} ({what}): {incident_summary(res.predictions[pi])}")
    for pi, oid in res.optional:
        out.append(f"  optional #{pi} ~ {oid} (not scored)")
    for c in res.article:
        if not c.correct:
            out.append(f"  article {c.field}: gold {json.dumps(c.gold, ensure_ascii=False)}"
                       f"  pred {json.dumps(c.pred, ensure_ascii=False)}")
    for c in res.statistic_checks:
        if not c.correct:
            out.append(f"  statistic {c.field}: gold {c.gold}  pred {c.pred}")
    if res.statistics is not None and res.statistics.fn:
        out.append(f"  statistics missed: {res.statistics.fn}, extra: {res.statistics.fp}")
    for kind, keys in res.relation_diff.items():
        for key in keys:
            out.append(f"  relation {kind}: {key}")
    return out


def render_text(report: EvalReport, verbose: int = 0) -> str:
    """The human-readable report (``-v`` adds per-document mismatches)."""
    out: list[str] = []
    if report.documents:
        n_gold = report.incidents.tp + report.incidents.fn
        out.append(f"Gold: {len(report.documents)} documents, {n_gold} incidents")
        out.append("")
        inc = report.incidents
        out.append(_prf_line("Incidents", inc))
        out.append(f"{'':<12} matched {inc.tp}, false positives {inc.fp - report.violations}, "
                   f"must_not violations {report.violations}, missed {inc.fn}, "
                   f"optional (not scored) {report.optional}")
        out.append("")
        out.extend(_tally_table("Fields", report.fields))
        if report.article:
            out.append("")
            out.extend(_tally_table("Article checks", report.article))
        if any(d.statistics is not None for d in report.documents):
            out.append("")
            out.append(_prf_line("Statistics", report.statistics))
            if report.statistic_fields:
                out.extend(_tally_table("Statistic values (matched statistics)",
                                        report.statistic_fields))
        if any(d.relations is not None for d in report.documents):
            out.append(_prf_line("Relations", report.relations))
    if report.satp is not None:
        s = report.satp
        out.append("")
        out.append(f"SATP attack types: {s.examples} examples, {s.scored} with a gold or "
                   f"predicted label" + (f", {s.missing} without prediction" if s.missing else ""))
        out.append(f"  example-based F1 {s.f1:.3f}  precision {s.precision:.3f}  "
                   f"recall {s.recall:.3f}  accuracy {s.accuracy:.3f}  "
                   f"exact match (all rows) {s.exact_match:.3f}")
        out.append(f"  {'class':<15}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}"
                   f"{'tp':>6}{'fp':>6}{'fn':>6}")
        for name in SATP_CLASSES:
            c = s.per_class[name]
            out.append(f"  {name:<15}{c['precision']:>10.3f}{c['recall']:>8.3f}"
                       f"{c['f1']:>8.3f}{c['support']:>9}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}")
        m = s.micro
        out.append(f"  {'micro':<15}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                   f"{m['support']:>9}   macro F1 {s.macro_f1:.3f}")
        c = s.confusion
        out.append("  labels vs none:    pred none  pred labels")
        out.append(f"    gold none      {c['gold_empty_pred_empty']:>10}"
                   f"{c['gold_empty_pred_labels']:>13}")
        out.append(f"    gold labels    {c['gold_labels_pred_empty']:>10}"
                   f"{c['gold_labels_pred_labels']:>13}")
    t = report.timing
    if t.get("articles") and t.get("seconds"):
        out.append("")
        out.append(f"Extraction: {int(t['articles'])} articles, {int(t['words'])} words in "
                   f"{t['seconds']:.2f} s ({t['articles'] / t['seconds']:.1f} articles/s, "
                   f"{t['words'] / t['seconds']:.0f} words/s, one process, one Resources)")
        if t.get("errors"):
            out.append(f"  extraction failed on {int(t['errors'])} articles (see stderr)")
    if verbose:
        out.append("")
        out.append("Per-document mismatches")
        for res in report.documents:
            lines = document_lines(res)
            if len(lines) > 1 or verbose > 1:
                out.extend(lines)
        if report.satp is not None and report.satp.mismatches:
            limit = None if verbose > 1 else 40
            shown = report.satp.mismatches[:limit]
            out.append(f"SATP mismatches ({len(report.satp.mismatches)}"
                       f"{'' if limit is None else f', first {len(shown)}; -vv for all'})")
            for m in shown:
                out.append(f"  {m['id']}: gold {m['gold']} pred {m['pred']} :: {m['text'][:100]}")
    return "\n".join(out)


def _doc_dict(res: DocResult) -> dict[str, Any]:
    return {
        "id": res.id, "path": res.path, "missing_prediction": res.missing_prediction,
        "note": res.note,
        "matched": [{"gold": p.gold_id, "pred": p.pred_index, "similarity": round(p.similarity, 3),
                     "fields": [c.to_dict() for c in p.checks]} for p in res.pairs],
        "missed": res.missed,
        "false_positives": [{"pred": i, "summary": incident_summary(res.predictions[i])}
                            for i in res.false_positives],
        "must_not_violations": [{"pred": i, "what": w} for i, w in res.violations],
        "optional": [{"pred": i, "optional": o} for i, o in res.optional],
        "article": [c.to_dict() for c in res.article],
        "statistics": res.statistics.to_dict() if res.statistics else None,
        "statistic_values": [c.to_dict() for c in res.statistic_checks],
        "relations": res.relations.to_dict() if res.relations else None,
        "relation_diff": res.relation_diff,
    }


def to_json(report: EvalReport) -> dict[str, Any]:
    """The whole report as a JSON-able dict (``--json``)."""
    has_stats = any(d.statistics is not None for d in report.documents)
    has_rels = any(d.relations is not None for d in report.documents)
    return {
        "scores": flat_scores(report),
        "incidents": {**report.incidents.to_dict(), "must_not_violations": report.violations,
                      "optional": report.optional},
        "fields": {k: v.to_dict() for k, v in report.fields.items()},
        "article": {k: v.to_dict() for k, v in report.article.items()},
        "statistics": {**report.statistics.to_dict(),
                       "values": {k: v.to_dict() for k, v in report.statistic_fields.items()}}
        if has_stats else None,
        "relations": report.relations.to_dict() if has_rels else None,
        "satp": report.satp.to_dict() if report.satp is not None else None,
        "timing": report.timing,
        "documents": [_doc_dict(d) for d in report.documents],
    }


def flat_scores(report: EvalReport) -> dict[str, float | None]:
    """Every score by name: ``<field>`` is accuracy over all gold, ``<field>.matched`` over
    matched incidents; ``incidents.*``, ``article.*``, ``statistics.*``, ``relations.*``,
    ``satp.*`` as in the report."""
    out: dict[str, float | None] = {}
    if report.documents:
        for key in ("precision", "recall", "f1"):
            out[f"incidents.{key}"] = getattr(report.incidents, key)
        for name, t in report.fields.items():
            out[name] = t.accuracy_all
            out[f"{name}.matched"] = t.accuracy_matched
        for name, t in report.article.items():
            out[f"article.{name}"] = t.accuracy_all
        for prefix, prf, present in (
                ("statistics", report.statistics,
                 any(d.statistics is not None for d in report.documents)),
                ("relations", report.relations,
                 any(d.relations is not None for d in report.documents))):
            if present:
                for key in ("precision", "recall", "f1"):
                    out[f"{prefix}.{key}"] = getattr(prf, key)
    if report.satp is not None:
        for key in ("f1", "precision", "recall", "accuracy", "exact_match", "macro_f1"):
            out[f"satp.{key}"] = getattr(report.satp, key)
        for name in SATP_CLASSES:
            out[f"satp.{name}.f1"] = report.satp.per_class[name]["f1"]
    return out


def check_gates(report: EvalReport, gates: dict[str, float]) -> list[str]:
    """Messages for each ``--min-score`` gate not met (an unknown name or no data fails)."""
    scores = flat_scores(report)
    failures = []
    for name, minimum in gates.items():
        if name not in scores:
            failures.append(f"{name}: no such score (known: {', '.join(sorted(scores))})")
        elif scores[name] is None:
            failures.append(f"{name}: no data to score")
        elif (scores[name] or 0.0) < minimum:
            failures.append(f"{name}: {scores[name]:.3f} < {minimum}")
    return failures
