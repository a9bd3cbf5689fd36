"""Part of stage 8 (casualties): whom a verb counts across a relative clause.

Reads the words between a measure verb and the clause break before it, where that break is a
"who", a "which" or a "but" and nothing there is counted; writes the noun phrases the verb
counts:

* the subject before a relative clause, set off by commas, for the main verb after it ("two
  CPI Maoist cadres, who had come to intimidate workers ..., were arrested"), or for the
  clause's own passive verb ("Six tribal people, who were reportedly abducted by Maoists
  ..., returned home"), but not an act of another time ("arms of a militant, who was killed
  in the month of August 2015"); also where the clause opens without its comma but closes
  with one ("a woman and a man who could not identified ..., were shot dead");
* the subject before a relative clause with a verb of its own closed by the main verb with
  no comma ("Three youths ..., identified as A, B and C who were on a peace cycle rally ...
  were allegedly abducted"), or that tells what the people did ("all three terrorists who
  had attacked the camp have been eliminated");
* the subject of the clause before "but they" and a passive verb ("Seven gramrakshis
  launched a search for them but they were also taken hostage");
* the people right before a restrictive relative clause's own passive verb: hostages ("the
  seven traders from Assam who were abducted by militants"), and the sentence's subject for
  any measure ("The two Maoists who were killed in an encounter ... have been identified
  as").

Rules: ``docs/codebook.md``, Numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.objects import antecedent
from eventwatch.extract.phrases import Group, counted_phrases

__all__ = ["relative_subject", "subject_past_relative"]

# The end of a relative clause right before the verb: "..., who had come to ..., were".
_CLOSED_RELATIVE = re.compile(r",\s*(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?"
                              r"(?:\w+ly\s+)?"
                              # (the lead of a noun verb: "..., who was escorting him,
                              # suffered splinter injuries")
                              r"(?:(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2})?$")
# A relative clause's own verb right after "who": "a man who could not identified".
_OWN_VERB_AFTER_WHO = re.compile(r"\s+(?:could|would|had|has|have|was|were|is|are|did)\b", re.I)
# A relative clause whose own verb is the passive: "..., who were reportedly abducted".
_RELATIVE_PASSIVE = re.compile(r"\s*(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                               r"(?:\w+ly\s+)?", re.I)
# A relative clause's own active verb, past: "who had attacked the camp", "who entered".
_RELATIVE_ACTIVE = re.compile(r"\s*(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?!been\b)\w+ed\s+"
                              r"(?!by\b)")  # (how sure: "who allegedly collaborated with")
# The relative clause's own verb, not a passive: "who were on a peace cycle rally ...".
_UNCLOSED_RELATIVE = re.compile(r"\s*(?:was|were|is|are)\s+(?!(?:\w+ly\s+)?(?:been\b|"
                                r"\w+ed\b|shot\b|hurt\b|taken\b))", re.I)
# "they" and the passive: "but they were also taken hostage".
_THEY_PASSIVE = re.compile(r"\s*they\s+(?:were|had\s+been|have\s+been)\s+", re.I)
# Nothing but a sentence adverb before the clause's subject.
_OPENS_CLAUSE = re.compile(r"\W*(?:(?:however|meanwhile|later|then|also)\W+)?", re.I)
_EARLIER = re.compile(r"\b(?:(?:19|20)\d\d|(?:last|previous)\s+(?:year|month)|earlier|"
                      r"ago|years?|months?)\b", re.I)
_CLAUSE_MARK = re.compile(r"[,;.]")


def _of_another_time(text: str, vm: re.Match[str]) -> bool:
    """Whether the clause after the verb tells another time ("who was killed in the month of
    August 2015"): up to the next comma or sentence mark."""
    m = _CLAUSE_MARK.search(text, vm.end())
    return _EARLIER.search(text, vm.end(), m.start() if m else len(text)) is not None


def relative_subject(text: str, vm: re.Match[str], before: str, aux: re.Match[str] | None,
                     breaks: Sequence[re.Match[str]], clause_start: int, aux_window: int, *,
                     after_verb: bool) -> list[Group]:
    """The people the verb ``vm`` counts across the relative clause that ``breaks[-1]``
    opens (empty where it opens none): ``before`` is the text from that break to the verb,
    ``aux`` the passive auxiliary found in its last ``aux_window`` characters, and
    ``after_verb`` whether ``clause_start`` is the end of the sentence's previous verb."""
    rel = breaks[-1]
    who = rel.group(0).lower()
    if who == "but" and _THEY_PASSIVE.match(before):
        # the subject of the clause before, told again by "they": "Seven gramrakshis launched
        # a search for them but they were also taken hostage on September 23" is seven
        start = breaks[-2].end() if len(breaks) > 1 else clause_start
        subject = counted_phrases(text, start, rel.start(), None)[:1]
        return subject if subject and _OPENS_CLAUSE.fullmatch(text, start, subject[0].start) \
            else []
    if who not in ("who", "which"):
        return []
    subject_start = breaks[-2].end() if len(breaks) > 1 else clause_start
    closed = _CLOSED_RELATIVE.search(before)
    if (text[clause_start:rel.start()].rstrip().endswith(",") or (
            closed and _OWN_VERB_AFTER_WHO.match(text, rel.end()))) and (
            closed or (_RELATIVE_PASSIVE.fullmatch(before) and not _of_another_time(text, vm))):
        subject = counted_phrases(text, subject_start, rel.start(), None)
        if aux is not None and aux.group(0).split()[0].lower() in ("was", "is", "has"):
            subject = subject[:1]  # "a top cadre ..., Radhe Mahto, who ..., was arrested"
        return subject
    if who != "who":
        return []
    if aux and _UNCLOSED_RELATIVE.match(before) and \
            len(before) - len(before[-aux_window:]) + aux.start() > 12:
        return counted_phrases(text, subject_start, rel.start(), None)
    if aux and _RELATIVE_ACTIVE.match(before):
        return counted_phrases(text, subject_start, rel.start(), None)
    if _RELATIVE_PASSIVE.fullmatch(before) and (
            vm.lastgroup == "kidnapped" or (len(breaks) == 1 and not after_verb and
                                            not _of_another_time(text, vm))):
        return antecedent(text, subject_start, rel.start())
    return []


# The main verb's passive after a relative clause closed by a comma: "..., were ".
_CLOSED_THEN_AUX = re.compile(r"[^.;]*,\s*(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?$",
                              re.I)


def subject_past_relative(text: str, clause_start: int, before: str) -> list[Group]:
    """The subject of a main verb told after a relative clause whose own verb came first
    (``clause_start`` is that verb's end, ``before`` the words from it to this verb): "two
    employees of a private contractor, who had been kidnapped by unidentified armed men on
    October 14, were found shot dead" counts the two dead as well as kidnapped."""
    if not _CLOSED_THEN_AUX.fullmatch(before):
        return []
    who = text.rfind(", who ", max(0, clause_start - 160), clause_start)
    if who < 0:
        return []
    subject = counted_phrases(text, max(0, text.rfind(".", 0, who) + 1, who - 160), who, None)
    return subject[-1:]
