"""The matching form of place names and texts: same-length ASCII, lower case, diacritics
folded, the characters that border or join a name's words turned into spaces.  Read by
:class:`eventwatch.resources.gazetteer.Gazetteer` (its index and its scanner) and by fusion's
place comparison; and where a name is only a part of a longer hyphenated one
(:func:`in_compound_name`).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["in_compound_name", "name_key", "normalize"]


class _HighTable(dict[int, str]):
    """Non-ASCII code point -> one ASCII character; what cannot be folded becomes \\x01."""

    def __missing__(self, cp: int) -> str:
        return "\x01"


def _build_tables() -> tuple[bytes, _HighTable]:
    """Same-length character maps: lower case, diacritics off, separators to space.  ASCII
    goes through ``bytes.translate`` (fast); the rare non-ASCII runs through a dict."""
    table: dict[int, str] = {}
    for cp in list(range(0x80, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFKD", chr(cp))[:1]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    table.update({ord(k): v for k, v in {"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
                                         "đ": "d", "Đ": "d", "ß": "s", "æ": "a", "Æ": "a",
                                         "œ": "o", "Œ": "o"}.items()})
    # Every character that can border or join the words of a name becomes a space: hyphens,
    # apostrophes ("Quetta's"), dots ("D.I. Khan"), brackets, quotes, "&" ("J&K").
    for ch in ("-‐‑‒–—―_'’‘ʼ`´ʻʿʾ.&“”\"()[]{},;:!?/\\<>*+=~^#@$%"
               "\t\n\r\x0b\x0c\xa0\u2009\u200a\u202f\u3000"):
        table[ord(ch)] = " "
    low = sorted(cp for cp in table if cp < 0x80)
    ascii_map = bytes.maketrans(bytes(low), bytes(ord(table[cp]) for cp in low))
    return ascii_map, _HighTable({cp: v for cp, v in table.items() if cp >= 0x80})


# Immutable-by-convention constants (character maps), not loaded resources.
_ASCII_MAP, _HIGH_MAP = _build_tables()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_HIGH_MAP)


def normalize(text: str) -> str:
    """Same-length ASCII matching form of ``text`` (offsets stay valid): lower case,
    diacritics folded, hyphens and most punctuation turned into spaces."""
    if not text.isascii():
        text = _NON_ASCII.sub(_fold_run, text)
    return text.encode("ascii").translate(_ASCII_MAP).decode("ascii")


def name_key(name: str) -> str:
    """Lookup key of a name or alias: normalised, single spaces."""
    return " ".join(normalize(name).split())


# The joints of a Persian or Urdu compound name (izafat: "Gulistan-e-Jauhar", "Dasht-e-Barchi",
# "Dera-i-Ismail"): a part of such a name is no place of its own (Karachi's Gulistan-e-Jauhar
# is not Uzbekistan's Gulistan).
_IZAFAT = ("e", "i", "o", "ul", "ud", "ur", "us", "al", "el")


def in_compound_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer hyphenated name: joined to the next
    word by an izafat, after one, or in a chain of three names ("Mohla-Manpur-Ambagarh
    Chowki"; two places joined by one hyphen are two places: "the Quetta-Karachi
    highway"); or a word of an Arabic name joined by its article ("Alma al-Shaab")."""
    after = text[end:end + 30]
    before = text[max(0, start - 30):start]
    if after[:1] == "-" and after[1:].split("-", 1)[0] in _IZAFAT and after.count("-") > 1:
        return True
    if before[-1:] == "-" and before[:-1].rsplit("-", 1)[-1] in _IZAFAT and \
            before.count("-") > 1:
        return True
    if _ARABIC_ARTICLE_AFTER.match(after) or _ARABIC_ARTICLE_BEFORE.search(before):
        return True  # a word of an Arabic name the gazetteer lacks: "Alma al-Shaab"
    joined_before = before[-1:] == "-" and before[-2:-1].isalpha()
    joined_after = after[:1] == "-" and after[1:2].isalpha()
    return (joined_before and joined_after) or (
        joined_before and _CHAIN_BEFORE.search(before) is not None) or (
        joined_after and _CHAIN_AFTER.match(after) is not None)


_ARABIC_ARTICLE_AFTER = re.compile(r" (?:al|el|ad|ar|as|ash|at|az|ez|es)-[A-Z]")
_ARABIC_ARTICLE_BEFORE = re.compile(r"[A-Z][a-z]+ (?:al|el|ad|ar|as|ash|at|az|ez|es)-$")
_CHAIN_BEFORE = re.compile(r"[A-Za-z]+-[A-Za-z]+-$")
_CHAIN_AFTER = re.compile(r"-[A-Za-z]+-[A-Za-z]")
