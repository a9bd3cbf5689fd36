"""Stage 0, ingestion: files, directories and URLs in; :class:`~eventwatch.models.Article` out.

``read_inputs`` reads plain text, HTML, JSON / JSON Lines, RSS / Atom and WARC files and
http(s) URLs, and yields an :class:`IngestFailure` for each input it cannot read, going on with
the rest.  ``read_text_article`` and ``find_publication_date`` work on text already in memory.
Modules: ``readers`` (dispatch), ``textclean`` (boilerplate, headline, date), ``dates``,
``encoding``, ``html``, ``records`` (JSON), ``feeds``, ``warc``, ``fetch``.
"""

from __future__ import annotations

from eventwatch.ingest.common import IngestFailure
from eventwatch.ingest.readers import read_inputs
from eventwatch.ingest.textclean import find_publication_date, read_text_article

__all__ = ["IngestFailure", "find_publication_date", "read_inputs", "read_text_article"]
