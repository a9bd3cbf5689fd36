"""Ingestion: the failure record every reader yields in place of an article it cannot read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import ParamSpec

from eventwatch.errors import Errors, EventWatchError, IngestError
from eventwatch.models import Article


@dataclass(slots=True)
class IngestFailure:
    """One input (file, ``path:line``, ``path#record-3`` or URL) that gave no article.

    ``reason`` is the full catalogue message (``str`` of the :class:`EventWatchError`), which
    already names the input; ``code`` is its catalogue code, e.g. ``"E005"``.
    """

    input: str
    reason: str
    code: str

    @classmethod
    def from_error(cls, error: EventWatchError) -> IngestFailure:
        return cls(input=error.input, reason=str(error), code=error.code.name)

    @classmethod
    def make(cls, code: Errors, input: str, **details: object) -> IngestFailure:
        return cls.from_error(IngestError(code, input=input, **details))


Item = Article | IngestFailure
P = ParamSpec("P")


def record_label(source: str, n: int) -> str:
    """How a record inside a container (JSON array, feed, WARC) is named: ``path#record-3``."""
    return f"{source}#record-{n}"


def guarded(make: Callable[P, Article], *args: P.args, **kwargs: P.kwargs) -> Iterator[Item]:
    """Yield the article ``make(*args, **kwargs)`` builds, or the failure its IngestError gives."""
    try:
        yield make(*args, **kwargs)
    except IngestError as exc:
        yield IngestFailure.from_error(exc)
