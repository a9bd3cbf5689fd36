"""The words for what an attack aimed at, each with the GTD target type it gives, declared as
data (read by :func:`eventwatch.extract.types.target_type`), and the target type a state
force of the actor base gives by its name (:func:`force_target`).  English and place-neutral,
as the rest of :mod:`eventwatch.extract.lexicon`, whose person nouns they share.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import TRIBAL_NOUN

__all__ = ["TARGETS", "TARGET_RE", "force_target"]

TARGETS: list[tuple[str, str]] = [
    ("educational_institution", r"schools?|college(?!\s+of\s+police)|universit(?:y|ies)|"
                                r"madrass?as?|seminar(?:y|ies)|students?|teachers?|"
                                r"schoolchildren"),
    ("religious_figures_institutions", r"mosques?|imam\s*bargahs?|imambargahs?|shrines?|"
                                       r"churche?s?|temples?|gurdwaras?|clerics?|monks?|"
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
               r"thana|check[\s-]?posts?\s+of\s+(?:the\s+)?police"),
    ("military", r"soldiers?|troops?|army|military|(?:FC|Frontier\s+Corps)|convoy|"
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
                 r"(?<!makeshift\s)"
                 # (nor a firm's: "attacked the camp of a construction firm")
                 r"camp(?!\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:labou?rers|workers|refugees|"
                 r"firms?|compan(?:y|ies)|contractors?|"
                 r"pilgrims|villagers|displaced))"),
    ("government_diplomatic", r"embass(?:y|ies)|consulate|diplomats?"),
    ("government_general", r"government\s+(?:officials?|offices?|buildings?|employees?)|"
                           r"motorcade|cavalcade|"
                           r"officials?|ministers?|politicians?|activists?|MNA|MPA|"
                           r"(?-i:MLAs?|MPs?)|legislators?|parliamentarians?|"
                           r"councillors?|jirga\s+members|polling|election|political|"
                           r"tehsil\s+office|court|courthouses?|court\s+complex|"
                           r"judicial\s+complex|"
                           r"kutchery|katchery|judges?|lawyers?|polio|"
                           # village councils and their heads (GTD: government personnel)
                           r"panchayat|sarpanch(?:es)?|panch(?:es)?|mukhiyas?|"
                           # (and a village's headman: "the numbardar (village headman) of
                           # Wangam village")
                           r"(?:village\s+)?headm[ae]n|numbardars?|lambardars?|"
                           # (not a patrol: "a Police party", "a search party", "a Road
                           # Opening Party ROP of Central Reserve Police Force")
                           r"(?<!police\s)(?<!search\s)(?<!raiding\s)(?<!rescue\s)"
                           r"(?<!army\s)(?<!patrol\s)(?<!patrolling\s)(?<!opening\s)"
                           r"(?<!security\s)(?<!escort\s)"
                           r"(?:party|MQM|PPP|ANP|PML)\b"),
    ("transportation", r"bus(?:es)?|vans?|passengers?|trains?|railway|rail\s+track|"
                       r"vehicles?|coach|trucks?|highway|commuters?"),
    ("utilities", r"gas\s+pipelines?|pipelines?|electricity|power\s+(?:pylons?|lines?|"
                  r"stations?)|transmission\s+(?:lines?|towers?)|pylons?|grid\s+station"),
    ("telecommunication", r"(?:mobile|cell(?:ular)?|telecom(?:munication)?)\s+towers?"),
    ("business", r"traders?|shops?|shopkeepers?|markets?|bazaar|bazar|hotels?|restaurants?|"
                 # (not "the bank of river Chenab")
                 r"banks?(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:river|canal|stream|nullah))|"
                 r"business\w*|factor(?:y|ies)|companies|company|petrol\s+pump|"
                 r"shopping\s+(?:centres?|centers?|malls?|complex(?:es)?|plazas?)|plazas?|"
                 r"contractors?|"
                 # mines and their workers (GTD's business: mining): "kidnapped eight coal
                 # miners"
                 r"(?:coal\s+)?miners?|coal\s?mines?|coal\s?fields?|"
                 # GTD's business subtype "construction": "stormed a construction camp"
                 r"construction\s+(?:camps?|sites?|compan(?:y|ies)|firms?|workers?|"
                 r"equipment|machinery|vehicles?)"),
    ("terrorists_non_state_militia", r"peace\s+committee|lashkar|hideouts?|militia"),
    ("ngo", r"NGOs?|aid\s+workers?|charity|"
            # international NGOs by name (GTD codes the ICRC as an NGO too)
            r"World\s+Vision|Red\s+(?:Cross|Crescent)|ICRC|Save\s+the\s+Children|"
            r"M[ée]decins\s+Sans\s+Fronti[èe]res|MSF|Oxfam"),
    # (not an office: "the Provincial Home Secretary", "Home Minister", "Home Department")
    ("private_citizens", r"civilians?|villagers?|residents?|houses?|"
                         r"homes?(?![\s-]+(?:secretar|minist|department|affairs|guard))|cars?|"
                         r"refugees?(?:\s+camps?)?|IDPs?|internally\s+displaced|"
                         # "a tribal", "tribals" as nouns (not "tribal areas")
                         + TRIBAL_NOUN + r"|tribal\s+(?:people|persons|villagers|youths?)|"
                         r"motorcycles?|motorbikes?|rickshaws?|tribe|tribesm[ae]n|"
                         r"jirga|funeral|wedding|family|tribal\s+elders?|elders?|"
                         r"passers?[\s-]?by|women|children|men|labou?rers?|workers?"),
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
