"""Word lists the extraction stages share, declared as data.

Each trigger class maps to the ACLED sub-event type it suggests (the person nouns, each with
its casualty category, are in :mod:`eventwatch.extract.people`; the target phrases, each with
its GTD target type, in :mod:`eventwatch.extract.target_words`; the verbs that state a
casualty figure in :mod:`eventwatch.extract.measure_verbs`).  The lists are English and
place-neutral: nothing here names a country.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded
from eventwatch.extract.taking import DISAPPEARED, TAKEN_PEOPLE

# A wire story's dateline opening a sentence: "ZAMBOANGA CITY, Philippines (AP) — ",
# "PESHAWAR: " (optional; for patterns anchored at a sentence's start).
# (its country and day too: "BUNIA, Congo, March 9 (Reuters) - ")
WIRE_DATELINE = (r"(?:(?-i:[A-Z][A-Z.'’ -]+)(?:,\s*(?-i:[A-Z])[\w'’ .-]+){0,2}\s*"
                 r"(?:\([^)]{1,30}\)\s*)?(?::|—|–|--|-)\s+|"
                 # (or PTI's, a town in title case, its day and the agency: "Latehar, Feb 10
                 # (PTI) Armed rebels ...")
                 r"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s*(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\s*"
                 r"\([^)]{1,30}\)\s+)?")

# --- doers ----------------------------------------------------------------------------------
# A fight with the men of an armed group: "in a gunfight with cadres of the Zomi
# Revolutionary Army" (a clash between armed groups, no state's).
_GROUP_FIGHTS = r"gun[\s-]?fight|clash|fighting|exchange\s+of\s+fire"
_WITH_MEN_OF = r"\s+with\s+(?:the\s+)?(?:cadres|militants|fighters|members|rebels)\s+of"
# ... in a story's act: no state's operation (an "encounter" with them may be the forces')
GROUPS_FIGHT_RE = guarded(rf"\b(?:{_GROUP_FIGHTS}){_WITH_MEN_OF}\b|"
                          # (or between groups: "a gunfight between two armed groups at a
                          # Rohingya camp")
                          rf"\b(?:{_GROUP_FIGHTS})\s+between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?"
                          r"(?:armed|militant|rebel|insurgent|underground|jihadist|Islamist)\s+"
                          r"(?:groups|factions|outfits|organi[sz]ations)\b|"
                          # (or a named group's factions: "a gunfight between two rival
                          # factions of the United People's Democratic Front")
                          rf"\b(?:{_GROUP_FIGHTS})\s+between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?"
                          r"(?:factions|wings)\s+of\b", re.I)
# ... right before the other group's name, which fought (also in an "encounter")
GROUPS_FOUGHT_RE = re.compile(rf"\b(?:{_GROUP_FIGHTS}|encounter){_WITH_MEN_OF}\s+(?:the\s+)?$",
                              re.I)
# Words for the men of an armed group, named or not (perpetrator kind ``non_state``), and for
# attackers the text does not call militants (kind ``unknown``: they may be criminals).  The
# doer patterns of the perpetrator, incident and pipeline stages are built from these two.
# (Only the plural of "rebels", "cadres", "naxals": "a woman cadre was killed", "the GNLA
# rebel" name the victim or a man of a group already named far more often than a doer.)
MILITANT_NOUNS = (r"militants?|terrorists?|insurgents?|maoists?|rebels|extremists|"
                  r"naxal(?:ite)?s|cadres|ultras|fidayeen|fighters|"
                  # the words of the wire services elsewhere: "Separatists killed four
                  # soldiers" (Cameroon), "Suspected jihadists killed 15 volunteers" (Sahel)
                  r"jihadists|jihadis|separatists|guerrillas|islamists|dissidents|"
                  # Pakistan's official word for the TTP's men since 2024: "eight
                  # Indian-sponsored khwarij were sent to hell" (ISPR)
                  r"khwarij|khawarij|kharjis")
# ("bandits": Nigeria's north-west armed gangs, and "herdsmen" who attack farmers' villages,
# whom ACLED codes as unidentified armed groups and ethnic militias; and the gangs of Haiti
# and of Latin America: "Heavily armed gang members swept through a neighborhood")
# (and the dacoits of Sindh's and Punjab's riverine areas, bandits too: "when dacoits ambushed
# a police mobile")
ATTACKER_NOUNS = (r"gunm[ae]n|assailants?|attackers?|miscreants|armed\s+(?:men|youths?)|bandits|"
                  r"herdsmen|gang\s+members|gangsters|gangs|militiam[ae]n|militias|dacoits")
# A state force named as one that may act (operations.py; casualties: who took captives).
ARMED_STATE_DOER = guarded(
    r"\b(?:security\s+forces|SFs?|SFS|law\s+enforcement\s+agencies|law\s+enforcers|LEAs|"
    # "Chutia Police Station area" names a place, not a force that acted
    r"police(?!\s+(?:station|stations|post|outpost|lines?|limits|chowki|jurisdiction)\b)|"
    r"troops|soldiers|army|forces|Frontier\s+Corps|FC|Levies|Rangers|CTD|commandos|"
    r"gendarmes|gendarmerie|border\s+guards|"
    r"coalition|personnel)\b", re.I)

# A name in capitals (with its acronym in brackets) that says what its own men or drones did:
# "the KNDF said", "The Karenni Army (KA) said" (read by unnamed_doers and operations).
NAME_SAID = (r"\b(?P<np>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,5})\s+"
             r"(?:\((?-i:[A-Z]+)\)\s+)?said\s+")
# A body of a state named by its capitals, which speaks for its forces: "Ukraine's General
# Staff said its drones struck" (no group's claim).
_STATE_BODY = re.compile(r"\b(?:Staff|Ministry|Command|Government|Military|Army|Navy|"
                           r"Air\s+Force|Forces|Police|Guard|Corps)\b")


def names_state_body(name: str) -> bool:
    """The name is a state's force or body (its words, not the actor base's), which speaks
    for the state, not for a group: "the army", "Ukraine's General Staff"."""
    return bool(_STATE_BODY.search(name) or ARMED_STATE_DOER.search(name))

# Who may be killed beside a victim and counted with them: "X and his nephew", "a militant
# commander along with his aide" (casualties.py).
COMPANION_NOUNS = (r"aide|son|daughter|brother|sister|nephew|cousin|uncle|father|mother|wife|"
                   r"husband|friend|guard|bodyguard|driver|colleague|associate|accomplice|gunman|"
                   r"servant|(?:personal\s+)?security\s+officer")


def companion_category(who: str, victim: str | None) -> str | None:
    """The side of a companion killed beside a victim of ``victim``'s side: an aide is of the
    victim's side, the kin of a civilian or of a policeman are civilians (UCDP), a guard and a
    militant's kin are not known."""
    who = who.lower()
    if who in ("aide", "colleague", "associate", "accomplice", "gunman"):
        return victim
    if who in ("guard", "bodyguard") or who.endswith("security officer"):
        return None
    return "civilians" if victim in ("civilians", "security_forces") else None


# The forces' reply to an attack, told by its verb ("Police returned fire", "the troops
# retaliated", "fired back"): the target stage (those who replied are no target) and the toll
# stage (the reply's kill) read it.
REPLY_WORDS = r"retaliated|returned\s+(?:the\s+)?fire|fired\s+back|fought\s+back"

# --- event triggers -------------------------------------------------------------------------
# (class, pattern).  Order matters only for documentation; every class is searched.
# "executed" of people, not of an act carried out: "the attack was executed by a Mobile Team"
# (the look-behinds after the word: tried only where "executed" matched; also read by
# ``measure_verbs``)
EXECUTED = (r"executed(?<!attack\swas\sexecuted)(?<!attacks\swere\sexecuted)"
            r"(?<!operation\swas\sexecuted)(?<!plan\swas\sexecuted)"
            r"(?<!strike\swas\sexecuted)(?<!bombing\swas\sexecuted)"
            r"(?<!blast\swas\sexecuted)(?<!attack\shad\sbeen\sexecuted)")
TRIGGERS: dict[str, str] = {
    "suicide": r"suicide[\s-](?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|blast|explosion|"
               r"car[\s-]bomb(?:ing)?|jackets?|vests?|squad|strike|assault)|blew\s+(?:himself|"
               r"herself|themselves)\s+up|self[\s-]detonat\w*|fidayeen|suicide\s+attacker|"
               # "detonated the explosives strapped to his chest"
               r"explosives?\s+(?:(?:that\s+)?(?:was|were|had\s+been)\s+)?(?:strapped|tied|"
               r"wrapped)\s+(?:to|around)\s+(?:his|her|their)\s+(?:chest|body|bodies|waist)",
    # not the launchers in an arsenal: "rocket launchers and grenade launchers"
    # nor the grenade of a rocket-propelled grenade (an RPG: a rocket, shelling)
    "grenade": r"(?<!propelled\s)(?<!propelled-)(?:hand\s+)?grenades?(?:\s+attack)?"
               r"(?![\s-]+launchers?)|"
               # the press's "cracker", a small bomb thrown: "hurled a cracker at a Rangers
               # picket", "a cracker attack"
               # (or thrown, or told in the passive: "threw a cracker at the Rangers picket",
               # "A cracker was hurled at a Rangers picket in Naudero")
               r"(?<=\bhurled\sa\s)cracker|(?<=\blobbed\sa\s)cracker|(?<=\bthrew\sa\s)cracker|"
               r"cracker(?=\s+(?:was|were)\s+(?:hurled|lobbed|thrown))|cracker\s+attack",
    "shelling": r"rockets?(?:[\s-]propelled)?(?![\s-]+launchers?)|RPGs?|"
                r"mortars?(?:\s+(?:shells?|bombs?))?|"
                # (not a unit's name: "operation inside 166 Artillery Unit at Nagrota")
                r"shelling|artillery(?!\s+(?-i:[A-Z])\w+)|"
                r"missiles?|shells?\s+(?:landed|fired|hit)|"
                # (the act's verb: "RSF fighters ... shelled the besieged city of Kadugli")
                r"shelled|mortared|rocketed",
    "air": r"air[\s-]?strikes?|drones?(?:[\s-](?:strikes?|attacks?))?|"
           # militants' small drones: "terrorists dropped explosives from a quadcopter"
           # (one: "the use of quadcopters ... had become a new normal" tells no act)
           r"quadcopter(?:\s+(?:strikes?|attacks?))?(?!s)|"
           # a state's strike, named by its adjective: "An Israeli strike on a car"
           r"(?-i:Israeli|Russian|Turkish|American|Saudi|Ukrainian|Iranian)\s+strikes?|"
           # (and the bombs aircraft drop: "A Russian guided aerial bomb struck an industrial
           # enterprise", "glide bombs")
           r"(?:guided\s+)?(?:aerial|glide)\s+bombs?|"
           r"aerial\s+(?:bombardment|strikes?|raids?|"
           r"attacks?)|air\s+raids?|airstrikes?|bombed\s+by\s+(?:jets|aircraft)|"
           # the aircraft that struck: "Sudanese army aircraft bombed a residential area"
           # (or one jet: "A regime fighter jet bombed the morning market")
           r"(?:aircraft|warplanes?|(?:fighter\s+)?jets?|planes|helicopters)\s+(?:\w+\s+)?"
           r"(?:bombed|struck|hit|pounded|strafed)\b|"
           # (or dropped its bombs: "A junta aircraft dropped two bombs on the monastery")
           r"(?:aircraft|warplanes?|(?:fighter\s+)?jets?|helicopters)\s+dropped\b|"
           # (or that tracked the fighters first: "military aircraft tracked a column of the
           # retreating fighters to Doumbala ... and struck it")
           r"(?:aircraft|warplanes?|(?:fighter\s+)?jets)\s+(?:of\s+the\s+air\s+force\s+)?"
           r"(?:tracked|followed|spotted|located)\s+[^.;]{1,120}?\band\s+"
           r"(?:struck|bombed|hit|pounded)\b|"
           # (or that carried strikes out: "Israeli warplanes carried out three strikes on the
           # outskirts of Boudai")
           r"(?:warplanes?|(?:fighter\s+)?jets|aircraft)\s+(?:carried|launched)\s+(?:out\s+)?"
           r"(?:\w+\s+){0,2}?(?:air\s?)?(?:strikes|raids)\b|"
           # (or its aircraft's strikes told after: "the army said its aircraft had
           # "neutralised dozens of terrorists" in strikes on a gathering")
           r"(?<=its\s)aircraft(?=[^.;]{0,60}?\bin\s+(?:air\s+)?strikes\b)|"
           # a state's military that bombed, from the air: "Myanmar's military bombed a
           # Buddhist monastery"
           r"(?:military|junta|air\s+force)\s+(?:\w+\s+)?bombed\b|"
           # (or its air force that struck: "the army said its air force had struck a JNIM
           # logistics base")
           r"air\s+force\s+(?:had\s+|has\s+)?(?:struck|hit|pounded|targeted)\b|"
           # (or its air force's strikes: "strikes by Burkina Faso's air force on Sunday had
           # hit a column of fighters")
           r"strikes?\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?air\s+force|air\s+force\s+strikes?|"
           # (or its armed forces, told by them: "Colombia's armed forces said on Monday they
           # had bombed a camp of FARC dissidents")
           r"armed\s+forces\s+(?:said\s+[^.;]{0,40}?\bthey\s+had\s+|had\s+)?bombed\b|"
           # not gunships only deployed: "reinforcements and helicopter gunships had been
           # moved into the area"
           r"gunships?(?!\s+(?:had|have|has)?\s*(?:been\s+|were\s+|was\s+|are\s+)?"
           r"(?:moved|deployed|sent|called|rushed|dispatched|requisitioned|summoned)\b)",
    "explosive": r"improvised\s+explosive\s+devices?|IEDs?|VBIEDs?|remote[\s-]controlled\s+"
                 r"devices?|(?:car|roadside|time|remote[\s-]controlled|magnetic|planted|parcel|"
                 r"bicycle|motorcycle)[\s-]bombs?|"
                 # a petrol bomb in one word: "from a firebomb attack"
                 r"fire[\s-]?bomb(?:s|ed|ing|ings)?|molotov\s+cocktails?|"
                 # not a trade or a workshop: "a bomb making expert", "a bomb factory"
                 # (nor a mortar's: "fired mortar bombs at forward posts" is shelling)
                 r"(?<!mortar\s)bomb(?:s|ing|ings)?(?![\s-]?(?:mak|manufactur|expert|factor))|"
                 # (not a shell of the shelling: "A mortar shell exploded in the courtyard")
                 r"blast(?:s|ed)?|explosions?|(?<!shell\s)(?<!shells\s)(?<!round\s)"
                 r"(?<!rounds\s)(?:exploded|explod\w+)|"
                 r"explosive(?:s|\s+devices?)?|land\s?mines?|mines?\s+blast|went\s+off|"
                 # (a mine by its kind: "set off an anti-personnel mine")
                 r"anti[\s-](?:personnel|tank|vehicle)\s+mines?|"
                 # not a part found: "300 meter detonating cord"
                 r"blew\s+up|blown\s+up|detonat\w+(?![\s-]+(?:cords?|fuses?|wires?)\b)|"
                 # an attempt made: "suspected militants made a bid to blow up a bunker"
                 r"(?<=bid\sto\s)blow\s+up|(?<=attempt\sto\s)blow\s+up|"
                 r"(?<=tried\sto\s)blow\s+up",
    # (not work the militants stopped: "The ongoing construction work of an interstate
    # bridge ... was thwarted by the Naxalites")
    "defused": r"defused|diffused|defuse\w*|(?:foiled|thwarted)(?!\s+by\s+(?:the\s+)?(?:Naxal|"
               r"Maoist|militant|insurgent|rebel|terrorist|cadre|miscreant)\w*)|"
               r"bomb\s+disposal\s+squad\s+"
               r"(?:defused|recovered)|"
               # a controlled disposal: "the grenade was safely detonated later", "the IED
               # was destroyed by a Bomb Disposal Squad", "exploded it at a safe place"
               r"safely\s+(?:detonated|exploded|destroyed|disposed\s+of|set\s+off)|"
               r"(?:detonated|exploded|destroyed|set\s+off)\s+(?:\w+\s+){0,3}?safely|"
               r"(?:detonated|exploded|destroyed)\s+(?:it|them)?\s*(?:at|in)\s+(?:a\s+)?"
               r"(?:nearby\s+)?safe\s+(?:place|location|spot|distance)|"
               r"controlled\s+(?:explosion|detonation)|"
               # found and made safe by the forces: "detected and destroyed 125 IEDs"
               r"(?:detected|found|recovered|located|traced)\s+and\s+(?:destroyed|defused|"
               r"neutrali[sz]ed|disposed\s+of)|"
               r"(?:destroyed|detonated)\s+(?:\w+\s+){0,4}?by\s+(?:a|the)\s+bomb\s+disposal|"
               r"disposed\s+(?:of|off)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:bombs?|explosives?|IEDs?|"
               r"grenades?|devices?|shells?)\b|"
               r"neutrali[sz](?:ed|ing)\s+(?:[\w-]+\s+){0,4}?(?:bombs?|IEDs?|explosives?|"
               r"(?:land)?mines?|grenades?|devices?)\b|"
               # a bomb planted and found before it went off (ACLED's disrupted weapons use):
               # "An IED was found planted at the gate", "recovered a powerful Improvised
               # Explosive Device (IED) planted by the Maoists", "A bomb planted near the
               # school was found"
               r"(?:found|detected|spotted|recovered|unearthed|retrieved)\s+"
               r"(?:[\w()’'-]+\s+){0,8}?planted\b|"
               r"planted\b(?=[^.;]{0,150}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
               r"(?:\w+\s+){0,2}?(?:found|recovered|detected|unearthed|retrieved|spotted)\b)",
    # not a unit named for the act: "a counter kidnapping cell", "anti-kidnapping squad"
    # nor a gang named for its trade: "members of a kidnappers gang"
    # (not the one sought: "returning from a search for a kidnapped rancher")
    "kidnap": r"(?<!counter[\s-])(?<!anti[\s-])(?<!search\sfor\sa\s)(?<!search\sfor\sthe\s)"
              r"(?:kidnap\w*|abduct\w*)(?!\s+gangs?\b)|"
              r"taken\s+hostage|"
              r"held\s+hostage|hostages?|"
              # people taken by the attackers: "four others captured by terrorists"
              r"captured\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:terrorists|militants|"
              r"insurgents|rebels|maoists|taliban|abductors|kidnappers)|"
              # (not the wounded carried off by their own side: "Both the victims were taken
              # away by their accomplices")
              r"whisked\s+away|(?:were|was|been|being)\s+taken\s+away(?!\s+by\s+(?:their|his|"
              r"her)\s+(?:own\s+)?(?:accomplices|associates|companions|comrades|colleagues|"
              r"relatives|family|friends|men))|"
              # taken by force: "were forcibly taken from their homes ... by an armed squad"
              r"forcibly\s+(?:taken|took|picked\s+up)|"
              rf"took\s+(?:him|her|them)\s+away|took\s+away\s+(?:\w+\s+){{0,3}}{TAKEN_PEOPLE}|"
              # (or a man by his name and age: "took Sukhram Usendi, 42, away from his house")
              r"took\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,2}(?:\s*,\s*\d{1,2}\s*,)?\s+away\b|"
              rf"seized\s+(?:\w+\s+){{0,3}}{TAKEN_PEOPLE}(?![’'])|{DISAPPEARED}",
    "clash": r"encounters?|clash(?:es|ed)?|gun[\s-]?battles?|gunfights?|fire[\s-]?fights?|"
             r"exchanges?\s+of\s+fire|fire\s+exchange|"
             # "exchanged heavy firing with Communist Party of India Maoist (CPI Maoist) top
             # cadre Sudhakaran"
             r"exchanged\s+(?:heavy\s+|intense\s+|fierce\s+)?(?:gun)?(?:fires?|firing)|"
             r"shoot[\s-]?outs?|cross[\s-]?fir(?:e|ing)|"
             # (not an aim, "pressure on the government to retaliate", nor a motive, "In
             # retaliation, the shopkeeper filed blasphemy charges")
             r"(?<!\bto\s)(?:(?<!\bin\s)retaliation|retaliat(?!ion)\w+)|"
             r"returned\s+(?:the\s+)?fire|(?:fired|fought)\s+back|"
             r"fighting\s+(?:broke|erupted|between)|"
             # "Soldiers repelled the assault after nearly three hours of fighting"
             r"hours\s+of\s+(?:heavy\s+|fierce\s+|intense\s+)?fighting|"
             # (or beat it back: "the personnel on duty repulsed the attack, killing two of
             # the attackers")
             # (the statement's quoted word too: 'troops had "repelled" the attack')
             r"[\"“‘']?(?:repelled|repulsed|fought\s+off|beat\s+back)[\"”’']?\s+(?:the|an?)\s+"
             r"(?:[\w-]+\s+)?(?:attack|assault|raid|attackers|assailants|militants|terrorists)\b|"
             # ("before troops, backed by an air force jet, pushed them back")
             r"pushed\s+(?:them|the\s+(?:attackers|assailants|militants|fighters))\s+back\b|"
             r"(?:attack|assault|raid)\s+(?:was|had\s+been)\s+(?:repelled|repulsed|beaten\s+back)|"
             # (and the dead of the fight: "At least four police officers were killed in the
             # fighting")
             r"(?<=killed\sin\sthe\s)fighting|(?<=wounded\sin\sthe\s)fighting|"
             r"(?<=injured\sin\sthe\s)fighting|"
             # the forces' fight to clear a place the attackers held: "all five attackers
             # were killed in a clearance operation that lasted nearly six hours"
             r"clearance\s+operations?",
    "armed": r"(?:heavily\s+)?armed\s+(?:men|terrorists|militants|assailants|attackers|"
             # "in an armed attack at a welfare office": the attack's arms are its method
             r"gunmen|attacks?|assaults?)|gun\s+attacks?|gun[\s-]?fire|opened\s+(?:\w+\s+){0,2}?fire|"
             # "their vehicle came under fire"
             r"under\s+(?:heavy\s+)?fire\b|"
             # not "fired at least 20 rockets", nor "fired rockets at" (shelling's words)
             # ("fired several times at", "fired four bullets at")
             r"fired\s+(?:(?!(?:rockets?|mortars?|shells?|grenades?|missiles?)\b)\w+\s+){0,2}?"
             r"(?:at(?!\s+least)|upon|on)|"
             r"fired\s+indiscriminately|slit(?:ting)?\s+(?:his|her|their|the)\s+throats?|"
             r"stray\s+bullets?|bullet\s+(?:injuries|wounds)|machete\s+attack|"
             r"sprayed\s+(?:[\w’'-]+\s+){0,4}?with\s+bullets|"
             r"(?:with|using|used)\s+(?:automatic|small|sophisticated|heavy|light\s+and\s+heavy)\s+"
             r"(?:weapons|arms|rifles|guns)|"
             r"attacked\s+with\s+(?:machetes?|knives|axes|daggers|sharp[\s-]?\w*\s+"
             r"(?:weapons?|objects?))|"
             # a blade named as the means: "killed him with an axe"
             r"(?:with|using)\s+(?:an?\s+|sharp\s+)?(?:axes?|knife|knives|machetes?|daggers?|"
             r"swords?|sharp[\s-]edged\s+\w+|sharp\s+objects?)\b|"
             r"blade\s+weapons|sharp[\s-]edged\s+weapons|"
             # the means of a killing: "The youth was killed with sharp weapons" (not a list
             # of arms recovered: "a firearm, ammunition, sharp weapons")
             r"(?<=\bwith\s)sharp\s+weapons|"
             # the blade its holders are named by: "machete wielding attackers killed"
             r"(?:machete|knife|axe|sword|dagger)[\s-]?wielding(?=\s+(?:attackers|assailants|"
             r"men|miscreants|youths|gunmen|militants)\b)|shot\s+(?:dead|at|and|"
             r"him|her|them|down|killed)|gunned\s+down|gun(?:ned)?men|shooting|firing|"
             # a force's fire named by its side: "injured by Indian fire", "in cross-border fire"
             r"(?<=\sby\s)(?:(?-i:[A-Z])[a-z]+|enemy|unprovoked|hostile|sniper)\s+fire\b|"
             r"(?:cross[\s-]border|enemy|unprovoked|hostile|sniper)\s+fire\b|"
             # (not a kind of craft or weapon: "with the help of fast attack craft (FAC)",
             # "attack helicopters", "assault rifles")
             r"ambush\w*|stormed|attack(?:ed|s|ing)?(?!\s+(?:craft|helicopters?|aircraft|boats?|"
             r"submarines?|dogs?|vessels?)\b)|"
             r"assault(?:ed|s)?(?!\s+(?:rifles?|weapons?|guns?|craft|boats?)\b)|"
             # (not a deal struck, nor a law struck down: "the peace deal struck between NSCN
             # K and NSCN KK", "struck a deal with", "struck down a dozen")
             r"(?<!deal\s)(?<!pact\s)(?<!accord\s)(?<!agreement\s)struck"
             r"(?!\s+(?:a\s+deal|down|no\b))|shot|siege|"
             r"target(?:ed)?\s+killing|beheaded|slaughtered|stabbed|"
             r"hacked(?=\s+(?:to\s+death|with|him|her|them|down|by\s+(?!hackers)))|"
             r"killed|killing|murdered|bullet[\s-]riddled|bodies|body\s+of|"
             # the forces' word for killed, with the counted dead after it: "troops engaged a
             # khwarij hideout near Makeen ... and neutralised three of them"
             # (quoted, and counted about: 'its forces had "neutralised" three PKK members',
             # "neutralising about 15 terrorists")
             r"neutrali[sz](?:ed|ing)(?=[\"'’”]?\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
             r"at\s+least\s+|over\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six|seven|"
             r"eight|nine|ten|several|dozens)\b)|"
             # killed by a group, not put to death by a court: "executed by GNLA militants"
             rf"{EXECUTED}(?=\s+by\s+(?!(?:the\s+)?(?:state|government|court|hanging)\b))|"
             r"(?:militants|terrorists|insurgents|maoists|rebels|gunmen)\s+targeted",
    "unarmed": r"beat(?:en)?\s+(?:up|to\s+death)|beat\s+(?:him|her|them|\w+)\s+up|thrashed|"
               r"tortured|lynched|stoned\s+to\s+death|strangled|assaulted\s+with\s+"
               r"(?:sticks|stones|rods|fists)",
    "arrest": r"arrest(?:ed|s)?|detain(?:ed)?|apprehended|nabbed|rounded\s+up|"
              r"taken\s+into\s+custody|held\s+(?=\w+\s+(?:suspects|militants))|"
              r"captured\s+(?:alive|\w+\s+(?:militants|terrorists|suspects))",
    "operation": r"(?:search|combing|cordon|military|security|intelligence[\s-]based|"
                 r"clearance)[\s-](?:and[\s-]search\s+)?operations?|raid(?:s|ed)?|cordon(?:ed)?",
    "overtake": r"(?:captured|seized|overran|took\s+control\s+of|taken\s+over)\s+(?:\w+\s+){0,3}"
                r"(?:check[\s-]?points?|check[\s-]?posts?|posts|villages|district|"
                # ("the Arakan Army said it had captured a junta outpost on a hill")
                r"headquarters|bases|bunkers|town|outposts?|(?:army|military)\s+(?:base|camp))",
    # ("set a mobile phone tower and its generator on fire")
    "arson": r"torched|set(?:ting)?\s+(?:[\w’'-]+\s+){0,8}?(?:on\s+fire|ablaze|alight)|"
             # "has set fire to the printing press"
             r"set(?:ting)?\s+fire\s+(?:to|on)|burnt|burned|arson|"
             r"vandali[sz]ed|demolished|razed|ransacked",
}
# Guarded (see ``fastre``): each class scans the whole text once, fast.
TRIGGER_RE = {cls: guarded(rf"\b(?:{pat})\b", re.I) for cls, pat in TRIGGERS.items()}
# Substrings (of the lower-cased text) without which a class cannot match: a cheap test
# that skips most class scans on most texts.  Classes not listed always run.
TRIGGER_NEEDS: dict[str, tuple[str, ...]] = {
    "suicide": ("suicid", "blew", "fidayeen", "self", "strapped", "tied", "wrapped"),
    "grenade": ("grenade", "cracker"),
    "shelling": ("rocket", "rpg", "mortar", "shell", "artiller", "missile"),
    "air": ("air", "drone", "aerial", "quadcopter", "gunship", "bombed by", "i strike", "n strike",
            "h strike", "warplane", "jets", "planes", "helicopters", "bombed", "dropped"),
    "defused": ("defus", "diffus", "foil", "thwart", "safe", "controlled", "disposal",
                "and destroyed", "and neutrali", "and disposed", "planted", "disposed",
                "neutrali"),
    "kidnap": ("kidnap", "abduct", "hostage", "whisked", "took", "taken", "captured by",
               "forcibly", "seized", "bundled", "picked up"),
    "overtake": ("captured", "seized", "overran", "control of", "taken over"),
    "arson": ("torch", "set", "burn", "arson", "vandali", "demolish", "razed", "ransack"),
    "operation": ("operation", "raid", "cordon"),
    "unarmed": ("beat", "thrash", "tortur", "lynch", "stoned", "strangl", "assaulted with"),
}

# The family of act each trigger class belongs to: two sentences of one family may tell one
# incident; a new family with a toll of its own opens another.
FAMILIES = {
    "suicide": "bomb", "grenade": "bomb", "shelling": "bomb", "explosive": "bomb",
    "defused": "bomb", "air": "air", "armed": "armed", "clash": "armed", "kidnap": "armed",
    "overtake": "armed", "arson": "armed", "unarmed": "armed", "arrest": "arrest",
    "operation": "arrest",
}

# Events whose trigger alone never starts an incident (they need a casualty or an act).
WEAK_TRIGGERS = {"operation", "armed", "kidnap", "arrest", "clash", "defused", "arson",
                 "unarmed"}

# Phrases that mark a sentence as background: past activity, not a new incident.
# A capitalised word just before a position, not the first word of a sentence: the name an
# age follows ("Mangru Portet 48"), the place a bazaar is named after ("Bara Bazaar").
CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$")
# Whose someone or something is, right before it: "his two other gunmen", "his vehicle".
OWNER_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.I)

# A past months or years away, in a sentence with no day of its own: "A few months back,
# some unidentified persons triggered a bomb blast", "they exploded a bomb ... two months
# ago" (not a hostage's abduction, the start of what the story tells: "militants had
# abducted him two months ago and his body was found ... on April 4").
AGO_RE = guarded(r"\b(?:a\s+few|few|some|several|many|a|one|two|three|four|five|six|seven|"
                 r"eight|nine|ten|eleven|twelve|\d+)\s+(?:months?|years?)\s+(?:ago|back)\b",
                 re.I)

BACKGROUND_RE = guarded(
    # (an act "earlier this month" told with its own place and count is a recent incident,
    # as the wires tell one: "Earlier this month, armed men torched two passenger buses on the
    # same highway near Khuzdar"; one told as like this one is background: "Earlier this
    # month, three policemen were injured in a similar ambush")
    r"\b(?:in\s+the\s+past|previously|earlier\s+(?:this\s+year|last\s+(?:year|month))|"
    r"(?<![\w,;]\s)last\s+year(?=\s*,)|"  # (a year's act told first: "Last year, Indian shelling")
    r"earlier\s+this\s+month\b(?=[^.;]*\bsimilar\b)|"
    # ("the movement has received serious setbacks in recent times in the form of encounter
    # deaths")
    r"in\s+(?:the\s+)?recent\s+(?:times|past)|"
    # "Mogo had earlier been arrested by the Police but was released on bail", "the
    # militants had earlier demanded a ransom of INR 100000 after abducting the contractor"
    r"had\s+earlier\s+(?:been|\w+ed)\b|"
    # "Rahul had been arrested in North Garo Hills District sometime ago"
    r"had\s+been\s+(?:[\w-]+\s+){1,8}?(?:some\s?time|long)\s+(?:ago|back)|"
    # what began a state of things: "was receiving death threats since the day he had
    # arrested a number of militants"
    r"(?:ever\s+)?since\s+the\s+day\s+(?:he|she|they|it|we|I)\b|"
    # a like act before this one: "Last year on April 18, a passenger bus had escaped a
    # similar low intensity landmine blast on the same route" (not "In a similar incident",
    # which opens a new one)
    r"had\s+(?:\w+\s+){1,2}?a\s+similar\b|"
    r"(?:was|is)\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+(?:such\s+)?"
    r"(?:suicide\s+)?(?:attack|incident|blast)|"
    # ("IS-K has repeatedly attacked the minority Hazara community")
    r"(?:has|have)\s+repeatedly\s+(?:attacked|targeted|struck|bombed|killed|carried\s+out)\b|"
    r"(?:has|have|had)\s+(?:been\s+)?(?:carried\s+out|conducted|claimed|killed|targeted)\s+"
    r"(?:several|many|numerous|a\s+number\s+of|similar|such|scores|frequent|repeated|regular|"
    # ("IS has carried out a series of attacks on mosques since the Taliban returned")
    r"countless|a\s+(?:series|string|spate|wave)\s+of)|"
    r"involve(?:d|ment)\s+in\s+(?:the\s+)?(?:\w+\s+)?(?:incidents|attacks|killings|cases|"
    r"blasts|bombings|murders)|prime\s+suspects?|"
    r"wanted\s+in|since\s+(?:19|20)\d\d|acts?\s+of\s+terrorism|"
    # (or since a month of a year: "the deadliest ... since January 2025, when Maoists blew up
    # a vehicle in Bijapur")
    # (not a state of things since then: "have been engaged in a bitter fight ... since
    # November 2014 and in a recent clash two people were killed")
    r"since\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\s*,"
    r"\s*when\b|"

    r"(?:the\s+)?(?:\w+\s+)?attacks\s+(?:took\s+place|were\s+(?:carried|reported|claimed))|"
    # a retelling: "As reported earlier, at least four persons ... were killed"
    r"as\s+(?:was\s+)?(?:reported|mentioned)\s+(?:earlier|previously)|"
    r"as\s+(?:was\s+)?(?:earlier|previously)\s+(?:reported|mentioned)|"
    r"(?:may|might|should)\s+be\s+recalled|"
    # a person's history: "I have been a target of bomb blasts and firing" (any case, so
    # that the whole pattern can scan the article's lower-cased copy, 2.5 times as fast)
    r"(?:i|we|he|she|they)\s+(?:has|have)\s+(?:also\s+)?been\s+(?:a|the)\s+"
    r"target\s+of|"
    r"responsible\s+for\s+(?:several|many|numerous|a\s+number|the\s+killing\s+of\s+\w+\s+"
    r"people\s+in)|routed|most\s+of\s+the\s+attacks|condemn\w*|"
    r"referring\s+to|anniversary|mastermind\w*|charge[\s-]?sheet\w*|convicted|"
    # (not the "sentence" of a rebels' kangaroo court: "abducted ... and later, sentenced
    # to death in a kangaroo court")
    r"sentenced(?!\s+to\s+death\s+(?:in|by|at)\s+(?:a|an|the|their)\s+(?:[\w’'-]+\s+)?"
    r"(?:kangaroo|people\W?s|praja|jan|peoples)\b)|"
    r"verdict|trial|tribunal|testif(?:ied|ies|y)|testimony|prosecution\s+witness|"
    r"accused\s+(?:in|of)|remand|hearing|in\s+memory\s+of|(?:paid|pay|paying)\s+(?:a\s+)?tributes?|"
    r"was\s+behind\s+the|planned\s+to|to\s+plan|plans?\s+to|plotting|interrogation|"
    r"confessed|disclosed|"
    # (not a patient "admitted to hospital")
    r"admitted\s+(?:that\s+)?(?:they|he|she)\s+had|"
    r"called\s+for|threat(?:ened|ening)?\s+to|warned\s+of|(?:fears?|threats?|possibility|"
    r"risk)\s+of\s+(?:an?\s+)?(?:\w+\s+){0,6}?(?:attacks?|strikes?|blasts?)|impending|"
    r"possible\s+(?:\w+\s+)?attacks?|high\s+alert|"
    # an act to come: "announced ... that they would orchestrate a wave of revenge attacks"
    # (not "will": a claim's threat of more, "we will carry out even bigger attacks")
    r"would\s+(?:carry\s+out|orchestrate|launch|unleash|stage|mount|step\s+up|"
    r"intensify)|"
    # a decision or a pledge to act: "US authorities on December 2 agreed to step up air
    # strikes, including drone attacks", "vowed to launch attacks on members of the PML N"
    r"(?:agreed|decided|decides|vowed|vows|pledged|promised|resolved)\s+to\s+(?:step\s+up|"
    r"intensify|carry\s+out|launch|conduct|expand|increase|resume)|"
    # plans of an act, not of a victim's life ("a former cadre planning to surrender")
    r"planning(?!\s+to\s+(?:surrender|quit|leave|return|join|go|visit|contest|marry))|"
    # "the Crime Investigation Department" is a police branch, not an investigation, and "said
    # CTD Investigation officer Naveed" names who told the story
    # "as per preliminary investigation, Maoists had branded him an informer" attributes
    # what follows; it does not make the sentence background
    # (nor "the Crime Investigation Agency (CIA) Police"; but the National Investigation
    # Agency's stories are mostly investigations)
    r"conspiracy|probe|probing|(?<!preliminary\s)(?<!initial\s)investigat\w+"
    # (nor a unit named for its work: "Financial Crime Investigation Unit")
    r"(?!\s+(?:department|agency\s+(?:\([A-Z]+\)\s+)?police|officers?|officials?|units?|wings?|"
    r"cells?|branch|bureau)\b)|"
    r"inquiry|enquiry|"
    r"case\s+(?:registered|filed)|"
    # (a victim "released on bail" or "out on bail" is no case told)
    r"filed\s+(?:\w+\s+)?cases?|acquitted|(?<!released\son\s)(?<!release\son\s)"
    r"(?<!out\son\s)bail|"
    r"compensation|cheques|(?:contribut|donat)(?:ed|ing)|pressed\s+charges|"
    r"(?:may|might|could)\s+have\s+(?:been\s+)?|"
    r"activities\s+(?:like|such\s+as)|blast\s+case|bombing\s+case|attack\s+case|"
    # a court as the scene of a case, not a court (or judge) attacked
    r"court\s+(?:case|proceedings|order|hearing)|(?:before|produced\s+in|appeared\s+in|"
    r"moved)\s+(?:the\s+|a\s+)?(?:\w+\s+)?court)\b",
    re.I,
)

# An attack referred to by its name ("the Pulwama attack", "the January 2, 2016 Pathankot
# terror attack", "the Mumbai serial blasts") is a reference to a past event, not a report.
NAMED_ATTACK_RE = guarded(
    r"\b(?:the|[Tt]he|in)\s+(?:[A-Z][\w.]*\s+|\d{1,2},?\s+|(?:19|20)\d\d,?\s+){1,5}"
    # "the Pathankot airbase terror attack"; not "the Mastung bus attack on Tuesday killed
    # 20", which reports one
    r"(?:(?:airbase|air\s+base)\s+)?"
    r"(?:[Tt]error(?:ist)?\s+)?(?:serial\s+)?(?:attacks?|blasts?|bombings?|massacre|carnage)\b|"
    # a past attack named by its full date: "after the May 29, 2015, bus attack in Mastung"
    r"\b(?:the|[Tt]he)\s+[A-Z][a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d,?\s+(?:[a-z]+\s+){0,2}"
    r"(?:[Tt]error(?:ist)?\s+)?(?:attacks?|blasts?|bombings?)\b")

# A state of things over decades, told with "has" or "have" (apart from BACKGROUND_RE, so
# that its required word lets most sentences skip it): "has been plagued by attacks by Boko
# Haram and its rival Islamic State West Africa Province for more than a decade" (a state
# that goes on, not a man's record: "Portet engaged in the movement for more than two
# decades").
DECADES_RE = guarded(r"\b(?:has|have)\s+[^.;]{0,100}?\bfor\s+(?:more\s+than\s+|over\s+|"
                     r"nearly\s+|almost\s+)?(?:a|two|three|four|several)\s+decades?\b", re.I)

# An act told as another: "In a separate incident", "In a separate intelligence-based
# operation in the Tappi area on Monday night".
SEPARATE_ACT = r"in\s+a\s+separate\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|operation|raid)"
# Discourse markers that open a separate incident.
NEW_INCIDENT_RE = re.compile(
    r"^\W*(?:in\s+(?:an|a)\s*other\s+(?:incident|attack|development)|"
    rf"{SEPARATE_ACT}|separately|meanwhile|"
    r"in\s+the\s+meantime|elsewhere|"
    r"in\s+a\s+similar\s+incident|also\s+on|similarly|later|earlier|"
    # (or another place of the same province: "Also in Kech, unidentified men hurled a hand
    # grenade")
    r"also\s+in(?=\s+(?-i:[A-Z]))|"
    # "On the same night, armed men set fire to a mobile phone tower": another act that day
    r"(?:on|during)\s+the\s+same\s+(?:night|day|evening|morning|afternoon)|"
    # "Hours later, a magnetic bomb attached to a car exploded": another act, a while after
    r"(?:hours|minutes|moments|shortly)\s+later|"
    # (or later that day: "Late on Monday night, unidentified men set fire to a mobile phone
    # signal tower", after the morning's bomb)
    r"late\s+on\s+\w+day\s+(?:night|evening)(?=\s*,))\b|"
    # a round-up's section heading on a line of its own: "Rakhine State\nThe Arakan Army
    # said ... it had captured a junta hilltop outpost"
    r"^(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'’.-]*|of|and|the)){0,3}[ \t]+"
    r"(?-i:Region|State|Province|Division|District|Governorate|County|Department)[ \t]*\n",
    re.I,
)
SEPARATE_COUNT_RE = guarded(
    r"\b(?P<n>two|three|four|five|2|3|4|5)\s+(?:(?:separate|different)\s+(?:\w+\s+)?"
    r"(?:incidents|attacks|encounters|blasts|explosions|clashes|operations|engagements)|"
    # (or the forces' operations, counted: "Security forces killed six terrorists in two
    # intelligence-based operations (IBOs) in North Waziristan")
    r"(?:intelligence[\s-]based\s+|search\s+|security\s+)?(?:operations|IBOs)\b)", re.I)
# ... or whose subject counts the acts: "Two bombs exploded in Kabul on Monday, killing at
# least seven", "Two US drone strikes killed at least 21 militants", "Twin blasts rocked".
COUNTED_ACTS_RE = guarded(
    rf"^\W*{WIRE_DATELINE}(?P<n>two|three|four|twin|2|3|4)\s+(?:[\w.-]+\s+){{0,2}}?"
    r"(?:bombs|blasts|explosions|bombings|strikes|airstrikes|suicide\s+attacks)\s+"
    r"(?:exploded|went\s+off|hit|struck|killed|rocked|ripped|targeted)\b", re.I)
# ... or that names two acts of different kinds as the toll's: "At least 27 people were
# killed in a drone strike and a rebel ambush in Ethiopia's Amhara region this week".
_ACT_NOUN = r"(?:strike|air\s?strike|ambush|attack|bombing|blast|raid|shelling)"
TWO_ACTS_RE = guarded(rf"\bin\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?P<first>{_ACT_NOUN})\s+and\s+an?\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?P<second>{_ACT_NOUN})\b", re.I)
# A lead that sums up victims of several places: "Police found three men shot dead from
# different parts of Karachi", "six persons were killed in separate incidents".
SEPARATE_PLACES_RE = guarded(
    r"\b(?:in|from|at)\s+(?:different|various|separate)\s+(?:parts|areas|places|localities|"
    r"locations|incidents|attacks|shootings)\b|"
    # ("... and three terrorists were killed in a CTD raid in Dera Ismail Khan in a string of
    # incidents in the southern districts over the weekend")
    r"\bin\s+an?\s+(?:string|series|spate|wave)\s+of\s+(?:[a-z]+\s+)?(?:incidents|attacks|"
    r"shootings|killings)\b|"
    # (or the doers' string of them: "Suspected insurgents carried out a string of attacks in
    # Thailand's Deep South over the past week")
    r"\b(?:carried\s+out|staged|launched|mounted)\s+an?\s+(?:string|series|spate|wave)\s+of\s+"
    r"(?:[a-z]+\s+)?(?:attacks|bombings|shootings|killings)\b|"
    # ("... was gunned down in Kambar in incidents reported from upper Sindh on Wednesday")
    r"\bin\s+incidents\s+reported\s+(?:from|in|across)\b|"
    # ("Israeli strikes and fire killed three people and wounded at least seven across
    # Lebanon between Tuesday morning and Wednesday morning")
    r"\b(?:killed|wounded|injured)\b[^.;]{0,60}?\bacross\s+(?:the\s+)?(?:country|region|"
    r"province|(?-i:[A-Z][a-z]+)\s+(?:between|on|in|over|since)\b)|"
    # ("Militants targeted police in two districts of Khyber Pakhtunkhwa", "in attacks across
    # three northern states")
    r"\b(?:in|across)\s+(?:two|three|four|several)\s+(?:[a-z]+\s+)?(?:districts|provinces|"
    r"towns|states|regions)\b|"
    # ("Militia attacks in Congo's northeastern Ituri and North Kivu provinces killed at least
    # 24 civilians over the past week")
    r"\battacks\b[^.;]{0,120}?\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|weekend|"
    r"few\s+days|(?:two|three|four)\s+days)\b|"
    # (or a week's dead in two units: "in Kachin State and Bago Region this week")
    r"\b(?:killed|wounded|injured)\b[^.;]{0,60}?\bin\s+(?:(?-i:[A-Z])[\w-]+\s+){1,2}"
    r"(?-i:State|Region|Province|Division)\s+and\s+(?:(?-i:[A-Z])[\w-]+\s+){1,2}"
    r"(?-i:State|Region|Province|Division)s?\s+(?:this|last)\s+week\b", re.I)
