"""Stage 7b: what a sentence is about, read before it may open an incident.  Reads one
sentence's text; says whether it refers back to an incident told (``REFERS_BACK_RE``), only
claims one (``CLAIM_ONLY_RE``), tells a protest or a riot, out of scope for now
(``OUT_OF_SCOPE_RE``, ``RIOT_CLASH_RE``), tells something that did not or has not happened
(``UNREAL_RE``) or a search that found nothing (``FOUND_NOTHING_RE``), breaks down a toll
told before (``ELABORATION_RE``), or tells its doers acting or a target coming under attack
(``DOER_ACTED_RE``, ``UNDER_ATTACK_RE``); and which of its days are not its act's: a
statement's (``ATTRIBUTION_DATE_RE``, ``STATED_ON_RE``, ``statement_after_date``), a
state's, an end's or one to come (``STATE_SINCE_RE``), an operation's start, a holiday's or
a relative clause's past act (``BEGUN_ON_RE``), a period's start (``PERIOD_BEGUN_RE``), the
report's (``REPORTED_ON``); with the words that name acts in general or armed people only
(``PLURAL_ACTS``, ``ARMED_PEOPLE``), the opening of one part of a summary lead
(``PART_OPENER_RE``), someone's record (``RECORD_OF_RE``) and a release, with or without the
abduction it ends (``RELEASE_RE``, ``ABDUCTION_TOLD_RE``).
:mod:`eventwatch.extract.incidents` decides with these which sentences open incidents, and
the pipeline sets riots aside.  Rules: ``docs/codebook.md``, What is an incident and Security
operations and references.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import ATTACKER_NOUNS, MILITANT_NOUNS, WIRE_DATELINE

__all__ = [
    "ABDUCTION_TOLD_RE",
    "ARMED_PEOPLE",
    "ATTRIBUTION_DATE_RE",
    "AVENGED_RE",
    "BEGUN_ON_RE",
    "BRAWL_RE",
    "CLAIM_ONLY_RE",
    "DOER_ACTED_RE",
    "ELABORATION_RE",
    "FOUND_NOTHING_RE",
    "HALLMARKS_RE",
    "OUT_OF_SCOPE_RE",
    "PART_OPENER_RE",
    "PERIOD_BEGUN_RE",
    "PLURAL_ACTS",
    "PLURAL_STRIKES",
    "RANSOM_RE",
    "RECORD_OF_RE",
    "REFERS_BACK_RE",
    "RELATIVE_PAST_RE",
    "RELEASE_RE",
    "REPORTED_ON",
    "RIOT_CLASH_RE",
    "SAID_BEFORE",
    "STATED_ON_RE",
    "STATE_SINCE_RE",
    "THAT_AFTER",
    "UNDER_ATTACK_RE",
    "UNREAL_RE",
    "names_acts_in_general",
    "recent_act",
    "statement_after_date",
]

# Which days of a sentence are not its act's: a statement's ("said on October 3"), one a
# state began on, or the day an operation began (below).
_STATED = r"said|told|announced|stated|added|confirmed|informed|observed"
ATTRIBUTION_DATE_RE = guarded(rf"\b(?:{_STATED}|says|reported)\s+$", re.I)
# ... and "said on October 3": the statement's day, which dates the event only where the
# story gives no other.
# (the day's own "on" may be its mention's: "said in a statement on Tuesday")
# (and a teller told, or the act confirmed: "told our correspondent on Tuesday morning",
# "who confirmed the attack on Monday")
STATED_ON_RE = re.compile(rf"\b(?:{_STATED}|claimed|statement|release|communiqu[eé])\s+(?:on\s+)?$|"
                          # ("told PREMIUM TIMES by telephone on Sunday")
                          r"\btold\s+(?:[\w'’]+\s+){1,5}?(?:on\s+)?$|"
                          # ("Speaking to reporters in Juba on Wednesday, the spokesperson")
                          r"\b(?:[Ss]peaking|[Tt]alking)\s+(?:to\s+(?:[\w'’]+\s+){1,3}?)?"
                          r"(?:in\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:on\s+)?$|"
                          r"\b(?:confirmed|reported)\s+the\s+(?:attack|incident|killings?|raid|"
                          r"blast|bombing|abduction|kidnapping|deaths?)\s+(?:on\s+)?$", re.I)
# A day right before a statement verb: "Ansumwi Boro on July 27 denied ...".
_STATEMENT_AFTER_DATE_RE = re.compile(
    # (the paper's "(today)" between: "Police and Defence sources on August 19 (today) said")
    r"(?:\s*\((?:today|yesterday)\))?(?P<comma>,)?\s+"
    r"(?:said|stated|told|announced|claimed|denied|alleged|asserted|confirmed|"
    r"urged|demanded|appealed|warned|vowed|disclosed|revealed|owned\s+up|"
    # a paper's: "The Shillong Times on May 15 reports that a hardware store owner ..."
    # (not the paper's name after the act's day: "in Sukma District on July 5 reports India
    # Today")
    r"(?:reports|reported)\s+that|"
    # "on June 22, convened a joint press conference ... clarifying on the reported gun battle"
    r"(?:convened|held|addressed)\s+(?:a\s+)?(?:joint\s+)?(?:press|news)\s+conference)\b",
    re.I)
# ("on" before a day set off by a comma: "(MCP M) on April 2, owned up")
_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
# (an act told by its participle and doer before the day: "arrested by Delhi Police on")
_PARTICIPLE_BY = re.compile(r"\b\w+ed\s+by\s+[^,;.]{1,35}?\s+on\s+$", re.I)


def statement_after_date(text: str, start: int, end: int) -> bool:
    """Whether the day at ``text[start:end]`` is right before a statement verb: "Ansumwi Boro
    on July 27 denied ...", or set off by a comma after "on": "(MCP M) on April 2, owned up
    to the bomb attack ... on April 1" (not an act's day: "arrested by Delhi Police July 20,
    revealed details", "arrested by Delhi Police on July 20, revealed details")."""
    m = _STATEMENT_AFTER_DATE_RE.match(text, end)
    return m is not None and (m.group("comma") is None or (
        bool(_ON_BEFORE.search(text, max(0, start - 4), start)) and
        # (not the day of an act told by its participle: "a LeT operative arrested by Delhi
        # Police on July 20, revealed details")
        not _PARTICIPLE_BY.search(text, max(0, start - 50), start)))
# The day a state began: "He was on leave since October 7", "a strike that has been in effect
# since August 31" (but an act since a day, "SFs have launched a massive operation in South
# Garo Hills since August 30", "cordoned off a building since September 4", began then);
# or the day an event referred to ended: "injured in the encounter which ended on March 4",
# "the exchange of fire ceased at 7.30 am the next day (October 2)"; or a day still to come:
# "Prime Minister Narendra Modi was scheduled to visit Bijapur on April 14"; or a meeting's.
STATE_SINCE_RE = guarded(r"\b(?:is|are|was|were|been|has|have|had)\s+(?:[\w-]+\s+){0,3}"
                         r"since\s+$|\b(?:which|that)\s+(?:finally\s+)?(?:ended|concluded)\s+"
                         r"(?:on\s+)?$|\bceased\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$|"
                         r"\b(?:scheduled|slated|due)\s+to\s+(?:[\w-]+\s+){1,4}?(?:on\s+)?$|"
                         # a border commanders' meeting: "The firing caused a strong protest
                         # from the BSF at a flag meeting held at Octroi post ... on May 15"
                         r"\b(?:flag\s+)?meeting\s+(?:held\s+)?"
                         # (or any meeting's: "During a meeting with United States (US)
                         # Ambassador David Hale on May 25 in Islamabad, the COAS ... said that
                         # drone attacks carried out by the US ... were detrimental")
                         r"(?:with\s+(?:[\w()’'.-]+\s+){1,8}?)?"
                         r"(?:(?:at|in)\s+[\w-]+(?:\s+[\w-]+){0,4}?"
                         r"\s+)?(?:on\s+)?$", re.I)
# The day an operation began, where the sentence gives the day of its act: "killed in a gun
# battle ... during an operation that has been launched on July 29 ... on August 1".
# Nor is a holiday's day glossed: "to carry out attacks on the occasion of Republic Day
# (January 26) by arresting a LeT militant ... on January 24".
# Nor is the day of a relative clause's past act: "militant ..., who escaped from Police
# custody in July 13, was killed in an operation ... on September 22" (but the wounds of a
# death are its act's: "a student, who sustained burn injuries at Shahbagh bus arson attack
# on November 28, died ... on December 4").
# (a relative clause's subject and tense: "who had reportedly")
_WHO_HAD = r"\bwho\s+(?:had\s+)?(?:\w+ly\s+)?"
BEGUN_ON_RE = re.compile(r"\b(?:launched|started|began|begun|commenced|initiated)\s+(?:on\s+)?$|"
                         r"\b(?-i:[A-Z])[\w’'-]*\s+(?:Day|Eve|Festival|Puja|Eid)\s*\($|"
                         rf"{_WHO_HAD}(?!died\b)\w+ed\b[^,;.]{{0,60}}?\b(?:in|on)\s+$", re.I)
# A person's past told in a relative clause, as far back as a sentence may tell it (see
# ``incidents``): "who had escaped from Tantya Bheel Jail in Khandwa town ... on".
RELATIVE_PAST_RE = re.compile(rf"{_WHO_HAD}(?:escaped|joined|surrendered|fled|absconded|"
                              r"deserted)\b[^,;.]{0,100}?\b(?:in|on)\s+$", re.I)
# The day a period began, in a relative clause: "the 'foundation week' that kicked off on".
PERIOD_BEGUN_RE = re.compile(r"\b(?:week|fortnight|month|campaign|strike|bandh|shutdown|"
                             r"programme|program|festival|drive)\W*\s+(?:that|which)\s+"
                             r"(?:had\s+)?(?:kicked\s+off|began|started|commenced)\s+"
                             r"(?:on\s+)?$", re.I)
REFERS_BACK_RE = guarded(
    r"\b(?:claimed|claiming|owned|owning|accepted|accepting)\s+(?:the\s+)?(?:responsibility|"
    r"credit|attack|blast|bombing|ambush|raid|killing|abduction)|\b(?:investigations?|investigators|suspicion|suspected|"
    r"blamed|its\s+(?:fighters|men|cadres|militants)|was\s+behind|hallmarks?)\b|"
    # the toll updated in a later paragraph: "On Tuesday, one of the security sources said
    # the death toll had risen to 31"
    r"\bdeath\s+toll\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|jumped)\b|"
    r"^\W*(?:The|the)\s+(?:attack|attacker|attackers|bomber|"
    r"blast|bombing|explosion|assailants|gunmen|militants|ambush|raid|strike)\b")
# The act told as bearing a group's marks, whatever past acts of the group the sentence also
# names: "the attack bore the hallmarks of the Islamic State Khorasan Province, which has
# attacked JUI-F gatherings before" is context of this act, no background of its own.
HALLMARKS_RE = guarded(r"\b(?:attack|blast|bombing|explosion|killing)\s+(?:bore|had|carried)\s+"
                       r"(?:all\s+)?the\s+hallmarks?\s+of\b|"
                       # (or believed to be a group's: "investigators believed the attack had
                       # been carried out on the orders of a local commander of the Hafiz Gul
                       # Bahadur group")
                       r"\b(?:believed?|believes|suspects?|suspected|think|thinks)\s+(?:that\s+)?"
                       r"the\s+(?:attack|blast|bombing|explosion|killing|ambush)\s+(?:was|had\s+"
                       r"been)\s+(?:carried\s+out|committed|perpetrated|orchestrated)\b|"
                       # (or blamed on a group, whose record follows: "The army blamed the RSF,
                       # which has repeatedly attacked power plants ... with drones")
                       r"^\W*(?:the\s+)?(?:army|military|police|government|authorities|officials)"
                       r"\s+(?:\w+\s+)?blamed\s+(?:the\s+)?(?-i:[A-Z])", re.I)
CLAIM_ONLY_RE = guarded(
    # ("owned up the blast", "owned up to the bomb attack")
    r"\b(?:claimed|claiming|owned|owning|accepted|accepting|took|taken|taking)\s+"
    r"(?:(?<=owned\s)up\s+(?:to\s+)?|(?<=owning\s)up\s+(?:to\s+)?)?(?:the\s+)?"
    r"(?:responsibility|credit|attacks?|blasts?|bombings?|ambush|raid|killings?|abduction|"
    r"sabotage)\b|"
    # a group's word that its men did the act told: "the ULFA-I said its cadres had carried out
    # the ambush jointly with the NSCN-K(YA)"
    r"\b(?:said|says|stated)\b[^.;]{0,60}\bits\s+(?:fighters|militants|men|cadres|members)\s+"
    r"(?:had\s+)?carried\s+out\s+the\s+(?:attack|ambush|bombing|blast|raid|assault|killing|"
    r"strike|operation)\b|"
    # (or "claimed, in a message to reporters on Tuesday, that its fighters had shot the two
    # men")
    # (the act told back, not another: "also claimed that its fighters had set a mobile phone
    # tower ablaze in Gadani on Friday" is an act of its own)
    r"\bclaimed\b[^.;]{0,60}?\bthat\s+its\s+(?:fighters|militants|men|cadres|members)\s+had\s+"
    r"(?:\w+\s+){1,2}?the\b",
    re.I)
# Protests and riots are out of scope for now (codebook: event types).
OUT_OF_SCOPE_RE = guarded(
    r"\b(?:protesters|protestors|stone[\s-](?:pelting|throwing|pelters)|pelt(?:ed|ing)\s+stones|"
    r"tear\s+(?:gas|smoke)|lathi[\s-]?charge|rioters|demonstrators|agitators|mob|curfew|"
    r"protest\s+march|march\s+(?:to|towards)|stone\s+injuries|protesting\s+(?:against|over)|"
    # (residents who marched to demand the hostages back: "around 200 residents of Gouzda
    # marched to the sub-divisional office ... to demand the return of the hostages")
    r"marched\s+(?:to|towards)|"
    # (not a motive: "detonated a low intensity landmine ... to protest against the recent
    # encounter")
    r"demonstrat(?:ed|ing)\s+(?:against|over)|(?<!\bto\s)protests?\s+(?:against|over)|brawl|"
    r"scuffle|"
    r"agitation|agitating|(?:bandh|hartal|shutdown|strike)\s+supporters|picketers|"
    r"supporters\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:bandh|hartal|shutdown|"
    r"general\s+strike)|"
    # pellet guns are crowd control: "a boy was killed by pellet firing"
    r"pellets?(?:\s+(?:guns?|firing|injur\w*))?)\b", re.I)
# A fight with no arms: a riot whoever fought it (pipeline).
BRAWL_RE = re.compile(r"\b(?:brawl|scuffle|fisticuffs)\b", re.I)
# A clash between political rivals, students or crowds and the police is a riot when no armed
# group is in the story: "clashes between activists of rival political parties", "clashes
# with security forces ... stone throwers".
RIOT_CLASH_RE = guarded(
    # (not a name: "Two Students Islamic Movement of India (SIMI) members and a Policeman were
    # shot dead ... during an encounter")
    r"\b(?:protest(?:er|or)s?|protests|activists|students(?!\s+(?-i:[A-Z]))|supporters|"
    r"political\s+(?:rivals?|parties|workers|clash\w*)|rival\s+(?:political\s+)?parties|"
    r"polls|election\s+campaign\w*|"
    r"stone[\s-]?throw\w*|teargas|tear[\s-]gas|villagers\s+clashed|mob|crowd)\b", re.I)
# A statement that something did not happen, or would happen if: "officials denied that a
# soldier had been killed", "if those are blasted 100 people will be killed".
UNREAL_RE = guarded(r"\b(?:denied\s+that|(?:disput|den[yi])\w*\s+(?:a|the)\s+(?:\w+\s+)?reports?\s+"
                    r"that|"
                    # claims thrown out, whoever made them: "have dismissed purported Union
                    # Ministry of Home Affairs (UMHA) official claims that three ... were killed"
                    r"(?:dismissed|rejected|refuted)\s+(?:the\s+)?(?:[\w()’'-]+\s+){0,8}?claims\s+"
                    r"that|(?:if|unless)\s+[^.;]{0,80}\b(?:will|would|could)\s+"
                    r"(?:be\s+)?(?:killed|blasted|exploded|used|hit)|"
                    # a mission given, not carried out: "a hit squad was assigned to take
                    # hostages"
                    r"(?:was|were|had\s+been|have\s+been)\s+(?:assigned|tasked|instructed|"
                    r"directed|ordered|trained)\s+to\s+(?:carry\s+out|take|kill|attack|"
                    r"abduct|kidnap|target|blow|assassinate)|"
                    # a death reported and denied: "who was reportedly killed in a US air
                    # strike, is alive"
                    r"(?:killed|dead)\b[^.;]{0,100}?,\s+(?:is|was|are|were)\s+"
                    r"(?:still\s+|in\s+fact\s+)?alive\b|"
                    # an intention: "where the United States (US) intends to conduct strikes
                    # with drone aircraft"
                    r"\bintends\s+to\s+(?:conduct|carry\s+out|launch|mount|stage)\b|"
                    # people marked, not harmed: "names of individuals to be killed"
                    r"\b(?:individuals|people|persons|names|targets)\s+to\s+be\s+"
                    r"(?:killed|attacked|targeted|eliminated))\b", re.I)
# A search that found no one and nothing: "troops conducted a search operation in forward
# areas but no trace of militants was found" is no operation of note (ACLED codes none).
FOUND_NOTHING_RE = guarded(r"\b(?:no\s+(?:trace|sign|clue)\s+of\b|nothing\s+(?:\w+\s+)?"
                           r"(?:was|has\s+been)\s+(?:found|recovered)|drew\s+a\s+blank|"
                           r"no\s+(?:one|arrests?)\s+(?:was|were|has\s+been|have\s+been)\s+"
                           r"(?:arrested|made|found))\b", re.I)
ELABORATION_RE = re.compile(r"^\W*(?:among\s+(?:those|the)\s+(?:killed|dead|injured|wounded)|"
                            r"the\s+injured\s+included|the\s+dead\s+included)", re.I)


# A sentence that opens with its doers acting, a story that tells an act with no day or toll:
# "A group of militants attacked a grid station".
DOER_ACTED_RE = guarded(
    # (after a wire story's dateline: "ZAMBOANGA CITY, Philippines (AP) — Abu Sayyaf ...")
    rf"^\W*{WIRE_DATELINE}"
    # (after an opener that tells when or that it is another act: "On the same night, armed
    # men set fire to a mobile phone tower")
    # (or hours after it: "Hours later, unidentified men set fire to a mobile phone tower")
    r"(?:(?:on|during|late|later|earlier|meanwhile|separately|elsewhere|(?:a\s+few\s+)?hours\s+"
    r"(?:later|earlier|after))\b[^,.;]{0,30},\s+)?"
    r"(?:(?:a|an|the|another)\s+)?(?:group\s+of\s+)?"
    r"(?:(?:about|around|over|some|nearly|"
    r"more\s+than)\s+)?"
    r"(?:\d+\s+|a\s+dozen\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
    r"(?:(?:unidentified|unknown|armed|heavily\s+armed|suspected|masked)\s+)*"
    # a group's name before its men: "suspected NSCN IM militants attacked"
    r"(?:(?-i:[A-Z][\w’'()-]*|of)\s+){0,10}"
    # (or men told unknown: "unidentified men set fire to a mobile phone tower")
    rf"(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS}|(?:(?<=unidentified\s)|(?<=unknown\s)|"
    r"(?<=masked\s))(?:men|persons|individuals))\s+"
    # (with who they are thought to be: "armed men believed to be NPA members set fire to")
    r"(?:(?:believed|thought|suspected)\s+to\s+be\s+(?:[\w-]+\s+){1,3}?(?:members|militants|"
    r"cadres|rebels|fighters)\s+)?(?:\w+\s+){0,2}?"
    # (after they came and held the guard: "some 10 armed men arrived at a mobile phone tower
    # in Lakhra, held its guard at gunpoint and set the tower's equipment room ... on fire")
    r"(?:arrived\s+at\s+[^.;,]{1,60},\s+)?(?:held\s+(?:the|its|a)\s+(?:[\w-]+\s+){1,2}?at\s+"
    r"gunpoint,?\s+and\s+)?(?:attacked|opened\s+fire|fired|stormed|ambushed|"
    r"blew\s+up|torched|set\s+(?:fire|ablaze)|set\s+(?:[\w'’-]+\s+){1,6}?on\s+fire|abducted|"
    r"kidnapped|killed|shot|ransacked|"
    r"sprayed|beheaded|hacked|stabbed|slaughtered|gunned\s+down)\b",
    re.I)


UNDER_ATTACK_RE = guarded(r"\b(?:came|comes|come|coming)\s+under\s+(?:heavy\s+|\w+\s+)?"
                          r"(?:attack|fire|firing)\b", re.I)


# Strikes in general, and the statement that speaks of them ("said that drone attacks carried
# out by the US inside Pakistan were detrimental"); a report's "that", after its day.
PLURAL_STRIKES = re.compile(r"(?:(?:drone|air|missile|aerial)\s*)?(?:attacks|strikes)", re.I)
SAID_BEFORE = re.compile(r"\b(?:said|says|stated|told|added)\b", re.I)
THAT_AFTER = re.compile(r"\s*,?\s*that\b")


# A sentence that opens one part of a summary lead by its place: "In Kotchandpur sub
# District, ...", "In capital Dhaka, ...".
PART_OPENER_RE = re.compile(
    r"^\W*In\s+(?:the\s+)?(?:capital\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:sub[\s-]?[Dd]istrict|"
    r"[Dd]istrict|[Uu]pazila|[Aa]gency|[Tt]own|[Cc]ity|[Vv]illage|[Aa]rea)\b|"
    r"^\W*In\s+(?:capital\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},|"
    # or by its rank: "In the second encounter, at least four militants were killed in Gadap
    # Town" (after "killed 12 terrorists ... in two separate encounters")
    r"^\W*In\s+the\s+(?:first|second|third|fourth|other|latter)\s+(?:incident|attack|"
    r"encounter|blast|explosion|clash)\b")
# ... or told by its rank anywhere in its sentence: "According to the military's media wing,
# the first operation was conducted in the Boya area on Saturday night".
RANKED_ACT_RE = re.compile(r"\bthe\s+(?:first|second|third|fourth|other|latter)\s+"
                           r"(?:operation|raid|attack|encounter|incident|clash|blast|explosion)"
                           r"\s+(?:was|took\s+place|occurred|happened)\b", re.I)
# Words that name acts in general, not one act.
PLURAL_ACTS = frozenset({"attacks", "encounters", "clashes", "killings", "arrests", "assaults",
                         "abductions", "kidnappings", "shootings", "ambushes"})
# A bare noun of abduction, no act's: "terrorism has disguised itself in the form of
# kidnapping and extortion", "Today kidnapping for ransom is almost a cottage industry"; not
# one with its article or owner ("the kidnapping of", "his abduction") or its hostage after
# it ("kidnapping of a trader").
_BARE_ABDUCTION = re.compile(r"(?:kidnapping|abduction)", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|this|that|whose|any|"
                                r"another)\s+(?:(?!of\b)[\w-]+\s+){0,2}$", re.I)
_HOSTAGE_AFTER = re.compile(r"\s+of\b", re.I)


def names_acts_in_general(text: str, hits: list[tuple[int, str]]) -> bool:
    """Whether every trigger word of a sentence (``hits``: offset in ``text`` and word) names
    acts in general: a plural ("attacks", "killings"), armed people, or a bare noun of
    abduction."""
    return all(w.lower() in PLURAL_ACTS or ARMED_PEOPLE.fullmatch(w) or (
        _BARE_ABDUCTION.fullmatch(w) and not _DETERMINER_BEFORE.search(text, 0, at) and
        not _HOSTAGE_AFTER.match(text, at + len(w))) for at, w in hits)


# Armed people named, no act: "claimed that armed men in antigovernment rallies were 'not
# their men', reports The Hindu on August 30".
ARMED_PEOPLE = re.compile(r"(?:heavily\s+)?armed\s+(?:men|terrorists|militants|assailants|"
                          r"attackers|gunmen)", re.I)
# The day of the report: "reports The Hindu on".
REPORTED_ON = re.compile(r"\b(?:reports?|reported)\b[^.;]{0,40}?\bon\s+$", re.I)

# The act a claim says it avenged: "it was done to avenge July 28 death of cleric".
AVENGED_RE = re.compile(
    r"\b(?:to\s+avenge|(?:retaliation|revenge|reprisal)\s+(?:for|of|against))\b", re.I)
# What someone is said to have done before, told without a trigger word of its own.
RECORD_OF_RE = guarded(r"\b(?:involved|involvement|accused|wanted|charged|booked|suspected|"
                       r"responsible)\s+(?:in|of|for)\b", re.I)
# A release that tells the abduction too: "released all the six abducted tractor drivers ...
# hours after abducting them on February 8".
ABDUCTION_TOLD_RE = re.compile(r"\bafter\s+(?:abducting|kidnapping)\s+(?:him|her|them)\b",
                               re.I)
# A ransom asked for a hostage: "received a ransom call from the abductors".
RANSOM_RE = re.compile(r"\bransom\s+(?:call|calls|demand|demands|note|notes|letter)|"
                       r"\b(?:demanded|demanding|sought)\s+(?:a\s+)?ransom\b", re.I)
RELEASE_RE = re.compile(r"\b(?:released|freed|set\s+free|rescued|recovered\s+alive|"
                        r"returned\s+home|secured\s+the\s+release)\b", re.I)


_EARLIER_THIS_MONTH = re.compile(r"\W*earlier\s+this\s+month\b,?\s*", re.I)


# The harm of one act at one place: "a youth was injured by Indian fire in the Battal sector"
# (not a tally's: "30 people were killed in attacks across the province").
_HARMED_AT = re.compile(r"\b(?:was|were)\s+(?:killed|injured|wounded|martyred|shot\s+dead|"
                        r"abducted|kidnapped)\s+(?:by|in|when)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?P<what>\w+)\s+(?:in|at|near)\s+(?:the\s+)?"
                        r"(?-i:[A-Z])", re.I)


def recent_act(text: str) -> bool:
    """A doer's act told "earlier this month", one recent act, no tally: "Earlier this month,
    armed men torched two passenger buses on the same highway near Khuzdar", "Earlier this
    month, a youth was injured by Indian fire in the Battal sector"."""
    recent = _EARLIER_THIS_MONTH.match(text)
    if recent is None:
        return False
    rest = text[recent.end():]
    harmed = _HARMED_AT.search(rest)
    return DOER_ACTED_RE.search(rest) is not None or (
        harmed is not None and harmed.group("what").lower() not in PLURAL_ACTS)
