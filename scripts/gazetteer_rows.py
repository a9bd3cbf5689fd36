"""The rows of the gazetteer build and the keys it compares names by: a row of
``places.tsv.gz`` (:class:`Row`, written by :meth:`Row.tsv`), GeoNames-style folding of
diacritics, the alias filter, and the median point of a unit's places.  Read by
``build_gazetteer.py`` (the runtime has its own normaliser,
``eventwatch.resources.names``).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

NON_NAME = re.compile(r"[0-9()/,;:]")


_FOLD_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "ʼ": "'", "’": "'",
                             "‘": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'"})


def fold(s: str) -> str:
    """Strip diacritics (Peshāwar -> Peshawar), as GeoNames' ASCII names do."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.translate(_FOLD_EXTRA)


def key(s: str) -> str:
    """Comparison key used only inside the build (the runtime has its own normaliser)."""
    s = fold(s).lower().replace("-", " ").replace("’", "'").replace("'", "")
    return " ".join(s.split())


def is_latin(s: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "’‘ʼ" for c in s)


def good_alias(a: str) -> bool:
    """Latin script, a proper noun, no codes (all caps), digits or bracketed notes."""
    if len(a) < 3 or not is_latin(a) or NON_NAME.search(a):
        return False
    return a[:1].isupper() and not a.isupper()


@dataclass
class Row:
    kind: str
    name: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    former: str | None = None
    aliases: list[str] = field(default_factory=list)

    def tsv(self) -> str:
        def s(v: object) -> str:
            return "" if v is None else str(v)

        seen = {key(self.name)}
        aliases = []
        for a in self.aliases:
            k = key(a) if not a.isupper() else a
            if k not in seen:
                seen.add(k)
                aliases.append(a.replace("|", " ").replace("\t", " "))
        lat = "" if self.lat is None else f"{self.lat:.4f}"
        lon = "" if self.lon is None else f"{self.lon:.4f}"
        return "\t".join([self.kind, self.name, self.country, s(self.admin1), s(self.admin2),
                          lat, lon, str(self.population), s(self.former), "|".join(aliases)])


def point(r: Row) -> tuple[float, float]:
    assert r.lat is not None and r.lon is not None, r.name
    return (r.lat, r.lon)


def median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
