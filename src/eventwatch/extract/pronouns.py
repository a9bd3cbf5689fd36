"""Part of stage 8 (casualties): people a verb counts by a word that points back.

:func:`told_back` reads a verb's object after its counted phrases were read: "both" alone
counts the two told before ("as two brothers were herding their sheep ..., wounding both";
not the dead, most often told again: "killed two terrorists ... returned fire, killing
both"), and a bare number is of the group just fought ("soldiers pursuing the attackers
clashed with them near Bukiringi, killing six": six militants), and "a third" after a count
is one more of the same ("killing two of them and arresting a third").

:func:`pronoun_category` reads the 200 characters before the verb; writes the casualty
category of the person "him" or "her" stands for:

* the nearest person told in the singular, since "him" is one man and not the troops or the
  soldiers told nearer ("A Palestinian gunman opened fire on Israeli soldiers ..., wounding two
  of them before troops shot him dead": the gunman, a militant);
* a doer, where he is the only one told in the singular and not the subject of this very verb
  (the gunman above; not "The attacker shot him dead", whose "him" is another);
* else the nearest people told, as for "them" (:func:`phrases.context_category`).

Rules: ``docs/codebook.md``, Numbers.
"""

from __future__ import annotations

import re

from eventwatch.extract.numbers import Quantity
from eventwatch.extract.people import person_category
from eventwatch.extract.phrases import DOER_AFTER, PERSON_ANY, Group, context_category

# A person noun in the plural, or one that names a body of people: not "him" or "her".
_PLURAL = re.compile(r"(?:.*s|.*men|people|children|police|personnel|troops|"
                     r"khwarij|khawarij|taliban|fidayeen)", re.I)
# The words between the verb's subject and the verb: none but an adverb or an auxiliary.
_SUBJECT_GAP = re.compile(r"\s+(?:(?:had|has|have|then|also|later|allegedly|reportedly|"
                          r"\w+ly)\s+)*$", re.I)


def pronoun_category(text: str, verb_start: int) -> str | None:
    """The side of the one person "him" or "her" stands for, after the verb at ``verb_start``."""
    base = max(0, verb_start - 200)
    window = text[base:verb_start]
    singular: tuple[int, str | None] | None = None
    doer: tuple[int, str | None] | None = None
    found = list(PERSON_ANY.finditer(window))
    for i, m in enumerate(found):
        noun = m.group(0)
        if i + 1 < len(found) and not window[m.end():found[i + 1].start()].strip():
            continue  # a modifier, the phrase's head next: "Maoist leaders"
        category = person_category(noun)
        if category is None or _PLURAL.fullmatch(noun):
            continue
        if DOER_AFTER.match(text, base + m.end()):
            # (not the verb's own subject: "The attacker shot him dead")
            if not _SUBJECT_GAP.fullmatch(window, m.end()):
                doer = (m.start(), category)
            continue
        singular = (m.start(), category)
    if singular is not None:
        return singular[1]
    if doer is not None:
        return doer[1]
    return context_category(text, verb_start)


# The forces' clash with the doers they pursued, right before the verb.
_CLASHED_WITH_THEM = re.compile(r"\b(?:pursuing|chasing|tracking)\s+the\s+(?:attackers|assailants|"
                                r"militants|rebels|gunmen|kidnappers)\s+(?:clashed|fought)\s+"
                                r"with\s+them\b[^.;]{0,60}$", re.I)
_ONE_MORE_BY_ORDINAL = re.compile(r"\s+(a\s+(?:third|fourth|fifth|sixth))\b(?=\s*(?:[,.;]|$))",
                                  re.I)
_BOTH_ALONE = re.compile(r"\s+(both)\b(?=\s*(?:[,.;]|$))", re.I)


def told_back(text: str, vm: re.Match[str], obj: int, right_end: int,
              right: list[Group]) -> list[Group]:
    """The verb's object groups (``right``, read from ``obj``), with "both" alone and a bare
    number's side read back (see the module docstring)."""
    if len(right) == 1 and right[0].category is None and \
            right[0].end == right[0].quantity.end and \
            _CLASHED_WITH_THEM.search(text, max(0, vm.start() - 120), vm.start()):
        right[0].category = "militants"
    if not right and vm.lastgroup == "wounded" and \
            (both := _BOTH_ALONE.match(text, obj, right_end)) is not None:
        q = Quantity(both.start(1), both.end(1), both.group(1), 2, 2, "exact")
        return [Group(q, context_category(text, vm.start()), both.start(1), both.end(1))]
    if not right and (nth := _ONE_MORE_BY_ORDINAL.match(text, obj, right_end)) is not None:
        # one more of those counted before: "killing two of them and arresting a third",
        # "killing two young fuel porters and wounding a third"
        q = Quantity(nth.start(1), nth.end(1), nth.group(1), 1, 1, "exact")
        return [Group(q, context_category(text, vm.start()), nth.start(1), nth.end(1))]
    return right
