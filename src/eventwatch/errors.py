"""One exception base class and a catalogue of messages that say what happened, why, and how
to fix it (spaCy's ``Errors`` style).  Every message names the input it is about."""

from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    """Message templates; ``{input}`` is the file, URL or line the error is about."""

    E001 = "{input}: cannot read the file ({reason}). Check that it exists and is readable."
    E002 = ("{input}: looks like a binary file, not a news article. Pass text, HTML, JSON Lines, "
            "RSS/Atom or WARC files.")
    E003 = ("{input}: cannot decode the text ({reason}). Save it as UTF-8 or declare its charset "
            "in the HTML <meta> tag.")
    E004 = "{input}: the article is empty after removing boilerplate; nothing to extract."
    E005 = ("{input}: invalid JSON ({reason}). Each line must be one JSON object with 'text' or "
            "'html'.")
    E006 = "{input}: JSON record has neither 'text' nor 'html'; give one of them."
    E007 = "{input}: could not parse the HTML ({reason})."
    E008 = "{input}: could not parse the feed ({reason})."
    E009 = "{input}: could not read the WARC archive ({reason})."
    E010 = "{input}: fetching failed ({reason}). Check the URL and the network, or save the page."
    E011 = "{input}: unsupported input ({reason})."
    E012 = ("{input}: cannot open the database ({reason}). Give a SQLAlchemy URL such as "
            "sqlite:///events.db or postgresql+psycopg://user@host/db.")
    E013 = "{input}: storing the article failed and was rolled back ({reason})."
    E014 = "{input}: invalid gold file ({reason})."
    E015 = "{input}: invalid data file ({reason})."
    E016 = "{input}: no such actor; `eventwatch actors` lists the known names."
    E017 = "{input}: invalid value ({reason})."
    E018 = ("{input}: not in the database; `eventwatch incidents` lists the incidents and "
            "`eventwatch incidents show ID` their mentions.")
    E019 = "{input}: the change failed and was rolled back ({reason})."

    def format(self, *args: object, **kwargs: object) -> str:
        return f"[{self.name}] " + self.value.format(*args, **kwargs)


class EventWatchError(Exception):
    """Base class of every error EventWatch raises on purpose."""

    def __init__(self, code: Errors, input: str = "", **details: object) -> None:
        self.code = code
        self.input = input
        self.details = details
        super().__init__(code.format(input=input, **details))


class IngestError(EventWatchError):
    """An input could not be turned into an article (the run goes on with the rest)."""


class StoreError(EventWatchError):
    """The database could not be opened or written."""


class DataError(EventWatchError):
    """A shipped or user-supplied data file (gazetteer, actor base, gold file) is invalid."""
