"""Offline gazetteer: countries, admin1 units, districts and localities, and a fast scanner.

Reads the packaged data in ``resources/data/gazetteer/`` (see the README there for sources and
licences), or the same three files in another directory:

* ``places.tsv.gz``: one entry a row, ``kind name country admin1 admin2 lat lon population
  former aliases`` (aliases joined by ``|``), written by ``scripts/build_gazetteer.py``;
* ``stoplist.txt``: surface forms that :meth:`Gazetteer.scan` never reports unless they name a
  country (English words, titles and personal names that are also tiny places);
* ``blockers.txt``: phrases that contain a place name but are not places (newspaper names such
  as "Times of India"); a match of one swallows the place inside it.

Writes nothing.  Matching works on a same-length normalised copy of the text (lower case,
diacritics folded, hyphens and most punctuation turned into spaces) so that every match maps
back to the original character offsets.
"""

from __future__ import annotations

import gc
import gzip
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from eventwatch.errors import DataError, Errors, EventWatchError
from eventwatch.resources.name_context import (
    article_start,
    caps_context,
    in_person_name,
)
from eventwatch.resources.names import in_compound_name, name_key, normalize

KINDS = ("country", "admin1", "admin2", "locality")
# A locality at least this big is the usual referent of a name it shares with an admin unit
# ("Kabul", "Quetta"); smaller towns yield to the unit ("Kurram", "Bannu").
BIG_CITY = 100_000
# A word after a name that widens the match and says which kind of place is meant.
SUFFIX_KINDS: dict[str, str] = {
    "District": "admin2", "district": "admin2", "Agency": "admin2", "agency": "admin2",
    "Province": "admin1", "province": "admin1", "State": "admin1", "state": "admin1",
    # (the first-order units of the former Soviet Union, the Sahel and the Arab states: "in
    # Sumy Oblast", "in the Tillaberi region", "in Diyala Governorate")
    "Oblast": "admin1", "oblast": "admin1", "Region": "admin1", "region": "admin1",
    "Governorate": "admin1", "governorate": "admin1",
    "Tehsil": "locality", "tehsil": "locality", "City": "locality", "city": "locality",
    "Town": "locality", "town": "locality", "Village": "locality", "village": "locality",
}


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place.  ``admin1`` is today's unit; ``former`` names the historical unit an alias
    row stands for (e.g. "Federally Administered Tribal Areas" for FATA)."""

    name: str
    kind: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    former: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place mention: ``text == original[start:end]``; candidates best prior first."""

    start: int
    end: int
    text: str
    entries: tuple[GazEntry, ...]


# The Arabic article GeoNames writes before a name ("Al Qamishli", "Ar Raqqah", "Ash
# Shaddadi"), which the wires leave out; a short name keeps it ("Al Khor" is no "Khor", "Al
# Ahmadi" no "Ahmadi").
_ARTICLES = ("al ", "ad ", "ar ", "as ", "ash ", "az ", "an ", "at ", "ath ", "adh ")


def _key_variants(name: str, key: str) -> list[str]:
    """Keys of one name: as normalised ("d i  khan" for "D.I. Khan": the same length as the
    text it must match), with single spaces, without apostrophes (Sana'a = Sanaa), and a
    name of two joined by "and" also as the two hyphenated ("Sistan-Baluchestan", as the
    wires write Sistan and Baluchestan)."""
    out = [key]
    if key.startswith(_ARTICLES):  # "al qamishli": the wires' "Qamishli" too
        bare = key.split(" ", 1)[1]
        if len(bare) >= 7 and " " not in bare:  # (not "Ahmadi", a faith's name)
            out.append(bare)
    if "  " in key:
        out.append(" ".join(key.split()))
    if " and " in key:
        out.append(" ".join(key.replace(" and ", " ").split()))
    if "'" in name or "’" in name:
        bare = name_key(name.replace("'", "").replace("’", ""))
        if bare and bare not in out:
            out.append(bare)
    return out


def _exact_case(alias: str) -> bool:
    """Acronyms ("NWFP", "J&K", "PoK") match only in exactly this spelling."""
    if alias.isupper():
        return len(alias) > 1
    return len(alias) <= 5 and " " not in alias and any(c.isupper() for c in alias[1:])


def _prior(kind: str, population: int) -> tuple[float, int]:
    """Sort key among entries sharing a name: country, big city, admin1, admin2, town."""
    if kind == "country":
        tier = 5.0
    elif kind == "locality":
        tier = 4.5 if population >= BIG_CITY else 2.0
    else:
        tier = 4.0 if kind == "admin1" else 3.0
    return (-tier, -population)


Row = tuple[str, str, str, str, str, str, str, str, str, str]  # the 10 columns of places.tsv


class Gazetteer:
    """Name index and scanner over the gazetteer entries (see the module docstring).

    Entries are kept as their text rows and turned into :class:`GazEntry` objects on first
    use, which keeps :meth:`load` fast.
    """

    def __init__(self, rows: Sequence[Row], stoplist: Iterable[str] = (),
                 blockers: Iterable[str] = (), source: str = "<rows>") -> None:
        self._rows = rows
        self._source = source
        self._made: list[GazEntry | None] = [None] * len(rows)
        self._stop = {name_key(s) for s in stoplist}
        self._blockers = [k for k in (name_key(b) for b in blockers) if k]
        # key -> codes, one per entry: index << 1 | (1 if the key is the entry's own name,
        # 0 for an alias).  Plain ints keep building ~100k keys cheap.
        index: dict[str, list[int]] = {}
        # (key, entry index) -> the exact spellings an acronym alias must have ("NWFP"); a
        # key that an entry also reaches by a plain name is free of that rule.
        self._forms: dict[tuple[str, int], set[str]] = {}
        free: set[tuple[str, int]] = set()
        self._country_keys: set[str] = set()
        setdefault = index.setdefault
        for i, row in enumerate(rows):
            if not row[9]:  # no aliases: the common case, made fast
                k = normalize(row[1]).strip()
                if "  " not in k and "'" not in row[1] and "’" not in row[1] and \
                        " and " not in k and not k.startswith(_ARTICLES):
                    setdefault(k, []).append(i << 1 | 1)
                    if row[0] == "country":
                        self._country_keys.add(k)
                    continue
            raw = row[1] + "|" + row[9] if row[9] else row[1]
            # One normalize() call per row: it keeps "|" and every length.
            flag = 1
            seen: set[str] = set()
            for n, full in zip(raw.split("|"), normalize(raw).split("|"), strict=True):
                k = full.strip()
                if not k:
                    continue
                form = None
                if n[1:] != n[1:].lower() and _exact_case(n):
                    lead = len(full) - len(full.lstrip())
                    form = n[lead:lead + len(k)]  # "U.S." -> "U.S", like its key "u s"
                for kk in _key_variants(n, k):
                    if kk not in seen:
                        seen.add(kk)
                        setdefault(kk, []).append(i << 1 | flag)
                    if form is None:
                        free.add((kk, i))
                    else:
                        self._forms.setdefault((kk, i), set()).add(form)
                    if row[0] == "country":
                        self._country_keys.add(kk)
                flag = 0
        for pair in free & self._forms.keys():
            del self._forms[pair]

        def prior(code: int) -> tuple[float, int]:
            row = rows[code >> 1]
            pop = int(row[7] or 0)
            if code & 1:
                return _prior(row[0], pop)
            # Reached by an alternate name, a city is no big city ("Bihar" is also Bihar
            # Sharif, "Goa" Mormugao) and counts a tenth ("Islamabad" was Chittagong's name).
            tier = _prior(row[0], min(pop, BIG_CITY - 1) if row[0] == "locality" else pop)[0]
            return (tier, -(pop // 10))

        for codes in index.values():
            if len(codes) > 1:
                codes.sort(key=prior)
        self._index = index
        self._countries = {row[2]: i for i, row in enumerate(rows)
                           if row[0] == "country" and not row[8]}
        self._district_countries = frozenset(row[2] for row in rows if row[0] == "admin2")
        self._capitals: dict[str, int | None] = {}
        self._auto: ahocorasick.Automaton | None = None

    def _automaton(self) -> ahocorasick.Automaton:
        """Built on the first scan (about half the load time; lookups do not need it)."""
        if self._auto is None:
            auto = ahocorasick.Automaton()
            # Keys are framed by spaces: the text's normal form turns every character that
            # may border a name into a space, so the automaton finds whole words only.
            for k in self._index:
                if k not in self._stop or k in self._country_keys:
                    auto.add_word(f" {k} ", (len(k), k))
            for k in self._blockers:
                # Replaces a place of the same name in scan(), not in lookup().
                auto.add_word(f" {k} ", (len(k), ""))
            auto.make_automaton()
            self._auto = auto
        return self._auto

    @classmethod
    def from_entries(cls, entries: Sequence[tuple[GazEntry, Sequence[str]]],
                     stoplist: Iterable[str] = (), blockers: Iterable[str] = ()) -> Gazetteer:
        """A gazetteer of the given (entry, aliases) pairs, e.g. for a custom region."""
        def s(v: object) -> str:
            return "" if v is None else str(v)

        rows: list[Row] = [
            (e.kind, e.name, e.country, s(e.admin1), s(e.admin2), s(e.lat), s(e.lon),
             str(e.population), s(e.former), "|".join(a.replace("|", " ") for a in aliases))
            for e, aliases in entries]
        for i, row in enumerate(rows, start=1):
            _check_row(row, "entry", i)
        return cls(rows, stoplist, blockers)

    def _entry(self, i: int) -> GazEntry:
        made = self._made[i]
        if made is None:
            kind, name, cc, a1, a2, lat, lon, pop, former, _ = self._rows[i]
            try:
                made = GazEntry(name, kind, cc, a1 or None, a2 or None,
                                float(lat) if lat else None, float(lon) if lon else None,
                                int(pop or 0), former or None)
            except ValueError as exc:
                # Row i is line i + 2 of places.tsv (after the header).
                raise DataError(Errors.E015, f"{self._source}:{i + 2}",
                                reason=str(exc)) from exc
            self._made[i] = made
        return made

    def __len__(self) -> int:
        return len(self._rows)

    def entries(self) -> Iterator[GazEntry]:
        """Every entry, in file order."""
        return (self._entry(i) for i in range(len(self._rows)))

    # --- loading -----------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Path | None = None) -> Gazetteer:
        """Read ``places.tsv.gz``, ``stoplist.txt`` and ``blockers.txt`` from ``data_dir``
        (the packaged data by default)."""
        if data_dir is None:
            from eventwatch.resources import DATA_DIR

            data_dir = DATA_DIR / "gazetteer"
        path = Path(data_dir) / "places.tsv.gz"
        try:
            with gzip.open(path, "rb") as fh:
                lines = fh.read().decode("utf-8").splitlines()
        except (OSError, EOFError, UnicodeDecodeError) as exc:  # also gzip.BadGzipFile
            raise DataError(Errors.E001, str(path), reason=str(exc)) from exc
        header = lines[0].split("\t") if lines else []
        if header[:2] != ["kind", "name"] or len(header) != 10:
            raise DataError(Errors.E015, str(path), reason="unexpected header")
        # Tens of thousands of small containers: the cycle collector would run many times
        # over them for nothing (a third of the load time), so it waits until we are done.
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            rows: list[Row] = [tuple(line.split("\t")) for line in lines[1:]]  # type: ignore[misc]
            for lineno, row in enumerate(rows, start=2):
                if len(row) != 10 or row[0] not in KINDS or not row[1] or not row[7].isdigit():
                    _check_row(row, str(path), lineno)  # raises with the reason
            return cls(rows, _read_list(Path(data_dir) / "stoplist.txt"),
                       _read_list(Path(data_dir) / "blockers.txt"), source=str(path))
        finally:
            if gc_was_on:
                gc.enable()

    # --- lookup ------------------------------------------------------------------------
    def lookup(self, name: str) -> tuple[GazEntry, ...]:
        """Entries whose name or alias equals ``name`` (case, diacritics, hyphens ignored);
        a trailing "district", "province" ... is tried off too, and ranks that kind first."""
        hits = self._index.get(name_key(name))
        if hits:
            return tuple(self._entry(c >> 1) for c in hits)
        head, _, last = name_key(name).rpartition(" ")
        for suffix, kind in SUFFIX_KINDS.items():
            if head and last == suffix.lower():
                found = self._index.get(head, ())
                return _prefer(tuple(self._entry(c >> 1) for c in found), kind)
        return ()

    def country_name(self, iso2: str) -> str | None:
        """GeoNames' English short name of the country with ISO code ``iso2``."""
        e = self.country_entry(iso2)
        return e.name if e else None

    def country_of_adjective(self, word: str) -> GazEntry | None:
        """The country a national adjective names ("Somali", "Afghan", "Nigerian"): the one
        whose name shares the longest beginning with it, at least five letters (or the whole
        of a shorter name: "Iraqi", "Malian"); None for a word that is no such adjective."""
        low = word.lower()
        best: tuple[int, GazEntry] | None = None
        for i in self._countries.values():
            entry = self._entry(i)
            name = entry.name.lower()
            common = next((k for k, (a, b) in enumerate(zip(low, name, strict=False))
                           if a != b), min(len(low), len(name)))
            if common >= 4 and common >= min(5, len(name)) and (
                    best is None or common > best[0]):
                best = (common, entry)
        return None if best is None else best[1]

    def capital_of(self, country: GazEntry) -> GazEntry | None:
        """The capital of ``country``: its town at the country's point (the build places a
        country at its capital).  Scans the rows once per country, for "the Somali capital"
        only."""
        if country.country not in self._capitals:
            point = (country.lat, country.lon)
            found = next((i for i, row in enumerate(self._rows)
                          if row[0] == "locality" and row[2] == country.country and
                          (float(row[5] or "nan"), float(row[6] or "nan")) == point), None)
            self._capitals[country.country] = found
        found = self._capitals[country.country]
        return None if found is None else self._entry(found)

    def country_entry(self, iso2: str) -> GazEntry | None:
        i = self._countries.get(iso2.upper())
        return None if i is None else self._entry(i)

    def admin1_entry(self, country: str, admin1: str) -> GazEntry | None:
        """The admin1 unit ``admin1`` (name or alias, e.g. "NWFP") of ``country``."""
        return self._unit(country, admin1, "admin1")

    def admin2_entry(self, country: str, admin2: str) -> GazEntry | None:
        """The district ``admin2`` (name or alias, e.g. "Kurram Agency") of ``country``."""
        return self._unit(country, admin2, "admin2")

    def has_districts(self, country: str) -> bool:
        """Whether the gazetteer lists districts (admin2 units) for ``country`` at all."""
        return country.upper() in self._district_countries

    def _unit(self, country: str, name: str, kind: str) -> GazEntry | None:
        found = [e for e in self.lookup(name) if e.kind == kind and e.country == country.upper()]
        if not found:
            return None
        k = name_key(name)
        exact = [e for e in found if name_key(e.name) == k and e.former is None]
        return exact[0] if exact else found[0]

    # --- disambiguation ----------------------------------------------------------------
    def resolve(self, entries: Sequence[GazEntry], *, countries: Sequence[str] = (),
                admin1s: Sequence[str] = ()) -> GazEntry:
        """The most plausible entry: first one in the most salient of ``countries`` (ISO
        codes, most salient first), then in the most salient of ``admin1s`` (names or
        aliases), then by prior (kind for the name, then population)."""
        if not entries:
            raise EventWatchError(Errors.E017, "Gazetteer.resolve", reason="no candidates")
        cc = [c.upper() for c in countries]
        a1: list[str] = []
        for a in admin1s:
            canon = {e.name for e in self.lookup(a) if e.kind == "admin1"}
            a1.append(next(iter(canon)) if len(canon) == 1 else a)
        a1_keys = [name_key(a) for a in a1]

        def score(e: GazEntry) -> tuple[int, int, tuple[float, int]]:
            c_rank = cc.index(e.country) if e.country in cc else len(cc)
            k = name_key(e.admin1) if e.admin1 else ""
            a_rank = a1_keys.index(k) if k in a1_keys else len(a1_keys)
            return (c_rank, a_rank, _prior(e.kind, e.population))

        return min(entries, key=score)

    # --- scanning ----------------------------------------------------------------------
    def scan(self, text: str) -> list[PlaceMatch]:
        """Every place mention in ``text``, in document order, longest match first."""
        norm = f" {normalize(text)} "
        n = len(text)
        found: list[tuple[int, int, bool, tuple[GazEntry, ...]]] = []
        for end_n, (klen, k) in self._automaton().iter(norm):
            end = end_n - 1  # norm[i + 1] == text[i]; norm[end_n] is the space after the name
            start = end - klen
            surface = text[start:end]
            if not k:  # a blocker phrase
                if surface[:1].isupper():
                    found.append((start, end, False, ()))
                continue
            if in_compound_name(text, start, end):
                continue
            ok, strong_hit = self._accept(text, start, end, surface, k)
            if ok:
                found.append((start, end, strong_hit, ok))
        # Longest first, then leftmost; a chosen span blocks anything overlapping it.
        found.sort(key=lambda f: (-_span_with_unit(text, f[0], f[1], f[3]), f[0]))
        taken = bytearray(n + 1)
        chosen = []
        for start, end, is_strong, ents in found:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, is_strong, ents))
        chosen.sort()
        # Spans of countries, admin1 units and big cities named as such: a neighbour like
        # that does not make a small town look like part of a personal name.
        strong = bytearray(n + 1)
        for start, end, is_strong, _ents in chosen:
            if is_strong:
                strong[start:end] = b"\x01" * (end - start)
        out = []
        for start, end, is_strong, ents in chosen:
            if not ents or (not is_strong and in_person_name(text, start, end, strong)):
                continue
            end, ents = self._extend(text, end, ents, taken)
            out.append(PlaceMatch(start, end, text[start:end], ents))
        return out

    def _accept(self, text: str, start: int, end: int, surface: str,
                k: str) -> tuple[tuple[GazEntry, ...], bool]:
        """Entries whose spelling rules the text satisfies (proper noun, exact acronyms), and
        whether one is "strong": a country, or an admin1 unit or big city by its own name
        (GeoNames' alternate names include many personal names: "Lone", "Dara")."""
        first = surface[:1]
        proper = first.isupper() or article_start(surface)
        if proper and ((len(surface) <= 4 and any(c.isupper() for c in surface[1:])) or (
                surface.isupper() and all(len(w) <= 4 for w in surface.split()))):
            # "SWAT team", "SoO", "JuA": short words with inner capitals are acronyms, unless
            # the neighbours are capitals too (a headline: "BLAST IN GAZA"); so are short
            # capitals in a row ("Assam Rifles AR AR Field", an acronym written twice, is no
            # 'Ar'ar in Saudi Arabia)
            proper = surface.isupper() and caps_context(text, start, end)
        out = []
        strong = False
        forms = self._forms
        for code in self._index[k]:
            i = code >> 1
            exact = forms.get((k, i)) if forms else None
            if (surface in exact) if exact is not None else proper:
                e = self._entry(i)
                out.append(e)
                strong = strong or e.kind == "country" or (
                    code & 1 == 1 and (e.kind == "admin1" or e.population >= BIG_CITY))
        return tuple(out), strong

    @staticmethod
    def _extend(text: str, end: int, ents: tuple[GazEntry, ...],
                taken: bytearray) -> tuple[int, tuple[GazEntry, ...]]:
        """Take in a following "District", "Agency", "province" ... and prefer its kind."""
        if end >= len(text) or text[end] != " ":
            return end, ents
        word_end = end + 1
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        kind = SUFFIX_KINDS.get(text[end + 1:word_end])
        if kind is None or any(taken[end:word_end]):
            return end, ents
        return word_end, _prefer(ents, kind)


_UNIT_WORD_AFTER = re.compile(r" (?:Region|Province|State|Governorate)\b")


def _span_with_unit(text: str, start: int, end: int, entries: tuple[GazEntry, ...]) -> int:
    """The length of a match, with its unit's word where an admin1 name is followed by one:
    "the Upper East Region" is Ghana's Upper East, not Burkina Faso's Est ("East Region")
    that overlaps it."""
    unit = _UNIT_WORD_AFTER.match(text, end) if any(e.kind == "admin1" for e in entries) \
        else None
    return (unit.end() if unit else end) - start


def _prefer(ents: tuple[GazEntry, ...], kind: str) -> tuple[GazEntry, ...]:
    """The entries of the kind a unit word names first; a province or a state named so is
    only that ("Katsina state" is the state, not its capital city), where there is one."""
    preferred = tuple(e for e in ents if e.kind == kind)
    if kind == "admin1" and preferred:
        return preferred
    return preferred + tuple(e for e in ents if e.kind != kind)


def _check_row(row: Sequence[str], source: str, lineno: int) -> None:
    """Raise :class:`DataError` naming the row if its shape is wrong."""
    if len(row) != 10:
        raise DataError(Errors.E015, f"{source}:{lineno}", reason=f"{len(row)} columns, not 10")
    if row[0] not in KINDS or not row[1] or len(row[2]) != 2 or not row[7].isdigit():
        raise DataError(Errors.E015, f"{source}:{lineno}",
                        reason="bad kind, name, country or population")


def _read_list(path: Path) -> list[str]:
    """One phrase a line; ``#`` starts a comment; a missing file is an empty list."""
    if not path.is_file():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(Errors.E001, str(path), reason=str(exc)) from exc
    return [s for s in (ln.split("#", 1)[0].strip() for ln in lines) if s]
