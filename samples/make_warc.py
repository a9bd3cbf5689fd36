"""Build ``samples/news-archive.warc.gz``: a small web archive of two sample pages.

The samples in this folder are FICTIONAL news reports written for EventWatch's tests and demos:
the places and the groups are real, the events, outlets, URLs (``.example`` domains) and
quotes are invented.

* ``quetta-levies-ied.txt``: plain text page with a site header, menu row and dateline
* ``khyber-checkpost-attack.html``, ``kabul-iskp-bombing.html``: HTML with the date in
  ``<meta>`` / JSON-LD; ``borno-iswap-raid.html``: no date in the markup, byline and dateline
* ``wire-records.jsonl``: three JSON Lines records (``text``, ``text``, ``html``)
* ``frontier-ledger.rss`` (RSS 2.0) and ``levant-monitor.atom`` (Atom) with full text
* ``news-archive.warc.gz``: this script's output, the Kabul and Borno pages as crawled

Some stories appear in two formats on purpose (the Quetta story in the text file and the RSS
feed, the Khyber story in its HTML page and the Atom feed, the WARC copies): each pair must
come out with the same article id.

The archive holds, per page, a ``request`` and a ``response`` record, plus a non-HTML
``robots.txt`` response and a ``warcinfo`` record that readers must skip.  Record ids and dates
are fixed so that running the script again gives the same archive::

    .venv/bin/python samples/make_warc.py
"""

from __future__ import annotations

import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "news-archive.warc.gz"
CRAWL_DATE = "2024-02-03T10:15:00Z"  # the crawl date: never the publication date
PAGES = [
    ("https://hindukushherald.example/afghanistan/kabul-ministry-suicide-bombing",
     "kabul-iskp-bombing.html"),
    # The URL's date (13 March) is a day after the story's byline and dateline (12 March):
    # a reader must prefer the date printed on the story.
    ("https://lakechad.example/news/2022/03/13/borno-army-base-raid", "borno-iswap-raid.html"),
]
ROBOTS = b"User-agent: *\nDisallow: /search\n"


def _record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}>"


def _headers(name: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    headers = {"WARC-Record-ID": _record_id(name), "WARC-Date": CRAWL_DATE}
    headers.update(extra or {})
    return headers


def build(output: Path = OUTPUT) -> Path:
    """Write the archive to ``output`` and return its path."""
    with output.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        info = writer.create_warcinfo_record(
            output.name, {"software": "EventWatch samples/make_warc.py", "format": "WARC 1.0"})
        info.rec_headers.replace_header("WARC-Record-ID", _record_id("warcinfo"))
        info.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
        writer.write_record(info)
        for url, filename in PAGES:
            body = (HERE / filename).read_bytes()
            host = url.split("/")[2]
            path = "/" + url.split("/", 3)[3]
            request = StatusAndHeaders(f"GET {path} HTTP/1.1", [
                ("Host", host), ("User-Agent", "EventWatch-sample-crawler/1.0")],
                is_http_request=True)
            writer.write_record(writer.create_warc_record(
                url, "request", http_headers=request,
                warc_headers_dict=_headers("request " + url)))
            response = StatusAndHeaders("200 OK", [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body),
                http_headers=response, warc_headers_dict=_headers("response " + url)))
        robots_url = "https://lakechad.example/robots.txt"
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain"),
                                             ("Content-Length", str(len(ROBOTS)))],
                                  protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            robots_url, "response", payload=BytesIO(ROBOTS), length=len(ROBOTS),
            http_headers=robots, warc_headers_dict=_headers("response " + robots_url)))
    return output


if __name__ == "__main__":
    print(build())
