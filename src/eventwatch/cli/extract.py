"""``eventwatch extract``: the database-free batch interface, JSON Lines in, JSON Lines out.

Reads one JSON object per line, ``{"id", "text", "published"?, "title"?, "url"?}`` (``-`` for
stdin), and writes one line per good input line, in input order:
``{"id": <input id>, "published", "published_source", "dateline", "incidents", "statistics",
"relations"}`` (the ``ExtractionResult.to_dict()`` shape; incidents in document order).  A bad
line is reported on stderr as ``[E00x] path:line: reason``, skipped and counted; the run ends
with ``extracted N, failed M`` on stderr and exit status 1 if any line failed.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import queue
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from eventwatch.cli import main
from eventwatch.errors import DataError, Errors, EventWatchError, IngestError
from eventwatch.models import Article
from eventwatch.resources import Resources

# A line's outcome: ("ok", output line), ("error", message) or ("fatal", message) when the
# problem is not the line's (a broken resource file) and the run must stop.
Outcome = tuple[str, str]


def record_to_article(line: str, where: str) -> tuple[Any, Article]:
    """Parse one input line into (id, Article); raises :class:`IngestError` naming ``where``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(Errors.E005, where, reason=str(exc)) from exc
    if not isinstance(record, dict):
        raise IngestError(Errors.E005, where,
                          reason=f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise IngestError(Errors.E006, where)
    if not isinstance(text, str):
        raise IngestError(Errors.E017, where, reason=f"'text' must be a string, not "
                                                     f"{type(text).__name__}")
    if not text.strip():
        raise IngestError(Errors.E004, where)
    for key in ("published", "title", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise IngestError(Errors.E017, where, reason=f"'{key}' must be a string")
    published = record.get("published") or None
    article = Article(text=text, title=record.get("title"), url=record.get("url"),
                      published=published, published_source="input" if published else None,
                      source=where, source_format="jsonl")
    ident = record.get("id")
    if ident is None:
        ident = article.id  # the content hash: stable, so reruns pair up
    article.external_id = str(ident)
    return ident, article


def _document_order(incident: dict[str, Any]) -> int:
    starts = [e["start"] for e in incident.get("evidence") or [] if isinstance(e.get("start"), int)]
    return min(starts) if starts else sys.maxsize


def process_line(line: str, where: str, resources: Resources) -> Outcome:
    """Extract one input line; never raises (see :data:`Outcome`)."""
    try:
        ident, article = record_to_article(line, where)
    except IngestError as exc:
        return "error", str(exc)
    from eventwatch.extract import extract_article

    try:
        result = extract_article(article, resources)
    except DataError as exc:
        return "fatal", str(exc)
    except EventWatchError as exc:
        return "error", str(exc)
    except Exception as exc:  # a bug must not end a long batch; it is reported and counted
        return "error", f"{where}: extraction failed ({type(exc).__name__}: {exc}); please " \
                        "report this with the input line"
    data = result.to_dict()
    data.pop("id", None)
    data["incidents"] = sorted(data.get("incidents") or [], key=_document_order)
    return "ok", json.dumps({"id": ident, **data}, ensure_ascii=False)


def _lines(fh: IO[str], name: str) -> Iterator[tuple[str, str]]:
    for n, line in enumerate(fh, 1):
        if line.strip():
            yield f"{name}:{n}", line


def _worker(actors_path: Path | None, tasks: Any, results: Any) -> None:
    # Each worker owns its Resources for its whole life (loaded once per process).
    resources = Resources(actors_path=actors_path)
    while True:
        item = tasks.get()
        if item is None:
            return
        seq, where, line = item
        results.put((seq, process_line(line, where, resources)))


def _parallel(lines: Iterator[tuple[str, str]], workers: int,
              actors_path: Path | None) -> Iterator[Outcome]:
    """Run :func:`process_line` in ``workers`` processes, yielding outcomes in input order."""
    ctx = mp.get_context()
    tasks = ctx.Queue(maxsize=workers * 32)
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(actors_path, tasks, results), daemon=True)
             for _ in range(workers)]
    for p in procs:
        p.start()
    total: list[int] = []  # set by the feeder when the input is exhausted
    feed_error: list[BaseException] = []  # e.g. a UnicodeDecodeError while reading

    def feed() -> None:
        n = 0
        try:
            for where, line in lines:
                tasks.put((n, where, line))
                n += 1
        except BaseException as exc:
            feed_error.append(exc)
        finally:
            total.append(n)
            for _ in procs:
                tasks.put(None)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    pending: dict[int, Outcome] = {}
    nxt = 0
    try:
        while not total or nxt < total[0]:
            try:
                seq, outcome = results.get(timeout=1.0)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in procs):
                    raise click.ClickException("a worker process died; rerun with --workers 1 "
                                               "to see the error") from None
                continue
            pending[seq] = outcome
            while nxt in pending:
                yield pending.pop(nxt)
                nxt += 1
        if feed_error:
            raise feed_error[0]
    finally:
        tasks.cancel_join_thread()
        for p in procs:
            if p.is_alive() and (not total or nxt < total[0]):
                p.terminate()
        for p in procs:
            p.join(timeout=5)


@main.command("extract")
@click.argument("input_path", metavar="IN.jsonl")
@click.option("-o", "--output", default="-", metavar="OUT.jsonl", show_default=True,
              help="Where to write the results ('-' for stdout).")
@click.option("--actors-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Analyst's actor override file.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (output order is kept).")
def extract_command(input_path: str, output: str, actors_file: Path | None, workers: int) -> None:
    """Extract incidents from a JSON Lines file of articles, without a database.

    \b
    Each input line: {"id": ..., "text": ..., "published": "2019-03-15", "title": ..., "url": ...}
    ("published", "title", "url" optional; without "published" the story's dateline is used).
    Each output line: {"id": ..., "published": ..., "incidents": [...], ...}.

    \b
    Examples:
      eventwatch extract articles.jsonl -o incidents.jsonl
      cat articles.jsonl | eventwatch extract - --workers 2 > incidents.jsonl
    """
    name = "<stdin>" if input_path == "-" else input_path
    try:
        fh_in = click.open_file(input_path, "r", encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(Errors.E001.format(input=input_path, reason=exc)) from exc
    ok = failed = 0
    with fh_in, click.open_file(output, "w", encoding="utf-8") as fh_out:
        lines = _lines(fh_in, name)
        if workers == 1:
            resources = Resources(actors_path=actors_file)  # created once for the whole run
            outcomes: Iterator[Outcome] = (process_line(line, where, resources)
                                           for where, line in lines)
        else:
            outcomes = _parallel(lines, workers, actors_file)
        try:
            for status, text in outcomes:
                if status == "ok":
                    fh_out.write(text + "\n")
                    ok += 1
                elif status == "fatal":
                    raise click.ClickException(text)
                else:
                    click.echo(text, err=True)
                    failed += 1
        except UnicodeDecodeError as exc:
            raise click.ClickException(Errors.E003.format(input=name, reason=exc)) from exc
    click.echo(f"extracted {ok}, failed {failed}", err=True)
    if failed:
        sys.exit(1)
