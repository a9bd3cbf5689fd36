"""Stage 1: segmentation.  Reads the article text; writes :class:`Sentence` spans.

spaCy's blank English tokenizer, then the rule of spaCy's ``sentencizer`` (a sentence starts
at the first non-punctuation token after a sentence-final character, so closing quotes stay
with the sentence they end) run over the token attribute array instead of ``Token`` objects:
the same boundaries as ``nlp(text).sents`` at a fraction of the cost.  No model is
downloaded.  Sentences keep their character offsets into the article, so every later stage
can report evidence spans.  Short narratives that lost their punctuation (SATP
style: "... on May 17 reports Daily Excelsior A senior Police officer said ...") come out as
long sentences, which the incident stage tolerates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.language import Language
from spacy.pipeline import Sentencizer

from eventwatch.extract.fastre import guarded

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


# A title's abbreviation before a name ends no sentence: "Lt. Col. Ramon Dela Pena, commander
# of the Army's 20th Infantry Battalion, said" (the sentencizer splits after each stop).
# (the titles, also abbreviations a sentence's own split may not end at: see _ABBREVIATION)
_TITLES = "Mr|Mrs|Ms|Dr|Lt|Gen|Col|Maj|Capt|Sgt|Brig|Prof|Rev|Hon"
_TITLE_BEFORE = re.compile(rf"\b(?-i:{_TITLES}|Cpl|Pvt|Supt|Insp|Cmdr|Adm)\.\s+$")
# (a list's item is a paragraph of its own: a wire round-up's "- Gunmen opened fire ...")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]*[-•*–][ \t])")


# One token of a chunk: (offset in the chunk, is a sentence-final character, is punctuation).
ChunkToken = tuple[int, bool, bool]
_MAX_CHUNKS = 100_000  # remembered tokenizations; the table starts afresh when full


@dataclass(frozen=True, slots=True)
class FinalPunct:
    """The sentencizer's sentence-final characters, and regexes that find them.

    ``pattern`` finds any of them; ``ascii_pattern`` only the ASCII ones, for a text that
    holds none of the others (``non_ascii``): a class of three characters is scanned twenty
    times faster than one of the sentencizer's ninety, and most news is ASCII.

    ``chunks`` remembers how the pipeline's tokenizer splits the chunks it was given ("said.",
    "Monday.", "(PTI).": three in four recur across a corpus), so a chunk is tokenized once
    per :class:`~eventwatch.resources.Resources`.  A chunk's tokens depend on its text only.
    """

    chars: frozenset[str]
    pattern: re.Pattern[str]
    ascii_pattern: re.Pattern[str]
    non_ascii: frozenset[str]
    chunks: dict[str, tuple[ChunkToken, ...]] = field(default_factory=dict, compare=False,
                                                      repr=False)


def final_punct(nlp: Language) -> FinalPunct:
    """The sentence-final characters of the pipeline's sentencizer (its defaults if none)."""
    chars = Sentencizer.default_punct_chars
    if "sentencizer" in nlp.pipe_names:
        chars = list(nlp.get_pipe("sentencizer").punct_chars)  # type: ignore[attr-defined]
    single = sorted(c for c in chars if len(c) == 1)
    charset = "".join(re.escape(c) for c in single)
    ascii_set = "".join(re.escape(c) for c in single if c.isascii())
    return FinalPunct(frozenset(chars), re.compile(f"[{charset}]"),
                      re.compile(f"[{ascii_set}]" if ascii_set else r"(?!)"),
                      frozenset(c for c in single if not c.isascii()))


_CHUNK_END = re.compile(r"\s")


def sentence_starts(nlp: Language, text: str, punct: FinalPunct) -> list[int]:
    """Character offsets where sentences start, by the sentencizer's rule.

    spaCy's tokenizer splits on whitespace first and tokenizes each chunk on its own, so
    only the chunks holding a sentence-final character (and the chunk after one) need it:
    the rest of the text cannot change a boundary.  The result equals
    ``[s.start_char for s in nlp(text).sents]`` up to leading whitespace (checked on every
    SATP narrative).
    """
    starts = [0]
    seen_final = False
    pos = 0
    n = len(text)
    tokenizer = nlp.tokenizer
    finder = punct.ascii_pattern if punct.non_ascii.isdisjoint(text) else punct.pattern
    while pos < n:
        if not seen_final:
            m = finder.search(text, pos)
            if m is None:
                break
            # back to the start of the whitespace-delimited chunk holding it
            chunk_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start()),
                              text.rfind("\t", 0, m.start())) + 1
            chunk_start = max(chunk_start, pos)
        else:
            chunk_start = pos
            while chunk_start < n and text[chunk_start].isspace():
                chunk_start += 1
            if chunk_start >= n:
                break
            if text[chunk_start].isalnum():  # a word: it starts the next sentence
                starts.append(chunk_start)
                seen_final = False
        end_m = _CHUNK_END.search(text, chunk_start)
        chunk_end = end_m.start() if end_m else n
        if not seen_final and chunk_start in starts[-1:] and chunk_start != 0 and \
                not finder.search(text, chunk_start, chunk_end):
            pos = chunk_end
            continue
        chunk = text[chunk_start:chunk_end]
        tokens = punct.chunks.get(chunk)
        if tokens is None:
            if len(punct.chunks) >= _MAX_CHUNKS:
                punct.chunks.clear()
            tokens = punct.chunks[chunk] = tuple(
                (t.idx, t.text in punct.chars, t.is_punct) for t in tokenizer(chunk))
        for idx, final, is_punct in tokens:
            if seen_final and not is_punct and not final:
                starts.append(chunk_start + idx)
                seen_final = False
            elif final:
                seen_final = True
        pos = chunk_end
    return starts


def split_sentences(nlp: Language, text: str, punct: FinalPunct | None = None,
                    ) -> list[Sentence]:
    """Sentences of ``text`` in order; paragraph breaks always end a sentence, and a title's
    abbreviation before a name ("Lt. Col. Ramon Dela Pena", "Sgt. Wilson") ends none.

    ``punct``: :func:`final_punct` of ``nlp``, computed once by the caller for speed.
    """
    if punct is None:
        punct = final_punct(nlp)
    sentences: list[Sentence] = []
    pos = 0
    blocks = _PARAGRAPH_BREAK.split(text)
    for paragraph, block in enumerate(blocks):
        start = text.find(block, pos)
        pos = start + len(block)
        if not block.strip():
            continue
        cuts = [c for c in sentence_starts(nlp, block, punct)
                if c == 0 or not _TITLE_BEFORE.search(block, max(0, c - 8), c)] + [len(block)]
        for a, b in pairwise(cuts):
            s_text = block[a:b].rstrip()
            if not s_text.strip():
                continue
            s = start + a
            sentences.append(Sentence(len(sentences), s, s + len(s_text), s_text,
                                      _is_quoted(s_text), paragraph))
    return sentences


# The last word of a news outlet's name ("Daily Times", "The Express Tribune", "Dawn").
_OUTLET_END = (r"Times|Post|Express|Tribune|Star|News|Excelsior|Hindu|Telegraph|Sentinel|Page|"
               r"Press|Pioneer|Chronicle|Standard|Nation|Observer|Today|Outlook|Herald|Mail|Age|"
               r"Mirror|Dawn|Republica|Myrepublica|Kanglaonline|Online|Agency")
# Run-on narratives (punctuation stripped) still mark clause starts with a source attribution
# ("... on May 17 reports Daily Excelsior A senior Police officer said ...") or a discourse
# marker ("... In the meantime one militant ...").  Long sentences are split there.
_RUN_ON_SPLIT = re.compile(
    r"\b(?:reports|reported|adds|added)\s+(?:the\s+)?(?:[A-Z][\w.’']*\s+(?:of\s+)?){1,4}"
    r"(?=(?:A|An|The|In|On|At|According|Police|Sources|Officials|He|She|They|Security|"
    r"Meanwhile|Separately|Investigators|Reportedly|Initial|Earlier|However|It|This|His|Her|"
    r"Their|One|Two|Three|Four|Five|Unidentified|Militants|Maoists|Gunmen)\b)"
    # the credit ends with its day: "India Today reports on October 23 Abu Muqatil al Hindi"
    # or the outlet's name ends with a newspaper's noun: "on March 26 reports Dawn Lashkar e
    # Islam LI claimed responsibility"
    r"|\b(?:reports|reported)\s+(?:the\s+)?(?:[A-Z][\w.’']*\s+(?:of\s+)?){0,3}"
    rf"(?:{_OUTLET_END})\s+(?=[A-Z])(?!(?:{_OUTLET_END})\b)"
    r"|\b(?:reports|reported)\s+on\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?"
    r"(?:\s+\((?:today|yesterday)\))?\s+(?=[A-Z])"
    r"|(?<=[a-z0-9”\"])\s+(?=(?:In the meantime|Meanwhile|In another incident|"
    r"In a separate incident|Separately|Elsewhere|Later on|The officer said|"
    r"Police said|Officials said|Sources said)\b)"
)
_LONG = 45  # words


# A full stop glued to the next sentence's first word ("support the Islamic State (IS).On
# October 24, 2015, two persons were killed", also after an acronym: "reports UNB.In
# Kotchandpur sub District"), which the tokenizer keeps in one token; not after a title or an
# abbreviation ("Mr.Khan", "Lt.Gen", "U.S.Army").
# (guarded: the look-behinds run only at a full stop, not at every position of every sentence)
_GLUED_STOP = guarded(r"(?:(?<=[a-z)”\"'’])|(?<=[^.\s][A-Z]{2}))\.(?=[A-Z][a-z])")
_ON_X = re.compile(r"\b(?:on|via|to)\s+X\.(?=\s+[A-Z])")
_ABBREVIATION = re.compile(rf"\b(?:{_TITLES}|St|No|Nos|Jr|Sr|Govt|Dept|Co|Ltd|Inc|vs|etc|Md|Mohd|"
                           r"Sh|Smt|Er)$")


def stop_before(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts by the text's own marks: after the last full
    stop or line break before it (for words read where the segmenter's sentences are not at
    hand; an abbreviation's stop can only shorten the span)."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def split_run_ons(sentences: list[Sentence]) -> list[Sentence]:
    """Split over-long sentences at attribution and discourse-marker boundaries, and any
    sentence at a full stop glued to the next sentence."""
    out: list[Sentence] = []
    for sent in sentences:
        glued = [m.end() for m in _GLUED_STOP.finditer(sent.text)
                 if not _ABBREVIATION.search(sent.text, max(0, m.start() - 6), m.start())]
        if " X. " in sent.text:  # (a platform's one letter is no initial: "said on X. He")
            glued += [m.end() for m in _ON_X.finditer(sent.text)]
        long = len(sent.text.split()) >= _LONG
        if not long and not glued:
            out.append(Sentence(len(out), sent.start, sent.end, sent.text, sent.quoted,
                                sent.paragraph))
            continue
        cuts = [m.end() for m in _RUN_ON_SPLIT.finditer(sent.text)
                if 0 < m.end() < len(sent.text)] if long else []
        cuts = sorted({*cuts, *glued})
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
