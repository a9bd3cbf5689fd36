"""Fusion commands: ``eventwatch fuse``, ``eventwatch incidents merge|split|show`` and
``eventwatch eval-fusion``.

``fuse``, ``merge`` and ``split`` change the store (each in one transaction) and print a
one-line summary; ``show`` prints one incident with every report of it; ``eval-fusion``
scores fusion on a labelled corpus (:mod:`eventwatch.fuse.corpus`).  Errors go to stderr
with a non-zero exit status.
"""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Any

import click

from eventwatch.cli import main
from eventwatch.cli.query import incidents_command
from eventwatch.errors import EventWatchError

_DB_HELP = ("SQLAlchemy database URL [default: the one given to `incidents`, else "
            "$EVENTWATCH_DATABASE_URL or sqlite:///eventwatch.db].")


def _db(ctx: click.Context, db_url: str | None) -> str | None:
    """This command's --db, else the one given to the ``incidents`` group."""
    if db_url:
        return db_url
    parent = ctx.parent.params.get("db_url") if ctx.parent is not None else None
    return str(parent) if parent else None


def _who(value: str | None) -> str:
    if value:
        return value
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): the decision still needs a name
        raise click.UsageError("give --by NAME: who made this decision") from None


@main.command("fuse")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="SQLAlchemy database URL [default: $EVENTWATCH_DATABASE_URL or "
                   "sqlite:///eventwatch.db].")
@click.option("--rebuild", is_flag=True,
              help="Re-cluster every mention from scratch instead of only merging stored "
                   "incidents.")
def fuse_command(db_url: str | None, rebuild: bool) -> None:
    """Fuse the stored mentions in bulk: reports of one incident become one incident.

    Ingestion already fuses each new report as it arrives.  Run this after ingesting an
    archive out of order, or after changing the matching rules (--rebuild).  Analyst merges
    and splits are re-applied either way; incident ids are kept where incidents survive.

    \b
    Examples:
      eventwatch fuse --db sqlite:///events.db
      eventwatch fuse --rebuild
    """
    from eventwatch.store import Store

    try:
        with Store(db_url) as store:
            report = store.fuse(rebuild=rebuild)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{report.summary()}; {report.seconds:.1f} s")


@incidents_command.command("merge")
@click.argument("keep", type=int)
@click.argument("other", type=int)
@click.option("--db", "db_url", metavar="URL", default=None, help=_DB_HELP)
@click.option("--by", "who", metavar="NAME", help="Who decides [default: your login name].")
@click.option("--why", default="", metavar="TEXT", help="Why: kept with the decision.")
@click.pass_context
def merge_command(ctx: click.Context, keep: int, other: int, db_url: str | None,
                  who: str | None, why: str) -> None:
    """Merge incident OTHER into incident KEEP: they are one event.

    The decision is recorded (who, when, why, and the mentions involved) and re-applied
    whenever incidents are re-fused or the articles extracted again.

    \b
    Example:
      eventwatch incidents merge 12 15 --by "A. Analyst" --why "same blast, 2 spellings"
    """
    from eventwatch.store import Store

    try:
        with Store(_db(ctx, db_url)) as store:
            store.merge_incidents(keep, other, who=_who(who), why=why)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"merged incident {other} into {keep}")


@incidents_command.command("split")
@click.argument("incident", type=int)
@click.option("--mention", "mentions", type=int, multiple=True, required=True, metavar="ID",
              help="A mention to move out (repeatable; `incidents show` lists the ids).")
@click.option("--db", "db_url", metavar="URL", default=None, help=_DB_HELP)
@click.option("--by", "who", metavar="NAME", help="Who decides [default: your login name].")
@click.option("--why", default="", metavar="TEXT", help="Why: kept with the decision.")
@click.pass_context
def split_command(ctx: click.Context, incident: int, mentions: tuple[int, ...],
                  db_url: str | None, who: str | None, why: str) -> None:
    """Split INCIDENT: the given mentions become an incident of their own.

    The decision is recorded and re-applied on re-fusion: the moved mentions never rejoin
    the ones they left unless an analyst merges them again.

    \b
    Example:
      eventwatch incidents split 12 --mention 31 --by "A. Analyst" --why "night shooting"
    """
    from eventwatch.store import Store

    try:
        with Store(_db(ctx, db_url)) as store:
            new_id = store.split_incident(incident, list(mentions), who=_who(who), why=why)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    n = len(set(mentions))
    click.echo(f"moved {n} mention{'s' if n != 1 else ''} of incident {incident} to new "
               f"incident {new_id}")


def _count(c: dict[str, Any]) -> str:
    low, high, best, q = c.get("low"), c.get("high"), c.get("best"), c.get("qualifier")
    if best is not None and low == best == high:
        text = str(best)
    else:
        text = f"low {low if low is not None else '-'}, high {high if high is not None else '-'}"
        if best is not None:
            text += f", best {best}"
    return f"{text} ({q})" if q and q != "exact" else text


def render_detail(detail: dict[str, Any]) -> str:
    """``incidents show`` as text: the fused record, then each report with its figures."""
    r = detail["incident"]
    where = ", ".join(dict.fromkeys(str(x) for x in (r["place"], r["admin2"], r["admin1"],
                                                      r["country"]) if x))
    lines = [f"Incident {r['id']}: {r['event_type']}, {r['date'] or 'undated'}"
             f" ({r['date_precision'] or '-'}), {where or 'place unknown'}"]
    for m in ("killed", "wounded", "arrested", "kidnapped"):
        c = {p: r[f"{m}_{p}"] for p in ("low", "high", "best", "qualifier")}
        if c["low"] is not None or c["high"] is not None or c["best"] is not None:
            lines.append(f"  {m}: {_count(c)}")
    if r["perpetrators"]:
        lines.append("  perpetrators: " + ", ".join(
            f"{p} ({s})" for p, s in zip(r["perpetrators"], r["perpetrator_status"],
                                         strict=False)))
    lines.append(f"  {r['n_sources']} source(s)")
    for measure, seen in detail["disagreements"].items():
        lines.append(f"  sources disagree on {measure}: " + "; ".join(
            f"mention {s['mention_id']} {s['low'] if s['low'] is not None else '?'}-"
            f"{s['high'] if s['high'] is not None else 'open'}" for s in seen))
    lines.append("")
    for m in detail["mentions"]:
        lines.append(f"mention {m['mention_id']}  {m['published'] or 'date?'}  "
                     f"{m['outlet'] or '-'}  {m['url'] or ''}".rstrip())
        if m["title"]:
            lines.append(f"  {m['title']}")
        figures = "; ".join(f"{k} {_count(v)}" for k, v in m["figures"].items())
        lines.append(f"  {m['date'] or 'undated'}, {m['place'] or 'place unknown'}, "
                     f"{m['event_type']}" + (f"; {figures}" if figures else ""))
        for e in m["evidence"]:
            text = " ".join(str(e["text"]).split())
            lines.append(f"    {e['field']}: {text[:100]}{'...' if len(text) > 100 else ''}")
    if detail["decisions"]:
        lines.append("")
        for d in detail["decisions"]:
            lines.append(f"decision {d['id']}: {d['kind']} {d['incident_ids']} by {d['who']} "
                         f"at {d['at']}" + (f": {d['why']}" if d["why"] else ""))
    return "\n".join(lines)


@incidents_command.command("show")
@click.argument("incident", type=int)
@click.option("--db", "db_url", metavar="URL", default=None, help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def show_command(ctx: click.Context, incident: int, db_url: str | None, as_json: bool) -> None:
    """Show INCIDENT with every report of it: source, URL, date, figures, evidence.

    \b
    Example:
      eventwatch incidents show 12
    """
    from eventwatch.store import Store

    try:
        with Store(_db(ctx, db_url)) as store:
            detail = store.incident_detail(incident)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(detail, ensure_ascii=False, indent=1, default=str))
    else:
        click.echo(render_detail(detail))


@main.command("eval-fusion")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--mode", type=click.Choice(["both", "end-to-end", "gold-mentions"]),
              default="both", show_default=True,
              help="end-to-end: real extraction then fusion; gold-mentions: fusion alone on "
                   "the corpus's gold fields.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None, metavar="X",
              help="Exit 1 if a mode's B-cubed F1 is below X.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the gold mentions missed.")
@click.option("--actors-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Analyst's actor override file, as for `eventwatch extract`.")
def eval_fusion_command(corpus: Path, mode: str, as_json: bool, min_f1: float | None,
                        verbose: bool, actors_file: Path | None) -> None:
    """Score fusion on CORPUS (JSON Lines of articles with gold incident labels):
    pairwise precision / recall / F1 and B-cubed precision / recall / F1.

    \b
    Examples:
      eventwatch eval-fusion tests/fixtures/fusion/corpus.jsonl
      eventwatch eval-fusion tests/fixtures/fusion/corpus.jsonl --min-f1 0.95 --json
    """
    from eventwatch.fuse.corpus import evaluate_corpus, render
    from eventwatch.resources import Resources

    modes = {"both": ("end_to_end", "gold_mentions"), "end-to-end": ("end_to_end",),
             "gold-mentions": ("gold_mentions",)}[mode]
    try:
        results = evaluate_corpus(corpus, Resources(actors_path=actors_file), modes=modes)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
    else:
        click.echo(render(results, verbose))
    low = [r for r in results if min_f1 is not None and r.scores.bcubed_f1 < min_f1]
    for r in low:
        click.echo(f"below --min-f1: {r.mode} B-cubed F1 {r.scores.bcubed_f1:.3f} < {min_f1}",
                   err=True)
    if low:
        sys.exit(1)
