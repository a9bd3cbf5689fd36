"""The words for what an attack aimed at, each with the GTD target type it gives, declared as
data (read by :func:`eventwatch.extract.types.target_type`), the target type a state force
of the actor base gives by its name (:func:`force_target`), and the readings of a target word
that name no target (:func:`not_a_target`: a word of the doers' name, a place's name, who
found or told of it ...).  English and place-neutral, as the rest of
:mod:`eventwatch.extract.lexicon`, whose person nouns they share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import REPLY_WORDS
from eventwatch.extract.people import REBEL_ARMY_RE, TRIBAL_NOUN
from eventwatch.extract.phrases import DOER_AFTER

__all__ = ["CLERIC_TITLES", "GENERIC_VEHICLE", "GROUP_AFTER_NAME", "IN_PLACE_NAME",
           "OFFICIAL_OWNER_BEFORE", "OWNER_OFFICIAL_RE", "TARGETS", "TARGET_RE",
           "TARGET_UNKNOWN_RE", "TARGET_WAS",
           "force_target", "not_a_target"]

# A firm the machines told before belong to: "... and a backhoe of a mining contractor".
_OF_A_FIRM = (r"(?:\s+and\s+(?:an?\s+)?[\w-]+)?\s+(?:of|belonging\s+to)\s+(?:an?|the)\s+"
              r"(?:[\w-]+\s+){0,2}?(?:contractors?|compan(?:y|ies)|firms?)\b")
TARGETS: list[tuple[str, str]] = [
    ("educational_institution", r"(?<!left\sfor\s)(?<!leaving\sfor\s)(?<!way\sto\s)"
                                # (not where the victims were going: "as the brothers left
                                # for school", "on their way to school")
                                r"schools?|college(?!\s+of\s+police)|universit(?:y|ies)|"
                                r"madrass?as?|seminar(?:y|ies)|students?|teachers?|"
                                # a school's head: "killed the headmaster of a lower primary
                                # school"
                                r"head\s*masters?|head\s*mistress(?:es)?|head[\s-]?teachers?|"
                                r"schoolchildren"),
    ("religious_figures_institutions", r"mosques?|imam\s*bargahs?|imambargahs?|shrines?|"
                                       r"churche?s?|cathedrals?|chapels?|synagogues?|"
                                       r"temples?|gurdwaras?|clerics?|monks?|monaster(?:y|ies)|pagodas?|"
                                       r"(?:Buddhist|Hindu|Catholic|Christian)\s+priests?|"
                                       r"prayer\s+leaders?|worshippers?|pilgrims?|"
                                       r"religious\s+(?:scholar|leader|gathering)s?|"
                                       # "A Sufi Muslim spiritual leader was hacked to death"
                                       r"spiritual\s+(?:leader|guide|head)s?|pirs?|"
                                       # a cleric's title before his name: "attacked Maulana
                                       # Haseebullah Madni, a leader of the JUI S"
                                       r"(?-i:Maulana|Moulana|Maulvi|Mufti|Allama|Qari)|"
                                       r"majlis|procession"),
    ("journalists_media", r"journalists?|reporters?|press\s+club|media\s+(?:house|office)|"
                          r"cameram[ae]n|newspaper"),
    ("police", r"police|policem[ae]n|constables?|cops?|levies|khasa?dars?|police\s+stations?|"
               r"traffic\s+wardens?|"
               r"thana|check[\s-]?posts?\s+of\s+(?:the\s+)?police|"
               # (or its vehicle: "a vehicle of the district police", "a van of the CTD")
               r"(?:vehicles?|vans?|cars?|mobiles?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:police|CTD|Counter[\s-]+Terrorism\s+Department|levies)"
               # (not a man of it: "the car of a senior police officer" is his)
               r"(?!\s+(?:chiefs?|officers?|officials?|commanders?|heads?|stations?))|"
               # (GTD codes the gendarmeries of francophone Africa as police)
               r"gendarmerie|gendarmes?|"
               # an interior ministry's force (Syria's "General Security", "internal security
               # forces")
               r"(?:internal|general)\s+security(?:\s+(?:forces|services?|personnel))?"),
    # (a police force named "military": "two personnel of the Border Military Police (BMP)")
    ("military", r"soldiers?|troops?|army|military(?!\s+police)|(?:FC|Frontier\s+Corps)|convoy|"
                 r"conscripts?|(?:army|military)\s+check[\s-]?points?|"
                 # a force's patrol: "laid an ambush on the patrol party"
                 # (or its vehicle: "A vehicle of the Security Forces (SFs) was damaged in an
                 # Improvised Explosive Device (IED) attack")
                 r"vehicles?\s+of\s+(?:the\s+)?(?:security\s+forces|SFs?|army|military|FC|"
                 r"frontier\s+corps)|"
                 r"patrol(?:ling)?\s+part(?:y|ies)|"
                 r"NATO\s+(?:supply|supplies|container|oil\s+tanker|tanker|truck)\w*|"
                 r"air\s+(?:force|base)|(?:military|army|air|naval)\s+base|fort|garrison|"
                 r"paramilitar\w+|rangers|cantonment|security\s+forces|SFs?|"
                 # a state's posts on a border: "fired at forward Indian posts"
                 r"forward\s+(?:\w+\s+)?(?:posts?|positions?)|border\s+(?:out)?posts?|BOPs?|"
                 r"(?<!refugee\s)(?<!relief\s)(?<!construction\s)(?<!labour\s)(?<!labor\s)"
                 # (nor the victims' own: "gunmen stormed their camp near a dam site")
                 r"(?<!makeshift\s)(?<!their\s)"
                 # (nor a ceasefire group's: "a designated camp of surrendered militants")
                 r"(?<!designated\s)"
                 # (nor a firm's: "attacked the camp of a construction firm")
                 r"camp(?!\s+(?:of|for)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}(?:labou?rers|workers|"
                 r"refugees|firms?|compan(?:y|ies)|contractors?|"
                 r"pilgrims|villagers|displaced))"),
    ("government_diplomatic", r"embass(?:y|ies)|consulate|diplomats?"),
    ("government_general", r"government\s+(?:officials?|offices?|buildings?|employees?)|"
                           r"motorcade|cavalcade|"
                           r"officials?|ministers?|politicians?|activists?|MNA|MPA|"
                           r"(?-i:MLAs?|MPs?)|legislators?|parliamentarians?|"
                           r"councillors?|councilors?|councilm[ae]n|council\s+members?|"
                           r"jirga\s+members|polling|election|political|"
                           r"tehsil\s+office|court|courthouses?|court\s+complex|"
                           r"(?:land\s+revenue|revenue|tax|municipal|ward|passport|"
                           r"registration|district|deputy\s+commissioner'?s?|DC|customs|"
                           r"election|post)\s+offices?|"
                           # "a minibus carrying employees of a government ministry"
                           r"government\s+ministr(?:y|ies)|"
                           # (or of a state department: "abducted two employees of the
                           # provincial irrigation department")
                           r"(?:employees|officials|staff|officers)\s+of\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,4}?(?:department|directorate|ministry)|"
                           r"judicial\s+complex|"
                           r"kutchery|katchery|judges?|lawyers?|polio|"
                           # village councils and their heads (GTD: government personnel)
                           r"panchayat|sarpanch(?:es)?|panch(?:es)?|mukhiyas?|"
                           # (and a village's headman: "the numbardar (village headman) of
                           # Wangam village")
                           r"(?:village\s+)?headm[ae]n|numbardars?|lambardars?|"
                           # (and a village's chief, a town's administrator: "abducted a
                           # village chief", "the deputy administrator of Kemise town"; not
                           # one of many dead: "killed seven civilians, among them a village
                           # chief")
                           r"(?<!them\sa\s)(?<!them\sthe\s)(?<!including\sa\s)"
                           r"(?<!including\sthe\s)village\s+chiefs?|"
                           r"(?:deputy\s+)?administrators?(?=\s+of\b)|"
                           # (and local councils' heads elsewhere: "the house of a village
                           # council chairman", "barangay chairman Ali Mamalinta", a mukhtar,
                           # a mayor, a district's chief, the identity office NADRA)
                           r"council\s+chairm[ae]n|chairm[ae]n\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                           r"council|barangay\s+(?:chairm[ae]n|captains?|"
                           r"officials?|kagawads?)|mukhtars?|mayors?|district\s+(?:chiefs?|"
                           r"governors?)|NADRA|"
                           # (not a patrol: "a Police party", "a search party", "a Road
                           # Opening Party ROP of Central Reserve Police Force")
                           r"(?<!police\s)(?<!search\s)(?<!raiding\s)(?<!rescue\s)"
                           r"(?<!army\s)(?<!patrol\s)(?<!patrolling\s)(?<!opening\s)"
                           r"(?<!security\s)(?<!escort\s)"
                           r"(?:party|MQM|PPP|ANP|PML)\b"),
    # (not the road the doers blocked, nor passengers taken off their vehicles: "Armed men
    # blocked the N-70 highway ..., offloaded passengers ... and took away five of them" aims
    # at the people)
    # (nor a firm's machines: "burned two dump trucks and a backhoe of a mining contractor",
    # GTD's business)
    ("transportation", r"bus(?:es)?|vans?|(?<!offloaded\s)(?<!off-loaded\s)passengers?|trains?|"
                       rf"railway|rail\s+track|(?:vehicles?|trucks?)(?!{_OF_A_FIRM})|coach|"
                       r"highway|commuters?"),
    ("utilities", r"gas\s+pipelines?|pipelines?|electricity|power\s+(?:pylons?|lines?|"
                  r"stations?)|transmission\s+(?:lines?|towers?)|pylons?|grid\s+station"),
    # ("a mobile phone tower", "a mobile telecommunications mast", "a Safaricom
    # communication mast")
    ("telecommunication", r"(?:(?:mobile|cell(?:ular)?)(?:\s+(?:phone|network))?|"
                          r"telecom(?:munications?)?|communications?|phone|signal)\s+"
                          r"(?:towers?|masts?|antennas?)|telephone\s+exchange"),
    ("business", r"traders?|shops?|shopkeepers?|markets?|bazaar|bazar|hotels?|restaurants?|"
                 # (not "the bank of river Chenab")
                 r"banks?(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:river|canal|stream|nullah))|"
                 r"business\w*|factor(?:y|ies)|companies|company|petrol\s+pump|"
                 r"pharmac(?:y|ies)|medical\s+stores?|"
                 r"shopping\s+(?:centres?|centers?|malls?|complex(?:es)?|plazas?)|plazas?|"
                 r"contractors?|"
                 # mines and their workers (GTD's business: mining): "kidnapped eight coal
                 # miners"
                 r"(?:coal\s+)?miners?|coal\s?mines?|coal\s?fields?|"
                 # a business's workers: "kidnapped six workers of a coal mine", "four rice
                 # mill workers"
                 r"(?:workers?|labou?rers?|employees|staff)\s+of\s+(?:an?|the)\s+"
                 r"(?:[\w-]+\s+){0,3}?(?:mines?|mill|factory|company|firm|quarry|contractor|"
                 r"plant|kiln|corporation)|"
                 # men at a firm's work: "labourers working on a road construction project",
                 # "labourers working on the construction of a link road", "abducted three
                 # labourers from a brick kiln"
                 r"(?:workers?|labou?rers?|employees|staff)\s+(?:working|employed)\s+"
                 r"(?:on|at|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:projects?|sites?|"
                 r"construction|company|firm|dam|kiln|mine|factory|mill|quarry|plantation)\b|"
                 # (a mill's works: "a drone struck a flour mill")
                 r"(?:flour|rice|sugar|textile|cotton|oil|saw)\s+mills?|"
                 r"(?:workers?|labou?rers?)\s+from\s+(?:an?|the)\s+brick[\s-]?kilns?|"
                 r"(?:mine|mining|mill|factory|company|quarry|kiln)\s+(?:workers?|labou?rers?|"
                 r"employees|staff)|"
                 # GTD's business subtype "construction": "stormed a construction camp"
                 r"construction\s+(?:camps?|sites?|compan(?:y|ies)|firms?|workers?|"
                 r"equipment|machinery|vehicles?)|"
                 rf"(?:vehicles?|(?:dump\s+)?trucks?|machinery|equipment)(?={_OF_A_FIRM})|"
                 r"backhoes?|excavators?|bulldozers?"),
    ("terrorists_non_state_militia", r"peace\s+committee|lashkar|hideouts?|militia"),
    ("ngo", r"NGOs?|aid\s+workers?|charity|"
            # "Two employees of a demining organisation were killed"
            r"(?:demining|de-mining|mine[\s-]clearance|humanitarian|aid|relief)\s+"
            r"(?:organi[sz]ations?|agenc(?:y|ies)|groups?|teams?|workers?)|deminers?|"
            # international NGOs by name (GTD codes the ICRC as an NGO too)
            r"World\s+Vision|Red\s+(?:Cross|Crescent)|ICRC|Save\s+the\s+Children|"
            r"M[ée]decins\s+Sans\s+Fronti[èe]res|MSF|Oxfam"),
    # (not an office: "the Provincial Home Secretary", "Home Minister", "Home Department")
    ("private_citizens", r"civilians?|villagers?|residents?|houses?|"
                         r"homes?(?![\s-]+(?:secretar|minist|department|affairs|guard))|cars?|"
                         r"refugees?(?:\s+camps?)?|IDPs?|internally\s+displaced|"
                         r"displaced\s+(?:people|persons|families)|"
                         # "a tribal", "tribals" as nouns (not "tribal areas")
                         + TRIBAL_NOUN + r"|tribal\s+(?:people|persons|villagers|youths?)|"
                         r"motorcycles?|motorbikes?|rickshaws?|tribe|tribesm[ae]n|"
                         # (not a jirga that mediated: "released ... after a jirga of
                         # tribal elders intervened")
                         r"jirga(?!\s+of\s+(?:[\w-]+\s+){0,3}?(?:intervened|negotiated|"
                         r"mediated|secured|held\s+talks))|funeral|wedding|family|"
                         r"tribal\s+elders?(?!\s+(?:intervened|negotiated|mediated))|elders?|"
                         r"passers?[\s-]?by|women|children|men|labou?rers?|workers?|"
                         r"(?<=offloaded\s)passengers|(?<=off-loaded\s)passengers|"
                         # (GTD: farmers and fishermen are private citizens)
                         r"farmers?|fisherm[ae]n|herders?|herdsm[ae]n"),
]
TARGET_RE = [(ttype, guarded(rf"\b(?:{pat})\b", re.I)) for ttype, pat in TARGETS]


# The GTD target type of a state force of the actor base aimed at, read in its canonical name:
# police forces (a country's or a province's police, its constabulary, levies and counter-
# terrorism units) and the rest of its armed forces (military, paramilitary, border guards).
# Intelligence and investigation agencies are no force in the field and give no target here.
_POLICE_FORCE_RE = re.compile(r"Police|Constabulary|Levies|Khasadar|Counter\s+Terrorism|"
                              r"Anti-Terrorism|Rapid\s+Action|Special\s+Operations\s+Group|"
                              r"Greyhounds|District\s+Reserve\s+Guard|Reserve\s+Battalion|"
                              # a state's armed police: "Chhattisgarh Armed Force"
                              r"^\w+\s+Armed\s+Force$", re.M)
_NO_FORCE_RE = re.compile(r"Intelligence|Investigation|Analysis\s+Wing|Directorate\s+of\s+Security")


def force_target(name: str, parent: str | None = None) -> str | None:
    """``police`` or ``military`` for a state force's canonical name (a unit's by its parent
    force's: the CoBRA battalions are the CRPF's), None for an agency."""
    if _NO_FORCE_RE.search(name):
        return None
    return "police" if _POLICE_FORCE_RE.search(f"{name}\n{parent or ''}") else "military"


# A capitalised target word inside a proper name is a place, not a target ("Mardan College
# Chowk", "Hospital Road"); "Police" alone is capitalised in the reports and stays a target.
IN_PLACE_NAME = re.compile(r"(?:College|School|University|Hospital|Church|Mosque|Market|Bazaar|"
                           r"Bank|Hotel|Camp|Fort|Cantonment|Railway|Station|Sarpanch)\b")
_CAPITALISED_NEXT = re.compile(r"\s+(?:Chowk|Road|Street|Colony|Town|Square|Gate|Lane|Bazaar|"
                               r"Market|Stop|Crossing|Avenue|Area|Mor|More|Para|Pada|Tola)\b")


# A force followed by its own verb of finding or telling is the reporter, not the target.
# (also the acronym's own: "Security Force (SF) personnel recovered a bludgeoned body")
_REPORTER_VERB = re.compile(r"\)?\s*(?:\([^)]*\)\s*)?"
                            # (with another body: "Police and Defence sources ... said")
                            r"(?:and\s+(?-i:[A-Z])[a-z]+\s+)?"
                            r"(?:(?:officials?|sources?|spokesm[ae]n|"
                            r"officer|chief|superintendent|inspector|personnel)\s+)?"
                            # a name between: "Police Officer Nasir Lodhi said", "Inspector
                            # General of Police IGP S R P Kalluri said"
                            r"(?-i:[A-Z][\w.]*\s+){0,5}"
                            # (and the day: "Union Home Minister Rajnath Singh on June 24 has
                            # sought a report")
                            r"(?:on\s+(?-i:[A-Z][a-z]+)\s+\d{1,2},?\s+(?:\((?:today|yesterday)\)\s+)?)?"
                            r"(?:have\s+|has\s+|had\s+)?"
                            r"(?:found|recovered|"
                            r"said|says|told|reported|registered|confirmed|arrested|rushed|"
                            r"admitted|sought|stated|informed|announced|"
                            # whom they blame: "Officials blamed the local peace lashkar"
                            r"blamed|blame|alleged|"
                            r"reached|cordoned|launched|"
                            # what they believe: "Police suspects involvement of ULFA I"
                            r"suspects?|suspected|believes?|believed|suspecting)\b", re.I)
# (not the attack's aim: "an attack by suspected militants on a commercial vehicle")
_DOERS_RIDE_BEFORE = re.compile(
    r"\b(?:assailants|gunmen|militants|attackers|terrorists|men|youths|miscreants|bombers?|"
    # (their arms between: "three unidentified assailants carrying 9mm pistols on two
    # motorcycles")
    # (or set off by a comma: "The fighters, who arrived on motorbikes")
    r"cadres|riders|fighters|rebels|insurgents|separatists|jihadists|bandits|robbers|gunman)"
    r"(?:\s+|,\s*(?=who\s))(?:(?:carrying|armed\s+with|wielding)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:riding\s+(?:on\s+)?|(?:who\s+)?(?:came|arrived|fled)\s+(?:on|in)\s+|"
    r"on\s+|in\s+)(?:(?:a|an|two|three|their)\s+)?(?:[\w-]+\s+)?$|"
    # (or told after a clause of the riders': "three armed men whose identity are yet to be
    # ascertained riding on a motorcycle")
    r"\b(?:assailants|gunmen|militants|attackers|terrorists|men|youths|miscreants|cadres)\b"
    r"[^.;]{1,80}?\briding\s+(?:on\s+)?(?:(?:a|an|two|three|their)\s+)?(?:[\w-]+\s+)?$", re.I)
_BLOCKED_BEFORE = re.compile(r"\bblocked\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# (an attack by the doers on a thing aims at it: "an attack by militants on a vehicle"; not
# "shot dead by three unidentified assailants ... on two motorcycles")
_BY_BEFORE = re.compile(r"\b(?:attacks?|assaults?|ambush|raids?|firing|fire|strikes?)\s+by\s+"
                        r"(?:[\w-]+\s+){0,2}$", re.I)
# A target word followed by its own act of violence names the doer, not the target.
_ACTS_AFTER = re.compile(r"\)?(?:\s*,(?:(?!\b(?:were|was|is|are|been)\b)[^,.;]){1,40}?,?)?\s+"
                         r"(?:shot\s+(?:dead|at)|killed|attacked|"
                         r"abducted|kidnapped|opened\s+fire|fired\s+at|stormed|hurled|lobbed|"
                         r"ambushed|gunned\s+down|beheaded|rescued|"
                         # the state's operation launched: "Security forces (SFs) have
                         # launched a massive operation ... to rescue the son"
                         r"(?:\([^)]*\)\s+)?(?:have\s+|has\s+|had\s+)?(?:launched|conducted))\s+"
                         # with an object: "men shot dead from ..." are victims
                         r"(?:(?:a|an|the|one|two|three|four|five|his|her|their|its|\d+)\b|"
                         r"(?-i:[A-Z]))|"
                         # who answered the attack: "patrolling Police returned fire on the
                         # attackers" (the victims were the two men shot before)
                         r"(?:\s+(?:party|team|patrol|personnel|men|officials|jawans|troops))?"
                         rf"\s+(?:{REPLY_WORDS})\b", re.I)
_HEADING_HOME = re.compile(r"\b(?:way|returning|going|went|headed|heading|back)\s+home$",
                           re.I)
# The aim told after a long subject: "the target of the remotely detonated bomb was a
# Security Forces (SFs) vehicle".
TARGET_WAS = re.compile(r"\btarget\s+of\s+[^.;]{0,60}?\b(?:was|were|is)\s+(?:an?\s+|the\s+)?$",
                        re.I)
# Where the victims were going, and their errand there: "on their way to open bank accounts".
# (also to a place named: "was on way to Sadda bazaar")
_WAY_TO = re.compile(r"\bway\s+to\s+(?:(?-i:[a-z]+|[A-Z][a-z]+)\s+){0,2}?"
                     r"(?:a|an|the|his|her|their)?\s*$", re.I)
# A place the scene is measured from: "his body was thrown a km away from a CRPF camp".
_DISTANCE_FROM = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|yards?)\s+"
                            r"(?:away\s+)?from\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
                            re.I)
_INFORMER_AFTER = re.compile(r"[’']?\s+(?:informers?|agents?)\b", re.I)
# The force a victim served or was to give himself up to: "planning to surrender before the".
_SERVED_BEFORE = re.compile(r"\b(?:surrender(?:ed|ing)?\s+(?:before|to)|inform(?:er|ant)s?\s+"
                            r"(?:to|of|for)|agents?\s+of|work(?:ed|ing)?\s+for|"
                            r"collaborat\w+\s+with)\s+(?:the\s+)?$", re.I)
# A police station named as the jurisdiction of a place, not as what was attacked.
_STATION_AFTER = re.compile(r"\s+[Ss]tations?\b")
# (or a police district, a unit of place: "near the village in Jhargram Police District")
_STATION_AREA_AFTER = re.compile(r"\s+(?:[Ss]tations?\s+(?:area|limits)|District)\b")
_JURISDICTION_BEFORE = re.compile(r"\b(?:under|limits\s+of|precincts\s+of|jurisdiction\s+of|"
                                  r"within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                                  # a named station after a place: "on Lane No 3 of Jamshed
                                  # Road in the Jamshed Quarters Police Station"
                                  r"\b(?:Road|Street|Lane|area|Colony|Town)\s+in\s+the\s+"
                                  r"(?-i:[A-Z][\w-]*\s+){1,3}$", re.I)
# A home named by its owner's office is a government target in GTD.
OWNER_OFFICIAL_RE = re.compile(
    r"\s+(?:and\s+(?:\w+\s+){1,2})?of\s+(?:a|an|the)?\s*(?:[\w()’'-]+\s+){0,6}?(?:official|"
    r"candidate|leader|minister|MNA|MPA|MLA|politician|councillor|chairman|mayor|officer|"
    r"judge|legislator|lawmaker|sarpanch|panch|village\s+headman|ward\s+(?:head|chairman)|"
    # a political party (GTD codes parties under Government (General))
    r"party|PTI|PPP|PML(?:-?[NQ])?|ANP|MQM|JUI(?:-?F)?|Tehreek[\s-]e[\s-]Insaf|"
    r"Awami\s+League|BNP)\b", re.I)


# The acts an act is ranked among: "one of the deadliest attacks on security forces".
_RANKED_AMONG = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|latest|rare)\s+"
                           r"(?:\w+\s+){0,2}?(?:attacks?|assaults?|ambush(?:es)?)\s+"
                           r"(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# ... or named before it: "lobbed a grenade at the Sarpanch's house".
OFFICIAL_OWNER_BEFORE = re.compile(r"\b(?:sarpanch|councill?or|official|leader|candidate|minister|"
                                   r"MLA|MPA|MNA|chairman|mayor|legislator)['’]s\s+$", re.I)


# The report says the aim is not known: "Exact target of the bomb has not been determined".
TARGET_UNKNOWN_RE = guarded(
    r"\btarget\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:has\s+not\s+(?:yet\s+)?been|had\s+not\s+been|"
    r"was\s+not|could\s+not\s+be|is\s+(?:not\s+)?yet\s+to\s+be|is\s+not|remains\s+to\s+be)\s+"
    r"(?:yet\s+)?(?:determined|ascertained|known|identified|established)|"
    r"\btarget\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:is|was|remains|remained)\s+(?:still\s+)?"
    r"(?:unclear|unknown|not\s+clear|not\s+known)", re.I)


# The source of a report ("According to Levies sources"), where bodies lay or who found
# them ("passersby travelling on the new highway"), and a vehicle word that says no more
# than whose ride it was.
# (also the giver of the details told: "According to the details provided by the Police")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                           r"(?:(?:provided|given|released|issued)\s+by\s+(?:the\s+)?)?$", re.I)
# The teller named after his telling: "..., said a Police official" (the force's word and
# the official's).
# (or a station's officer, with no article: "said Namsai Police Station officer in charge")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|informed|stated)\s+(?:(?:a|an|the)\s+"
                          r"(?:senior\s+|local\s+|district\s+)?(?:\w+\s+)?|"
                          r"(?-i:[A-Z][a-z]+\s+){1,2})$", re.I)
_TELLER = re.compile(r"officials?|officers?", re.I)
_TELLER_AFTER = re.compile(r"\s+(?:(?:station\s+)?(?:officials?|officers?)|sources?|"
                           r"spokes(?:man|person))\b", re.I)
# A rebel body's name ("Kangleipak Communist Party Military Council"), a capitalised name
# going on ("Pir Koh"), a group's wing ("the student wing of the JeI").
_COUNCIL_AFTER = re.compile(r"\s+(?:Council|Wing|Commission)\b")
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])")
_WING_AFTER = re.compile(r"[’']?s?[’']?\s+wings?\b", re.I)
# The press told, not attacked: "Lieutenant General SK Dua told reporters"
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|briefed|briefing|informed|addressing|addressed)\s+"
                          r"(?:the\s+)?(?:\w+\s+)?$", re.I)
# The force that found the dead, in the passive: "bodies were discovered by the Levies Force"
_FOUND_BY = re.compile(r"\b(?:recovered|found|spotted|discovered|identified|rescued)\s+by\s+"
                       r"(?:the\s+)?(?:local\s+)?$", re.I)
_ROAD_OF_FINDING = re.compile(r"\b(?:dumped|thrown|found|recovered|lying|spotted|passersby|"
                              r"passers[\s-]by|travell?ing)\b(?:\s+[\w’'-]+){0,3}?\s+"
                              r"(?:on|along|by|near|beside)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
GENERIC_VEHICLE = re.compile(r"vehicles?|vans?|trucks?", re.I)
_BOMB_VEHICLE = re.compile(r"\bexplosives?[\s-]+(?:laden|packed|filled|loaded)\s+(?:vehicle|van|"
                           r"truck|car)|\bvehicle[\s-]borne\b", re.I)


# A camp "of" someone: whose it is ("a mobile camp of NSCN Khole Kitovi").
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# The titles of clerics before a name (in TARGETS above), and a group named after that name.
CLERIC_TITLES = frozenset({"Maulana", "Moulana", "Maulvi", "Mufti", "Allama", "Qari"})
GROUP_AFTER_NAME = re.compile(r"(?:\s+[A-Z][a-z]+){1,2}\s+(?:Taliban|group|faction)\b")


# A vehicle that carried the bomb, no target of it (but a car a magnetic bomb was "attached
# to" is its target).
_BOMB_CARRIER_BEFORE = re.compile(r"\b(?:planted|fitted|hidden|concealed|placed)\s+"
                                  r"(?:on|in|inside)\s+(?:an?\s+|the\s+)?(?:parked\s+)?$", re.I)
_CARRIER_NOUN = re.compile(r"(?:motor\s*cycle|motorbike|bicycle|bike|cycle|cart|rickshaw)s?$",
                           re.I)
_BOMB_LADEN_BEFORE = re.compile(r"\bexplosives?[\s-]+(?:laden|packed|rigged)\s+$", re.I)
_BOMB_CARRIER_AFTER = re.compile(r"[\s-]+(?:bomb|borne)\b", re.I)


_OFFLOADING = re.compile(r"\b(?:offloaded|off-loaded|(?:took|ordered|forced|pulled|dragged)\s+"
                         r"(?:[\w-]+\s+){0,4}?(?:off\b|out\s+of\s+(?:the\s+|a\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:bus|coach|minibus|vehicles?|van|truck)\b))",
                         re.I)
_UNNAMED_DOERS_BEFORE = re.compile(r"\b(?:unidentified|unknown|masked|armed|gun-?toting)\s+$",
                                   re.I)


def not_a_target(text: str, m: re.Match[str], ttype: str, start: int,
                  doers: Sequence[tuple[int, int]], groups: Sequence[tuple[int, int]]) -> bool:
    """A target word that names no target: a word of the doers' or an armed group's name, a
    police station named as a jurisdiction, the doers' ride, a "Police informer", part of a
    place name, a highway where bodies were found, a way home, a word whose own act follows
    it, or who found or told it (the source of the report among them)."""
    if any(a <= m.start() < b for a, b in doers) or \
            any(a <= m.start() < b for a, b in groups):
        return True  # "the Communist Party of India (Maoist)", "Lashkar-e-Jhangvi"
    if _RANKED_AMONG.search(text, max(start, m.start() - 50), m.start()):
        return True  # the class of acts the act is ranked in: "in one of the deadliest
        # attacks on security forces this year" (after "a convoy of state police officers")
    if ttype == "private_citizens" and _UNNAMED_DOERS_BEFORE.search(
            text, max(start, m.start() - 25), m.start()) and DOER_AFTER.match(text, m.end()):
        return True  # the unnamed doers themselves, where a named group claimed the act:
        # "unidentified men blew up a 12-inch gas pipeline"
    if ttype == "military" and m.group(0).lower() == "army" and REBEL_ARMY_RE.search(
            text, max(start, m.start() - 16), m.start()):
        return True  # a rebel army the base does not know: "the Adivasi Peoples' Army"
    if ttype in ("police", "military") and _FOUND_BY.search(
            text, max(start, m.start() - 30), m.start()):
        return True  # who found the dead: "discovered by the Levies Force personnel"
    if ttype == "police" and (
            (_STATION_AFTER.match(text, m.end()) and _JURISDICTION_BEFORE.search(
                text, max(start, m.start() - 40), m.start())) or
            # (a station's area is a jurisdiction too: "a resident of Dumaria Police Station
            # area")
            _STATION_AREA_AFTER.match(text, m.end()) or
            # (nor a force the victim served or was to give himself up to: "a former Maoist
            # cadre planning to surrender before the Police", "agents of Police")
            _SERVED_BEFORE.search(text, max(start, m.start() - 30), m.start()) or
            _INFORMER_AFTER.match(text, m.end())):
        return True  # "at Rajbari under Diyungmukh Police Station", "a Police informer"
    if ttype == "transportation" and m.group(0).lower().startswith("passenger") and \
            _OFFLOADING.search(text, start, min(len(text), m.end() + 400)):
        return True  # passengers taken off their bus and shot were aimed at as people: "At
        # least seven passengers were killed when armed men ... offloaded passengers from a
        # Karachi-bound coach and opened fire on them" (private citizens, as stop 37's rule)
    if ttype == "transportation" and _BLOCKED_BEFORE.search(text, max(start, m.start() - 30),
                                                             m.start()):
        return True  # the road the doers closed: "Armed men blocked the N-70 highway"
    ride = _DOERS_RIDE_BEFORE.search(text, max(start, m.start() - 140), m.start())
    if ride and not _BY_BEFORE.search(text, max(start, ride.start() - 30), ride.start()):
        return True  # the doers' own ride: "assailants on a motorcycle opened fire"
    if ttype in ("private_citizens", "transportation") and ((
            _CARRIER_NOUN.match(m.group(0)) and _BOMB_CARRIER_BEFORE.search(
                text, max(start, m.start() - 40), m.start())) or _BOMB_LADEN_BEFORE.search(
            text, max(start, m.start() - 30), m.start()) or _BOMB_CARRIER_AFTER.match(
            text, m.end())):
        return True  # the bomb's carrier: "an improvised explosive device planted on a
        # motorcycle", "the explosives-laden motorcycle", "a motorcycle bomb"
    if IN_PLACE_NAME.match(text, m.start()) and _CAPITALISED_NEXT.match(text, m.end()):
        return True  # part of a place name: "College Chowk", "Hospital Road"
    if ttype == "transportation" and m.group(0).lower() == "highway" and _ROAD_OF_FINDING.search(
            text, max(start, m.start() - 50), m.start()):
        # where the bodies lay or who found them: "passersby travelling on the new highway",
        # "dumped along the highway"
        return True
    if ttype == "private_citizens" and _HEADING_HOME.search(
            text, max(start, m.start() - 12), m.end()):
        return True  # a way, not a target: "on his way home", "returning home"
    if ttype == "military" and m.group(0).lower().startswith("camp"):
        of = _OF_THE.match(text, m.end())
        if of and any(a == of.end() for a, _ in list(groups) + list(doers)):
            return True  # an armed group's camp: "attacked a mobile camp of NSCN Khole Kitovi"
    if ttype == "military" and _COUNCIL_AFTER.match(text, m.end()):
        return True  # a rebel body's name: "Kangleipak Communist Party Military Council"
    if m.group(0) == "Pir" and _NAME_GOES_ON.match(text, m.end()):
        return True  # a place's name: "in Pir Koh area of Dera Bugti District"
    if ttype == "educational_institution" and _WING_AFTER.match(text, m.end()):
        return True  # a group's wing: "Islami Chhatra Shibir (ICS), the student wing of JeI"
    if ttype == "journalists_media" and _TOLD_BEFORE.search(text, max(start, m.start() - 30),
                                                            m.start()):
        return True  # the press told of it: "the General told reporters"
    if _WAY_TO.search(text, max(start, m.start() - 20), m.start()):
        return True  # where the victim was going: "when he was on way to a shop"
    if _DISTANCE_FROM.search(text, max(start, m.start() - 40), m.start()):
        return True  # where it was measured from: "thrown a km away from a CRPF camp"
    if ttype == "transportation" and GENERIC_VEHICLE.fullmatch(m.group(0)) and \
            _BOMB_VEHICLE.search(text, 0, m.start()):
        # the bomber's own vehicle, the weapon told before it: "rammed his explosives laden
        # vehicle into an abandoned house ... Policemen ... opened fire on the vehicle"
        return True
    # the doer ("A pro Government peace committee, TI shot dead one of its opponents"), or
    # who found or told it ("Police found three men shot dead", "According to Levies
    # sources")
    # (or told after the telling: "said a Police official")
    # (or the teller's office: "said Khalid Zadran, a spokesman for the Kabul police chief")
    return bool(_ACTS_AFTER.match(text, m.end()) or _REPORTER_VERB.match(text, m.end()) or
                _ACCORDING_TO.search(text, max(start, m.start() - 60), m.start()) or
                _SPOKESMAN_FOR.search(text, max(start, m.start() - 40), m.start()) or
                (_SAID_BEFORE.search(text, max(start, m.start() - 25), m.start()) and
                 _TELLER_AFTER.match(text, m.end())) or
                (_TELLER.fullmatch(m.group(0)) is not None and _SAID_BEFORE.search(
                    text, max(start, m.start() - 40), m.start()) is not None))


_SPOKESMAN_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?"
                            r"(?:[\w’'-]+\s+){0,2}$", re.I)


# (the whole span of a force's name, read as a match)
