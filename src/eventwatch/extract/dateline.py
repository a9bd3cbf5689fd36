"""Stage 2: publication date and dateline.  Reads the article text; writes a
:class:`Dateline` (the place and, when given, the date at the head of the story).

Recognised forms: "Islamabad:", "PESHAWAR -", "LAHORE/SUKKUR:", "KABUL, Afghanistan (Jan. 25,
2013) —", "ISLAMABAD, March 15 (Reuters) -", "Quetta, March 9:", and a wire's date without a place,
"Feb 17 (Reuters) -" (its place is empty).  Only the opening of a paragraph is looked at: a
dateline is never in the middle of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.extract.temporal import find_dates
from eventwatch.models import DateValue

# (a name's letters may carry accents: "Bogotá, Apr 21 (EFE).-", "SÃO PAULO")
_WORD = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]+"
_ONE_PLACE = rf"{_WORD}(?:\s{_WORD}){{0,2}}"
# (or two, filed from both: "LAHORE/SUKKUR:", "CAIRO/BAGHDAD, June 8 (Reuters) -")
_PLACE = rf"{_ONE_PLACE}(?:/{_ONE_PLACE})?"
# The region after the place may join its words: "BUNIA, Democratic Republic of Congo, April 8
# (Reuters) -", "GAZA, Palestinian Territories".
_REGION = r"[A-Z][A-Za-z'’.-]+(?:\s(?:of\s|the\s|and\s)?[A-Z][A-Za-z'’.-]+){0,3}"
DATELINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_PLACE})"
    r"(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    rf"(?P<region>{_REGION}))?"
    r"(?:,?\s*\(?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}"
    r"(?:\s+\d{4})?)\)?)?"
    # (or two agencies: "KABUL (Pajhwok/AP) -")
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\))?"
    # (the agency may end it without a dash: "Raipur, Oct 14 (PTI) Two personnel ...")
    # (EFE's closes with a period: "Bogota, Oct 6 (EFE).- Two police officers")
    r"(?:\s*(?:(?<=\))\.)?(?::|—|–|--|-)\s+|(?(agency)\s+|(?!)))(?=[A-Z“\"‘])"
)


# A wire's dateline of a date and the agency only: "Feb 17 (Reuters) -".
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_ONLY_RE = re.compile(
    rf"(?m)^[ \t]*(?P<date>{_MONTH_ABBR}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*"
    r"\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)(?:\s*(?::|—|–|--|-))?\s+(?=[A-Z“\"‘])")

# ... or of the date, then the place in brackets: "October 22, 2025 (PORT SUDAN) –" (Sudan
# Tribune's style).
DATE_PLACE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<date>{_MONTH_ABBR}\s+\d{{1,2}},\s*\d{{4}})\s*\((?P<place>{_PLACE})\)"
    r"\s*(?::|—|–|--|-)\s+(?=[A-Z“\"‘])")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    start: int
    end: int
    date: DateValue | None
    header_end: int = 0   # where the whole dateline (place, date, agency, dash) ends
    header_start: int = -1  # where it opens, where that is before its place (a date first)

    @property
    def opens(self) -> int:
        """Where the whole dateline opens: its place, or the date written before it."""
        return self.start if self.header_start < 0 else self.header_start


def find_dateline(text: str, published: str | None = None) -> Dateline | None:
    """The dateline of the story, if its first paragraphs open with one."""
    wire = DATE_ONLY_RE.search(text[:3000])
    first = DATE_PLACE_RE.search(text[:3000])
    if first is not None and DATELINE_RE.search(text[:first.start()]) is None:
        found = find_dates(first.group("date"), published)
        return Dateline(first.group("place"), first.start("place"), first.end("place"),
                        found[0].date if found else None, first.end(), first.start("date"))
    for m in DATELINE_RE.finditer(text[:3000]):
        if wire is not None and wire.start() <= m.start() < wire.end():
            break  # ("Feb" is no place)
        place = m.group("place")
        if place.lower() in {"photo", "file", "caption", "note", "update", "source", "read more"}:
            continue
        date = None
        if m.group("date"):
            found = find_dates(m.group("date"), published)
            date = found[0].date if found else None
        return Dateline(place, m.start("place"), m.end("place"), date, m.end())
    if wire is not None:
        found = find_dates(wire.group("date"), published)
        return Dateline("", wire.start("date"), wire.start("date"),
                        found[0].date if found else None, wire.end())
    return None
