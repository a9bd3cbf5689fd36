"""Stage 1: segmentation.  Reads the article text; writes :class:`Sentence` spans.

spaCy's blank English pipeline with the rule-based sentencizer: no model download, about a
million words a second.  Sentences keep their character offsets into the article, so every
later stage can report evidence spans.  Short narratives that lost their punctuation (SATP
style: "... on May 17 reports Daily Excelsior A senior Police officer said ...") come out as
long sentences, which the incident stage tolerates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language

_QUOTE_CHARS = "\"“”"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span in the article and whether it is mostly quoted speech."""

    index: int
    start: int
    end: int
    text: str
    quoted: bool
    paragraph: int = 0


def _is_quoted(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped[0] in _QUOTE_CHARS + "‘'"


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def split_sentences(nlp: Language, text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; paragraph breaks always end a sentence."""
    sentences: list[Sentence] = []
    pos = 0
    blocks = _PARAGRAPH_BREAK.split(text)
    for paragraph, block in enumerate(blocks):
        start = text.find(block, pos)
        pos = start + len(block)
        if not block.strip():
            continue
        doc = nlp(block)
        for sent in doc.sents:
            s_text = sent.text
            if not s_text.strip():
                continue
            s = start + sent.start_char
            sentences.append(Sentence(len(sentences), s, s + len(s_text), s_text,
                                      _is_quoted(s_text), paragraph))
    return sentences


# Run-on narratives (punctuation stripped) still mark clause starts with a source attribution
# ("... on May 17 reports Daily Excelsior A senior Police officer said ...") or a discourse
# marker ("... In the meantime one militant ...").  Long sentences are split there.
_RUN_ON_SPLIT = re.compile(
    r"\breports\s+(?:the\s+)?(?:[A-Z][\w.’']*\s+){1,3}(?=(?:A|An|The|In|On|At|According|"
    r"Police|Sources|Officials|He|She|They|Security|Meanwhile|Separately)\b)"
    r"|(?<=[a-z0-9”\"])\s+(?=(?:In the meantime|Meanwhile|In another incident|"
    r"In a separate incident|Separately|Elsewhere|Later on|The officer said|"
    r"Police said|Officials said|Sources said)\b)"
)
_LONG = 45  # words


def split_run_ons(sentences: list[Sentence]) -> list[Sentence]:
    """Split over-long sentences at attribution and discourse-marker boundaries."""
    out: list[Sentence] = []
    for sent in sentences:
        if len(sent.text.split()) < _LONG:
            out.append(Sentence(len(out), sent.start, sent.end, sent.text, sent.quoted,
                                sent.paragraph))
            continue
        cuts = [m.end() for m in _RUN_ON_SPLIT.finditer(sent.text) if 0 < m.end() < len(sent.text)]
        pos = 0
        for cut in [*cuts, len(sent.text)]:
            piece = sent.text[pos:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                text = piece.strip()
                start = sent.start + pos + lead
                out.append(Sentence(len(out), start, start + len(text), text, _is_quoted(text),
                                    sent.paragraph))
            pos = cut
    return out
