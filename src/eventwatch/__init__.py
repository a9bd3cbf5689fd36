"""EventWatch: news reports on political violence in, an incident database out.

The public API, re-exported here (httpx's style: a small surface at the package root, one
exception base class)::

    import eventwatch

    resources = eventwatch.Resources()  # gazetteer, actor base and tokenizer, loaded on use
    article = eventwatch.Article(
        text="PESHAWAR: Unidentified gunmen shot dead two policemen in Peshawar on Monday.",
        published="2023-08-15")
    result = eventwatch.extract_article(article, resources)
    for incident in result.incidents:
        print(incident.date, incident.place.admin1, incident.killed.best)

    with eventwatch.Store("sqlite:///events.db") as store:
        for item in eventwatch.read_inputs(["samples/"]):
            if isinstance(item, eventwatch.IngestFailure):
                print(item.reason)  # names the input and says why; go on with the rest
                continue
            store.save(item, eventwatch.extract_article(item, resources))

Names load on first use (PEP 562), so ``import eventwatch`` stays cheap and the command line
does not pay for the database stack when it only extracts.  Every error EventWatch raises on
purpose is an :class:`EventWatchError`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from eventwatch.errors import DataError, Errors, EventWatchError, IngestError, StoreError

if TYPE_CHECKING:
    from eventwatch.extract import extract_article
    from eventwatch.ingest import IngestFailure, read_inputs, read_text_article
    from eventwatch.models import (
        Article,
        Count,
        DateValue,
        Evidence,
        ExtractionResult,
        Incident,
        Perpetrator,
        Place,
    )
    from eventwatch.resources import Resources
    from eventwatch.store import Store

__version__ = "0.1.0"

#: Lazily loaded names and the module that defines each.
_LAZY = {
    "extract_article": "eventwatch.extract",
    "read_inputs": "eventwatch.ingest",
    "read_text_article": "eventwatch.ingest",
    "IngestFailure": "eventwatch.ingest",
    "Article": "eventwatch.models",
    "Count": "eventwatch.models",
    "DateValue": "eventwatch.models",
    "Evidence": "eventwatch.models",
    "ExtractionResult": "eventwatch.models",
    "Incident": "eventwatch.models",
    "Perpetrator": "eventwatch.models",
    "Place": "eventwatch.models",
    "Resources": "eventwatch.resources",
    "Store": "eventwatch.store",
}

__all__ = [
    "Article",
    "Count",
    "DataError",
    "DateValue",
    "Errors",
    "EventWatchError",
    "Evidence",
    "ExtractionResult",
    "Incident",
    "IngestError",
    "IngestFailure",
    "Perpetrator",
    "Place",
    "Resources",
    "Store",
    "StoreError",
    "__version__",
    "extract_article",
    "read_inputs",
    "read_text_article",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'eventwatch' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
