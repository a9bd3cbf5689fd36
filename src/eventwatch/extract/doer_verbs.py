"""Part of stage 9 (perpetrators): the verbs of a doer's act, read right after a name or a
doer's noun ("Tehreek e Taliban Paksitan (TTP) attacked", "militants on September 7 night
attacked", "A group of Maoists exchanged fire with").  Reads nothing but the words after a
mention; :mod:`eventwatch.extract.perpetrators` decides with them that the named acted (the
status ``attributed``) and :mod:`eventwatch.extract.state_doers` leaves a security
operation's own verbs to its forces.  It also holds the words around a mention that say
how the named took part: their own spokesman telling the act, a suspicion of their hand, a
harm done to those named after it.  Rules: ``docs/codebook.md``, Perpetrators.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded

DOER_VERB_RE = guarded(
    r"^\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,50},\s*)?"
    # the group's men after its name: "About 20 New People's Army (NPA) guerrillas opened fire"
    r"(?:(?:guerrillas|fighters|militants|rebels|cadres|insurgents|gunmen)\s+)?"
    # what they carried: "cadres armed with AK 47 rifles and SLR rifles shot dead"
    r"(?:armed\s+with\s+(?:[\w-]+\s+){1,8}?(?=(?:\w+ly\s+)?[a-z]+ed\b|shot\b))?"
    # where they are from or were: "tribesmen of Orakzai Agency in Federally Administered
    # Tribal Areas (FATA) on August 29 abducted"
    r"(?:in\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?:\([A-Z]+\)\s+)?)?"
    # or came from: "militants across the border attacked Bhittai checkpost"
    r"(?:(?:from\s+)?across\s+the\s+(?:\w+\s+)?(?:border|LoC)\s+)?"
    r"(?:(?:on|riding|in)\s+(?:a\s+|two\s+)?(?:motorcycles?|motorbikes?|bikes?|cars?|vehicles?|"
    r"pick-?ups?)\s+)?"
    r"(?:(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    # (the paper's "(today)" after the day: "cadres on June 10 (today) blew up")
    # (or its part of the day: "Militants on September 7 night attacked a Police picket")
    r"\d{1,2}\s+[A-Z][a-z]{2,8})(?:\s+\((?:today|yesterday)\))?"
    r"(?:\s+(?:night|morning|evening|afternoon))?|late\s+\w+day|early\s+\w+day|"
    r"last\s+night|yesterday)\s+)?"
    r"(?:\w+ly\s+)?(?:also\s+)?(?:had\s+|have\s+|has\s+)?"
    # (an adverb after the auxiliary: "Naxals had allegedly planted a pressure bomb")
    r"(?:(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s))(?:\w+ly|also)\s+)?"
    r"(?:opened|open(?=\s+fired?\b)|fired|shot|attacked|lobbed|hurled|threw|blew|planted|detonated|kidnapped|"
    # (fire exchanged: "A group of CPI Maoist cadres exchanged fire with Security Force (SF)
    # personnel")
    r"exchanged(?=\s+fire\b)|"
    r"abducted|killed|stormed|set|torched|struck|exploded|ambushed|targeted|gunned|hit|"
    r"captured|seized|raided|handed|riding|riddled|stopped|dragged|launched|carried|"
    r"rammed|barged|entered|snatched|took|whisked|beheaded|slaughtered|tortured|planned|"
    r"planed|placed|fixed|hid|hidden|targeted|lured|dumped|fled|assaulted|beat|thrashed|"
    r"hacked|stabbed|lynched|burnt|burned|blasted|damaged|destroyed|looted|"
    # (a place closed in on or overrun: "About 20 attackers on motorcycles surrounded the camp")
    r"surrounded|encircled|besieged|overran|intercepted|ransacked|hijacked|"
    # (a guard held at gunpoint: "armed men held the guard of a mobile phone tower ... at
    # gunpoint and set the tower ... on fire")
    r"held(?=\s[^.;]{0,60}?\bat\s+gun[\s-]?point\b)|"
    # (a hunt: "its troops had tracked down the militants involved in the abduction")
    r"tracked(?=\s+down\b)|hunted(?=\s+down\b)|"
    # (the road they closed, the wall they climbed: "gunmen ... blocked the Mokwa-Jebba road
    # ... and abducted 17 passengers", "unidentified men scaled the boundary wall")
    r"blocked(?=\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:road|highway|route)s?\b)|"
    r"scaled(?=\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}walls?\b)|"
    # (their approach, then the act: "Hamas militants emerged from a tunnel shaft ... and
    # opened fire on troops")
    r"(?:emerged|crept|sneaked|crossed|approached|arrived)(?=[^.;]{0,80}?\band\s+(?:then\s+)?"
    r"(?:opened\s+fire|attacked|fired|ambushed|stormed|shot|killed|abducted)\b)|"
    # (fire from afar: "Al-Shabaab militants shelled the headquarters")
    r"shelled|mortared|rocketed|bombarded|"
    # explosives from a drone: "terrorists dropped explosives from a quadcopter"
    r"dropped(?=\s+(?:[\w-]+\s+){0,2}?(?:explosives?|bombs?|grenades?|mortars?)\b)|"
    # a raid through a place: "gang members swept through a neighborhood"
    r"(?:swept|rampaged|went)(?=\s+(?:through|into)\b)|"
    # the perfect's participles: "cadres have blown up house of a CoBRA personnel"
    r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))(?:blown|thrown)|"
    # "cadres orchestrated two separate ambushes", "made an attempt to blow up"
    r"orchestrated|triggered|attempted|made\s+an\s+attempt|"
    # an attempt: "when militants tried to ambush a military convoy"
    r"tried\s+to\s+(?:ambush|attack|storm|kill|abduct|kidnap|blow|target|enter)|"
    # "NSCN K laid an ambush on the Assam Rifles (AR) convoy"
    r"laid(?=\s+(?:an?\s+)?(?:ambush|siege|trap|landmine|mine|IED))|poured|"
    # the kidnappers who freed their hostages: "The CPI Maoist released all the six abducted
    # tractor drivers"
    r"released(?=\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:abducted|kidnapped|"
    r"hostages?|captives?)\b)|"
    # the present of a headline ("TTP militants attack a roadside post"), not the noun
    # ("the Mumbai terrorist attacks")
    r"(?:attacks?|ambush(?:es)?|storms?|kills?|abducts?|kidnaps?)(?=\s+(?:a|an|the|two|"
    r"three|four|five|six|\d+)\s))\b",
    re.I,
)


# The doers' own spokesman telling the act: ", a spokesman for the militia said".
OWN_SPOKESMAN = re.compile(r",\s*(?:a|the)\s+spokes(?:man|woman|person)\s+for\s+the\s+"
                            r"(?:militia|group|rebels?|insurgents?|outfit|movement|organi[sz]ation)"
                            r"\s+(?:said|told|says|claimed)\b|"
                            # or the group itself: ", the group said in a statement on Telegram"
                            r",\s*the\s+(?:group|militia|rebels|insurgents|outfit|movement)\s+"
                            r"(?:said|says|claimed)\s+in\s+a\s+(?:statement|post|message|video)\b",
                            re.I)
# A suspicion of a group's hand, the group named after it in the clause.
INVOLVEMENT_BEFORE = re.compile(r"\b(?:suspected|suspects?|suspecting|believed|blamed|"
                                 r"pointed\s+to|points\s+to|point\s+to)\s+(?:the\s+)?"
                                 r"(?:possible\s+)?(?:involvement|hand|role)\s+of\b[^.;:]{0,120}$|"
                                 # or only possible: "the grenade attack could be the work of
                                 # the banned Peoples Amn Committee"
                                 r"\b(?:could|may|might)\s+(?:have\s+)?be(?:en)?\s+the\s+"
                                 r"(?:work|handiwork)\s+of\b[^.;:]{0,80}$|"
                                 # the act's doer only believed: "officials believe it was
                                 # carried out by local militants of the banned TTP"
                                 r"\b(?:believed?|believes|suspects?|suspected|think|thinks)\s+"
                                 r"(?:that\s+)?(?:it|the\s+\w+)\s+(?:was|had\s+been)\s+"
                                 r"(?:carried\s+out|committed|perpetrated|orchestrated)\s+"
                                 # (or ordered: "investigators believed the attack had been
                                 # carried out on the orders of a local commander of the Hafiz
                                 # Gul Bahadur group")
                                 r"(?:by|on\s+the\s+orders\s+of|at\s+the\s+behest\s+of)\b"
                                 r"[^.;:]{0,80}$|"
                                 # or told by a finding: "initial investigations suggested
                                 # that the banned Islamic State Pakistan Province (ISPP) was
                                 # behind the attack"
                                 r"\b(?:suggested|suggests|indicated|indicates|showed|shows|"
                                 r"believed|believe|suspected|suspect)\s+that\s+(?:the\s+)?"
                                 r"(?:banned\s+|outlawed\s+|proscribed\s+)?$|"
                                 # or the attackers believed to be its men:
                                 # "Security officials believe the attackers were members of a
                                 # Runda Kumpulan Kecil (RKK) cell of the Barisan Revolusi
                                 # Nasional (BRN)"
                                 r"\b(?:believed?|believes|suspects?|suspected|think|thinks)\s+"
                                 r"(?:that\s+)?the\s+(?:attackers|assailants|gunmen|bombers?|"
                                 r"killers|culprits|kidnappers|abductors)\s+(?:were|was)\s+"
                                 r"[^.;:]{0,100}$|"
                                 # or not ruled out (the words after the name, below)
                                 r"(?P<hedged>\b(?:involvement|hand|role)\s+of\s+[^.;:]{0,60}$)",
                                 re.I)
# ... the second of which only with its hedge after the name: "the involvement of the banned
# Baloch Liberation Army could not be ruled out".
NOT_RULED_OUT_AFTER = re.compile(r"[^.;]{0,40}?\b(?:could|can|cannot)(?:\s*not|n[’']t)?\s+be\s+"
                                 r"ruled\s+out\b", re.I)
# A harm done to people named after it, in the words before a mention (not its agent, "by").
HARMED_BEFORE = re.compile(r"\b(?:shot\s+dead|killed|gunned\s+down|abducted|kidnapped|"
                            r"arrested|detained|injured)\s+(?:(?!\b(?:by|when|while|after|"
                            r"allegedly|following|during|in)\b|(?<!identified\s)\bas\b)[^.;])"
                            r"{0,120}$", re.I)


# A note the doers left at the scene (GTD's claim mode "note left at scene"): "Posters left at
# the spot warned villagers", "The Maoists have left a poster at the site".
POSTER_LEFT = guarded(r"\b(?:posters?|pamphlets?|leaflets?|notes?|letters?|banners?)\b[^.;]{0,160}?"
                      r"\b(?:left|found|pasted|put\s+up|dropped|strewn)\s+(?:\w+\s+){0,3}?"
                      # (or some way off: "A handwritten banner found about 200 metres from
                      # the spot")
                      r"(?:at|near|on|around|beside|from)\s+(?:the\s+)?(?:spot|site|scene|body|"
                      r"bodies|place)\b|"
                      r"\bleft\s+(?:a\s+|some\s+|several\s+)?(?:hand-?written\s+)?"
                      r"(?:posters?|pamphlets?|leaflets?|notes?|letters?|banners?)\s+"
                      r"(?:at|near|on|beside)\s+(?:the\s+)?(?:spot|site|scene|body|bodies)\b",
                      re.I)
# ... and the group it names, right before the group's name: "The posters were signed in the
# name of the", "posters of the".
POSTER_NAMES = re.compile(r"\b(?:(?:signed|issued|written)\s+)?(?:in\s+the\s+name\s+of|"
                          r"signed\s+by|bearing\s+the\s+name\s+of|"
                          r"(?:posters?|pamphlets?|leaflets?|notes?|letters?)\s+of)\s+"
                          # (or a unit of it: "signed by the Kalahandi-Kandhamal-Boudh-Nayagarh
                          # (KKBN) division of the CPI (Maoist)")
                          # (or "the Bihar-Jharkhand Special Area Committee of the CPI (Maoist)")
                          r"(?:the\s+)?(?:(?:[\w-]+\s+){1,3}?(?:\([A-Z]+\)\s+)?(?:division|"
                          r"zonal\s+committee|area\s+committee|committee|unit|front|wing|dalam|"
                          r"squad)\s+of\s+"
                          r"(?:the\s+)?)?(?:banned\s+|outlawed\s+)?$", re.I)


# A claim of the act by the group named before it (or after "claimed by"): "The TTP claimed
# responsibility", "said its fighters had attacked", "claimed on February 19 that it shot dead
# a retired Pakistani spy".
CLAIM_RE = guarded(
    r"\b(?:claimed|claims|claiming|owned|accepted|took|taken|has\s+claimed|have\s+claimed)\s+"
    r"(?:the\s+)?(?:responsibility|credit|ownership|the\s+(?:attacks?|blasts?|bombings?|killings?|"
    r"abduction|kidnapping|raid|ambush|assault|shooting|explosion|sabotage)|it)\b|"
    # (or "claimed that attack", not "claimed that the killing was accidental")
    r"\bclaimed\s+(?:(?:a|an|the|this)\s+(?:\w+\s+){0,2}|that\s+)(?:attack|bombing|blast|killing|"
    r"strike|raid|ambush|assault|shooting|explosion|sabotage)|"
    r"\bclaimed\s+by\b|\bresponsibility\s+for\b|"
    # ("the Ittehad-ul-Mujahideen Pakistan ... issued a separate claim")
    r"\bissued\s+(?:a\s+|its\s+own\s+)?(?:separate\s+)?claim\b|"
    # "has claimed its hand in the series of bomb explosions"
    r"\bclaimed\s+(?:its|their)\s+(?:hand|role|involvement)\s+in\b|"
    # "owned up to the bomb attack at the official quarter"
    r"\bowned\s+up\s+(?:to\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(?:attack|bombing|blast|killing|"
    r"abduction|kidnapping|strike|raid|ambush|assault|shooting|explosion|responsibility)|"
    r"\b(?:said|says|told)\b[^.;]{0,80}\bits\s+(?:fighters|militants|men|cadres|suicide\s+bombers?)\s+"
    r"(?:had\s+)?"
    r"(?:carried\s+out|fired|attacked|killed|launched|detonated|planted|stormed|shelled|bombed|"
    r"set\s+up\s+a\s+checkpoint|abducted|kidnapped|ambushed|"
    r"[\"'‘“]?(?:liberated|freed|captured|seized|overran|taken\s+control|took\s+control))|"
    r"\bsaid\b[^.;]{0,40}?\b(?:it|they)\s+had\s+(?:captured|seized|overrun|stormed|attacked|"
    r"ambushed|carried\s+out|shot\s+down)\b|"
    # ("NDFB IKS acknowledged that they were behind the grenade attack at Itakhola")
    r"\b(?:said|acknowledged|admitted)\b[^.;]{0,40}\b(?:it|they)\s+(?:was|were)\s+behind|"
    # "The TTP claimed on February 19 that it shot dead a retired Pakistani spy"
    r"\bclaimed\b[^.;]{0,40}?\bthat\s+(?:it|they|its\s+(?:fighters|men|militants|cadres)|"
    # (or a unit of it: 'claimed in a post on social media that a "hit squad" of the group had
    # carried out the attack')
    r"(?:a|an|the)\s+[^.;]{1,30}?\s+of\s+the\s+(?:group|outfit|organi[sz]ation))\s+"
    r"(?:had\s+)?[\"'‘“]?(?:shot|killed|executed|"
    r"kidnapped|abducted|attacked|carried\s+out|detonated|planted|beheaded|targeted|stormed|"
    r"taken\s+control|took\s+control)\b",
    re.I,
)


# A group's part in the act, told after its name: suspected ("was suspected in the Daule
# attack", "is believed to be behind the blast") or plainly ("was behind the attack").
_ACT_NOUN = (r"(?:the|this|that|these|both|[A-Z][\w-]*['’]s)\s+(?:\w+\s+){0,2}?(?:attacks?|"
             r"blasts?|bombings?|explosions?|killings?|murders?|ambush|raids?|assaults?|"
             r"shootings?|abductions?|kidnappings?|strikes?|violence|devices?|bombs?|IEDs?|"
             r"explosives|mines?|landmines?|grenades?|attempt)\b")
DOER_TOLD_AFTER = re.compile(
    # (after a clause on the group: "the Hafiz Gul Bahadur group, which is active in the area,
    # was suspected of planting the device")
    r"\s*(?:,\s*(?:which|who)\s+[^,.;]{1,120},)?"
    r"\s*,?\s*(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:widely\s+|strongly\s+|"
    r"also\s+|initially\s+|now\s+)?(?:(?P<hedge>(?:suspected|believed|thought)\s+(?:"
    rf"in\s+{_ACT_NOUN}|of\s+(?:carrying\s+out|staging|planting|involvement\s+in)\s+{_ACT_NOUN}|"
    rf"to\s+(?:be|have\s+been)\s+(?:behind|responsible\s+for)\s+{_ACT_NOUN}|"
    # ("the banned Lashkar-e-Jhangvi was suspected of being behind it")
    r"of\s+being\s+(?:behind|responsible\s+for)\s+(?:it|the\s+\w+)\b|"
    rf"to\s+have\s+(?:carried\s+out|staged|orchestrated|planted)\s+{_ACT_NOUN})|"
    # (the act only understood: "a security official said a cell of the Islamic State
    # Khorasan Province was suspected.")
    r"suspected(?=\s*(?:[.;]|$)))|"
    rf"(?:behind|responsible\s+for|blamed\s+for)\s+{_ACT_NOUN}|"
    # (the act only understood: "The army said the Carlos Patiño front of the EMC was
    # responsible.")
    r"(?:responsible|behind\s+(?:it|them))\s*(?:[.;]|$))", re.I)
FACTIONS_BETWEEN = re.compile(r"\b(?:clash|fighting|battle|gunfight|exchange\s+of\s+fire|"
                               r"skirmish)\w*\s+between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?"
                               r"(?:factions|wings)\s+of\s+(?:the\s+)?$", re.I)
MOTIVE_BETWEEN = re.compile(r"\b(?:dispute|feud|rivalry|turf\s+war|power\s+struggle|"
                             r"vendetta)\s+between\s+(?:the\s+)?$", re.I)
HELD_BY = re.compile(r"\b(?:positions|camps?|bases?|hideouts?|posts?|strongholds?)\s+(?:held|"
                      r"controlled|occupied)\s+by\s+(?:the\s+)?$", re.I)
# "Both groups claimed the fighting", "each claimed".
BOTH_CLAIMED = re.compile(r"\b(?:both|the\s+two)\s+(?:groups|sides|factions)\s+(?:later\s+)?"
                           r"claimed\b", re.I)
# The second of two groups whose men fought: "Fighters of JNIM and of Islamic State Sahel
# Province clashed".
SECOND_OF_JOINED = re.compile(r"\b(?:fighters|militants|members|cadres|men)\s+of\s+[^.;]{1,60}?"
                               r"\s+and\s+of\s+(?:the\s+)?$", re.I)
JOINED_FOUGHT = re.compile(r"\s*(?:\([^)]*\)\s*)?and\s+(?:of\s+)?(?:the\s+)?"
                            r"(?:(?:breakaway|rival|splinter)\s+)?(?:[A-Z][\w'’-]*\s+){1,6}"
                            r"(?:\([A-Z][\w\s]*\)\s+)?(?:militants\s+|cadres\s+|members\s+)?"
                            r"(?:exchanged\s+fire|clashed|fought)\b")
