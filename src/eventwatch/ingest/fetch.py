"""Ingestion: fetching http(s) URLs.

Reads one URL over the network with httpx and writes a :class:`Fetched` (final URL, status,
content type, body bytes) or raises :class:`~eventwatch.errors.IngestError` E010 naming the URL
and the reason (HTTP status, timeout, connection error, body too large).

Time-outs, connection errors and the statuses that mean "try again" (408, 425, 429, 5xx) are
retried ``retries`` times with exponential back-off (0.25 s, 0.5 s, 1 s ... capped at 8 s, or the
server's ``Retry-After`` when it is shorter than 8 s).  Other 4xx answers are final at once.
``timeout`` bounds each connect and each read, and the whole download is cut at
``timeout * (retries + 1)`` seconds so that a server trickling bytes cannot hold a run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import metadata
from types import TracebackType

import httpx

from eventwatch.errors import Errors, IngestError
from eventwatch.ingest.encoding import charset_from_content_type

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_BYTES = 20 * 1024 * 1024
BACKOFF_BASE = 0.25
BACKOFF_CAP = 8.0
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.8,*/*;q=0.5")


def default_user_agent() -> str:
    """``EventWatch/<version> (+https://github.com/eventwatch/eventwatch)``."""
    try:
        version = metadata.version("eventwatch")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0"
    return f"EventWatch/{version} (+https://github.com/eventwatch/eventwatch)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A successful response: ``url`` is the final URL after redirects."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


class Fetcher:
    """An HTTP client with time-outs and retries; create once per run and close it.

    The underlying ``httpx.Client`` (its connection pool) is opened on the first fetch, so a
    run over local files never opens one.
    """

    def __init__(self, *, timeout: float = 20.0, retries: int = 2,
                 user_agent: str | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.timeout = timeout
        self.retries = max(0, retries)
        self.user_agent = user_agent or default_user_agent()
        self.max_bytes = max_bytes
        self._client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.timeout), follow_redirects=True,
                headers={"User-Agent": self.user_agent, "Accept": ACCEPT},
            )
        return self._client

    def get(self, url: str) -> Fetched:
        """Fetch ``url``; raises IngestError E010 once the retries are spent."""
        reason = "no attempt made"
        for attempt in range(self.retries + 1):
            wait = min(BACKOFF_BASE * 2 ** attempt, BACKOFF_CAP)
            try:
                result, retry_after = self._attempt(url)
            except httpx.TimeoutException:
                reason = f"timed out after {self.timeout:g} s"
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise IngestError(Errors.E010, input=url, reason=f"invalid URL: {exc}") from exc
            except httpx.HTTPError as exc:
                reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            else:
                if isinstance(result, Fetched):
                    return result
                reason = result
                if retry_after is None:  # a final answer (404, body too large)
                    raise IngestError(Errors.E010, input=url, reason=reason)
                wait = min(retry_after, BACKOFF_CAP) if retry_after > 0 else wait
            if attempt < self.retries:
                time.sleep(wait)
        tries = self.retries + 1
        raise IngestError(Errors.E010, input=url,
                          reason=f"{reason}; {tries} attempt{'s' if tries > 1 else ''}")

    def _attempt(self, url: str) -> tuple[Fetched | str, float | None]:
        """One request: the response, or (reason, seconds to wait or None if final)."""
        deadline = time.monotonic() + self.timeout * (self.retries + 1)
        with self.client.stream("GET", url) as response:
            status = response.status_code
            if status >= 400:
                phrase = f"HTTP {status} {response.reason_phrase}".strip()
                if status in RETRY_STATUSES:
                    return phrase, _retry_after(response.headers.get("Retry-After"))
                return phrase, None
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    return f"body larger than {self.max_bytes // (1024 * 1024)} MB", None
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("download too slow", request=response.request)
                chunks.append(chunk)
            content_type = response.headers.get("Content-Type", "")
            return Fetched(
                url=str(response.url), status=status,
                content_type=content_type.split(";")[0].strip().lower(),
                charset=charset_from_content_type(content_type), body=b"".join(chunks),
            ), None


def _retry_after(value: str | None) -> float:
    """Seconds from a ``Retry-After`` header (0 when absent or a date: use the back-off)."""
    try:
        return max(0.0, float(value)) if value else 0.0
    except ValueError:
        return 0.0
