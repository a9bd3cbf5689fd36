"""``eventwatch ingest``: read news reports, extract incidents, store them.

Reads files, folders and URLs through :func:`eventwatch.ingest.read_inputs`, extracts each new
article with :func:`eventwatch.extract.extract_article` and writes it with
:meth:`eventwatch.store.Store.save` (one transaction per article).  Writes failures and a
progress bar to stderr and the final counts to stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from eventwatch.cli import main
from eventwatch.settings import describe_settings

if TYPE_CHECKING:
    from rich.progress import Progress

    from eventwatch.ingest import IngestFailure
    from eventwatch.models import Article
    from eventwatch.resources import Resources
    from eventwatch.store import ActorEntry, Store


@dataclass
class IngestCounts:
    """What one run did; ``read`` counts every input item, good or bad."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    incidents: int = 0

    def summary(self) -> str:
        return (f"read {self.read}, new {self.new}, duplicate {self.duplicate}, "
                f"failed {self.failed}; incident reports stored {self.incidents}")


def article_label(article: Article) -> str:
    """How a failure names an article: where it came from, else its id."""
    return article.url or article.source or article.external_id or article.id


def failure_line(where: str, reason: str) -> str:
    """``FAILED <input>: <reason>`` on one line."""
    # A catalogue message already starts with "[Exxx] <input>: "; don't name the input twice.
    text = " ".join(str(reason).split())
    if text.startswith("[E") and "] " in text[:8]:
        code, _, rest = text.partition("] ")
        if rest.startswith(f"{where}: "):
            text = f"{code}] {rest[len(where) + 2:]}"
    elif text.startswith(f"{where}: "):
        text = text[len(where) + 2:]
    return f"FAILED {where}: {text}"


class Reporter:
    """Prints failure lines on stderr, through the progress bar's console when one is shown."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = progress.add_task("ingesting", total=None) if progress else None

    def failed(self, where: str, reason: str) -> None:
        line = failure_line(where, reason)
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)

    def advance(self, counts: IngestCounts) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=counts.read,
                                 description=f"new {counts.new}, duplicate {counts.duplicate}, "
                                             f"failed {counts.failed}")


def ingest_one(item: Article | IngestFailure, store: Store, resources: Resources,
               counts: IngestCounts, reporter: Reporter) -> None:
    """Handle one item from ``read_inputs``: extract and store an article, or report a failure.

    Nothing raised for one article stops the run: an extraction error or a failed save is
    counted and reported with the article's source.
    """
    from eventwatch.errors import EventWatchError
    from eventwatch.extract import extract_article
    from eventwatch.ingest import IngestFailure

    counts.read += 1
    if isinstance(item, IngestFailure):
        counts.failed += 1
        reporter.failed(item.input, item.reason)
        return
    if store.has_article(item.id):
        counts.duplicate += 1
        return
    where = article_label(item)
    try:
        result = extract_article(item, resources)
    except Exception as exc:  # one bad article must not stop the run; report it and go on
        counts.failed += 1
        reporter.failed(where, f"extraction failed ({type(exc).__name__}: {exc})")
        return
    try:
        status = store.save(item, result)
    except EventWatchError as exc:
        counts.failed += 1
        reporter.failed(where, str(exc))
        return
    if status == "new":
        counts.new += 1
        counts.incidents += len(result.incidents)
    else:
        counts.duplicate += 1


def actor_entries(resources: Resources) -> Iterator[ActorEntry]:
    """The actor base (shipped data plus the analyst's file) as store entries.

    Copied into the store before ingesting so that names the base knows are stored as resolved
    actors and ``eventwatch incidents --actor`` understands every alias.
    """
    from eventwatch.store import ActorEntry

    for actor in resources.actors.entries():
        yield ActorEntry(name=actor.name, kind=actor.kind, parent=actor.parent,
                         aliases=tuple(actor.aliases), acronyms=tuple(actor.acronyms),
                         countries=tuple(actor.countries))


def _progress(enabled: bool) -> Progress | None:
    if not enabled or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)


@main.command("ingest", epilog="Settings read from the environment:\n\n" + describe_settings())
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="SQLAlchemy database URL [default: $EVENTWATCH_DATABASE_URL or "
                   "sqlite:///eventwatch.db].")
@click.option("--actors-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Your actor file, extending the shipped actor base.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Timeout for each URL fetch [default: 20].")
@click.option("--no-progress", is_flag=True, help="Do not show the progress bar.")
def ingest_command(inputs: tuple[str, ...], db_url: str | None, actors_file: Path | None,
                   timeout: float | None, no_progress: bool) -> None:
    """Read news reports, extract incidents and store them in the database.

    PATH_OR_URL is a file (plain text, HTML, JSON / JSON Lines, RSS/Atom, WARC), a folder
    (read recursively) or an http(s) URL.  An article already stored (same content) is counted
    as a duplicate and not extracted again.  Each input that fails gets one line on stderr,
    "FAILED <input>: <reason>", and the run goes on; each article is stored in one transaction,
    so the database is never half written.  The exit status is 1 when anything failed.

    \b
    Examples:
      eventwatch ingest samples/
      eventwatch ingest news/*.html feed.xml --db sqlite:///events.db
      eventwatch ingest https://example.org/rss.xml --timeout 10
      EVENTWATCH_DATABASE_URL=postgresql+psycopg://me@localhost/events \\
        eventwatch ingest crawl.warc.gz --no-progress
    """
    from eventwatch.errors import EventWatchError
    from eventwatch.ingest import read_inputs
    from eventwatch.resources import Resources
    from eventwatch.settings import load_settings
    from eventwatch.store import Store

    try:
        settings = load_settings()
        store = Store(db_url or settings.database_url)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    resources = Resources(actors_path=actors_file or settings.actors_file)
    try:
        store.sync_actors(actor_entries(resources))
    except EventWatchError as exc:
        store.close()
        raise click.ClickException(str(exc)) from exc
    fetch_timeout = timeout if timeout is not None else settings.fetch_timeout
    counts = IngestCounts()
    progress = _progress(not no_progress)
    interrupted = False
    try:
        with progress if progress is not None else nullcontext():
            reporter = Reporter(progress)
            for item in read_inputs(list(inputs), timeout=fetch_timeout):
                ingest_one(item, store, resources, counts, reporter)
                reporter.advance(counts)
    except KeyboardInterrupt:
        # Ctrl-C: the article in hand was not committed; say what was stored before it.
        interrupted = True
    finally:
        store.close()
    click.echo(counts.summary() + ("; interrupted" if interrupted else ""))
    click.get_current_context().exit(130 if interrupted else 1 if counts.failed else 0)
