"""Ingestion: reading a publication date out of a date string, a line, a dateline or a URL.

Reads short strings (a ``<meta>`` value, a feed date, a line of the page, a URL path) and
returns ISO dates (``YYYY-MM-DD``).  Only full dates count here: an article's publication date
is a day, and a year-less or day-less expression is not one.  Time and time zone are dropped
without conversion: the date as printed on the story is the story's date, so
``2019-03-15T23:30:00+05:00`` stays the 15th.

Written with a few regular expressions rather than ``dateparser`` because the questions asked
here are narrow ("is this whole line a date?", "does this paragraph open with a dateline?") and
``dateparser`` answers a looser one (it also reads "today" and fills missing parts from now).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_tz

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)")
# A clock time with optional zone, as printed after a date ("10:32 AM PKT", "| 14:05 GMT+5").
_TIME = (r"(?:\s*(?:[|,\-–—@]|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
         r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?")

# A whole string that is one date; the order of alternatives does not matter (anchored).
_DATE_FORMS = [
    rf"{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}",          # March 15, 2019 / Sept. 19th 2021
    rf"{_DAY}[\s-]+(?:of\s+)?{_MONTH},?[\s-]+{_YEAR}",  # 15 March 2019 / 19th of Sept, 2021
    r"(?P<iyear>(?:19|20)\d\d)[-/.](?P<imonth>[01]?\d)[-/.](?P<iday>[0-3]?\d)",  # 2019-03-15
    # 15/03/2019 or 03/15/2019: read only when one of the two numbers cannot be a month
    r"(?P<na>[0-3]?\d)[/.](?P<nb>[0-3]?\d)[/.](?P<nyear>(?:19|20)\d\d)",
]
# Python forbids a group name twice in one pattern, so each form is compiled on its own.
_FORM_RES = [re.compile(r"^\s*" + _WEEKDAY + r"?(?:" + f + r")" + _TIME, re.I)
             for f in _DATE_FORMS]
_YEARLESS_RES = [re.compile(r"^\s*" + _WEEKDAY + r"?(?:" + f + r")", re.I) for f in (
    rf"{_MONTH}\s+{_DAY}\b", rf"{_DAY}\s+(?:of\s+)?{_MONTH}")]

# Words that introduce a date in a byline: "Published: ...", "Posted on ...", "Last updated".
_BYLINE_KEYWORD_RE = re.compile(
    r"(?P<kind>first\s+published|last\s+updated|published|posted|updated|modified|dated|date|"
    r"filed)\b(?:\s+(?:on|at|in))?(?:\s+[A-Z][\w&.' -]{0,40}?,)?\s*[:|,\-–—]?\s*",
    re.I,
)
_BY_RE = re.compile(r"^\s*by\s+\S", re.I)
_SEPARATOR_BEFORE = re.compile(r"[|•·(\[]\s*$")
# Splits "By Name | date" and "By Name, March 15, 2019" (not the comma inside the date).
_BY_SEPARATOR_RE = re.compile(
    r"\s*[|•·–—]\s*|,\s+(?=[A-Za-z]+\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z])")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found at the start of a string: ``iso`` and how many characters it used."""

    iso: str
    end: int


def make_iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` if the parts form a real calendar date, else None."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def match_date_prefix(text: str) -> DateMatch | None:
    """A full date (day, month and year) at the very start of ``text``, time included."""
    for regex in _FORM_RES:
        m = regex.match(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("nyear"):
            a, b = int(groups["na"]), int(groups["nb"])
            if a <= 12 and b <= 12 and a != b:
                continue  # 03/04/2019: April 3 in most of the world, March 4 in the US
            day, month = (a, b) if a > 12 or a == b else (b, a)
            iso = make_iso(int(groups["nyear"]), month, day)
        elif groups.get("iyear"):
            iso = make_iso(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]))
        else:
            iso = make_iso(int(groups["year"]), MONTHS[groups["month"].lower()],
                           int(groups["day"]))
        if iso:
            return DateMatch(iso, m.end())
    return None


def match_yearless_prefix(text: str) -> tuple[int, int, int] | None:
    """(month, day, end) for a "March 15" / "15 March" at the start of ``text``."""
    for regex in _YEARLESS_RES:
        m = regex.match(text)
        if m:
            month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
            if make_iso(2000, month, day):  # 2000 is a leap year: Feb 29 passes
                return month, day, m.end()
    return None


_TRAILING_NOISE = re.compile(r"^[\s|,.;:()\[\]\-–—]*$")


def parse_date_line(line: str) -> str | None:
    """ISO date if the whole line is a date ("Friday, March 15, 2019 10:32 AM"), else None."""
    found = match_date_prefix(line)
    if found and _TRAILING_NOISE.match(line[found.end:]):
        return found.iso
    return None


def parse_byline(line: str) -> tuple[str, str] | None:
    """``(iso, kind)`` for a byline that carries a date, kind ``published`` or ``updated``.

    Reads "Published: March 15, 2019", "Posted on 15 Mar 2019 | 10:30", "By Staff Reporter |
    March 15, 2019", "Published in Dawn, March 15th, 2019", "Updated 16 March 2019" and
    "Border Desk Published: 8 July 2020".  Inside a line the keyword counts only when it is
    capitalised or follows a separator, so "the report was published on March 3, 2019" in a
    sentence is not a byline.
    """
    if len(line) > 160:
        return None
    for m in _BYLINE_KEYWORD_RE.finditer(line):
        head = line[:m.start()]
        if head.strip():
            if not head.endswith((" ", "|", "•", "·", "(", "[")):
                continue  # inside a word
            if not (m.group("kind")[0].isupper() or _SEPARATOR_BEFORE.search(head)):
                continue
            if len(head.split()) > 8 or re.search(r"[.!?]\s*$", head):
                continue
        found = match_date_prefix(line[m.end():])
        if found:
            word = m.group("kind").lower()
            return found.iso, ("updated" if ("updated" in word or "modified" in word)
                               else "published")
    parts = _BY_SEPARATOR_RE.split(line)
    if len(parts) >= 2 and len(line.split()) <= 14:
        # "Staff Reporter | March 15, 2019": a label, a separator and a date to end the line.
        iso = parse_date_line(parts[-1])
        if iso:
            return iso, "published"
    if _BY_RE.match(line):
        # "By Name | March 15, 2019" or "By Name, March 15, 2019": the date follows a separator.
        parts = _BY_SEPARATOR_RE.split(line, maxsplit=3)
        for part in parts[1:]:
            found = match_date_prefix(part)
            if found:
                return found.iso, "published"
    return None


# "ISLAMABAD, March 15, 2019 (Reuters) -", "QUETTA, Pakistan, 15 March 2019:",
# "Kabul, Jan. 25 (AP) —".  The place is one to three capitalised words, optionally followed
# by a region; a date must be present for it to tell the publication date.
_PLACE = r"[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+){0,2}"
# Sentence openers that look like a capitalised place ("On Monday, March 4 - ...").
_NOT_PLACE = (r"(?!(?:On|In|At|By|Since|Last|From|During|After|Before|Until|This|Next|Early|Late"
              r"|Earlier|Later|Published|Posted|Updated)\b)")
DATELINE_RE = re.compile(
    rf"^\s*{_NOT_PLACE}(?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))?\s*[,(]\s*(?P<date>"
    r"[^()\n:–—]{4,40}?)\s*\)?\s*(?:\((?P<agency>[A-Za-z][\w .&]{0,30})\)\s*)?"
    r"(?::|—|–|--|\s-\s|-\s)"
)


@dataclass(frozen=True, slots=True)
class DatelineDate:
    """A date read from a dateline: ``iso`` when the dateline gives a year, else month/day."""

    iso: str | None
    month: int
    day: int
    place: str


def parse_dateline(paragraph: str) -> DatelineDate | None:
    """The date in a dateline opening ``paragraph``, with or without a year."""
    m = DATELINE_RE.match(paragraph)
    if not m:
        return None
    raw = m.group("date").strip().rstrip(",")
    full = match_date_prefix(raw)
    if full and _TRAILING_NOISE.match(raw[full.end:]):
        _, month, day = (int(x) for x in full.iso.split("-"))
        return DatelineDate(full.iso, month, day, m.group("place"))
    partial = match_yearless_prefix(raw)
    if partial and _TRAILING_NOISE.match(raw[partial[2]:]):
        return DatelineDate(None, partial[0], partial[1], m.group("place"))
    return None


_URL_DATE_RES = [
    # /2019/03/15/ or /2019-03-15/ or _2019_03_15
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)(?!\d)"),
    # /20190315/ or -20190315-
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"),
]


def _url_path(url: str | None) -> str:
    return re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url or "", flags=re.I)


def date_from_url(url: str | None) -> str | None:
    """A full date written in a URL path ("/2019/03/15/slug"), else None.

    This is a guess (archives re-use old paths, some sites put an update date there), so its
    source is recorded as ``url`` and any date in the story's own text wins over it.
    """
    path = _url_path(url)
    for regex in _URL_DATE_RES:
        m = regex.search(path)
        if m:
            iso = make_iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if iso:
                return iso
    return None


def year_from_url(url: str | None) -> int | None:
    """A year segment of a URL path ("/2019/03/slug"), used only to complete a dateline."""
    m = re.search(r"/((?:19|20)\d\d)[/_-]", _url_path(url))
    return int(m.group(1)) if m else None


def normalise_date_value(value: str | None) -> str | None:
    """ISO date from a machine date (``<meta>``, JSON-LD, feed, JSON input), else None.

    Accepts ISO 8601 with or without time and zone, RFC 822 ("Fri, 15 Mar 2019 10:00:00
    +0500") and written dates ("March 15, 2019").  The local date as written is kept.
    """
    if not value:
        return None
    text = str(value).strip()
    m = re.match(r"^((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?:$|[T\s])", text)
    if m:
        return make_iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    parsed = parsedate_tz(text)
    if parsed and parsed[0] and parsed[1] and parsed[2]:
        return make_iso(parsed[0], parsed[1], parsed[2])
    found = match_date_prefix(text)
    if found:
        return found.iso
    return None
