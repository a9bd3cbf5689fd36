"""The actor base: named organisations (militant groups, state forces) and how text names them.

Reads the entries of the shipped base ``data/actors/actors.json`` and of the analyst's file,
if there is one, through :mod:`eventwatch.resources.actor_file` (which also holds the
:class:`Actor` record and the only writer, :func:`upsert_user_entry`; they are re-exported
here): the analyst's entries replace shipped ones of the same canonical name or add new ones.
Writes nothing.

:meth:`ActorBase.scan` runs two Aho-Corasick automata over a normalised copy of the text
(dashes, underscores and brackets read as spaces, quotes as ``'``, space runs as one space;
offsets map back to the original): one case-folded for names and aliases, one case-sensitive
for acronyms and for aliases written in capitals or listed under ``case_sensitive``.
Ambiguous acronyms count only in an organisation context (see
:class:`~eventwatch.resources.actor_file.AcronymRule`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import ahocorasick

from eventwatch.errors import DataError, Errors
from eventwatch.resources.actor_file import (
    ENV_ACTORS_FILE,
    KINDS,
    SHIPPED_PATH,
    AcronymRule,
    Actor,
    ActorFileEntry,
    default_user_path,
    parse_entry,
    read_actor_file,
    resolve_user_path,
    upsert_user_entry,
)

# The data-file names stay importable from here, where callers have always found them.
__all__ = [
    "ENV_ACTORS_FILE",
    "KINDS",
    "RELATION_KINDS",
    "SHIPPED_PATH",
    "Actor",
    "ActorBase",
    "ActorMatch",
    "candidate_spans",
    "default_user_path",
    "normalise_name",
    "parse_entry",
    "read_actor_file",
    "resolve_user_path",
    "upsert_user_entry",
]

RELATION_KINDS = ("branch_of", "splinter_of", "merged_into")


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """A mention of ``actor`` at ``text[start:end]`` of the scanned text."""

    start: int
    end: int
    text: str
    actor: Actor


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ENGLISH_WORDS = _wordset("A AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP "
                          "US WE AM ALL AND ANY ARE BUT CAN FOR HAS HAD ITS MAY NOT NOW ONE "
                          "OUT THE WAS WHO")
_ORG_PREPOSITIONS = _wordset("of by from against pro anti with and or between join joined "
                             "joining joins")
_STRONG_PREPOSITIONS = _wordset("the of by from against pro anti with to")
_ORG_NOUNS = _wordset("""
    militant militants fighter fighters cadre cadres commander commanders chief chiefs leader
    leaders leadership member members operative operatives terrorist terrorists jihadist
    jihadists insurgent insurgents rebel rebels recruit recruits recruiter recruiters supporter
    supporters sympathiser sympathisers sympathizer sympathizers loyalist loyalists affiliate
    affiliates affiliated linked inspired backed related module modules cell cells network
    group outfit faction wing unit units camp camps hideout hideouts spokesman spokesperson
    claimed claims claim personnel troops soldiers soldier jawans men official officials
    officer officers convoy vehicle vehicles post posts checkpost patrol team propaganda
    ideology attack attacks bombing bombings threat presence flag flags stronghold strongholds
    territory activists activist squad armed militia militiamen elements""")

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_"
_QUOTES = "\"`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2032\u2033\u02b9\u02bc"
_SPACES = ("\t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
           "\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000")
# Two regex substitutions: several times faster than str.translate with non-ASCII keys.
_TO_SPACE = re.compile("[" + re.escape(_DASHES + _SPACES + "()[]{}") + "]")
_TO_QUOTE = re.compile("[" + re.escape(_QUOTES) + "]")
_SPACE_RUN = re.compile(r" {2,}")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=[\w ])")
_INNER_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
_PREV_WORD = re.compile(r"([A-Za-z]+) $")
_NEXT_WORD = re.compile(r"(?:'s?)? ([A-Za-z]+)")


def _map_chars(text: str) -> str:
    """Dashes, underscores, brackets and odd spaces to " ", quotes to "'" (same length)."""
    return _TO_QUOTE.sub("'", _TO_SPACE.sub(" ", text))


def normalise_name(name: str) -> str:
    """The form names are compared in: the scan's character map, spaces collapsed, trimmed."""
    return _SPACE_RUN.sub(" ", _map_chars(name)).strip()


class _Normalised:
    """``text`` with the character map applied and space runs collapsed (``cased``), its
    lower-case form of the same length (``folded``), and the way back to original offsets."""

    __slots__ = ("_norm_starts", "_orig_starts", "cased", "folded")

    def __init__(self, text: str) -> None:
        mapped = _map_chars(text)
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []
        if "  " in mapped:
            pieces: list[str] = []
            pos = npos = 0
            for m in _SPACE_RUN.finditer(mapped):
                keep = mapped[pos:m.start() + 1]  # up to and including one space of the run
                pieces.append(keep)
                self._norm_starts.append(npos)
                self._orig_starts.append(pos)
                npos += len(keep)
                pos = m.end()
            pieces.append(mapped[pos:])
            self._norm_starts.append(npos)
            self._orig_starts.append(pos)
            mapped = "".join(pieces)
        self.cased = mapped
        folded = mapped.lower()
        if len(folded) != len(mapped):  # e.g. U+0130 lower-cases to two characters
            folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in mapped)
        self.folded = folded

    def original(self, index: int) -> int:
        if not self._norm_starts:
            return index
        k = bisect.bisect_right(self._norm_starts, index) - 1
        return self._orig_starts[k] + index - self._norm_starts[k]


def _variants(name: str) -> list[str]:
    """The name normalised, then spellings without inner apostrophes ("Jama'at" -> "Jamaat",
    "People s") and without hyphens ("TehreekeTaliban"), as in texts whose punctuation was
    stripped.  The first is the name as given."""
    forms = [name]
    if _INNER_HYPHEN.search(name):
        forms.append(_INNER_HYPHEN.sub("", name))
    out: list[str] = []
    for form in forms:
        norm = normalise_name(form)
        for variant in (norm, _INNER_APOSTROPHE.sub("", norm), _INNER_APOSTROPHE.sub(" ", norm)):
            if variant and variant not in out:
                out.append(variant)
    return out


def _rule_for(acronym: str, rules: Mapping[str, str]) -> AcronymRule:
    if acronym in rules:
        return AcronymRule(rules[acronym])
    if acronym.upper() in _ENGLISH_WORDS:
        return AcronymRule.WORD
    return AcronymRule.CONTEXT if sum(c.isalpha() for c in acronym) <= 2 else AcronymRule.FREE


@dataclass(frozen=True, slots=True)
class _Pattern:
    length: int
    actor: int  # index into ActorBase._actors
    rule: AcronymRule
    left: bool  # the pattern starts / ends with a letter or digit: check the word boundary
    right: bool


class ActorBase:
    """The loaded actor base: look-up by any name, families and relations, :meth:`scan`."""

    def __init__(self, entries: Iterable[ActorFileEntry], not_actors: Iterable[str] = (),
                 source: str = "actor base") -> None:
        self._entries = list(entries)
        self._actors = [e.actor for e in self._entries]
        self._by_name = {a.name: i for i, a in enumerate(self._actors)}
        # (a later entry, the analyst's, wins)
        self._forces_of = {a.forces_of: a for a in self._actors if a.forces_of}
        self._troops_of = {a.forces_of: a for a in self._actors if a.forces_of and a.troops}
        self._air_force_of = {a.air_force_of: a for a in self._actors if a.air_force_of}
        self._not_actors = tuple(normalise_name(n).lower() for n in not_actors)
        self._check_references(source)
        self._folded: dict[str, int] = {}
        self._cased: dict[str, int] = {}
        self._loose: dict[str, int] = {}  # case-sensitive aliases, lower-cased, for get()
        self._fold_auto = ahocorasick.Automaton()
        self._case_auto = ahocorasick.Automaton()
        self._index(source)

    @classmethod
    def load(cls, path: Path | None = None, user_path: Path | None = None) -> ActorBase:
        """The shipped base (or ``path``) overlaid with the analyst's file, if any.

        A user entry replaces the shipped entry of the same canonical name, and its names win
        where they collide with another actor's.  A user file that is named (argument or
        ``$EVENTWATCH_ACTORS_FILE``) but missing is an error (E001).
        """
        shipped = Path(path) if path is not None else SHIPPED_PATH
        entries, not_actors = read_actor_file(shipped)
        user = resolve_user_path(user_path)
        source = str(shipped)
        if user is not None:
            user_entries, user_not = read_actor_file(user)
            for e in user_entries:
                e.user = True
            replaced = {e.actor.name: e for e in user_entries}
            entries = [replaced.pop(e.actor.name, e) for e in entries] + list(replaced.values())
            not_actors += user_not
            source = f"{shipped} + {user}"
        return cls(entries, not_actors, source)

    def _check_references(self, source: str) -> None:
        for actor in self._actors:
            for kind, target in zip(RELATION_KINDS, (actor.parent, actor.splinter_of,
                                                     actor.merged_into), strict=True):
                if target is not None and target not in self._by_name:
                    raise DataError(Errors.E015, source, reason=f"{actor.name}: {kind} "
                                    f"{target!r} is not a canonical name in the actor base")
            seen = {actor.name}
            parent = actor.parent
            while parent is not None:
                if parent in seen:
                    raise DataError(Errors.E015, source,
                                    reason=f"{actor.name}: branch_of forms a cycle")
                seen.add(parent)
                parent = self._actors[self._by_name[parent]].parent

    def _index(self, source: str) -> None:
        """Build the look-up tables and automata.  The analyst's entries come last and win a
        collision with a shipped name; two entries of one file giving the same name is an
        error; a generated variant (no apostrophe, no hyphens) yields to a given name."""
        owner: dict[tuple[bool, str], tuple[int, bool]] = {}  # key -> (actor, given name)
        patterns: dict[tuple[bool, str], _Pattern] = {}
        for idx in sorted(range(len(self._entries)), key=lambda i: self._entries[i].user):
            entry = self._entries[idx]
            actor = entry.actor
            names = [(n, False) for n in (actor.name, *actor.aliases)]
            names += [(a, True) for a in actor.acronyms]
            for name, is_acronym in names:
                cased = is_acronym or name in entry.case_sensitive or name.isupper()
                rule = _rule_for(name, entry.rules) if is_acronym else AcronymRule.FREE
                for n, variant in enumerate(_variants(name)):
                    key = variant if cased else variant.lower()
                    prior = owner.get((cased, key))
                    if prior is not None and prior[0] != idx:
                        if n == 0 and prior[1] and self._entries[prior[0]].user == entry.user:
                            raise DataError(Errors.E015, source, reason=(
                                f"{name!r} names both {self._actors[prior[0]].name} and "
                                f"{actor.name}"))
                        if prior[1] and n > 0:
                            continue
                    if cased and not is_acronym:
                        self._loose[key.lower()] = idx
                    owner[(cased, key)] = (idx, n == 0)
                    patterns[(cased, key)] = _Pattern(len(key), idx, rule, key[0].isalnum(),
                                                      key[-1].isalnum())
        for (cased, key), pattern in patterns.items():
            (self._cased if cased else self._folded)[key] = pattern.actor
            (self._case_auto if cased else self._fold_auto).add_word(key, pattern)
        for auto in (self._fold_auto, self._case_auto):
            if len(auto):
                auto.make_automaton()

    # -- look-up -------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors)

    def __len__(self) -> int:
        return len(self._actors)

    def entries(self) -> list[Actor]:
        """Every actor in data order (as iterating the base gives them)."""
        return list(self._actors)

    def entry(self, name: str) -> dict[str, Any] | None:
        """The data-file entry, matching options included, of the actor ``name`` names."""
        actor = self.get(name)
        return None if actor is None else self._entries[self._by_name[actor.name]].to_dict()

    def armed_forces_of(self, country: str) -> Actor | None:
        """The state actor that is the armed forces of ``country`` (ISO alpha-2) as a whole
        (``forces_of`` in the data), if the base has one."""
        return self._forces_of.get(country)

    def troops_of(self, country: str) -> Actor | None:
        """The armed forces of ``country`` where its reports name them by "troops" or
        "soldiers" alone (``troops`` in the data), if the base says so."""
        return self._troops_of.get(country)

    def air_force_of(self, country: str) -> Actor | None:
        """The air force of ``country`` (``air_force_of`` in the data), if the base has one."""
        return self._air_force_of.get(country)

    def get(self, name: str) -> Actor | None:
        """The actor with this canonical name, alias or acronym.  Acronyms must match in
        case ("IS", not "is"); names and aliases need not ("levies" finds "Levies")."""
        if name in self._by_name:
            return self._actors[self._by_name[name]]
        norm = normalise_name(name)
        idx = self._cased.get(norm)
        if idx is None:
            idx = self._folded.get(norm.lower(), self._loose.get(norm.lower()))
        return None if idx is None else self._actors[idx]

    def branch_in(self, parent: str, where: str) -> Actor | None:
        """The branch of ``parent`` whose name or an alias holds the word ``where`` ("Islamic
        State" and "Yemen": Islamic State Yemen Province), if the base has one."""
        word = where.lower()
        for actor in self._actors:
            if actor.parent == parent and any(
                    word in name.lower().split() for name in (actor.name, *actor.aliases)):
                return actor
        return None

    def family(self, name: str) -> str:
        """The root ancestor through ``branch_of`` ("Islamic State Khorasan Province" ->
        "Islamic State"); a name not in the base is returned as given."""
        actor = self.get(name)
        if actor is None:
            return name
        while actor.parent is not None:
            actor = self._actors[self._by_name[actor.parent]]
        return actor.name

    def relations(self) -> list[tuple[str, str, str]]:
        """(a, kind, b) for every branch_of / splinter_of / merged_into in the data."""
        out = []
        for actor in self._actors:
            for kind, target in zip(RELATION_KINDS, (actor.parent, actor.splinter_of,
                                                     actor.merged_into), strict=True):
                if target is not None:
                    out.append((actor.name, kind, target))
        return out

    # -- scanning ------------------------------------------------------------------------------

    def scan(self, text: str) -> list[ActorMatch]:
        """Every actor mention in ``text`` in document order: whole words, the longest match
        wins, no overlaps, ambiguous acronyms only in context."""
        norm = _Normalised(text)
        candidates: list[tuple[int, int, _Pattern]] = []
        for auto, haystack in ((self._fold_auto, norm.folded), (self._case_auto, norm.cased)):
            if not len(auto):
                continue
            size = len(haystack)
            for last, pattern in auto.iter(haystack):
                start = last - pattern.length + 1
                if pattern.left and start > 0 and haystack[start - 1].isalnum():
                    continue
                if pattern.right and last + 1 < size and haystack[last + 1].isalnum():
                    continue
                candidates.append((start, last + 1, pattern))
        out: list[ActorMatch] = []
        named: set[int] = set()
        for start, end, pattern in _longest_non_overlapping(candidates):
            if pattern.rule is not AcronymRule.FREE and not _rule_allows(
                    pattern.rule, norm.cased, start, end, pattern.actor in named):
                continue
            named.add(pattern.actor)
            o_start, o_end = norm.original(start), norm.original(end - 1) + 1
            span = text[o_start:o_end]
            if span.count("(") > span.count(")") and text[o_end:o_end + 1] == ")":
                o_end += 1  # "NSCN (IM)": the pattern's closing bracket was read as a space
                span = text[o_start:o_end]
            out.append(ActorMatch(o_start, o_end, span, self._actors[pattern.actor]))
        return _defined_acronyms(text, out, self.family)

    def find_unresolved(self, text: str) -> list[tuple[int, int, str]]:
        """Capitalised multiword names that look like organisations but are not in the base,
        as (start, end, text).  See :func:`candidate_spans` for what looks like a name; names
        of known actors, factions of known actors ("Khaplang faction of NSCN", "a Taliban
        faction") and names under ``not_actors`` (political parties...) are left out."""
        known = [(m.start, m.end) for m in self.scan(text)]

        def covered(span: tuple[int, int]) -> bool:
            return any(ks <= span[0] and span[1] <= ke for ks, ke in known)

        out = []
        for start, end, words, heads in candidate_spans(text):
            if heads and all(covered(h) for h in heads):
                continue
            if not heads:
                after = _OF_THE.match(text, end)
                if any(covered(w) for w in words) or (
                        after and any(ks == after.end() for ks, _ in known)):
                    continue
            key = normalise_name(text[start:end]).lower()
            if not any(n in key for n in self._not_actors):
                out.append((start, end, text[start:end]))
        return out


def _defined_acronyms(text: str, matches: list[ActorMatch],
                      family: Callable[[str], str]) -> list[ActorMatch]:
    """An acronym the text defines for another actor's name, bracketed right after it, is that
    actor's wherever the text uses it: "Kuki-Chin National Front (KNF)" makes every "KNF" of
    the story the Kuki-Chin National Front, not the Kuki National Front the base knows by it
    (a faction's acronym after its parent's name stays the faction's: "National Democratic
    Front of Bodoland (NDFB IKS)"; see :func:`_kin`)."""
    defined: dict[str, Actor] = {}
    for prev, m in pairwise(matches):
        if m.actor is not prev.actor and m.text.isupper() and \
                not _kin(m.actor, prev.actor, family) and \
                _DEFINED_BRACKET.fullmatch(text, prev.end, m.start) and \
                text.startswith(")", m.end):
            defined[m.text] = prev.actor
    if not defined:
        return matches
    return [ActorMatch(m.start, m.end, m.text, defined[m.text]) if m.text in defined and
            m.actor is not defined[m.text] else m for m in matches]


_DEFINED_BRACKET = re.compile(r"\s*\(\s*")


def _kin(a: Actor, b: Actor, family: Callable[[str], str]) -> bool:
    """One family, a splinter of the other, or a faction named after it."""
    return family(a.name) == family(b.name) or a.splinter_of == b.name or \
        b.splinter_of == a.name or a.name.startswith(b.name) or b.name.startswith(a.name)


def _longest_non_overlapping(candidates: list[tuple[int, int, _Pattern]],
                             ) -> list[tuple[int, int, _Pattern]]:
    """Greedy longest-first selection, returned in document order."""
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2].actor))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[int, int, _Pattern]] = []
    for cand in candidates:
        start, end, _ = cand
        k = bisect.bisect_right(starts, start)
        if (k and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
            continue
        starts.insert(k, start)
        ends.insert(k, end)
        kept.insert(k, cand)
    return kept


def _rule_allows(rule: AcronymRule, text: str, start: int, end: int, named_before: bool) -> bool:
    """Whether an ambiguous acronym at ``text[start:end]`` (normalised text) is a name."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    prev = m.group(1) if m else None
    n = _NEXT_WORD.match(text, end)
    nxt = n.group(1) if n else None
    noun_follows = nxt is not None and nxt.lower() in _ORG_NOUNS
    if rule is AcronymRule.WORD:
        if not ((prev and prev.isupper()) or (nxt and nxt.isupper())):
            return True  # not a headline: the verb would be written "is"
        return noun_follows or (prev is not None and prev.lower() in _STRONG_PREPOSITIONS)
    if named_before:
        return True
    if rule is AcronymRule.AFTER_NAME:
        return False
    return noun_follows or (prev is not None and prev.lower() in _ORG_PREPOSITIONS)


# -- organisation-like names not in the base (find_unresolved) ---------------------------------

# Words that open a South Asian / Arabic organisation name ("Lashkar-e-...", "Hizbul ...").
_FIRST_HEAD = re.compile(
    r"(?:lashkar|laskhar|jaish|jaysh|tehreek|tehrik|tahreek|tahrik|harkat|harakat|jamaat|jamat|"
    r"jama['’]at|jamiat|ansar|hizb|hezb|sipah|jund|jabhat|katibat|kata['’]?ib|liwa|saraya|"
    r"tanzeem|tanzim|fidayeen|mahaz|ittehad|ittihad|wilayat|wilayah)(?:ul|ut|us|ud|ur|allah|"
    r"ullah|al)?", re.IGNORECASE)
# Words that make an English-style name when they follow a capitalised word ("Kuki
# Revolutionary Army" is a name, "Army Public School" and "Chief of the Army" are not).
_LATER_HEADS = _wordset("""Front Army Brigade Brigades Movement Faction Mujahideen Mujahidin
    Mujahedeen Taliban Tigers Guards Militia Sangar Squad Lashkar Jundallah Jundullah Fidayeen
    Battalion Battalions Liberation""")
_LEADING = _wordset("""The A An No Pro Anti Non Vice Former Banned Outlawed Breakaway Two
    Three Four Five Six Seven Eight Nine Ten Several Some Suspected Senior Local Though When
    While After Before Meanwhile However Also Earlier Later Since Both Even Then""")
_CONNECTORS = "e|i|ul|ud|us|ut|ur|un|al|as|ash|ad|an|el|wal|wa|fi|bil|bin|ibn"
_CONNECTOR_WORD = re.compile(rf"(?i:{_CONNECTORS}|of|the|de|li)")
_ARABIC_CONNECTOR = re.compile(rf"(?i:{_CONNECTORS})")
_CAP = rf"(?:(?:{_CONNECTORS})-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
_NAME_SPAN = re.compile(
    rf"(?<![\w'’-]){_CAP}(?:[^\S\n]+(?:(?:{_CONNECTORS}|of|the|de|li)[^\S\n]+)*{_CAP})*"
    r"(?:[^\S\n]+(?P<noun>faction|group|outfit|militia)\b)?")
_WORD = re.compile(r"\S+?(?=['’]*(?:\s|$))")  # a word without a trailing quote ("TTP’")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _first_head(word: str) -> bool:
    return _FIRST_HEAD.fullmatch(word.split("-", 1)[0]) is not None


Span = tuple[int, int]


def candidate_spans(text: str) -> Iterator[tuple[int, int, list[Span], list[Span]]]:
    """Spans that look like organisation names: (start, end, capitalised words, head words),
    words as (start, end); no head words means "<Name> faction/group/outfit/militia".

    A name opens at a first-place head and holds an Arabic/Urdu connector ("Lashkar-e-Mustafa",
    "Hizb ut Tawhid"); or has an English head after a capitalised word and ends there, with
    one "of X" tail ("National Liberation Front of Tripura"); or is two capitalised words
    before "faction"/"group".  A leading "The", "Two", "Banned"... is dropped.
    """
    for m in _NAME_SPAN.finditer(text):
        words = [(m.start() + w.start(), m.start() + w.end(), w.group())
                 for w in _WORD.finditer(m.group())]
        noun = m.group("noun") is not None
        if noun:
            words = words[:-1]
        first = next((i for i, w in enumerate(words) if _first_head(w[2])), None)
        if first is not None:
            words = words[first:]
        while words and words[0][2] in _LEADING:
            words = words[1:]
        caps = [w for w in words if not _CONNECTOR_WORD.fullmatch(w[2])]
        if not caps:
            continue
        spans = [(s, e) for s, e, _ in caps]
        if first is not None:
            if "-" in caps[0][2] or any(_ARABIC_CONNECTOR.fullmatch(w[2]) for w in words):
                yield caps[0][0], m.end() if noun else caps[-1][1], spans, [spans[0]]
            continue  # "Ansar Ali" is a person, "Ittehad Town" a place
        heads = [i for i, w in enumerate(words) if i > 0 and w[2] in _LATER_HEADS
                 and not _CONNECTOR_WORD.fullmatch(words[i - 1][2])]
        if heads:
            last = heads[-1]
            tail = _OF_THE.match(text, words[last][1])
            if tail:
                last = next((j for j in range(last + 1, len(words))
                             if words[j][0] == tail.end()), last)
            end = words[last][1]
            yield (caps[0][0], end, [w for w in spans if w[1] <= end],
                   [(words[i][0], words[i][1]) for i in heads])
        elif noun and len(caps) >= 2:
            yield caps[0][0], m.end(), spans, []
