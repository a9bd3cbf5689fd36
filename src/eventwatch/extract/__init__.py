"""Extraction: article text -> incidents, statistics and relations, with evidence."""

from eventwatch.extract.pipeline import extract_article

__all__ = ["extract_article"]
