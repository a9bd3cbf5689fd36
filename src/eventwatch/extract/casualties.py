"""Stage 8: casualties.  Reads the sentences of one incident; writes killed / wounded /
arrested / kidnapped :class:`Count` ranges split by casualty category, with evidence.

The stage anchors on the verb of each figure ("were killed", "injuring", "left ... dead",
"claimed 30 lives") and reads the noun phrases on the side the voice points to
(:mod:`eventwatch.extract.verb_groups`): to the left for the passive ("two Policemen were
killed"), to the right for the active ("killing 61 of them").  Rules (``docs/codebook.md``):

* phrases joined by "and" add up ("six militants and a volunteer were killed" is 7);
* "including five Policemen" breaks a total down without adding to it; the rest of a
  generic total ("10 others") is ``unknown`` once part of it is broken down;
* a total of plain "people" / "persons" carries no category at all;
* "of them" takes the category of the people named just before ("attacked sleeping cadets,
  killing 61 of them" is 61 security forces).

:mod:`eventwatch.extract.tolls` reconciles one incident's figures (a restatement is never
added twice; "the toll rose to 12" and "later succumbed" update).
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwatch.extract.breakdowns import breakdowns, elided_sides, held_figures
from eventwatch.extract.fastre import guarded
from eventwatch.extract.figure_verbs import (
    death_of_wounds,
    died_in_hospital,
    harm_denied,
    how_the_toll_came,
    part_of_the_hurt,
    states_no_figure,
    verb_read,
)
from eventwatch.extract.lexicon import WIRE_DATELINE
from eventwatch.extract.measure_verbs import MEASURE_VERBS
from eventwatch.extract.numbers import Quantity
from eventwatch.extract.objects import RECORD_BEFORE
from eventwatch.extract.phrases import Group, count_from_groups, counted_phrases
from eventwatch.extract.segment import Sentence
from eventwatch.extract.toll_updates import toll_figures
from eventwatch.extract.tolls import Figure, dedupe, without_injuries_of_the_dead
from eventwatch.extract.verb_groups import SUBJECT_START, verb_groups

# (the word boundary every verb starts at, tested once before the alternatives, not by each:
# a tenth faster, the same matches)
_VERB_RE = guarded(
    r"\b(?:" + "|".join(rf"(?P<{m}>(?:{p})\b)" for m, p in MEASURE_VERBS.items()) + ")", re.I)
_UPDATE_RE = guarded(r"\b(?:rose|risen|climbed|jumped|reached|mounted|increased|went\s+up|"
                     r"succumb(?:ed|s)|later\s+died|has\s+risen|toll\s+(?:is|stands?|now))\b",
                     re.I)


def find_figures(text: str, sentence: Sentence) -> list[Figure]:
    """Every casualty / arrest figure stated in one sentence."""
    figures: list[Figure] = []
    s_start, s_end = sentence.start, sentence.end
    prev_verb_end = s_start
    hospital_deaths: list[int] = []  # where a death "where she was pronounced dead" starts
    for vm in _VERB_RE.finditer(text, s_start, s_end):
        read = verb_read(text, vm, s_start, s_end)
        if read is None:
            continue  # "the armed militants came and rounded up the villagers": gathered
        verb, measure = read
        if (part := part_of_the_hurt(text, vm.start(), vm.end(), verb, s_start)) is not None:
            prev_verb_end = part  # (the wounded told before: the next verb's subject)
            continue
        if states_no_figure(text, vm.start(), vm.end(), measure, verb, s_start, s_end) or \
                RECORD_BEFORE.search(text, max(s_start, vm.start() - 100), vm.start()):
            # an adjective ("eight abducted workers") or a cause, not a figure; or someone's
            # record, which leaves the sentence's subject to its own verb ("Seven CPI Maoist
            # cadres, including a wanted Maoist involved in the killing of Pakur
            # Superintendent of Police ... and several other Policemen in 2014, were arrested")
            continue
        clause_start = max(s_start, prev_verb_end)
        # (or glossed by his wounds' participle: "A Policeman injured in a militant attack
        # on Security Forces (SFs) in Srinagar on August 15, died", a death of wounds)
        hurt = _WOUNDED_PARTICIPLE.match(text, s_start, prev_verb_end + 8) \
            if verb in ("died", "succumbed") and prev_verb_end > s_start else None
        of_wounds = hurt is not None
        if verb in ("succumbed", "died") and prev_verb_end > s_start and \
                (_WHO.search(text, s_start, prev_verb_end) or of_wounds) and \
                text[prev_verb_end:vm.start()].rstrip().endswith(","):
            # the death of one wounded in a relative clause: "A CoBRA jawan, who was critically
            # injured in an encounter with the Maoists ..., succumbs" (the jawan, not the
            # Maoists the clause names)
            clause_start = s_start
        groups = verb_groups(text, vm, verb, clause_start, s_end,
                             after_verb=clause_start > s_start)
        if hurt is not None:
            # the one the participle tells hurt, not the words of the act he was hurt in: "A
            # Frontier Corps soldier injured in Sunday's roadside bombing near Phelawagh died"
            # is a soldier
            groups = counted_phrases(text, s_start, hurt.start("hurt"), None)[:1] or groups
        if not groups and prev_verb_end > s_start and \
                _MAIN_PASSIVE_AFTER_COMMA.fullmatch(text, prev_verb_end, vm.start()):
            # the main verb after a gloss that holds a verb of its own: "Seven Maoists,
            # allegedly involved in Malewada landmine attack last month in which seven ...
            # personnel were killed, were arrested" (the subject that opens the sentence)
            comma = text.find(",", s_start, prev_verb_end)
            subject = counted_phrases(text, s_start, comma, None)[:1] if comma > 0 else []
            if subject and SUBJECT_START.match(text, s_start, subject[0].start):
                groups = subject
        prev_verb_end = vm.end()
        if harm_denied(text, vm.start(), s_start, counted=bool(groups)):
            continue  # "No person has been injured", "there were no indications that he had
            # been killed": no figure
        if not groups and verb.startswith("slit") and not verb.startswith("slit their"):
            # "slit his throat": the one person the verb names
            groups = [Group(Quantity(vm.start(), vm.end(), verb, 1, 1, "exact"), None,
                            vm.start(), vm.end())]
        if not groups and measure == "killed" and figures and \
                figures[-1].measure == "kidnapped" and (_KIDNAPPED_AND.search(
                    text, max(s_start, vm.start() - 30), vm.start()) or
                    verb.startswith("slit their")):
            # "was abducted and killed by the CPI Maoist cadres", "abducted them ... and later
            # slit their throats": the hostages were killed
            held = figures[-1].count
            figures.append(Figure("killed", replace(held, by_category=dict(held.by_category)),
                                  figures[-1].start, vm.end()))
            continue
        if not groups:
            continue
        if len(groups) > 1 and _AMONG_BEFORE.search(text, max(s_start, groups[0].start - 12),
                                                    groups[0].start):
            # "among 11 IS suspects, five were arrested": the five are part of the eleven
            groups = groups[1:]
        count = count_from_groups(groups)
        start = min(vm.start(), min(g.start for g in groups))
        end = max(vm.end(), max(g.end for g in groups))
        update = bool(_UPDATE_RE.search(text, max(s_start, start - 40), end + 5))
        additive = death_of_wounds(text, vm.start(), vm.end(), verb, s_start, of_wounds)
        if additive and how_the_toll_came(text, s_start, s_end):
            continue  # "Initially, three others were injured, however, one of them succumbed"
        figures.append(Figure(measure, count, start, end, update and not additive, additive))
        if additive and died_in_hospital(text, vm.start(), s_start):
            hospital_deaths.append(start)
    parts = breakdowns(text, s_start, s_end)
    # (a breakdown's people told with their own verb are not a toll of their own: "eight
    # policemen were among the dead")
    figures = [f for f in figures if not any(
        b.measure == f.measure and b.start <= f.start and f.end <= b.end for b in parts)]
    figures.extend(parts)
    if not any(f.measure == "kidnapped" for f in figures):
        figures.extend(held_figures(text, s_start, s_end))
    figures.extend(toll_figures(text, s_start, s_end))
    figures = without_injuries_of_the_dead(figures, hospital_deaths)
    elided_sides(text, figures)
    return dedupe(figures)


# A subject glossed by the participle of his wounds: "A Policeman injured in a militant
# attack on Security Forces (SFs) in Srinagar on August 15, died".
_WOUNDED_PARTICIPLE = re.compile(rf"\W*{WIRE_DATELINE}(?:an?|one|the)\s+(?:[\w()-]+\s+){{1,4}}?"
                                 r"(?P<hurt>injured|wounded)\s+(?:in|during)\b", re.I)
# The main passive verb right after a gloss closed by a comma: "..., were arrested".
_MAIN_PASSIVE_AFTER_COMMA = re.compile(r"\s*,\s*(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                                       r"(?:\w+ly\s+)?", re.I)
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)
_KIDNAPPED_AND = re.compile(r"\b(?:abducted|kidnapped)\s+and\s+(?:later\s+|then\s+)?$", re.I)
_WHO = re.compile(r"\bwho\b", re.I)
