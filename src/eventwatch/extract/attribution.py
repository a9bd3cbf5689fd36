"""Who says so: the source a statistic is attributed to.  Reads sentences; writes
:class:`Source` spans ("a report published by Pakistan Institute of Peace Studies", "according
to the interior ministry", "Hamid Mir said") and tracks the source in force sentence by
sentence (used by ``statistics``).

The cited source is the institution or person the figures come from, never the newspaper.  A
citation holds for the rest of its paragraph; "The report ..." refers back to the last report
named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwatch.extract.fastre import guarded
from eventwatch.extract.segment import Sentence

_INSTITUTION = (r"(?:ministry|department|police|government|office|agency|commission|bureau|"
                r"directorate|authorities|council|army|military|watchdog|monitor|institute|"
                r"centre|center|organi[sz]ation|unit|cell|wing)")
_SOURCE_HEAD = (r"(?P<src>(?:the\s+)?(?:[A-Z][^,;:()\[\]\d“”\"]{1,60}?|(?:[a-z-]+\s+){0,3}"
                + _INSTITUTION + r"))")
REPORT_BY = guarded(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:report|survey|study|data|figures|statistics|"
    r"analysis|review|tally|count|record|paper|database)s?\s+(?:\w+\s+)?(?:published|compiled|"
    r"released|issued|prepared|produced|maintained|collected|by|from)\s+(?:by\s+)?"
    + _SOURCE_HEAD + r"(?=\s*(?:[,(\[]|$)|\s+(?:in|on|during|has|have|had|which|that|revealed|"
    r"stated|said|says|showed|shows|found|noted|reported)\b)")
_ACCORDING = guarded(r"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:report|data|figures|statistics|survey)\s+(?:by|from|of)\s+)?"
                        + _SOURCE_HEAD + r"(?=\s*(?:[,.]|$)|\s+(?:in|on)\s)")
_SAID = guarded(r"(?P<src>(?:[A-Z][\w.'’-]+\s+){0,4}[A-Z][\w.'’-]+)\s+(?:has\s+|had\s+)?"
                   r"(?:said|says|stated|states|tweeted|told|reported|revealed|noted|added)\b")
_NOT_SOURCE = guarded(r"(?:He|She|They|It|We|I|The|This|That|As|In|On|At|But|And|Also|"
                         r"However|Meanwhile|Earlier|Later|Separately|[A-Z][a-z]+ly)\b")
# "the Global Terrorism Index published by X": the publisher is the source.
_PUBLISHED_BY = guarded(r"\s+(?:published|released|compiled|issued|prepared)\b(?:\s+by\s+"
                           r"(?:the\s+)?(?P<by>.+))?$")
_THE_REPORT = guarded(r"\W*(?:The|This|That|Its)\s+(?:\w+\s+)?(?:report|survey|study|data|"
                         r"figures)\b")

@dataclass(slots=True)
class Source:
    name: str
    start: int
    end: int


class SourceTracker:
    """The source in force at each sentence: the paragraph's latest citation, or the report
    that "The report ..." refers back to.  Computed lazily, up to the sentence asked for,
    because statistics are rare and reading citations in every sentence is not free."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text, self.sentences = text, sentences
        self.done = -1
        self.paragraph = -1
        self.para_source: Source | None = None
        self.report_source: Source | None = None

    def at(self, index: int) -> Source | None:
        while self.done < index:
            self.done += 1
            sentence = self.sentences[self.done]
            if sentence.paragraph != self.paragraph:
                self.paragraph, self.para_source = sentence.paragraph, None
            own, refers_back = sentence_source(self.text, sentence)
            if own is not None:
                self.para_source = own
                if REPORT_BY.search(self.text, sentence.start, sentence.end):
                    self.report_source = own
            elif refers_back and self.report_source is not None:
                self.para_source = self.report_source
        return self.para_source


def sentence_source(text: str, sentence: Sentence) -> tuple[Source | None, bool]:
    """The source a sentence cites, and whether it refers back to "the report"."""
    s, e = sentence.start, sentence.end
    for pattern in (REPORT_BY, _ACCORDING):
        m = pattern.search(text, s, e)
        if m:
            raw, start = m.group("src").rstrip(), m.start("src")
            pub = _PUBLISHED_BY.search(raw)
            if pub:
                by = pub.group("by")
                start, raw = (start + pub.start("by"), by) if by else (start, raw[:pub.start()])
            the = re.match(r"(?:the\s+)?(?:[A-Z][\w-]*-based\s+)?", raw)
            if the and the.end():
                start, raw = start + the.end(), raw[the.end():]
            return Source(raw, start, start + len(raw)), False
    if _THE_REPORT.match(text, s, e):
        return None, True
    m = _SAID.search(text, s, e)
    if m is None or _NOT_SOURCE.fullmatch(m.group("src")):
        return None, False
    words = m.group("src").split()
    start = m.start("src")
    # "Senior journalist Hamid Mir said": a capitalised role word opening the sentence is not
    # part of the name.
    if start == s and len(words) > 1 and words[0].lower() in ("senior", "former", "the"):
        start = text.index(words[1], start)
        words = words[1:]
    return Source(" ".join(words), start, m.end("src")), False
