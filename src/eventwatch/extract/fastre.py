"""Faster scanning with Python's ``re``: guards that reject most positions and most texts.

``re`` tries a pattern at every position of the text.  A pattern that starts with ``\\b`` and
an alternation of two hundred words pays for every alternative at every position.  Two guards,
both computed from the parsed pattern by :func:`guarded`, so they follow every edit of it:

* a look-ahead for the set of characters any match can begin with, prepended to the pattern:
  most positions are rejected by one set test (measured: a month-name pattern scans 2.3
  times faster);
* the words a match must contain (:func:`required_words`): every match of ``\\b(?:in\\s+the\\s+
  past|previously|...)\\b`` contains "past", "previously", ...  A search first tests those
  with ``str.__contains__`` (fast substring search in C) and runs the regex only where one is
  present, so a sentence without any of them costs microseconds instead of a full scan.
  An article's lower-cased copy is looked at once for every pattern's words
  (:class:`_Vocabulary`): a pattern none of whose words the article holds skips even that.

And one change of engine mode: ``re`` compiles a case-insensitive pattern to opcodes that
fold every character they test, and without the literal-prefix and first-character tables
it builds for case-sensitive ones.  :func:`lowered` rewrites an ``re.IGNORECASE`` pattern
built from ASCII into a case-sensitive one that matches the lower-cased text exactly where
the original matches the text (measured: scans about twice as fast).  ``search`` and
``finditer`` scan the lower-cased copy, then re-run the original pattern anchored at each
match start, so callers get real ``re.Match`` objects on their own text.  A pattern with a
case-sensitive part (``(?-i:[A-Z])``) gets a widened copy, which matches wherever the
pattern does and maybe elsewhere: each place it finds is tested with the pattern.

The lower-cased copies and other case-sensitive patterns are compiled in the shapes ``re``
runs fastest (:mod:`eventwatch.extract.fastre_compile`).

The matches are exactly the same: the guards only skip work whose result is "no match".
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from eventwatch.extract.fastre_compile import SIMPLE_FOLD, compile_scanner, first_chars, lowered

__all__ = ["SIMPLE_FOLD", "lowered"]  # (from fastre_compile, where they live now)


# --- required words -----------------------------------------------------------------------
# A requirement is a set of words, each (text, folded): every match contains at least one of
# them, exactly (folded False) or, under re.IGNORECASE, in its lower-cased form (folded True).
Word = tuple[str, bool]

# Under re.IGNORECASE (Unicode) these non-ASCII characters match ASCII letters (İ and ı
# match "i", ſ "s", the Kelvin sign "k") although ``str.lower`` does not turn them into
# those letters: a text holding one is always scanned (``test_fastre`` checks the list
# against every code point).
FOLD_SPECIAL = "\u0130\u0131\u017f\u212a"


def _required_seq(items: list[tuple[object, object]], flags: int) -> set[Word] | None:
    """The best requirement among the literal runs and the parts of a sequence."""
    c = sre_constants
    candidates: list[set[Word]] = []
    folded = bool(flags & re.I)
    run: list[str] = []

    def close() -> None:
        if run:
            candidates.append({("".join(run), folded)})
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            ch = chr(av)  # type: ignore[arg-type]
            if folded and not ch.isascii() and (ch.lower() != ch or ch.upper() != ch):
                close()  # a cased non-ASCII letter may fold in ways str.lower does not
                continue
            run.append(ch.lower() if folded else ch)
            continue
        close()
        found = _required_one(op, av, flags)
        if found:
            candidates.append(found)
    close()
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(len(w) for w, _ in words), -len(words)))


def _required_one(op: object, av: object, flags: int) -> set[Word] | None:
    c = sre_constants
    if op is c.SUBPATTERN:
        add: int = av[1]  # type: ignore[index]
        remove: int = av[2]  # type: ignore[index]
        return _required_seq(list(av[3]), (flags | add) & ~remove)  # type: ignore[index]
    if op is getattr(c, "ATOMIC_GROUP", object()):
        return _required_seq(list(av), flags)  # type: ignore[call-overload]
    if op is c.BRANCH:
        out: set[Word] = set()
        for branch in av[1]:  # type: ignore[index]
            words = _required_seq(list(branch), flags)
            if words is None:
                return None
            out |= words
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", object())):
        if av[0] < 1:  # type: ignore[index]
            return None
        return _required_seq(list(av[2]), flags)  # type: ignore[index]
    return None  # classes, categories, assertions, back-references: no word


def required_words(pattern: str, flags: int = 0) -> set[Word] | None:
    """Words one of which every match of ``pattern`` contains, or None if none is known.

    A word that contains another word of the set is dropped (the shorter one is present
    whenever the longer one is)."""
    return _words_of(sre_parse.parse(pattern, flags), flags)


def _words_of(parsed: Any, flags: int) -> set[Word] | None:
    flags |= parsed.state.flags
    if flags & re.LOCALE:
        return None
    words = _required_seq(list(parsed), flags)
    if not words:
        return None
    return {(w, f) for w, f in words
            if not any(o != w and o in w and of == f for o, of in words)}


def reach(parsed: Any) -> int:
    """How many characters before a match's start it can read: the widths of all its
    look-behinds (nested ones add up at most) and one for ``\\b`` / ``^``."""
    c = sre_constants
    total = 1
    stack = [parsed]
    while stack:
        for op, av in stack.pop():
            if op is c.ASSERT or op is c.ASSERT_NOT:
                if av[0] < 0:
                    total += av[1].getwidth()[1]
                stack.append(av[1])
            elif op is c.SUBPATTERN:
                stack.append(av[3])
            elif op is c.BRANCH:
                stack.extend(av[1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                stack.append(av[2])
            elif op is getattr(c, "ATOMIC_GROUP", None):
                stack.append(av)
            elif op is c.GROUPREF_EXISTS:
                stack.extend(p for p in av[1:] if p is not None)
    return total


def _foldable(string: str, low: str) -> bool:
    """Whether ``low`` (``string.lower()``) lines up with ``string`` character for character
    and folds like ``re.IGNORECASE`` does."""
    return len(low) == len(string) and not (
        "\u0130" in string or "\u0131" in string or "\u017f" in string or
        "\u212a" in string)  # FOLD_SPECIAL


def contains_any(text: str, words: Iterable[str]) -> bool:
    """Whether any of ``words`` is in ``text``: the plain loop, which runs at twice the speed
    of ``any(genexpr)`` on the few words the pre-tests use."""
    for word in words:  # noqa: SIM110 (the generator is what this avoids)
        if word in text:
            return True
    return False


class WordFinder:
    """The words of a fixed list that occur in a text, found in one pass (an Aho-Corasick
    automaton).  For callers that test many word lists against one long text: the date
    kinds' and trigger classes' pre-tests test two dozen lists against a whole article,
    where one ``in`` test per word per list took 4% of the extraction (sampled, stop 33)."""

    __slots__ = ("_auto", "_empty")

    def __init__(self, words: Iterable[str]) -> None:
        auto = ahocorasick.Automaton()
        for word in set(words):
            auto.add_word(word, word)
        self._empty = len(auto) == 0
        if not self._empty:
            auto.make_automaton()
        self._auto = auto

    def found(self, text: str) -> set[str]:
        """The words that occur in ``text``, overlapping ones too (as given: callers that
        test a lower-cased text pass one)."""
        if self._empty:
            return set()
        return {word for _, word in self._auto.iter(text)}


class _Vocabulary:
    """The folded required words of every guarded pattern, in one automaton: one pass over
    an article's lower-cased copy tells which of them it holds at all, and a pattern none of
    whose words is there skips its window and its word tests (about half of all searches
    on the SATP texts: most rules' words are in few stories)."""

    __slots__ = ("_auto", "words")

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._auto: ahocorasick.Automaton | None = None

    def add(self, words: Iterable[str]) -> None:
        """Take in a new pattern's words (the next lowered text is looked at with them)."""
        global _LAST_LOWERED
        new = set(words) - self.words
        if new:
            self.words |= new
            self._auto = None
            _LAST_LOWERED = ("", "", _NONE_FOUND)  # (its words were looked for without them)

    def present(self, low: str) -> _WordsFound:
        """The words that occur in ``low`` (a lower-cased text), and where."""
        auto = self._auto
        if auto is None:
            auto = self._auto = ahocorasick.Automaton()
            for word in self.words:
                auto.add_word(word, word)
            auto.make_automaton()
        return _WordsFound(list(auto.iter(low))) if self.words else _NONE_FOUND


class _WordsFound:
    """The vocabulary's words in one lower-cased text, each occurrence with its last
    character's index (in text order), and the words inside each window asked for: a
    sentence's window is asked for by every pattern that scans it, so it is worked out once
    and each pattern's test is one set operation instead of an ``in`` test per word."""

    __slots__ = ("_ends", "_hits", "_windows", "words")

    def __init__(self, hits: list[tuple[int, str]]) -> None:
        self._hits = hits
        self._ends = [end for end, _ in hits]
        self.words = frozenset(word for _, word in hits)
        self._windows: dict[tuple[int, int], frozenset[str]] = {}

    def within(self, pos: int, endpos: int) -> frozenset[str]:
        """The words that lie wholly in ``[pos, endpos)``."""
        got = self._windows.get((pos, endpos))
        if got is None:
            hits = self._hits[bisect_left(self._ends, pos):bisect_left(self._ends, endpos)]
            got = frozenset([word for end, word in hits if end - len(word) + 1 >= pos])
            self._windows[pos, endpos] = got
        return got


_NONE_FOUND = _WordsFound([])
_VOCABULARY = _Vocabulary()

# The text last lower-cased whole, its copy and the required words the copy holds: one
# article's sentences are scanned one after another, each call cutting its window from the
# copy.  One entry, replaced at once (a tuple), so threads that share it can only miss,
# never read a wrong copy.
_LAST_LOWERED: tuple[str, str | None, _WordsFound] = ("", "", _NONE_FOUND)


def _lowered(string: str) -> str | None:
    """``string.lower()``, cached for the last string; None where a window of it could fold
    differently from the whole (non-ASCII text that does not line up, or a capital sigma,
    whose lower case depends on the next letter)."""
    global _LAST_LOWERED
    last, low, _ = _LAST_LOWERED
    if last is string:
        return low
    low = string.lower()
    if not string.isascii() and (not _foldable(string, low) or "\u03a3" in string):
        low = None
    _LAST_LOWERED = (string, low, _NONE_FOUND if low is None else _VOCABULARY.present(low))
    return low


# Below this length a word (of letters or digits) is in too many texts to be worth testing;
# a short symbol ("%") is rare enough.
_MIN_WORD = 3
_MAX_WORDS = 80
_AUTO_WORDS = 30


class GuardedPattern:
    """A compiled pattern with the guards of :func:`guarded`; the ``re.Pattern`` methods
    and attributes code uses (``search``, ``finditer``, ``pattern`` ...) behave the same.

    ``match`` and ``fullmatch`` only look at the start of their text and go straight to the
    regex; without useful required words every method does.
    """

    __slots__ = ("_exact", "_folded", "findall", "finditer", "flags", "fullmatch", "groupindex",
                 "groups", "low", "low_exact", "match", "need", "pattern", "reach", "regex",
                 "search", "split", "sub", "subn", "words", "words_auto")

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[str | Any]]

    def __init__(self, regex: re.Pattern[str], words: set[Word] | None,
                 low: re.Pattern[str] | None = None, reach: int = 0,
                 low_exact: bool = True) -> None:
        self.regex = regex
        #: :func:`lowered` of ``regex``, used by ``search`` and ``finditer`` where it is valid
        self.low = low
        #: whether ``low`` matches exactly where ``regex`` does; if not, it matches at least
        #: there (a widened case-sensitive part) and every place it finds is tested
        self.low_exact = low_exact
        #: how far before ``pos`` a match can look (:func:`reach`)
        self.reach = reach
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.groups = regex.groups
        self.groupindex = regex.groupindex
        if words is not None and (len(words) > _MAX_WORDS or any(
                len(w) < _MIN_WORD and w.isalnum() for w, _ in words)):
            words = None
        self.words = words
        self._exact = tuple(sorted(w for w, folded in words or () if not folded))
        self._folded = tuple(sorted(w for w, folded in words or () if folded))
        if self._exact:
            # (words of case-sensitive parts, which the lower-cased copy cannot test)
            low = self.low = None
        #: the folded words in one automaton, where there are many: one pass over the text
        #: instead of one ``in`` test per word (measured: faster by a third at 40 words,
        #: slower below about 20)
        self.words_auto: ahocorasick.Automaton | None = None
        #: the folded words, where the article-wide test of :class:`_Vocabulary` can stand
        #: for the window's (a lower-cased copy and no case-sensitive word)
        self.need: frozenset[str] | None = None
        if low is not None and self._folded:
            self.need = frozenset(self._folded)
            _VOCABULARY.add(self.need)
        if low is not None and len(self._folded) >= _AUTO_WORDS:
            auto = ahocorasick.Automaton()
            for word in self._folded:
                auto.add_word(word, word)
            auto.make_automaton()
            self.words_auto = auto
        self.match = regex.match
        self.fullmatch = regex.fullmatch
        if words is None:
            self.search, self.finditer, self.findall = regex.search, regex.finditer, \
                regex.findall
            self.sub, self.subn, self.split = regex.sub, regex.subn, regex.split
        else:
            self.search, self.finditer, self.findall = self._search, self._finditer, \
                self._findall
            self.sub, self.subn, self.split = self._sub, self._subn, self._split
        if low is not None:
            self.search, self.finditer = self._search_low, self._finditer_low

    def __repr__(self) -> str:
        return f"guarded({self.regex!r})"

    def may_match(self, text: str) -> bool:
        """False only if no match can lie in ``text`` (none of the required words is in it)."""
        if contains_any(text, self._exact):
            return True
        if self._folded:
            if not text.isascii() and ("\u0130" in text or "\u0131" in text or
                                       "\u017f" in text or "\u212a" in text):
                return True  # FOLD_SPECIAL (four ``in`` tests are faster than a regex)
            return contains_any(text.lower(), self._folded)
        return False

    # ``re`` clamps pos and endpos to the string; slicing must not count negatives from the
    # end.  Look-behinds may read before ``pos``, but a match itself lies in [pos, endpos).
    def _search(self, string: str, pos: int = 0, endpos: int = sys.maxsize,
                ) -> re.Match[str] | None:
        if not self.may_match(string[max(pos, 0):max(endpos, 0)]):
            return None
        return self.regex.search(string, pos, endpos)

    def _finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize,
                  ) -> Iterator[re.Match[str]]:
        if not self.may_match(string[max(pos, 0):max(endpos, 0)]):
            return iter(())
        return self.regex.finditer(string, pos, endpos)

    # A scan of the lower-cased text lowers only the part the regex can read: [pos, endpos)
    # and ``reach`` characters before it, for look-behinds and ``\\b`` (a sentence of an
    # article, not the article, per call); positions in the copy are shifted by ``lo``.  The
    # required words are looked for in the whole copy: a word in the part before ``pos``
    # only costs a scan.  Odd bounds (pos < 0 or past the end, endpos < pos) and texts that
    # do not fold like re.IGNORECASE (:func:`_foldable`) take the plain path.
    def _low_window(self, string: str, pos: int, endpos: int) -> tuple[int, str] | None:
        """``(lo, lower-cased window)`` for a scan of the copy, or None where the plain
        path must run (odd bounds, a text that does not fold like re.IGNORECASE)."""
        reach = self.reach
        if pos < 0 or endpos < pos or pos > len(string):
            return None
        if pos > reach:
            lo = pos - reach
        elif endpos < len(string):
            lo = 0
        else:  # the whole text (a sentence's own string): lowered as it is, not cached
            low = string.lower()
            return (0, low) if string.isascii() or _foldable(string, low) else None
        # A window of a longer text (a sentence of an article): cut from the article
        # lower-cased once, instead of lowering the window at every call (a dozen patterns
        # scan each sentence).
        low_text = _lowered(string)
        if low_text is not None:
            return lo, low_text[lo:endpos]
        window = string[lo:endpos]
        low = window.lower()
        return (lo, low) if window.isascii() or _foldable(window, low) else None

    def _words_absent(self, string: str, pos: int, endpos: int) -> bool | None:
        """True where none of the required words lies in the article's window
        ``[pos, endpos)``, False where one does (:class:`_WordsFound`); None where that is not
        at hand (another string than the article last lowered, odd bounds): the window's own
        word test decides then.  An article none of whose words the pattern needs is True
        whatever the bounds."""
        need, last = self.need, _LAST_LOWERED
        if need is None or last[0] is not string or last[1] is None:
            return None
        if need.isdisjoint(last[2].words):
            return True
        if not 0 <= pos <= endpos:
            return None
        return need.isdisjoint(last[2].within(pos, min(endpos, len(string))))

    def _has_words(self, low: str) -> bool:
        """False only if none of the required (folded) words is in the lower-cased copy."""
        if self.words_auto is not None:
            return next(self.words_auto.iter(low), None) is not None
        if self._folded:
            # contains_any, not any(genexpr): this runs 400,000 times a pass, and the
            # generator cost a tenth of the extraction
            return contains_any(low, self._folded)
        return True

    def _search_low(self, string: str, pos: int = 0, endpos: int = sys.maxsize,
                    ) -> re.Match[str] | None:
        tested = self._words_absent(string, pos, endpos)
        if tested:
            return None
        window = self._low_window(string, pos, endpos)
        if window is None:
            return self._search(string, pos, endpos) if self.words else \
                self.regex.search(string, pos, endpos)
        lo, low = window
        if tested is None and not self._has_words(low):
            return None
        m = self.low.search(low, pos - lo)  # type: ignore[union-attr]
        # The same pattern, folding, at the same place: the same span and groups.
        if self.low_exact or m is None:
            return None if m is None else self.regex.match(string, m.start() + lo, endpos)
        return next(self._tested(string, low, lo, m, endpos), None)

    def _finditer_low(self, string: str, pos: int = 0, endpos: int = sys.maxsize,
                      ) -> Iterator[re.Match[str]]:
        tested = self._words_absent(string, pos, endpos)
        if tested:
            return iter(())
        window = self._low_window(string, pos, endpos)
        if window is None:
            return self._finditer(string, pos, endpos) if self.words else \
                self.regex.finditer(string, pos, endpos)
        lo, low = window
        if tested is None and not self._has_words(low):
            return iter(())
        if not self.low_exact:
            m = self.low.search(low, pos - lo)  # type: ignore[union-attr]
            return iter(()) if m is None else self._tested(string, low, lo, m, endpos)
        match = self.regex.match
        return (match(string, m.start() + lo, endpos)  # type: ignore[misc]
                for m in self.low.finditer(low, pos - lo))  # type: ignore[union-attr]

    def _tested(self, string: str, low: str, lo: int, m: re.Match[str] | None, endpos: int,
                ) -> Iterator[re.Match[str]]:
        """The matches of ``regex`` from the widened ``low``'s first match ``m`` on: each
        place ``low`` finds is tested with ``regex``; where that fails the scan goes on from
        the next character, not from the end of ``low``'s match (``regex`` may match inside
        it).  Neither can match empty (:func:`guarded` widens only those that cannot)."""
        match, search = self.regex.match, self.low.search  # type: ignore[union-attr]
        while m is not None:
            got = match(string, m.start() + lo, endpos)
            if got is None:
                m = search(low, m.start() + 1)
            else:
                yield got
                m = search(low, got.end() - lo)

    def _findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not self.may_match(string[max(pos, 0):max(endpos, 0)]):
            return []
        return self.regex.findall(string, pos, endpos)

    def _sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.regex.sub(repl, string, count) if self.may_match(string) else string

    def _subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self.regex.subn(repl, string, count) if self.may_match(string) else (string, 0)

    def _split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.regex.split(string, maxsplit) if self.may_match(string) else [string]


#: Either kind of compiled pattern, for code that takes both.
Regex = re.Pattern[str] | GuardedPattern


def guarded(pattern: str, flags: int = 0, widen: bool = True) -> GuardedPattern:
    """``re.compile(pattern, flags)`` with a first-character look-ahead where one exists and
    a required-word test where the words are long enough to be selective.

    ``widen``: scan a widened lower-cased copy where an exact one cannot be made (see
    :func:`lowered`); False for a pattern that matches at most of the places the copy finds,
    where the copy's scan only adds to the pattern's own."""
    parsed = sre_parse.parse(pattern, flags)
    words = _words_of(parsed, flags)
    chars, nullable = first_chars(list(parsed), flags | parsed.state.flags)
    guard = chars is not None and not nullable and bool(chars)
    if guard:
        charset = "".join(sorted(re.escape(ch) for ch in chars))  # type: ignore[union-attr]
        pattern = f"(?=[{charset}])(?:{pattern})"
    low = lowered(pattern, flags)
    exact = low is not None
    if low is None and widen and parsed.getwidth()[0] > 0:
        low = lowered(pattern, flags, widen=True)  # (one with a case-sensitive part)
    regex = compile_scanner(pattern, sre_parse.parse(pattern, flags), flags, guarded=guard) or \
        re.compile(pattern, flags)
    return GuardedPattern(regex, words, low, reach(parsed), exact)
