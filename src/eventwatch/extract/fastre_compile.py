"""The compiled form of :mod:`eventwatch.extract.fastre`'s case-sensitive scanning patterns.

``re``'s matcher has shortcuts it takes only for some shapes of pattern; this module
rewrites a parsed pattern into those shapes without changing what it matches:

* **The first-character set in the info block.**  ``re``'s search loop tests such a set in C
  and starts the matcher only at a position where it holds, but it builds one only for a
  pattern that opens with a character class.  :func:`~eventwatch.extract.fastre.guarded`'s
  look-ahead ``(?=[...])`` left every position to the matcher; here the set moves into the
  info block and the look-ahead goes.
* **A literal first in every alternative.**  An alternation skips, with one comparison, an
  alternative that opens with a literal the text does not hold there; one that opens with a
  look-behind or ``\\b`` is entered at every position.  ``(?<!until\\s)deaths?`` becomes
  ``d(?<!until\\sd)eaths?`` and ``\\bwhen`` becomes ``w(?<!\\ww)hen`` (a word character before
  the "w": no boundary): the same test, made after the literal instead of before it.
* **A leading ``\\b``** where every alternative opens with one: a position inside a word then
  fails at once instead of in each alternative.
* **Shared first letters.**  Alternatives that open with the same literal share it
  (:func:`_factor`): an alternation of eighty words is entered at every word, and tested
  eighty times there; grouped by their letters, a few tests find the ones that can match.

Measured on the SATP training texts: the casualty verbs (``casualties._VERB_RE``) scan 1.8
times as fast, the clause breaks 2.2 times; with shared first letters (stop 46) the
background words (``lexicon.BACKGROUND_RE``) and the casualty verbs a fifth faster again,
the person nouns (``breakdowns.PERSON_ANY``) a third.  Every rewrite applies to
case-sensitive patterns only (the lower-cased copies of :func:`lowered` and patterns without
``re.IGNORECASE``): under it ``re`` compiles literals to folding opcodes, which the
shortcuts do not read.

It also makes those copies (:func:`lowered`): a case-insensitive pattern as a case-sensitive
one for lower-cased text, exact, or widened where the pattern has case-sensitive parts.
``test_fastre`` compares every guarded pattern with ``re``'s own compilation of it.
"""

from __future__ import annotations

import _sre
import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]  # Python 3.11+
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_WORD_CHAR = re.compile(r"\w")


def _literal_first(data: list[Any]) -> None:
    """Move the look-behinds and ``\\b`` that open ``data`` (one alternative) after the
    literal that follows them, each look-behind extended by that literal."""
    c = sre_constants
    k = 0
    while k < len(data) and ((data[k][0] in (c.ASSERT, c.ASSERT_NOT) and data[k][1][0] == -1) or
                             data[k] == (c.AT, c.AT_BOUNDARY)):
        k += 1
    if k == 0 or k >= len(data) or data[k][0] is not c.LITERAL:
        return
    literal = data[k]
    moved: list[Any] = [literal]
    for op, av in data[:k]:
        if op is c.AT:
            if not _WORD_CHAR.match(chr(literal[1])):
                return  # (a boundary before a non-word character: left as it is)
            # \b before a word character: no word character before it
            body = sre_parse.SubPattern(sre_parse.State(),
                                        [(c.IN, [(c.CATEGORY, c.CATEGORY_WORD)]), literal])
            moved.append((c.ASSERT_NOT, (-1, body)))
        else:
            behind = av[1]
            moved.append((op, (-1, sre_parse.SubPattern(behind.state,
                                                         [*behind.data, literal]))))
    data[:k + 1] = moved


def _nested(op: object, av: Any) -> list[Any]:
    """The parsed patterns one item of a pattern holds: a group's, a repeat's, a
    look-around's, an atomic group's body, or an alternation's alternatives."""
    c = sre_constants
    if op is c.SUBPATTERN:
        return [av[3]]
    if op is c.BRANCH:
        return list(av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        return [av[2]]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [av[1]]
    if op is getattr(c, "ATOMIC_GROUP", None):
        return [av]
    return []


def _rewrite(data: list[Any]) -> None:
    """:func:`_literal_first` on every alternative of every alternation in ``data``."""
    for op, av in data:
        for inner in _nested(op, av):
            _rewrite(inner.data)
        if op is sre_constants.BRANCH:
            for branch in av[1]:
                _literal_first(branch.data)


def first_chars(items: list[tuple[object, object]], flags: int) -> tuple[set[str] | None, bool]:
    """The characters that can start a match of ``items`` (None: any, or not worked out) and
    whether it can be empty; a guard's set (:func:`~eventwatch.extract.fastre.guarded`) and
    the order :func:`_factor` keeps."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_one(op, av, flags)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_one(op: object, av: object, flags: int) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        ch = chr(av)  # type: ignore[arg-type]
        return ({ch.lower(), ch.upper()} if flags & re.I else {ch}), False
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:  # type: ignore[attr-defined]
            if sub_op is c.LITERAL:
                ch = chr(sub_av)
                chars |= {ch.lower(), ch.upper()} if flags & re.I else {ch}
            elif sub_op is c.RANGE:
                lo, hi = sub_av
                if hi - lo > 200:
                    return None, False
                for code in range(lo, hi + 1):
                    ch = chr(code)
                    chars |= {ch.lower(), ch.upper()} if flags & re.I else {ch}
            elif sub_op is c.CATEGORY:
                category = {c.CATEGORY_DIGIT: "0123456789",
                            c.CATEGORY_SPACE: " \t\n\r\f\v"}.get(sub_av)
                if category is None:
                    return None, False
                chars |= set(category)
            else:
                return None, False
        return chars, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: look further
    if op is c.SUBPATTERN:
        # (with the group's own flags: "(?i:a)" opens with "a" or "A")
        add: int = av[1]  # type: ignore[index]
        remove: int = av[2]  # type: ignore[index]
        return first_chars(list(av[-1]), (flags | add) & ~remove)  # type: ignore[index]
    if op is c.BRANCH:
        chars = set()
        nullable = False
        for branch in av[1]:  # type: ignore[index]
            b_chars, b_null = first_chars(list(branch), flags)
            if b_chars is None:
                return None, False
            chars |= b_chars
            nullable = nullable or b_null
        return chars, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", object())):
        low_count: int = av[0]  # type: ignore[index]
        item: Any = av[2]  # type: ignore[index]
        repeated, nullable = first_chars(list(item), flags)
        return repeated, nullable or low_count == 0
    return None, False


def _factor(data: list[Any]) -> None:
    """Alternatives that open with the same literal share it, in every alternation of
    ``data``: ``in\\s+the\\s+past|previously|in\\s+memory\\s+of`` becomes
    ``i(?:n\\s+the\\s+past|n\\s+memory\\s+of)|previously``, and so on down the shared letters.
    ``re`` tries an alternation's alternatives one by one at every position it enters it; a
    hundred of them cost a hundred tests per word, where the shared letters cost a few.

    The order in which alternatives are tried at any one position stays the same: an
    alternative joins an earlier one's group only if no alternative between them can begin
    with its letter (or match empty)."""
    for op, av in data:
        if op is sre_constants.SUBPATTERN and av[1] & re.I:
            continue  # (a group that folds case compares letters folded: left)
        for inner in _nested(op, av):
            _factor(inner.data)
        if op is sre_constants.BRANCH:
            _factor_branch(av[1])


def _factor_branch(branches: list[Any]) -> None:
    """:func:`_factor` on one alternation's list of alternatives (changed in place)."""
    c = sre_constants
    out: list[Any] = []
    groups: list[list[Any]] = []  # out[i]'s alternatives, where out[i] opens with a literal
    open_at: dict[int, int] = {}  # letter -> index in out of the group it may still join
    for branch in branches:
        data = branch.data
        if data and data[0][0] is c.LITERAL:
            at = open_at.get(data[0][1])
            if at is not None:
                groups[at].append(branch)
                continue
            open_at[data[0][1]] = len(out)
            out.append(branch)
            groups.append([branch])
            continue
        first, empty = first_chars(data, 0)
        if first is None or empty:
            open_at.clear()
        else:
            for ch in first:
                open_at.pop(ord(ch), None)
        out.append(branch)
        groups.append([])
    if all(len(group) <= 1 for group in groups):
        return
    for i, group in enumerate(groups):
        if len(group) > 1:
            rest = [sre_parse.SubPattern(branch.state, branch.data[1:]) for branch in group]
            _factor_branch(rest)
            # (one alternative left, all its members sharing the next letters too: inline)
            tail = rest[0].data if len(rest) == 1 else [(c.BRANCH, (None, rest))]
            out[i] = sre_parse.SubPattern(group[0].state, [group[0].data[0], *tail])
    branches[:] = out


def _opens_with_boundary(data: list[Any]) -> bool:
    """Whether every match of ``data`` starts where a ``\\b`` holds."""
    c = sre_constants
    if not data:
        return False
    op, av = data[0]
    if op is c.AT:
        return av is c.AT_BOUNDARY
    if op is c.SUBPATTERN:
        return _opens_with_boundary(av[3].data)
    if op is c.BRANCH:
        return all(_opens_with_boundary(branch.data) for branch in av[1])
    if op in (c.ASSERT, c.ASSERT_NOT) and av[0] == 1:  # a look-ahead reads nothing
        return _opens_with_boundary(data[1:])
    return False


def compile_scanner(pattern: str | None, parsed: Any, flags: int, *,
                    guarded: bool = True) -> re.Pattern[str] | None:
    """``parsed`` compiled with the rewrites above where it is case-sensitive (``parsed`` is
    changed); None where it is not, or where the internals the rewrites build on differ from
    Python 3.11's (the caller compiles as usual then).  ``guarded``: a first-character
    look-ahead that opens ``parsed`` is :func:`~eventwatch.extract.fastre.guarded`'s, implied
    by the pattern, and may go; a pattern's own look-ahead stays where ``match`` will be called
    (a scanning copy only searches: the info block tests the same set at every start)."""
    c = sre_constants
    flags |= parsed.state.flags
    if flags & (re.I | re.L) or not parsed.data:
        return None
    head = parsed.data[0]
    guard = list(head[1][1]) if guarded and head[0] is c.ASSERT and head[1][0] == 1 else []
    charset = guard[0][1] if len(guard) == 1 and guard[0][0] is c.IN else None
    try:
        lo, hi = parsed.getwidth()
        if charset is not None and lo > 0:
            # The set holds every character a match can begin with: the look-ahead tests
            # nothing the info block does not.
            del parsed.data[0]
        else:
            charset = None
        _rewrite(parsed.data)
        if _opens_with_boundary(parsed.data) and parsed.data[0] != (c.AT, c.AT_BOUNDARY):
            parsed.data.insert(0, (c.AT, c.AT_BOUNDARY))
        _factor(parsed.data)
        code: list[int] = []
        if charset is None:
            sre_compile._compile_info(code, parsed, flags)
        else:
            code += [c.INFO, 0, c.SRE_INFO_CHARSET, min(lo, sre_compile.MAXCODE),
                     min(hi, sre_compile.MAXCODE)]
            optimized, _ = sre_compile._optimize_charset(charset)
            sre_compile._compile_charset(optimized, flags, code)
            code[1] = len(code) - 1
        sre_compile._compile(code, parsed.data, flags)
        code.append(c.SUCCESS)
        groups = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for name, index in groups.items():
            names[index] = name
        compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, parsed.state.groups - 1,
                                                 groups, tuple(names))
        return compiled
    except (AttributeError, TypeError, ValueError):  # another Python's internals
        return None


# --- case-insensitive patterns as case-sensitive ones on lower-cased text -----------------
# Non-ASCII characters the rules use that fold simply: under re.IGNORECASE each matches
# exactly the characters whose ``str.lower`` is its own (``test_fastre`` checks).
SIMPLE_FOLD = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00e9\u00c9\u00e8\u00c8"


def _lower_items(items: Any, widened: list[bool] | None, negated: bool = False,
                 sensitive: bool = False) -> bool:
    """Rewrite a parsed pattern in place for lower-cased input; False where that is unsafe.

    Under ``re.IGNORECASE`` an ASCII (or :data:`SIMPLE_FOLD`) literal or class accepts a
    character exactly when it accepts its lower-case form, and categories (``\\w``, ``\\s``,
    ``\\d``, ``\\b``) do not depend on case (``test_fastre`` checks both over every code
    point).  So on lower-cased text a literal becomes its lower-case letter and a class gains
    the lower case of its letters; anything else (other non-ASCII literals, back-references)
    is refused.

    A case-sensitive part (``(?-i:[A-Z])``, ``sensitive``) cannot be told on lower-cased
    text.  Where ``widened`` is a list it is lowered like the rest, which makes it accept
    more ("A" and "a" for "A"), and ``True`` is appended: the result then matches wherever
    the pattern does, and maybe elsewhere.  Refused inside a negative look-around
    (``negated``: accepting more there rejects more) and for what lowering would narrow
    there (a negated class or character: ``[^A-Z]`` accepts "a"); a look-around that holds
    one is dropped instead, which widens too.
    """
    c = sre_constants
    data = items.data if hasattr(items, "data") else items
    dropped: list[int] = []
    for i, (op, av) in enumerate(data):
        if op is c.LITERAL or op is c.NOT_LITERAL:
            if (av >= 128 and chr(av) not in SIMPLE_FOLD) or (sensitive and op is c.NOT_LITERAL):
                return False
            data[i] = (op, ord(chr(av).lower()))
        elif op is c.IN:
            extra: list[tuple[object, object]] = []
            for sub_op, sub_av in av:
                if sub_op is c.LITERAL:
                    if sub_av >= 128 and chr(sub_av) not in SIMPLE_FOLD:
                        return False
                    if chr(sub_av).lower() != chr(sub_av):
                        extra.append((c.LITERAL, ord(chr(sub_av).lower())))
                elif sub_op is c.RANGE:
                    lo, hi = sub_av
                    if hi >= 128:
                        return False
                    lo, hi = max(lo, 65), min(hi, 90)
                    if lo <= hi:
                        extra.append((c.RANGE, (lo + 32, hi + 32)))
                elif (sub_op is c.NEGATE and sensitive) or \
                        sub_op not in (c.NEGATE, c.CATEGORY):
                    return False
            av.extend(extra)  # NEGATE, where present, stays first
        elif op is c.SUBPATTERN:
            if (av[1] | av[2]) & (re.L | re.A):
                return False
            inner = sensitive and not av[1] & re.I
            if av[2] & re.I:
                if widened is None or negated:
                    return False
                widened.append(True)
                inner = True
            if not _lower_items(av[3], widened, negated, inner):
                return False
        elif op is c.BRANCH:
            if not all(_lower_items(branch, widened, negated, sensitive) for branch in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if not _lower_items(av[2], widened, negated, sensitive):
                return False
        elif op is c.ASSERT or op is c.ASSERT_NOT:
            if not _lower_items(av[1], widened, negated or op is c.ASSERT_NOT, sensitive):
                if widened is None or negated:
                    return False
                # (one that cannot be lowered, a case-sensitive part in a negative one:
                # "students(?!\s+(?-i:[A-Z]))"): dropped, the copy then accepts more
                widened.append(True)
                dropped.append(i)
        elif op is c.GROUPREF_EXISTS:
            # whether a group took part: the same on either text, way by way
            if not all(_lower_items(part, widened, negated, sensitive) for part in av[1:]
                       if part is not None):
                return False
        elif op is not c.ANY and op is not c.AT and op is not c.CATEGORY:
            return False
    for i in reversed(dropped):
        del data[i]
    return True


def lowered(pattern: str, flags: int = 0, widen: bool = False) -> re.Pattern[str] | None:
    """A case-sensitive pattern that matches ``text.lower()`` where ``re.compile(pattern,
    flags)`` (case-insensitive) matches ``text``, with the same spans and groups, for every
    text whose lower-cased copy has its length and holds no
    :data:`~eventwatch.extract.fastre.FOLD_SPECIAL`; None if the pattern is not
    case-insensitive or uses anything :func:`_lower_items` refuses.

    ``widen``: case-sensitive parts are allowed and widened; the result then matches at
    least where the pattern does (callers test each match with the pattern).  None where
    there is no such part (the exact result is the one to use) or it cannot be widened."""
    parsed = sre_parse.parse(pattern, flags)
    flags |= parsed.state.flags
    widened: list[bool] | None = [] if widen else None
    if not flags & re.I or flags & (re.L | re.A) or not _lower_items(parsed, widened):
        return None
    if widen and not widened:
        return None
    parsed.state.flags &= ~re.I
    compiled = compile_scanner(None, parsed, flags & ~re.I)
    return compiled if compiled is not None else sre_compile.compile(parsed, flags & ~re.I)
