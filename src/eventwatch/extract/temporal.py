"""Stage 3: temporal resolution.  Reads text and the publication date; writes
:class:`DateMention` values (span + resolved :class:`DateValue` with its precision).

Written by hand rather than with ``dateparser`` because the hard cases are the relative ones
("this January", "last July", "the month before", "mid-2014", "earlier this month") that
dateparser does not resolve, and because a regex pass over the whole text is about a hundred
times faster than one dateparser call per candidate.  Rules (``docs/codebook.md``):

* a date is never given a day the text does not give (``month``/``year`` precision instead);
* relative expressions resolve against the publication date; when it is unknown, the year
  stays unknown (``DateValue(year=None, month=5, day=17)``) and purely relative expressions
  ("yesterday", "last year") resolve to nothing;
* "two days ago" (or "back") counts back from the publication date, as "yesterday" does, and
  "a month ago" or "two years ago" to the month or the year;
* "A day earlier" opening a sentence counts back from the story's own day (:func:`day_told_back`,
  read by the pipeline for an incident that gives no day of its own);
* a weekday ("on Monday"), or a day of the month alone ("on the evening of the 3rd"), is the
  latest such day on or before the publication date, the usual newsroom sense (the story
  reports a past event);
* "last week" and "earlier this week" are a calendar week (precision ``week``, the date its
  Monday) and "over the weekend" the latest Saturday and Sunday (precision ``weekend``, the
  date its Saturday): a span the text gives, never one of its days;
* "overnight" told as when ("drones struck overnight", not "an overnight curfew") is the
  night that ended on the publication date, dated that day (its small hours are the day's:
  "overnight ... shortly after 2 a.m."), where "last night" is the day before;
* a month named without a year is the latest such month not after the publication month;
* "the month before" is relative to the month just named.

It also compares dates for the grouping stage: :func:`days_before`, :func:`a_day_apart` and
:func:`within_span` (a day inside a week or a weekend).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwatch.extract.fastre import Regex, WordFinder, guarded
from eventwatch.models import SPAN_DAYS, DateValue, date_span

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
#: The month names as a regex alternation (for case-insensitive patterns elsewhere).
MONTH_NAMES = "|".join(MONTHS)
# A day told between a subject and its verb, with the paper's "(today)" after it: "Two CPI
# Maoist cadres were on May 8 (today) arrested", "RAB on June 12 arrested".
DAY_BETWEEN = r"on\s+[A-Z][a-z]+\s+\d{1,2},?\s+(?:\(?(?:today|yesterday)\)?\s+)?"
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
#: Every spelling of a month (names, abbreviations, "sept") as a regex alternation, longest
#: first.
MONTH_FORMS = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_month = r"(?P<month>" + MONTH_FORMS + r")\.?"
_month2 = _month.replace("?P<month>", "?P<month2>")
_day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_year = r"(?P<year>(?:19|20)\d\d)"
_weekday = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "August 8, 2016", "Aug. 8 2016", "March 15th, 2019"
    ("mdy", re.compile(rf"\b{_month}\s+{_day}(?:,\s*|\s+){_year}\b", re.I)),
    # "24 October, 2016", "8th of August 2016"
    ("dmy", re.compile(rf"\b{_day}\s+(?:of\s+)?{_month}(?:,\s*|\s+){_year}\b", re.I)),
    # "May 17", "on March 9", glued too: "Police on May2 arrested"
    # (and the part of the day glued after it: "on December 9evening", "May 20night")
    ("md", re.compile(rf"\b{_month}(?:\s+|(?<=[a-z]{{3}})(?=\d)){_day}"
                      r"(?:\b|(?=(?:morning|evening|night|afternoon|noon)\b))"
                      r"(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![:.]\d)", re.I)),
    # "24 October", "on 5th June"
    ("dm", re.compile(rf"\b{_day}\s+(?:of\s+)?{_month}\b(?!,?\s*(?:19|20)\d\d)", re.I)),
    # "mid-2014", "late 2017", "early 2018", "in mid 2014"
    ("part_year", re.compile(r"\b(?P<part>mid|middle of|early|late|end of|beginning of)"
                             rf"[\s-]+{_year}\b", re.I)),
    # "November 2014", "January, 2019"
    ("my", re.compile(rf"\b{_month},?\s+{_year}\b", re.I)),
    # "this January", "last July", "next March"
    ("rel_month", re.compile(rf"\b(?P<rel>this|last|next|past)\s+{_month}\b", re.I)),
    # "the month before", "the previous month", "last month", "this month"
    ("month_before", re.compile(r"\b(?:the\s+month\s+before|the\s+previous\s+month|"
                                r"the\s+preceding\s+month)\b", re.I)),
    ("rel_month_word", re.compile(r"\b(?P<part>earlier|later|early|late)?\s*"
                                  r"(?P<rel>this|last|next|past|previous)\s+month\b", re.I)),
    ("rel_year", re.compile(r"\b(?P<rel>this|last|next|past|previous)\s+year\b", re.I)),
    # (not a paper's name: "reports India Today", "USA Today")
    ("yesterday", re.compile(r"\b(?<!India\s)(?<!USA\s)(?<!Pakistan\s)"
                             r"(?P<word>yesterday|today|tonight|last\s+night|the\s+previous\s+night|"
                             r"(?<!\ban\s)(?<!\bthe\s)overnight|"
                             r"this\s+morning|this\s+evening|day\s+before\s+yesterday)\b", re.I)),
    # "two days ago", "three days back": counted back from the publication date
    ("days_ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"[1-9])\s+days?\s+(?:ago|back)\b", re.I)),
    # "a month ago", "two years ago": the month or the year, counted back from the
    # publication date (no day: "a month" is a round figure)
    ("months_ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"[1-9])\s+(?P<unit>months?|years?)\s+ago\b", re.I)),
    # "last week", "earlier this week": a calendar week, not a day (precision ``week``, the
    # date its Monday); "over the weekend": its Saturday and Sunday.  ("the past week" is a
    # tally's period, no event's date.)
    ("week", re.compile(r"\b(?:(?:earlier|early|late|later)\s+)?(?<!the\s)(?P<rel>this|last)"
                        r"\s+week\b", re.I)),
    ("weekend", re.compile(r"\b(?:(?P<rel>last|this|past|previous)\s+weekend|(?:over|during|"
                           r"at|on)\s+the\s+weekend)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|this|on|late|early)\s+)?{_weekday}\b", re.I)),
    # a day of the month alone: "on the evening of the 3rd" (not "the 3rd floor", "of the
    # 3rd Battalion")
    # (the scan starts at the digits' few places; "on the" or "of the" before is checked then)
    ("nth", re.compile(r"(?<![\w.])(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b"
                       r"(?!\s+(?!of\s+(?:this|the)\s+month)[A-Za-z])", re.I)),
    # "in January", "during January", "January's": a bare month
    # (the preposition is a look-behind so that "in January, 2019" is found as "my")
    # (also a part of it: "In late October", "in mid-October", the month's precision)
    ("month", re.compile(r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in (
        "in", "during", "since", "by", "of", "until", "from", "early", "late", "mid")) +
        r"|(?<=\bmid-)" + rf"){_month}\b"
        r"(?!\s+[0-3]?\d\b)", re.I)),
    # "in 2018", "2018's", "since 2008"
    ("year", re.compile(r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in (
        "in", "during", "since", "of", "by", "until", "from", "year", "for")) + rf"){_year}\b"
        r"(?![-/]\d)", re.I)),
]

# Each pattern with a first-character guard (see ``fastre``): separate guarded scans are
# about three times faster than one alternation of all of them.
GUARDED = [(kind, guarded(p.pattern, p.flags)) for kind, p in PATTERNS]
# Words a pattern cannot match without (any of them, in the lower-cased text): a substring
# test skips most patterns on most texts.  None: always run.
_MONTH_WORDS = tuple(MONTHS)
NEEDS: dict[str, tuple[str, ...] | None] = {
    "iso": ("-",), "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS, "md": _MONTH_WORDS,
    "dm": _MONTH_WORDS, "part_year": ("mid", "early", "late", "end of", "beginning"),
    "my": _MONTH_WORDS, "rel_month": ("this ", "last ", "next ", "past "),
    "month_before": ("month",), "rel_month_word": ("month",), "rel_year": ("year",),
    "yesterday": ("yesterday", "today", "tonight", "night", "this morning", "this evening"),
    "days_ago": ("ago", "back"), "months_ago": ("ago",), "week": ("week",),
    "weekend": ("weekend",), "weekday": ("day",),
    "nth": ("0th", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"),
    "month": _MONTH_WORDS, "year": ("19", "20"),
}
# All of them found in one pass over an article (a kind runs where one of its words is).
_NEEDED = {kind: frozenset(words) for kind, words in NEEDS.items() if words is not None}
_NEEDED_WORDS = WordFinder(w for words in _NEEDED.values() for w in words)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text and what it resolves to."""

    start: int
    end: int
    text: str
    date: DateValue
    kind: str          # which pattern matched ("mdy", "md", "rel_month", "weekday" ...)
    relative: bool     # resolved against the publication date


def parse_iso_date(value: str | None) -> date | None:
    """``"2019-03-15"`` (or a longer ISO timestamp) -> date; None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = calendar.monthrange(year or 2000, month)[1]  # 2000 is a leap year: 29 Feb allowed
    return 1 <= day <= last


def _latest_month(base: date, month: int) -> int:
    """The year of the latest ``month`` not after the base month."""
    return base.year if month <= base.month else base.year - 1


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _resolve(kind: str, g: dict[str, str], m: re.Match[str], base: date | None,
             last: DateValue | None) -> DateValue | None:
    month = MONTHS.get((g.get("month") or "").lower().rstrip(".")) if g.get("month") else None
    if kind == "iso":
        y, mo, d = int(g["year"]), int(g["mnum"]), int(g["day"])
        return DateValue(y, mo, d, "day") if _valid(y, mo, d) else None
    if kind in ("mdy", "dmy"):
        y, d = int(g["year"]), int(g["day"])
        return DateValue(y, month, d, "day") if month and _valid(y, month, d) else None
    if kind in ("md", "dm"):
        d = int(g["day"])
        if not month or not _valid(None, month, d):
            return None
        year = _latest_month(base, month) if base else None
        if base and year == base.year and month == base.month and d > base.day:
            year -= 1  # "on March 20" in a story of March 15 is last year's
        return DateValue(year, month, d, "day")
    if kind == "part_year":
        part = g["part"].lower()
        precision = {"mid": "mid-year", "middle of": "mid-year", "early": "early",
                     "beginning of": "early", "late": "late", "end of": "late"}[part]
        return DateValue(int(g["year"]), None, None, precision)
    if kind == "my":
        return DateValue(int(g["year"]), month, None, "month") if month else None
    if kind == "rel_month":
        if not base or not month:
            return None
        rel = g["rel"].lower()
        if rel == "this":
            year = base.year
        elif rel in ("last", "past"):
            year = base.year if month < base.month else base.year - 1
        else:
            year = base.year if month > base.month else base.year + 1
        return DateValue(year, month, None, "month")
    if kind == "month_before":
        ref = last if last is not None and last.month is not None and last.year else None
        if ref is None:
            if not base:
                return None
            y, mo = _shift_month(base.year, base.month, -1)
        else:
            y, mo = _shift_month(ref.year or 0, ref.month or 1, -1)
        return DateValue(y, mo, None, "month")
    if kind == "rel_month_word":
        if not base:
            return None
        delta = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1}[g["rel"].lower()]
        y, mo = _shift_month(base.year, base.month, delta)
        return DateValue(y, mo, None, "month")
    if kind == "rel_year":
        if not base:
            return None
        delta = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1}[g["rel"].lower()]
        return DateValue(base.year + delta, None, None, "year")
    if kind == "yesterday":
        if not base:
            return None
        word = " ".join(g["word"].lower().split())
        # ("the previous night" of a dated story told that day: "set fire to a government
        # school building ... the previous night, police said on Tuesday")
        days = {"yesterday": 1, "last night": 1, "the previous night": 1,
                "day before yesterday": 2}.get(word, 0)
        when = base - timedelta(days=days)
        return DateValue(when.year, when.month, when.day, "day")
    if kind == "days_ago":
        if not base:
            return None
        n = g["n"].lower()
        days = int(n) if n.isdigit() else _DAY_COUNTS[n]
        when = base - timedelta(days=days)
        return DateValue(when.year, when.month, when.day, "day")
    if kind == "months_ago":
        if not base:
            return None
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _DAY_COUNTS[n]
        if g["unit"].lower().startswith("year"):
            return DateValue(base.year - count, None, None, "year")
        year, month = _shift_month(base.year, base.month, -count)
        return DateValue(year, month, None, "month")
    if kind == "week":
        if not base:
            return None
        # a calendar week, Monday to Sunday
        start = base - timedelta(days=base.weekday() + 7 * (g["rel"].lower() == "last"))
        return DateValue(start.year, start.month, start.day, "week")
    if kind == "weekend":
        if not base:
            return None
        # the latest Saturday on or before the story's day; "last weekend" told on a
        # weekend day is the one before
        back = (base.weekday() - 5) % 7
        if (g.get("rel") or "").lower() in ("last", "previous") and base.weekday() >= 5:
            back += 7
        start = base - timedelta(days=back)
        return DateValue(start.year, start.month, start.day, "weekend")
    if kind == "nth":
        if not base or m.string[max(0, m.start() - 7):m.start()].lower() not in (
                "on the ", "of the "):
            return None
        year, month = base.year, base.month
        if int(g["day"]) > base.day:  # the latest such day: last month's
            year, month = _shift_month(year, month, -1)
        return DateValue(year, month, int(g["day"]), "day") if _valid(
            year, month, int(g["day"])) else None
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        if not base or (not rel and not _weekday_in_context(m)):
            return None
        back = (base.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        if rel == "last" and back == 0:
            back = 7
        when = base - timedelta(days=back)
        return DateValue(when.year, when.month, when.day, "day")
    if kind == "month":
        if not month:
            return None
        if base:
            return DateValue(_latest_month(base, month), month, None, "month")
        return DateValue(None, month, None, "month")
    if kind == "year":
        return DateValue(int(g["year"]), None, None, "year")
    return None


_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _weekday_in_context(m: re.Match[str]) -> bool:
    # A bare weekday ("Monday's blast", "late Sunday") is a date; "Sunday Times" is not.
    following = m.string[m.end(): m.end() + 12]
    return bool(re.match(r"(?:'s|’s|\s+(?:night|morning|evening|afternoon|prayers?|"
                         r"services?|mass)\b|[,.;])",
                         following))


# The kinds built around a month name are tried only where a month name is (one scan for the
# month names instead of six scans of the whole text).
_MONTH_KINDS = {"mdy", "dmy", "md", "dm", "my", "month"}
_DAY_FIRST = {"dmy", "dm"}
# (a day may be glued to the month: "May2")
_MONTH_ANY = guarded(r"\b(?:" + MONTH_FORMS + r")(?:\b|(?=\d))", re.I)
_DAY_BEFORE = re.compile(r"(?<![\w])[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.I)


# A bare month written short and followed by a capitalised word is part of a name.
_SHORT_MONTHS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                           "sept", "oct", "nov", "dec"})
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _at_months(pattern: Regex, kind: str, text: str,
               hits: list[int]) -> list[re.Match[str]]:
    """The matches of a month-built pattern, as ``finditer`` would find them."""
    out: list[re.Match[str]] = []
    end = -1
    for hit in hits:
        start = hit
        if kind in _DAY_FIRST:
            before = _DAY_BEFORE.search(text, max(0, hit - 12), hit)
            if before is None:
                continue
            start = before.start()
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            out.append(m)
            end = m.end()
    return out


def find_dates(text: str, published: str | date | None = None) -> list[DateMention]:
    """All date expressions in ``text``, resolved against ``published``, in document order.

    Where patterns overlap, the earliest in :data:`PATTERNS` (the most specific) wins.
    """
    base = published if isinstance(published, date) else parse_iso_date(published)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    lower = text.lower()
    month_hits: list[int] | None = None
    present = _NEEDED_WORDS.found(lower)
    for kind, pattern in GUARDED:
        needs = _NEEDED.get(kind)
        if needs is not None and needs.isdisjoint(present):
            continue
        if kind in _MONTH_KINDS:
            if month_hits is None:
                month_hits = [m.start() for m in _MONTH_ANY.finditer(text)]
            matches = _at_months(pattern, kind, text, month_hits)
        else:
            matches = list(pattern.finditer(text))
        for m in matches:
            s, e = m.span()
            if not any(s < fe and fs < e for fs, fe, _, _ in found):
                found.append((s, e, kind, m))
    found.sort(key=lambda item: item[0])
    out: list[DateMention] = []
    last: DateValue | None = None
    for s, e, kind, m in found:
        if kind == "month" and m.group(0).lower() in _SHORT_MONTHS and \
                _NAME_AFTER.match(text, e):
            continue  # a name, not a month: "member of Jan Militia"
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        value = _resolve(kind, g, m, base, last)
        if value is None:
            continue
        rel = kind in ("md", "dm", "rel_month", "month_before", "rel_month_word", "rel_year",
                       "yesterday", "days_ago", "months_ago", "week", "weekend", "weekday",
                       "nth", "month")
        out.append(DateMention(s, e, m.group(0), value, kind, rel))
        if value.month is not None:
            last = value
    return out


def narrow(found: DateValue, reference: DateValue | None, *, same_range: bool = False
           ) -> DateValue:
    """Fill an unknown year from a reference date in the same story ("on May 17" after
    "May 16, 2013" is 2013).  A day earlier in the year than the reference's (a day, or a
    month: "on January 16 ... last month December 2015") is the next year's, unless the two
    bound one range (``same_range``: "from January 1 to December 8, 2015")."""
    if found.year is None and reference is not None and reference.year is not None:
        year = reference.year
        if reference.precision in ("day", "month") and found.month and reference.month and \
                not same_range and (
                (found.month, found.day or 0) < (reference.month, reference.day or 0)):
            # a story names earlier events with their year, its own without: "arrested on
            # January 15 ... wanted for the July 26, 2014 blast" is January 2015
            year += 1
        return DateValue(year, found.month, found.day, found.precision)
    return found


# Another day told back from the story's, at a sentence's start: "A day earlier", "Two days
# before", "The previous day" (or weeks, which name a month at most: "A week earlier").
# (also after a round-up item's place line: "MOGADISHU - The day before, several mortar shells")
# (or its own day first: "On Monday, a day before the camp attack, insurgents ... abducted")
DAYS_BEFORE_RE = re.compile(r"^\W*(?:(?-i:[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*)\s+[-—–]\s+)?"
                            r"(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?"
                            r"(?:(?P<n>a|one|two|three|four|five|\d)\s+(?P<unit>days?|"
                            r"weeks?)\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+day|"
                            r"the\s+day\s+before)\b", re.I)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def day_told_back(reference: DateValue, told: re.Match[str]) -> DateValue | None:
    """The day ``told`` (a :data:`DAYS_BEFORE_RE` match) counts back from ``reference``, a
    day-precise date; with no year, within the year (none where the count crosses it or a
    29 February); for weeks, a round figure, the month where the days it may mean all lie in
    one, never a day."""
    if reference.precision != "day" or reference.month is None or reference.day is None:
        return None
    word = (told.group("n") or "one").lower()
    n = int(word) if word.isdigit() else _SMALL[word]
    if (told.group("unit") or "day").lower().startswith("week"):
        # a round figure: its month, where the days it may mean (three either side) all lie
        # in one ("A week earlier" than February 11 is February)
        years = [reference.year] if reference.year is not None else [
            y for y in (2000, 2001) if _valid(y, reference.month, reference.day)]
        months: set[tuple[int, int]] = set()  # (years back, month)
        for year in years:
            for spread in (-3, 3):
                when = date(year, reference.month, reference.day) - \
                    timedelta(days=7 * n + spread)
                months.add((when.year - year, when.month))
        if len(months) != 1:
            return None
        ((back, month),) = months
        if reference.year is None:
            return None if back else DateValue(None, month, None, "month")
        return DateValue(reference.year + back, month, None, "month")
    if reference.year is not None:
        day = date(reference.year, reference.month, reference.day) - timedelta(days=n)
        return DateValue(day.year, day.month, day.day, "day")
    # (an unknown year: the day must be the same in a leap year and a common one, and in it)
    days = {y: date(y, reference.month, reference.day) - timedelta(days=n)
            for y in (2000, 2001) if _valid(y, reference.month, reference.day)}
    if any(d.year != y for y, d in days.items()) or len({(d.month, d.day)
                                                         for d in days.values()}) != 1:
        return None
    ((month, day_of_month),) = {(d.month, d.day) for d in days.values()}
    return DateValue(None, month, day_of_month, "day")


def days_before(a: DateValue, b: DateValue) -> int | None:
    """How many days day-precise ``a`` is before ``b`` (in one year; a year unknown is the
    other's: "on September 27 ... late on September 26, 2012" is a day before)."""
    if a.month is None or a.day is None or b.month is None or b.day is None or (
            a.year is not None and b.year is not None and a.year != b.year):
        return None
    year = a.year or b.year
    try:  # a leap year stands in for an unknown one
        return (date(year or 2000, b.month, b.day) - date(year or 2000, a.month, a.day)).days
    except ValueError:
        return None


def a_day_apart(a: DateValue, b: DateValue) -> bool:
    """Two day-precise dates one day apart, in one year or both of unknown year."""
    return days_before(a, b) in (-1, 1)


def within_span(day: DateValue, span: DateValue) -> bool:
    """A day inside a week or a weekend the incident is dated by."""
    if span.precision not in SPAN_DAYS or day.precision != "day" or None in (
            day.year, day.month, day.day, span.year, span.month, span.day):
        return False
    first, last = date_span(span)
    told, _ = date_span(day)
    return first is not None and last is not None and told is not None and \
        first <= told <= last
