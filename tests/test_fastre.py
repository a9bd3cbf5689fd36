"""The regex guards of ``extract.fastre`` change speed, never matches."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import string
import sys
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]

import eventwatch.extract as extract_package
from eventwatch.extract import (
    casualties,
    explosives,
    incidents,
    lexicon,
    numbers,
    perpetrators,
    pipeline,
    places,
    scope,
    statistics,
    temporal,
    types,
)
from eventwatch.extract.fastre import (
    FOLD_SPECIAL,
    SIMPLE_FOLD,
    GuardedPattern,
    guarded,
    lowered,
    reach,
    required_words,
)

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"


def test_fold_special_lists_every_non_ascii_char_that_folds_to_ascii() -> None:
    letters = re.compile("|".join(string.ascii_lowercase), re.I)
    found = [chr(cp) for cp in range(128, sys.maxunicode + 1) if letters.fullmatch(chr(cp))]
    assert "".join(found) == FOLD_SPECIAL


def test_required_words() -> None:
    assert required_words(r"\b(?:in\s+the\s+past|previously)\b", re.I) == {
        ("past", True), ("previously", True)}
    assert required_words(r"[Aa]ccording\s+to") == {("ccording", False)}
    assert required_words(r"\b(?:killed|\d+)\b") is None  # a branch without a word
    assert required_words(r"(?:bombs?|bombings?)", re.I) == {("bomb", True)}
    assert required_words(r"x?(?:ab)*") is None


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.json"))]
    rng = random.Random(7)
    out = []
    for text in texts:
        out.append(text)
        out.append(text.upper())
        chars = list(text)
        for _ in range(20):  # letters that fold to ASCII under re.I, and other non-ASCII
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(FOLD_SPECIAL + "’éÉ"))
        out.append("".join(chars))
        out.append("".join(ch.swapcase() if rng.random() < 0.3 else ch for ch in text))
    out.append("KILLED ſeparate PRoBE İNVESTIGATION kılled")
    out.append("ΣΟΣ killed ΌΣ Two Policemen WERE killed İn Quetta")  # final sigma; 'İ' grows
    out.append("Café blast: ‘Two’ were KILLED—“many” injured… in CAFÉ")
    return out


def _patterns() -> list[GuardedPattern]:
    found: list[GuardedPattern] = []
    modules = [importlib.import_module(f"eventwatch.extract.{info.name}")
               for info in pkgutil.iter_modules(extract_package.__path__)]
    assert {lexicon, incidents, casualties, statistics, pipeline, perpetrators, types, temporal,
            numbers, places, explosives, scope} <= set(modules)
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, GuardedPattern):
                found.append(value)
            elif isinstance(value, dict):
                found.extend(v for v in value.values() if isinstance(v, GuardedPattern))
    return found


def test_guarded_patterns_match_like_plain_regexes() -> None:
    patterns = _patterns()
    assert sum(p.words is not None for p in patterns) > 20
    assert sum(p.low is not None for p in patterns) > 80
    assert sum(p.words_auto is not None for p in patterns) >= 3
    assert sum(p.low is not None and not p.low_exact for p in patterns) > 10
    rng = random.Random(11)
    for text in _texts():
        for pattern in patterns:
            plain = re.compile(pattern.pattern, pattern.flags)
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)]
            for _ in range(5):
                pos, endpos = sorted(rng.randrange(-5, len(text) + 5) for _ in range(2))
                if rng.random() < 0.2:
                    pos, endpos = endpos, pos
                got, want = pattern.search(text, pos, endpos), plain.search(text, pos, endpos)
                assert (got and (got.span(), got.groups(), got.lastgroup)) == \
                    (want and (want.span(), want.groups(), want.lastgroup))
                assert [m.span() for m in pattern.finditer(text, pos, endpos)] == \
                    [m.span() for m in plain.finditer(text, pos, endpos)]
            assert pattern.sub("#", text) == plain.sub("#", text)
            assert pattern.findall(text) == plain.findall(text)


def test_guarded_without_words_is_the_plain_regex() -> None:
    pattern = guarded(r"\b\d+\b")
    assert pattern.words is None
    assert pattern.search("about 12 men").group(0) == "12"  # type: ignore[union-attr]


def _chars_lowering_to_one() -> str:
    """Every code point whose ``str.lower`` is one character (the texts the lower-case scan
    takes), less FOLD_SPECIAL (always scanned the plain way)."""
    return "".join(chr(cp) for cp in range(sys.maxunicode + 1)
                   if not 0xD800 <= cp < 0xE000 and len(chr(cp).lower()) == 1
                   and chr(cp) not in FOLD_SPECIAL)


def test_lower_case_scan_premises_hold_for_every_code_point() -> None:
    chars = _chars_lowering_to_one()
    low = chars.lower()
    # Categories and boundaries do not depend on case.
    for category in (r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", r"\b", r"\B", "."):
        assert [m.span() for m in re.finditer(category, chars, re.I)] == \
            [m.span() for m in re.finditer(category, low)], category
    # Only ASCII letters lower-case to ASCII letters.
    assert all(ch.isascii() or not lo.isascii() for ch, lo in zip(chars, low, strict=True))
    # An ASCII or SIMPLE_FOLD literal accepts exactly the characters lowering to its own.
    for literal in string.ascii_letters + string.punctuation + SIMPLE_FOLD:
        folding = re.compile(re.escape(literal), re.I)
        assert [m.start() for m in folding.finditer(chars)] == \
            [m.start() for m in re.finditer(re.escape(literal.lower()), low)], literal


def test_lowered_converts_only_what_it_can_keep_exact() -> None:
    assert lowered(r"\bkilled\b") is None  # not case-insensitive: nothing to gain
    assert lowered(r"(?-i:[A-Z]\w+)\s+killed", re.I) is None
    assert lowered(r"(\w+)\s+\1", re.I) is None
    assert lowered(r"Σ", re.I) is None
    assert lowered(r"killed", re.I | re.A) is None
    low = lowered(r"\b(?P<n>[A-Z]+|[^a-z\d]É)\s+(?<!X\s)KILLED’", re.I)
    assert low is not None and not low.flags & re.I
    assert low.search("x pc killed’").group("n") == "pc"  # type: ignore[union-attr]
    assert low.search("x P KILLED’") is None  # the text must be lower-cased first
    assert low.search("pc x killed’") is None  # the look-behind reads the lower-case 'x'
    assert low.search("x 1é killed’") is None  # [^a-z\d] still excludes digits
    assert low.search("x-é killed’").group("n") == "-é"  # type: ignore[union-attr]


def test_reach_counts_look_behinds() -> None:
    assert reach(sre_parse.parse(r"\bkilled")) == 1
    assert reach(sre_parse.parse(r"(?<!identified\s)(?<!known\s)\bas\b")) == 1 + 11 + 6
    assert reach(sre_parse.parse(r"(?:x(?<=ab(?<!c)))+")) == 1 + 2 + 1


def test_widened_copies_test_every_place_they_find() -> None:
    assert lowered(r"(?-i:[A-Z]\w+)\s+killed", re.I, widen=True) is not None
    assert lowered(r"killed", re.I, widen=True) is None  # exact: nothing to widen
    # lowering would narrow it: "[^A-Z]" accepts "a"
    assert lowered(r"(?-i:[^A-Z])x", re.I, widen=True) is None
    cases = [
        # a place the copy finds that the pattern does not, overlapping one it does: the
        # scan goes on from the next character, not from the end of the copy's match
        (r"(?-i:A)bc|bcd", ["abcd", "Abcd", "xabcdAbc"]),
        # a negative look-ahead with a case-sensitive part, dropped from the copy
        (r"\bstudents(?!\s+(?-i:[A-Z]))", ["Students Union and students protest",
                                           "STUDENTS students"]),
        # a negative look-ahead in another: dropped whole (the inner one is not widened)
        (r"(?!(?!(?-i:[A-Z])))\w+", ["aB cD Ef", "ab"]),
        (r"\b(?-i:[A-Z])\w+\s+(?:was|were)\s+killed",
         ["he was killed; Ali was KILLED and Two WERE killed", "x Y was killed"]),
    ]
    for pattern, texts in cases:
        fast, plain = guarded(pattern, re.I), re.compile(pattern, re.I)
        assert fast.low is not None and not fast.low_exact
        for text in texts:
            for pos in range(len(text)):
                assert [m.span() for m in fast.finditer(text, pos)] == \
                    [m.span() for m in plain.finditer(text, pos)], (pattern, text, pos)
                got, want = fast.search(text, pos), plain.search(text, pos)
                assert (got and got.span()) == (want and want.span()), (pattern, text, pos)
    assert guarded(r"(?-i:A)bc|bcd", re.I, widen=False).low is None


def test_conditional_groups_lower_exactly() -> None:
    low = lowered(r"(?P<a>X)?(?(a)Y|Z)", re.I)
    assert low is not None
    assert [m.group(0) for m in low.finditer("xy z xz")] == ["xy", "z", "z"]


def test_compiled_scanners_read_literals_first() -> None:
    # look-behinds and \b after the literal, a leading \b: the same matches as re's
    for pattern, text in [(r"(?<!until\s)deaths?|\bwhen\b|(?<=\bwere\s)sent", "until death, "
                           "deaths when, whenever they were sent; xwhen death"),
                          (r"\b(?:killed|(?<!not\s)hurt)|\b(?P<n>\d+)\b", "not hurt, 12 killed")]:
        fast, plain = guarded(pattern), re.compile(pattern)
        for pos in range(len(text)):
            assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text, pos)]


def test_a_patterns_own_look_ahead_stays_for_match() -> None:
    # (guarded's own first-character look-ahead may go into the info block; a pattern's own
    # look-ahead is no guard, and match() does not read the info block)
    for pattern in (r"(?=[A-Z])\w+", r"(?=[A-Z])(?:\w+|\d)"):
        fast, plain = guarded(pattern), re.compile(pattern)
        for text in ("x1", "X1", "1"):
            assert (fast.match(text) and fast.match(text).span()) == \
                (plain.match(text) and plain.match(text).span()), (pattern, text)


def test_alternatives_sharing_a_letter_keep_their_order() -> None:
    # "in" before "inside", a class that can begin with "i" between them: the shared "i"
    # must not let "inside" jump ahead of "[a-z]+x"; an empty alternative is a barrier too
    for pattern in (r"\b(?:in|[a-z]+x|inside|i)", r"\b(?:inside|in|[h-j]\w*|ins|(?:x)?|int)",
                    r"(?:after|at|a(?=b)|about|ab)\w*", r"(?P<a>kill)|(?P<b>kil)l?|(?P<c>k)"):
        fast, plain = guarded(pattern, re.I), re.compile(pattern, re.I)
        for text in ("insidex in inside i", "Inside INT ins about Abx", "killer kil k"):
            for pos in range(len(text)):
                assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == \
                    [(m.span(), m.groups()) for m in plain.finditer(text, pos)], (pattern, text)


def test_alternatives_are_factored_by_their_first_letters() -> None:
    from re import _constants as c  # type: ignore[attr-defined]

    from eventwatch.extract.fastre_compile import _factor_branch

    parsed = sre_parse.parse(r"past|previously|(?:x|p)y|pasture|pa")
    branches = parsed.data[0][1][1]
    _factor_branch(branches)
    # "past" and "previously" share their "p"; "pasture" may not join them past "(?:x|p)y",
    # which can begin with "p" too, and opens a group of its own with "pa"
    firsts = [b.data[0] for b in branches]
    assert firsts[0] == firsts[2] == (c.LITERAL, ord("p")) and firsts[1][0] is c.IN
    assert branches[0].data[1][0] is c.BRANCH and len(branches[0].data[1][1][1]) == 2
    # ("pasture" and "pa" share "pa": one alternative, inlined, then "sture" or nothing)
    assert [op for op, _ in branches[2].data] == [c.LITERAL, c.LITERAL, c.BRANCH]


def test_a_pattern_made_after_a_text_was_scanned_still_finds_its_words() -> None:
    text = "Militants torched a zyxwvut tower in the district. " * 3
    early = guarded(r"\btorched\s+a\s+\w+", re.I)
    assert early.search(text, 5, 60) is not None  # (the text is lowered and cached here)
    late = guarded(r"\bzyxwvut\s+tower", re.I)  # (a word the cached copy was not tested for)
    assert late.search(text, 5, 60) is not None


def test_a_group_that_folds_case_is_neither_factored_nor_guarded_by_one_case() -> None:
    # "(?i:a)" opens with "a" or "A": the guard's first characters and the factoring's order
    # must count both
    # (the guard of stop 45 and before read "(?i:ab)c" as opening with "a" only: "ABc" missed)
    for pattern in (r"(?i:ab)c", r"x|(?i:ab)c", r"Ax|(?i:ab)|Ab", r"(?i:ab|Ax|a)c",
                    r"(?i:a)b|Ab"):
        fast, plain = guarded(pattern), re.compile(pattern)
        for text in ("Abc Axc abc Ab ab", "AB Ac ac"):
            for pos in range(len(text)):
                assert [(m.span(), m.group(0)) for m in fast.finditer(text, pos)] == \
                    [(m.span(), m.group(0)) for m in plain.finditer(text, pos)], (pattern, text)
