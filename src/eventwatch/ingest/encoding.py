"""Ingestion: telling text from binary and bytes from characters.

Reads the raw bytes of one input and writes a ``str`` or raises
:class:`~eventwatch.errors.IngestError`: E002 for binary data, E003 when no encoding fits.

Order of attempts (first that decodes *and* looks like text wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8 (most of the web, and anything we write);
3. the charset the document declares (HTTP header, ``<meta charset>``, XML declaration);
   ``iso-8859-1``/``ascii`` are read as windows-1252, as browsers do;
4. windows-1252, accepted only when few characters fall outside ASCII (an English page with
   curly quotes and accents), because it decodes nearly any byte string into *something*;
5. ``charset-normalizer`` (a trafilatura dependency), accepted only when its "mess" score is
   low; it recognises Cyrillic, CJK and EBCDIC pages that step 4 would turn into mojibake.

Anything else is E003: an unreadable article is reported, never stored as mojibake.
"""

from __future__ import annotations

import codecs
import re

from eventwatch.errors import Errors, IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Document formats a user may well pass by mistake: named in an E011 message with the fix.
_DOCUMENTS = (
    (b"%PDF-", "a PDF document; convert it to text or HTML first"),
    (b"PK\x03\x04", "a ZIP archive or an Office document; unpack it or save it as text"),
)
_CHARSET_RE = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])\s*([A-Za-z0-9_.:-]+)""",
    re.I,
)
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii",
              "iso_8859-1", "windows-1252", "cp1252"}
_MAX_NON_ASCII_CP1252 = 0.10
_MAX_MESS = 0.2


def check_not_binary(data: bytes, source: str) -> None:
    """Raise E011 for a PDF or ZIP document and E002 for other binary data."""
    for magic, what in _DOCUMENTS:
        if data.startswith(magic):
            raise IngestError(Errors.E011, input=source, reason=what)
    reason = binary_reason(data)
    if reason:
        raise IngestError(Errors.E002, input=source, reason=reason)


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (NUL bytes, many control characters), or None for text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text has NUL bytes by design
    head = data[:8192]
    if b"\x00" in head:
        return "it contains NUL bytes"
    controls = sum(1 for b in head if (b < 32 and b not in (9, 10, 12, 13, 27)) or b == 127)
    if head and controls / len(head) > 0.05:
        return f"{controls / len(head):.0%} of its first bytes are control characters"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a document declares in its first 4 KB (``<meta>`` or XML declaration)."""
    m = _CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _codec(name: str) -> str | None:
    label = name.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _plausible(text: str) -> bool:
    # C1 control characters never appear in real text; they mark a wrong single-byte guess.
    return not re.search(r"[\x80-\x9f\ufffd]", text)


def decode_bytes(data: bytes, *, source: str, declared: str | None = None,
                 html: bool = False) -> str:
    """Decode ``data`` to text (see the module docstring for the order of attempts).

    ``declared`` is a charset from outside the document (an HTTP ``Content-Type``); with
    ``html`` the document's own ``<meta charset>`` / XML declaration is read too.
    Raises IngestError E002 (binary) or E003 (no encoding fits), naming ``source``.
    """
    check_not_binary(data, source)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(Errors.E003, input=source,
                                  reason=f"invalid {codec} after its byte-order mark: {exc.reason}"
                                  ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    tried = ["utf-8"]
    labels = [declared] if declared else []
    if html:
        inner = declared_charset(data)
        if inner:
            labels.append(inner)
    for label in labels:
        name = _codec(label)
        if name and name not in tried:
            tried.append(name)
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text
    if "cp1252" not in tried:
        tried.append("cp1252")
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = ""
        letters = [c for c in text if not c.isspace()]
        non_ascii = sum(1 for c in letters if ord(c) > 127)
        if letters and non_ascii / len(letters) <= _MAX_NON_ASCII_CP1252 and _plausible(text):
            return text
    guess = _detect(data)
    if guess is not None:
        return guess
    tried.append("charset detection")
    raise IngestError(Errors.E003, input=source,
                      reason="not valid UTF-8 and no other encoding fits; tried "
                      + ", ".join(tried))


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_MESS:
        return None
    text = str(best)
    return text if _plausible(text) else None


def charset_from_content_type(value: str | None) -> str | None:
    """The ``charset=`` parameter of an HTTP ``Content-Type`` header."""
    if not value:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", value, re.I)
    return m.group(1).lower() if m else None
