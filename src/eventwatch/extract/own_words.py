"""Stage 7b: a sentence's own act.  Reads one sentence (and the one before it), its trigger
hits and its figures; writes which of them are the sentence's own: not a suspected group's
record told in a clause about it (:func:`record_start`), not the dead told again at their
funeral or as their bodies are sent home, not the claimants' own toll, and figures a later
source gave as an update (:func:`own_figures`); which of its background words are no
background (:func:`background_words`) and whether its act is background
(:func:`told_as_background`); which context sentences tell the act they follow
(:func:`context_of_act`); an arrest told apart (:func:`marked_arrest`); the tolls of acts
a sentence only refers to (:func:`without_referred_tolls`); a claimant's day in a clause
about it (:func:`claimants_day`); and the releases that are an abduction's outcome
(:func:`mark_outcomes`).  :mod:`eventwatch.extract.incidents` describes the sentences with
these.  Rules: ``docs/codebook.md``, Incidents and Casualties (stop 33).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.doer_verbs import POSTER_LEFT
from eventwatch.extract.fastre import contains_any, guarded
from eventwatch.extract.lexicon import AGO_RE, BACKGROUND_RE, DECADES_RE, NAMED_ATTACK_RE
from eventwatch.extract.other_acts import PURSUIT_RE, opens_place_line
from eventwatch.extract.retelling import EVENT_TOLD_AGAIN_RE
from eventwatch.extract.scope import (
    ABDUCTION_TOLD_RE,
    AVENGED_RE,
    RANSOM_RE,
    RELEASE_RE,
    STATED_ON_RE,
)
from eventwatch.extract.segment import Sentence
from eventwatch.extract.temporal import MONTH_NAMES, DateMention

if TYPE_CHECKING:
    from eventwatch.extract.incidents import SentenceInfo
    from eventwatch.extract.tolls import Figure

Hits = dict[str, list[tuple[int, int, str]]]

# A suspected (or claiming) group's name and a clause about it: "the grenade attack could be
# the work of the banned Peoples Amn Committee, whose members had been targeted in a police
# operation in the area last week".
# (or bearing its marks: "the attack bore the hallmarks of the local faction of the
# Tehreek-i-Taliban Pakistan, which has carried out several suicide attacks in the district")
_GROUP_RECORD = guarded(r"\b(?:involvement|hand|work|role|hallmarks?)\s+of\s+[^.;,]{0,80}?"
                        r"(?-i:[A-Z])[\w'’-]*(?:\s+\((?-i:[A-Z]{2,})\))?,\s+"
                        r"(?P<rel>whose|which|that|who)\s", re.I)


def record_start(text: str, sentence: Sentence) -> int | None:
    """Where the suspected group's record starts, in a clause about it ("police suspected
    the involvement of the banned Lashkar-e-Jhangvi, whose local cell had been behind a spate
    of similar killings in 2024"): no act or day of the sentence is told after it.  None
    where the sentence tells none."""
    if not contains_any(sentence.text, _RELATIVES):
        return None  # (the words the clause needs, looked for first: every sentence asks)
    record = _GROUP_RECORD.search(text, sentence.start, sentence.end)
    return None if record is None else record.start("rel")


_RELATIVES = (", whose", ", which", ", that", ", who")


# The dead told again, their bodies sent home.
_BODIES_SENT = guarded(r"\bbod(?:y|ies)\s+of\s+the\s+(?:slain|deceased|dead|martyred|killed|"
                       r"victims?)\b[^.;]{0,60}?\b(?:was|were)\s+(?:sent|handed\s+over|shifted|"
                       r"taken|transported|dispatched|flown)\s+(?:\w+\s+)?to\b", re.I)
# ... or at their funeral.
# (or wreaths laid on their bodies: "Wreaths were laid on the bodies of the three jawans")
_FUNERAL = guarded(r"\b(?:funeral\s+(?:prayers?|procession|rites|services?|ceremony)|"
                   r"laid\s+to\s+rest|(?:were|was|will\s+be)\s+buried|wreaths?\s+(?:were|was)\s+"
                   r"laid|wreath[\s-]laying|laid\s+wreaths?)\b", re.I)
# The claimants' own toll, told after their telling of it: "a BLF spokesperson said the
# group's fighters attacked the checkpost ..., killed five personnel", "The National
# Resistance Front (NRF) says its fighters attacked a Taliban police checkpoint ..., killing
# four Taliban members".
# (also after its claim, through its outlet: "claimed a grenade attack ..., saying in a
# statement carried by its Amaq news agency that its fighters had killed three Taliban"; not
# the word that is the claim itself: "ISKP said on its Amaq news agency that its fighters had
# shot dead a Taliban district official ... Residents confirmed the killing")
# (or in a statement: "The banned Baloch Liberation Army (BLA) said in a statement that its
# fighters had set up a checkpoint on the highway and detained two ...")
_GROUP_ACCOUNT = guarded(r"\b(?:(?:says|said|saying|claimed|claims|claiming)\s+"
                         r"(?:in\s+a\s+statement\s+(?:[\w-]+\s+){0,3}?)?(?:that\s+)?|"
                         r"(?:saying|claiming)\b[^.;]{0,60}?\bthat\s+)(?:the\s+group's|its|"
                         r"their)\s+(?:fighters|men|cadres|militants|mujahideen)\b", re.I)
# (or the group's own: "JNIM ... claimed the attack on its propaganda channels, saying it had
# killed "more than 20" soldiers")
_BOMBER_ACCOUNT = guarded(r"\bclaimed\b[^.;]{0,160}?\bsaying\s+(?:that\s+)?(?:he|she|the\s+bomber|"
                          r"it|they)\s+had\b", re.I)
# ... or before it: "..., killing four soldiers, the group said in a statement on Telegram".
_GROUP_SAID = guarded(r",\s*the\s+(?:group|militia|rebels|insurgents|outfit|movement)\s+"
                      r"(?:said|says|claimed)\b", re.I)
# A later source's toll, announced in the sentence before ("Doctors at the city's main
# hospital gave a higher toll") or in its own ("officials confirmed the attack but gave a
# lower toll, saying two Levies personnel were killed").
HIGHER_TOLL = guarded(r"\b(?:gave|put|reported|had|cited)\s+(?:a\s+)?(?:much\s+)?(?:higher|"
                      r"lower|new|revised|updated|different)\s+(?:death\s+|casualty\s+)?"
                      r"(?:toll|figures?)\b", re.I)
_HARM = ("killed", "wounded")
_HARM_OR_HELD = ("killed", "wounded", "arrested")
_ITS = ("its ", "their ", "group's", "group’s")
# The dead named at their funeral: "The funeral prayers of the two martyred soldiers".
_THE_DEAD_WORDS = frozenset({"martyred", "slain", "killed", "deceased", "bodies", "body of"})


def own_figures(text: str, sentence: Sentence, figures: list[Figure], triggers: Hits,
                higher_before: bool, higher_here: re.Match[str] | None,
                ) -> tuple[list[Figure], Hits]:
    """The sentence's own figures and triggers (``higher_before``: the sentence before it
    announced a later source's toll; ``higher_here``: this sentence's own announcement, the
    match of :data:`HIGHER_TOLL` in it, which the caller reads once a sentence)."""
    if not figures and not triggers:
        return figures, triggers
    s, e, words = sentence.start, sentence.end, sentence.text
    # (the words each pattern needs, looked for first: every sentence with a figure asks)
    if ("bod" in words or "Bod" in words) and _BODIES_SENT.search(text, s, e):
        # "The bodies of the slain labourers were sent to their hometowns in Rahim Yar Khan"
        return [], {}
    if _FUNERAL.search(text, s, e) and all(
            h[2].lower() in _THE_DEAD_WORDS for hits in triggers.values() for h in hits):
        # "Funeral prayers for the martyred personnel were offered at the FC headquarters"
        # (not an attack on a funeral: "the funeral prayers were also attacked")
        return [], {}
    if figures and ", the " in words and (own := _GROUP_SAID.search(text, s, e)) and \
            not _MOURNING.search(text, own.end(), e):
        # (not the group's word of its own dead: "killed a member of Hezbollah, the group said
        # in a statement mourning him")
        figures = [f for f in figures if f.measure not in _HARM or f.start > own.start()]
    if figures and contains_any(words, _ITS) and (own := _GROUP_ACCOUNT.search(text, s, e)):
        # (and the men its fighters "detained": hostages the story told taken, no arrest)
        figures = [f for f in figures if f.measure not in _HARM_OR_HELD or f.start < own.start()]
    if figures and "saying" in words and (own := _BOMBER_ACCOUNT.search(text, s, e)):
        # (or of its bomber: "AQAP claimed the bombing ..., naming the bomber ... and saying he
        # had killed "more than 20 apostates"")
        figures = [f for f in figures if f.measure not in _HARM or f.start < own.start()]
    if figures and (higher_before or (
            higher_here is not None and figures[0].start > higher_here.start())):
        for f in figures:
            f.update = f.update or f.measure in _HARM
    return figures, triggers


# A group's statement mourning its own dead: no claimant's toll.
_MOURNING = re.compile(r"\bmourn(?:ing|ed|s)?\b", re.I)
# The plan of the men arrested, no plan of an act to come: "arrested five suspected terrorists
# ..., foiling their plan to attack 'sensitive installations'", "arrested five militants who
# were planning to attack a school" (or their record: "arrested five suspected members of the
# Clan del Golfo ..., accused of offering bounties for the killing of police officers").
_PLAN_WORD = re.compile(r"plan|accused\s+of|wanted\s+(?:for|in)", re.I)
# A clause after the act: "killed three police officers in separate attacks ..., as
# authorities warned of a new campaign of bounties".
_AS_CLAUSE = re.compile(r",\s+as\s+(?:[\w-]+\s+){1,3}$", re.I)
_SAID_THEY = re.compile(r"\bsaid\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+$", re.I)
_FOUND_THAT = re.compile(r"\b(?:suggested|suggests|indicated|indicates|showed|shows|believed|"
                         r"believe|suspected|suspect)\s+that\b[^.;]*$", re.I)
_THE_ACT_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|killings?|"
                            r"explosions?|ambush|assault|raid|abduction|kidnapping)\b", re.I)
_WHICH_CLAUSE = re.compile(r",\s+which\s+(?:(?:has|had|have)\s+[^,;.]{0,50})?$", re.I)
_SUSPECTED_GROUP = re.compile(r"\b(?:suspected|blamed|accused)\s+(?:the\s+)?"
                              r"(?:(?-i:[A-Z])|al-)[^,;.]{2,80}$", re.I)
_RECORD_OF_SUSPECTED = re.compile(r",\s+which\s+(?:has|had|have)\s+[^;.]{0,140}?,"
                                  r"(?=\s+(?:was|were|is|are)\s+(?:widely\s+|also\s+)?"
                                  r"(?:suspected|believed|thought|blamed)\b)", re.I)


# ... or after the group the act is blamed on, to the sentence's end: "They said they
# suspected militants of Islamic State's Sinai Province, which waged an insurgency ... but has
# rarely struck since 2022", "attributed the attack to the Barrio 18 gang, which it said had
# been demanding extortion payments from the company's owners since March"
_RECORD_OF_BLAMED = re.compile(r"\b(?:suspected|suspect|blamed|blame|accused|attributed\s+"
                               r"(?:the\s+)?(?:[\w-]+\s+){0,2}?to)\s+[^,;.]{2,90}?"
                               r"(?:,\s+known\s+as\s+[^,;.]{2,80})?"
                               # (or its gloss: "blamed Jaish al-Adl, a Sunni Baluch militant
                               # group that has carried out a string of attacks")
                               r"(?P<rec>,\s+(?:which|an?\s+[^,;.]{0,60}?\b(?:group|outfit|"
                               r"organi[sz]ation|faction|movement)\s+(?:that|which|who))\s+"
                               r"[^;]{0,220}?)\.?\s*$", re.I)


# The series an act told with its day is one of: ", in one of several attacks across Borno
# State in the past week", "the latest in a string of attacks on ..." (the act, no tally).
_ONE_OF_SERIES = re.compile(r",\s*(?:in\s+)?(?:one\s+of|the\s+latest\s+in|the\s+third\s+in)\s+"
                            r"(?:several|many|a\s+(?:series|string|spate|wave)\s+of)\s+"
                            r"[^.;,]*", re.I)


def without_group_record(s_text: str) -> str:
    """``s_text`` with a clause that tells a group's record before the group is suspected of
    the act blanked out (", which had claimed several attacks on gas installations in the
    district last year, was suspected to be behind the blast"), or after the group blamed,
    or the series the act is one of, or the violence it came amid ("as violence flared across
    the country's east"): it makes the sentence no background and no tally.
    Spaces keep the offsets."""
    # (the words the series needs, looked for first: this runs on every sentence)
    if ("one of" in s_text or " in a " in s_text or " in several" in s_text or
            " in many" in s_text) and \
            (series := _ONE_OF_SERIES.search(s_text)) is not None:
        a, b = series.span()
        s_text = s_text[:a] + " " * (b - a) + s_text[b:]
    if ", as " in s_text and (mood := _AS_VIOLENCE_FLARED.search(s_text)) is not None:
        # (the state of things the act came in, after its teller: "..., local officials said on
        # Tuesday, as violence flared across the country's east over the weekend")
        a, b = mood.span()
        s_text = s_text[:a] + " " * (b - a) + s_text[b:]
    if "which" not in s_text and not (" that " in s_text and "blame" in s_text):
        return s_text
    m = _RECORD_OF_SUSPECTED.search(s_text) if "which" in s_text else None
    if m is not None:
        return s_text[:m.start()] + " " * (m.end() - m.start()) + s_text[m.end():]
    m = _RECORD_OF_BLAMED.search(s_text)
    if m is not None:
        a, b = m.span("rec")
        return s_text[:a] + " " * (b - a) + s_text[b:]
    return s_text


_AS_VIOLENCE_FLARED = re.compile(r",\s+as\s+(?:violence|fighting|clashes|attacks|insecurity|"
                                 r"tensions?)\s+(?:flared|raged|spread|escalated|intensified|"
                                 r"mounted|continued|surged)\b[^.;]*(?=[.;]?\W*$)", re.I)
_TIP_OFF = re.compile(r"\b(?:on|following|after)\s+(?:a\s+|an\s+)?(?:tip[\s-]?off|information|"
                      r"intelligence|inputs?|reports?)\s+(?:that|about)\b[^.;]*$", re.I)
_ANOTHER_ACT_OPENER = re.compile(r"\W*(?:late|later|hours\s+later|meanwhile|separately|"
                                 r"elsewhere|in\s+a\s+separate)\b", re.I)


# The act the doers a raid killed were involved in, told after the raid: "killed five people in
# a gunfight, according to the army, which said all five were separatist fighters involved in
# the councillor's killing".
_DOERS_OF_BEFORE = re.compile(r"\binvolved\s+in\s+the\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def acts_referred(sentence: Sentence, refers: Sequence[int], triggers: Hits,
                  dates: Sequence[DateMention], figures: Sequence[Figure]) -> list[int]:
    """The positions of the acts ``sentence`` refers to, less one named in the tip-off a raid
    acted on (:func:`in_tip_off`) and one whose doers the sentence's dead were, told after
    the sentence's own act and all its dates but a statement's."""
    if not refers:
        return []
    # (a statement's day is none of the acts': "..., the ISPR said on Wednesday")
    days = [d.start for d in dates if not STATED_ON_RE.search(
        sentence.text, max(0, d.start - sentence.start - 45), d.start - sentence.start)]
    own = [h[0] for hits in triggers.values() for h in hits] + [f.start for f in figures]
    return [r for r in refers if not in_tip_off(sentence.text, r - sentence.start) and not (
        days and max(days) < r and any(at < r for at in own) and
        _DOERS_OF_BEFORE.search(sentence.text, 0, r - sentence.start))]


def in_tip_off(s_text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the tip-off a raid acted on ("raided a house in Bin Shahi on a
    tip-off that militants involved in recent attacks were hiding there")."""
    return _TIP_OFF.search(s_text, max(0, pos - 80), pos) is not None


_WHO_WERE = re.compile(r"\bwho\s+(?:were|was|had\s+been)\s+$", re.I)
# (or looked into whether they were: "Prosecutors said they were investigating whether members
# of Los Ardillos, a local gang that controls the area, were behind the killing")
_INVESTIGATORS_FOUND = re.compile(r"\s+(?:(?:believed?|suspect(?:ed)?|said|say|think|thought)\s+"
                                  r"(?:that\s+)?(?:it|the\s+\w+)\s+(?:was|had\s+been)\s+"
                                  r"(?:carried\s+out\s+by|the\s+work\s+of)\b|"
                                  r"whether\s+[^.;]{0,90}?\b(?:was|were)\s+behind\b)", re.I)
_SAID_IT_WAS = re.compile(r"\b(?:said|says|claimed|admitted|acknowledged)\b[^.;]{0,40}\bit\s+was$",
                          re.I)


def background_words(s_text: str, offset: int, triggers: Hits,
                     figures: Sequence[Figure]) -> re.Match[str] | None:
    """The sentence's background words (``BACKGROUND_RE``), less the plan of the men an
    arrest told before it took (the arrest, counted, is the sentence's act) and a warning in
    a clause after its act."""
    m = BACKGROUND_RE.search(s_text)
    while m is not None and ((_PLAN_WORD.match(m.group(0)) and any(
            start - offset < m.start() for start, _, _ in triggers.get("arrest", ())) and any(
            # (counted: "The arrested militants were planning to" tells no arrest)
            f.measure == "arrested" and f.count.qualifier != "vague" and
            f.start - offset < m.start() for f in figures)) or (
            _AS_CLAUSE.search(s_text, max(0, m.start() - 40), m.start()) and any(
                start - offset < m.start() for hits in triggers.values()
                for start, _, _ in hits)) or (
            # (nor a group's word that it did the act: "Al-Shabaab said on its Andalus radio
            # that it was behind the attack")
            m.group(0).lower().startswith("was behind") and (
                _SAID_IT_WAS.search(s_text, 0, m.start() + 3) is not None or
                # (nor a finding of who did it: "initial investigations suggested that the
                # banned Islamic State Pakistan Province (ISPP) was behind the attack")
                _FOUND_THAT.search(s_text, max(0, m.start() - 160), m.start()) is not None) and
            _THE_ACT_AFTER.match(s_text, m.end())) or (
            # (nor a force's word of its own act: "the Revolutionary Guards' ground forces said
            # they had killed several 'terrorists' ... over the weekend")
            m.group(0).lower().startswith("had") and
            _SAID_THEY.search(s_text, max(0, m.start() - 30), m.start()) is not None) or (
            # (nor the investigators' finding of the doers: "investigators believed it was
            # carried out by La Familia Michoacana")
            m.group(0).lower().startswith("investigat") and
            _INVESTIGATORS_FOUND.match(s_text, m.end()) is not None) or (
            # (nor the plot of the men the act killed or held, in a clause on them: "had shot
            # dead two men ... who were plotting to bomb a police building")
            _WHO_WERE.search(s_text, max(0, m.start() - 16), m.start()) is not None and
            any(f.start - offset < m.start() for f in figures)) or (
            # (nor what the people taken are accused of: "took away eight young men accused
            # of supporting the resistance")
            m.group(0).lower().startswith("accused") and any(
                0 <= m.start() - (end - offset) <= 2 for cls in ("kidnap", "arrest")
                for _, end, _ in triggers.get(cls, ()))) or (
            # (nor the record of the group suspected, in a clause on it: "security officials
            # suspected al-Qaeda in the Arabian Peninsula (AQAP), which has carried out similar
            # attacks on government forces")
            (which := _WHICH_CLAUSE.search(s_text, max(0, m.start() - 60), m.start())) is not None
            and _SUSPECTED_GROUP.search(s_text, 0, which.start()) is not None) or (
            # (nor the tip-off a raid told as another act acted on: "Late on Friday, ... raided
            # a house in Bin Shahi on a tip-off that militants involved in recent attacks were
            # hiding there"; the lead's raid told again keeps its plan: see the codebook)
            _ANOTHER_ACT_OPENER.match(s_text) is not None and
            _TIP_OFF.search(s_text, max(0, m.start() - 80), m.start()) is not None and
            any(start - offset < m.start() for start, _, _ in triggers.get("operation", ())))):
        m = BACKGROUND_RE.search(s_text, m.end())
    return m


# A sentence opened by a past month and year: "In June last year,", "In March 2025,".
# (or by a part of a month: "In late October, Israeli strikes killed more than 100 people")
# (or by a month alone, where the story told days: "In March, militants fired mortar shells at
# it, injuring two soldiers")
# (or the month before the story's, told so: "Last month, an Israeli strike on a building in
# Bint Jbeil killed five people", "Late last month, JNIM fighters attacked a gendarmerie post")
_PAST_OPENER = re.compile(rf"\W*(?:In\s+(?:(?:early|mid|late)[\s-]+)?(?:{MONTH_NAMES})"
                          r"(?:\s+(?:last\s+year|this\s+year|(?:19|20)\d\d))?|"
                          r"(?:(?:early|late)\s+)?last\s+month)\s*,", re.I)


# ... or told within it: "The shrine was the target of a suicide bombing in February 2017".
_IN_MONTH_YEAR = re.compile(rf"\b(?:in|during)\s+(?:{MONTH_NAMES})\s+(?:19|20)\d\d\b", re.I)


def told_as_background(s_text: str, offset: int, triggers: Hits, figures: Sequence[Figure],
                       has_day: bool, coarse_after_days: bool, lead: str = "") -> bool:
    """Whether the sentence's act is background, not a new incident: its background words
    (not the act told again with its day, whatever its clause after says: "The attack took
    place on Wednesday afternoon, but ... fear of further attacks"), an act "ago" with no day
    (a kidnapping's hostages may still be held), or, where the story told days and this
    sentence only a month or a year (``coarse_after_days``), a past act opened by its month
    and year ("In June last year, a suicide bomber rammed ... martyring 13 soldiers"), told
    with them ("the target of a suicide bombing in February 2017") or told in the past perfect
    ("had come under a quadcopter attack in March").  ``lead``: the story's first sentence
    that tells an act (and what comes before it), whose places name the story's own act."""
    # (an attack named as the one the forces' hunt was for is this story's, no background:
    # "killed four militants involved in the Hajwani attack during an operation")
    # (nor the story's own act named by the place its lead told, in a sentence with no toll,
    # day or act of its own: "the Los Lobos gang was suspected in the Daule attack" after
    # "... a police post in Daule ..., early Saturday")
    # (``s_text`` comes with a blamed group's record blanked: :func:`without_group_record`)
    named = NAMED_ATTACK_RE.search(s_text)
    return (bool(background_words(s_text, offset, triggers, figures) or
                 (named and not PURSUIT_RE.search(s_text) and
                  not (lead and not figures and not has_day and
                       _names_lead_place(named.group(0), lead) and
                       all(offset + named.start() <= h[0] < offset + named.end()
                           for hits in triggers.values() for h in hits)) and
                  # (nor men arrested over it, counted: "On Tuesday, Jorhat police arrested
                  # three persons from Mariani on charges of providing shelter ... to the
                  # ULFA-I cadres who carried out the Namrup attack")
                  not ("arrest" in triggers and _ON_A_DAY.match(s_text) and
                       any(f.measure == "arrested" and
                           f.count.qualifier != "vague" for f in figures))) or
                 DECADES_RE.search(s_text)) and
            not (has_day and EVENT_TOLD_AGAIN_RE.match(s_text))) or (
        not has_day and "kidnap" not in triggers and bool(AGO_RE.search(s_text))) or (
        coarse_after_days and bool(_PAST_OPENER.match(s_text) or _HAD_DONE.search(s_text) or
                                   _IN_MONTH_YEAR.search(s_text)))


def _names_lead_place(name: str, lead: str) -> bool:
    """Whether an attack's name ("the Daule attack") is only a place the story's lead told:
    one capitalised word, no year or day, found in the lead."""
    words = [w for w in re.findall(r"\b[A-Z][\w.]*|\d+", name) if w not in ("The", "In")]
    return len(words) == 1 and not words[0].isdigit() and \
        re.search(rf"\b{re.escape(words[0])}\b", lead) is not None


# An act told in the past perfect ("The same police station had come under a quadcopter attack
# in March"): with only a month or a year, where the story told days, an earlier act.
_HAD_DONE = re.compile(r"\bhad\s+(?:(?:also|earlier|previously|once|already)\s+)?"
                       r"(?:been\s+|come\s+under\b|[a-z]+(?:ed|en)\b)")


# The note told again: "The posters were signed in the name of".
_THE_NOTE = re.compile(r"\W*(?:the|these|those)\s+(?:posters?|pamphlets?|leaflets?|notes?|"
                       r"letters?)\b", re.I)
# Where the target was hit: "The Quetta-bound Jaffar Express was hit near Mach".
_WHERE_HIT = re.compile(r"\b(?:was|were)\s+(?:hit|struck|targeted|attacked|ambushed)\s+"
                        r"(?:near|in|at|outside|close\s+to|while\s+passing)\b", re.I)


def context_of_act(s_text: str, right_after: bool) -> bool:
    """A context sentence that tells the act before it: a note the doers left at the scene
    ("Posters left at the spot warned villagers"), and, ``right_after`` the incident's last
    sentence with no day or marker of its own, the sentence about that note ("The posters
    were signed in the name of the Jharkhand Jan Mukti Parishad") or where the target was
    hit ("The Quetta-bound Jaffar Express was hit near Mach, a town in ... Kachhi
    district")."""
    return bool((contains_any(s_text, _NOTE_WORDS) and POSTER_LEFT.search(s_text)) or (
        right_after and (
            _THE_NOTE.match(s_text) or _WHERE_HIT.search(s_text))))


_NOTE_WORDS = ("oster", "amphlet", "eaflet", "note", "etter", "anner")  # (POSTER_LEFT's nouns)


_ON_A_DAY = re.compile(r"\W*(?:(?:Late|Early)\s+on|On)\s+"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_SEPARATELY = re.compile(r"\W*(?:separately|in\s+a\s+separate\s+(?:incident|operation|raid))\b",
                         re.I)


def marked_arrest(s_text: str, triggers: Hits, figures: Sequence[Figure]) -> bool:
    """An arrest told apart ("Separately, ... its forces had arrested three members of the
    NRF ..., accusing them of planning attacks"): its own act, whatever it refers to."""
    # (or by a round-up's place line: "KOTRI: The Counter-Terrorism Department arrested two
    # suspected members ... adding that the suspects were involved in the cracker attack")
    # (or by its own day: "On Monday, Counter-Terrorism Service forces arrested three men
    # suspected of helping to plan the checkpoint attack in a raid in Baiji")
    return bool(_SEPARATELY.match(s_text) or opens_place_line(s_text) or
                _ON_A_DAY.match(s_text)) and \
        "arrest" in triggers and any(
        f.measure == "arrested" and f.count.qualifier != "vague" for f in figures)


# The words from an act referred to to a figure in the clause that tells its toll.
_REFERRED_CLAUSE = re.compile(r"\S*(?:\s+[\w()’'-]+){0,6}?\s*,?\s+(?:in|during)\s+which\s+"
                              r"(?:[\w()’'-]+\s+){0,3}")


def without_referred_tolls(text: str, figures: list[Figure], refers: Sequence[int],
                           ) -> list[Figure]:
    """The figures less the tolls of the acts referred to (at ``refers``): "arrested ...
    over the killing of three people" (the arrest, never a reference, keeps its count: "Two
    militants involved in the abduction ... were arrested"), also a toll a clause after the
    act tells ("allegedly involved in Malewada landmine attack last month in which seven CRPF
    personnel were killed")."""
    dropped: list[Figure] = []  # the referred acts' tolls
    for f in sorted(figures, key=lambda f: f.start):
        if f.measure != "arrested" and (
                any(f.start <= r < f.end or _REFERRED_CLAUSE.fullmatch(text, r, f.start)
                    for r in refers) or (
                    # the rest of that toll: "in which 33 persons were killed and 10 others
                    # were injured"
                    dropped and _TOLL_GOES_ON.fullmatch(text, dropped[-1].end, f.start))):
            dropped.append(f)
    return [f for f in figures if not any(f is d for d in dropped)]


_TOLL_GOES_ON = re.compile(r"\s*,?\s*(?:and|while)\s+", re.I)


_RELATIVE_BEFORE = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:that|which|who)\s+"
                              r"(?:[\w-]+\s+){1,5}$", re.I)
_CLAIMED = re.compile(r"\bclaimed\s+(?:responsibility|it\b|the\s+(?:attack|bombing|blast|"
                      r"killing|ambush|abduction))", re.I)


def claimants_day(text: str, s_start: int, s_text: str, day_start: int) -> bool:
    """A date in a relative clause about the claimants of a claim sentence, no day of its
    act: "The Ittehad-ul-Mujahideen Pakistan (IMP), an alliance of militant factions that
    announced its formation last year, claimed responsibility for the attack"."""
    # (or in the act it says it avenged: "claimed responsibility for the attack ..., saying it
    # was revenge for the killing of its commander in Mohmand last month")
    if not _CLAIMED.search(s_text):
        return False
    avenged = AVENGED_RE.search(s_text)
    return (avenged is not None and s_start + avenged.start() < day_start) or \
        _RELATIVE_BEFORE.search(text, max(s_start, day_start - 90), day_start) is not None


# The kidnapping's words of a ransom sentence that tell no new one: the hostage, the doers.
_HOSTAGE_TOLD = re.compile(r"(?:abductors?|kidnappers?)$", re.I)
_THE_HOSTAGE = re.compile(r"\b(?:the|his|her|their)\s+$", re.I)


def mark_outcomes(text: str, infos: Sequence[SentenceInfo]) -> None:
    """A release ("the abducted workers were freed") is the outcome of an abduction; when the
    story also tells the abduction as an event (not only names it: "silent about their
    'abduction'"), the release is no incident of its own (``outcome_only``).  So is a ransom
    demanded of the hostage's family ("daughter of the abducted person received a ransom call
    from the abductors on July 26")."""
    releases = [i for i in infos if set(i.triggers) <= {"kidnap", "armed"} and "kidnap" in
                i.triggers and (RELEASE_RE.search(i.sentence.text) or (
                    RANSOM_RE.search(i.sentence.text) and set(i.triggers) == {"kidnap"} and
                    all(_HOSTAGE_TOLD.match(w) or _THE_HOSTAGE.search(
                        text, max(0, a - 6), a) for a, _, w in i.triggers["kidnap"]))) and
                not ABDUCTION_TOLD_RE.search(i.sentence.text) and
                not any(f.measure in ("killed", "wounded") for f in i.figures)]
    if releases and any("kidnap" in i.triggers and i not in releases and i.is_event()
                        for i in infos):
        for info in releases:
            info.outcome_only = True
