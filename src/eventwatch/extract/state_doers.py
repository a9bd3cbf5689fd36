"""Stage 9a: the state's side.  Reads one incident's sentences and the words around a state
force's name; writes which words name the force of a security operation (:func:`state_force`:
"Security Forces", "Police", "Afghan Air Force", a district's administration acting), what a
force of the actor base did right after its name (``FORCE_DID``: "26 Assam Rifles (AR)
arrested four persons") or before it (``FORCE_AGENT``: "killed in a gunfight with Rapid
Action Battalion RAB", "arrested by a team of Assam Rifles"), and when a force is no doer but
an agency the arrested are tied to (``TIED_TO``, ``AGENT_AFTER``).
:mod:`eventwatch.extract.perpetrators` names the doers with these.  Rules:
``docs/codebook.md``, Perpetrators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract.fastre import guarded
from eventwatch.extract.numbers import words_to_int
from eventwatch.extract.objects import ALONG_WITH
from eventwatch.extract.people import REBEL_ARMY_RE, TALIBAN_MEN
from eventwatch.extract.segment import Sentence
from eventwatch.extract.temporal import DAY_BETWEEN
from eventwatch.models import Count, DateValue, Evidence, Perpetrator

if TYPE_CHECKING:
    from eventwatch.extract.perpetrators import PerpetratorFinding
    from eventwatch.models import Place
    from eventwatch.resources.actors import ActorBase, ActorMatch

__all__ = ["AGENT_AFTER", "FORCE_AGENT", "FORCE_DID", "NATIONS", "NATION_ADJECTIVES",
           "NATION_FIRE_RE", "NATION_RE", "STATE_RE", "STATE_STRIKE_RE", "TIED_TO",
           "joined_force_acted", "joined_nation", "state_doer", "state_force",
           "taliban_men_as_forces"]

# The adjectives of states whose forces the wire services name so ("Somali forces backed by
# U.S. airstrikes"), and the state each names (ISO 3166-1 alpha-2): a force named only so is
# the state's armed forces (the actor base's ``forces_of``).  "Congolese" is the Democratic
# Republic's, as "Congo" alone is (stop 30).
NATION_ADJECTIVES = {
    "Indian": "IN", "Pakistani": "PK", "Afghan": "AF", "Iraqi": "IQ", "Syrian": "SY",
    "US": "US", "U.S.": "US", "American": "US", "Bangladeshi": "BD", "Nepali": "NP",
    "Sri Lankan": "LK", "Somali": "SO", "Kenyan": "KE", "Nigerian": "NG", "Nigerien": "NE",
    "Malian": "ML", "Burkinabe": "BF", "Chadian": "TD", "Cameroonian": "CM", "Congolese": "CD",
    "Mozambican": "MZ", "Rwandan": "RW", "Ugandan": "UG", "Ethiopian": "ET", "Sudanese": "SD",
    "Libyan": "LY", "Egyptian": "EG", "Yemeni": "YE", "Saudi": "SA", "Turkish": "TR",
    "Israeli": "IL", "Iranian": "IR", "Russian": "RU", "Ukrainian": "UA", "Philippine": "PH",
    "Filipino": "PH", "Thai": "TH", "Colombian": "CO", "French": "FR", "British": "GB",
    "Myanmar": "MM", "Burmese": "MM", "Mexican": "MX",
    # (and the names of states, for their forces told as theirs: "Myanmar's military",
    # "Burkina Faso's army")
    "Mali's": "ML", "Niger's": "NE", "Nigeria's": "NG", "Burkina Faso's": "BF",
    "Myanmar's": "MM", "Sudan's": "SD", "Somalia's": "SO", "Ethiopia's": "ET",
    "Cameroon's": "CM", "Chad's": "TD", "Congo's": "CD", "Kenya's": "KE", "Israel's": "IL",
    "Russia's": "RU", "Ukraine's": "UA", "Pakistan's": "PK", "India's": "IN",
    "Bangladesh's": "BD", "Colombia's": "CO", "Iraq's": "IQ", "Turkey's": "TR", "Mexico's": "MX",
    "Egypt's": "EG", "Yemen's": "YE", "Mozambique's": "MZ", "Thailand's": "TH",
    "Uganda's": "UG", "Rwanda's": "RW", "Iran's": "IR", "Syria's": "SY", "Lebanon's": "LB",
    "Libya's": "LY", "Afghanistan's": "AF", "Benin's": "BJ", "Togo's": "TG",
    # (not Sudan's: "South Sudan's army")
    "South Sudan's": "SS", "South Sudanese": "SS"}
NATIONS = "|".join([re.escape(a).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for a in NATION_ADJECTIVES] + ["NATO"])
NATION_RE = re.compile(rf"(?<![\w.])(?:{NATIONS})(?!\w)")

# A state's strike from afar, by its adjective: "A Russian missile strike on Dnipro", "An
# Israeli strike on a car", "Indian shelling".
_STATE_STRIKE = (
    # (an aircraft's model between: "Iraqi F-16 jets struck an Islamic State hideout")
    rf"(?:[Aa]n?\s+)?(?:{NATIONS})\s+(?:(?-i:[A-Z]{{1,3}})-?\d{{1,3}}[A-Z]?\s+(?:fighter\s+)?(?=jets|"
    r"warplanes|aircraft|planes|helicopters))?(?:(?:air|missile|drone|rocket|artillery|"
    r"cruise\s+missile|ballistic\s+missile)\s+)?(?:air[\s-]?strikes?|strikes?|missiles?|"
    r"shelling|bombardments?|"
    r"warplanes|(?:fighter\s+)?jets|aircraft|helicopters|fire|firing|"
    # (or the bombs its aircraft drop: "A Russian guided aerial bomb struck")
    r"(?:guided\s+)?(?:aerial|glide)\s+bombs?)\b")
# ... or its forces' fire from afar, named by the state: "Pakistani troops fired mortar rounds
# into a village", "Turkish forces shelled the village" (a state's own barrage across a border
# or a front; no militant fires so under a state's adjective)
STATE_STRIKE_RE = guarded(
    # (or by the junta's or the regime's word, or the army's own: "Junta troops fired artillery
    # shells into Thayetpin village", "Army troops shelled the village")
    # (or the security forces' own: "Security forces shelled Shin Kamar village")
    rf"{_STATE_STRIKE}|(?:(?:{NATIONS}|[Jj]unta|[Rr]egime|[Aa]rmy|[Mm]ilitary)\s+"
    r"(?:forces|troops|army|soldiers|military|artillery)|[Ss]ecurity\s+forces)\s+"
    r"(?:\w+\s+)?(?:shelled|pounded|bombarded|(?:fired|lobbed|launched)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:mortars?|mortar\s+(?:rounds|shells)|shells|artillery|rockets|missiles))\b|"
    # (or its shells told first: "mortar shells fired by Pakistani forces landed on houses")
    r"\b(?:mortars?|mortar\s+(?:rounds|shells)|shells|rockets|missiles)\s+(?:fired|launched|"
    rf"lobbed)\s+by\s+(?:the\s+)?(?:{NATIONS})\s+(?:forces|troops|army|soldiers|military|"
    r"artillery)\b")
# ... or its forces' gunfire named by the state: "a youth was injured by Indian fire".
NATION_FIRE_RE = guarded(rf"(?<![\w.])(?:{NATIONS})\s+(?:fire|firing)\b")

# A state force as written.
STATE_RE = guarded(
    r"\b(?P<np>(?:the\s+)?(?:[Ss]ecurity\s+[Ff]orces|SFs|SF|law\s+enforcement\s+"
    r"agencies|law\s+enforcers|Law\s+enforcers|LEAs|police|Police|[Tt]roops|[Ss]oldiers|army|Army|"
    r"paramilitary\s+(?:forces?|troops)|Frontier\s+Corps|FC|Levies|levies|Rangers|CTD|"
    # (francophone Africa's gendarmes: "Gendarmes on Friday arrested five people in Kollo")
    r"[Gg]endarmes|[Gg]endarmerie|"
    r"Counter[\s-]Terrorism\s+Department|coalition\s+forces?|a\s+coalition\s+force|"
    r"(?:an?\s+)?[Ii]ntelligence\s+[Aa]genc(?:y|ies)|security\s+agencies|"
    rf"(?:{NATIONS})\s+(?:forces|troops|army|soldiers|military|junta|armed\s+forces|air\s+force|"
    r"artillery|border\s+guards|coast\s+guards?)|"
    # a state's strike from afar, by its adjective: "A Russian missile strike on Dnipro",
    # "An Israeli strike on a car", "Indian shelling"
    rf"{_STATE_STRIKE}|"
    r"(?:[Ff]oreign|[Ii]nternational)\s+(?:[Ff]orces|troops)|forces|border\s+guards|"
    # (an intelligence service's men: "Taliban intelligence personnel took away three brothers")
    r"(?<=\bintelligence\s)personnel|"
    r"jet\s+fighters|fighter\s+jets|gunship\s+helicopters|warplanes|"
    # a strike by the military, unnamed: "A military airstrike on a village"
    r"military(?=\s+(?:air[\s-]?strikes?|strikes?|jets?|aircraft|helicopters?|drones?)\b)|"
    # (or the junta's, where a junta rules: "A junta airstrike on a Buddhist monastery",
    # "junta troops torched more than 150 houses")
    # (or "the regime's", as the exile press calls it: "A regime air strike hit the town's
    # main market", "Regime artillery shelled")
    r"(?:the\s+)?(?:[Jj]unta|[Rr]egime)(?=\s+(?:air[\s-]?strikes?|strikes?|(?:fighter\s+)?jets?|"
    r"aircraft|warplanes?|"
    r"helicopters?|drones?|troops|soldiers|forces|columns?|artillery|shelling)\b)|"
    # a district's civil power, acting: "The local administration along with tribal elders
    # demolished over 12 houses", "arrested by political administration" (not one told to
    # help: "directed the district administration to ensure")
    r"(?:(?<=\bby\s)|(?<=\bby\sthe\s))(?:[Ll]ocal|[Pp]olitical|[Dd]istrict)\s+administration|"
    r"(?:[Ll]ocal|[Pp]olitical|[Dd]istrict)\s+administration(?=\s+(?:along\s+with\s+"
    r"[^.;]{0,40}?\s+)?(?:\w+\s+)?(?:demolished|arrested|razed|bulldozed|detained|seized|"
    r"sealed))|"
    # a state's air arm: "air strikes conducted by Afghan Air Force AAF"
    r"(?:(?:Afghan|Pakistan|Pakistani|Indian|US|American|Bangladesh|Sri\s+Lankan?|Myanmar)\s+)?"
    # (not its possession: "preparations of the Indian Air Force s exercise")
    r"Air\s+Force(?!\s*(?:’s|'s|s\b))|"
    r"(?:[Aa]n?\s+)?(?:(?:US|U\.S\.|American|CIA|Pakistani|Afghan|Turkish|Israeli|Russian|"
    r"Ukrainian|Saudi|Iranian)\s+)?drones?)"
    r"(?:\s*\((?:SFs?|SFS|LEAs|FC|CTD)\))?)\b"
)


# What a force named in the actor base did, right after its name (the acts of security
# operations, which DOER_VERB_RE, the attackers' verbs, leaves out).
FORCE_DID = re.compile(
    # (its acronym, bare in a text whose brackets were lost, and its men between: "The Assam
    # Rifles AR troopers arrested")
    r"\s*(?:\([^)]*\)\s*|[A-Z]{2,6}\s+)?"
    # (its units, after a possessive: "the Revolutionary Guards' ground forces had arrested")
    # (or its base, whose ground forces it tells of: "the IRGC's Hamzeh Seyed al-Shohada Base
    # said its ground forces had clashed with")
    r"(?:[’']s?\s+(?:[\w-]+\s+)?(?:forces|units?)\s+|[’']s?\s+(?:[\w-]+\s+){1,4}?"
    r"(?:Base|Headquarters)\s+(?=said\s+(?:on\s+\w+\s+)?(?:that\s+)?its\s+ground\s+forces))?"
    # (or its unit: "the Counter Terrorism and Transnational Crime (CTTC) unit arrested")
    r"(?:personnel\s+|troops\s+|troopers\s+|soldiers\s+|commandos\s+|jawans\s+|men\s+|"
    r"officials\s+|unit\s+|team\s+|wing\s+)?"
    rf"(?:{DAY_BETWEEN})?"
    # (or its own word of it: "the Federal Security Service (FSB) said on Tuesday it had shot
    # dead two men")
    # (or its men, told by it: "the Federal Security Service (FSB) said its officers had
    # killed two supporters of the Islamic State")
    # (and their fight: "Iran's Revolutionary Guards said their ground forces clashed with")
    r"(?:(?:said|says)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|(?:its|their)\s+(?:ground\s+)?"
    r"(?:officers|agents|men|forces|troops|personnel|fighters|units?))\s+)?(?:also\s+)?"
    r"(?:had\s+|have\s+|has\s+)?"
    r"(?:arrested|detained|apprehended|nabbed|rounded\s+up|killed|shot\s+dead|clashed\s+with|"
    r"neutrali[sz]ed|gunned\s+down|raided|busted|rescued|recovered|seized|"
    # (or hunted the doers: "soldiers of the Rapid Intervention Battalion (BIR) tracked a group
    # of fighters to an island near Darak ... and killed six of them")
    r"tracked|pursued|"
    # an operation's start: "a joint team of the Army's Rashtriya Rifles and the Jammu and
    # Kashmir Police launched a cordon and search operation"
    r"(?:launched|conducted|carried\s+out)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
    r"operations?|cordoned\s+off|"
    # its own strikes, told by it: "The Malian Armed Forces (FAMa) said on their Facebook page
    # on 11 October that air strikes the same day had 'neutralised' 12 terrorists"
    r"said\s+[^.;]{0,60}?\bthat\s+(?:its\s+|their\s+)?(?:air\s*strikes|strikes|troops|soldiers|"
    r"forces|aircraft|drones)\b[^.;]{0,40}?\b(?:killed|neutrali[sz]ed|eliminated|destroyed)|"
    # ... or that it carried them out: "U.S. Africa Command (AFRICOM) said it had carried out
    # an air strike against al Shabaab near Jamaame"
    r"said\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried\s+out|conducted|launched)\s+"
    r"(?:an?\s+|two\s+|three\s+|several\s+)?(?:air\s*strikes?|strikes?|raids?|operations?)|"
    # ... or that it killed or held them: "The Punjab Counter Terrorism Department (CTD) said on
    # Friday it had killed four terrorists"
    r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:killed|arrested|"
    r"apprehended|detained))\b")
# A force named as the agent of an operation's act or as the other side of its fight.
FORCE_AGENT = re.compile(
    r"\b(?:(?:arrested|detained|apprehended|nabbed|held|rounded\s+up|killed|shot\s+dead|"
    r"gunned\s+down|neutrali[sz]ed|raided|busted|rescued|conducted|launched|carried\s+out|"
    # (or the shells or bombs it fired: "mortar shells fired by Pakistani forces landed")
    r"operations?|raids?|drives?|fired|dropped|shelled|bombed)\s+by|"
    r"(?:encounters?|gunfights?|gun[\s-]battles?|clash(?:es)?|exchange\s+of\s+fire|"
    r"shoot-?outs?|fighting)\s+with)\s+(?:the\s+)?(?:(?:a|an|joint)\s+){0,2}"
    r"(?:(?:teams?|units?|squads?|party|personnel|troops|men|officials|jawans)\s+of\s+"
    r"(?:the\s+)?)?(?:\d+\w*\s+)?$", re.I)
# An agency the arrested are tied to or serve: no doer of their arrest.
TIED_TO = re.compile(r"\b(?:links?|linked|ties|connections?|working|spying|agents?|"
                     r"operatives?|informers?|affiliated)\s+(?:to|with|for|of)\s+"
                     r"(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.I)
AGENT_AFTER = re.compile(r"\)?\s*(?:\([^)]*\)\s*)?(?:agents?|operatives?|spies|spy|"
                         r"informers?)\b", re.I)


def state_force(text: str, sentences: Sequence[Sentence],
                groups: Sequence[tuple[int, int]] = ()) -> re.Match[str] | None:
    """The words that name the state force of a security operation; a police station named as
    a place, or an officer's title ("Superintendent of Police"), only where no force is
    ("under Goreswar Police Station ... was shot dead by Army personnel" is the Army's); not a
    word of an armed group's name (``groups``: their spans, "the Kuki National Army")."""
    stations, victims = [], []
    for sentence in sentences:
        for m in STATE_RE.finditer(text, sentence.start, sentence.end):
            if REBEL_ARMY_RE.search(text, max(0, m.start() - 16), m.start()) or any(
                    a <= m.start("np") < b for a, b in groups):
                continue
            if _STATION_AFTER.match(text, m.end()) or _TITLE_OF_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()):
                stations.append(m)
                continue
            if _HARMED_AFTER.match(text, m.end()):
                # the force's own dead, told first: "Two soldiers were martyred ... when
                # Afghan Taliban forces opened fire on Pakistani border posts"
                victims.append(m)
                continue
            return m
    return stations[0] if stations else victims[0] if victims else None


# The force's men as the victims of a passive verb of harm: "Two soldiers were martyred".
_HARMED_AFTER = re.compile(r"\s+(?:and\s+\w+\s+(?:others?\s+)?)?(?:were|was)\s+(?:\w+ly\s+)?"
                           r"(?:martyred|killed|injured|wounded|hurt|shot)\b", re.I)
# A police station named as a place, or an officer's title, not the force that acted.
_STATION_AFTER = re.compile(r"\s+(?:[Ss]tations?|[Pp]osts?|[Oo]utposts?|[Ll]imits|[Cc]howki|"
                            r"[Jj]urisdiction)\b")
_TITLE_OF_BEFORE = re.compile(r"\b(?:[Ss]uperintendent|[Ii]nspector|[Dd]irector|[Cc]ommissioner|"
                              r"[Cc]hief|[Gg]eneral)\s+of\s+$")


# Two forces joined in one team: "a joint team of the District Reserve Guard and the Central
# Reserve Police Force", "Assam Rifles and Manipur Police personnel".
_FORCES_JOINED = re.compile(rf"\s*(?:\([^)]*\)\s*)?(?:,\s*|\s+)(?:and|{ALONG_WITH})\s+"
                            r"(?:the\s+)?$", re.I)


# The forces of a joint team that acted: "A joint team of the Army's 9 Rashtriya Rifles, the
# CRPF and the Special Operations Group (SOG) of J&K Police launched a cordon-and-search
# operation".
_JOINT_TEAM = re.compile(r"\bjoint\s+(?:team|party|contingent|force)\s+of\s+"
                         r"(?P<list>[^.;]{1,160}?)\s+(?:launched|conducted|carried\s+out|"
                         r"cordoned|raided|arrested|killed|recovered|busted)\b", re.I)


def joined_force_acted(text: str, sentence: Sentence, match: ActorMatch,
                        actor_matches: Sequence[ActorMatch]) -> bool:
    """A state force joined by "and" to one told as acting (or as the other side of the
    fight), right after or before it, acted with it; so did each force of a joint team that
    acted."""
    if any(team.start("list") <= match.start < team.end("list")
           for team in _JOINT_TEAM.finditer(text, sentence.start, sentence.end)):
        return True
    for other in actor_matches:
        if other is match or other.actor.kind != "state" or \
                not (sentence.start <= other.start < sentence.end):
            continue
        if other.start >= match.end and _FORCES_JOINED.fullmatch(text, match.end, other.start):
            first, last = match, other
        elif other.end <= match.start and _FORCES_JOINED.fullmatch(text, other.end, match.start):
            first, last = other, match
        else:
            continue
        if FORCE_DID.match(text, last.end, sentence.end) or FORCE_AGENT.search(
                text, max(sentence.start, first.start - 60), first.start):
            return True
    return False


# A district's or a town's police: "the Gadchiroli police's C-60 anti-Naxal force".
_PLACE_POLICE = re.compile(r"\b(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:[Dd]istrict\s+)?"
                           r"[Pp]olice$")


def police_of_place(text: str, finding: PerpetratorFinding, place: Place,
                    actors: ActorBase) -> str | None:
    """The province's police force of the actor base that a district's or a town's police
    belong to, where the unnamed force is named after the incident's own district or town
    and the actor base has a force named after its province ("Maharashtra Police"); else
    None."""
    who, ev = finding.perpetrator, finding.evidence
    if who.actor is not None or who.kind != "state" or place.admin1 is None or \
            not text[ev.start:ev.end].lower().endswith("police"):
        return None
    m = _PLACE_POLICE.search(text, max(0, ev.start - 40), ev.end)
    if m is None or m.group("place") not in (place.admin2, place.name):
        return None
    force = actors.get(f"{place.admin1} Police")
    return force.name if force is not None and force.kind == "state" else None


# An army's own word with no country's: "the army", "army personnel", "the federal army",
# "military aircraft" (not "troops", "soldiers" or "security forces": any of a state's forces,
# but where the actor base says a country's reports call only the army's men so, below).
_ARMY_WORDS = re.compile(r"(?:the\s+)?(?:federal\s+|national\s+|regular\s+)?(?:army|military|junta|"
                         r"regime)"
                         r"(?:\s+(?:personnel|troops|men|jawans|soldiers|units?|aircraft|jets?|"
                         r"helicopters?|air\s?strikes?|strikes?|drones?|artillery|shelling))?",
                         re.I)
# Aircraft, bare ("drones", "a drone", "air force drones"), and the army telling of them.
_AIRCRAFT = re.compile(r"(?:an?\s+|the\s+)?(?:air\s+force\s+)?(?:drones?|aircraft|jets?|"
                       r"warplanes?|helicopters?)", re.I)
_ARMY_TOLD = re.compile(r"\b(?:the\s+)?(?:army|military)\s+said\b", re.I)
# Soldiers and troops, bare (the actor base's ``troops`` says where they are the army's).
_SOLDIERS = re.compile(r"(?:the\s+)?(?:soldiers|troops)", re.I)
# (nor a joint team's: "the Army and police launched a joint cordon and search operation")
_AND_POLICE = re.compile(r"\s+and\s+(?:the\s+)?(?:state\s+)?police\b", re.I)
# (nor where the country's own forces are the ones hit: "destroyed four Pakistani posts")
_ITS_FORCES_HIT = re.compile(r"\s+(?:posts?|positions?|bunkers?|troops|soldiers|army|rangers)\b",
                             re.I)
# (or in the next sentence, by the witnesses: "... killing 11 civilians, residents told
# Dabanga. They blamed the army")
_ARMY_BLAMED = re.compile(r"(?:[^.;]*?\b|[^.;]*\.\s+(?:They|Residents|Witnesses|Locals|Activists|"
                          r"Villagers)\s+(?:also\s+)?)"
                          r"blam\w+\s+(?:it\s+on\s+)?(?:the\s+)?(?:country['’]s\s+|"
                          r"government['’]s\s+|federal\s+)?(?:army|military)\b", re.I)
_NATION_MILITARY_TOLD = re.compile(rf"(?<![\w.])(?P<nation>{NATIONS})\s+(?:military|army|armed\s+"
                                   r"forces)\s+(?:said|did\s+not\s+comment|declined|has\s+not|"
                                   r"had\s+not)\b")
_ARMY_SAID = re.compile(r"\b(?:the\s+)?(?:army|military)\s+said\s+(?:that\s+)?(?:its\s+)?$", re.I)
# (not a named force's: "BSF troops", "troops of 16 AR")
# (an operation's name is no force's: "troops of Operation Hadin Kai")
# (not the army's own unit: "Soldiers of the Army's 90th Infantry Battalion" are the army's)
_OF_A_FORCE = re.compile(r"\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?(?!Operation\s)"
                         r"(?!(?:Army|Military|army|military)['’]s\s)[A-Z]")
_FORCE_BEFORE = re.compile(r"(?:\b[A-Z]{2,}\)?|\b(?!(?:The|A|An|In|On|At|But|And)\s)[A-Z][a-z]+)"
                           r"\s+$")
# (nor one man of it, the victim: "an Army soldier was injured")
_ONE_MAN = re.compile(r"\s+(?:soldier|jawan|officer|trooper|man|captain|major|sepoy|"
                      r"personnel)\b", re.I)
_ONE_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.I)
# (a nation's land, not its forces: "The Diffa region, which borders Nigeria's Borno state")
_NATION_AS_LAND = re.compile(r"\s+(?:[A-Z][\w-]+\s+){1,2}(?:state|province|region|district|"
                             r"county|governorate)\b|\s+(?:border|capital|north|south|east|"
                             r"west|north-?east|north-?west|south-?east|south-?west)\b")


def forces_of_place(text: str, finding: PerpetratorFinding, place: Place,
                    actors: ActorBase) -> str | None:
    """The armed forces of the incident's country (the actor base's ``forces_of``) where an
    unnamed force is told only by the army's word ("the army", "army personnel"), as ACLED
    names a country's military forces; None where the story names another nation (whose
    army it is is then not told by the place) or the words are a named force's."""
    who, ev = finding.perpetrator, finding.evidence
    # (the paragraph's nations: a background paragraph's "founded by Ugandan rebels" or "the
    # city's Saudi Hospital" does not make "army troops tracked down the attackers" another's)
    para_start = text.rfind("\n\n", 0, ev.start) + 1
    para_end = text.find("\n\n", ev.end)
    para_end = len(text) if para_end < 0 else para_end
    if who.actor is None and who.kind == "state" and _AIRCRAFT.fullmatch(text, ev.start, ev.end) \
            and (told := _NATION_MILITARY_TOLD.search(text, para_start, para_end)):
        # (another nation's aircraft, its military telling of it in the paragraph: "a drone
        # fired a missile at a municipal bulldozer ... The Israeli military did not comment")
        nation = NATION_ADJECTIVES.get(" ".join(told.group("nation").replace("’", "'").split()))
        forces = actors.armed_forces_of(nation or "")
        if forces is not None:
            return forces.name
    if who.actor is not None or who.kind != "state" or place.country is None or not (
            _ARMY_WORDS.fullmatch(text, ev.start, ev.end) or (
                # (or its aircraft, told by the army: "air force drones struck fleeing fighters
                # ..., the army said", "a drone struck ... The army said ... its air force")
                _AIRCRAFT.fullmatch(text, ev.start, ev.end) and
                _ARMY_TOLD.search(text, para_start, para_end)) or (
                # (or its men, where the country's reports call only them so: "Soldiers
                # killed two suspected cartel gunmen" in Mexico; not India's or Pakistan's
                # troops, any of several forces)
                _SOLDIERS.fullmatch(text, ev.start, ev.end) and
                actors.troops_of(place.country) is not None) or
            # (or its men, told by the army: "the military said troops had killed dozens of
            # bandits", "the army said air strikes on Friday had killed")
            _ARMY_SAID.search(text, max(0, ev.start - 40), ev.start) or
            # (or blamed: "A drone strike hit a busy market ..., residents ... said, blaming
            # the country's military")
            _ARMY_BLAMED.match(text, ev.end, ev.end + 250)) or \
            _OF_A_FORCE.match(text, ev.end) or _AND_POLICE.match(text, ev.end) or \
            _FORCE_BEFORE.search(text, max(0, ev.start - 12), ev.start) or (
                _ONE_MAN.match(text, ev.end) and
                _ONE_BEFORE.search(text, max(0, ev.start - 6), ev.start)):
        return None
    if any((NATION_ADJECTIVES.get(" ".join(m.group(0).replace("’", "'").split())) not in (
            None, place.country) and not text.startswith("-made", m.end()) and
            not _NATION_AS_LAND.match(text, m.end())) or
            _ITS_FORCES_HIT.match(text, m.end())
            for m in NATION_RE.finditer(text, para_start, para_end)):
        # ("the Army deployed along the LoC in Uri sector ... targeted two soldiers ... posted
        # near the Sallan village of PoK. The Pakistani troops later targeted Indian posts")
        return None
    forces = actors.armed_forces_of(place.country)
    return forces.name if forces is not None else None


_NATIONS_JOINED = re.compile(rf"(?P<first>{NATIONS})\s+and\s+(?P<second>{NATIONS})\b")


def joined_nation(text: str, start: int, end: int, actors: ActorBase,
                  first_name: str | None) -> tuple[str, int, int, str] | None:
    """The other of two nations whose forces the state doer's words at ``[start, end)`` join
    ("Rwandan and Mozambican troops pursued"), as its armed forces: (actor name, span, words);
    ``first_name``: the doer already found."""
    joined = _NATIONS_JOINED.search(text, max(0, start - 40), end)
    if joined is None:
        return None
    for which in ("first", "second"):
        key = " ".join(joined.group(which).replace("’", "'").split())
        forces = actors.armed_forces_of(NATION_ADJECTIVES.get(key, ""))
        if forces is not None and forces.name != first_name:
            return forces.name, joined.start(which), joined.end(which), joined.group(which)
    return None


# The words of a state's force for its aircraft, its owner after it, and the gap between a
# nation's adjective and its force (:func:`state_doer`).
_AIRCRAFT_WORDS = re.compile(r"\b(?:aircraft|jets?|warplanes?|air\s?strikes?|air\s+force|"
                             r"fighter|helicopters?|gunships?)\b", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_GOVERNMENT_GAP = re.compile(r"\s+(?:government|federal)\s+", re.I)
# (or nothing, before the words for its armed forces: "The Nigerien Air Force struck")
_PLAIN_GAP = re.compile(r"\s+")
_MILITARY_WORDS = re.compile(r"(?:air\s+force|military|army|armed\s+forces)$", re.I)
# The Taliban's forces, told before the force's words: "Taliban intelligence forces", "the
# Taliban's General Directorate of Intelligence", "Islamic Emirate security forces".
_TALIBAN_BEFORE = re.compile(r"(?:\bAfghan\s+)?\b(?:Taliban|Islamic\s+Emirate)(?:['’]s)?\s+"
                             r"(?:(?:intelligence|security|border|police|special)\s+){0,2}$")


def state_doer(text: str, sentences: Sequence[Sentence], actors: ActorBase,
               actor_matches: Sequence[ActorMatch]) -> tuple[Perpetrator, Evidence] | None:
    """The state force of a security operation, named (actor base) or as written
    (:func:`state_force`), with its evidence.  The Taliban's forces are the Taliban's, of
    kind state: "Taliban intelligence forces killed two ISKP members in a raid" (as ACLED
    codes the forces of the de facto government since August 2021)."""
    m = state_force(text, sentences, [(a.start, a.end) for a in actor_matches
                                      if a.actor.kind != "state"])
    if m is None:
        return None
    np = m.group("np")
    # (or named right before its men: "Counter-Terrorism Service forces arrested three men")
    whole = next((a for a in actor_matches if a.actor.kind == "state" and (
        (a.start <= m.start("np") and m.end("np") <= a.end) or (
            a.end < m.start("np") and not text[a.end:m.start("np")].strip()))), None)
    if whole is not None:
        # the force's whole name around the words: "Pakistan Army on May 12 resorted to
        # ceasefire violation" is the Pakistan Army, not an army
        return (Perpetrator(whole.actor.name, whole.text, "state", "attributed"),
                Evidence("perpetrators", whole.start, whole.end, whole.text))
    head = re.sub(r"\s*\(.*\)$", "", re.sub(r"^the\s+", "", np, flags=re.I))
    taliban = _TALIBAN_BEFORE.search(text, max(0, m.start("np") - 40), m.start("np"))
    if taliban is not None and actors.get("Taliban") is not None:
        start = m.start("np") - len(taliban.group(0))
        return (Perpetrator("Taliban", text[start:m.end("np")], "state", "attributed"),
                Evidence("perpetrators", start, m.end("np"), text[start:m.end("np")]))
    actor = actors.get(head)
    name = actor.name if actor is not None and actor.kind == "state" else None
    nation = NATION_RE.search(head) if name is None else None
    if nation is None and name is None:
        # (or right before the words: "Somali government forces backed by clan militias")
        before = text[max(0, m.start("np") - 25):m.start("np")]
        gap = _PLAIN_GAP if _MILITARY_WORDS.search(head) else _GOVERNMENT_GAP
        nation = next((n for n in NATION_RE.finditer(before)
                       if gap.fullmatch(before, n.end())), None)
        # (or owning it after it: "A drone of the Nigerien Air Force struck")
        of = _OF_THE.match(text, m.end("np"))
        if nation is None and of is not None:
            nation = NATION_RE.match(text, of.end())
    if nation is not None:
        # a state's forces named by its adjective alone are its armed forces ("A Russian
        # missile strike", "Myanmar's military")
        key = " ".join(nation.group(0).replace("’", "'").split())
        country = NATION_ADJECTIVES.get(key, "")
        # (its aircraft are its air force's, where the base has one: "Pakistani military
        # aircraft bombed a house in the Gurbuz district")
        aircraft = _AIRCRAFT_WORDS.search(np) or _AIRCRAFT_WORDS.match(
            text, m.end("np") + 1, m.end("np") + 30)
        forces = (actors.air_force_of(country) if aircraft else None) or \
            actors.armed_forces_of(country)
        name = forces.name if forces is not None else None
    return (Perpetrator(name, head, "state", "attributed"),
            Evidence("perpetrators", m.start(), m.end(), np))


# The de facto government's men as victims: "killing three Taliban fighters", "one Taliban
# soldier", "two Taliban policemen" (as ACLED codes the Taliban's forces since August 2021).
_DE_FACTO_FROM = (2021, 9)
_OF_THE_ATTACKERS = re.compile(r"\bof\s+the\s+(?:attackers|assailants|militants|raiders)\b",
                               re.I)
_LEADING_NUMBER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?)\s",
                             re.I)


def _leading_number(text: str, ev: Evidence) -> int:
    """The first number a figure's words count ("three Taliban fighters dead": 3), else 0."""
    m = _LEADING_NUMBER.search(text, ev.start, ev.end)
    if m is None:
        return 0
    word = m.group(1)
    return int(word) if word.isdigit() else (words_to_int(word) or 1)  # ("a", "an": one)


def taliban_men_as_forces(text: str, country: str | None, date: DateValue | None,
                          counts: Sequence[Count], evidence: Sequence[Evidence],
                          doers: Sequence[Perpetrator]) -> str | None:
    """Give the Taliban's men an attack hit in Afghanistan, after the Taliban took power, the
    security forces' side, where the figure's words name them so and count no one else; the
    target their word says (police or military).  None where nothing changed (a force's own
    operation against the Taliban's foes counts those foes)."""
    if country != "AF" or date is None or date.year is None or \
            (date.year, date.month or 12) < _DE_FACTO_FROM or \
            any(p.actor == "Taliban" for p in doers):
        return None
    target = None
    for count, field in zip(counts, ("killed", "wounded"), strict=True):
        if set(count.by_category) != {"militants"}:
            continue
        # (the figure's words may end at the name: "killing one Taliban" + " soldier")
        men = next((m for ev in evidence if ev.field == field
                    for m in TALIBAN_MEN.finditer(text, ev.start, ev.end + 30)
                    if m.start() < ev.end), None)
        if men is None:
            continue
        total = count.by_category["militants"]
        # (only the Taliban's own where the figures also count their attackers: "three
        # Taliban fighters dead ... Taliban forces returned fire and killed two of the
        # attackers" is three of the forces and two militants)
        told = [ev for ev in evidence if ev.field == field]
        theirs = sum(_leading_number(text, ev) for ev in told
                     if TALIBAN_MEN.search(text, ev.start, ev.end + 30))
        attackers = any(_OF_THE_ATTACKERS.search(text, ev.start, ev.end) for ev in told)
        count.by_category = {"security_forces": theirs, "militants": total - theirs} \
            if attackers and 0 < theirs < total else {"security_forces": total}
        target = target or ("police" if men.group("men").startswith("police") else "military")
    return target


# The dead of a strike named as an armed group's men.
STRUCK_AS_MILITANTS = re.compile(
    r"\b(?:described\s+as|said\s+(?:it|they)\s+had\s+(?:targeted|killed|eliminated)|"
    r"mourned\s+(?:him|them|the\s+man(?:,[^.;,]{1,40},(?:\s*\d+,)?)?)\s+as)\s+[^.;]{0,40}?"
    r"\b(?:members?|militants?|fighters?|"
    r"terrorists?|operatives?|commanders?)\b|"
    # (or the fighters the strike went after: "drones of the Niger air force tracked a group
    # of the fleeing attackers and struck them ..., killing six")
    r"\b(?:tracked|pursued|chased|struck|targeted|hit)\s+(?:an?\s+(?:group|column|convoy)\s+of\s+)?"
    r"(?:the\s+)?(?:fleeing\s+|retreating\s+)?(?:attackers|assailants|militants|fighters|"
    r"jihadists|terrorists|insurgents)\b", re.I)
