"""Tests of stage 0, ingestion: real files, real parsers, a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwatch.ingest import (
    IngestFailure,
    find_publication_date,
    read_inputs,
    read_text_article,
)
from eventwatch.ingest.encoding import decode_bytes
from eventwatch.ingest.fetch import default_user_agent
from eventwatch.models import Article, article_id

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SEED = ROOT.parent / "shared" / "seeds" / "000_b1c9e467b0ad7324.txt"


def articles(items: list[Article | IngestFailure]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def failures(items: list[Article | IngestFailure]) -> list[IngestFailure]:
    return [i for i in items if isinstance(i, IngestFailure)]


def by_source(items: list[Article | IngestFailure]) -> dict[str, Article]:
    return {str(Path(a.source or "").name): a for a in articles(items)}


# --- samples ---------------------------------------------------------------------------------

# file (or record) -> (published, published_source, title start)
SAMPLE_EXPECTATIONS = {
    "quetta-levies-ied.txt": ("2024-06-04", "dateline", "Roadside bomb kills four Levies"),
    "khyber-checkpost-attack.html": ("2023-02-13", "meta", "Three policemen killed"),
    "kabul-iskp-bombing.html": ("2024-01-11", "meta", "Suicide bomber kills six"),
    "borno-iswap-raid.html": ("2022-03-12", "dateline", "Jihadists raid army base in Borno"),
    "wire-records.jsonl:1": ("2021-04-12", "input", "Mortar shells hit Mogadishu"),
    "wire-records.jsonl:2": ("2020-11-30", "dateline", "Jihadists kill 14 soldiers"),
    "wire-records.jsonl:3": ("2022-09-16", "meta", "Gunmen kill six in attack on passenger"),
    "frontier-ledger.rss#record-1": ("2024-06-04", "feed", "Roadside bomb kills four Levies"),
    "frontier-ledger.rss#record-2": ("2023-11-14", "feed", "Motorcycle bomb kills two"),
    "levant-monitor.atom#record-1": ("2022-08-23", "feed", "Islamic State attack kills four"),
    "levant-monitor.atom#record-2": ("2023-02-13", "feed", "Three policemen killed"),
    "news-archive.warc.gz#record-3": ("2024-01-11", "meta", "Suicide bomber kills six"),
    "news-archive.warc.gz#record-5": ("2022-03-12", "dateline", "Jihadists raid army base"),
}
# pakistan-2023-08-wire.jsonl: 21 records dated "...+05:00" by their "published" key (local date
# kept); the titles are checked for presence only.
SAMPLE_EXPECTATIONS.update({
    f"pakistan-2023-08-wire.jsonl:{n}": (day, "input", "") for n, day in enumerate((
        "2023-08-03", "2023-08-03", "2023-08-05", "2023-08-07", "2023-08-09", "2023-08-10",
        "2023-08-10", "2023-08-13", "2023-08-14", "2023-08-16", "2023-08-18", "2023-08-18",
        "2023-08-19", "2023-08-21", "2023-08-21", "2023-08-23", "2023-08-25", "2023-08-26",
        "2023-08-30", "2023-09-01", "2023-09-02"), start=1)})


@pytest.fixture(scope="module")
def sample_items() -> list[Article | IngestFailure]:
    return list(read_inputs([str(SAMPLES)]))


def test_every_sample_format_reads(sample_items: list[Article | IngestFailure]) -> None:
    assert failures(sample_items) == []
    got = by_source(sample_items)
    assert set(got) == set(SAMPLE_EXPECTATIONS)
    formats = {a.source_format for a in got.values()}
    assert formats == {"text", "html", "jsonl", "rss", "atom", "warc"}
    for name, (published, source, title) in SAMPLE_EXPECTATIONS.items():
        article = got[name]
        assert (article.published, article.published_source) == (published, source), name
        assert article.title and article.title.startswith(title), name
        assert article.id == article_id(article.text)
        # No page furniture in any sample text.
        for junk in ("Share", "cookies", "All rights reserved", "Follow us", "Related Stories",
                     "Tags:", "Photo: file", "File photo", "Advertisement", "newsletter"):
            assert junk not in article.text, (name, junk)
        assert article.title not in article.text


def test_sample_walk_is_sorted_and_skips_the_script(
        sample_items: list[Article | IngestFailure]) -> None:
    sources = [a.source for a in articles(sample_items)]
    files = [s.split("#")[0].split(":")[0] for s in sources if s]
    assert files == sorted(files)
    assert not any(f.endswith(".py") for f in files)


def test_same_story_in_two_formats_has_one_id(
        sample_items: list[Article | IngestFailure]) -> None:
    got = by_source(sample_items)
    pairs = [
        ("quetta-levies-ied.txt", "frontier-ledger.rss#record-1"),  # text vs RSS HTML content
        ("khyber-checkpost-attack.html", "levant-monitor.atom#record-2"),  # page vs Atom
        ("kabul-iskp-bombing.html", "news-archive.warc.gz#record-3"),  # page vs its WARC copy
        ("borno-iswap-raid.html", "news-archive.warc.gz#record-5"),
    ]
    for a, b in pairs:
        assert got[a].id == got[b].id, (a, b)
    distinct = {a.id for a in got.values()}
    assert len(distinct) == len(got) - len(pairs)
    # And a third format: the same Khyber story saved as plain text with its own page header.
    (text_copy,) = list(read_inputs([str(FIXTURES / "same-story.txt")]))
    assert isinstance(text_copy, Article)
    assert text_copy.id == got["khyber-checkpost-attack.html"].id
    assert (text_copy.published, text_copy.published_source) == ("2023-02-13", "text")


def test_jsonl_keeps_record_ids_and_urls(sample_items: list[Article | IngestFailure]) -> None:
    got = by_source(sample_items)
    first = got["wire-records.jsonl:1"]
    assert first.external_id == "wire-2021-0412-mog"
    assert first.url and first.url.startswith("https://eastafricawire.example/")
    assert first.text.startswith("MOGADISHU, April 12 - Five civilians")
    html_record = got["wire-records.jsonl:3"]
    assert html_record.text.startswith("PARACHINAR: Six passengers")
    assert "Copyright" not in html_record.text and "Home |" not in html_record.text


def test_warc_records_use_target_uri_and_story_date(
        sample_items: list[Article | IngestFailure]) -> None:
    borno = by_source(sample_items)["news-archive.warc.gz#record-5"]
    assert borno.url == "https://lakechad.example/news/2022/03/13/borno-army-base-raid"
    # The URL says the 13th, the dateline on the story the 12th: the story wins.
    assert (borno.published, borno.published_source) == ("2022-03-12", "dateline")
    # The archive's crawl date (2024-02-03) is never a publication date.
    assert all(a.published != "2024-02-03" for a in articles(sample_items))


def test_feed_entries_keep_guid_link_and_feed_date(
        sample_items: list[Article | IngestFailure]) -> None:
    item = by_source(sample_items)["frontier-ledger.rss#record-2"]
    assert item.external_id == "frontierledger-2023-11-14-0042"
    assert item.url == "https://frontierledger.example/kp/2023/11/14/bajaur-market-blast"
    assert item.text.startswith("KHAR: Two people were killed and 14 wounded on Monday")
    atom = by_source(sample_items)["levant-monitor.atom#record-1"]
    # Written "2022-08-23T09:30:00+03:00": the local date is kept, not shifted to UTC.
    assert atom.published == "2022-08-23"
    assert "<p>" not in atom.text and "&lt;" not in atom.text


# --- the seed article ------------------------------------------------------------------------

def test_seed_article_date_title_and_boilerplate() -> None:
    if not SEED.exists():
        pytest.skip("../shared is not beside the checkout")
    (article,) = list(read_inputs([str(SEED)]))
    assert isinstance(article, Article)
    assert article.published == "2019-03-15"
    assert article.published_source == "text"
    assert article.title == "ISIS Presence in Pakistan, a major threat"
    assert article.text.startswith("Islamabad: Intelligence agencies")
    for line in ("Sunday, September 19th 2021", "Conflict Top Stories World",
                 "For representative purposes only"):
        assert line not in article.text
    assert article.text.count("ISIS Presence in Pakistan, a major threat") <= 1
    assert article.text.rstrip().endswith("Jamaat-ul-Ahrar.")
    assert find_publication_date(SEED.read_text(encoding="utf-8")) == ("2019-03-15", "text")


# --- broken inputs ---------------------------------------------------------------------------

BROKEN = [
    ("binary.txt", "E002"),
    ("unknown-encoding.txt", "E003"),
    ("empty.txt", "E004"),
    ("boilerplate-only.txt", "E004"),
    ("broken.html", "E007"),
    ("broken-feed.rss", "E008"),
    ("broken.warc.gz", "E009"),
    ("report.pdf", "E011"),
]


@pytest.mark.parametrize(("name", "code"), BROKEN)
def test_broken_input_gives_one_failure_and_the_run_goes_on(name: str, code: str) -> None:
    good = SAMPLES / "quetta-levies-ied.txt"
    items = list(read_inputs([str(FIXTURES / name), str(good)]))
    assert len(items) == 2
    failure, article = items
    assert isinstance(failure, IngestFailure)
    assert failure.code == code
    assert failure.reason.startswith(f"[{code}] ")
    assert name in failure.input and name in failure.reason
    assert isinstance(article, Article) and article.source == str(good)


def test_missing_path_and_unsupported_scheme() -> None:
    items = list(read_inputs(["no/such/file.txt", "ftp://example.org/a.html"]))
    assert [(f.code, f.input) for f in failures(items)] == [
        ("E001", "no/such/file.txt"), ("E011", "ftp://example.org/a.html")]
    assert "no such file" in failures(items)[0].reason


def test_invalid_json_line_names_the_line_and_other_lines_come_through() -> None:
    path = FIXTURES / "bad-line.jsonl"
    items = list(read_inputs([str(path)]))
    assert [(f.code, f.input) for f in failures(items)] == [
        ("E005", f"{path}:2"), ("E006", f"{path}:4"), ("E005", f"{path}:6")]
    assert [a.source for a in articles(items)] == [f"{path}:1", f"{path}:3"]
    assert [a.external_id for a in articles(items)] == ["ok-1", "ok-3"]
    assert "Unterminated string" in failures(items)[0].reason


def test_json_array_and_invalid_json_file(tmp_path: Path) -> None:
    records = [{"id": 7, "text": "KABUL: Two people were killed when a bomb exploded near a "
                "mosque in Kabul on Friday, police said. Islamic State claimed it."},
               {"title": "no body"}, "not an object"]
    (tmp_path / "a.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "b.json").write_text('{"text": "unterminated', encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert isinstance(items[0], Article)
    assert (items[0].source, items[0].source_format, items[0].external_id) == (
        f"{a}#record-1", "json", "7")
    assert [(f.code, f.input) for f in failures(items)] == [
        ("E006", f"{a}#record-2"), ("E005", f"{a}#record-3"), ("E005", str(b))]


def test_cp1252_file_decodes_without_mojibake() -> None:
    (article,) = list(read_inputs([str(FIXTURES / "latin1-cp1252.txt")]))
    assert isinstance(article, Article)
    assert "Karachi’s Lyari" in article.text
    assert "“hallmarks”" in article.text and "café" in article.text and " – " in article.text
    assert "Ã" not in article.text and "\x93" not in article.text
    assert article.published == "2019-08-21"


def test_truncated_html_still_yields_its_text() -> None:
    (article,) = list(read_inputs([str(FIXTURES / "truncated.html")]))
    assert isinstance(article, Article)
    assert article.text.startswith("BANNU: Two polio vaccination workers")
    assert "Police launched a search operation" in article.text
    assert (article.published, article.published_source) == ("2021-05-18", "meta")


def test_html_without_meta_prefers_byline_over_url_date() -> None:
    (article,) = list(read_inputs([str(FIXTURES / "byline-no-meta.html")]))
    assert isinstance(article, Article)
    assert article.url == "https://borderdesk.example/2020/07/09/kunar-border-clash"
    assert (article.published, article.published_source) == ("2020-07-08", "byline")
    assert article.title == "Two soldiers killed in Kunar border clash"


def test_page_header_date_is_never_the_publication_date() -> None:
    (article,) = list(read_inputs([str(FIXTURES / "header-date-only.txt")]))
    assert isinstance(article, Article)
    assert article.published is None and article.published_source is None
    assert article.title == "Gunmen storm village in Zamfara, abducting dozens"
    assert "Monday, January 6th" not in article.text and "Top Stories" not in article.text


def test_gzipped_jsonl_and_sniffed_unknown_extension(tmp_path: Path) -> None:
    line = json.dumps({"text": "PESHAWAR: A policeman was shot dead in Peshawar on Monday, "
                       "police said. The TTP claimed the killing."})
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(line.encode()))
    page = (SAMPLES / "kabul-iskp-bombing.html").read_bytes()
    (tmp_path / "page.download").write_bytes(page)
    items = list(read_inputs([str(tmp_path / "feed.jsonl.gz"), str(tmp_path / "page.download")]))
    assert [a.source_format for a in articles(items)] == ["jsonl", "html"]
    # In a directory walk a file with an unknown extension is skipped, not guessed at.
    assert [a.source_format for a in articles(list(read_inputs([str(tmp_path)])))] == ["jsonl"]


# --- text cleaning and dates -----------------------------------------------------------------

def test_find_publication_date_forms() -> None:
    assert find_publication_date(
        "ISLAMABAD, March 15, 2019 (Reuters) - Pakistan said on Friday it had arrested "
        "dozens of members of banned groups.") == ("2019-03-15", "dateline")
    assert find_publication_date(
        "Blast in Quetta\nBy Staff Reporter | Published: 2 May 2018\n\nQUETTA: A blast "
        "killed two people on Tuesday, police said.") == ("2018-05-02", "byline")
    # A year-less dateline gives no full date on its own.
    assert find_publication_date(
        "KABUL, Jan. 25 (AP) — A bomb exploded near a checkpoint, killing three.") == (None, None)
    # A date above the headline is the page header.
    assert find_publication_date(
        "Saturday, 1 June 2024\nHome News World\nBomb kills five in Kabul market\n\n"
        "A bomb killed five people in a Kabul market on Friday, officials said.") == (None, None)
    assert find_publication_date(
        "Kurram van attack\nStaff Reporter | 16/09/2022\n\nPARACHINAR: Six passengers were "
        "killed when gunmen fired on a van on Thursday.") == ("2022-09-16", "byline")
    # "published on" inside a sentence is not a byline.
    assert find_publication_date(
        "A report published on March 3, 2019 said attacks fell by a third across the "
        "country.") == (None, None)


def test_read_text_article_unwraps_prose_and_drops_captions() -> None:
    text = (
        "Checkpost attacked in North Waziristan\n\n"
        "MIRANSHAH: Two soldiers were killed and three wounded when militants attacked\n"
        "a security checkpost in the Datta Khel area of North Waziristan on Sunday\n"
        "night, the military's media wing said in a statement.\n\n"
        "Representational image\n\n"
        "The statement said four attackers were killed in the exchange of fire that\n"
        "followed. The Hafiz Gul Bahadur group claimed responsibility for the attack.\n"
    )
    article = read_text_article(text, source="wrapped.txt", published="2021-06-07")
    assert article.title == "Checkpost attacked in North Waziristan"
    assert (article.published, article.published_source) == ("2021-06-07", "input")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 2
    assert "attacked a security checkpost" in paragraphs[0]
    assert "Representational" not in article.text
    assert article.source_format == "text" and article.source == "wrapped.txt"


def test_one_line_report_without_full_stop_is_kept() -> None:
    article = read_text_article("One man was injured in a firing incident near Dhoraji",
                                source="satp-like")
    assert article.text == "One man was injured in a firing incident near Dhoraji"


def test_markdown_file_heading_is_the_title(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(
        "# Gunmen kill three in Kurram\n\n*Staff report* | 05/09/2022\n\n"
        "**PARACHINAR:** Three people were [killed](https://x.example/a) when gunmen opened "
        "fire on a van in Kurram on Monday, police said.\n", encoding="utf-8")
    (article,) = list(read_inputs([str(tmp_path)]))
    assert isinstance(article, Article)
    assert article.title == "Gunmen kill three in Kurram"
    assert article.text.startswith("PARACHINAR: Three people were killed when gunmen")
    # 05/09/2022 could be May 9 or September 5: no date rather than a guess.
    assert article.published is None


def test_read_text_article_raises_e004_on_boilerplate() -> None:
    from eventwatch.errors import IngestError

    with pytest.raises(IngestError) as info:
        read_text_article("Home | World | Sport\nSubscribe to our newsletter\n", source="x.txt")
    assert info.value.code.name == "E004" and "x.txt" in str(info.value)


def test_decoding_boms_and_declared_charsets() -> None:
    text = "Blast in Peshawar – “five killed”"
    assert decode_bytes(text.encode("utf-16"), source="u16") == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode(), source="u8bom") == text
    html = ('<html><head><meta charset="iso-8859-1"></head><body><p>' + text
            + "</p></body></html>").encode("cp1252")
    assert text in decode_bytes(html, source="page.html", html=True)
    cyrillic = ("Взрыв в Кветте: погибли пять полицейских, сообщили власти провинции. " * 3)
    assert decode_bytes(cyrillic.encode("cp1251"), source="ru.txt") == cyrillic


# --- URLs against a local server -------------------------------------------------------------

PAGE = (SAMPLES / "khyber-checkpost-attack.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        self.server.hits[path] += 1
        self.server.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if path == "/article":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif path == "/feed":
            feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Three policemen killed in night attack on Khyber checkpost</title>
<link>{base}/article</link><pubDate>Mon, 13 Feb 2023 09:40:00 +0500</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>"""
            self._send(200, feed.encode(), "application/rss+xml")
        elif path == "/records":
            body = json.dumps([{"id": "r1", "text": "QUETTA: Gunmen killed two police "
                                "officers in Quetta on Monday, police said."}]).encode()
            self._send(200, body, "application/json")
        elif path == "/slow":
            time.sleep(1.0)
            self._send(200, PAGE, "text/html")
        elif path == "/flaky":
            if self.server.hits[path] == 1:
                self._send(503, b"busy", "text/plain")
            else:
                self._send(200, PAGE, "text/html")
        else:
            self._send(404, b"not found", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []

    def handle_error(self, request: object, client_address: object) -> None:
        # The client of /slow gives up before the answer: a closed socket is expected there.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@pytest.fixture()
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _url(srv: _Server, path: str) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}{path}"


def test_url_page_is_fetched_with_our_user_agent(server: _Server) -> None:
    (article,) = list(read_inputs([_url(server, "/article")], timeout=5))
    assert isinstance(article, Article)
    assert article.source == _url(server, "/article") and article.source_format == "url"
    assert (article.published, article.published_source) == ("2023-02-13", "meta")
    assert server.agents == [default_user_agent()]
    assert server.agents[0].startswith("EventWatch/")
    assert server.agents[0].endswith("(+https://github.com/eventwatch/eventwatch)")


def test_feed_entry_with_only_a_link_is_fetched(server: _Server) -> None:
    items = list(read_inputs([_url(server, "/feed")], timeout=5, retries=0,
                             user_agent="test-agent/1"))
    article, failure = items
    assert isinstance(article, Article) and isinstance(failure, IngestFailure)
    assert article.source == _url(server, "/feed") + "#record-1"
    assert article.source_format == "rss" and article.url == _url(server, "/article")
    assert (article.published, article.published_source) == ("2023-02-13", "feed")
    assert article.text.startswith("PESHAWAR: Three policemen were killed")
    assert failure.code == "E010" and "HTTP 404" in failure.reason
    assert failure.input == _url(server, "/missing")
    assert set(server.agents) == {"test-agent/1"}


def test_url_json_records(server: _Server) -> None:
    (article,) = list(read_inputs([_url(server, "/records")], timeout=5))
    assert isinstance(article, Article)
    assert article.source == _url(server, "/records") + "#record-1"
    assert article.external_id == "r1" and article.source_format == "json"


def test_url_timeout_is_retried_then_reported(server: _Server) -> None:
    start = time.monotonic()
    items = list(read_inputs([_url(server, "/slow"), _url(server, "/article")],
                             timeout=0.2, retries=1))
    elapsed = time.monotonic() - start
    failure, article = items
    assert isinstance(failure, IngestFailure) and isinstance(article, Article)
    assert failure.code == "E010" and "timed out after 0.2 s" in failure.reason
    assert "2 attempts" in failure.reason
    assert server.hits["/slow"] == 2
    assert elapsed < 3.0


def test_url_server_error_is_retried_until_it_works(server: _Server) -> None:
    (article,) = list(read_inputs([_url(server, "/flaky")], timeout=5, retries=2))
    assert isinstance(article, Article)
    assert server.hits["/flaky"] == 2


def test_url_404_is_not_retried(server: _Server) -> None:
    (failure,) = list(read_inputs([_url(server, "/nothing-here")], timeout=5, retries=3))
    assert isinstance(failure, IngestFailure)
    assert failure.code == "E010" and "HTTP 404 Not Found" in failure.reason
    assert server.hits["/nothing-here"] == 1


def test_url_connection_refused() -> None:
    srv = _Server()  # bound, then closed: nothing listens on its port any more
    port = srv.server_address[1]
    srv.server_close()
    (failure,) = list(read_inputs([f"http://127.0.0.1:{port}/x"], timeout=1, retries=1))
    assert isinstance(failure, IngestFailure) and failure.code == "E010"
    assert "2 attempts" in failure.reason
