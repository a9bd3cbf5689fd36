"""Ingestion: RSS and Atom feeds to articles.

Reads the bytes of one feed (feedparser detects the encoding itself) and writes one article per
entry, named ``feed#record-N`` (N counts entries from 1).

* The entry's text is the longest of its ``content`` values and its ``summary``; HTML is
  reduced to its visible text, one line per block, figures and captions dropped.
* The entry date (``published``, else ``updated``) is the story's date, source ``feed``; the
  date is taken as written, without converting it to UTC (feedparser's ``*_parsed`` would).
* An entry without text but with an http(s) link is fetched, and the page read as HTML.
* ``Article.external_id`` is the entry's ``id``/``guid``.

A file that feedparser cannot read as a feed, or a feed without entries, is E008.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from eventwatch.errors import Errors, IngestError
from eventwatch.ingest.common import IngestFailure, Item, guarded, record_label
from eventwatch.ingest.dates import date_from_url, normalise_date_value, year_from_url
from eventwatch.ingest.encoding import decode_bytes
from eventwatch.ingest.fetch import Fetcher
from eventwatch.ingest.html import HTML_TYPES, extract_html, fragment_to_text
from eventwatch.ingest.textclean import build_article
from eventwatch.models import Article


def looks_like_feed(head: str) -> bool:
    """Whether the start of a document is an RSS, RDF or Atom feed."""
    probe = head[:2048].lower()
    return any(tag in probe for tag in ("<rss", "<feed", "<rdf:rdf", "<channel"))


def read_feed(data: bytes, source: str, fetcher: Fetcher) -> Iterator[Item]:
    """Articles from one RSS/Atom document; failures name ``source`` or ``source#record-N``."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser wraps most errors in bozo, but not all of them
        yield IngestFailure.make(Errors.E008, source, reason=str(exc) or type(exc).__name__)
        return
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        if problem is not None:
            reason = f"{type(problem).__name__}: {problem}"
        elif not parsed.get("version"):
            reason = "not an RSS or Atom feed"
        else:
            reason = "the feed has no entries"
        yield IngestFailure.make(Errors.E008, source, reason=reason)
        return
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    problem = parsed.get("bozo_exception")
    # feedparser reads what it can of a malformed feed; say so when an entry comes out empty.
    note = "" if problem is None or "Encoding" in type(problem).__name__ else (
        f"; the feed is malformed: {problem}")
    for n, entry in enumerate(entries, 1):
        yield from guarded(_entry_article, entry, record_label(source, n), fmt, fetcher, note)


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        iso = normalise_date_value(entry.get(key))
        if iso:
            return iso
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _entry_body(entry: Any) -> tuple[str, bool]:
    """(text, is_html) of the entry's fullest text."""
    parts: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        parts.append((content.get("value") or "", content.get("type") or "text/html"))
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        parts.append((summary, detail.get("type") or "text/html"))
    if not parts:
        return "", False
    value, kind = max(parts, key=lambda p: len(p[0]))
    return value, (kind in HTML_TYPES or "<" in value)


def _entry_article(entry: Any, label: str, fmt: str, fetcher: Fetcher, note: str) -> Article:
    title = (entry.get("title") or "").strip() or None
    link = (entry.get("link") or "").strip() or None
    published = _entry_date(entry)
    source = "feed" if published else None
    external_id = (entry.get("id") or "").strip() or None
    body, is_html = _entry_body(entry)
    text = fragment_to_text(body) if is_html else body
    if text.strip():
        return build_article(
            text, source=label, source_format=fmt, title=title, url=link, published=published,
            published_source=source, url_date=date_from_url(link), url_year=year_from_url(link),
            external_id=external_id,
        )
    if link and link.lower().startswith(("http://", "https://")):
        page = fetcher.get(link)
        markup = decode_bytes(page.body, source=link, declared=page.charset, html=True)
        return extract_html(markup, source=label, source_format=fmt, url=page.url, title=title,
                            published=published, published_source=source,
                            external_id=external_id)
    raise IngestError(Errors.E008, input=label,
                      reason="the entry has no text and no http(s) link to fetch" + note)
