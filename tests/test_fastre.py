"""The regex guards of ``extract.fastre`` change speed, never matches."""

from __future__ import annotations

import random
import re
import string
import sys
from pathlib import Path

from eventwatch.extract import casualties, incidents, lexicon, statistics
from eventwatch.extract.fastre import FOLD_SPECIAL, GuardedPattern, guarded, required_words

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
    out.append("KILLED ſeparate PRoBE İNVESTIGATION kılled")
    return out


def _patterns() -> list[GuardedPattern]:
    found: list[GuardedPattern] = []
    for module in (lexicon, incidents, casualties, statistics):
        for value in vars(module).values():
            if isinstance(value, GuardedPattern):
                found.append(value)
            elif isinstance(value, dict):
                found.extend(v for v in value.values() if isinstance(v, GuardedPattern))
    return found


def test_guarded_patterns_match_like_plain_regexes() -> None:
    patterns = _patterns()
    assert sum(p.words is not None for p in patterns) > 20
    rng = random.Random(11)
    for text in _texts():
        for pattern in patterns:
            plain = re.compile(pattern.pattern, pattern.flags)
            assert [m.span() for m in pattern.finditer(text)] == \
                [m.span() for m in plain.finditer(text)]
            for _ in range(5):
                pos, endpos = sorted(rng.randrange(-5, len(text) + 5) for _ in range(2))
                got, want = pattern.search(text, pos, endpos), plain.search(text, pos, endpos)
                assert (got and got.span()) == (want and want.span())
            assert pattern.sub("#", text) == plain.sub("#", text)
            assert pattern.findall(text) == plain.findall(text)


def test_guarded_without_words_is_the_plain_regex() -> None:
    pattern = guarded(r"\b\d+\b")
    assert pattern.words is None
    assert pattern.search("about 12 men").group(0) == "12"  # type: ignore[union-attr]
