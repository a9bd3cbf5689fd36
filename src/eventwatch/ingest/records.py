"""Ingestion: JSON and JSON Lines records to articles.

Reads ``.jsonl``/``.ndjson`` (one object per line) and ``.json`` (one object, or an array of
objects) and writes one article per record.  A record is
``{"id"?, "url"?, "title"?, "published"?, "text" | "html"}``; other keys are ignored.

* ``published`` is a machine date (ISO 8601, RFC 822 or "March 15, 2019"); it wins over dates
  in the text and is recorded with source ``input``.  A value that is not a date is ignored
  and the date is looked for in the text instead.
* ``html`` goes through the HTML extractor (with ``url`` as the page URL); ``text`` through the
  text cleaner.  ``id`` is kept as ``Article.external_id``.

Articles and failures name the record: ``file.jsonl:LINE`` for JSON Lines,
``file.json#record-N`` for array items; a line that is not JSON is E005 and the lines after it
are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from eventwatch.errors import Errors
from eventwatch.ingest.common import IngestFailure, Item, guarded, record_label
from eventwatch.ingest.dates import date_from_url, normalise_date_value, year_from_url
from eventwatch.ingest.html import extract_html
from eventwatch.ingest.textclean import build_article


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"


def read_jsonl(text: str, source: str, source_format: str = "jsonl") -> Iterator[Item]:
    """Articles from JSON Lines ``text``; each failure names ``source:LINE``."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        label = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestFailure.make(Errors.E005, label,
                                     reason=f"{exc.msg} at column {exc.colno}")
            continue
        yield from read_record(record, source=label, source_format=source_format)


def read_json(text: str, source: str) -> Iterator[Item]:
    """Articles from a ``.json`` file: one object or an array of them.

    A file that holds several objects one per line (JSON Lines saved as ``.json``) is read
    as JSON Lines.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_jsonl(text, source, source_format="jsonl")
            return
        yield IngestFailure.make(Errors.E005, source, reason=_json_error(exc))
        return
    if isinstance(data, dict):
        yield from read_record(data, source=source, source_format="json")
    elif isinstance(data, list):
        if not data:
            yield IngestFailure.make(Errors.E004, source)
        for n, record in enumerate(data, 1):
            yield from read_record(record, source=record_label(source, n), source_format="json")
    else:
        yield IngestFailure.make(Errors.E005, source,
                                 reason=f"expected an object or an array, got {_kind(data)}")


def _kind(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number")


def _string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_record(record: Any, *, source: str, source_format: str) -> Iterator[Item]:
    """One article from one record; ``source`` names it in the article and in failures."""
    if not isinstance(record, dict):
        yield IngestFailure.make(Errors.E005, source,
                                 reason=f"expected an object, got {_kind(record)}")
        return
    text, markup = record.get("text"), record.get("html")
    has_text = isinstance(text, str) and text.strip()
    has_html = isinstance(markup, str) and markup.strip()
    if not (has_text or has_html):
        yield IngestFailure.make(Errors.E006, source)
        return
    url, title = _string(record, "url"), _string(record, "title")
    external_id = _string(record, "id")
    published = normalise_date_value(_string(record, "published"))
    published_source = "input" if published else None

    if has_text:
        yield from guarded(
            build_article, str(text), source=source, source_format=source_format, title=title,
            url=url, published=published, published_source=published_source,
            url_date=date_from_url(url), url_year=year_from_url(url), external_id=external_id)
    else:
        yield from guarded(
            extract_html, str(markup), source=source, source_format=source_format, url=url,
            title=title, published=published, published_source=published_source,
            external_id=external_id)
