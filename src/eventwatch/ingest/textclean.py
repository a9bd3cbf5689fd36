"""Ingestion: from page text to the story's main text, headline and publication date.

Reads the text of one news page (a saved ``.txt``, a JSON ``text`` field, or what trafilatura
or the feed renderer made of HTML) and writes an :class:`~eventwatch.models.Article`.

Pages carry more than the story: a header with today's date, navigation rows, the headline
repeated, photo captions, share and cookie lines, related links.  The cleaner looks at the
*shape* of the lines rather than at any one site's strings:

* **header zone**: the lines before the first real paragraph.  Among them the headline is the
  line that is repeated, or followed by a date, and is not a navigation row; a date line or
  byline just under it is the publication date.  A date *above* the headline is the page
  header (usually the day the page was saved) and is never the story's date.
* **body**: paragraphs from there on, minus captions ("For representative purposes only",
  "Photo: AFP"), short lines that repeat, bylines, share/subscribe/cookie lines, and the
  trailer of tags and related links after the last paragraph.

Publication date sources (``Article.published_source``): ``text`` (a date line under the
headline), ``byline`` ("Published: March 15, 2019", "By X | March 15, 2019"), ``dateline``
("QUETTA, March 15, 2019 (AFP) -").  Callers add ``meta``, ``feed``, ``input`` and ``url``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from eventwatch.errors import Errors, IngestError
from eventwatch.ingest.dates import (
    DatelineDate,
    make_iso,
    parse_byline,
    parse_date_line,
    parse_dateline,
)
from eventwatch.models import Article, normalise_text

_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")

# Short lines that are page furniture wherever they stand (checked only on lines of at most
# 25 words, so a paragraph that mentions a newsletter is never dropped).
_BOILERPLATE = re.compile(
    "|".join([
        r"\bcookies?\b.*\b(?:use|accept|policy|consent|settings|preferences)\b",
        r"\b(?:use|accept|policy|consent)\b.*\bcookies?\b",
        r"^(?:subscribe|sign\s+up|sign\s+in|log\s?in|register|create an account)\b",
        r"\bnewsletter\b",
        r"^(?:share|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|telegram|"
        r"copy\s+link|pinterest|reddit)(?:\s+(?:this|on|via|article|story|post|page|it))*\s*"
        r"(?:[:|,]|$)",
        r"^follow\s+(?:us|@)",
        r"\bclick\s+here\b",
        r"^(?:advertisement|advertising|sponsored|promoted|ad)\b",
        r"^skip\s+to\s+(?:main\s+)?content",
        r"^(?:menu|search|home|close|back\s+to\s+top|top\s+stories|latest(?:\s+news)?|"
        r"breaking(?:\s+news)?|trending(?:\s+now)?|e-?paper|most\s+(?:read|popular)|"
        r"live\s+tv|watch\s+live|more)\s*$",
        r"(?:©|\(c\)\s*\d{4}|\bcopyright\b)",
        r"\ball\s+rights\s+reserved\b",
        r"^(?:tags?|topics?|filed\s+under|categories|keywords)\s*:",
        r"^(?:read\s+more|also\s+read|read\s+also|see\s+also|related|more\s+on\s+this)"
        r"\s*(?:[:|»›\-–—]|$)",
        r"^(?:staff\s+report(?:er)?|our\s+(?:staff\s+)?correspondent|(?:web|news|monitoring)\s+desk|"
        r"agencies|(?:the\s+)?associated\s+press|news\s+agencies)\s*$",
        r"^by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$",
        r"^\d+\s+min(?:ute)?s?\s+read$",
        r"^(?:loading|please\s+wait|enable\s+javascript)\b",
        r"\bcomments?\s*\(\d+\)|^(?:leave|post|add)\s+a\s+(?:comment|reply)\b",
        r"^(?:whatsapp|telegram)\s+channel\b",
    ]),
    re.I,
)
# Lines that end the story: everything after them is related links or comments.
_END_MARKER = re.compile(
    r"^(?:related\s+(?:stories|articles|news|posts|coverage)|more\s+(?:from|stories|news)\b.*|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)|"
    r"comments?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|trending(?:\s+now)?)\s*:?$",
    re.I,
)
# Image captions and credits.
_CAPTION = re.compile(
    r"^(?:photo|image|picture|pic|file\s+(?:photo|image|picture)|illustration|graphic|"
    r"caption|courtesy|credit|video)s?\s*(?:[:|/\-–—]|credit|courtesy|by\b|$)"
    r"|^(?:representational|representative)\s+(?:image|photo|picture|pic)\b"
    r"|\bfor\s+representat\w*\s+purposes?\b|\bpurposes\s+only\b"
    r"|\b(?:photo|image|picture)\s*(?::|credit|courtesy)"
    r"|\((?:photo|file(?:\s+photo)?|afp|reuters|ap|ani|ppi|app|getty\s+images)[^)]{0,40}\)\s*$"
    r"|[/|]\s*(?:afp|reuters|ap|getty\s+images|ani|epa)\s*$",
    re.I,
)
# Words of site navigation rows ("Conflict Top Stories World", "Home | Pakistan | World").
NAV_WORDS = frozenset({
    "home", "news", "world", "latest", "top", "stories", "story", "politics", "business",
    "economy", "sport", "sports", "opinion", "editorial", "editorials", "columns", "column",
    "blogs", "blog", "conflict", "national", "international", "region", "regional", "local",
    "city", "cities", "entertainment", "lifestyle", "life", "style", "technology", "tech",
    "science", "health", "education", "video", "videos", "photos", "photo", "gallery",
    "multimedia", "podcasts", "podcast", "magazine", "features", "feature", "analysis", "weather",
    "markets", "trending", "breaking", "epaper", "e-paper", "menu", "search", "login", "subscribe",
    "more", "sections", "section", "security", "terrorism", "crime", "asia", "south", "middle",
    "east", "africa", "europe", "americas", "us", "uk", "pakistan", "india", "afghanistan",
    "newsletters", "live", "tv", "radio", "archive", "archives", "about", "contact",
})
_BREADCRUMB = re.compile(r"^(?:[^|»›>•·/]{1,30}\s*[|»›>•·/]\s*){2,}[^|»›>•·/]{1,30}$")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_paragraph(line: str) -> bool:
    """A line of running story text rather than a headline, label or menu row."""
    words = len(_words(line))
    if words >= 15 or len(line) >= 100:
        return True
    return words >= 4 and bool(_TERMINAL.search(line)) and not line.endswith(":")


def is_nav_row(line: str) -> bool:
    """A navigation or category row: breadcrumbs, or short rows made mostly of section names."""
    if _BREADCRUMB.match(line):
        return True
    words = [w.lower() for w in _words(line)]
    if not words or len(words) > 8 or _TERMINAL.search(line):
        return False
    nav = sum(w in NAV_WORDS for w in words)
    capitalised = all(w[:1].isupper() or w[:1].isdigit() for w in _words(line))
    return nav * 2 >= len(words) and capitalised


def is_boilerplate(line: str) -> bool:
    """Page furniture: cookie, subscribe and share lines, bylines without text, tag rows."""
    return len(_words(line)) <= 25 and bool(_BOILERPLATE.search(line))


def is_caption(line: str) -> bool:
    """An image caption or credit ("For representative purposes only", "Photo: AFP")."""
    return len(_words(line)) <= 20 and bool(_CAPTION.search(line))


def normalise_lines(text: str) -> list[str]:
    """Lines with unified newlines, no BOM or zero-width characters, spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = re.sub(r"[\u200b-\u200d\u2060]", "", text)
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]", " ", text)
    return [" ".join(line.split()) for line in text.split("\n")]


def _unwrap(lines: list[str]) -> list[str]:
    """Units of text: hard-wrapped prose blocks joined, every other line kept as it is.

    A block (lines between blank lines) is wrapped prose when every line but the last is
    55-100 characters and at least half of them end mid-sentence; a block of one-line
    paragraphs or a header block ("date / menu row") is left alone.
    """
    units: list[str] = []
    block: list[str] = []

    def flush() -> None:
        head = block[:-1]
        wrapped = (
            len(block) >= 2
            and all(55 <= len(x) <= 100 for x in head)
            and sum(not _TERMINAL.search(x) for x in head) * 2 >= len(head)
            and not any(parse_date_line(x) for x in block)
        )
        if wrapped:
            units.append(" ".join(block))
        else:
            units.extend(block)
        block.clear()

    for line in lines:
        if line:
            block.append(line)
        else:
            flush()
    flush()
    return units


def _strip_markdown(units: list[str]) -> tuple[list[str], str | None]:
    """Units without Markdown markup, and the first level-1 heading (the title)."""
    out = []
    heading = None
    for unit in units:
        if heading is None and re.match(r"^#\s+\S", unit):
            heading = unit[1:].strip()
        unit = re.sub(r"^#{1,6}\s+", "", unit)
        unit = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", unit)  # images
        unit = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", unit)  # links keep their text
        unit = re.sub(r"(\*\*|__)(.+?)\1", r"\2", unit)
        unit = re.sub(r"(?<![\w*])([*_])(\S(?:.*?\S)?)\1(?![\w*])", r"\2", unit)
        unit = re.sub(r"^(?:[-*_]\s*){3,}$", "", unit)  # horizontal rules
        if unit.strip():
            out.append(unit.strip())
    return out, heading


@dataclass(slots=True)
class Layout:
    """What the cleaner found on a page: headline, body units and date candidates."""

    units: list[str]
    keys: list[str]  # the units as compared (normalise_text)
    headline: int | None = None
    body_start: int = 0
    body: list[str] = field(default_factory=list)
    published: str | None = None
    published_source: str | None = None
    dateline: DatelineDate | None = None

    @property
    def title(self) -> str | None:
        return self.units[self.headline] if self.headline is not None else None


def _headline_index(units: list[str], keys: list[str], end: int,
                    title: str | None) -> int | None:
    """Index of the headline among the header units ``units[:end]`` (``keys``: normalised)."""
    if title:
        key = normalise_text(title)
        for i in range(end):
            if keys[i] == key:
                return i
        # "Headline | Site" in <title> against the bare headline on the page, or the reverse.
        for i in range(end):
            short, long_ = sorted((keys[i], key), key=len)
            if short and short in long_ and len(short) >= 0.6 * len(long_):
                return i
        # Otherwise find the page's own headline as if no title had been given.
    candidates = [
        i for i in range(end)
        if len(_words(units[i])) >= 2 and not (
            parse_date_line(units[i]) or parse_byline(units[i]) or is_boilerplate(units[i])
            or is_caption(units[i]))
    ]
    best, best_score = None, -1
    for i in candidates:
        line, words = units[i], _words(units[i])
        score = 0
        following = [u for u in units[i + 1:i + 4] if not is_boilerplate(u)]
        if following and (parse_date_line(following[0]) or parse_byline(following[0])):
            score += 4  # "headline / date" is the story's head (a site name can be too: below)
        if keys[i] and keys.count(keys[i]) > 1:
            score += 4  # pages print the headline twice (page title and story head)
        if i == candidates[-1] and len(words) >= 4:
            score += 2  # the headline stands right above the story
        if any(w.islower() for w in words):
            score += 1  # headlines are sentences; menu rows and site names are labels
        if len(words) >= 5 and len(line) <= 200:
            score += 1
        if is_nav_row(line):
            score -= 4
        elif len(words) <= 3 and all(w[:1].isupper() for w in words):
            score -= 2  # "The Frontier Ledger": a site name above the page's date
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= 0 else None


def analyse(text: str, *, title: str | None = None, markdown: bool = False) -> Layout:
    """Split a page into header and body and find headline and publication date candidates."""
    units = _unwrap(normalise_lines(text))
    if markdown:
        units, heading = _strip_markdown(units)
        title = title or heading
    layout = Layout(units, [normalise_text(u) for u in units])
    body_start = next((i for i, u in enumerate(units) if is_paragraph(u) and not (
        is_boilerplate(u) or is_caption(u) or _BREADCRUMB.match(u))), len(units))
    layout.body_start = body_start
    layout.headline = _headline_index(units, layout.keys, body_start, title)
    _find_dates(layout)
    layout.body = _body(layout, title)
    return layout


def _find_dates(layout: Layout) -> None:
    units, start, head = layout.units, layout.body_start, layout.headline
    candidates: list[tuple[int, str, str]] = []  # (rank, iso, source); lower rank wins
    if head is not None:
        for u in units[head + 1:min(head + 4, start)]:
            iso = parse_date_line(u)
            if iso:
                candidates.append((0, iso, "text"))
                break
    # Bylines: under the headline, in the first paragraphs, or at the very end ("Published
    # in Dawn, March 15th, 2019").  Above the headline is the page header: not looked at.
    first = head + 1 if head is not None else 0
    zone = list(range(first, min(start + 3, len(units)))) + list(
        range(max(start + 3, len(units) - 3), len(units)))
    for i in zone:
        found = parse_byline(units[i])
        if found:
            candidates.append((1 if found[1] == "published" else 4, found[0], "byline"))
    for u in units[start:start + 2]:
        dl = parse_dateline(u)
        if dl:
            layout.dateline = dl
            if dl.iso:
                candidates.append((2, dl.iso, "dateline"))
            break
    if head is None and start > 0:
        iso = parse_date_line(units[start - 1])
        # Without a headline a date line straight above the story is its date only when no
        # other header line (menu, site name) stands between the two.
        if iso and (start == 1 or not _is_header_text(units[start - 2])):
            candidates.append((3, iso, "text"))
    if candidates:
        _, layout.published, layout.published_source = min(candidates, key=lambda c: c[0])


def _is_header_text(line: str) -> bool:
    return not (parse_date_line(line) or is_boilerplate(line))


def _body(layout: Layout, title: str | None) -> list[str]:
    units, keys, start, head = layout.units, layout.keys, layout.body_start, layout.headline
    title_keys = {normalise_text(t) for t in (title, layout.title) if t}
    counts: dict[str, int] = {}
    for u, k in zip(units, keys, strict=True):
        if not is_paragraph(u):
            counts[k] = counts.get(k, 0) + 1
    picked: list[int] = []
    # A standfirst under the headline (a long line that is not a sentence) belongs to the story.
    if head is not None:
        for i in range(head + 1, start):
            u = units[i]
            if (len(_words(u)) >= 8 and keys[i] not in title_keys and not is_nav_row(u)
                    and not is_boilerplate(u) and not is_caption(u) and not parse_byline(u)
                    and not parse_date_line(u)):
                picked.append(i)
    for i in range(start, len(units)):
        u, k = units[i], keys[i]
        if _END_MARKER.match(u) and picked:
            break
        if (k in title_keys or is_boilerplate(u) or is_caption(u) or parse_byline(u)
                or _BREADCRUMB.match(u)):
            continue
        if not is_paragraph(u) and counts.get(k, 0) > 1:
            continue  # a short line printed twice is a caption or a label, not story text
        if not k:
            continue
        picked.append(i)
    # Trailer: labels, dates and related headlines after the last paragraph.
    while picked and not is_paragraph(units[picked[-1]]):
        picked.pop()
    if not picked and start == len(units):
        # No line reads as a paragraph: a one-line report without a full stop ("One man was
        # injured in a firing near Dhoraji") or a bare headline.  Keep its longer lines.
        picked = [i for i, u in enumerate(units) if len(_words(u)) >= 6 and not (
            is_nav_row(u) or is_boilerplate(u) or is_caption(u) or parse_byline(u)
            or parse_date_line(u))]
    return [units[i] for i in picked]


def find_publication_date(text: str) -> tuple[str | None, str | None]:
    """The story's own publication date found in its text, as ``(ISO date, source)``.

    Looks at a date line just under the headline (source ``text``), a byline
    ("Published: ...", source ``byline``) and a dateline with a year ("ISLAMABAD, March 15,
    2019 (Reuters) -", source ``dateline``).  A date in the page header above the headline is
    not the story's date and is ignored.  Returns ``(None, None)`` when there is none.
    """
    layout = analyse(text)
    return layout.published, layout.published_source


def read_text_article(
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Article:
    """An :class:`Article` from the text of a page: boilerplate removed, headline and date found.

    ``published`` (ISO date, e.g. from a JSON record) wins over any date in the text and is
    recorded with source ``input``.  Raises :class:`~eventwatch.errors.IngestError` (E004)
    naming ``source`` when nothing of the story is left.
    """
    return build_article(text, source=source, source_format="text", title=title, url=url,
                         published=published, published_source="input" if published else None)


def build_article(
    text: str,
    *,
    source: str,
    source_format: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    published_source: str | None = None,
    url_date: str | None = None,
    url_year: int | None = None,
    external_id: str | None = None,
    markdown: bool = False,
) -> Article:
    """The shared last step of every reader: clean ``text`` and settle the date.

    Date precedence: the ``published`` given by the caller (meta tag, feed, JSON input), then
    the story's own text (date under the headline, byline, dateline), then a year-less dateline
    completed with the URL's year, then the date in the URL (``url_date``, source ``url``).
    """
    layout = analyse(text, title=title, markdown=markdown)
    if not layout.body:
        raise IngestError(Errors.E004, input=source)
    if not published:
        published, published_source = layout.published, layout.published_source
    if not published and layout.dateline and not layout.dateline.iso:
        year = int(url_date[:4]) if url_date else url_year
        if year:
            published = make_iso(year, layout.dateline.month, layout.dateline.day)
            published_source = "dateline" if published else None
    if not published and url_date:
        published, published_source = url_date, "url"
    return Article(
        text="\n\n".join(layout.body),
        title=(title or layout.title or None),
        url=url,
        published=published,
        published_source=published_source if published else None,
        source=source,
        source_format=source_format,
        external_id=external_id,
    )
