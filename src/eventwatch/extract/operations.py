"""Stage 7b: security operations.  Reads an incident's sentences, triggers, tolls and the
article's actor matches; writes whether the incident is a security operation (state forces
acted and, as the codebook reads it, did not answer a fight the militants began) and whether
it opens with a state force arresting people.  ``docs/codebook.md``: security operations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract import perpetrators
from eventwatch.extract.drafts import Draft
from eventwatch.extract.fastre import guarded
from eventwatch.extract.group_drones import MILITANTS_FLEW_RE, claimed_by_group, group_flew
from eventwatch.extract.lexicon import (
    ARMED_STATE_DOER,
    ATTACKER_NOUNS,
    GROUPS_FIGHT_RE,
    MILITANT_NOUNS,
    WIRE_DATELINE,
)
from eventwatch.extract.segment import Sentence
from eventwatch.extract.state_doers import NATION_FIRE_RE, NATIONS, STATE_STRIKE_RE
from eventwatch.models import Count

if TYPE_CHECKING:
    from eventwatch.models import Place
    from eventwatch.resources.actors import ActorBase, ActorMatch

# A force that only tells or believes it ("Police said", "Police sources") did nothing.
_REPORTS_AFTER = re.compile(r"\s+(?:(?:officials?|spokes(?:man|person)|sources?)\b|"
                            r"(?:have\s+|had\s+)?(?:said|says|told|claimed|added|informed|"
                            r"confirmed|stated|suspects?|suspected|believes?|believed)\b)",
                            re.I)

# Fire one state's forces open on another's: across a border, "unprovoked", or two states'
# troops ("exchange of fire between Indo Pak troops").
_STATES_FIRE = (r"cross[\s-]border\s+(?:firing|shelling)|"
                # (or shells "fired from across the Durand Line", "from across the border")
                r"(?:shells?|rockets?|mortars?)\s+(?:were\s+)?fired\s+from\s+across\s+the\s+"
                r"(?:Durand\s+Line|border|LoC|Line\s+of\s+Control)|"
                r"Indo[\s-]Pak(?:istan)?\s+(?:troops|armies|forces|soldiers)|"
                r"unprovoked\s+(?:firing|shelling)")
# ... or one state's border force firing on the other's post: "Afghan Taliban border guards
# opened fire on a Pakistani post near the Dorah Pass" (a pattern of its own, its nations'
# names read only where its fire is: at every position they would cost a pass).
STATES_POST_FIRE_RE = guarded(
    rf"\b(?:{NATIONS}|Taliban)\s+(?:[\w-]+\s+)?(?:border\s+guards|border\s+forces|troops|"
    # (or its forces: "Afghan Taliban forces opened fire on Pakistani border posts")
    r"soldiers|forces)\s+(?:opened\s+fire|fired)\s+(?:\w+\s+)?(?:on|at|upon)\s+(?:an?\s+|the\s+)?"
    rf"(?:{NATIONS})\s+(?:border\s+|military\s+|army\s+)?(?:posts?|check[\s-]?posts?|"
    r"positions?)\b", re.I)
CEASEFIRE_RE = guarded(rf"\b(?:ceasefire|cease-fire|{_STATES_FIRE}|"
                       r"drone|missiles?\s+(?:hit|struck|fired)|unmanned|(?P<loc>line\s+of\s+"
                       r"control|LoC))\b", re.I)
# Fire between two states' forces (not a drone's, nor militants' near the Line of Control):
# its target is the other state's posts or the villages behind them, not a militia.
# ("ceasefire cadres" are a group's men under a truce; a group's truce is no state's fire)
BETWEEN_STATES_RE = guarded(r"\b(?:(?:ceasefire|cease-fire)\s+violations?|violat\w+\s+(?:the\s+)?"
                            rf"(?:ceasefire|cease-fire)|{_STATES_FIRE})\b", re.I)
# In South Asian reporting an "encounter" is a fight the security forces sought (a raid, a
# search operation); an attack the militants began is told as one ("militants ambushed").
ENCOUNTER_RE = guarded(r"\b(?:encounters?|(?:search|combing|joint|cordon[\s-]and[\s-]search|"
                          r"intelligence[\s-]?based)\s+operations?|"
                          # "during a raid conducted by Law Enforcement Agencies"
                          r"raids?\s+(?:conducted|carried\s+out|launched)\s+by\s+(?:the\s+)?"
                          r"(?:security|law|police|troops|army|rangers|levies|FC|CTD|SFs?|LEAs|"
                          r"counter)\b)", re.I)
# A gun battle is the state's operation only where a state force is in it.
GUN_BATTLE_RE = guarded(r"\b(?:gun[\s-]?battles?|gunfights?)\b", re.I)
MILITANTS_BEGAN_RE = guarded(
    r"\b(?:ambush\w*|(?:militant|terrorist|insurgent|maoist|fidayeen|rebel)s?\s+attack|"
    # an attack someone carried out on a place: "soldiers of the Caliphate carried out an
    # attack on the Artisan Restaurant ... engaged in a gun battle with ... police"
    r"(?:carried\s+out|launched|mounted)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?attack\s+on\s+"
    r"(?:an?\s+|the\s+)?(?-i:[A-Z])\w*|"
    rf"(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS}|suspects?|intruders?)\s+(?:\w+\s+){{0,3}}?"
    r"(?:attacked|opened\s+(?:\w+\s+)?fire|fired\s+(?:\w+\s+)?(?:at(?!\s+least)|on|upon)|stormed|"
    r"targeted|lobbed|hurled|triggered|resorted\s+to\s+(?:\w+\s+)?firing)|"
    # (their approach between: "Hamas militants emerged from a tunnel shaft ... and opened
    # fire on troops")
    rf"(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\s+(?:emerged|crept|sneaked|crossed|approached)\b"
    r"[^.;]{0,80}?\band\s+(?:then\s+)?(?:attacked|opened\s+(?:\w+\s+)?fire|stormed|"
    r"fired\s+(?:at|on|upon))|"
    # (or told in a relative clause: "Dozens of militants who crossed from Afghanistan
    # attacked a Frontier Corps post")
    rf"(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\s+who\s+(?:had\s+)?(?:crossed|sneaked|infiltrated|"
    r"came|entered|slipped)\s+[^,.;]{1,60}?\s+(?:attacked|opened\s+(?:\w+\s+)?fire|stormed|"
    r"fired\s+(?:at|on|upon))|"
    r"(?:attacked|targeted|fired\s+(?:at|on|upon))\s+by\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    rf"(?:{MILITANT_NOUNS})|"
    # (or the forces "came under fire from" them: "an army patrol came under fire from
    # fighters of the Military Command Council for the Salvation of the Republic")
    r"came\s+under\s+(?:\w+\s+)?(?:fire|attack)\s+from\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    rf"(?:{MILITANT_NOUNS}|fighters|gunmen|attackers)|"
    # an attack the forces beat off: "its soldiers repulsed an attack by armed youth of the
    # White Army on their garrison", "before soldiers repelled the assault"
    r"(?:repulsed|repelled|foiled|thwarted|beat\s+back|fought\s+off)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+){0,2}?(?:attack|assault|raid|incursion)s?)\b", re.I)

# Militants who fire on a force that had come for them (a cordon, a raid, a challenge at a
# checkpoint) resist the state's operation; they did not begin the fight.
STATE_STARTED_RE = re.compile(
    r"\b(?:cordon\w*|raid\w*|search\w*|combing|challenged|intercepted|signall?ed|"
    r"asked\s+(?:them|him)\s+to\s+stop|(?:on|upon|after)\s+(?:seeing|spotting|sighting)|"
    r"tried\s+to\s+(?:stop|arrest|nab)|operation|"
    r"surrounded|encircled|hideout|laid\s+(?:an?\s+)?(?:ambush|trap)|naka|"
    # (the forces went for those they knew hiding: "After coming to know that some Naxals were
    # hiding in a house ..., police rushed there")
    r"hiding|holed\s+up|rushed\s+(?:there|to\s+the\s+(?:spot|area|village))|"
    # (or came near them: "As the team approached, the suspects opened fire")
    r"(?:team|troops|police|forces|personnel|party)\s+(?:approached|closed\s+in|moved\s+in)|"
    # ("The suspects opened fire on the team as it approached")
    r"as\s+(?:it|they)\s+(?:approached|closed\s+in|moved\s+in)|"
    # the forces' own ambush, told with their killing: "Troops of Operation Hadin Kai killed 20
    # bandits in an ambush"
    r"(?:troops|soldiers|forces|army|police|commandos)\s+(?:[\w-]+\s+){0,5}?(?:killed|"
    r"neutrali[sz]ed|shot\s+dead)\s+(?:[\w-]+\s+){0,4}?in\s+an?\s+(?:\w+\s+)?ambush|"
    # (or told as the forces' act: "troops ambushed a group of khwarij moving through the
    # Shewa area")
    r"(?:troops|soldiers|forces|army|commandos)\s+(?:\w+ly\s+)?ambushed)\b",
    re.I)


# An operation the forces were returning from, over when they were fired on.
_RETURNING_FROM = re.compile(r"\breturning\s+(?:after|from)\s+(?:an?\s+|the\s+|their\s+)?"
                             r"(?:[\w()-]+\s+){0,5}$", re.I)


def _militants_began(text: str, draft: Draft, end: int,
                     past: Sequence[tuple[int, int]]) -> bool | None:
    """The incident's story (its sentences up to the next incident's) says the militants began
    the fight, and not in answer to a raid or cordon; ``past`` sentences (a record, a tally:
    "Thaijou was involved in a series of subversive activities like ambush") tell nothing of
    this fight.  None where the militants' fire it tells was all an answer to the state's
    raid or cordon ("raided the meeting point ... The militants opened fire on the CTD
    team"); False where it tells no fire of theirs."""
    start = draft.anchor.sentence.start
    # (the raid a follow-up's opener told: "... said on Monday that a CTD team raided a house
    # in Gizri ... The suspects opened fire on the team")
    opened = draft.members[0].sentence.start if draft.members[0] is not draft.anchor else None
    answered = False
    for m in MILITANTS_BEGAN_RE.finditer(text, start, max(end, *(s.end for s in draft.sentences))):
        if any(s <= m.start() < e for s, e in past) or _WITH_THE_TROOPS.search(
                text, max(start, m.start() - 60), m.start()):
            continue  # (the state's militias with its troops: "Troops and fighters from local
            # Ma'awisley militias attacked al Shabaab positions")
        # (the raid may open a long sentence: "Security Forces (SFs) conducted a raid in the
        # Lalmati area ... on being tipped off about the movement of some unidentified
        # militants in the area and while the Police team was on move, the militant group
        # opened fire")
        own = text.rfind(". ", max(start, m.start() - 250), m.start())
        reach = min(m.start() - 120, own + 2 if own >= 0 else max(start, m.start() - 250))
        lo = max(start, reach) if opened is None else opened
        if not any(not _RETURNING_FROM.search(text, max(0, st.start() - 60), st.start())
                   for st in STATE_STARTED_RE.finditer(text, lo, m.end() + 70)):
            # (an operation the forces were returning from is over: "when the Security
            # Forces were returning after an anti Naxal operation in the region, when a group
            # of armed Maoists opened fire on them")
            return True
        answered = True
    return None if answered else False


_WITH_THE_TROOPS = re.compile(r"(?:^|[.\n]\s*)(?:the\s+)?(?:troops|soldiers|security\s+forces|"
                              r"government\s+forces)\s+and\s+[^.;]{0,40}$", re.I)


KILLED_BY_NON_STATE_RE = guarded(
    r"\b(?:killed|shot(?:\s+dead|\s+at)?(?:\s+and\s+(?:injured|wounded|killed))?|gunned\s+down|"
    r"murdered|abducted|kidnapped|attacked|injured|wounded)\s+by\s+"
    r"(?:a\s+|the\s+)?(?:group\s+of\s+)?(?:rival|unidentified|unknown|armed|suspected|masked)?"
    r"\s*(?:group|faction|militants|gunmen|assailants|cadres|terrorists|insurgents|men)\b", re.I)
# Two armed groups, or a group's factions, fighting each other: "were killed in a factional
# clash", "the LWE factions clashed", "a fratricidal fight" (no operation, whoever found the
# dead: "The dead bodies were recovered by the Police").
FACTIONAL_RE = guarded(r"\b(?:(?:inter[\s-]?)?factional\s+(?:clash|fight|feud|war|violence)\w*|"
                       r"factions\s+(?:clashed|fought)|fratricidal|internecine)\b", re.I)
# The lead's subject, a militant group's men, killed or took someone: "Maoists killed a former
# cadre planning to surrender before the Police" (not "Two Maoists killed in an encounter",
# a headline's reduced relative: an object must follow the verb).
NON_STATE_KILLED_RE = guarded(
    rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\s*(?:\([^)]{{1,20}}\)\s*)?"
    # (their group between: "Dissidents of the former FARC rebel group killed two soldiers")
    r"(?:of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:group|faction|movement|front|army|"
    r"(?-i:[A-Z]{2,6}))\s+)?"
    # (a phrase set off by commas between: "A team of militants, during a clash between two
    # factions of the Karbi People’s Liberation Tigers (KPLT), on April 25 gunned down KPLT
    # (Buche group) ‘chairman’ Boche Bey")
    r"(?:,[^,.;]{1,100},\s*)?"
    r"(?:(?:allegedly|reportedly|on\s+\w+(?:\s+\d{1,2})?)\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|murdered|hacked\s+to\s+death|beheaded|abducted|"
    r"kidnapped)\s+(?:a|an|the|one|two|three|four|five|his|her|their|\d+|(?-i:[A-Z]))", re.I)
_STATE = (r"(?:police|security\s+(?:forces?|personnel)|SFs?|army|troops|soldiers|commandos|"
          r"rangers|CTD|joint\s+forces|paramilitary|law\s+enforcers|LEAs|border\s+guards)")
STATE_DEMOLISHED_RE = guarded(
    rf"\b(?:{_STATE}|(?:local\s+|political\s+|district\s+)?administration)\b[^.;]{{0,60}}?"
    r"\b(?:demolished|razed|bulldozed|blew\s+up|torched|set\s+ablaze)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:houses?|homes?|hideouts?|compounds?|camps?)\s+(?:of|belonging\s+to)\s+(?:the\s+)?"
    r"(?:suspected\s+|wanted\s+|alleged\s+|two\s+|three\s+|several\s+)*"
    r"(?:militants|terrorists|insurgents|Maoists|Taliban)\b", re.I)
# ... or a state's forces, named by its adjective, blowing up homes: "Israeli forces blew up
# three houses on the edge of the border town of Kfar Kila".
STATE_BLEW_UP_HOMES_RE = guarded(
    rf"\b(?:{NATIONS})\s+(?:forces|troops|soldiers|army|military)\s+(?:\w+\s+)?(?:blew\s+up|"
    r"demolished|razed|bulldozed|dynamited)\s+(?:[\w-]+\s+){0,3}?(?:houses?|homes?|"
    r"buildings?)\b")
# ... or burning villagers' homes: "regime troops set fire to around 60 houses in Nyaung Kone
# village" (ACLED's property destruction by state forces; not rebels': "rebel soldiers").
STATE_BURNED_HOMES_RE = guarded(
    rf"(?<!rebel\s)(?<!militia\s)\b(?:(?:{NATIONS}|[Jj]unta|[Rr]egime|[Aa]rmy|[Gg]overnment)\s+)?"
    r"(?:forces|troops|soldiers)\s+(?:\w+\s+)?(?:set\s+fire\s+to|torched|burned|burnt|"
    r"set\s+ablaze)\s+(?:[\w-]+\s+){0,3}?(?:houses|homes|villages?|huts|shops|granaries)\b")
def homes_destroyed(text: str) -> bool:
    """Whether the state's forces blew up or burned homes (ACLED's property destruction of
    civilians' homes): :data:`STATE_BLEW_UP_HOMES_RE`, :data:`STATE_BURNED_HOMES_RE`."""
    return bool(STATE_BLEW_UP_HOMES_RE.search(text) or STATE_BURNED_HOMES_RE.search(text))


def state_act(lead: str) -> str:
    """What a state operation's lead tells its forces did, where its event type depends on
    it: "regained" (:data:`REGAINED_RE`), "burned" (:data:`STATE_BURNED_HOMES_RE`), or ""."""
    return "regained" if REGAINED_RE.search(lead) else \
        "burned" if STATE_BURNED_HOMES_RE.search(lead) else ""


# The state's forces taking ground back (ACLED's government regains territory).
REGAINED_RE = guarded(
    r"\b(?:troops|soldiers|forces|army|military)\b[^.;]{0,60}?\b(?:recaptured|retook|"
    r"regained\s+(?:full\s+)?control\s+(?:of|over)|wrested\s+(?:back\s+)?(?:control\s+of\s+)?)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:village|town|district|city|base|area|hills?|"
    r"(?-i:[A-Z]))", re.I)
STATE_ACTION_RE = guarded(
    rf"\b(?:{_STATE}\s+(?:firing|encounter|action|operation|raid|retaliation|crackdown)|"
    r"(?:encounter|gun[\s-]?fight|gun[\s-]?battle|shoot[\s-]?out|exchange\s+of\s+fire)\W{0,2}"
    r"\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|security\s+(?:forces?|personnel)|SFs?|army|"
    r"troops|rangers|joint\s+forces|commandos)|"
    r"(?:encounter|gun[\s-]?battle|gunfight|exchange\s+of\s+fire)\s+between\s+(?:the\s+)?"
    r"(?:police|security\s+(?:forces?|personnel)|SFs?|army|troops|rangers|joint\s+forces)|"
    rf"(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated)\s+by\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_STATE}|"
    # an enforced disappearance: "abducted by the personnel of an Intelligence Agency"
    rf"(?:abducted|kidnapped|picked\s+up|whisked\s+away|taken\s+away)\s+by\s+(?:the\s+)?"
    rf"(?:(?:personnel|men|officials)\s+of\s+(?:an?\s+|the\s+)?)?(?:[\w-]+\s+)?"
    rf"(?:{_STATE}|intelligence\s+agenc(?:y|ies)|(?:security\s+)?agencies)|"
    rf"(?:operation|raid|action|firing)\s+(?:launched\s+|conducted\s+|carried\s+out\s+)?"
    rf"(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_STATE}|"
    # (or the force that took people away itself: "Frontier Corps personnel raided several
    # houses in Isai ... and took away Jameel Ahmed", "Israeli troops ... seized a shepherd")
    # (the Taliban's forces too, the state since 2021: "Taliban intelligence forces took away
    # at least seven men from villages near Sayed Khel, accusing them of links to the NRF")
    rf"(?:{_STATE}|Frontier\s+Corps|FC|(?:{NATIONS}|Taliban(?:\s+intelligence)?)\s+(?:forces|"
    r"personnel)|law\s+enforcement\s+agencies)\b[^.;]{0,120}?\b(?:took\s+away|whisked\s+away|picked\s+up\s+(?!by\b)|"
    r"taken\s+the\s+(?:young\s+)?(?:men|youths|boys)\s+away|"
    r"seized\s+(?:an?|one|two|three|four|five)\s+(?:[\w-]+\s+)?(?:shepherds?|farmers?|"
    r"fisherm[ae]n|m[ae]n|wom[ae]n|youths?|boys?|girls?|villagers?|students?|journalists?|"
    r"activists?|herders?)\b)|picked\s+up\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:Frontier\s+Corps|FC|personnel|forces|troops)|"
    r"(?:police|SFs?|security\s+forces|troops|army|rangers|border\s+guards)\s+(?:\(\w+\)\s+)?"
    r"(?:open(?:ed)?\s+fire[d]?|fired\s+(?:at(?!\s+least)|on|upon)))\b", re.I)
# The state as the doer of a killing: "The Sindh Police killed 12 terrorists", "Security Forces
# (SFs) on August 31 killed a suspected militant", "Police and the CRPF claim to have killed".
STATE_KILLED_RE = re.compile(
    # (after the story's dateline: "RAWALPINDI: Security forces killed six terrorists",
    # "MAIDUGURI, Nigeria: Troops killed", "BAMAKO, March 18 (Reuters) - Malian soldiers")
    rf"^\W*(?:[A-Z]{{2,}}(?:[\s-][A-Z]{{2,}})*(?:,\s+[A-Z][a-z]+)?\s*:\s+|{WIRE_DATELINE})"
    # (after a connective: "Meanwhile, security forces killed four khwarij", and a long
    # opener: "In another engagement on Wednesday in the Sararogha area of South Waziristan
    # district, troops killed two more khwarij")
    r"(?:(?:meanwhile|separately|elsewhere|later|earlier|also),?\s+)?"
    r"(?:(?:in|on|during|after)\s+[^,;.]{1,120},\s*|(?:late|early)\s+(?:on\s+)?\w+,\s*)?"
    # (and the force's spokesman: "the ISPR said security forces had tracked down the
    # terrorists involved in the attack ... and killed four of them")
    # (a name of words in capitals: "Iran's Revolutionary Guards said their ground forces")
    r"(?:(?:the\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?-i:[A-Z])[\w-]*|army|military|police)"
    r"\s+said\s+(?:that\s+)?|"
    # (or a spokesman's, with his rank and name: "Congolese army spokesman Lieutenant Marc
    # Elongo said soldiers pursuing the attackers clashed with them ..., killing six rebels")
    r"[^.;,]{0,40}?\bspokes(?:man|woman|person)\s+(?:[\w.'’-]+\s+){0,4}?said\s+(?:that\s+)?|"
    # (or any witness's, told "that": "residents of Sokolo, a village in the Segou region,
    # told The Associated Press that Malian soldiers ... killed at least 12 civilians")
    # (with where or when between: "said in a statement on Thursday that")
    r"[^.;]{1,100}?\b(?:said|told\s+[^.;,]{1,40}?|reported|alleged|accused\s+\w+)"
    r"(?:\s+(?:in|on)\s+[^.;,]{1,40}?)?\s+that\s+)?"
    # (an acronym may stand before the force's word: "The Crime Investigation Agency (CIA)
    # Police shot dead")
    # (or the speaker's own, their backers set off by commas: "the Somali National Army (SNA)
    # said ... that its forces, backed by local clan militias, had killed 14 al-Shabab
    # fighters")
    # (or the men sent after them: "pursuing troops clashed with about 15 rebels")
    rf"(?:the\s+|its\s+|their\s+)?(?:pursuing\s+|responding\s+)?(?:[A-Z][\w-]*\s+){{0,3}}"
    r"(?:\([A-Z]+\)\s+)?"
    # (or a government's: "Somali government forces backed by clan militias killed")
    rf"(?:{_STATE}|(?:government|federal)\s+(?:forces|troops)|"
    r"(?:(?<=its\s)|(?<=their\s))(?:(?:ground|land|naval|special)\s+)?forces)"
    r"(?:,\s*(?:backed|supported|assisted|aided)\s+by\s+[^,;.]{1,60},)?\s+(?:\([A-Za-z]+\)\s+)?"
    # (and its operation's or unit's name: "troops of Operation Fansan Yamma killed")
    # (with its number: "soldiers of the Army's 94th Infantry Battalion clashed with", "of the
    # Indonesian military's 753rd Infantry Battalion")
    r"(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])|\d)[\w'-]*(?:\s+(?:(?-i:[A-Z])|\d|(?:military|army|"
    r"navy|police)(?:['’]s)?\b)[\w'-]*){0,4}\s+)?"
    r"(?:(?:and|backed\s+by|supported\s+by|along\s+with)\s+(?:the\s+)?[^,;.]{1,60}?\s+)?"
    r"(?:(?:on|in|during|late|early)\s+[^,;]{1,40}?,?\s+)?(?:have\s+|has\s+|had\s+|"
    r"claim(?:ed|s)?\s+to\s+have\s+)?"
    r"(?:(?:tracked|hunted|traced)\s+down\s+[^.;]{1,100}?\s+and\s+|"
    # (or pursued them: "the army said its troops pursued the attackers on Saturday and killed
    # three CODECO militiamen")
    r"(?:pursued|chased)\s+[^.;]{1,80}?\s+and\s+|"
    # (or began an operation: "security forces launched an operation in the mountains near
    # Uthal and killed three of the militants involved in the attack")
    r"launched\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?operation\s+[^.;]{1,80}?\s+and\s+|"
    # (or foiled a bid: "security forces foiled an attempt by a group of khwarij to infiltrate
    # through the Pak-Afghan border ... and killed four of them")
    r"foiled\s+(?:an?\s+)?(?:attempt|bid|infiltration)\s+[^.;]{1,160}?\s+and\s+)?"
    # (or raided a place, killing: "Nigerian Army troops raided a camp in the Sambisa forest
    # on Friday, killing six insurgents")
    # (or hunting the doers, they clashed: "soldiers searching for the attackers clashed with a
    # group of gunmen near Aguililla, killing four suspected cartel members")
    # (or "tracking the kidnappers clashed with a group of gunmen")
    r"(?:(?:(?:searching|hunting|looking)\s+for|tracking|pursuing|chasing)\s+[^,.;]{1,60}?\s+"
    r"(?=clashed\b))?"
    r"(?:(?:raided|stormed|attacked|struck|bombed|pounded)\s+[^.;]{1,100}?,\s+|"
    r"clashed\s+with\s+[^.;]{1,160}?,\s+)?"
    r"(?:killed|killing|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated)\b", re.I)


ARRESTED_RE = re.compile(r"\b(?:arrest\w*|detain\w*|apprehended|nabbed|custody)\b", re.I)
# The state as the doer of an arrest: "Police arrested ...", "arrested by the Rangers".
STATE_ARREST_RE = re.compile(
    rf"\b{_STATE}\b[^.;]{{0,110}}?\b(?:arrested|detained|apprehended|nabbed|rounded\s+up|"
    r"took\s+into\s+custody)\b|\b(?:arrested|detained|apprehended|nabbed)\s+by\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_STATE}\b", re.I)
PASSIVE_ARREST_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:arrested|"
                               r"detained|apprehended|nabbed)\b", re.I)

# What a named state force did, right after its name: "Rapid Action Battalion (RAB) on
# December 20 recovered hand bombs and arrested two people".
# (matched at the force's end: no "^", which would match only at the text's start)
STATE_DID_RE = re.compile(
    # (its verb in the same clause, or after a phrase set off by commas: "The CTD and Police,
    # in a joint action, killed"; not a noun it names: "targeting two Pakistan Navy buses,
    # carrying officials to work, in Karachi killed four persons")
    r"\s*(?:\([^)]{1,12}\)\s*)?(?:personnel\s+|troops\s+|officials\s+|men\s+)?"
    r"(?:[^.;,]{0,50}?|[^.;,]{0,30}?,[^.;,]{1,40},[^.;,]{0,20}?)"
    r"\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated|arrested|detained|"
    r"apprehended|nabbed)\b", re.I)


# What may come before the force that opens the sentence: its day or place set off by a comma,
# an article, its men ("On Sunday, soldiers of the Rapid Intervention Battalion (BIR) killed").
# (after a wire's dateline too: "MOSCOW, Feb 3 (Reuters) - Russia's Federal Security Service")
_FORCE_OPENS = re.compile(rf"\W*(?:{WIRE_DATELINE}|[^,.;]{{0,40}},\s*)?(?:the\s+|a\s+)?"
                          r"(?:(?:soldiers|troops|personnel|men|officers|members|commandos|"
                          r"(?:a\s+)?team)\s+of\s+(?:the\s+)?)?", re.I)
# ... or tells its own act: "Russia's Federal Security Service (FSB) said on Tuesday it had
# shot dead two men"
_SAID_IT_HAD = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?\s+(?:said|says)\s+(?:on\s+\w+\s+)?"
                          r"(?:that\s+)?"
                          r"(?:it|its\s+(?:officers|forces|troops|men|agents))\s+(?:had\s+|has\s+)?"
                          r"(?:killed|shot\s+dead|neutrali[sz]ed|eliminated|arrested|detained)\b")


def _state_did(text: str, sentence: Sentence, actor_matches: Sequence[ActorMatch]) -> bool:
    """A state force of the actor base opens the sentence and kills or arrests."""
    for m in actor_matches:
        if m.actor.kind == "state" and sentence.start <= m.start < sentence.start + 60 and \
                _FORCE_OPENS.fullmatch(text, sentence.start, m.start):
            did = STATE_DID_RE.match(text, m.end, sentence.end)
            # (not its men as the victims: "A Central Reserve Police Force (CRPF) official
            # ... were killed in an exchange of fire")
            if did and not re.search(r"\b(?:said|says|told|when|after|as|was|were|been|is|"
                                     r"are)\b", did.group(0)):
                return True
            if _SAID_IT_HAD.match(text, m.end, sentence.end):
                return True
    return False


def _post_fired_on(text: str) -> bool:
    """One state's border force fired on another's post (:data:`STATES_POST_FIRE_RE`), read
    only where its words are (in lower case, as reports write them)."""
    return "fire" in text and ("post" in text or "position" in text) and \
        STATES_POST_FIRE_RE.search(text) is not None


def between_states(text: str) -> bool:
    """Fire between two states' forces: a ceasefire violation, fire across the border, or one
    state's border force firing on another's post."""
    return BETWEEN_STATES_RE.search(text) is not None or _post_fired_on(text)


def _cross_border(span_text: str, classes: set[str]) -> bool:
    """Fire across a border or a ceasefire line, or a drone's missile.  A mine or a bomb
    near the Line of Control is not fire across it ("an Army trooper was injured in a
    landmine blast along the LoC"): there the line names only the place."""
    if _post_fired_on(span_text):
        return True
    found = CEASEFIRE_RE.finditer(span_text)
    if "explosive" in classes:
        return any(m.group("loc") is None for m in found)
    return next(found, None) is not None


def _operation_launched(text: str, draft: Draft, span_text: str) -> bool:
    """The forces launched an operation in the incident's sentences or in the sentence of its
    paragraph right before them (an opener with no act of its own)."""
    if _OPERATION_LAUNCHED.search(span_text):
        return True
    start = draft.sentences[0].start
    lo = max(text.rfind("\n\n", 0, start) + 1, start - 300, 0)
    return _OPERATION_LAUNCHED.search(text, lo, start) is not None


# (the forces opening the sentence, not a later clause's: "..., as counter-terrorism police
# said they had killed two suspects linked to the attack" tells another act)
_FORCES_SAID_KILLED = re.compile(
    rf"^\W*(?:{WIRE_DATELINE})?(?:(?:On|Late\s+on|Early\s+on)\s+\w+,\s+)?(?:the\s+)?"
    r"[\w'’ -]{0,40}?\b(?:forces|troops|army|military|police|Guards)\b[^.;,]{0,20}?\bsaid\s+"
    r"(?:on\s+\w+\s+)?"
    r"(?:that\s+)?(?:they|it)\s+had\s+(?:killed|shot\s+dead|neutrali[sz]ed|eliminated)\b", re.I)
_OPERATION_LAUNCHED = re.compile(
    r"\b(?:security\s+forces|troops|soldiers|police|army|forces|CTD)\s+(?:have\s+|had\s+)?"
    r"(?:launched|conducted|carried\s+out)\s+(?:an?\s+|a\s+joint\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:operation|raid|search)\b", re.I)


# (not an act the strike came after: "bombed a village ..., a day after resistance fighters
# attacked a nearby army outpost with drones")
_AFTER_ACT = re.compile(r"\b(?:after|following|since)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def is_state_operation(text: str, draft: Draft, killed: Count, wounded: Count,
                        arrested: Count, actor_matches: Sequence[ActorMatch],
                        classes: set[str], story_end: int,
                        past: Sequence[tuple[int, int]] = ()) -> bool:
    """A security operation: state forces acted and only militants were harmed or held.
    ``past``: the spans of sentences that tell a record or a tally, not this incident."""
    harmed = set(killed.by_category) | set(wounded.by_category)
    if GROUPS_FIGHT_RE.search(draft.anchor.sentence.text):
        return False  # armed groups' own fight: "killed ... in a gunfight with cadres of the
        # Zomi Revolutionary Army" (the forces that came after it fought none)
    if killed.low and not killed.by_category:
        harmed.add("unknown")  # "two people were killed": not only militants
    span_text = " ".join(s.text for s in draft.sentences)
    # (a part of a summary lead that tells the state's own killing is its own: "Meanwhile,
    # troops of Operation Fansan Yamma on Sunday killed 13 bandits" after "Bandits and
    # suspected Lakurawa militants killed at least 17 people ... in separate attacks")
    lead = draft.anchor.sentence if draft.from_lead is None or STATE_KILLED_RE.search(
        draft.anchor.sentence.text) else draft.from_lead.sentence
    # (a killing only referred to leaves an arrest the state's: "arrested two persons and
    # cracked the shootout case in which a policeman was killed by militants")
    if not classes <= {"arrest", "operation"} and (
            KILLED_BY_NON_STATE_RE.search(span_text) or (
                # (not a state's force with its militias: "Somali government forces backed by
                # clan militias killed more than 40 al Shabaab fighters")
                NON_STATE_KILLED_RE.search(lead.text) and not STATE_KILLED_RE.search(lead.text))
            or FACTIONAL_RE.search(lead.text)):
        # "killed by a rival group", "shot dead by unidentified gunmen", "Maoists killed a
        # former cadre"
        return False
    # A state force by a generic word ("police", "troops") or by its name in the actor base
    # ("Special Operation Group", "CRPF", "Assam Rifles").
    # (a part of a summary lead is of the lead's doers where it names none: "Security forces
    # killed six terrorists in two separate operations ... In the first engagement in Mir
    # Ali, four terrorists were killed")
    doers_told = [*draft.sentences, lead] if draft.from_lead is not None else draft.sentences
    state_in_base = any(
        m.actor.kind == "state" and any(s.start <= m.start < s.end for s in doers_told)
        for m in actor_matches)
    state_named = state_in_base or bool(ARMED_STATE_DOER.search(span_text)) or (
        draft.from_lead is not None and bool(ARMED_STATE_DOER.search(lead.text)))
    # Who began the fight may be told sentences after the lead, before the next incident:
    # "Police killed four terrorists in a shootout.  The terrorists opened fire at a Police
    # mobile."
    began = _militants_began(text, draft, story_end, past)
    if "air" in classes or (not began and (_cross_border(span_text, classes) or (
            # (or a summary's part that names its own: "Junta troops fired artillery shells")
            classes & {"shelling", "explosive"} and (STATE_STRIKE_RE.search(lead.text) or (
                STATE_STRIKE_RE.search(draft.anchor.sentence.text)))) or
            NATION_FIRE_RE.search(lead.text))):
        # Air and drone strikes, missiles from drones, cross-border fire, a state's strike
        # from afar named by its adjective ("A Russian missile strike on an apartment block",
        # "killed in Indian shelling"): state forces (not militants who "attacked an Army
        # camp near the Line of Control"), unless a group of the incident claims it.
        return not claimed_by_group(text, draft, actor_matches) and \
            not any(not _AFTER_ACT.search(span_text, max(0, m.start() - 30), m.start())
                    for m in MILITANTS_FLEW_RE.finditer(span_text)) and \
            not group_flew(text, draft, actor_matches)
    if REGAINED_RE.search(lead.text) and not began:
        return True  # ground the forces took back: "government troops backed by clan militias
        # recaptured the village of Dhagax-Jiif ... from al Shabaab"
    if ("arson" in classes and STATE_DEMOLISHED_RE.search(lead.text)) or (
            "explosive" in classes and not harmed and STATE_BLEW_UP_HOMES_RE.search(lead.text)) or (
            "arson" in classes and not harmed and STATE_BURNED_HOMES_RE.search(lead.text)):
        # the state's punishment of militants' homes: "The local administration along with
        # tribal elders demolished over 12 houses of suspected militants"
        return True
    # (a burning told beside the state's killing is its men's: "Malian soldiers ... killed
    # between 20 and 25 civilians during a raid ... Several shops and grain stores were
    # burned"; without it, the burners' attack)
    # (or the forces' own word of it: "the Guards' ground forces said they had killed four
    # members of the 'terrorist team'"; or the operation they launched, its dead told after:
    # "security forces launched an operation in the Masuzai area ... Four militants were
    # killed and two soldiers were injured in an exchange of fire")
    state_killed = STATE_KILLED_RE.search(lead.text) or _FORCES_SAID_KILLED.search(lead.text) or (
        "militants" in harmed and _operation_launched(text, draft, span_text))
    # (or some of them fell in the fight they opened: "troops killed two more khwarij, while
    # Sepoy Naveed Ahmed ... embraced shahadat")
    if ("security_forces" not in harmed or (state_killed and "militants" in harmed)) and \
            not classes & {"suicide", "fidayeen", "overtake"} and \
            ("arson" not in classes or state_killed) and (
            state_killed or _state_did(text, lead, actor_matches) or (
                "explosive" not in classes and STATE_ACTION_RE.search(
                    text, draft.anchor.sentence.start, draft.anchor.sentence.end))) and \
            not began:
        # The state acted and none of its men were hurt: "abductors were killed in a Police
        # encounter and the child rescued" is an operation, whatever else the story tells.
        return True
    if killed.is_empty() and wounded.is_empty() and "arrest" in classes and (
            STATE_ARREST_RE.search(text, draft.anchor.sentence.start, draft.anchor.sentence.end)
            or _state_did(text, draft.anchor.sentence, actor_matches)) and \
            not ("clash" in classes and began):
        # an arrest, whatever the arrested are said to have done (but not the arrest of men
        # who began a fight told with it: "Police arrested four ... (AQIS) terrorists after a
        # shootout ... the four terrorists opened fire at a Police mobile")
        return True
    if "clash" in classes and \
            not classes & {"suicide", "fidayeen", "grenade", "explosive", "overtake"} and \
            (ENCOUNTER_RE.search(span_text) or (
                state_named and GUN_BATTLE_RE.search(span_text))) and not began:
        return True  # an encounter: the security forces' operation, whoever was hurt
    if "operation" in classes and "militants" in harmed and \
            not classes & {"suicide", "fidayeen", "grenade", "explosive", "overtake", "kidnap",
                           "arson", "shelling"} and \
            ENCOUNTER_RE.search(text, lead.start, lead.end) and not began:
        # "Three terrorists and one Police commando were killed during an intelligence based
        # operation": militants fell in the state's operation, whoever else was hurt
        return True
    # (the forces' own wounded beside them: "Two CTD men suffered minor injuries")
    if began is None and harmed and (harmed <= {"militants"} or (
            set(killed.by_category) == {"militants"} and
            set(wounded.by_category) <= {"security_forces", "militants"})) and state_named and \
            not classes & {"suicide", "fidayeen", "kidnap", "overtake"}:
        # militants who answered the state's raid with fire, grenades or rockets, and only
        # they fell: "A joint team of the CTD ... raided the meeting point ... The militants
        # opened fire on the CTD team and fired rockets and hand grenades ... eight militants
        # were killed"
        return True
    if classes & {"suicide", "fidayeen", "grenade", "explosive", "kidnap", "overtake",
                   "arson"}:
        return False
    if killed.is_empty() and wounded.is_empty():
        # held by the state: "arrested" says so; "militants rounded up the villagers" is no
        # arrest
        return bool(classes & {"arrest", "operation"}) and not arrested.is_empty() and (
            state_named or bool(ARRESTED_RE.search(span_text))) and \
            not ("clash" in classes and began)
    if harmed and harmed <= {"militants"} and state_named and not began and (
            not classes <= {"armed", "attack"} or state_in_base or any(
                not _REPORTS_AFTER.match(span_text, m.end())
                for m in ARMED_STATE_DOER.finditer(span_text))):
        # (not a force that only tells of it: "The body of a former commander was found in a
        # forest ... Police said")
        return True
    if STATE_ACTION_RE.search(text, draft.anchor.sentence.start, draft.anchor.sentence.end) and \
            "security_forces" not in harmed and not began:
        # "killed in Police firing", "an encounter with the SFs": the state acted.
        return True
    return "air" in classes and state_named and not harmed - {"militants"}


def arrest_led(text: str, draft: Draft, actor_matches: Sequence[ActorMatch]) -> bool:
    """The incident opens with a state force arresting people and nothing else happening."""
    anchor = draft.anchor
    acts = anchor.acting_triggers
    if not acts or set(acts) - {"arrest", "operation"} or \
            any(f.measure in ("killed", "wounded") for f in anchor.figures):
        return False
    s = anchor.sentence
    return bool(STATE_ARREST_RE.search(text, s.start, s.end) or
                PASSIVE_ARREST_RE.search(text, s.start, s.end)) or \
        _state_did(text, s, actor_matches)


def foreign_force(perps: Sequence[perpetrators.PerpetratorFinding], place: Place | None,
                  actors: ActorBase) -> bool:
    """Whether a state force of the actor base acted outside the countries it serves."""
    if place is None or not place.country:
        return False
    for p in perps:
        actor = actors.get(p.perpetrator.actor) if p.perpetrator.actor else None
        if p.perpetrator.kind == "state" and actor is not None and actor.countries and \
                place.country not in actor.countries:
            return True
    return False
