"""Measuring extraction against hand-coded gold files and the SATP attack-type labels.

Reads gold files (``*.gold.json``), the SATP TSV and predictions (``eventwatch extract``
output or made in-process); writes nothing but the report.  ``docs/evaluation.md`` gives the
matching and scoring rules.

Typical use::

    docs = load_gold(["../shared/gold"])
    run = extract_all(gold_articles(docs), resources)
    report = evaluate(docs, run.predictions, actor_family(resources))
    print(render_text(report, verbose=1))
"""

from __future__ import annotations

from eventwatch.evaluate.compare import FieldCheck, compare_incident
from eventwatch.evaluate.gold import GoldDocument, GoldIncident, load_gold, load_gold_file
from eventwatch.evaluate.matching import MIN_SIMILARITY, align, similarity
from eventwatch.evaluate.report import check_gates, flat_scores, render_text, to_json
from eventwatch.evaluate.run import (
    ExtractionRun,
    actor_family,
    dump_inputs,
    extract_all,
    gold_articles,
    load_predictions,
    satp_articles,
)
from eventwatch.evaluate.satp import (
    SatpExample,
    SatpReport,
    example_based_f1,
    incident_labels,
    load_satp,
    score_satp,
)
from eventwatch.evaluate.scoring import EvalReport, evaluate, score_document

__all__ = [
    "MIN_SIMILARITY",
    "EvalReport",
    "ExtractionRun",
    "FieldCheck",
    "GoldDocument",
    "GoldIncident",
    "SatpExample",
    "SatpReport",
    "actor_family",
    "align",
    "check_gates",
    "compare_incident",
    "dump_inputs",
    "evaluate",
    "example_based_f1",
    "extract_all",
    "flat_scores",
    "gold_articles",
    "incident_labels",
    "load_gold",
    "load_gold_file",
    "load_predictions",
    "load_satp",
    "render_text",
    "satp_articles",
    "score_document",
    "score_satp",
    "similarity",
    "to_json",
]
