"""Part of stage 7 (incidents): sentences that tell a tally or a trend, not an incident.

Read by :func:`eventwatch.extract.incidents.describe` on every sentence with a trigger word:
a count of many attacks ("26 terrorist attacks took place", "struck over 230 times"; not
"two separate attacks", a summary of incidents the story tells), a toll over a
period ("killed by militants in the last four years", "so far this year", "till November
2016"), an operation's running toll, a share ("30 per cent"), and a trend in a class of acts
("an increase in incidents of extortion", "terror attacks have increased following the
strikes").  Such a sentence opens no incident (``docs/codebook.md``: tallies).  A lead that
sums one day's toll over places (``ACROSS_PLACES_RE``), not over a period
(``TALLY_PERIOD_RE``), is a summary whose parts the story tells.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded
from eventwatch.extract.numbers import UNITS
from eventwatch.extract.temporal import MONTH_NAMES

AGGREGATE_RE = guarded(
    r"\b(?:(?:\d{2,}|[5-9]|" + "|".join(k for k, v in UNITS.items() if v >= 5)
    + r"|several|many|numerous|dozens\s+of|a\s+number\s+of)"
    # (with hyphens: "37 extortion-related grenade attacks")
    r"\s+(?:(?!(?:when|and|as|after|in|were|was|injured|killed|wounded|people|persons)\b)"
    r"[\w-]+\s+){0,2}(?<!separate\s)(?<!different\s)(?:attacks|incidents|bombings|blasts|"
    r"acts|strikes)\b(?!\s+(?:of\s+firing|in\s+which))|toll\s+of\s+(?:the\s+)?(?:year|month)|"
    # a count of operations: "the District Police carried out 30 search and strike
    # operations last month" (not a day: "on June 27 conducted search operations")
    r"(?:carried\s+out|conducted|launched)\s+(?:over\s+|more\s+than\s+|about\s+|some\s+)?"
    r"(?:\d{2,}|[5-9])\s+(?:[\w-]+\s+){0,3}?operations\b|"
    # a month's tally: "claimed to have arrested 11 terrorists facilitators ... during the
    # month of August"
    # (also the month a review counts: "Security forces also intensified operations during
    # the month, killing 127 suspected militants"; not "during the month long operation")
    r"during\s+the\s+(?:whole\s+|entire\s+)?month\b(?![\s-]+long\b)|"
    # an operation's running toll: "910 militants had been killed in the operation Zarb e
    # Azb that was launched ... on June 15", "Since the last phase of Operation Zarb e Azb
    # kicked off in February 27, at least 252 militants have been killed"
    r"since\s+(?:the\s+)?(?:start|launch|beginning|inception|commencement)\s+of\b|"
    r"(?:since|in)\s+the\s+(?:[\w-]+\s+){0,4}?operation\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:that|which)\s+(?:was\s+)?)?(?:kicked\s+off|launched|started|began|commenced)\b|"
    r"\d+\s*(?:%|per\s*cent|percent)|across\s+the\s+(?:country|state|province)|"
    r"around\s+the\s+country|"
    r"separate\s+(?:acts|incidents)\s+of\s+violence|in\s+different\s+(?:areas|parts)\s+of|"
    # a year's tally: "shot dead in separate encounters by BSF personnel ... in 2015"
    r"separate\s+(?:encounters|incidents|attacks|operations)\b[^.;]{0,120}?\bin\s+(?:19|20)\d\d"
    r"\b|"
    # running totals: "So far 47 people were killed", "killed so far"; not "no group has so
    # far claimed" or "no casualties so far"
    r"so\s+far,?\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?\d|"
    # a war's toll: "The conflict has killed more than 6,500 people"
    r"\b(?:conflict|war|insurgency|violence|fighting|crisis|unrest)\s+(?:has|have|had)\s+"
    r"(?:so\s+far\s+|now\s+)?(?:killed|claimed|left)\b|"
    r"(?:killed|died|dead|arrested|injured|wounded)\s+(?:\w+\s+){0,3}?so\s+far|"
    # a group's count of its attacks: "The Guru squad of JeM carried out three Fidayeen
    # attacks so far including January 2, 2016, Pathankot ... attack"
    r"(?:carried\s+out|conducted|launched|executed)\s+(?:\w+\s+){1,3}?attacks\s+so\s+far|"
    r"till\s+date|"
    # a season's tally: "SFs have foiled as many as four major infiltration attempts this
    # summer"
    r"(?:this|last)\s+(?:summer|winter|spring|autumn|season)\b|"
    # tallies over a period: "killed by militants in the last four years", "till November 2016"
    # (the article often dropped: "arrested ... in last three years")
    r"(?:in|during|over)\s+(?:the\s+)?(?:last|past)\s+(?:\w+\s+){0,2}(?:years|months|"
    r"decades?|one\s+year)|"
    r"(?:during|in|throughout)\s+the\s+(?:whole\s+|entire\s+)?year(?:\s+(?:19|20)\d\d)?\b|"
    # (or between two months: "drone strikes had killed more than 120 civilians in Amhara
    # between July and December")
    rf"between\s+(?:{MONTH_NAMES})(?:\s+(?:19|20)\d\d)?\s+and\s+(?:{MONTH_NAMES})\b|"
    rf"(?:till|until|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:{MONTH_NAMES})?,?\s*(?:19|20)\d\d|"
    # a period that opened at a date: "848 target killers ... have been arrested since
    # September 4 2013"; a whole year named as the time of a count: "446 target killers
    # were arrested in 2016", "this year 2017"
    r"(?:killed|arrested|shot\s+dead|apprehended|detained|abducted|kidnapped|injured|died)\s+"
    rf"(?:[\w-]+\s+){{0,6}}?since\s+(?:(?:{MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?)?"
    r"(?:19|20)\d\d\b|"
    r"(?:were|have\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:killed|arrested|shot\s+dead|"
    r"apprehended|detained|abducted|kidnapped|injured)\s+(?:[\w-]+\s+){0,6}?in\s+"
    r"(?:19|20)\d\d\b(?!\s*[-–]\s*\d)|this\s+year,?\s+(?:19|20)\d\d\b|"
    # a year's tally without its number: "more than 18 civilians have been killed in Garo
    # Hills this year", "90 arrested from Sukma District alone so far this year"
    r"(?:have|has|had)\s+been\s+(?:\w+\s+){0,2}?(?:killed|arrested|shot\s+dead|apprehended|"
    r"detained|abducted|kidnapped|injured)\s+(?:[\w-]+\s+){0,6}?(?:(?:this|last)\s+year\b|"
    # ... or up to a day: "608 cadres have been apprehended from across Assam till July 21"
    rf"(?:till|until|up\s+to)\s+(?:{MONTH_NAMES})\b)|"
    r"so\s+far\s+this\s+(?:year|month)|"
    # (or in the year's first months: "at least 140 people were killed in Idlib province in
    # the first five months of the year")
    r"\bin\s+the\s+first\s+(?:\w+\s+)?(?:months?|weeks?|half|quarter)\s+of\s+(?:the\s+|this\s+)?"
    r"year\b|"
    # a count of attacks: "LTTE suicide bombers struck over 230 times"
    r"(?:struck|attacked|targeted)\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?"
    r"\d{2,}\s+times|"
    # a running toll of fighting still going on: "250 militants ... have been killed during
    # the ongoing clashes in Darzab district"
    r"(?:killed|died|dead|injured|wounded|arrested)\s+(?:during|in)\s+(?:the\s+)?"
    r"(?:ongoing|continuing)\s+(?:clashes|fighting|battles?|offensive|violence)\b|"
    # a campaign's running toll: "The sustained operations led to the killing of 23
    # militants, while around 240 others were arrested"
    r"(?:sustained|ongoing|continuing|continued)\s+(?:[\w-]+\s+){0,2}?operations\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:led|resulted)\b|"
    # a toll over several operations: "the death toll has risen to 10 in overall operations in
    # North Kashmir ... since last three days"
    r"in\s+(?:the\s+)?(?:overall|all\s+the|several|various|multiple)\s+(?:[\w-]+\s+)?"
    r"operations\b|"
    # a record over years: "Assam witnessed the lowest civilian casualties in 25 years"
    r"(?:lowest|highest)\s+(?:[\w-]+\s+){0,3}?(?:casualties|fatalities|deaths|toll|killings)\b|"
    # a period told back: "Besides, two civilian porters were killed in cross LoC firing
    # during this period" (after "... in 2008 11")
    r"(?:during|in|over|within)\s+(?:this|that|the\s+same)\s+period\b|"
    r"countrywide|nationwide)",
    re.I,
)


# Tallies of stop 33, kept apart from AGGREGATE_RE so that their required words ("since",
# "alone", "half" ...) let most sentences skip them:
PERIOD_COUNT_RE = guarded(
    # a running count since a day: "186 Maoists have been killed in encounters in
    # Chhattisgarh since January 1", "it has carried out 3,120 intelligence-based operations
    # across Punjab since January 1"
    r"\b[\d,]{2,}\s+(?:[\w-]+\s+){0,4}?(?:have|has)\s+been\s+[^.;]{0,60}?\bsince\s+"
    # (or since a month of a year: "More than 260 people have been killed in ethnic violence
    # in Manipur since May 2023")
    r"(?-i:[A-Z][a-z]+)\s+(?:\d{1,2}|(?:19|20)\d\d)\b|"
    # (or since an event that began a period: "more than 330 people have been killed by
    # Israeli fire since the ceasefire")
    r"\b[\d,]{2,}\s+(?:[\w-]+\s+){0,4}?(?:have|has)\s+been\s+[^.;]{0,60}?\bsince\s+the\s+"
    r"(?:[\w-]+\s+)?(?:ceasefire|truce|war|conflict|offensive|insurgency|uprising|coup|"
    r"takeover|start|beginning|invasion|operation|agreement|accord)\b|"
    r"\b(?:have|has)\s+(?:carried\s+out|conducted|killed|arrested)\s+[\d,]{2,}\s[^.;]{0,80}?"
    r"\bsince\s+(?-i:[A-Z][a-z]+)\s+\d{1,2}\b|"
    # (or in the active, since an event: "the regime has killed more than 7,300 civilians since
    # the 2021 coup")
    r"\b(?:have|has|had)\s+(?:killed|arrested|abducted|detained|displaced)\s+(?:more\s+than\s+|"
    r"over\s+|at\s+least\s+|nearly\s+|about\s+|some\s+)?[\d,]{2,}\s[^.;]{0,80}?\bsince\s+the\s+"
    r"(?:[\w-]+\s+)?(?:ceasefire|truce|war|conflict|offensive|insurgency|uprising|coup|takeover|"
    r"start|beginning|invasion)\b|"
    # a month's count: "more than 450 civilians had been killed in the Kordofan states in July
    # alone"
    r"\bin\s+(?-i:[A-Z][a-z]+)\s+alone\b|"
    # a count since a month opening the sentence: "Since March 2025, drone strikes by the task
    # force have killed more than 300 people"
    r"(?-i:\bSince)\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d\s*,[^.;]{0,120}?\b(?:have|has)\s+(?:\w+\s+)?"
    r"(?:killed|carried\s+out|conducted|arrested|abducted|kidnapped|injured|wounded)\b|"
    # years' count: "Bandits killed more than 1,500 people in Kaduna State between 2022 and 2025"
    r"\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to)\s+(?:19|20)\d\d\b|"
    # a part of the year: "drone strikes had killed more than 200 civilians in Amhara in the
    # first half of the year"
    r"in\s+the\s+(?:first|second|last)\s+(?:half|quarter|six\s+months|three\s+months)\s+of\s+"
    r"(?:the\s+|this\s+|last\s+)?(?:year|(?:19|20)\d\d)\b|"
    # a year's count told in the pluperfect: "186 people had been kidnapped for ransom in the
    # katcha areas of the province last year"
    r"\b[\d,]{2,}\s+(?:[\w-]+\s+){0,3}?had\s+been\s+(?:killed|kidnapped|abducted|arrested|"
    r"injured|wounded)\b[^.;]{0,80}?\blast\s+year\b",
    re.I,
)
# Trends in a class of acts, kept apart from AGGREGATE_RE so that their required words let
# most sentences skip the scan.
TREND_RE = guarded(
    r"\b(?:"
    # a trend in a class of acts: "admitted increase in incidents of extortion, targeted
    # killings and grenade attacks", "cases of grenade attacks and firing have increased"
    # (not a frame: "despite a decline in violence, militants killed two soldiers")
    r"(?<!despite\sa\s)(?<!amid\sa\s)(?<!despite\sthe\s)(?<!amid\sthe\s)"
    r"(?:increase|rise|surge|spurt|decline|decrease|drop|fall|reduction)\s+in\s+(?:the\s+)?"
    r"(?:number\s+of\s+|incidents\s+of\s+|cases\s+of\s+)?(?:[\w-]+,?\s+){0,5}?"
    r"(?:attacks|incidents|killings|bombings|blasts|explosions|violence|casualties)\b|"
    # "the number of terrorist attacks each year has more than quadrupled"
    r"number\s+of\s+(?:[\w-]+\s+){0,2}(?:attacks|incidents|killings|bombings|blasts)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:has|have)\s+(?:more\s+than\s+)?(?:doubled|tripled|quadrupled|"
    r"increased|risen|gone\s+up|declined|decreased|fallen|dropped|come\s+down)|"
    # (or in the past tense: "the number of suicide attacks fell to three in October")
    r"(?:rose|fell|increased|decreased|dropped|declined|doubled)\s+(?:to|from|by)\b)|"
    r"(?:incidents|cases)\s+of\s+(?:[\w-]+,?\s+){1,6}?(?:have|has)\s+(?:\w+\s+)?"
    r"(?:increased|risen|gone\s+up|declined|decreased|come\s+down)|"
    # "The US drone strikes against Islamist militants decreased in the tribal regions for
    # the second year in a row"
    r"(?:attacks|strikes|killings|bombings|blasts|incidents|attempts|bids)\s+"
    r"(?:[\w-]+\s+){0,5}?"
    r"(?:decreased|increased|declined|intensified|doubled|tripled|halved)\s+"
    # ("terror attacks have increased following the strikes", "infiltration attempts from
    # across the border have increased during the unrest")
    r"(?:in|by|for|over|across|to|from|sharply|significantly|following|since|after|"
    r"during)\b|"
    # "Kidnapping for ransom cases have significantly increased"
    r"(?:kidnapping|abduction|extortion|killing|attack|bombing|blast)s?\s+(?:for\s+ransom\s+)?"
    r"(?:cases|incidents)\s+(?:have|has)\s+(?:\w+\s+)?(?:increased|risen|gone\s+up|"
    r"declined|decreased|come\s+down)|"
    # a way of war grown: "The military has increasingly relied on airstrikes against the
    # armed resistance"
    r"(?:increasingly|more\s+and\s+more)\s+(?:relied|relying|resorted|resorting|turned|turning)\s+"
    r"(?:on|to)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|air\s+strikes|drones|"
    r"bombings|shelling|killings|kidnappings|abductions))",
    re.I,
)


# A day's toll summed over places (not over a period): the story tells its parts.
ACROSS_PLACES_RE = re.compile(r"\b(?:across|throughout|all\s+over)\s+the\s+(?:country|"
                              r"province|state|city)|\bnationwide\b|\b(?:different|various|"
                              r"several)\s+(?:parts|areas|districts|places)\s+of\b", re.I)
TALLY_PERIOD_RE = re.compile(r"\b(?:since|till|until|so\s+far|this\s+year|last\s+year|"
                             r"period|months?|weeks|alleged|claimed)\b", re.I)

# How many places a summary counts ("Militants targeted police in two districts of Khyber
# Pakhtunkhwa"), where it counts no victims.
PLACES_COUNTED_RE = re.compile(r"\bin\s+(two|three|four)\s+(?:districts|provinces|towns)\b",
                               re.I)
