"""Ingestion: HTML pages to articles.

Reads one decoded HTML document (a saved page, a WARC response, a fetched URL, a JSON ``html``
field) and writes an :class:`~eventwatch.models.Article`; raises
:class:`~eventwatch.errors.IngestError` E007 when no text can be got out of the markup and
E004 when only boilerplate is left.

Main text and title come from trafilatura.  The publication date does *not* come from
trafilatura's htmldate call: even in its fast mode htmldate falls back to dates in the URL and
to any date printed on the page (the page header, "today"), and it does not say which it used.
Here the date is taken, in this order, from

1. machine-readable markup (``article:published_time`` and kindred ``<meta>`` tags,
   ``itemprop="datePublished"``, JSON-LD ``datePublished``): source ``meta``;
2. the story's text (date line under the headline, byline, dateline; see
   :mod:`eventwatch.ingest.textclean`), first in trafilatura's text, then in the whole visible
   page, where bylines that trafilatura drops still stand: ``text`` / ``byline`` / ``dateline``;
3. a date in the URL path: source ``url`` (a guess; see :func:`~.dates.date_from_url`).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import lxml.etree
import lxml.html

from eventwatch.errors import Errors, IngestError
from eventwatch.ingest.dates import date_from_url, normalise_date_value, year_from_url
from eventwatch.ingest.textclean import analyse, build_article
from eventwatch.models import Article

LOG = logging.getLogger(__name__)

# Content types read as HTML pages (HTTP headers, WARC records, feed item content).
HTML_TYPES = ("text/html", "application/xhtml+xml")
# <meta> names/properties/itemprops that carry the original publication date, best first.
_META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "article_date_original", "publishdate",
    "publish-date", "publish_date", "published_time", "published-date", "pubdate",
    "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
    "citation_publication_date", "citation_date", "originalpublicationdate",
    "rnews:datepublished", "og:pubdate", "date", "displaydate",
)
_META_RANK = {key: rank for rank, key in enumerate(_META_DATE_KEYS)}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button",
              "select", "figure", "figcaption", "picture", "video", "audio", "canvas")
_BLOCK_TAGS = ("p", "div", "section", "article", "header", "footer", "aside", "nav", "main",
               "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
               "blockquote", "pre", "table", "tr", "td", "th", "address", "hr",
               "details", "summary")


def parse_html(markup: str, source: str) -> lxml.html.HtmlElement:
    """An lxml tree of ``markup``; E007 when lxml finds no document in it."""
    # lxml refuses str input that carries its own encoding declaration.
    if markup.lstrip().startswith("<?xml"):
        markup = markup.split("?>", 1)[-1]
    try:
        tree = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(Errors.E007, input=source, reason=str(exc) or "empty document") from exc
    return tree


def meta_date(tree: lxml.html.HtmlElement) -> str | None:
    """The publication date declared in markup (meta tags, microdata, JSON-LD), or None."""
    found: list[tuple[int, str]] = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop")
               or el.get("http-equiv") or "").strip().lower()
        if key in _META_RANK:
            iso = normalise_date_value(el.get("content"))
            if iso:
                found.append((_META_RANK[key], iso))
    for el in tree.xpath('//*[@itemprop="datePublished"][not(self::meta)]|//time[@pubdate]'):
        iso = normalise_date_value(el.get("datetime") or el.get("content") or el.text_content())
        if iso:
            found.append((_META_RANK["datepublished"], iso))
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        iso = _json_ld_date(data)
        if iso:
            found.append((_META_RANK["datepublished"], iso))
    return min(found)[1] if found else None


def _json_ld_date(data: Any, depth: int = 0) -> str | None:
    if depth > 6:
        return None
    if isinstance(data, dict):
        if "datePublished" in data:
            iso = normalise_date_value(str(data["datePublished"]))
            if iso:
                return iso
        items: list[Any] = list(data.values())
    elif isinstance(data, list):
        items = data
    else:
        return None
    for item in items:
        if isinstance(item, dict | list):
            iso = _json_ld_date(item, depth + 1)
            if iso:
                return iso
    return None


def canonical_url(tree: lxml.html.HtmlElement) -> str | None:
    """The page's own URL from ``<link rel="canonical">`` or ``og:url``."""
    for href in tree.xpath('//link[@rel="canonical"]/@href|//meta[@property="og:url"]/@content'):
        href = str(href).strip()
        if href.lower().startswith(("http://", "https://")):
            return href
    return None


def html_to_text(root: lxml.html.HtmlElement, *, keep_media: bool = False) -> str:
    """Visible text of ``root`` with one line per block element (modifies ``root``).

    Used for feed item HTML and for looking for a byline in the whole page; scripts, styles,
    forms and (unless ``keep_media``) figures with their captions are dropped.
    """
    drop = [t for t in _DROP_TAGS if keep_media is False or t not in ("figure", "figcaption")]
    for el in list(root.iter(*drop)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


def fragment_to_text(markup: str) -> str:
    """Visible text of an HTML fragment (a feed item's content), one line per block."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    return html_to_text(root)


def extract_html(
    markup: str,
    *,
    source: str,
    source_format: str,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    published_source: str | None = None,
    external_id: str | None = None,
) -> Article:
    """An :class:`Article` from one HTML page (see the module docstring for the date rules).

    ``published``/``published_source`` given by the caller (a feed date, a JSON ``published``)
    win over the page's own; ``title`` given wins over the page's title.
    """
    import trafilatura

    tree = parse_html(markup, source)
    page_url = url or canonical_url(tree)
    if not published:
        published = meta_date(tree)
        published_source = "meta" if published else None
    try:
        doc = trafilatura.bare_extraction(
            tree, url=page_url, with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, deduplicate=False,
            # Its date is not used (see above): keep htmldate to its cheap markup pass.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises bare ValueErrors and lxml errors alike
        LOG.debug("trafilatura failed on %s: %s", source, exc)
        doc = None
    text = getattr(doc, "text", None) or ""
    title = title or getattr(doc, "title", None) or _first_heading(tree)
    page_text: str | None = None
    if not text.strip():
        # trafilatura gives up on some very short or odd pages; the visible text still counts.
        page_text = html_to_text(_body_copy(tree))
        text = page_text
        if not text.strip():
            raise IngestError(Errors.E007, input=source,
                              reason="no text could be extracted from the markup")
    article = build_article(
        text, source=source, source_format=source_format, title=title, url=page_url,
        published=published, published_source=published_source,
        url_date=date_from_url(page_url), url_year=year_from_url(page_url),
        external_id=external_id,
    )
    if article.published_source in (None, "url"):
        # trafilatura keeps the story and often drops its byline block: look at the page.
        page = analyse(page_text or html_to_text(_body_copy(tree)), title=article.title)
        if page.published:
            article.published, article.published_source = page.published, page.published_source
    return article


def _body_copy(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    from copy import deepcopy

    body = tree.find("body")
    return deepcopy(body if body is not None else tree)


def _first_heading(tree: lxml.html.HtmlElement) -> str | None:
    for el in tree.iter("h1", "title"):
        text = " ".join(el.text_content().split())
        if text:
            return text
    return None
