"""Stage 7a: triggers.  Reads the article and its sentences; writes the trigger words of each
class per sentence (blast, opened fire, kidnapped, arrested ...), leaving out the acts a
sentence only refers to (:mod:`eventwatch.extract.references`), arms only carried ("armed
with rifles and hand grenades"), a participle of arrest that names people ("of arrested
militants"), a foiling that names no arms, a drone found or only named, an idiom ("cost a
bomb"), a hostage named by the act or by who holds him where nothing else happened ("the
abducted son of", "his abductors are not TTP militants") and the explosives the state's
forces used on the militants they fought.  :mod:`eventwatch.extract.incidents` groups
the sentences into incidents.  Rules: ``docs/codebook.md``, What is an incident.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from eventwatch.extract import references
from eventwatch.extract.explosives import ARMED_WITH_RE
from eventwatch.extract.fastre import WordFinder, guarded
from eventwatch.extract.lexicon import TRIGGER_NEEDS, TRIGGER_RE
from eventwatch.extract.measure_verbs import ARREST_PARTICIPLES, HELD_EARLIER
from eventwatch.extract.segment import Sentence
from eventwatch.extract.taking import TOLD_BY_TAKERS_BEFORE

__all__ = ["find_triggers"]


# A foiling is an attack's only where the sentence names arms or violence: "foiled an
# infiltration bid", "thwarted a bomb attack"; not "so that its attempt to convert its cash
# can be thwarted".
_ARMS_OR_VIOLENCE = guarded(r"\b(?:bombs?|IEDs?|explosives?|explosions?|blasts?|grenades?|"
                          r"mines?|detonators?|suicide|rockets?|sabotage|infiltration|"
                          r"attacks?|ambush|terror\w*|militants?|strikes?|weapons|arms|"
                          r"killed|fire|firing|blow(?:ing)?\s+up|shoot\w*|kill)\b", re.I)


# The classes' needed words (lexicon's TRIGGER_NEEDS), all found in one pass over an article.
_NEEDED = {cls: frozenset(words) for cls, words in TRIGGER_NEEDS.items()}
_NEEDED_WORDS = WordFinder(w for words in _NEEDED.values() for w in words)

# A preposition right before a participle of arrest: the participle names people ("steps
# for the de-radicalization of arrested militants", "among the detained suspects").
# (an adverb of time may come between: "Disclosures of recently arrested Islamic State (IS)
# recruits revealed")
_HELD_ADJECTIVE = re.compile(r"\b(?:of|for|with|among|from|about)\s+(?:the\s+|all\s+)?"
                             rf"(?:missing\s+(?:and|or)\s+)?(?:(?:{HELD_EARLIER})\s+)?$", re.I)


# A hostage named by the act: "the abducted son of", "their kidnapped colleague"; where the
# sentence tells no outcome of it.
_HOSTAGE_NAMED = re.compile(r"\b(?:the|his|her|their|its)\s+$", re.I)
_STATE_USED = guarded(r"\b(?:Army|SFs?|[Ss]ecurity\s+[Ff]orces|troops|[Pp]olice|forces)\s+"
                      r"(?:\w+\s+)?used\s+(?:\w+\s+){0,2}?(?:grenades?|rockets?|explosives?|"
                      r"IEDs?|mortars?|rocket\s+launchers|RPGs?)\b")
_TAKERS = re.compile(r"(?:abductor|kidnapper)s?", re.I)
_NOUN_NEXT = re.compile(r"\s+(?!(?:by|and|from|on|in|at|near|to|with|for|after|before|"
                        r"while|when|allegedly|reportedly)\b)[a-z]+\b")
_OUTCOME = re.compile(r"\b(?:released|freed|set\s+free|rescued|recovered|returned|escaped|"
                      r"secured\s+the\s+release|"
                      r"killed|found|bod(?:y|ies)|ransom|demand\w*)\b", re.I)
_SEIZED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:were|had\s+been)\s+(?:also\s+)?(?:seized|recovered|"
                           r"found|confiscated|impounded)\b", re.I)
# (or "were caught with a hand grenade", "were picked up ... along with a bag of explosive
# material": the arrested told again, not the arrest that foiled a plot, "The Police arrested
# six members ... along with three bombs")
_CARRIED_BEFORE = re.compile(r"\b(?:(?:were|was)\s+(?:found\s+)?(?:carrying|in\s+possession\s+of)|"
                             r"(?:caught|found)\s+with|(?P<along>along\s+with))\s+"
                             r"(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,6}$", re.I)
_HELD_IN = re.compile(r"\b(?:arrested|held|detained|apprehended|nabbed|picked\s+up)\b", re.I)
_HELD_PASSIVE = re.compile(r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:arrested|held|detained|apprehended|"
                           r"nabbed|picked\s+up|caught)\b", re.I)
_SEIZED_BEFORE = re.compile(r"\b(?:recovered|seized|found|confiscated|impounded)\s+(?:an?\s+|"
                            r"the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# A bare "drone" strikes where it is the means or the subject of an act: "killed in a US
# drone", "by a drone", "a drone fired two missiles".
_DRONE_STRUCK_BEFORE = re.compile(r"\b(?:by|in|from|of|with)\s+(?:an?\s+|the\s+|two\s+|"
                                  r"three\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# (or its unit: "its drone unit had dropped bombs")
# (or its operators named between: "a drone operated by the government's task force struck")
# (or its force named after it, and what it did before it struck: "drones of the Niger air
# force tracked a group of the fleeing attackers and struck them")
_DRONE_STRUCK_AFTER = re.compile(r"\s+(?:(?:unit|squad|team|wing)\s+|(?:operated|flown|"
                                 r"launched|piloted)\s+by\s+[^.;,]{1,50}?\s+|"
                                 r"of\s+the\s+(?:[\w'’-]+\s+){1,4}?(?:air\s+force|army|military|"
                                 r"navy)\s+)?"
                                 # (what it did first: "an army drone tracked a column of the
                                 # fleeing fighters and struck it")
                                 r"(?:(?:tracked|spotted|followed|located|trailed)\s+[^.;,]{1,60}?"
                                 r"\s+and\s+)?"
                                 r"(?:had\s+|has\s+)?"
                                 r"(?:\w+\s+)?(?:fired|struck|hit|targeted|attacked|killed|"
                                 r"slammed|launched|pounded|rained|dropped)\b", re.I)
# Drones traded or made, no strike: "it will allow ... the widespread export of armed drones".
_DRONE_TRADE_BEFORE = re.compile(r"\b(?:exports?|sales?|supply|supplies|purchases?|acquisition|"
                                 r"development|production|manufacture|manufacturing)\s+of\s+"
                                 r"(?:[\w-]+\s+){0,2}$", re.I)
# A drone that watches: "With the assistance of Drone camera the SFs are trying to locate".
_DRONE_CAMERA_AFTER = re.compile(r"\s+(?:cameras?|surveillance|footage|images?|videos?)\b",
                                 re.I)
# An act only aimed at: "with a motive to abduct him".
# The name after "the body of": "along with the body of Dewa".
_NAME_NEXT = re.compile(r"\s+([A-Z][a-z]{2,})\b")
_INTENT_BEFORE = re.compile(r"\b(?:motive|intention|intent|aim|plan|plans|planning|"
                            r"planned|wanted)\s+to\s+$", re.I)
_COST_A = re.compile(r"\bcost(?:s|ing)?\s+(?:\w+\s+)?a\s+$", re.I)
# Old ordnance cleared, not a bomb of the day: "A United Nations (UN) mine action team ...
# neutralised landmines planted ... during the Maoist insurgency"
_RULES_BEFORE = re.compile(r"\b(?:directives?|guidelines|procedures?|regulations)\b[^.;]{0,60}$",
                          re.I)
_WOULD_BE = re.compile(r"\bwould[\s-]be[\s-]$", re.I)
_LEGACY_ORDNANCE = guarded(r"\b(?:mine\s+action|de-?mining|unexploded\s+ordnance|"
                           r"during\s+the\s+(?:[\w-]+\s+){0,3}?(?:insurgency|conflict|war)|"
                           r"(?:years?|decades?)\s+(?:back|ago))\b", re.I)


# Hostages freed: "freed 23 kidnap victims", "rescued two abducted traders".
_HELD_NAME_BEFORE = re.compile(r"\b(?:hold|holds|holding|held)\s+(?:the\s+)?"
                               r"(?-i:[A-Z][\w'’-]*\s+){1,3}$", re.I)
_FREED_BEFORE = re.compile(r"\b(?:freed|rescued|released|recovered|liberated)\s+(?:the\s+)?"
                           r"(?:\w+\s+)?$", re.I)
_VICTIM_NEXT = re.compile(r"\s+(?:victims?|hostages?|captives?)\b", re.I)


def _drone_struck_nothing(text: str, m: re.Match[str]) -> bool:
    """A bare "drone" that is neither the means nor the subject of an act, or one traded."""
    if m.group(0).lower() not in ("drone", "drones"):
        return False
    before = max(0, m.start() - 40)
    struck = bool(_DRONE_STRUCK_BEFORE.search(text, before, m.start()) or
                  _DRONE_STRUCK_AFTER.match(text, m.end()))
    return not struck or bool(_DRONE_TRADE_BEFORE.search(text, before, m.start())) or bool(
        _DRONE_CAMERA_AFTER.match(text, m.end()))


def find_triggers(text: str, sentences: Sequence[Sentence],
                  referred: list[list[int]] | None = None,
                  ) -> list[dict[str, list[tuple[int, int, str]]]]:
    """Trigger words of each class, per sentence (one scan of the whole text).  Acts that a
    sentence only refers to ("arrested in connection with the killing") are left out; where
    ``referred`` is given, the start of each is added to its sentence's list."""
    out: list[dict[str, list[tuple[int, int, str]]]] = [{} for _ in sentences]
    starts = [s.start for s in sentences]
    lower = text.lower()
    hits: list[tuple[int, int, str, str, int]] = []  # start, end, words, class, sentence
    present = _NEEDED_WORDS.found(lower)
    for cls, pattern in TRIGGER_RE.items():
        needs = _NEEDED.get(cls)
        if needs is not None and needs.isdisjoint(present):
            continue
        for m in pattern.finditer(text):
            if cls in ("grenade", "shelling") and ARMED_WITH_RE.search(
                    text, max(0, m.start() - 45), m.start()):
                continue  # "attackers armed with rifles and hand grenades": the arms carried
            if cls == "grenade" and m.group(0).lower().endswith("s") and _SEIZED_AFTER.match(
                    text, m.end()):
                continue  # arms found: "rifles, grenades and a pickup truck fitted with
                # improvised armor were seized"
            i = bisect_right(starts, m.start()) - 1
            if i < 0 or m.start() >= sentences[i].end:
                continue
            if cls == "arrest" and m.group(0).lower() in ARREST_PARTICIPLES and \
                    _HELD_ADJECTIVE.search(text, max(0, m.start() - 28), m.start()):
                continue  # "de-radicalization of arrested militants": who they are, no act
            if cls == "air" and (
                    _SEIZED_BEFORE.search(text, max(0, m.start() - 60), m.start()) or
                    _drone_struck_nothing(text, m)):
                # a drone found or named, no strike: "Police recovered an unmanned aerial
                # vehicle UAV and an inflatable boat ... Besides the inflatable boat and drone"
                continue
            if cls in ("explosive", "grenade") and (carried := _CARRIED_BEFORE.search(
                    text, max(0, m.start() - 50), m.start())) and (_HELD_PASSIVE if carried[
                    "along"] else _HELD_IN).search(text, sentences[i].start, sentences[i].end):
                continue  # arms the arrested carried, no blast: "The two men arrested in
                # Talamba ... were carrying an improvised explosive device"
            if m.group(0).lower() == "bomb" and _COST_A.search(text, max(0, m.start() - 20),
                                                               m.start()):
                continue  # an idiom: "Even though it will cost a bomb"
            if cls == "arrest" and TOLD_BY_TAKERS_BEFORE.search(text, max(0, m.start() - 20),
                                                                m.start()):
                continue  # a man's taking told again by his takers: "he had been \"detained"
            if cls == "arrest" and _RULES_BEFORE.search(text, max(0, m.start() - 70), m.start()):
                continue  # the rules of arrest, none made: "directives ... on the arrest and
                # detention of persons under the Prevention of Terrorism Act (PTA)"
            if cls == "kidnap" and m.group(0).lower().startswith("hostage") and \
                    _HELD_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # a city or a nation held hostage, a figure of speech: "We will not
                # allow criminals to hold Reynosa hostage"
            if cls == "kidnap" and _FREED_BEFORE.search(text, max(0, m.start() - 30),
                                                        m.start()) and \
                    _VICTIM_NEXT.match(text, m.end()):
                continue  # the hostages of an earlier act, freed: "troops ... freed 23
                # kidnap victims" (the freeing is the operation's)
            if cls == "kidnap" and _INTENT_BEFORE.search(text, max(0, m.start() - 30),
                                                         m.start()):
                continue  # an aim, none taken: "came to the house of Jumma Khan ... with a
                # motive to abduct him. However, as Khan was not in the house"
            if cls == "suicide" and _WOULD_BE.search(text, max(0, m.start() - 12), m.start()):
                continue  # a man stopped before he acted: "A would be suicide bomber was shot
                # dead ... after Security Forces (SFs) opened fire at him"
            if cls == "kidnap" and m.group(0).lower() in ("abducted", "kidnapped") and \
                    _HOSTAGE_NAMED.search(text, max(0, m.start() - 8), m.start()) and \
                    _NOUN_NEXT.match(text, m.end()) and \
                    not _OUTCOME.search(text, sentences[i].start, sentences[i].end):
                continue  # who a hostage is: "a video message of Ali Haider Gilani the
                # abducted son of former Prime Minister" (an outcome keeps it: "the abducted
                # workers were released")
            if cls == "armed" and m.group(0).lower().startswith("body"):
                name = _NAME_NEXT.match(text, m.end())
                if name and text.find(name.group(1), 0, sentences[i].start) >= 0:
                    continue  # the body of a victim told before: "His relatives reached
                    # Polampalli Police Station on April 25 along with the body of Dewa"
            if cls == "defused" and _LEGACY_ORDNANCE.search(text, sentences[i].start,
                                                            sentences[i].end):
                continue
            if cls == "defused" and m.group(0).lower() in ("foiled", "thwarted") and \
                    not _ARMS_OR_VIOLENCE.search(text, sentences[i].start, sentences[i].end):
                continue  # "its attempt to convert its cash can be thwarted": no bomb foiled
            hits.append((m.start(), m.end(), m.group(0), cls, i))
    # Explosives the state's forces used ("Huge explosion were heard from the encounter site
    # as Army used grenades and rockets to blast the building") are no method of the militants
    # they fought.
    used = [(max(0, u.start() - 100), u.end() + 40) for u in _STATE_USED.finditer(text)] \
        if " used " in lower else []
    if used:
        hits = [h for h in hits if not (h[3] in ("explosive", "grenade", "shelling") and
                                        any(a <= h[0] < b for a, b in used))]
    # Who holds a hostage, in a sentence that tells no other act and no outcome, names no
    # abduction ("Ali Haider Gilanis abductors are not TTP militants"); beside an act they
    # are its people ("Two of his abductors ... were arrested").
    acting = {h[4] for h in hits if not _TAKERS.fullmatch(h[2])}
    hits = [h for h in hits if not (_TAKERS.fullmatch(h[2]) and h[4] not in acting and
                                    not _OUTCOME.search(text, sentences[h[4]].start,
                                                        sentences[h[4]].end))]
    referred_hits = references.referred_to(text, [(h[0], h[1], h[3]) for h in hits])
    for start, end, words, cls, i in hits:  # in class order, as the scans found them
        if (start, cls) not in referred_hits:
            out[i].setdefault(cls, []).append((start, end, words))
        elif referred is not None:
            referred[i].append(start)
    return out


# A lead's while-clause in which the state acts at a place of its own (its own incident,
# coded from its clause: ``lead_acts.while_state_act``), as ", while the Counter Terrorism
# Department (CTD) arrested two suspects in a separate raid in Gadap", ", while a bomb disposal
# squad defused an explosive device planted near a vaccination centre in Nawagai tehsil".
# (or joined by "and" to the same doers' act: "shot dead two suspected Islamic State militants
# in Dagestan's capital Makhachkala ... and detained three of their alleged accomplices in
# the nearby city of Kaspiysk")
WHILE_STATE_ACT = (r"(?:,\s+while\s+(?:[\w()’'-]+\s+){1,8}?(?:arrested|detained|apprehended|"
                   r"defused)|\s+and\s+(?:also\s+)?(?:arrested|detained|apprehended))"
                   r"\s[^.;]{0,120}?\b(?:in|at|near)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|"
                   r"northern|southern|eastern|western)\s+)?(?:(?:city|town|village)\s+of\s+)?"
                   r"(?=(?-i:[A-Z]))")
# A wire lead that tells a second act in a clause of its own: "A Russian missile strike on
# ... Dnipro ... killed at least nine people ..., and a separate drone attack overnight damaged
# port facilities in ... Odesa".
# (or the other victims' clause of a round-up's lead: "A policeman was martyred ... when
# khwarij attacked the Daraban police station on Sunday evening, while two policemen were
# injured in a quadcopter attack in Lakki Marwat and a tribal elder was killed in a bomb
# blast in South Waziristan on Monday")
_SECOND_ACT = guarded(
    r",\s+(?:and|while)\s+(?:a\s+separate|another)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|"
    r"blast|explosion|bombing|raid|ambush|assault)s?\b|"
    r",\s+while\s+(?:[\w-]+\s+){1,4}?(?:were|was)\s+(?:killed|injured|wounded|martyred)\s+in\s+"
    r"an?\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|blast|explosion|bombing|raid|ambush)\s+"
    r"(?:in|at|near)\s+(?-i:[A-Z])|"
    # (or people taken elsewhere: ", while three people, including a schoolboy, were abducted
    # in Kashmore on Saturday")
    r",\s+while\s+[^.;]{3,60}?\b(?:were|was)\s+(?:abducted|kidnapped)\s+(?:for\s+ransom\s+)?"
    r"(?:from\s+|in\s+|near\s+)"
    r"(?-i:[A-Z])|"
    # (or doers who took people elsewhere: ", while gunmen abducted 17 worshippers from a
    # mosque in northwestern Katsina state")
    r",\s+while\s+(?:[\w-]+\s+){1,3}?(?:abducted|kidnapped)\s+[^.;]{0,80}?\b(?:from|in|at|near)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:\w+ern|\w+\s+\w+ern)\s+)?(?-i:[A-Z])|"
    # (or a means that harmed others elsewhere: ", while a roadside bomb killed two soldiers
    # in the nearby Boni forest a day earlier")
    r",\s+while\s+an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|landmine|mine|IED|"
    r"grenade|rocket|mortar|drone|strike|air\s?strike)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
    r"hit|struck)\b[^.;]{0,80}?\b(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+)?(?-i:[A-Z])|"
    # (or a group's drones: ", while drones launched by the Rapid Support Forces (RSF) struck
    # the main power station in Dongola")
    r",\s+while\s+(?:drones|rockets|missiles|shells)\s+(?:launched|fired)\s+by\s+[^.;]{1,60}?"
    r"\b(?:struck|hit|killed|wounded|damaged)\b[^.;]{0,80}?\b(?:in|at|near)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?-i:[A-Z])", re.I)
# ... or told hours from this one, at its own place: ", wounding two officers, hours before
# gunmen killed five people at a car wash in the nearby city of Pasaje".
_HOURS_APART = guarded(
    r",\s+(?:just\s+|only\s+|barely\s+)?(?:a\s+few\s+|several\s+)?(?:hours|minutes)\s+(?:after|"
    r"before)\s+(?:[\w-]+\s+){0,4}?(?:killed|shot\s+dead|gunned\s+down|attacked|stormed|"
    r"opened\s+fire|ambushed|abducted|kidnapped|blew\s+up|exploded|went\s+off)\b[^.;]{0,80}?"
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:[A-Z])", re.I)
# ... or told as the next day's, by other doers or means: "Jihadists attacked an army camp in
# Kokorou on Monday, and a drone strike killed six of the attackers the next day near
# Mehana", "IS militants attacked an Iraqi army post ... on Monday night, and Iraqi F-16 jets
# killed six militants in strikes on their hideouts in the nearby Tharthar valley the next
# day".
# (or with its day first: "... on Sunday night, and on Monday soldiers pursuing the attackers
# killed two of them in neighbouring Caloto")
_NEXT_DAY_ACT = guarded(
    r",\s+and\s+(?:[\w'’-]+\s+){1,6}?(?:killed|struck|hit|attacked|shelled|bombed|pounded|"
    r"ambushed|stormed|raided|abducted|kidnapped)\b[^.;]{0,140}?\b(?:the\s+(?:next|following)\s+"
    r"(?:day|morning|night|evening)|a\s+day\s+later)\b|"
    r",\s+and\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the\s+"
    r"(?:next|following)\s+day|a\s+day\s+later)\s*,?\s+(?:[\w'’-]+\s+){1,6}?(?:killed|struck|hit|"
    r"attacked|shelled|bombed|pounded|ambushed|stormed|raided|abducted|kidnapped)\b", re.I)
# The next act of a lead that sums several up, after a clause that told one: "Three Frontier
# Corps (FC) soldiers were martyred in an ambush in Noshki, a barber was shot dead in Mastung
# and ..." (not a list of victims: "The SHO of New Saryab Police Station, a constable and
# driver were shot dead in Killi Shahnawaz")
_HARM_TOLD = (r"(?:was|were)\s+(?:shot\s+dead|killed|martyred|injured|wounded|abducted|"
              r"kidnapped|blown\s+up|torched|set\s+(?:on\s+fire|ablaze))")
# (counted too, and hurt in an act named before its place: "..., two Levies personnel were
# injured in a roadside bomb blast in Kalat and ...")
_NEXT_ACT = guarded(rf"{_HARM_TOLD}\s[^,;]*,\s+(?P<next>(?:and\s+)?(?:an?|two|three|four|five|six|"
                    r"seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
                    rf"{_HARM_TOLD}\s+(?:in\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:blast|explosion|"
                    r"attack|ambush|bombing|firing)\s+)?(?:in|at|near)\s+(?-i:[A-Z]))|"
                    # (or after the doers' act at its place, the victims told at length:
                    # "Militants targeted a police post with a quadcopter in Tank, a local
                    # leader of the Pakistan Tehreek-e-Insaf (PTI) was shot dead in Dera
                    # Ismail Khan and three policemen were injured ... in Bannu")
                    r"\b(?:targeted|attacked|stormed|ambushed|raided|torched|hurled|lobbed|"
                    r"blew\s+up|set\s+fire\s+to)\s[^,;]*\b(?:in|at|near)\s+(?-i:[A-Z])[\w-]*,\s+"
                    r"(?P<next2>(?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                    r"[^,;]{0,70}?"
                    rf"{_HARM_TOLD}\s+(?:in\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:blast|explosion|"
                    r"attack|ambush|bombing|firing)\s+)?(?:in|at|near)\s+(?-i:[A-Z]))", re.I)


def second_act_at(sentence: Sentence) -> int | None:
    """Where a sentence's clause of "a separate" second act starts (a text offset), if any."""
    text = sentence.text
    if "," not in text:
        return None
    # (the words each pattern needs, looked for first: this runs on every incident sentence)
    second = _SECOND_ACT.search(text) if (
        "separate" in text or "another" in text or "while" in text) else None
    if second is None and ("hours " in text or "minutes " in text):
        second = _HOURS_APART.search(text)
    if second is None and ("next " in text or "following " in text or "day later" in text or
                           "and on " in text):
        second = _NEXT_DAY_ACT.search(text)
    if second is not None:
        return sentence.start + second.start()
    after = _NEXT_ACT.search(text) if text.count(" was ") + text.count(" were ") >= 1 else None
    if after is None:
        return None
    group = "next" if after.group("next") is not None else "next2"
    return sentence.start + after.start(group) - 2


def other_act_hits(sentences: Sequence[Sentence], place_spans: Sequence[tuple[int, int]],
                   *, told_apart: bool = False) -> set[tuple[int, int]]:
    """The spans of an incident's sentences that tell another act: in a sentence whose
    second clause is "a separate" act, the clause the incident's place is not in; or, in the
    incident's first sentence, the clauses after its own where the story tells the other
    acts apart (``told_apart``: other incidents were found). Otherwise empty (the two acts are
    told apart nowhere else, so both clauses stay)."""
    cut: set[tuple[int, int]] = set()
    for i, sent in enumerate(sentences):
        if "after " in sent.text and (since := _DAYS_AFTER_OTHERS.search(sent.text)):
            # the act of others the incident came days after, told in passing: neither its
            # dead nor its target are the incident's ("..., days after officials said security
            # forces had killed the men behind last month's attack on a police station")
            cut.add((sent.start + since.start(), sent.end))
        mark = second_act_at(sent)
        if mark is None:
            continue
        inside = [s for s, e in place_spans if sent.start <= s and e <= sent.end]
        if inside:
            # (the place before the mark: the act after it is another's, and the reverse)
            cut.add((mark, sent.end) if inside[0] < mark else (sent.start, mark))
        elif i == 0 and told_apart:
            cut.add((mark, sent.end))
    return cut


# ", days after officials said ...": a clause of the time since another act told by others
# (not the incident's own act: "A second policeman succumbed ..., a day after militants
# attacked a police post ..., taking the death toll in the attack to two").
_DAYS_AFTER_OTHERS = re.compile(
    r",\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a\s+few|several|two|three|four|five|six|"
    r"\d+)\s+)?(?:days|weeks|months|a\s+day|a\s+week|a\s+month)\s+after\s+"
    r"(?!(?:he|she|they|his|her|their|it|its|the\s+victims?|being)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:said|announced|claimed|reported)\b"
    # (of an act of before: not "a day after Taliban officials said Pakistani warplanes
    # bombed their homes", the story's own strike, whose dead are buried)
    r"(?=[^.;]{0,80}?\b(?:behind|responsible\s+for|involved\s+in|"
    r"last\s+(?:week|month|year)['’]s)\b)", re.I)
