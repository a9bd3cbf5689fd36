"""Stage 8c: people a verb counts without a number.  Reads the text right after (or before) a
casualty or arrest verb; writes the persons it names ("arrested Miraj and Waris"), one person
described with an article ("an arms dealer, Khanthang (40)") or by a role after a group's
long name ("a Khaplang faction of NSCN (NSCN K) cadre"), a couple, and the bodies found ("his
body", "the bodies of two men", "Two bullet riddled bodies").
:mod:`eventwatch.extract.casualties` decides which verb they belong to.  Rules:
``docs/codebook.md``, Numbers.
"""

from __future__ import annotations

import re

from eventwatch.extract.numbers import NUMBER_RE, Quantity, parse_number
from eventwatch.extract.phrases import NAME, Group, counted_phrases

__all__ = [
    "ARRESTEE",
    "A_COUPLE",
    "NAMED_OBJECTS",
    "NAME_JOIN",
    "OF_A_COUPLE",
    "ONE_MEMBER",
    "bodies",
]

# Persons named as a verb's objects, one to four, and nothing that makes them a unit ("Pakistan
# Army soldiers"): the names end at a comma, a bracket, a preposition or the clause's end.
NAMED_OBJECTS = re.compile(
    rf"\s+(?P<names>{NAME}(?:\s*,\s*{NAME}){{0,2}}(?:\s*,?\s+and\s+{NAME})?)"
    # (an age may follow, its brackets stripped: "arrested Azhar Hossain 22 —a suspected")
    r"(?=(?:\s+\d{1,2}\b)?(?:\s*(?:\(|,|\.|;|$|—)|\s+(?:on|in|at|from|near|who|while|when|"
    r"after|before|a|an|the|and|of|alias)\b))")
A_COUPLE = re.compile(r"\s+(?P<np>a\s+(?:\w+\s+)?couple)\b(?!\s+of\b)", re.I)
# the same after "of": "the killing of a couple"
OF_A_COUPLE = re.compile(rf"\s+of{A_COUPLE.pattern}", re.I)
# One person arrested or killed, described with an article: "a Bangladeshi national, who
# ...", "an arms dealer, Khanthang (40)", "a 32 year old electrician, identified as ...".
ARRESTEE = re.compile(
    # (not a group: "a number of villagers", "a group of militants", "a few")
    r"\s+(?P<np>(?:a|an)\s+(?!(?:number|lot|group|couple|few|dozen|score|handful|team|band|"
    r"gang|squad|batch|total)\b)(?:[\w’'‘-]+\s+){0,5}?(?P<head>[\w’'-]+))[’']?"
    r"(?=\s*(?:,|\(|\.|;|$)|\s+(?:identified|named|from|in|at|on|near|who|with|for|along|"
    r"belonging|while|after|during|as|alias|and\s+recovered|suspected|accused|wanted|"
    r"allegedly|involved)\b|"
    # a quoted role's "of": "arrested a ‘sergeant major’ of the Khaplang faction"
    r"(?<=[’'])\s+of\b)")
# One member named by a role after a group's long name, with or without an article:
# "arrested a Khaplang faction of National Socialist Council of Nagaland (NSCN K) cadre",
# "arrested linkman of IK Songbijit faction", "arrested the key suspect behind ...".
ONE_MEMBER = re.compile(
    r"\s+(?P<np>(?:(?:a|an|the)\s+)?(?:[\w’'‘()-]+\s+){0,16}?"
    r"(?P<head>cadre|militant|linkman|member|leader|operative|activist|commander|kingpin|"
    r"suspect|killer|amir|chief|rebel|insurgent|terrorist|extremist|courier|informer|"
    r"associate|accomplice|ultra|mastermind))[’']?"
    r"(?=\s*(?:,|\(|\.|;|$|—)|\s+(?:identified|named|from|in|at|on|near|who|with|for|along|"
    r"belonging|while|after|during|as|alias|behind|of|involved|wanted|and\s+recovered|"
    r"(?-i:[A-Z])\w*)\b)", re.I)
NAME_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


_A_BODY = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}$", re.I)


def bodies(text: str, vm: re.Match[str], s_end: int) -> list[Group]:
    """ "his body was found" is one killed; "the bodies of two men" counts to the right."""
    if re.search(r"\b(?:his|her|the\s+(?:dead\s+)?body\s+of\s+(?:a|an|one))\s*$",
                 text[max(0, vm.start() - 25):vm.start() + 12], re.I) or re.match(
            r"\s+of\s+(?:a|an|one)\b", text[vm.end():vm.end() + 10], re.I) or (
            # "A bullet riddled dead body, identified as that of ..., was found"
            vm.group(0).lower() == "body" and _A_BODY.search(
                text, max(0, vm.start() - 40), vm.start())):
        q = Quantity(vm.start(), vm.end(), vm.group(0), 1, 1, "exact")
        return [Group(q, None, vm.start(), vm.end())]
    m = re.match(r"\s+of\s+", text[vm.end():vm.end() + 6])
    if m:
        right = counted_phrases(text, vm.end() + m.end(), min(s_end, vm.end() + 60), None)
        return right[:1]
    if vm.group(0).lower() == "bodies":
        # "Two bullet riddled bodies were found": the number before, through the words that
        # say how they were found
        left = _BODIES_COUNT.search(text, max(0, vm.start() - 60), vm.start())
        if left:
            parsed = parse_number(NUMBER_RE.match(left.group("num")))  # type: ignore[arg-type]
            if parsed is not None and parsed.low is not None and parsed.qualifier != "vague":
                q = Quantity(left.start("num"), left.end("num"), left.group("num"), parsed.low,
                             parsed.high, parsed.qualifier)
                return [Group(q, None, left.start("num"), vm.end())]
    return []


_BODIES_COUNT = re.compile(
    rf"(?<![\w-])(?P<num>{NUMBER_RE.pattern[2:]})\s+(?:(?:bullet[\s-]riddled|decomposed|"
    r"mutilated|dead|unidentified|charred|beheaded|headless|tortured|more|other|slain)\s+){0,3}$",
    re.I)
