"""The people counted: which side a person noun names (the codebook's casualty categories:
civilians, security forces, militants), and the words that tie a person to an armed group ("a
local leader of Tehreek e Taliban Pakistan", "members of the banned militant outfit").  Read by
the casualty stages (:mod:`phrases`, :mod:`casualties`, :mod:`objects`, :mod:`breakdowns`), the
statistics and the reports.  Declared as data, English and place-neutral like
:mod:`eventwatch.extract.lexicon`.
"""

from __future__ import annotations

import re

# "a tribal", "tribals": the Indian English noun for a member of a scheduled tribe, not the
# adjective of "tribal areas" or "tribal elders".
TRIBAL_NOUN = (
    # (lower case: "United Tribal Liberation Army" is a name)
    r"(?-i:tribals?)(?![ \t]+(?:areas?|belts?|regions?|districts?|elders?|leaders?|councils?|"
    r"khass?adars?|levies|police|forces?|"
    r"affairs|people|persons|villagers|youths?|communit(?:y|ies)|groups?|militants?|chiefs?|"
    r"heads?|lands?|wom[ae]n|m[ae]n|students?|lashkars?|jirgas?|disputes?|feuds?|"
    r"clash(?:es)?|agency|agencies|militias?)\b)")
# A state's force a member belongs to: "three members of the Popular Mobilisation Forces",
# "a member of the Kenya Defence Forces" (not a rebel army's: "the People's Defence Forces",
# "the Arakan Army" name no force of a state).
_OF_STATE_FORCE = (
    r"\s+of\s+(?:the\s+|an?\s+|its\s+)?(?:(?:tribal|local|federal|provincial|regional|"
    r"special|auxiliary|paramilitary)\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){0,3}?(?<!People's\s)"
    r"(?<!People’s\s)(?<!Peoples\s)(?:Popular\s+Mobili[sz]ation\s+(?:Forces|Units)|"
    r"Hashd\b|(?:security|armed|defen[cs]e)\s+forces|police\b|national\s+guard|"
    r"republican\s+guard|revolutionary\s+guards?|IRGC|Basij|border\s+guards?|"
    r"gendarmerie|military\b|"
    # (the force told before: "killing four members of the force")
    r"(?<=\bthe\s)(?-i:forces?)\b|"
    # (and a state's auxiliaries: "five members of the Volunteers for the Defence of the
    # Homeland (VDP)")
    r"Volunteers\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+Homeland|VDP\b)")
# Noun (regex) -> casualty category.  ``None``: a person whose category the noun does not say.
PERSON_NOUNS: list[tuple[str, str | None]] = [
    # (a member's side is his force's, read after the noun: member_of_state_force)
    (rf"members?(?={_OF_STATE_FORCE})", None),
    (r"traffic\s+wardens?|"
     r"police\s*(?:men|man|women|woman|officials?|officers?|personnel|constables?|guards?|"
     r"cops?|cadets?|recruits?|trainees?|mobile)|policem[ae]n|patrolm[ae]n|constables?|cops?|"
     r"head\s+constables?|(?:sub[\s-])?inspectors?|ASIs?|SHOs?|DSPs?|SSPs?|"
     # a district's police chief and those above him: "Superintendent of Police SP Muhammad
     # Ilyas", "Deputy Inspector General (DIG)"
     r"(?:(?:deputy|additional|senior|assistant)\s+)?superintendents?\s+of\s+police|"
     r"(?:(?:deputy|additional)\s+)?inspectors?[\s-]general(?:\s+of\s+police)?|DIGs?|"
     r"police\s+(?:station\s+)?chiefs?|levies(?:\s*m[ae]n|"
     r"\s+personnel|\s+officials?|\s+soldiers?)?|levies|khasa?dars?(?:\s+(?:personnel|"
     r"officials?))?|"
     r"soldiers?|troops?|troopers?|servicem[ae]n|"
     # a rebel "Liberation Army" is no army of the state
     r"(?<!liberation\s)(?<!republican\s)(?<!revolutionary\s)(?<!salvation\s)(?<!peoples\s)"
     r"(?<!people's\s)(?<!people’s\s)(?<!resistance\s)(?<!mujahideen\s)"
     r"army\s*(?:men|personnel|officers?|soldiers?|"
     r"jawans?|men)?|jawans?|security\s+(?:forces?|personnel|officials?|officers?|men|"
     r"guards?\s+of\s+the\s+police)|"
     r"(?:FC|Frontier\s+Corps)\s*(?:personnel|men|soldiers?|officials?|troops?)?|"
     r"rangers?|paramilitar(?:y|ies)(?:\s+(?:troops|soldiers|personnel|forces))?|"
     r"cadets?|SFs?|law\s+enforcers|officers?\s+of\s+the\s+\w+|personnel|commandos?|"
     # ("An officer of Balochistan Levies sustained injuries")
     r"officers?\s+of\s+(?:\w+\s+){0,3}?(?:levies|police|army|rangers|corps|rifles|forces?|"
     r"BSF|CRPF|SSB|ITBP|CISF)\b|"
     r"officials?\s+of\s+(?:the\s+)?(?:levies|police|FC|frontier\s+corps|army|rangers|"
     r"khasadars?|\w+\s+(?:force|police|rifles))(?:\s+force)?|"
     r"sepoys?|militiam[ae]n\s+of\s+the\s+state|CRPF\s+(?:personnel|jawans?)|"
     # (the ranks of the other ranks: "A sergeant was killed"; and the officers' with a
     # name: "shot dead Lieutenant Colonel Khaled al-Masri")
     r"sergeants?|(?:lieutenant[\s-])?colonels?|brigadiers?|"
     # the ranks of South Asian forces: "one India Reserve Battalion (IRB) jamadar"
     r"(?:naib\s+)?subedars?|jamadars?|havildars?|hawaldars?|"
     # an officer of a force named before it: "a Central Reserve Police Force (CRPF) officer"
     r"(?:force|CRPF|BSF|CISF|ITBP|SSB|rifles|rangers|corps)\s+(?:\([A-Z]+\)\s+)?officers?|"
     r"BSF\s+(?:personnel|jawans?)|Assam\s+Rifles\s+personnel|guards?|"
     # ("Two CTD men suffered minor injuries")
     r"CTD\s+(?:men|personnel|officials?|officers?)|"
     # Odisha's village guards: "Seven gramrakshis launched a search"
     r"gram\s*rakshis?|"
     # "killing three police reservists" (Kenya's police reserve)
     r"(?:police\s+)?reservists?|gendarmes?|conscripts?|"
     # a mission's troops ("A United Nations peacekeeper was killed"; UCDP counts them with
     # the forces they fight beside)
     r"peacekeepers?|blue\s+helmets?|"
     # Thailand's armed village guards of the Interior Ministry: "two defence volunteers"
     r"defen[cs]e\s+volunteers?|"
     # a police station's chief: "the Officer in Charge (OIC) of a Police Station"
     r"officers?\s+in[\s-]charge\s+(?:\(OIC\)\s+)?of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
     r"police\s+stations?", "security_forces"),
    (r"(?:liberation|republican|revolutionary|salvation|people(?:'|’)?s|resistance|"
     r"mujahideen)\s+army|militants?|terrorists?|insurgents?|rebels?|extremists?|jihadists?|"
     r"fighters?|"
     r"attackers?|assailants?|(?:suicide\s+)?bombers?|gunm[ae]n|miscreants?|cadres?|"
     r"maoists?|naxal(?:ite)?s?|taliban|suspects?|hardcore\s+\w+|commanders?|criminals?|"
     r"gangsters?|abductors?|kidnappers?|robbers?|dacoits?|bandits?|outlaws?|smugglers?|intruders?|"
     r"infiltrators?|operatives?|fidayee(?:ns?)?|khwarij|khawarij|kharjis?|"
     # (an outfit's hitmen: "police killed two suspected target killers of a banned outfit")
     r"(?:target\s+)?killers|hitm[ae]n|"
     # (a militia's men, not the state's: "killed three CODECO militiamen")
     r"militiam[ae]n|"
     # the attackers' helpers, of their side: "killed two suspected facilitators of the
     # suicide bomber in an exchange of fire"
     r"facilitators?|"
     # an armed gang's or cartel's men: "killing four suspected cartel members"
     r"(?:cartel|gang)\s+members?|militia\s+members", "militants"),
    # a militant group's support: counted, on no side ("a Maoist area commander and a
    # sympathiser of the outfit were arrested")
    # (and its linkmen: "arrested one NDFB IKS cadre ... and another linkman")
    (r"sympathi[sz]ers?|over[\s-]?ground\s+workers?|link\s?m[ae]n|"
     # someone's aide, of that person's side (told apart: "killed the manager ... and
     # injured his aide")
     r"aides?|friends?|companions?|"
     # (not a rank's first word: "Assistant Sub Inspector")
     r"assistants?(?!\s+(?:sub|superintendent|commissioner|director|inspector|commandant|"
     r"engineer|professor|collector|registrar|secretary)\b)|"
     # an officer of no force named: "leaving an officer and four others injured" (a
     # title's "Officer" is another's: "Station House Officer", "Public Relations Officer")
     r"(?-i:officers?)", None),
    (r"civilians?|villagers?|passers?[\s-]?by|passengers?|commuters?|pedestrians?|"
     r"(?:school)?child(?:ren)?|schoolchildren|school(?:boy|girl)s?|students?|pupils?|wom[ae]n|"
    r"girls?|boys?|"
     r"m[ae]n|youths?|teenagers?|minors?|infants?|bab(?:y|ies)|toddlers?|traders?|"
     r"shopkeepers?|vendors?|receptionists?|salesm[ae]n|cashiers?|"
     r"businessm[ae]n|workers?|labou?rers?|drivers?|truckers?|(?:school)?teachers?|journalists?|"
     r"reporters?|writers?|bloggers?|authors?|poets?|publishers?|editors?|artists?|singers?|"
     r"professors?|lecturers?|wi(?:fe|ves)|husbands?|mothers?|fathers?|sisters?|nephews?|"
     r"nieces?|cousins?|uncles?|grand(?:sons?|daughters?|fathers?|mothers?)|"
     # (an armed group's "chairman" is its man: see LEADER)
     # (not a faction's name: "one Vice Chairman faction of PREPAK (PREPAK VC) cadre")
     r"(?:vice[\s-])?presidents?(?!\s+faction)|chairm[ae]n(?!\s+faction)|"
     r"elders?|tribesm[ae]n|residents?|pilgrims?|worshippers?|devotees?|mourners?|"
     r"doctors?|nurses?|(?:medical\s+)?practitioners?|physicians?|pharmacists?|engineers?|"
     r"(?:coal\s+)?miners?|farmers?|fisherm[ae]n|herders?|herdsm[ae]n|shepherds?|owners?|"
     r"sailors?|seam[ae]n|crew\s+members?|tourists?|"
     # (the border's load carriers: "killing one porter", "a group of kolbars")
     r"porters?|kolbars?|migrants?|refugees?|asylum[\s-]seekers?|"
     r"brothers?|sons?|daughters?|"
     # (a machine's man: "an Israeli drone dropped a bomb on an excavator ..., wounding its
     # operator")
     r"managers?|supervisors?|clerks?|accountants?|secretar(?:y|ies)|operators?|"
     # (and a village's elected head: "the mukhtar of al-Zuwiya village", "the deputy mayor")
     r"headm(?:aster|istress)s?|head[\s-]?teachers?|headm[ae]n|numbardars?|lambardars?|principals?|"
     r"mukhtars?|(?:deputy\s+)?mayors?|"
     r"administrators?|"
     r"sarpanch(?:es)?|panch(?:es)?|informers?|"
     r"relatives?|family\s+members?|members?\s+of\s+(?:a|the|one)\s+family|"
     r"activists?|workers?\s+of|leaders?|councill?ors?|councilm[ae]n|politicians?|lawyers?|judges?|"
     r"clerics?|prayer\s+leaders?|imams?|khateebs?|students?|helpers?|cleaners?|cooks?|"
     r"watchm[ae]n|chowkidars?|caretakers?|custodians?|gatekeepers?|polio\s+(?:workers?|"
     r"vaccinators?)|health\s+workers?|vaccinators?|volunteers?|contractors?|"
     r"employees?|officials?\s+of\s+(?:the\s+)?(?:\w+\s+)?department|government\s+officials?|"
     r"officials?|hindus?|sikhs?|christians?|shias?|ahmadis?|hazaras?|persons?|people|"
     r"individuals?|inhabitants?|customers?|bystanders?|guests?|tourists?|"
     r"citizens?|victims?|persons|chiefs?|owners?|heads?\s+of|(?-i:nationals?)|foreigners?|"
     r"monks?|priests?|pastors?|nuns?|clergym[ae]n|bishops?|rabbis?|catechists?|"
     r"missionar(?:y|ies)|(?-i:Indians|Pakistanis|Afghans|Bangladeshis|Nepalis|Iranians)|"
     # "others" as a noun; "other" before a noun ("two other police personnel") is not one
     r"others?(?![ \t]+(?!(?:were|was|have|had|are|is|and|in|on|at|who|with|including|"
     r"sustained|received|suffered|injured|wounded|killed|hurt|critically|seriously|"
     r"severely|grievously|gravely|badly|mortally|slightly)\b)[a-z])|"
     r"tribal\s+elders?|maliks?|adivasis?(?![ \t]+(?-i:[A-Z]))|" + TRIBAL_NOUN, "civilians"),
]
# Nouns that count people without saying which side they were on (no category).
GENERIC_PERSON = re.compile(
    r"^(?:persons?|people|individuals?|victims?|others?|ones?|of\s+them|men\s+and\s+women|"
    r"bodies)$", re.I)
PERSON_RE = [(re.compile(rf"(?:{pat})", re.I), cat) for pat, cat in PERSON_NOUNS]


# The word before "Army" in the name of a rebel army ("Garo National Liberation Army").
REBEL_ARMY_RE = re.compile(r"(?:liberation|republican|revolutionary|salvation|"
                           r"people(?:'|’)?s(?:'|’)?|"
                           r"resistance|mujahideen)\s+$", re.I)


def person_category(noun: str) -> str | None:
    """The casualty category a person noun implies; None for "people", "persons" ..."""
    noun = " ".join(noun.lower().split())
    if GENERIC_PERSON.match(noun):
        return None
    for pattern, category in PERSON_RE:
        if pattern.fullmatch(noun):
            return category
    return None


# A person who heads or belongs to a group, a member of its side where it is armed.
LEADER = re.compile(r"(?:leaders?|members?|activists?|workers?|commanders?|chiefs?|"
                    r"(?:vice[\s-])?presidents?|chairm[ae]n)", re.I)
# Words that only an armed group's name holds ("Tehreek e Taliban Pakistan", "Islamic State").
_ARMED_NAME_WORD = (r"(?-i:Taliban|Lashkar|Jaish|Mujahideen|Mujahidin|Maoists?|Harkat[\w-]*|"
                    r"Hizb[\w-]*|Qaeda|Daesh|Liberation\s+(?:Army|Front|Tigers)|Islamic\s+State|"
                    # the insurgents of India's north-east, and their acronyms
                    r"National\s+Socialist\s+Council|Revolutionary\s+Party\s+of\s+Kangleipak|"
                    r"Kangleipak\s+Communist|NSCN|ULFA|NDFB|PREPAK|KYKL|UNLF|GNLA|HNLC|NLFT|"
                    # and elsewhere's ("two suspected members of the New People's Army",
                    # "members of the pro-Islamic State Dawlah Islamiyah group")
                    r"People'?s\s+Army|NPA|Islamiyah|Islamiya|Shabaab|Shabab|Boko\s+Haram|ISWAP|"
                    r"JNIM|ISIS|ISIL|Abu\s+Sayyaf|Maute|BIFF|Houthis?|Hamas|Hezbollah|Fano|ADF|"
                    r"CODECO|M23)")
# A person of an armed group the actor base does not know, named by its kind.
# (or by a name no party bears: "A local leader of Tehreek e Taliban Pakistan (TTP)")
# (also of one of its chapters: "a former chief of Sindh chapter of Lashkar e Jhangvi")
OF_ARMED_GROUP = re.compile(r"\s+of\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){1,2}(?:chapter|wing|"
                            r"unit|branch)\s+of\s+(?:the\s+)?)?[“\"‘']?(?:(?:outlawed|banned|"
                            r"proscribed|underground|militant|armed|insurgent|rebel|extremist|"
                            r"terrorist)\s+"
                            r"(?:(?:militant|armed|terrorist|extremist|regional|ethnic|"
                            r"separatist|local)\s+)?"
                            # (Iran's word: "two members of a 'terrorist team'")
                            r"(?:group|outfit|organi[sz]ation|faction|gang|team|cell)\b|"
                            # (or the one the story named, told back: "killing three members
                            # of the group" after the Islamic State's claim)
                            # (or the gang told back, whose men are militants: "killed a
                            # member of the gang in an exchange of fire")
                            r"(?<=\sof\sthe\s)(?:group|gang)\b(?!\s+of\b)|"
                            r"(?:pro-[\w-]+\s+(?:(?-i:[A-Z])[\w’'-]*\s+)?)?"
                            r"(?:(?-i:[A-Z])[\w’'-]*\s+|(?:e|i|ul|ut|al|atul|ud|ur)\s+){0,4}"
                            rf"{_ARMED_NAME_WORD}\b)", re.I)
_OF_STATE_FORCE_RE = re.compile(_OF_STATE_FORCE, re.I)
# An armed band named by its kind: "a terrorist team", "an armed gang" (phrases: its men told
# back, "three of its members").
ARMED_BAND_RE = re.compile(r"\b(?:terrorist|militant|armed|insurgent|rebel)\s+[“\"‘']?"
                           r"(?P<unit>team|cell|group|gang)\b", re.I)
# A team or cell told back, "killing three members of the team", is an armed group's where the
# story named it so before: "clashed with 'a terrorist team' ..." (not a polio team's men).
_OF_THE_UNIT = re.compile(r"\s+of\s+the\s+(team|cell)\b(?!\s+of\b)", re.I)
_OF_CAPITALS = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")


def of_armed_unit_told_before(text: str, end: int) -> bool:
    """The words at ``end`` ("of the team") name a team or cell that the text before called
    an armed group's ("a terrorist team", "a cell of the Islamic State group")."""
    unit = _OF_THE_UNIT.match(text, end)
    if unit is None:
        return False
    word = unit.group(1).lower()
    # (a cell of a group named by its capitals: "a cell of the ISPP"; not "a team of the
    # Counter Terrorism Department", the force)
    return any(b.group("unit").lower() == word for b in ARMED_BAND_RE.finditer(text, 0, end)) or \
        any(OF_ARMED_GROUP.match(text, m.end()) or (
            word == "cell" and _OF_CAPITALS.match(text, m.end()))
            for m in re.finditer(rf"\b{word}\b", text[:unit.start(1)], re.I))


# The state's forces whose men are called fighters: "Two fighters of the Popular Mobilization
# Forces (PMF)" (not any "Defence Forces": "fighters of the Ambazonia Defence Forces")
_OF_STATE_FIGHTERS_RE = re.compile(
    r"\s+of\s+(?:the\s+|Iraq[’']s\s+|Iran[’']s\s+)?(?:Popular\s+Mobili[sz]ation\s+(?:Forces|Units)|"
    r"Hashd\b|PMF\b|PMU\b|Basij\b|(?:Islamic\s+)?Revolutionary\s+Guards?|IRGC\b)", re.I)


def member_of_state_force(noun: str | None, text: str, end: int) -> bool:
    """``noun`` ("members", "a member", "fighters"), ending at ``end``, names a member of a
    state's force told after it: "three members of the Popular Mobilisation Forces", "two
    fighters of the PMF" are security forces."""
    if not noun:
        return False
    low = noun.lower()
    if low.startswith("member"):
        return bool(_OF_STATE_FORCE_RE.match(text, end))
    return low.startswith("fighter") and bool(_OF_STATE_FIGHTERS_RE.match(text, end))

# The same group's name before the person: "The Islamic State(Daesh) leader", "Tehreek e
# Taliban Pakistan (TTP) commander" (not its foe's: "an anti-Taliban leader").
ARMED_GROUP_BEFORE = re.compile(rf"(?<!anti[\s-])(?<!pro[\s-])\b{_ARMED_NAME_WORD}"
                                r"(?:\s+(?:(?-i:[A-Z])[\w’'-]*|e|i|ul|ut|al)){0,3}"
                                r"\s*(?:\([^()]{1,20}\)\s*)?$", re.I)

# The Taliban's men by their own word ("Taliban fighters", "the Islamic Emirate's border
# guards"): the state's forces in Afghanistan since September 2021 (state_doers, tolls).
TALIBAN_MEN = re.compile(r"\b(?:Taliban|Islamic\s+Emirate)(?:['’]s)?\s+(?:(?:security|border|"
                          r"intelligence|special)\s+)?(?P<men>fighters?|soldiers?|members?|"
                          r"guards?|policem[ae]n|police|forces|personnel|officials?)\b")
