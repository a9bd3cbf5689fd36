"""Helpers the extraction tests share: the incidents of a hand-written report as dicts, and
the figures one measure states in it."""

from __future__ import annotations

from eventwatch.extract import extract_article
from eventwatch.extract.casualties import find_figures
from eventwatch.extract.segment import Sentence, split_sentences
from eventwatch.extract.tolls import Figure
from eventwatch.models import Article
from eventwatch.resources import Resources


def incidents(resources: Resources, text: str, published: str | None = "2016-06-20",
              ) -> list[dict]:
    """The incidents of ``text``, published on ``published`` (None: no publication date, as
    the SATP narratives have none)."""
    article = (Article(text=text, published=published, published_source="input")
               if published else Article(text=text))
    return [i.to_dict() for i in extract_article(article, resources).incidents]


def one_incident(resources: Resources, text: str, published: str = "2026-05-13") -> dict:
    """The one incident of ``text`` (fails where there is not exactly one)."""
    (incident,) = incidents(resources, text, published)
    return incident


def doers(incident: dict) -> list[tuple[str | None, str, str]]:
    """(actor, kind, status) of each perpetrator of ``incident``."""
    return [(p["actor"], p["kind"], p["status"]) for p in incident["perpetrators"]]


def measured(resources: Resources, text: str, measure: str) -> list[Figure]:
    """Every figure of ``measure`` that ``text`` states, in order."""
    return [f for s in split_sentences(resources.nlp, text)
            for f in find_figures(text, s) if f.measure == measure]


def figures(resources: Resources, text: str, measure: str) -> list[int | None]:
    """The low count of every figure of ``measure`` that ``text`` states, in order."""
    return [f.count.low for f in measured(resources, text, measure)]


def sentence_figures(text: str) -> list[Figure]:
    """Every figure ``text`` states, read as one sentence (no segmentation)."""
    return find_figures(text, Sentence(0, 0, len(text), text, False))


def where(incident: dict) -> tuple[str | None, str | None, str | None, str | None]:
    """(country, admin1, admin2, name) of ``incident``'s place."""
    place = incident["place"]
    return place["country"], place["admin1"], place["admin2"], place["name"]
