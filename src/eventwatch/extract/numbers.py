"""Stage 4: numbers.  Reads text; writes :class:`Quantity` values with spans.

Digits ("61", "1,200"), number words ("twenty-five", "three", "a dozen"), qualifiers ("at
least", "more than", "over", "up to", "about") and the codebook's vague words ("several" 3,
"dozens" 24 ...) become UCDP-style ranges (see ``docs/codebook.md``):

* ``at_least 70``  -> low 70, high None, best None
* ``more_than 100`` -> low 100 (the conservative GTD reading), high None, best None
* ``about 30``     -> low 30, high 30, best 30 (the figure is the best estimate)
* ``up_to 12``     -> low None, high 12, best None
* ``vague``        -> conservative low, no best

At the end, the numbers that count no one (a day after its month, money, a year, a unit's
number, a weapon's model, a constituency's code, ages and durations), read by
:mod:`casualties`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.extract.fastre import guarded
from eventwatch.extract.temporal import MONTH_FORMS
from eventwatch.models import Count

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000}
# Single words that name a number of people in casualty reports.
SINGLES = {"a": 1, "an": 1, "single": 1, "lone": 1, "another": 1, "both": 2, "twin": 2,
           "dozen": 12, "a dozen": 12, "half a dozen": 6, "half-a-dozen": 6, "a pair of": 2,
           # a group named by its number: "The duo was abducted by militants"
           "duo": 2, "trio": 3}
# The codebook's vague words: a conservative low and no best.
VAGUE = {
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
    "multiple": 3, "some": 3, "a number of": 3, "many": 4, "numerous": 4, "dozens of": 24,
    "dozens": 24,
    "scores of": 40, "scores": 40, "hundreds of": 200, "hundreds": 200,
    "thousands of": 2000, "thousands": 2000,
}
QUALIFIERS = {
    "at least": "at_least", "atleast": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "a minimum of": "at_least", "as many as": "exact",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "above": "more_than",
    "about": "about", "around": "about", "nearly": "about", "almost": "about",
    "approximately": "about", "roughly": "about", "some": "about", "an estimated": "about",
    "close to": "about", "estimated": "about",
    "up to": "up_to", "at most": "up_to", "not more than": "up_to", "no more than": "up_to",
}

_word_number = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[\s-](?:" + "|".join(k for k in UNITS if k != "zero")
    + r"))?|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:(?:" + "|".join(TENS) + r")(?:[\s-](?:"
    + "|".join(k for k in UNITS if k != "zero") + r"))?|"
    + "|".join(sorted(UNITS, key=len, reverse=True)) + r"))?)?"
)
_digits = r"\d{1,3}(?:,\d{3})+|\d+"
_vague = "|".join(sorted((re.escape(k) for k in VAGUE), key=len, reverse=True))
_singles = "|".join(sorted((re.escape(k) for k in SINGLES), key=len, reverse=True))
_qual = "|".join(sorted((re.escape(k) for k in QUALIFIERS), key=len, reverse=True))

NUMBER_RE = re.compile(
    # (a range may be "between 20 and 25": "and" joins its ends only after "between")
    rf"\b(?:(?P<between>between)\s+|(?P<qual>{_qual})\s+)?"
    rf"(?:(?P<digits>{_digits})(?:\s*(?:-|to|or|(?(between)and|(?!)))\s*(?P<digits2>{_digits}))?"
    rf"|(?P<words>{_word_number})(?:\s*(?:-|to|or|(?(between)and|(?!)))\s*"
    rf"(?P<words2>{_word_number}))?"
    # dozens counted: "More than two dozen cadres", "the two dozen hostage Policemen"
    r"(?P<dozen>\s+dozens?)?"
    rf"|(?P<vague>{_vague})|(?P<single>{_singles}))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written: its span, value range and qualifier."""

    start: int
    end: int
    text: str
    low: int | None
    high: int | None
    qualifier: str

    @property
    def value(self) -> int:
        """A single figure for arithmetic: low, else high."""
        return self.low if self.low is not None else (self.high or 0)

    def to_count(self) -> Count:
        q = self.qualifier
        if q == "exact":
            if self.low is not None and self.high is not None and self.high != self.low:
                return Count(self.low, self.high, None, "about")
            return Count.exact(self.value)
        if q == "about":
            return Count(self.low, self.high, self.low if self.low == self.high else None, q)
        if q == "up_to":
            return Count(None, self.high, None, q)
        if q == "vague":
            return Count(self.low, None, None, q)
        return Count(self.low, None, None, q)  # at_least / more_than


def words_to_int(text: str) -> int | None:
    """``"twenty-five"`` -> 25, ``"one hundred and five"`` -> 105; None if not a number."""
    total, current = 0, 0
    seen = False
    for token in re.split(r"[\s-]+", text.lower()):
        if token == "and":
            continue
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token in SCALES:
            current = max(current, 1) * SCALES[token]
            if token == "thousand":
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(match: re.Match[str]) -> Quantity | None:
    """Turn one :data:`NUMBER_RE` match into a :class:`Quantity`."""
    qual_text = (match.group("qual") or "").lower()
    qualifier = QUALIFIERS.get(qual_text, "exact") if qual_text else "exact"
    low: int | None
    high: int | None
    if match.group("digits"):
        low = int(match.group("digits").replace(",", ""))
        high = int(match.group("digits2").replace(",", "")) if match.group("digits2") else low
    elif match.group("words"):
        low = words_to_int(match.group("words"))
        if low is None:
            return None
        high = words_to_int(match.group("words2")) if match.group("words2") else low
        if match.group("dozen"):
            low, high = low * 12, high * 12 if high is not None else None
    elif match.group("vague"):
        if qual_text:
            return None
        low = VAGUE[match.group("vague").lower()]
        return Quantity(match.start(), match.end(), match.group(0), low, None, "vague")
    else:
        # "over a dozen", "about half a dozen" are counts; "over a", "about an" are not
        if qual_text and qual_text != "as many as" and \
                not match.group("single").lower().endswith("dozen"):
            return None
        low = high = SINGLES[match.group("single").lower()]
    if qualifier == "up_to":
        return Quantity(match.start(), match.end(), match.group(0), None, high, qualifier)
    if high is not None and low is not None and high < low:
        high = low
    return Quantity(match.start(), match.end(), match.group(0), low, high, qualifier)


# NUMBER_RE for scanning (its ``pattern`` is spliced into other rules, so it stays plain).
_NUMBER_SCAN = guarded(NUMBER_RE.pattern, NUMBER_RE.flags)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in ``text[start:end]`` (offsets into ``text``), in document order."""
    out = []
    for m in _NUMBER_SCAN.finditer(text, start, len(text) if end is None else end):
        q = parse_number(m)
        if q is not None:
            out.append(q)
    return out


# Numbers that count no people: dates, ages, durations, weights, distances, times.
NOT_A_COUNT_BEFORE = guarded(
    # a day after its month ("March 3"), not a number after "market." or "decided"
    rf"(?:\b(?:{MONTH_FORMS})\.?\s+|\(|\bno\s+|"
    # money: "a cash reward of INR 100,000", "Rs 5 lakh"
    # (the decimal point may be lost: "a reward of INR 1 6 million on his head")
    r"(?:\b(?:INR|Rs\.?|PKR|BDT|Tk\.?|Taka|NPR|USD|AFN)|\$)\s*(?:\d{1,3}\s)?|"
    # (a year after "in", "since" ... is read in ``phrases.counted_phrases``: this pattern sees
    # only the text before the number)
    r"\bNo\.\s*|"
    # a model or a code: "an AK 47 toting commander", "M 16", "PS 128 Landhi" (a constituency),
    # "NH 52", "N-70" (highways)
    r"\b(?-i:AK|M|N|PS|NA|PP|PB|NH|SH|RPG)[\s-]?)$", re.I)
NOT_A_COUNT_AFTER = guarded(
    # (a multiplier may come first: "25 thousand kilogrammes explosives")
    r"^(?:\)|(?:st|nd|rd|th)\b|[\s-]*(?:(?:hundred|thousand|lakh|million)\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|"
    r"seconds?|kg|kgs|kilo\w*|km|kms|metres?|meters?|feet|foot|inches|rounds|percent|per\s*cent|"
    r"%|am\b|pm\b|a\.m|p\.m|o.clock|times|year[\s-]old|-year|dozen\s+passengers|"
    # things, not people: "abducted two passenger buses"
    r"\s+(?:[a-z]+\s+)?(?:bus|buses|coach|coaches|vehicles?|cars?|vans?|trucks?|houses?|"
    r"shops?|schools?|towers?|bridges?|"
    # acts, not people: "involved in 15 major exchanges of fire cases has been arrested"
    r"cases|incidents|attacks|exchanges|encounters|crimes|offences|operations|"
    # groups, not their members: "Two tribes have been engaged in a bitter fight"
    r"tribes|groups|factions|sides|villages|communities|parties|outfits|organi[sz]ations)\b|"
    # wounds, not people: "a dead body ... with 14 bullet injuries"
    r"\s+(?:bullet\s+|gunshot\s+|splinter\s+)?(?:injuries|wounds)\b))",
    re.I)
# A unit's number, not a count: "two jawans of 44 Assam Rifles", "55 Rashtriya Rifles (RR)",
# "the 94th and 60th battalions" (ordinals are skipped above).
# ("killing 23 Frontier Corps soldiers" and "44 Assam Rifles jawans" count the men)
# (the kind also in small letters: "Army's 20 Dogra regiment, one Army jawan ... was killed")
UNIT_NUMBER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Rifles|RR|[Bb]attalion|Bn|[Rr]egiment|"
                          r"[Bb]rigade|Division|[Ss]quadron|Cavalry)\b(?!\s*(?:\([^)]*\)\s*)?"
                          r"(?:soldiers|personnel|troopers|jawans|men|officers|commandos|"
                          r"policemen)\b)")
