"""Stage 8b: tolls.  Reads the figures :mod:`eventwatch.extract.casualties` found in the
sentences of one incident (in document order); writes one killed / wounded / arrested /
kidnapped :class:`Count` per measure, with evidence.

Rules (``docs/codebook.md``): the first figure stands unless a later one updates it ("the toll
rose to 12"), replaces a vague word with a number, or counts a group a pronoun stood for; a
later figure of another side told "also" or in the next clause ("... were killed while a
soldier embraced martyrdom") adds to it, as do arrests told "also"; a breakdown ("the dead
included seven policemen") gives a total its categories; a death told later ("later
succumbed") moves one from the wounded to the killed (:mod:`eventwatch.extract.late_deaths`),
once however often it is told (the victims a later figure tells again are set aside first:
:mod:`eventwatch.extract.retold_victims`).
:func:`dedupe` drops a sentence's figure whose span lies inside another of its measure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from eventwatch.extract.late_deaths import (
    add_death,
    dead_told_first,
    how_the_toll_came,
    of_all_the_injured,
    raised_to_the_toll,
    told_with_the_update,
    toll_raised_by,
)
from eventwatch.extract.lexicon import REPLY_WORDS
from eventwatch.extract.people import TALIBAN_MEN
from eventwatch.extract.retold_victims import (
    deaths_told_once,
    victim_told_again,
    wounded_of_the_toll,
)
from eventwatch.models import Count, Evidence


@dataclass(slots=True)
class Figure:
    """One stated figure: its measure, the count with categories, and its evidence span."""

    measure: str
    count: Count
    start: int
    end: int
    update: bool = False
    additive: bool = False   # "later succumbed": one more killed, one fewer wounded
    breakdown: bool = False  # "the dead included seven policemen": categories of a total


@dataclass(slots=True)
class Casualties:
    killed: Count = field(default_factory=Count)
    wounded: Count = field(default_factory=Count)
    arrested: Count = field(default_factory=Count)
    kidnapped: Count = field(default_factory=Count)
    evidence: list[Evidence] = field(default_factory=list)


def without_injuries_of_the_dead(figures: list[Figure], hospital_deaths: Sequence[int],
                                 ) -> list[Figure]:
    """One sentence's figures, less the injury of one who died of it: "X, who was injured in
    ..., succumbed" counts no one wounded apart (but one told after others killed and before
    a death in the hospital, which starts at one of ``hospital_deaths``, is told apart:
    "leaving three killed on the spot, and a woman injured, who was shifted to the nearby
    hospital, where she was pronounced dead" moves her to the killed)."""
    if not any(f.additive for f in figures):
        return figures
    return [f for f in figures if f.additive or not (
        f.measure == "wounded" and f.count.low == 1 and
        not any(f.end <= d for d in hospital_deaths if any(
            k.measure == "killed" and not k.additive and k.end <= f.start for k in figures)))]


def dedupe(figures: list[Figure]) -> list[Figure]:
    """Drop a figure whose span is inside another of the same measure."""
    out: list[Figure] = []
    for f in figures:
        if any(o.measure == f.measure and o.start <= f.start and f.end <= o.end and o is not f
               for o in figures):
            if any(o.start == f.start and o.end == f.end for o in out):
                continue
            contained = [o for o in figures if o is not f and o.measure == f.measure
                         and o.start <= f.start and f.end <= o.end
                         and (o.start, o.end) != (f.start, f.end)]
            if contained:
                continue
        out.append(f)
    return out


def collect(text: str, figures: Sequence[Figure]) -> Casualties:
    """Reconcile the figures of one incident (document order) into one count per measure."""
    result = Casualties()
    chosen: dict[str, Figure] = {}
    figures = wounded_of_the_toll(text, victim_told_again(text, figures))
    additions = deaths_told_once(text, [f for f in figures if f.additive], figures)
    breakdowns = [f for f in figures if f.breakdown]
    more: list[Figure] = []
    told_sides: list[Figure] = []  # the same victims told again with their sides
    replaced_killed: Figure | None = None  # the toll an update replaced
    own = [f for f in figures if f.measure == "killed" and not f.additive and
           _OWN_DEATH.search(text, f.start, f.end)]
    others_dead = any(f.measure == "killed" and not f.additive and f not in own
                      for f in figures)
    for fig in figures:
        if fig.additive or fig.breakdown:
            continue
        if fig in own and others_dead:
            # the bombers' own death beside their victims' toll: the toll as told ("At
            # least 12 people were killed ... when a suicide bomber blew himself up" is 12,
            # as the reports' own tolls are read; the bombers count where they alone died)
            continue
        old = chosen.get(fig.measure)
        vague_then_exact = old is not None and old.count.qualifier == "vague" and \
            fig.count.qualifier != "vague" and (fig.count.low or 0) >= (old.count.low or 0)
        # (or a floor, then the bodies counted: "killing at least 15 people ... said it had
        # counted 19 bodies in Gressier, among them two police officers and 17 residents")
        vague_then_exact = vague_then_exact or (
            old is not None and old.count.qualifier == "at_least" and
            fig.count.qualifier == "exact" and fig.measure == "killed" and
            (fig.count.low or 0) > (old.count.low or 0) and
            bool(_BODIES_COUNTED.search(text, fig.start, fig.end)))
        # "killed a local person hours after abducting him ... assailants abducted three
        # persons": a hostage told as a pronoun first, the count of the group later.
        pronoun_then_count = old is not None and fig.measure == "kidnapped" and \
            old.count.low == 1 and (fig.count.low or 0) > 1 and \
            bool(re.search(r"\b(?:him|her)$", text[old.start:old.end]))
        if fig.update and old is not None and len(fig.count.by_category) == 1 and \
                len(old.count.by_category) > 1 and "unknown" not in old.count.by_category and \
                next(iter(fig.count.by_category)) in old.count.by_category and \
                sum(old.count.by_category.values()) == old.count.low:
            # an update of one side of a toll told by sides: "killing three police officers and
            # two residents ... raising the number of civilians killed in Friday's raid to four"
            side, n = next(iter(fig.count.by_category.items()))
            sides = dict(old.count.by_category) | {side: n}
            total = sum(sides.values())
            chosen[fig.measure] = replace(fig, count=replace(
                fig.count, low=total, high=total, best=total, qualifier=old.count.qualifier,
                by_category=sides))
            if fig.measure == "killed":
                replaced_killed = old
            continue
        if fig.update and old is not None and _other_sides(old, fig):
            # an update of one side's dead after a toll of the other's: "soldiers killed 23 of
            # the attackers ... the number of soldiers killed ... had risen to 11" is both
            # (and it replaces that side's earlier count: "Initially, the police said three
            # attackers had been killed ... taking the number of attackers killed to five")
            more[:] = [m for m in more if set(m.count.by_category) != set(fig.count.by_category)]
            chosen[fig.measure] = fig
            more.append(old)
        elif old is None or fig.update or vague_then_exact or pronoun_then_count:
            if fig.update and old is not None and fig.measure == "killed":
                replaced_killed = old
            sided = next((f for f in figures if f.measure == fig.measure and
                          f.start < fig.start and f.count.by_category and
                          f.count.low == fig.count.low and not f.additive), None) \
                if fig.update and not fig.count.by_category else None
            if sided is not None:
                # an update back to a toll told with its sides keeps them: "killing six
                # people, including three children ... initially reported five dead ...
                # bringing the toll to six"
                fig = replace(fig, count=replace(fig.count,
                                                 by_category=dict(sided.count.by_category)))
            chosen[fig.measure] = fig
        elif _more_of_another_side(text, _sided_update(old, replaced_killed), fig):
            if not _reply_told_again(text, fig, more):
                more.append(fig)
        elif _sides_told_later(old, fig):
            old.count.by_category = dict(fig.count.by_category)
            told_sides.append(fig)
    for measure, fig in chosen.items():
        parts = _parts_told_later(fig, figures, more)
        # a copy: the rules below change it, and the figure may be collected again (a
        # summary's figures are summed once more for its residual)
        setattr(result, measure, replace(fig.count, by_category=dict(fig.count.by_category)))
        if parts:
            getattr(result, measure).by_category = {
                side: n for part in parts for side, n in part.count.by_category.items()}
            told_sides.extend(parts)
        elif (one_side := _one_side_throughout(text, fig, figures)) is not None:
            getattr(result, measure).by_category = {one_side: fig.count.low}
        result.evidence.append(Evidence(measure, fig.start, fig.end, text[fig.start:fig.end]))
    result.evidence.extend(Evidence(f.measure, f.start, f.end, text[f.start:f.end])
                           for f in told_sides)
    _keep_one_side(result, chosen.get("killed"), replaced_killed, additions)
    for fig in breakdowns:
        _apply_breakdown(result, fig, text)
    # in the order told: "Two policemen were injured ... and one of them succumbed ... two
    # attackers were also injured" is one policeman dead, one wounded, and two attackers
    for fig in sorted(more + additions, key=lambda f: f.start):
        if fig.additive:
            told_before = {f.measure for f in figures if f.start < fig.start and
                           not f.additive and f.count.low}
            if "killed" in told_before and "wounded" not in told_before:
                # a death told before, and no one told wounded before ("Alfu ... was killed
                # in a gunfight ... left Alfu wounded. He succumbed to his injuries later.
                # Two Police officials were also injured"): already among the killed
                continue
            if how_the_toll_came(text, figures, chosen.get("killed"), chosen.get("wounded"),
                                 fig) or told_with_the_update(text, figures, chosen.get("killed"),
                                                              fig) \
                    or of_all_the_injured(text, chosen.get("killed"), chosen.get("wounded"),
                                          fig):
                continue
            add_death(result, fig, text, dead_told=dead_told_first(
                figures, chosen.get("killed"), chosen.get("wounded"), fig) or toll_raised_by(
                text, chosen.get("killed"), fig) or raised_to_the_toll(text, chosen.get("killed"),
                                                                       fig))
            result.evidence.append(Evidence("killed", fig.start, fig.end,
                                            text[fig.start:fig.end]))
        else:
            _add_more(result, fig, text)
    _sides_of_the_update(result, chosen.get("killed"), figures)
    return result


def _sides_of_the_update(result: Casualties, toll: Figure | None,
                         figures: Sequence[Figure]) -> None:
    """An update with no sides that is the sum of the sides' latest counts gets them: "killed
    three soldiers and at least nine attackers ... 12 of the attackers had been killed ...,
    raising the overall death toll to 15" is three soldiers and 12 militants."""
    killed = result.killed
    if toll is None or not toll.update or killed.by_category or not killed.low:
        return
    sides: dict[str, int] = {}
    told = [f for f in figures
            if f.measure == "killed" and not f.additive and not f.update and f is not toll]
    for f in told:
        sides.update(f.count.by_category)
    # (from a toll told by its sides first, not from sides told apart, which may be another
    # act's: "taking the toll in the ambush to three, while a terrorist was killed in an
    # encounter in the adjoining Chenani area")
    if any(len(f.count.by_category) > 1 for f in told) and "unknown" not in sides and \
            sum(sides.values()) == killed.low:
        killed.by_category = sides


_BODIES_COUNTED = re.compile(r"\bbodies\b", re.I)
_OWN_DEATH = re.compile(r"\bblew\s+(?:himself|herself|themselves)\s+up$", re.I)


def _keep_one_side(result: Casualties, toll: Figure | None, replaced: Figure | None,
                   deaths: Sequence[Figure]) -> None:
    """An updated toll that names no side keeps the side of the toll it replaced where all of
    those dead and every later death told were of one side: "Two Army soldiers were killed
    ... One of the injured soldiers, a havildar, succumbed ..., taking the death toll to
    three" is three soldiers; so with no death told between ("Jihadists killed at least 14
    members of the VDP ... A second security source gave a higher toll of 17" is 17 of the
    forces, as reports' raised tolls are of the side first counted)."""
    if toll is None or replaced is None or not toll.update or toll.count.by_category or \
            result.killed.low is None:
        return
    sides = set(replaced.count.by_category)
    if sum(replaced.count.by_category.values()) != replaced.count.low or "unknown" in sides:
        return
    # (a death told with no side is of the toll's: "Naib Risaldar Ghulam Qadir, who was
    # critically injured, succumbed ..., taking the death toll to three")
    if len(sides) == 1 and all(set(d.count.by_category) <= sides for d in deaths):
        result.killed.by_category = {sides.pop(): result.killed.low}
        return
    if deaths and all(d.count.by_category and "unknown" not in d.count.by_category and
                      sum(d.count.by_category.values()) == d.count.low for d in deaths) and \
            replaced.count.low + sum(d.count.low or 0 for d in deaths) == result.killed.low:
        # the toll's sides and the deaths' that raised it, where they add up: "Three
        # policemen and a passer-by were killed ... One of the injured constables died ...,
        # raising the death toll to five" is four of the forces and a civilian
        merged = dict(replaced.count.by_category)
        for d in deaths:
            for side, n in d.count.by_category.items():
                merged[side] = merged.get(side, 0) + n
        result.killed.by_category = merged


_ALSO = re.compile(r"\b(?:also|too)\b", re.I)
# Arrests a first figure gathered from several places: "arrested from different localities".
_GATHERED = re.compile(r"\s+(?:in\s+\w+\s+)?(?:from|in|at)\s+"
                       r"(?:different|various|separate|several)\s+(?:places|localities|parts|"
                       r"areas|locations|districts|raids|operations)\b", re.I)
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.I)
_OF_THEM = re.compile(r"\bof\s+them\b", re.I)
# (also told with their bomber: "all five khwarij, including the suicide bomber, had been sent
# to hell")
# (or the gunmen: "Both gunmen were killed by the policemen on duty")
_THE_ATTACKERS = re.compile(r"\b(?:attackers|assailants|raiders|gunm[ae]n)\b|"
                            r"\bincluding\s+the\s+(?:suicide\s+)?bombers?\b", re.I)
# (or told within the fight: "Security forces killed 10 terrorists ... During the exchange of
# fire, two soldiers embraced shahadat" is twelve)
_FIGHT = (r"(?:exchange\s+of\s+fire|gun\s*battle|gunfight|encounter|shoot\s*out|clash|fighting|"
          r"firefight|crossfire)")
_DURING_THE_FIGHT = re.compile(rf"\b(?:during|in)\s+the\s+(?:ensuing\s+)?{_FIGHT}"
                               r"(?:\s+that\s+(?:followed|ensued))?\s*,?\s*$", re.I)
_FIGHT_WITHIN = re.compile(rf"\b(?:during|in)\s+the\s+(?:ensuing\s+)?{_FIGHT}\b", re.I)
# ... or after it: "two of the assailants were killed in the ensuing gunfight", "Sepoy
# Muhammad Ilyas ... embraced shahadat during the exchange of fire"
# (or the fight, with the wounded between: "five soldiers were killed and seven others wounded
# in the fighting")
_IN_THE_FIGHT_AFTER = re.compile(rf"(?:\s+and\s+[^.;,]{{1,40}}?(?:wounded|injured))?"
                                 rf"\s+(?:in|during)\s+the\s+(?:(?:ensuing|subsequent|intense|"
                                 rf"heavy|fierce)\s+)?(?:{_FIGHT}|fighting)\b",
                                 re.I)
# Those of one victim told first: "Two of his close aides".
_OF_HIS = re.compile(r"[\w-]+\s+of\s+(?:his|her)\s", re.I)
# A reply to an attack, right before a figure: "launched a counter attack, killing".
# ("the troops responded swiftly, killing three of the attackers", "repulsed the attack")
# ("troops had 'repelled' the attack and killed 16 terrorists")
_REPLY_BEFORE = re.compile(rf"\b(?:counter[\s-]?attack(?:ed)?|responded|repulsed|repelled|"
                           rf"fought\s+off|beat\s+back|hit\s+back|"
                           rf"{REPLY_WORDS})\b[^.;]{{0,40}}$", re.I)
# The forces' own killing, told after the attack's toll: "killing four gendarmes ... the army
# said troops had "neutralized" 21 attackers".
_FORCES_KILLED = re.compile(r"\b(?:troops|soldiers|forces|army|police|officers)\s+(?:had\s+|"
                            r"have\s+|also\s+)*[\"'“‘]?(?:killed|neutrali[sz]ed|eliminated)"
                            r"[\"'”’]?\s+", re.I)


def _forces_killed(text: str, old: Figure, fig: Figure) -> bool:
    """The figure's dead are militants the forces killed, told so right before its number,
    after a toll of the forces' own men (the attack they fought off)."""
    return set(old.count.by_category) == {"security_forces"} and \
        set(fig.count.by_category) == {"militants"} and \
        any(fig.start <= m.end() < fig.end for m in _FORCES_KILLED.finditer(
            text, max(0, fig.start - 40), fig.end))


# ... or right after it: "three attackers were killed as troops fought back".
_REPLY_AFTER = re.compile(r"\s+(?:as|when|after)\s+(?:the\s+)?(?:troops|soldiers|forces|police|"
                          r"guards|security\s+personnel)\s+(?:fought\s+back|returned\s+fire|"
                          r"retaliated|responded|hit\s+back)\b", re.I)
# A force's word for its own losses, before their count.
_OWN_LOSS_BEFORE = re.compile(r"\b(?:acknowledged|admitted|conceded|confirmed)\s+(?:that\s+)?"
                              r"(?:the\s+deaths?\s+of\s+|the\s+loss\s+of\s+)?$", re.I)
_LOSS_VERB = re.compile(r"(?:losing|lost)\b", re.I)
# The join of two clauses of one sentence: "... were killed while a soldier ...".
# ("Seven policemen were martyred before all five attackers were killed")
_WHILE_AFTER = re.compile(r",\s*(?:while|whereas)\s+$", re.I)
_STOP = re.compile(r"[.;!?]")
_NEXT_CLAUSE = re.compile(r"[^.;!?]*\b(?:while|whereas|and|before)\b[^.;!?]*", re.I)


def _reply_told_again(text: str, fig: Figure, more: Sequence[Figure]) -> bool:
    """The forces' reply told after a toll that counted its dead already: "Two policemen were
    martyred and a dacoit was killed when dacoits ambushed a police mobile ... The policemen
    returned fire and killed one of the attackers" is one dacoit; so are the attackers' dead
    told again ("A policeman was martyred and two attackers were killed ... The escort returned
    fire and, in an exchange that lasted around 20 minutes, two attackers were killed")."""
    return bool(_REPLY_BEFORE.search(text, max(0, fig.start - 80), fig.start) or
                _THE_ATTACKERS.search(text, fig.start, fig.end)) and any(
        m.measure == fig.measure and m.count.low == fig.count.low and
        m.count.by_category == fig.count.by_category for m in more)


_ANOTHER = re.compile(r"(?:[a-z]+(?:ing|ed)\s+)?(?:another|one\s+more)\b", re.I)


def _more_of_another_side(text: str, old: Figure, fig: Figure) -> bool:
    """A later figure that says "also" of people of a side the first figure, whose victims'
    sides are all known, did not count: "Three terrorists ... and one Police commando were
    killed ... Two children were also killed in the encounter" is six killed.  (A side the
    first figure left partly unknown may be the same people told again.)  Arrests told
    "also" are always more people."""
    # ("also" next to the verb, not in a sentence before a single victim's: "He also
    # carried a cash reward ... Samdu Korram ... was arrested")
    if not fig.count.low:
        return False
    if _ANOTHER.match(text, fig.start, fig.end) and not fig.update and \
            not _ANOTHER.match(text, old.start, old.end) and \
            (old.count.low or 0) <= fig.count.low and 0 <= fig.start - old.end < 120:
        # one more told as such: "seriously wounding a reservist and lightly wounding
        # another soldier", "Another policeman was killed" (not the one more told again:
        # "another injured ... and another, Muhammad Ali, wounded"; nor a part of a total
        # told before: "killing at least 45 militants ... Another 16 militants were killed";
        # the figure right before it: not "one CRPF man was killed and another Police man
        # was injured" told again after the lead's toll)
        return True
    if (_REPLY_BEFORE.search(text, max(0, fig.start - 80), fig.start) or
            _forces_killed(text, old, fig) or _REPLY_AFTER.match(text, fig.end)) and \
            _other_sides(old, fig) and not _OF_THEM.search(text, fig.start, fig.end):
        # (not those told before: "the Police retaliated and killed four of them")
        # the attackers the victims' side hit back at: "Seven personnel of the Frontier Corps
        # were killed ... The FC personnel launched a counter attack, killing one attacker"
        return True
    if set(old.count.by_category) == {"militants"} and \
            set(fig.count.by_category) == {"security_forces"} and (
                _OWN_LOSS_BEFORE.search(text, max(0, fig.start - 60), fig.start) or
                _LOSS_VERB.match(text, fig.start, fig.end)):
        # the forces' own dead, told after the attackers' they killed: "27 assailants were
        # neutralised; it acknowledged four soldiers killed", "losing six men"
        return True
    if (_THE_ATTACKERS.search(text, fig.start, fig.end) or (
            # (or "of them" after the attackers: "The assailants ... were 'pushed back' after
            # several hours of fighting and at least 11 of them were killed")
            _OF_THEM.search(text, fig.start, fig.end) and
            _THE_ATTACKERS.search(text, max(old.end, fig.start - 150), fig.start))) and \
            ((_other_sides(old, fig) and "militants" not in old.count.by_category) or
             # (the Taliban's men hit at their checkpoint, the state's forces where they rule:
             # "three Taliban fighters dead ... Taliban forces returned fire and killed two
             # of the attackers")
             (TALIBAN_MEN.search(text, old.start, old.end) is not None and
              not _THE_ATTACKERS.search(text, old.start, old.end))):
        # the attackers' own dead after their victims': "Three policemen were martyred ...
        # Two of the attackers were killed" is five (the attackers are never their victims)
        return True
    if not _ALSO.search(text, max(fig.start, fig.end - 35), fig.end) and \
            not _ALSO_BEFORE.search(text, max(0, fig.start - 6), fig.start):
        # ("also" before an active verb: "The incident also injured two soldiers")
        # or the next clause of the same sentence: "At least six militants were killed while
        # a soldier embraced martyrdom"
        between = text[old.end:fig.start]
        return ((len(between) < 40 and bool(_NEXT_CLAUSE.fullmatch(between))) or
                # (a while-clause after the first figure's place and day: "killed five
                # khwarij in ... the Datta Khel area ... on Wednesday, while a soldier
                # embraced shahadat")
                (len(between) < 160 and _WHILE_AFTER.search(between) is not None and
                 not _STOP.search(between)) or
                _DURING_THE_FIGHT.search(text, max(0, fig.start - 60), fig.start) is not None or
                # (or between the dead and their verb: "Two soldiers ... fought bravely during
                # the gunfight and embraced shahadat")
                _FIGHT_WITHIN.search(text, fig.start, fig.end) is not None or
                _IN_THE_FIGHT_AFTER.match(text, fig.end) is not None) and _other_sides(old, fig)
    if fig.measure == "arrested":
        # arrests told one after another: "arrested an arms dealer ... three of his
        # associates were also arrested" is four (but not one of the many a first figure
        # gathered from several places: "Four militants were arrested from different
        # localities of Manipur ... A member of ... KYKL was also arrested" is four)
        # (nor the same men told again with their names: "Six NSCN IM cadres were also
        # arrested ... six NSCN IM cadres who were running the illegal detention centre,
        # identified as ..., were also arrested" is six)
        return not _GATHERED.match(text, old.end) and not _same_words(text, old, fig)
    # (or those of the one victim told first: "Mangal Bagh ... was killed ... Two of his close
    # aides were also killed" is three)
    return _other_sides(old, fig) or (old.count.low == 1 and bool(_OF_HIS.match(text, fig.start)))


def _same_words(text: str, old: Figure, fig: Figure) -> bool:
    """Both figures count as many people, named by the same first three words."""
    def head(f: Figure) -> list[str]:
        return text[f.start:f.end].lower().split()[:3]
    return old.count.low == fig.count.low and len(head(fig)) == 3 and head(old) == head(fig)


def _sides_told_later(old: Figure, fig: Figure) -> bool:
    """The same number of victims told again with sides the first telling lacked: "Four
    persons, including a woman, were injured ... Four civilians, including a woman and the
    bus conductor, sustained minor injuries" is four civilians."""
    first, later = old.count.by_category, fig.count.by_category
    return bool(later) and fig.count.low == old.count.low and (
        not first or ("unknown" in first and "unknown" not in later and all(
            later.get(side, 0) >= n for side, n in first.items() if side != "unknown")))


def _parts_told_later(total: Figure, figures: Sequence[Figure], more: Sequence[Figure],
                      ) -> list[Figure]:
    """The later figures of a total's measure, each of one known side, that add up to it:
    "leaving 23 people dead ... Seven soldiers were killed and 11 wounded, he said, while 16
    of the attackers were killed" is 7 soldiers and 16 militants (the total not added
    twice). Empty unless the total's sides are untold and the parts sum to it exactly."""
    if total.count.low is None or set(total.count.by_category) - {"unknown"}:
        return []
    parts = [f for f in figures if f.measure == total.measure and f.start >= total.end and
             not (f.update or f.additive or f.breakdown) and f not in more and
             len(f.count.by_category) == 1 and "unknown" not in f.count.by_category]
    sides = [next(iter(f.count.by_category)) for f in parts]
    if len(parts) < 2 or len(set(sides)) < len(sides) or \
            sum(f.count.low or 0 for f in parts) != total.count.low:
        return []
    return parts


def _one_side_throughout(text: str, total: Figure, figures: Sequence[Figure]) -> str | None:
    """The one side of every death an incident tells, for an update that names none, raised
    by a death of that side told right before it: "A Frontier Corps soldier injured in
    Sunday's roadside bombing ... died on Monday, raising the death toll in the attack to
    four ... Three soldiers were martyred on the spot" is four soldiers."""
    if not total.update or total.count.by_category or not total.count.low:
        return None
    sided = [f for f in figures if f.measure == total.measure and f is not total and
             f.count.by_category]
    sides = {side for f in sided for side in f.count.by_category}
    if len(sides) != 1 or "unknown" in sides or \
            sum(f.count.low or 0 for f in sided) > total.count.low:
        return None
    side = next(iter(sides))
    # (or by the death of one of that side's wounded, told in the update's clause: "Two other
    # soldiers were wounded in the blast, one of whom died ..., bringing the death toll to five")
    raised = any(f.additive and f.end <= total.start < f.end + 60 for f in sided) or any(
        f.measure == "wounded" and set(f.count.by_category) == {side} and
        f.end <= total.start < f.end + 120 and "." not in text[f.end:total.start]
        for f in figures)
    return side if raised else None


def _sided_update(old: Figure, replaced: Figure | None) -> Figure:
    """A toll update that names no side, read with the one side of the toll it replaced
    where that toll's dead were all of it: "six Frontier Corps personnel were martyred ...
    raising the death toll among the soldiers to eight. A passer-by was also killed" is eight
    soldiers and one more (not the same dead told again)."""
    if not old.update or old.count.by_category or replaced is None or \
            old.count.low is None or len(replaced.count.by_category) != 1 or \
            sum(replaced.count.by_category.values()) != replaced.count.low:
        return old
    side = next(iter(replaced.count.by_category))
    return replace(old, count=replace(old.count, by_category={side: old.count.low}))


def _other_sides(old: Figure, fig: Figure) -> bool:
    """Both figures give every victim's side, and no side is in both."""
    first, later = old.count.by_category, fig.count.by_category
    return bool(first and later and "unknown" not in first and "unknown" not in later
                and not set(later) & set(first))


def _add_more(result: Casualties, fig: Figure, text: str) -> None:
    """Add the victims of a later "also" figure to the measure's count."""
    count: Count = getattr(result, fig.measure)
    n = fig.count.low or 0
    # the categories keep adding up to the total: a side not told is "unknown"
    if fig.count.by_category and not count.by_category and count.low:
        count.by_category["unknown"] = count.low
    if count.by_category and not fig.count.by_category:
        count.by_category["unknown"] = count.by_category.get("unknown", 0) + n
    count.low = (count.low or 0) + n
    exact = fig.count.qualifier == "exact"
    count.high = count.high + n if count.high is not None and exact else None
    count.best = count.best + n if count.best is not None and exact else None
    if not exact and count.qualifier == "exact":
        count.qualifier = fig.count.qualifier
    for category, k in fig.count.by_category.items():
        count.by_category[category] = count.by_category.get(category, 0) + k
    result.evidence.append(Evidence(fig.measure, fig.start, fig.end, text[fig.start:fig.end]))


def _apply_breakdown(result: Casualties, fig: Figure, text: str) -> None:
    """Categories stated apart from the total: the rest of the total stays ``unknown``."""
    count: Count = getattr(result, fig.measure)
    if count.low is None:
        return  # no total to break down
    if set(count.by_category) - {"unknown"}:
        # the total already says who the victims were, but for its rest of no side, which a
        # side it did not count fills: "killing three people, including two gendarmes. A
        # trader caught in the crossfire was among the dead" is two gendarmes and a civilian
        rest = count.by_category.get("unknown", 0)
        # (the sides the total told, told again as many: "four people, including two
        # policemen ... Among the dead were a fruit vendor, two policemen and a schoolboy")
        new = {side: n for side, n in fig.count.by_category.items()
               if count.by_category.get(side) != n}
        if rest and new and not set(new) & set(count.by_category) and \
                sum(new.values()) <= rest:
            count.by_category = {side: n for side, n in count.by_category.items()
                                 if side != "unknown"} | dict(new)
            if rest - sum(new.values()):
                count.by_category["unknown"] = rest - sum(new.values())
            result.evidence.append(Evidence(fig.measure, fig.start, fig.end,
                                            text[fig.start:fig.end]))
        return
    cats = dict(fig.count.by_category)
    for category, n in count.by_category.items():
        cats[category] = max(cats.get(category, 0), n) if category != "unknown" else \
            cats.get(category, 0)
    told = sum(cats.values())
    if told > count.low:
        return  # a breakdown larger than the total belongs to something else
    if count.low - told:
        cats["unknown"] = cats.get("unknown", 0) + count.low - told
    count.by_category = cats
    result.evidence.append(Evidence(fig.measure, fig.start, fig.end, text[fig.start:fig.end]))
