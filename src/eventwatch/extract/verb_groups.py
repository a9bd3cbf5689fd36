"""Part of stage 8 (casualties): the noun phrases a figure's verb counts.  Reads one measure
verb of a sentence; writes the counted groups it names: to the left of a passive ("two
Policemen were killed"), to the right of an active ("killing 61 of them"), with the people
joined to them ("A local councillor and his nephew were shot dead"), a relative clause's
subject, a companion "along with" him, a number the text says it does not know (none).
:mod:`eventwatch.extract.casualties` turns the groups into figures.  Rules:
``docs/codebook.md``, Counting.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from eventwatch.extract.fastre import guarded
from eventwatch.extract.figure_verbs import ELIDED_KIN, after_care_verb
from eventwatch.extract.measure_verbs import ARREST_PARTICIPLES, KIDNAP_VERBS, KILL_VERBS
from eventwatch.extract.numbers import Quantity
from eventwatch.extract.objects import (
    A_COUPLE,
    ALONG_WITH,
    AND_JOIN,
    AND_PERSON,
    AND_PERSON_AFTER,
    ARRESTEE,
    FIRST_AND,
    HIS_PERSON_SUBJECT,
    INCLUDING_AFTER,
    LIST_GOES_ON,
    LIST_HEAD,
    MEMBERS_NAMED,
    NAME_NEXT,
    NAME_SUBJECT,
    OBJECT_AFTER,
    OF_A_COUPLE,
    ONE_MEMBER,
    PLACED_AT,
    RECORD_IN,
    REDUCED_GAP,
    SINGLE_OBJECT,
    THE_OFFICE,
    TITLED_NAME,
    TITLED_NAME_ALONE,
    WITH_COMPANION,
    another_before,
    antecedent,
    bodies,
    companion_group,
    glossed_twice,
    joined,
    joined_side,
    named_before_verb,
    named_persons,
    one_person,
    titled_side,
)
from eventwatch.extract.people import (
    GENERIC_PERSON,
    LEADER,
    OF_ARMED_GROUP,
    member_of_state_force,
    person_category,
)
from eventwatch.extract.phrases import (
    DOER_AFTER,
    NUMBER_UNKNOWN,
    PERSON_ANY,
    Group,
    context_category,
    counted_phrases,
    noun_category,
)
from eventwatch.extract.pronouns import pronoun_category, told_back
from eventwatch.extract.relatives import relative_subject, subject_past_relative
from eventwatch.extract.segment import stop_before
from eventwatch.extract.temporal import DAY_BETWEEN

__all__ = ["SUBJECT_START", "verb_groups"]

# A first verb that harms the victim before the verb that counts it ("attacked with sharp
# objects and killed"): read by the passive auxiliary and the clause-break check below.
_HARMED_FIRST = r"(?:attacked|tortured|beaten|assaulted|stabbed|hacked)"

_PASSIVE_AUX = guarded(
    r"\b(?:was|were|been|being|are|is|got|get)\s+(?:\w+ly\s+)?(?:also\s+)?"
    # a report's hedge: "Three personnel ... were reported to have sustained injuries"
    # (a "been" after it is read as before: "who were reported to have been killed")
    r"(?:(?:reported|said|believed|feared|learnt)\s+to\s+have\s+(?!been\b))?"
    # a date between: "Two CPI Maoist cadres were on May 8 arrested"
    rf"(?:{DAY_BETWEEN})?"
    # "were found shot dead"
    r"(?:found\s+)?"
    r"(?:shot\s+(?:at\s+)?and\s+)?"
    # "was allegedly attacked with sharp objects and killed", "were tortured and killed"
    rf"(?:{_HARMED_FIRST}\s+(?:with\s+(?:[\w-]+\s+){{1,3}})?"
    # (how badly, also after "also": "was also severely injured")
    r"and\s+)?(?:(?:critically|seriously|severely|grievously|gravely|badly|mortally|fatally)"
    # (the verb in quotes, the forces' word: "13 insurgents were \"neutralised\"")
    r"\s+)?[\"“]?$", re.I)

_AUX_WINDOW = 60

_HARMED_AND = re.compile(rf"\b(?:was|were|been)\s+(?:\w+ly\s+)?{_HARMED_FIRST}"
                         r"(?:\s+with\s+(?:[\w-]+\s+){0,2}[\w-]+)?\s+$", re.I)

_CLAUSE_BREAK = guarded(
    # (not an initial's stop: "Three cadres of the I.K. Songbijit faction ... were killed")
    r"(?:[;:!?]|(?<!\b[A-Z])\.|\bwhen\b|\bwhile\b|\bafter\b|(?<!identified\s)(?<!known\s)(?<!named\s)\bas\b|"
    r"\bbut\b|\bwhereas\b|\bwhere\b|\bwho\b|\bwhich\b|"
    # not "was shot at and injured", one verb of one victim (see _PASSIVE_AUX)
    r"\bthat\b|\bsaid\b(?!\s+to\s+be\b)|\bsaying\b|"
    r"(?<!shot\s)(?<!shot\sat\s)\band\s+(?=(?:injur|wound|kill|arrest)))",
    re.I)

_GLOSS_BEFORE_VERB = re.compile(r",\s+(?:an?|the)\s+[^,;.]{3,80}?\b(?:that|which|who)\b"
                                r"[^,;.]{1,80},\s*(?:had|have|has)\s+been\s+(?:\w+ly\s+)?$",
                                re.I)

# Those killed or held with one victim, told later in the clause: "... along with three".
_ALONG_WITH_AFTER = re.compile(r"[^.;,]{0,160}?\balong\s+with\s+(?:his\s+|her\s+)?", re.I)

_OWN_VERB_NEXT = re.compile(r"\s+(?:was|were|is|are|has|had)\b", re.I)

_SINGULAR_WORD = re.compile(r"\b(?:a|an|one|his|her|its)\b", re.I)

_PLURAL_ONLY = re.compile(r"(?:men|women|children|[a-z]+[^s]s)", re.I)

_ONE_MORE = re.compile(r"(?:one|another)\s+(?:more|other)\b", re.I)

_WITH_HIS = re.compile(rf"\b{ALONG_WITH}\s+(?:his|her)\s+$", re.I)

# Nothing but a connective or a qualifier before a number: it opens the clause.
SUBJECT_START = re.compile(r"\W*(?:(?:separately|meanwhile|however|also|earlier|later|"
                            r"at\s+least|around|about|some|nearly|over|more\s+than|"
                            r"as\s+many\s+as|and|while)\W+)*$", re.I)

_AND_ALSO = re.compile(r"\s+(?:[\w()’'-]+\s+){0,12}?and\s+also\s+")

_OF_AFTER = re.compile(r"\s+of\s+", re.I)

_PARTICIPLE_AFTER = re.compile(r"\s+(?:from|by|on|in|at|near|last|earlier|"
                               r"(?:[\w-]+\s+){1,2}ago)\b", re.I)

_NAMED_SET_OFF = re.compile(r"\s*,(?:\s*identified\s+as\s+[^,;.]{1,40},)?\s*(?:allegedly\s+)?",
                            re.I)

_OBJECT_RELATIVE = re.compile(r"\s+(?:(?:whom|who|that)\s+)?(?:they|it|he|she)\s+"
                              r"(?:had\s+|have\s+|has\s+)?(?:allegedly\s+)?$", re.I)

# (or a plural "have been": "fugitive extremists who have been arrested in India")
_THEY_BEFORE = re.compile(r"\bthey\s+(?:had\s+|have\s+)?$|\bhave\s+$", re.I)

_BY_DOER = re.compile(r"\bby\b", re.I)

_PRONOUN_BEFORE = re.compile(r"\b(?:him|her)\s+$", re.I)

_NOUN_VERBS = {"dead", "died", "martyred", "embraced martyrdom", "succumbed", "perished",
               "lives", "life", "deaths", "death", "bodies", "body", "hurt", "injuries", "held",
               "lost their lives",
               "lost his life", "lost her life", "lost their life", "lost his lives",
               "blew himself up", "blew herself up", "blew themselves up"}

# "of whom" between a part's number and its passive verb: "three of whom were (later) found".
_OF_WHOM_VERB = re.compile(r"\s+of\s+(?:whom|them)\s+(?:were|was|had\s+been|have\s+been)"
                           r"(?:\s+(?:later|also|subsequently|then))?\s+(?:found\s+)?", re.I)

_OFFICERS_END = re.compile(r"\bofficers?$", re.I)

_FORCE_TOLD = re.compile(r"\b(?:police|army|military|troops|soldiers|gendarmes|gendarmerie|"
                         r"security\s+forces|patrol)\b", re.I)

# "with 41 wounded": a count the toll goes on with, right before the verb.
_WITH_COUNT_BEFORE = re.compile(r"\bwith\s+(?P<n>(?:another|more\s+than|at\s+least|about|over|"
                                r"nearly|some)?\s*(?:\d[\d,]*|[a-z]+(?:[\s-][a-z]+)?)\s+"
                                r"(?:(?:others|other\s+people|people|persons)\s+)?)$", re.I)

# People counted by a number the text does not know ("an unspecified number of assailants").
_UNKNOWN_NUMBER = re.compile(rf"\s*\ban?{NUMBER_UNKNOWN.pattern}\s+of\b", re.I)

_OWN_MEN_END = re.compile(r"\b(?:men|members|comrades|colleagues)$", re.I)
_STATE_LOSER = re.compile(r"\b(?:soldiers|troops|army|armed\s+forces|security\s+forces|police|"
                          r"policemen|gendarmes|gendarmerie|military)\b", re.I)
_GROUP_LOSER = re.compile(r"\b(?:militants|fighters|insurgents|rebels|jihadists|terrorists|"
                          r"attackers|assailants|group)\b", re.I)


def _loser_side(text: str, start: int, end: int) -> str | None:
    """The side of the subject of "lost" / "losing": the last force or armed group named
    before the verb in its clause, or None."""
    state = [m.end() for m in _STATE_LOSER.finditer(text, start, end)]
    group = [m.end() for m in _GROUP_LOSER.finditer(text, start, end)]
    if not state and not group:
        return None
    return "security_forces" if max(state, default=-1) > max(group, default=-1) else "militants"


def verb_groups(text: str, vm: re.Match[str], verb: str, clause_start: int,
                   s_end: int, *, after_verb: bool = False) -> list[Group]:
    """The noun phrases a verb counts: left for the passive, right for the active voice.
    ``after_verb``: ``clause_start`` is the end of the sentence's previous verb, whose
    objects may follow it ("blowing up an ambulance killing five CRPF personnel ..., was
    on August 16 killed")."""
    # Clause breaks are searched up to the verb's end so that look-aheads see the verb.
    breaks = [b for b in _CLAUSE_BREAK.finditer(text, clause_start, vm.end())
              if b.start() < vm.start()]
    if breaks and (gloss := _GLOSS_BEFORE_VERB.search(text, clause_start, vm.start())):
        # (a gloss set off by commas before the passive verb is no clause of its own: "seven
        # members of the VDP, a civilian militia that fights alongside the army, had been
        # killed")
        breaks = [b for b in breaks if not gloss.start() <= b.start() < gloss.end()]
    if breaks and breaks[-1].group(0).lower().startswith("and") and _HARMED_AND.search(
            text, max(clause_start, breaks[-1].start() - 50), breaks[-1].start()):
        # one victim's two verbs: "was allegedly attacked with sharp objects and killed"
        breaks.pop()
    left_start = breaks[-1].end() if breaks else clause_start
    before = text[left_start:vm.start()]
    aux = _PASSIVE_AUX.search(before[-_AUX_WINDOW:]) or ELIDED_KIN.search(before[-_AUX_WINDOW:])
    if aux is None and verb in ("wounded", "injured", "killed", "dead") and \
            (with_n := _WITH_COUNT_BEFORE.search(text, max(left_start, vm.start() - 40),
                                                 vm.start())) is not None:
        # a count the toll goes on with: "the death toll had risen to 17, with 41 wounded,
        # several of them critically" is 41 wounded
        counted = counted_phrases(text, with_n.start("n"), vm.start(), None)[-1:]
        if counted:
            return counted
    if aux is None and text.startswith(" by ", vm.end()):
        # a reduced passive: "and another nine injured by six Taliban militants" counts the
        # nine right before the verb, not the doers after it
        counted = counted_phrases(text, left_start, vm.start(), None)[-1:]
        if counted and not text[counted[0].end:vm.start()].strip():
            return counted
    if verb in ("body", "bodies"):
        return bodies(text, vm, s_end)
    of = _OF_AFTER.match(text, vm.end()) if verb in ("death", "deaths") else None
    if of:
        # "a grenade attack leading to the death of one person": the people after "of"
        right = counted_phrases(text, of.end(), min(s_end, of.end() + 90), None)
        if right and right[0].start == of.end():
            # with those "and" joins: "death of a security official and five militants" is six
            return joined(text, right)
    if verb == "dead" and _PRONOUN_BEFORE.search(text, max(left_start, vm.start() - 8),
                                                 vm.start()):
        # "fled leaving him dead": one person, not a number the clause said before ("Around
        # a dozen armed Maoists stormed the site ... and fled leaving him dead")
        return [one_person(text, vm.start(), vm.start(), vm)]
    if aux and _UNKNOWN_NUMBER.search(text, left_start, vm.start()):
        return []  # "an unspecified number of assailants had also been killed": no one counted
    if aux or verb in _NOUN_VERBS or verb.startswith(("sustained", "received", "suffered")):
        # ("The assailants ... were 'pushed back' after several hours of fighting and at least
        # 11 of them were killed": the assailants' side)
        them = text.find(" of them ", left_start, vm.start())
        left = counted_phrases(text, left_start, vm.start(), None if them < 0 else
                               context_category(text, them, since=stop_before(text, them)))
        record = RECORD_IN.search(text, left_start, vm.start())
        if record and left and left[0].start < record.start():
            # the victims of a record are no more of the subject: "Seven CPI Maoist cadres,
            # including a wanted Maoist involved in the killing of ... several other
            # Policemen in 2014, were arrested" is seven
            left = [g for g in left if g.start < record.start()]
        if len(left) > 1 and _OF_WHOM_VERB.fullmatch(text, left[-1].end, vm.start()):
            # some of those counted before, the verb's own subject: "abducted five men, three
            # of whom were found dead" is three dead (of the five's side), not eight
            part = left[-1]
            left = [replace(part, category=part.category or left[-2].category)]
        rel = breaks[-1] if breaks else None
        if not left and breaks:
            left = relative_subject(text, vm, before, aux, breaks, clause_start, _AUX_WINDOW,
                                    after_verb=after_verb)
        elif not left and after_verb and aux is not None:
            left = subject_past_relative(text, clause_start, before)
        if verb in ("lives", "life", "deaths", "death"):  # "claimed 30 lives": the nearest number
            return left[-1:]
        aux_start = vm.start() - len(before[-_AUX_WINDOW:]) + aux.start() if aux else vm.start()
        singular = aux is not None and aux.group(0).split()[0].lower() in ("was", "is", "has")
        glossed = singular and glossed_twice(text, left, aux_start)
        if glossed or (singular and len(left) > 1 and all(g.quantity.low == 1 for g in left) and
                       all(_AND_ALSO.fullmatch(text, a.end, b.start) for a, b in pairwise(left))):
            # one person told twice: "A cadre of the ASWJ and also an activist of the MDM ...,
            # Hafiz Mohammad Sajjad, was shot dead"
            left = left[:1]
        if left and singular and all((g.quantity.low or 0) > 1 for g in left) and not all(
                # (a group named by its number takes "was": "The duo was abducted")
                g.quantity.text.lower() in ("duo", "trio") for g in left) and (
                not SUBJECT_START.match(text, left_start, left[0].start) or
                (after_verb and left_start == clause_start)):
            # "Naiding, who laid down arms along with over 2,000 cadres of the outfit, was
            # gunned down": a singular verb whose subject is not the number, which counts
            # someone else (reports often write "Two people, including ..., was injured":
            # a number that opens the clause is its subject); the victim's side is read in
            # the words just before the verb, if anywhere
            near = max(left[-1].end, aux_start - 45)
            # (not the doers of "abducted ... by CPI Maoist cadres on January 22 was killed")
            one = one_person(text, near, vm.start(), vm)
            if _BY_DOER.search(text, left[-1].end, vm.start()):
                one.category = None
            if _WITH_HIS.search(text, left_start, left[0].start):
                # "Mohammed Akram, along with his eight accomplices, was arrested": nine
                return [*left, one]
            return [one]
        if len(left) == 2 and _ONE_MORE.match(text, left[1].start) and \
                MEMBERS_NAMED.search(text, left[0].end, left[1].start):
            left = left[:1]  # its last member: "Three ... identified as A, B and one more"
        if len(left) > 1 and PLACED_AT.fullmatch(text, left[0].end, left[1].start):
            # the people of a place the subject is told at: "A Policeman posted at the
            # residence of a senior Police officer ... was shot dead" is one
            left = left[:1]
        if len(left) > 1 and INCLUDING_AFTER.match(text, left[0].end) and \
                text[left[-1].end:aux_start].strip() == ",":
            # the members of a total's "including" list, however it was parsed: "two persons,
            # including a Junior Commissioned Officer (JCO) of Army and a militant, were
            # killed" is two, its members of their sides
            listed = [*left[0].breakdown, *((g.quantity.low or 0, g.category)
                                            for g in left[1:] if g.category)]
            left = [replace(left[0], breakdown=listed)]
        if left:
            # "A local councillor and his nephew were shot dead": one more per person joined,
            # not the members of a group already counted ("Two alleged abductors including a
            # constable and a driver", "three cadres, identified as A, B and C"; but "A man,
            # identified as Bahram Khan, and his son" are two)
            # (or named right after their number: "two suppliers Dipak Kumar Singh and Bikram
            # Kumar Singh were arrested", "Two RAB personnel Corporal Mohammed Ali and ...")
            members = left[-1].breakdown or ((left[-1].quantity.low or 0) > 1 and bool(
                MEMBERS_NAMED.search(text, left[-1].start, vm.start()) or
                NAME_NEXT.match(text, left[-1].end)))
            # (nor the names of the group's members before the verb, as many as they:
            # "Two employees of a road construction contractor Kampani Sao and Amar Kumar
            # were arrested" is two)
            members = members or (len(left) == 1 and named_before_verb(text, left[0], aux_start))
            extra = [] if members or glossed else AND_PERSON_AFTER.findall(
                text, left[-1].end, vm.start())
            if extra:
                # each of the side his noun says ("A policeman and the driver were injured":
                # a civilian more), else of the group's
                sides = [joined_side(x, left[-1].category) for x in extra]
                for side in dict.fromkeys(sides):
                    n = sides.count(side)
                    q = Quantity(left[-1].end, vm.start(), "", n, n, "exact")
                    left.append(Group(q, side, left[-1].end, vm.start()))
            head = LIST_HEAD.fullmatch(text, left_start, left[0].start)
            if head and not singular and AND_JOIN.search(text, left[0].start, vm.start()):
                # the first of a list written without a number: "The Station House Officer
                # (SHO) of New Saryab Police Station, a constable and driver were shot dead"
                named = [p for p in PERSON_ANY.finditer(text, head.start("np"), head.end("np"))
                         if not GENERIC_PERSON.match(p.group(0))]
                if named:
                    q = Quantity(head.start("np"), head.end("np"), "", 1, 1, "exact")
                    left.insert(0, Group(q, person_category(named[0].group(0)),
                                         head.start("np"), head.end("np")))
            lead = None if head or singular else FIRST_AND.search(text, left_start,
                                                                    left[0].start)
            before_lead = "" if lead is None else text[left_start:lead.start()].strip()
            if lead and (not before_lead or before_lead.endswith(",")):
                # "the driver of a covered van and a day laborer were injured": the first
                # person, written without a number, joined by "and"
                q = Quantity(lead.start("person"), lead.end("person"), "", 1, 1, "exact")
                left.insert(0, Group(q, person_category(lead.group("person")),
                                     lead.start("person"), lead.end("person")))
            return left
        if ((aux and aux.group(0).split()[0].lower() in ("was", "is", "been")) or verb in (
                "succumbed", "died", "martyred", "embraced martyrdom") or (
                # a person named, wounded: "Sanjay, an operator of a concrete mixer
                # excavator, sustained grievous injuries"
                verb.startswith(("sustained", "received", "suffered")) and (
                    NAME_SUBJECT.search(text, left_start, vm.start()) or
                    # or his companion: "while his companion sustained serious injuries"
                    HIS_PERSON_SUBJECT.search(text, left_start, vm.start())))) and not (
                aux and _THEY_BEFORE.search(text, max(left_start, aux_start - 12), aux_start)):
            # (not "they had been kidnapped": the people told before, not one more)
            if aux is None and rel is not None and rel.group(0).lower() == "who":
                # "A CRPF officer who had suffered ... injuries during an anti-Maoist
                # operation ... died": the person before the relative clause
                ante = antecedent(text, breaks[-2].end() if len(breaks) > 1 else
                                   clause_start, rel.start())
                if ante and ante[0].quantity.low == 1:
                    return ante
            # One person, named or described: "a levies official was shot", "X was killed"
            # (and a companion after the verb: "was shot dead along with his son")
            one = one_person(text, left_start, vm.start(), vm)
            along = _ALONG_WITH_AFTER.match(text, vm.end(), s_end)
            more = counted_phrases(text, along.end(), s_end, None)[:1] if along else []
            if along and more and more[0].start == along.end() and \
                    (more[0].quantity.low or 0) > 1:
                # "SP Muhammad Ilyas was killed in Nawan Killi area of Quetta ... on November
                # 15 along with three family members": they died with him
                return [one, more[0]]
            companion = WITH_COMPANION.match(text, vm.end(), s_end)
            if companion is None or _OWN_VERB_NEXT.match(text, companion.end()):
                return [one]  # (not one with a verb of his own: "and his driver was injured")
            return [one, companion_group(companion, one.category)]
        if aux and AND_PERSON.search(text, left_start, vm.start()):
            # People named without a number: "BLA commander Daren Bugti and his close
            # associate Ali Hassan were arrested" is two
            return [one_person(text, left_start, vm.start(), vm)]
        return []
    obj = vm.end()  # where the verb's object starts
    shared = _THEN_HARMED.match(text, obj, s_end) if vm.lastgroup == "kidnapped" else None
    if shared:
        # "abducted and killed one of their supporters": the object of both verbs
        obj = shared.end()
    nxt = _CLAUSE_BREAK.search(text, obj, s_end)
    right_end = min(nxt.start() if nxt else s_end, obj + 90)
    right = counted_phrases(text, obj, right_end, context_category(text, vm.start()))
    right = told_back(text, vm, obj, right_end, right)
    for g in right:
        if g.category is None and _OFFICERS_END.search(text, g.start, g.end) and \
                _FORCE_TOLD.search(text, clause_start, vm.start()):
            # officers of the force the clause told: "ambushed a convoy of Zacatecas state
            # police ..., killing five officers"
            g.category = "security_forces"
    if verb.startswith("los"):
        # the men a side lost are its own: "its soldiers repelled the assault, losing six men"
        side = _loser_side(text, clause_start, vm.start())
        for g in right:
            if g.category in (None, "civilians") and _OWN_MEN_END.search(text, g.start, g.end):
                g.category = side
    if right and _ONE_AND_OTHERS.fullmatch(text, obj, right[0].start) and \
            _OTHER_AFTER.match(text, right[0].quantity.end):
        # "arrested squad member Madhu and two other Maoists": one named, and the others
        # counted, of the same side ("other")
        q = Quantity(obj, right[0].start, "", 1, 1, "exact")
        return [Group(q, right[0].category, obj + 1, right[0].start), right[0]]
    if right and right[0].start - obj <= 12 and not _PREPOSITION_GAP.search(
            text, obj, right[0].start):
        # (not after a preposition: "22 others injured in twin bomb blasts" counts no twins)
        # (also after what the first one is "of": "a driver of a mini truck and a labourer")
        kept = joined(text, right, of_thing=True)
        companion = WITH_COMPANION.match(text, kept[-1].end, right_end)
        if companion and kept[-1].quantity.low == 1:
            # "shot dead a militant 'commander' along with his aide": one more
            kept.append(companion_group(companion, kept[-1].category))
        return kept
    if _THEM.match(text, obj):
        # "Suspecting three villagers to be ... informers, cadres of the CPI Maoist abducted
        # them": the group counted before, not the doers right before the verb
        # (an object: the group follows a verb or "on"/"at", as in "Suspecting three
        # villagers", "opened fire on three Policemen"; not "a group of seven militants came")
        told = [g for g in counted_phrases(text, clause_start, vm.start(), None)
                if _OBJECT_SLOT.search(text, max(0, g.start - 20), g.start) and
                not DOER_AFTER.match(text, g.end) and
                not _DOER_VERB_NEXT.match(text, g.end, vm.start() + 1)]
        if told and (told[-1].quantity.low or 0) > 1:
            return told[-1:]
    if _UNKNOWN_NUMBER.match(text, obj, right_end):
        return []  # "killed an unknown number of militants": no one counted
    office = THE_OFFICE.match(text, obj, right_end) \
        if verb in KILL_VERBS or verb in KIDNAP_VERBS else None
    if office:
        one = Group(Quantity(office.start("np"), office.end("np"), office.group("np"), 1, 1,
                             "exact"), person_category(office.group("role")),
                    office.start("np"), office.end("np"))
        companion = WITH_COMPANION.match(text, office.end(), right_end)
        if companion is not None:
            return [one, companion_group(companion, one.category)]
        # (and others counted after "and": "abducted the headmaster of a government primary
        # school and two teachers")
        more = counted_phrases(text, office.end(), right_end, None)[:1]
        if more and _AND_NEXT.fullmatch(text, office.end(), more[0].start):
            return [one, more[0]]
        return [one]
    single = SINGLE_OBJECT.match(text, obj, right_end)
    if single and single.group(0).strip().lower() in ("people", "persons"):
        single = None  # people in general, no one counted: "miscreants killed people in Punjab"
    if single:
        noun = single.group("noun")
        category = (pronoun_category(text, vm.start()) if noun.lower() in ("him", "her")
                    else noun_category(noun, single.group(0), None))
        q = Quantity(single.start("noun"), single.end("noun"), noun, 1, 1, "exact")
        if single.group(0).strip() == noun and _PLURAL_NOUN.fullmatch(noun) and \
                after_care_verb(text, vm.start()):
            return []  # an adjective, no act: "willing to help injured Maoists get treatment"
        if _PLURAL_NOUN.fullmatch(noun) and (single.group(0).strip() == noun or (
                _PLURAL_ONLY.fullmatch(noun) and not _SINGULAR_WORD.search(single.group(0)))):
            # a bare plural is more than one, how many unknown: "Police arrested extremists"
            # (at least two, as "a couple" is; CONVENTIONS.md's vague words), also with "the"
            # or "their": "Police arrested the militants in the raid"
            q = Quantity(single.start("noun"), single.end("noun"), noun, 2, None, "vague")
        one = Group(q, category, single.start("noun"), single.end("noun"))
        more = counted_phrases(text, single.end(), right_end, None)[:1] \
            if _AND_NEXT.match(text, single.end()) else []
        if more and _AND_NEXT.fullmatch(text, single.end(), more[0].start):
            return [one, more[0]]  # and others counted: "killing the driver and two passengers"
        return [one]
    titled = TITLED_NAME.match(text, obj, right_end) if verb in KILL_VERBS else None
    companion = WITH_COMPANION.match(text, titled.end(), right_end) if titled else None
    if titled and companion:
        one = Group(Quantity(titled.start("np"), titled.end("np"), titled.group("np"), 1, 1,
                             "exact"), titled_side(titled), titled.start("np"), titled.end("np"))
        return [one, companion_group(companion, one.category)]
    alone = TITLED_NAME_ALONE.match(text, obj, right_end) if verb in KILL_VERBS else None
    if alone:
        return [Group(Quantity(alone.start("np"), alone.end("np"), alone.group("np"), 1, 1,
                               "exact"), titled_side(alone), alone.start("np"), alone.end("np"))]
    persons = named_persons(text, vm, verb, obj, right_end)
    if persons is not None:
        companion = WITH_COMPANION.match(text, persons.end, right_end)
        if companion and companion.start() == persons.end and \
                not _OWN_VERB_NEXT.match(text, companion.end()):
            # and the one beside them: "arrested Rongjabaja and his Personal Security Officer"
            return [persons, companion_group(companion, persons.category)]
        return [persons]
    pair = OF_A_COUPLE.match(text, obj, right_end) if verb == "killing" else None
    if pair:  # "claimed responsibility for the killing of a couple": two
        q = Quantity(pair.start("np"), pair.end("np"), pair.group("np"), 2, 2, "exact")
        return [Group(q, None, pair.start("np"), pair.end("np"))]
    if verb in ARREST_PARTICIPLES or verb in KILL_VERBS or verb in KIDNAP_VERBS:
        pair = A_COUPLE.match(text, obj, right_end)
        if pair:  # "arrested a couple, identified as Khanin Swargiari and Roushmi Boro"
            q = Quantity(pair.start("np"), pair.end("np"), pair.group("np"), 2, 2, "exact")
            return [Group(q, None, pair.start("np"), pair.end("np"))]
        person = ARRESTEE.match(text, obj, right_end) or (
            # (not "Arrested LeT terrorist, X revealed": an adjective opening the sentence)
            ONE_MEMBER.match(text, obj, min(s_end, obj + 160))
            if verb in ARREST_PARTICIPLES and not text[vm.start()].isupper() else None)
        if person:
            # one person arrested or killed, whatever the noun ("arrested a Bangladeshi
            # national", "an arms dealer", "a linkman of the NDFB"; "killed a gatekeeper,
            # Entison Sangma (30)"): only people are arrested
            q = Quantity(person.start("np"), person.end("np"), person.group("np"), 1, 1,
                         "exact")
            side = person_category(person.group("head"))
            if side in (None, "civilians") and LEADER.fullmatch(person.group("head")) and \
                    OF_ARMED_GROUP.match(text, person.end("head")):
                side = "militants"  # "killed a member of the All Adivasi National
                # Liberation Army (AANLA)"
            elif side in (None, "civilians", "militants") and member_of_state_force(
                    person.group("head"), text, person.end("head")):
                side = "security_forces"  # "killed a member of the Kenya Defence Forces"
            return [Group(q, side, person.start("np"), person.end("np"))]
    held = _OBJECT_RELATIVE.search(text, max(0, vm.start() - 30), vm.start()) \
        if vm.lastgroup in ("kidnapped", "arrested") else None
    if held:
        # "released the group of 19 labourers it had abducted": the people before the
        # relative clause whose object they are
        ante = antecedent(text, max(0, held.start() - 80), held.start())
        if ante:
            return ante
    # Reduced relative: "three men shot dead", "five killed" (not the doers of an active verb
    # with its object after it: "Two unidentified assailants shot dead the caretaker")
    left = [] if OBJECT_AFTER.match(text, vm.end()) else counted_phrases(
        text, left_start, vm.start(), None)
    heads = [i for i, g in enumerate(left) if g.breakdown]
    if heads and heads[-1] < len(left) - 1 and _CLOSING_COMMA.fullmatch(
            text, left[-1].end, vm.start()) and LIST_GOES_ON.fullmatch(
            text, left[heads[-1]].end, left[-1].start):
        # the breakdown's list goes on past its first member: "18 others, including a
        # Policeman, women and some children, injured" is the eighteen
        return [left[heads[-1]]]
    if left and (REDUCED_GAP.fullmatch(text, left[-1].end, vm.start()) or (
            # the comma that closes a breakdown: "10 persons, including five Policemen,
            # sustained injuries"
            left[-1].breakdown and _CLOSING_COMMA.fullmatch(text, left[-1].end, vm.start())) or (
            # set off by a comma: "A school teacher, abducted from his home ...", "A trader,
            # identified as Ali Khan, kidnapped three years ago"
            vm.lastgroup == "kidnapped" and _NAMED_SET_OFF.fullmatch(
                text, left[-1].end, vm.start()) and _PARTICIPLE_AFTER.match(text, vm.end()))):
        # with the phrases "and" joins to it: "Three militants and one soldier killed
        # during a clash" is four
        first = len(left) - 1
        while first > 0 and AND_JOIN.fullmatch(text, left[first - 1].end, left[first].start) \
                and not _INCLUDING_BEFORE.search(text, max(0, left[first - 1].start - 12),
                                                 left[first - 1].start):
            # (not a member of an earlier total: "three persons were killed including a
            # Police Constable and 16 injured")
            first -= 1
        return left[first:]
    another = another_before(text, vm) if vm.lastgroup in ("killed", "wounded") else None
    return [another] if another is not None else []

_CLOSING_COMMA = re.compile(r"\s*,\s*")

_PREPOSITION_GAP = re.compile(r"\b(?:in|during|at|on|near|from|after|since|for)\b", re.I)

# One person, named or described, joined to a count of "other" people: "squad member Madhu
# and two other Maoists" (up to five words, no clause break).
_ONE_AND_OTHERS = re.compile(r"\s+(?:[\w’'.()-]+\s+){1,5}?and\s+")

_OTHER_AFTER = re.compile(r"\s+(?:others?|more)\b", re.I)

_INCLUDING_BEFORE = re.compile(r"\bincluding\s+$", re.I)

_PLURAL_NOUN = re.compile(r"(?:m[ae]n|wom[ae]n|children|[a-z]+[^s]s)", re.I)

# A second verb sharing an abduction's object: "abducted and (later) killed", "kidnapped and
# tortured".
_THEN_HARMED = re.compile(
    r"\s+and\s+(?:later\s+|then\s+|subsequently\s+|brutally\s+)?(?:killed|murdered|"
    r"shot\s+dead|beheaded|tortured|beat|thrashed|assaulted|hacked|released|freed)\b", re.I)

_THEM = re.compile(r"\s+them\b", re.I)
_AND_NEXT = re.compile(r"\s*,?\s+and\s+", re.I)

# (a phrasal verb's too: "its officers had tracked down three men involved in the attack ...
# and killed them")
_OBJECT_SLOT = re.compile(r"\b(?:\w+(?:ing|ed)(?:\s+down)?|on|at|upon)\s+$", re.I)

# A group right before the verb whose object is "them" is its doer: "cadres ... abducted them".
_DOER_VERB_NEXT = re.compile(r"\s*(?:\([^)]*\)\s*)?\w+\s*$")
