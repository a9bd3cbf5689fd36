"""Part of stage 8 (casualties): the side of one person a verb counts as "him" or "her".

Reads the 200 characters before the verb; writes the casualty category of the person the
pronoun stands for:

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

from eventwatch.extract.people import person_category
from eventwatch.extract.phrases import DOER_AFTER, PERSON_ANY, context_category

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
