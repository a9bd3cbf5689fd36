"""``eventwatch eval``: score extraction against gold files and the SATP attack-type labels.

Reads gold files/directories, optionally a SATP TSV and a predictions JSON Lines file; prints
the report on stdout (text or ``--json``), problems on stderr.  Exit status 1 when a
``--min-score`` gate is not met or an input is invalid.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from eventwatch.cli import main
from eventwatch.errors import EventWatchError
from eventwatch.evaluate import (
    ExtractionRun,
    actor_family,
    check_gates,
    dump_inputs,
    evaluate,
    extract_all,
    gold_articles,
    load_gold,
    load_predictions,
    load_satp,
    render_text,
    satp_articles,
    score_satp,
    to_json,
)
from eventwatch.resources import Resources


def parse_gates(values: tuple[str, ...]) -> dict[str, float]:
    gates = {}
    for value in values:
        name, sep, number = value.partition("=")
        try:
            if not sep or not name:
                raise ValueError
            gates[name.strip()] = float(number)
        except ValueError:
            raise click.BadParameter(f"{value!r}: expected FIELD=NUMBER, e.g. incidents.f1=0.8",
                                     param_hint="--min-score") from None
    return gates


@main.command("eval")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--predictions", "-p", "predictions_path", type=click.Path(path_type=Path),
              help="Score these predictions (`eventwatch extract` output, ids = gold file "
                   "stems / SATP row ids) instead of running extraction.")
@click.option("--satp", "satp_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also score SATP attack types on this TSV (e.g. ../shared/data/satp/dev.tsv).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N SATP rows.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("--min-score", "min_scores", multiple=True, metavar="NAME=VALUE",
              help="Fail (exit 1) if a score is below VALUE; repeatable. Names: incidents.f1, "
                   "date (accuracy over all gold), date.matched, satp.f1, ... (--json lists "
                   "them under 'scores').")
@click.option("-v", "--verbose", count=True,
              help="List per-document mismatches (-vv: everything).")
@click.option("--actors-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Analyst's actor override file, as for `eventwatch extract`.")
@click.option("--dump-inputs", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the gold and SATP texts as `eventwatch extract` input and stop.")
def eval_command(gold: tuple[Path, ...], predictions_path: Path | None, satp_path: Path | None,
                 limit: int | None, as_json: bool, min_scores: tuple[str, ...], verbose: int,
                 actors_file: Path | None, dump_inputs: Path | None) -> None:
    """Score extraction against GOLD files or directories (searched for *.gold.json).

    \b
    Examples:
      eventwatch eval ../shared/gold -v
      eventwatch eval ../shared/gold --satp ../shared/data/satp/dev.tsv
      eventwatch eval ../shared/gold --dump-inputs in.jsonl
      eventwatch extract in.jsonl -o pred.jsonl
      eventwatch eval ../shared/gold --predictions pred.jsonl --min-score incidents.f1=0.8
    """
    gates = parse_gates(min_scores)
    if not gold and satp_path is None:
        raise click.UsageError("give gold files/directories, --satp TSV, or both")
    try:
        docs = load_gold(gold)
        examples = load_satp(satp_path)[:limit] if satp_path else []
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    resources = Resources(actors_path=actors_file)
    articles = gold_articles(docs)
    # A SATP gold file and its TSV row share id and text (dev-1038): extract it once.
    seen = {ident for ident, _ in articles}
    articles += [a for a in satp_articles(examples, str(satp_path)) if a[0] not in seen]
    if dump_inputs is not None:
        n = _dump_inputs(dump_inputs, articles)
        click.echo(f"wrote {n} input lines to {dump_inputs}", err=True)
        return

    timing: dict[str, float] = {}
    errors: dict[str, str] = {}
    if predictions_path is not None:
        try:
            predictions = load_predictions(predictions_path)
        except EventWatchError as exc:
            raise click.ClickException(str(exc)) from exc
        missing = [ident for ident, _ in articles if ident not in predictions]
        if missing:
            click.echo(f"{predictions_path}: no prediction for {len(missing)} of "
                       f"{len(articles)} ids (scored as empty), e.g. {', '.join(missing[:5])}",
                       err=True)
    else:
        run = _extract(articles, resources)
        predictions, errors = run.predictions, run.errors
        timing = {"articles": run.articles, "words": run.words, "seconds": run.seconds,
                  "errors": len(run.errors)}

    report = evaluate(docs, predictions, actor_family(resources))
    report.timing = timing
    for res in report.documents:
        if res.id in errors:
            res.note = f"extraction failed: {errors[res.id]}"
    if examples:
        report.satp = score_satp(examples, predictions)
    if as_json:
        click.echo(json.dumps(to_json(report), ensure_ascii=False, indent=1))
    else:
        click.echo(render_text(report, verbose))
    failures = check_gates(report, gates)
    for message in failures:
        click.echo(f"below --min-score: {message}", err=True)
    if failures:
        sys.exit(1)


def _dump_inputs(path: Path, articles: list[Any]) -> int:
    try:
        return dump_inputs(path, articles)
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write ({exc})") from exc


def _extract(articles: list[Any], resources: Resources) -> ExtractionRun:
    try:
        run = extract_all(articles, resources)
    except ImportError as exc:
        raise click.ClickException(
            f"extraction is not available ({exc}); score an existing file with --predictions"
        ) from exc
    for ident, message in run.errors.items():
        click.echo(f"{ident}: extraction failed: {message}", err=True)
    return run
