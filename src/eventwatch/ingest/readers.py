"""Ingestion: the entry point.  Turns paths and URLs into articles.

Reads files, directories (recursively, in sorted order, skipping hidden entries and files with
extensions it does not know) and http(s) URLs; yields one
:class:`~eventwatch.models.Article` per story and one :class:`IngestFailure` per input (or per
record inside a container) that cannot be read, then goes on with the rest.

Dispatch is by extension, with content sniffing for the rest:

=====================  ============================================  ================
extension              reader                                        ``source_format``
=====================  ============================================  ================
.txt .text .md         text cleaner                                  text
.html .htm .xhtml      trafilatura + date rules                      html
.json / .jsonl .ndjson records ``{id?, url?, title?, published?,      json / jsonl
                       text | html}``
.xml .rss .atom        feedparser                                    rss / atom
.warc .warc.gz .arc    warcio, HTML responses                        warc
.gz (other)            decompressed, then by the inner extension     (inner)
other / URL            sniffed: HTML, feed, JSON, WARC, else text    (sniffed) / url
=====================  ============================================  ================

A fetched URL is dispatched on its ``Content-Type`` (then sniffed); a single page or text from
a URL has ``source_format`` ``url``, a feed or JSON document keeps its own format.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwatch.errors import Errors, IngestError
from eventwatch.ingest.common import IngestFailure, Item, guarded
from eventwatch.ingest.encoding import check_not_binary, decode_bytes
from eventwatch.ingest.feeds import looks_like_feed, read_feed
from eventwatch.ingest.fetch import Fetcher
from eventwatch.ingest.html import HTML_TYPES, extract_html
from eventwatch.ingest.records import read_json, read_jsonl
from eventwatch.ingest.textclean import build_article
from eventwatch.models import Article

LOG = logging.getLogger(__name__)

EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "xml", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".arc": "warc",
}
_CONTENT_TYPES: dict[str, str] = {
    **dict.fromkeys(HTML_TYPES, "html"),
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "xml", "text/xml": "xml",
    "application/json": "json", "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl",
    "text/plain": "text", "text/markdown": "markdown", "application/warc": "warc",
}
_URL_RE = re.compile(r"^https?://", re.I)
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)


def read_inputs(
    inputs: Sequence[str],
    *,
    timeout: float = 20.0,
    retries: int = 2,
    user_agent: str | None = None,
) -> Iterator[Article | IngestFailure]:
    """Articles from files, directories and http(s) URLs, in the order given.

    ``timeout`` (seconds per connect/read), ``retries`` and ``user_agent`` apply to URLs,
    including the links of feed entries that carry no text.  Every input that cannot be read
    yields one :class:`IngestFailure` (JSON lines, feed entries and WARC records fail one by
    one); the iteration always goes on with the rest.
    """
    if isinstance(inputs, str | Path):  # a single path given where a list is expected
        inputs = [str(inputs)]
    with Fetcher(timeout=timeout, retries=retries, user_agent=user_agent) as fetcher:
        for given in inputs:
            item = str(given)  # Path objects are welcome too
            if _URL_RE.match(item):
                yield from _read_url(item, fetcher)
            elif _SCHEME_RE.match(item):
                yield IngestFailure.make(Errors.E011, item,
                                         reason="only http(s) URLs and local paths are read")
            else:
                yield from _read_path(Path(item), fetcher)


def _read_path(path: Path, fetcher: Fetcher) -> Iterator[Item]:
    if path.is_dir():
        for file in _walk(path):
            yield from _read_file(file, fetcher, explicit=False)
    elif path.exists():
        yield from _read_file(path, fetcher, explicit=True)
    else:
        yield IngestFailure.make(Errors.E001, str(path), reason="no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order, hidden files and folders left out."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _kind_from_name(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    return EXTENSIONS.get(os.path.splitext(lower)[1])


def _read_file(path: Path, fetcher: Fetcher, *, explicit: bool) -> Iterator[Item]:
    source = str(path)
    name = path.name
    kind = _kind_from_name(name)
    if kind is None and name.lower().endswith(".gz"):
        kind = _kind_from_name(name[:-3]) or ("sniff" if explicit else None)
        if kind is not None and kind != "warc":
            yield from _read_gzip(path, kind, fetcher)
            return
    if kind is None:
        if not explicit:
            LOG.debug("skipping %s: unknown extension", source)
            return
        kind = "sniff"
    if kind == "warc":
        yield from _read_warc_file(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestFailure.make(Errors.E001, source, reason=exc.strerror or str(exc))
        return
    yield from read_bytes(data, source, kind, fetcher)


def _read_gzip(path: Path, kind: str, fetcher: Fetcher) -> Iterator[Item]:
    try:
        data = gzip.decompress(path.read_bytes())
    except OSError as exc:
        yield IngestFailure.make(Errors.E001, str(path), reason=exc.strerror or str(exc))
        return
    except (EOFError, zlib.error) as exc:
        yield IngestFailure.make(Errors.E001, str(path), reason=f"broken gzip data: {exc}")
        return
    yield from read_bytes(data, str(path), kind, fetcher)


def _read_warc_file(path: Path) -> Iterator[Item]:
    from eventwatch.ingest.warc import read_warc

    try:
        stream = path.open("rb")
    except OSError as exc:
        yield IngestFailure.make(Errors.E001, str(path), reason=exc.strerror or str(exc))
        return
    with stream:
        yield from read_warc(stream, str(path))


def sniff(data: bytes) -> str:
    """The kind of a document from its first bytes: warc, feed, html, json, jsonl or text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    text = head.decode("latin-1")
    if head.startswith(b"<"):
        if looks_like_feed(text):
            return "feed"
        if _HTML_SNIFF.search(head) or re.match(r"<(?:p|div|article|h1|table)[\s>]", text, re.I):
            return "html"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        lines = [x for x in data[:65536].splitlines() if x.strip()]
        return "jsonl" if len(lines) > 1 and all(x.lstrip().startswith(b"{") for x in
                                                 lines[:-1]) else "json"
    if _HTML_SNIFF.search(head):
        return "html"
    return "text"


def read_bytes(data: bytes, source: str, kind: str, fetcher: Fetcher, *,
               declared: str | None = None, url: str | None = None,
               page_format: str | None = None) -> Iterator[Item]:
    """Articles from the bytes of one document of ``kind`` ("sniff" to decide from content).

    ``declared`` is a charset from an HTTP header, ``url`` the page's URL when fetched, and
    ``page_format`` overrides the ``source_format`` of single pages (``url`` for fetched ones).
    """
    if not data.strip():
        yield IngestFailure.make(Errors.E004, source)
        return
    if kind == "sniff":
        kind = sniff(data)
    if kind == "warc":
        from eventwatch.ingest.warc import read_warc

        yield from read_warc(io.BytesIO(data), source)
        return
    if kind == "xml":
        # A .xml file is usually a feed; HTML saved as .xml is read as HTML.
        head = data[:4096].decode("latin-1")
        kind = "html" if not looks_like_feed(head) and _HTML_SNIFF.search(data[:4096]) \
            else "feed"
    if kind == "feed":
        try:
            check_not_binary(data, source)
        except IngestError as exc:
            yield IngestFailure.from_error(exc)
            return
        yield from read_feed(data, source, fetcher)
        return
    try:
        text = decode_bytes(data, source=source, declared=declared, html=kind == "html")
    except IngestError as exc:
        yield IngestFailure.from_error(exc)
        return
    if kind == "json":
        yield from read_json(text, source)
    elif kind == "jsonl":
        yield from read_jsonl(text, source)
    elif kind == "html":
        yield from guarded(extract_html, text, source=source,
                           source_format=page_format or "html", url=url)
    else:
        yield from guarded(build_article, text, source=source,
                           source_format=page_format or "text", url=url,
                           markdown=kind == "markdown")


def _read_url(url: str, fetcher: Fetcher) -> Iterator[Item]:
    try:
        page = fetcher.get(url)
    except IngestError as exc:
        yield IngestFailure.from_error(exc)
        return
    kind = _CONTENT_TYPES.get(page.content_type, "sniff")
    if kind == "text" and page.body.lstrip()[:1] == b"<":
        kind = "sniff"  # servers label saved pages and feeds text/plain more often than not
    yield from read_bytes(page.body, url, kind, fetcher, declared=page.charset, url=page.url,
                          page_format="url")
