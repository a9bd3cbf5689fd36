"""Reading hand-coded gold files (``*.gold.json``) into :class:`GoldDocument` objects.

Reads: gold files or directories of them.  Two layouts exist (see ``docs/evaluation.md``):

* SATP narratives (``../shared/gold/satp-dev``): the file holds its own ``text`` and
  ``published`` (null); dates are ``{"year", "month", "day", "precision"}`` with year null.
* Full articles (``../shared/gold/<stem>.gold.json``): no ``text``; the article is the seed
  file ``../seeds/<stem>.txt`` beside the gold directory, read through ingestion, and the gold
  adds ``article`` checks (title, publication date, boilerplate); dates are ISO strings plus
  ``date_precision``.

Writes nothing.  Every problem raises :class:`~eventwatch.errors.DataError` with code E014
naming the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.errors import DataError, Errors
from eventwatch.models import Article, parse_iso_parts

GOLD_SUFFIX = ".gold.json"


@dataclass(slots=True)
class GoldDate:
    """A gold date: any component may be unknown (SATP narratives carry no year)."""

    year: int | None
    month: int | None
    day: int | None
    precision: str | None

    @property
    def empty(self) -> bool:
        return self.year is None and self.month is None and self.day is None

    def display(self) -> str:
        if self.empty:
            return "none"
        y = f"{self.year:04d}" if self.year is not None else "----"
        parts = [y]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts) + f" ({self.precision})"


@dataclass(slots=True)
class GoldIncident:
    """One gold incident; ``raw`` keeps the file's dict so optional keys can be scored."""

    id: str
    raw: dict[str, Any]
    date: GoldDate | None
    span: tuple[int, int] | None = None

    def has(self, key: str) -> bool:
        return key in self.raw


@dataclass(slots=True)
class GoldDocument:
    """One gold file with the article text it refers to."""

    id: str
    path: Path
    text: str
    article: Article
    incidents: list[GoldIncident]
    optional: list[GoldIncident] = field(default_factory=list)
    must_not: list[dict[str, Any]] = field(default_factory=list)
    statistics: list[dict[str, Any]] | None = None
    relations: list[dict[str, Any]] | None = None
    article_gold: dict[str, Any] | None = None


def gold_id(path: Path) -> str:
    """The document id used to pair gold with predictions: the file name minus ``.gold.json``."""
    name = path.name
    return name[: -len(GOLD_SUFFIX)] if name.endswith(GOLD_SUFFIX) else path.stem


def find_gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories to the ``*.gold.json`` files under them (recursively, sorted), keep
    files as given; a file named twice is loaded once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.rglob(f"*{GOLD_SUFFIX}"))
            if not found:
                raise DataError(Errors.E014, str(p), reason="no *.gold.json files in directory")
        elif p.is_file():
            found = [p]
        else:
            raise DataError(Errors.E014, str(p), reason="no such file or directory")
        for f in found:
            if f.resolve() not in seen:
                seen.add(f.resolve())
                out.append(f)
    return out


def load_gold(paths: Iterable[str | Path]) -> list[GoldDocument]:
    """Load every gold file under ``paths`` (files or directories)."""
    docs: list[GoldDocument] = []
    where: dict[str, Path] = {}
    for path in find_gold_files(paths):
        doc = load_gold_file(path)
        if doc.id in where:
            # Predictions are paired with gold by id, so two files with one id are ambiguous.
            raise DataError(Errors.E014, str(path),
                            reason=f"the id {doc.id!r} is also used by {where[doc.id]}")
        where[doc.id] = path
        docs.append(doc)
    return docs


def parse_gold_date(raw: dict[str, Any], where: str) -> GoldDate | None:
    """Read either layout: ``{"year",...,"precision"}`` or ``"2016-08-08"`` + ``date_precision``.

    Returns None when the gold says nothing about the date (key absent), and an empty
    :class:`GoldDate` when it says the text gives no date (all components null).
    """
    if "date" not in raw:
        return None
    value = raw["date"]
    if value is None:
        return GoldDate(None, None, None, None)
    if isinstance(value, str):
        year, month, day = parse_iso_parts(value)
        if year is None and month is None:
            raise DataError(Errors.E014, where, reason=f"unreadable date {value!r}")
        precision = raw.get("date_precision") or ("day" if day else "month" if month else "year")
        return GoldDate(year, month, day, precision)
    if isinstance(value, dict):
        return GoldDate(value.get("year"), value.get("month"), value.get("day"),
                        value.get("precision"))
    raise DataError(Errors.E014, where, reason=f"date must be a string or an object: {value!r}")


def _locate(text: str, raw: dict[str, Any]) -> tuple[int, int] | None:
    """The gold evidence span: ``evidence_span`` if given, else the ``evidence`` text found."""
    span = raw.get("evidence_span")
    if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return int(span[0]), int(span[1])
    evidence = raw.get("evidence")
    if isinstance(evidence, str) and evidence:
        start = text.find(evidence)
        if start >= 0:
            return start, start + len(evidence)
        # Gold files write straight quotes where the article has curly ones, and ingestion
        # may change spacing: match the words in order with any non-word characters between.
        words = re.findall(r"\w+", evidence)
        if words:
            m = re.search(r"\W+".join(map(re.escape, words)), text)
            if m:
                return m.start(), m.end()
    return None


def _incidents(items: Any, text: str, where: str, kind: str) -> list[GoldIncident]:
    if items is None:
        return []
    if not isinstance(items, list):
        raise DataError(Errors.E014, where, reason=f"'{kind}' must be a list")
    out = []
    for n, raw in enumerate(items):
        if not isinstance(raw, dict):
            raise DataError(Errors.E014, where, reason=f"{kind}[{n}] is not an object")
        ident = str(raw.get("id") or f"{kind}-{n}")
        out.append(GoldIncident(ident, raw, parse_gold_date(raw, f"{where} {ident}"),
                                _locate(text, raw)))
    return out


def seed_text_path(path: Path) -> Path:
    """Where a full-article gold file's article lives: ``../seeds/<stem>.txt``."""
    return path.resolve().parent.parent / "seeds" / f"{gold_id(path)}.txt"


def read_seed_article(path: Path) -> Article:
    """Read the seed article through ingestion (:func:`eventwatch.ingest.read_inputs`).

    The seed is a saved news page with headers and captions, so the scored text is what
    ingestion makes of it (boilerplate removed, title and publication date found).
    """
    from eventwatch.ingest import read_inputs

    for item in read_inputs([str(path)]):
        if isinstance(item, Article):
            return item
        # An IngestFailure: its reason is the catalogue message naming the seed file.
        raise DataError(Errors.E014, str(path), reason=f"ingestion failed: {item.reason}")
    raise DataError(Errors.E014, str(path), reason="ingestion produced no article")


def load_gold_file(path: str | Path) -> GoldDocument:
    """Load one gold file (either layout) into a :class:`GoldDocument`."""
    path = Path(path)
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(Errors.E014, where, reason=f"cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise DataError(Errors.E014, where, reason=f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("incidents"), list):
        raise DataError(Errors.E014, where, reason="expected an object with an 'incidents' list")
    doc_id = gold_id(path)
    if isinstance(data.get("text"), str):
        text = data["text"]
        published = data.get("published")
        article = Article(text=text, published=published,
                          published_source="input" if published else None,
                          source=where, external_id=doc_id)
    else:
        seed = seed_text_path(path)
        if not seed.is_file():
            raise DataError(Errors.E014, where,
                            reason=f"no 'text' in the file and no seed article at {seed}")
        article = read_seed_article(seed)
        article.external_id = doc_id
        text = article.text
    return GoldDocument(
        id=doc_id,
        path=path,
        text=text,
        article=article,
        incidents=_incidents(data["incidents"], text, where, "incidents"),
        optional=_incidents(data.get("optional_incidents"), text, where, "optional_incidents"),
        must_not=[m for m in data.get("must_not") or [] if isinstance(m, dict)],
        statistics=data.get("statistics") if isinstance(data.get("statistics"), list) else None,
        relations=data.get("relations") if isinstance(data.get("relations"), list) else None,
        article_gold=data.get("article") if isinstance(data.get("article"), dict) else None,
    )


def iter_incidents(docs: Iterable[GoldDocument]) -> Iterator[GoldIncident]:
    for doc in docs:
        yield from doc.incidents
