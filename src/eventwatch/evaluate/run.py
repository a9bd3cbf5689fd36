"""Getting predictions to score: by running extraction, or from an ``eventwatch extract`` file.

Reads gold documents / SATP examples and either a predictions JSON Lines file (one
``{"id": ..., "incidents": [...], ...}`` object per line, as ``eventwatch extract`` writes) or a
:class:`~eventwatch.resources.Resources` to run :func:`eventwatch.extract.extract_article`
with.  Also writes the inputs file that ``eventwatch extract`` needs to produce such
predictions (``--dump-inputs``).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from eventwatch.errors import DataError, Errors, EventWatchError
from eventwatch.evaluate.compare import Family
from eventwatch.evaluate.gold import GoldDocument
from eventwatch.evaluate.satp import SatpExample
from eventwatch.models import Article
from eventwatch.resources import Resources


def actor_family(resources: Resources | None) -> Family:
    """``ActorBase.family`` when the actor base is available, else the name itself.

    Perpetrators are compared at family level (a branch counts as its parent), so the scorer
    needs the same actor base as extraction.
    """
    base: Any = None
    if resources is not None:
        try:
            base = resources.actors
        except (ImportError, EventWatchError, OSError):
            base = None
    family = getattr(base, "family", None)
    if family is None:
        return lambda name: name

    def lookup(name: str) -> str:
        try:
            found = family(name)
        except (LookupError, ValueError, TypeError):
            return name
        return str(found) if found else name

    return lookup


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read predictions keyed by ``id``; a bad line stops with an error naming ``path:line``."""
    path = Path(path)
    out: dict[str, dict[str, Any]] = {}
    try:
        fh: IO[str] = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    except OSError as exc:
        raise DataError(Errors.E001, str(path), reason=str(exc)) from exc
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(Errors.E005, f"{path}:{n}", reason=str(exc)) from exc
            if not isinstance(record, dict) or record.get("id") is None:
                raise DataError(Errors.E017, f"{path}:{n}",
                                reason="each prediction must be an object with an 'id'")
            out[str(record["id"])] = record
    return out


@dataclass
class ExtractionRun:
    """Predictions made in-process, with how long extraction took."""

    predictions: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    articles: int = 0
    words: int = 0


def extract_all(articles: Iterable[tuple[str, Article]], resources: Resources,
                run: ExtractionRun | None = None) -> ExtractionRun:
    """Run extraction over ``(id, article)`` pairs with one :class:`Resources` object.

    A failing article is recorded in ``errors`` (and scored as having no prediction) so one
    bad case does not hide the scores of the rest.
    """
    from eventwatch.extract import extract_article

    run = run or ExtractionRun()
    for ident, article in articles:
        start = time.perf_counter()
        try:
            result = extract_article(article, resources)
        except ImportError:
            raise  # a missing module is no article's fault: stop instead of failing them all
        except Exception as exc:  # reported per article, see the docstring
            run.errors[ident] = f"{type(exc).__name__}: {exc}"
            continue
        finally:
            run.seconds += time.perf_counter() - start
            run.articles += 1
            run.words += len(article.text.split())
        record = result.to_dict()
        record["id"] = ident
        run.predictions[ident] = record
    return run


def gold_articles(docs: Iterable[GoldDocument]) -> list[tuple[str, Article]]:
    return [(d.id, d.article) for d in docs]


def satp_articles(examples: Iterable[SatpExample], source: str = "satp"
                  ) -> list[tuple[str, Article]]:
    return [(e.id, Article(text=e.text, source=f"{source}:{e.line + 1}", external_id=e.id))
            for e in examples]


def input_record(ident: str, article: Article) -> dict[str, Any]:
    """One ``eventwatch extract`` input line for an article."""
    record: dict[str, Any] = {"id": ident, "text": article.text}
    for key in ("title", "url", "published"):
        value = getattr(article, key)
        if value:
            record[key] = value
    return record


def dump_inputs(path: str | Path, articles: Iterable[tuple[str, Article]]) -> int:
    """Write the JSON Lines input for ``eventwatch extract``; returns the number of lines."""
    n = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for ident, article in articles:
            fh.write(json.dumps(input_record(ident, article), ensure_ascii=False) + "\n")
            n += 1
    return n


def missing_ids(ids: Iterable[str], predictions: Mapping[str, Any]) -> list[str]:
    return [i for i in ids if i not in predictions]
