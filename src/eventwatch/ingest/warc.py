"""Ingestion: web archives (WARC, and ARC through warcio's conversion) to articles.

Reads a ``.warc``/``.warc.gz``/``.arc`` stream and writes one article per HTML ``response``
record with status 200, named ``archive#record-N`` (N counts all records from 1, so it points
at the record in the file).  The page URL is the record's ``WARC-Target-URI``; the HTTP
``Content-Type`` charset is used for decoding.  Requests, metadata, redirects and non-HTML
responses (images, robots.txt) are skipped.  ``WARC-Date`` is the crawl date and is never used
as the publication date.

An archive that cannot be read, or holds no HTML page, is one E009; records read before a
corrupt part still come through.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from eventwatch.errors import Errors
from eventwatch.ingest.common import IngestFailure, Item, guarded, record_label
from eventwatch.ingest.encoding import charset_from_content_type, decode_bytes
from eventwatch.ingest.html import HTML_TYPES, extract_html
from eventwatch.models import Article


def read_warc(stream: IO[bytes], source: str) -> Iterator[Item]:
    """Articles from the HTML responses in one archive stream."""
    from warcio.archiveiterator import ArchiveIterator

    pages = 0
    n = 0
    try:
        for n, record in enumerate(ArchiveIterator(stream, arc2warc=True), 1):
            page = _html_page(record)
            if page is None:
                continue
            pages += 1
            yield from guarded(_page_article, *page, record_label(source, n))
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib and parse errors alike
        where = f" after record {n}" if n else " at its first record"
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        yield IngestFailure.make(Errors.E009, source,
                                 reason=f"corrupt or truncated{where}; {detail}")
        return
    if pages == 0:
        yield IngestFailure.make(Errors.E009, source,
                                 reason=f"no HTML response records among {n} records")


def _page_article(url: str | None, charset: str | None, body: bytes, label: str) -> Article:
    markup = decode_bytes(body, source=label, declared=charset, html=True)
    return extract_html(markup, source=label, source_format="warc", url=url)


def _html_page(record: Any) -> tuple[str | None, str | None, bytes] | None:
    """(url, charset, body) of an HTML 200 response record, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    return url, charset_from_content_type(content_type), record.content_stream().read()
