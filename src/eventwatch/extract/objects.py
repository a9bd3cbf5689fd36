"""Stage 8c: people a verb counts without a number.  Reads the text right after (or before) a
casualty or arrest verb; writes the persons it names ("arrested Miraj and Waris"), one person
described with an article ("an arms dealer, Khanthang (40)") or by a role after a group's
long name ("a Khaplang faction of NSCN (NSCN K) cadre"), a couple, the bodies found ("his
body", "the bodies of two men", "Two bullet riddled bodies"), one victim told without a number
and the people joined to one by "and" ("X and his nephew", "and Constable Amresh Kumar"), or
one more after a first victim ("was killed and another injured"); and the patterns of the
slots around a verb (a subject named or told by "his", a post between a subject and a
person, an object right after the verb, a breakdown's list going on) that
:mod:`eventwatch.extract.casualties` reads when it decides which verb they belong to.  Rules:
``docs/codebook.md``, Numbers.
"""

from __future__ import annotations

import re

from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import COMPANION_NOUNS, companion_category
from eventwatch.extract.numbers import NUMBER_RE, Quantity, parse_number
from eventwatch.extract.people import (
    ARMED_GROUP_BEFORE,
    LEADER,
    OF_ARMED_GROUP,
    member_of_state_force,
    person_category,
)
from eventwatch.extract.phrases import (
    FIRST_VICTIM_AND,
    NAME,
    PERSON,
    PERSON_ANY,
    QUALIFIED_THINGS,
    Group,
    context_category,
    counted_phrases,
)

__all__ = [
    "AGE_AFTER_NAME",
    "ALONG_WITH",
    "AND_JOIN",
    "AND_PERSON",
    "AND_PERSON_AFTER",
    "ARRESTEE",
    "A_COUPLE",
    "FIRST_AND",
    "HIS_PERSON_SUBJECT",
    "INCLUDING_AFTER",
    "LIST_GOES_ON",
    "LIST_HEAD",
    "MEMBERS_NAMED",
    "NAMED_OBJECTS",
    "NAME_JOIN",
    "NAME_NEXT",
    "NAME_SUBJECT",
    "OBJECT_AFTER",
    "OF_A_COUPLE",
    "OF_THING",
    "ONE_MEMBER",
    "PLACED_AT",
    "RECORD_BEFORE",
    "RECORD_IN",
    "REDUCED_GAP",
    "SINGLE_OBJECT",
    "TITLED_NAME",
    "TITLED_NAME_ALONE",
    "WITH_COMPANION",
    "bodies",
    "companion_group",
    "glossed_twice",
    "joined",
    "joined_side",
    "named_before_verb",
    "one_person",
    "titled_side",
]

# Persons named as a verb's objects, one to five, and nothing that makes them a unit ("Pakistan
# Army soldiers"): the names end at a comma, a bracket, a preposition or the clause's end.
# (each with an age after it: "arrested Mozaher Hossain Miah, (35), Sabbir Ahmed Muhib, 23,
# Kamal Uddin Mustafa, 24, and Ashraf Ali Adnan")
AGE_AFTER_NAME = re.compile(r"\s*,?\s*\(?\b\d{1,2}\b\)?(?=\s*,)")
# (in a list, an age in brackets may also stand before its "and": "abducted Ajay Kumar Singh
# (30) and Raju Kerketta (19)")
_AGED = r"(?:\s*,?\s*\(?\b\d{1,2}\b\)?(?=\s*,|\s+and\s))?"
NAMED_OBJECTS = re.compile(
    # (an age may come first: "shot dead 28 year old Tahir Karim")
    # (or a comma, with a gloss after the name: "PLFI cadres shot dead, Jitendra Kumar alias
    # Bihari, a staff of"; not "16 injured, Police said")
    # (an officer's rank before the name: "shot dead Lieutenant Colonel Khaled al-Masri")
    rf"(?:,(?=\s+{NAME}(?:\s+alias\b|\s*,\s*(?:a|an|the)\s)))?\s+(?:\d{{1,2}}\s*-?\s*years?\s*-?\s*old\s+)?"
    r"(?P<names>(?:(?-i:Lieutenant|Brigadier|Major|Captain)\s+"
    r"(?=(?-i:Colonel|General|[A-Z][a-z]+\s+[A-Z])))?"
    rf"{NAME}{_AGED}(?:\s*,\s*{NAME}{_AGED}){{0,3}}(?:\s*,?\s+and\s+{NAME})?)"
    # (an age may follow, its brackets stripped: "arrested Azhar Hossain 22 —a suspected")
    r"(?=(?:\s+\d{1,2}\b)?(?:\s*(?:\(|,|\.|;|$|—)|\s+(?:on|in|at|from|near|who|while|when|"
    r"after|before|a|an|the|and|of|alias)\b|"
    # (or the next sentence of a run-on whose stops were lost: "shot and injured Hanif Jan and
    # Muhammad Karim They were taken to the ... Hospital")
    r"\s+(?-i:They|He|She)\s+(?:were|was|had|have|has)\b))")
# One person named after a capitalised party or group and a role: "killed JUI F leader Mufti
# Ehtishamul Haq and his son" (the companion is counted apart).
_TITLED = (
    r"\s+(?P<np>(?-i:[A-Z])[\w’'-]*\s+(?:(?:(?-i:[A-Z])[\w’'-]*|e|ul|i|\((?-i:[A-Z])[\w\s-]*\))\s+)"
    # (the role may be quoted, a rank an armed group gives: "KPLT (Buche group) ‘chairman’
    # Boche Bey")
    r"{0,7}(?P<quote>[‘'\"])?(?P<role>leader|chief|commander|activist|"
    r"worker|member|president|chairman|secretary|councillor|cleric|elder)[’'\"]?\s+"
    r"(?:(?-i:[A-Z])[\w’'.-]*)(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})")
TITLED_NAME = re.compile(rf"{_TITLED}(?=\s*,?\s+(?:and|along)\s)")
# One person named by his office with "the", as the one who holds it: "shot dead the mukhtar
# of al-Zuwiya village", "abducted the deputy mayor of Yorosso and his driver".
THE_OFFICE = re.compile(
    r"\s+(?P<np>the\s+(?:(?:deputy|assistant|local|village|district|area)\s+){0,2}"
    r"(?P<role>mukhtar|mayor|headman|sarpanch|village\s+chief|principal|headmaster|imam|"
    r"prayer\s+leader|governor|chairman|councillor|administrator|magistrate)"
    r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)"
    r"(?=\s*(?:,|\.|;|$)|\s+(?:and|along|in|at|on|near|outside|inside|while|when|after|"
    r"during|as)\b)", re.I)
# ... and alone, where the clause goes on: "shot dead National Party leader Mir Ghulam Hussain
# Sarpara in the Gardigap area"
TITLED_NAME_ALONE = re.compile(rf"{_TITLED}(?=\s*(?:,|\(|\.|;|$)|\s+(?:in|at|on|near|from|"
                               r"while|when|after|during|outside|inside)\s)")


def titled_side(titled: re.Match[str]) -> str | None:
    """The side of one person named by a title (:data:`TITLED_NAME`): a quoted one is the rank
    an armed group gives its man ("‘chairman’ Boche Bey", as SATP writes "‘area commander’"),
    else the role's own."""
    return "militants" if titled.group("quote") else person_category(titled.group("role"))


A_COUPLE = re.compile(r"\s+(?P<np>a\s+(?:\w+\s+)?couple)\b(?!\s+of\b)", re.I)
# the same after "of": "the killing of a couple"
OF_A_COUPLE = re.compile(rf"\s+of{A_COUPLE.pattern}", re.I)
# One person arrested or killed, described with an article: "a Bangladeshi national, who
# ...", "an arms dealer, Khanthang (40)", "a 32 year old electrician, identified as ...".
ARRESTEE = re.compile(
    # (not a group: "a number of villagers", "a group of militants", "a few")
    r"\s+(?P<np>(?:a|an)\s+(?!(?:number|lot|group|couple|few|dozen|score|handful|team|band|"
    r"gang|squad|batch|total|pair|series|spate|string|host)\b)(?:[\w’'‘-]+\s+){0,5}?"
    r"(?P<head>[\w’'-]+))[’']?"
    # (what he was a member of: "killed a suspected member of a rival group")
    r"(?=\s*(?:,|\(|\.|;|$)|\s+(?:identified|named|from|in|at|on|near|who|with|for|along|"
    r"(?<=member\s)of|(?<=members\s)of|"
    r"belonging|while|after|during|as|alias|and\s+recovered|suspected|accused|wanted|"
    r"allegedly|involved)\b|"
    # a second act on the same person: "abducted a panchayat secretary and beat him to death"
    r"\s+and\s+(?:later\s+|then\s+)?(?:killed|murdered|shot|beat|beaten|tortured|hacked|"
    r"slit|released|freed|took|taken)\b|"
    # a quoted role's "of": "arrested a ‘sergeant major’ of the Khaplang faction"
    r"(?<=[’'])\s+of\b)")
# One member named by a role after a group's long name, with or without an article:
# "arrested a Khaplang faction of National Socialist Council of Nagaland (NSCN K) cadre",
# "arrested linkman of IK Songbijit faction", "arrested the key suspect behind ...".
ONE_MEMBER = re.compile(
    r"\s+(?P<np>(?:(?:a|an|the)\s+)?(?:[\w’'‘()-]+\s+){0,16}?"
    r"(?P<head>cadre|militant|linkman|member|leader|operative|activist|commander|kingpin|"
    r"suspect|killer|amir|chief|rebel|insurgent|terrorist|extremist|courier|informer|"
    r"associate|accomplice|ultra|mastermind))[’']?"
    r"(?=\s*(?:,|\(|\.|;|$|—)|\s+(?:identified|named|from|in|at|on|near|who|with|for|along|"
    r"belonging|while|after|during|as|alias|behind|of|involved|wanted|and\s+recovered|"
    r"(?-i:[A-Z])\w*)\b)", re.I)
NAME_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


_A_BODY = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}$", re.I)
# One person's body: "his body", "the chief's body".
_ONES_BODY = re.compile(r"(?:\b(?:his|her)|\w['’]s)\s+(?:dead\s+)?$", re.I)
_BODY_FOUND_AFTER = re.compile(r"[^.;]{0,100}?\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
                               r"(?:found|recovered|retrieved|dumped|discovered|fished\s+out)\b",
                               re.I)
_FOUND_BEFORE = re.compile(r"\b(?:found|recovered|retrieved|discovered)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}$", re.I)
_OWNER_NOUN = guarded(rf"\b(?:{PERSON})(?=['’]s\s+(?:dead\s+)?$)", re.I)
_OF_THE_ONE = re.compile(r"\s+of\s+the\s+(?!(?:two|three|four|five|six|seven|\d+)\b)", re.I)


def bodies(text: str, vm: re.Match[str], s_end: int) -> list[Group]:
    """ "his body was found", "the chief's body was found" and "the body of the deputy
    administrator ... was found" are one killed, of that person's side; "the bodies of two men"
    counts to the right."""
    found = _BODY_FOUND_AFTER.match(text, vm.end(), s_end) or _FOUND_BEFORE.search(
        text, max(0, vm.start() - 40), vm.start())
    if (found and _ONES_BODY.search(text, max(0, vm.start() - 25), vm.start())) or re.match(
            r"\s+of\s+(?:a|an|one)\b", text[vm.end():vm.end() + 10], re.I) or (
            # (one told before, found: "the body of the deputy administrator of Kemise town
            # ... was found", not "explosives strapped to her body")
            found and vm.group(0).lower() == "body" and _OF_THE_ONE.match(text, vm.end())) or (
            # "A bullet riddled dead body, identified as that of ..., was found"
            vm.group(0).lower() == "body" and _A_BODY.search(
                text, max(0, vm.start() - 40), vm.start())):
        q = Quantity(vm.start(), vm.end(), vm.group(0), 1, 1, "exact")
        # (the side its person's noun says: "the chief's body", "the body of the deputy
        # administrator")
        noun = PERSON_ANY.search(text, vm.end(), min(s_end, vm.end() + 40)) if \
            _OF_THE_ONE.match(text, vm.end()) else _OWNER_NOUN.search(
                text, max(0, vm.start() - 30), vm.start())
        side = person_category(noun.group(0)) if noun is not None else None
        return [Group(q, side, vm.start(), vm.end())]
    m = re.match(r"\s+of\s+", text[vm.end():vm.end() + 6])
    if m:
        right = counted_phrases(text, vm.end() + m.end(), min(s_end, vm.end() + 60), None)
        return right[:1]
    if vm.group(0).lower() == "bodies":
        # "Two bullet riddled bodies were found": the number before, through the words that
        # say how they were found
        left = _BODIES_COUNT.search(text, max(0, vm.start() - 60), vm.start())
        if left:
            parsed = parse_number(NUMBER_RE.match(left.group("num")))  # type: ignore[arg-type]
            if parsed is not None and parsed.low is not None and parsed.qualifier != "vague":
                q = Quantity(left.start("num"), left.end("num"), left.group("num"), parsed.low,
                             parsed.high, parsed.qualifier)
                return [Group(q, None, left.start("num"), vm.end())]
    return []


_BODIES_COUNT = re.compile(
    rf"(?<![\w-])(?P<num>{NUMBER_RE.pattern[2:]})\s+(?:(?:bullet[\s-]riddled|decomposed|"
    r"mutilated|dead|unidentified|charred|beheaded|headless|tortured|more|other|slain)\s+){0,3}$",
    re.I)


ALONG_WITH = r"(?:along|together)\s+with"


# A ranked name set off by a comma in a list: ", head constable Tahir".
# (the item before a list's comma ends with a name: "ASI Jamal Shah, head constable Tahir")
_NAME_END = re.compile(r"\b[A-Z][a-z]+$")
_COMMA_RANKED = re.compile(rf",\s*(?:\w+\s+)?(?:{PERSON})(?<!s)\s+(?-i:[A-Z][a-z]+)\b", re.I)


def _and_person(words: str) -> re.Pattern[str]:
    """A person joined by "and" ("and his nephew", "and Sanjib Boro were"), with ``words``
    allowed between the article and the person noun."""
    return re.compile(
        # (an age before the noun: "and his 22 year old son Baku")
        rf"\b(?:and|{ALONG_WITH})\s+(?:his|her|their|a|an|the)\s+"
        rf"(?:\d{{1,3}}[\s-]+years?[\s-]+old\s+)?{words}"
        rf"(?:{PERSON}|{COMPANION_NOUNS})\b"
        # or a name, or one person's noun: "a constable and driver were shot dead" (a name is
        # capitalised, and "foreign militants" are no one more: "28 local and foreign
        # militants were killed"; nor is "they")
        # (a title may stand before the name: "and Constable Amresh Kumar were killed")
        # (or a rank before the name: "and constable Shehzad were injured")
        rf"|\band\s+(?:(?:(?:{PERSON})(?<!s)\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})|"
        rf"(?:{PERSON})(?<!s))"
        # (or before a verb of their deaths with no "were": "Naik Zahoor Ahmed and Sepoy Bilal
        # Khan embraced shahadat")
        r"\s+(?=(?:were|have\s+been|had|embraced|died|succumbed|lost\s+their\s+lives)\b)",
        re.I)


# (a word's bracketed gloss may follow it: "along with an Aman (peace) committee member")
AND_PERSON = _and_person(r"(?:\w+\s+(?:\(\w+\)\s+)?){0,2}?")
# After a group counted, a person joined by "and" may be described at more length: "A
# Policeman and an AK 47 toting Maoist area commander were killed".
AND_PERSON_AFTER = _and_person(r"(?:[\w‘’'()-]+\s+){0,10}?")
# The members of a group counted, named or listed after it.
NAME_NEXT = re.compile(r"(?:\s+(?!and\b)(?-i:[a-z]+))?\s*,?\s*(?-i:[A-Z][a-z]+)\b")
MEMBERS_NAMED = re.compile(r"\b(?:including|among\s+them|identified\s+as|namely|viz)\b",
                           re.I)
# One companion right after a single victim (a quoted title or his name may stand between).
# ("shot dead a truck driver and his helper": "and his" too; "a 63 year old retired school
# teacher Ajit Singh Sardar and his 22 year old son Baku")
WITH_COMPANION = re.compile(
    rf"\s*(?:[‘'\"][^’'\"]{{1,30}}[’'\"]\s*|(?:\s+(?-i:[A-Z][a-z]+)){{1,3}})?,?\s*"
    rf"(?:{ALONG_WITH}|and)\s+(?:his|her)\s+"
    rf"(?:\d{{1,3}}[\s-]+years?[\s-]+old\s+|\w+\s+)?(?P<who>{COMPANION_NOUNS}|helper)\b", re.I)


# One lower-case word inside a noun phrase between two person words ("Chief operational
# commander"), not one that joins or relates two people.
_ONE_WORD_GAP = re.compile(r"\s+(?!(?:and|or|of|with|a|an|the|his|her|their|who|was|were)\b)"
                           r"(?-i:[a-z][\w-]*)\s+")
_BY_BEFORE = re.compile(r"\bby\s+(?:[\w()’'-]+\s+){0,3}$", re.I)
_QUALIFIES = re.compile(rf"\s+(?:{QUALIFIED_THINGS})\b", re.I)
_PARTY_AFTER = re.compile(r"(?:[’']s|s)?\s+(?-i:Party|Front|League|Movement)\b")
_CLAUSE_AND = re.compile(r"\W*and\b", re.I)
# The other side of a fight named in an opening phrase: "In a clash with Kamarkhel volunteers".
_FOE_BEFORE = re.compile(r"\b(?:clash(?:es)?|fight(?:ing)?|encounter|gunfight|battle)\s+with\s+"
                         r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
_ANTI_BEFORE = re.compile(r"\banti[\s-]+(?:(?:\(?[A-Z][\w()-]*|of|e|i)\s+){0,8}$", re.I)


# Who told of it, or the victim of an act of someone's record, before a person noun.
_TELLER_OR_VICTIM_BEFORE = re.compile(r"\b(?:according\s+to|(?:killing|murder|assassination|"
                                      r"abduction|kidnapping)\s+of|attacks?\s+on)\s+"
                                      r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def one_person(text: str, start: int, end: int, vm: re.Match[str]) -> Group:
    """A single victim named or described without a number."""
    category = None
    last_end = -1
    for m in PERSON_ANY.finditer(text, start, end):
        if last_end >= 0 and text[last_end:m.start()].strip() and \
                not _ONE_WORD_GAP.fullmatch(text, last_end, m.start()):
            break  # (but one word within the noun phrase: "‘Chief operational commander’")
        if _BY_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            break  # the doers: "The owner of a restaurant who was shot by militant outfit"
        if _QUALIFIES.match(text, m.end()):
            continue  # an act or a group, no person: "injured in a militant attack"
        if _PARTY_AFTER.match(text, m.end()):
            continue  # a word of a party's name: "The Kurram Agency Pakistan People’s Party
            # (PPP) President Hamid Hussain Toori was shot dead"
        if last_end < 0 and _FOE_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue  # the other side of an opening phrase: "In a clash with Kamarkhel
            # volunteers in the area LI commander Mehar Gul was killed"
        if _TELLER_OR_VICTIM_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # who told it or a victim of the record: "According to Superintendent
            # of Police (SP) S.P. Sarma, Rakesh Brahma was arrested", "who played a major
            # role in the 2013 killing of Superintendent of Police (SP) Amarjeet Balihar"
        if _ANTI_BEFORE.search(text, max(start, m.start() - 60), m.start()):

            continue  # the foe of an operation: "during an anti Communist Party of India
            # Maoist (CPI Maoist) operation", "an anti-Maoist drive"
        # the head of the noun phrase decides: "The woman Maoist" is a militant, "a woman
        # constable" a policewoman
        side = person_category(m.group(0))
        if side == "civilians" and LEADER.fullmatch(m.group(0)) and (
                category == "militants" or
                ARMED_GROUP_BEFORE.search(text, max(start, m.start() - 60), m.start())):
            # a head or member of an armed group named before him: "Maoist leader Kishenji",
            # "The Islamic State(Daesh) leader in Afghanistan and Pakistan, Hafiz Saeed"
            side = "militants"
        category = side or category
        # (the noun may end with its "of": "the fugitive head of the Lashkar e Islam (LI)")
        of_end = m.end() - 3 if m.group(0).lower().endswith(" of") else m.end()
        if category == "civilians" and OF_ARMED_GROUP.match(text, of_end):
            category = "militants"  # "the leader of outlawed group Alfu Bahini"
        elif category in (None, "civilians", "militants") and member_of_state_force(
                m.group(0), text, of_end):
            category = "security_forces"  # "killing two members of the Republican Guard"
        last_end = m.end()
    # "X and his nephew were shot dead": one more for each person joined by "and".
    # (not the "and" that opens the clause: "... were killed and their cousin, Faisal, was
    # injured" is one)
    lead_and = _CLAUSE_AND.match(text, start, end)
    # (read up to the verb's end, whose words the look-ahead may need: "and Sepoy Bilal Khan
    # embraced shahadat")
    joined = len(AND_PERSON.findall(text, lead_and.end() if lead_and else start,
                                    max(end, vm.end())))
    # (and the ranked names of a list before its "and": "ASI Jamal Shah, head constable Tahir
    # and constable Shehzad were injured" is three)
    # (a comma after a name: not the one after an opening phrase, "During the exchange of
    # fire, Sepoy Zahoor Ahmed and Sepoy Bilal Khan were martyred" is two)
    listed = sum(1 for c in _COMMA_RANKED.finditer(text, start, end)
                 if _NAME_END.search(text, max(0, c.start() - 25), c.start())) if joined else 0
    n = 1 + joined + listed
    q = Quantity(vm.start(), vm.end(), vm.group(0), n, n, "exact")
    begin = max(start, vm.start() - 120)
    while begin < end and not text[begin].isalnum():
        begin += 1
    if begin > start and text[begin - 1].isalnum():  # do not start mid-word
        begin = text.find(" ", begin, end) + 1 or begin
    return Group(q, category, begin, vm.end())


# "... was killed and another injured": one more person, the verb's auxiliary left out.
_AND_ANOTHER = re.compile(rf"{FIRST_VICTIM_AND}(?P<np>another|one\s+other)"
                          # (his name set off by commas: "while another, Burhan (30), injured")
                          r"(?:\s*,\s*[^,;.]{1,40},)?\s+(?:was\s+)?$", re.I)


def another_before(text: str, vm: re.Match[str]) -> Group | None:
    """One more victim right before the verb, its auxiliary left out after a first one: "an
    unidentified person was killed and another injured", "was killed while another, Burhan
    (30), injured" (of the first one's side where it is told)."""
    another = _AND_ANOTHER.search(text, max(0, vm.start() - 80), vm.start())
    if another is None:
        return None
    q = Quantity(another.start("np"), another.end("np"), another.group("np"), 1, 1, "exact")
    return Group(q, context_category(text, another.start()), another.start("np"),
                 another.end("np"))


_OF = re.compile(r"\s+of\s")
_CLAIMED_BEFORE = re.compile(r"\b(?:responsibility|credit)\s+for\s+(?:the\s+)?$|"
                             r"\b(?:claimed|owned\s+up\s+to)\s+(?:the\s+)?$", re.I)


def named_persons(text: str, vm: re.Match[str], verb: str, obj: int,
                  right_end: int) -> Group | None:
    """The persons a verb names as its objects, counted: "kidnapped Miraj and Waris",
    "killed Jaleshwar Prajapati (38), a councillor", and the victim named after a killing
    claimed ("claimed responsibility for the killing of Nazimuddin Samad (28), a student")."""
    names = NAMED_OBJECTS.match(text, obj, right_end)
    of_named = _OF.match(text, obj) if verb == "killing" and _CLAIMED_BEFORE.search(
        text, max(0, vm.start() - 40), vm.start()) else None
    if of_named and (victims := NAMED_OBJECTS.match(text, of_named.end() - 1, right_end)):
        names, verb = victims, "killed"
    if names is None or not verb.startswith((
            "kidnap", "abduct", "forcibly took", "killed", "killing", "shot dead", "gunned down",
            "arrested", "detained", "apprehended", "nabbed", "injured", "injuring", "wounded",
            "wounding", "shot and injured", "shot and killed", "shot and wounded")):
        return None
    n = 1 + len(NAME_JOIN.findall(AGE_AFTER_NAME.sub("", names.group("names"))))
    if n > 1 and "," in names.group("names") and text.startswith(" of ", names.end()):
        n -= 1  # a title after the name: "arrested Opiar Rahman, President of ..."
    q = Quantity(names.start("names"), names.end("names"), names.group("names"), n, n, "exact")
    # one person, of the side the title told with the name says ("arrested Tauhidul Islam
    # Tauhid (25), General Secretary of Chittagong city unit of Islami Chhatra Shibir")
    side = None if n > 1 else next(
        (c for p in PERSON_ANY.finditer(names.group("names")) if (c := person_category(p[0]))),
        None)
    return Group(q, side, names.start("names"), names.end("names"))


# Phrases joined by "and"; what a person is "of", then "and": "a driver of a mini truck and a
# labourer".
# (also to the first one's kin counted: "killing a woman and her two children" is three)
AND_JOIN = re.compile(r"\s*(?:,\s*)?and\s+(?:(?:his|her|their)\s+)?", re.I)
OF_THING = r"\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
_OF_THING_AND = re.compile(rf"{OF_THING}\s+and\s+", re.I)
# One person's name (and age) before the "and" of a list: "injuring a lady receptionist
# Faiza, (25), and three customers".
_NAMED_AND = re.compile(rf"\s+{NAME}(?:\s*,?\s*\(?\d{{1,2}}\)?)?\s*,?\s+and\s+")


def joined(text: str, groups: list[Group], *, of_thing: bool = False) -> list[Group]:
    """The first counted phrase and those "and" joins to it one after another; with
    ``of_thing`` also past what the one before is "of" ("a driver of a mini truck and a
    labourer")."""
    kept = groups[:1]
    for g in groups[1:]:
        if not (AND_JOIN.fullmatch(text, kept[-1].end, g.start) or (
                of_thing and _OF_THING_AND.fullmatch(text, kept[-1].end, g.start)) or (
                kept[-1].quantity.low == 1 and _NAMED_AND.fullmatch(text, kept[-1].end,
                                                                    g.start))):
            break
        kept.append(g)
    return kept


def companion_group(companion: re.Match[str], victim: str | None) -> Group:
    """The one companion ``WITH_COMPANION`` found ("along with his son"), of his side."""
    who = companion.group("who")
    # (a guard of a force is its man: "A central leader of the MWM and his police guard")
    side = "security_forces" if _FORCE_GUARD.search(companion.group(0)) else \
        companion_category(who, victim)
    return Group(Quantity(companion.start("who"), companion.end(), who, 1, 1, "exact"),
                 side, companion.start("who"), companion.end())


_FORCE_GUARD = re.compile(r"\b(?:police|levies|FC|Rangers|army|military)\s+(?:guard|bodyguard|"
                          r"security\s+officer)$", re.I)


# --- the subject and object slots that casualties.py reads -------------------------------
# The rest of a breakdown's list of members: ", women and some children".
LIST_GOES_ON = re.compile(r"(?:\s*,\s*|\s+and\s+)(?:[\w’'-]+(?:\s*,\s*|\s+)){0,8}")

# An object right after a verb: "shot dead the caretaker of an imambargah".
# (a capital opens a run-on's next sentence: "leaving four persons injured The PLFI men")
OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their)\s+(?!(?:same|next|following|"
                          r"previous|day|night|morning|evening|spot|site)\b)")

# A subject's post or place between it and the next person named: "posted at the residence of".
PLACED_AT = re.compile(r"\s+(?:posted|stationed|deployed|working|employed|serving|on\s+duty)\s+"
                       r"(?:at|in|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of|to)\s+", re.I)
# A name as the subject right before the verb, its gloss set off by commas.
# (also opening a sentence that is not the text's first: "Mahato received bullet injury")
NAME_SUBJECT = re.compile(r"(?:(?<!\w)|\W\s*)(?!(?:He|She|They|It|We|This|That)\b)"
                          r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,3}"
                          r"(?:\s*\(\d+\))?\s*(?:,[^,;.]{1,80},\s*)?(?:(?:had|has|have)\s+)?$")
# ... or one person told by "his" or "her": "while his companion sustained serious injuries".
HIS_PERSON_SUBJECT = re.compile(rf"\b(?:his|her)\s+(?:[\w-]+\s+)?(?:{PERSON})\s+$", re.I)

# A total's list of members opening after it: "two persons, including".
INCLUDING_AFTER = re.compile(r"\s*,\s*including\b", re.I)
# Between the people and a verb that counts them with no auxiliary: nothing, a member set off
# ("Two men, including a trader, shot dead") or their names ("Two Policemen, identified as
# Zafarullah and Hilal, sustained injuries").
REDUCED_GAP = re.compile(r"\s*(?:,\s*including[^,]{1,40},\s*|"
                         r",\s*identified\s+as\s+[^,;.]{1,60},\s*|"
                         # (a force's acronym and its men after its name: "Two Border
                         # Security Force BSF personnel sustained injuries")
                         r"\(?(?-i:[A-Z]{2,6})\)?\s+(?:personnel|jawans?|troopers|men)\s+|"
                         # (what a member of a breakdown is "of": "three Policemen including
                         # a sub inspector of the Police injured")
                         r"\s+of\s+(?:the\s+)?(?!the\b)(?:[\w-]+\s+){1,2})?"
                         # (how badly: "leaving ... two others critically wounded")
                         r"(?:(?:critically|seriously|severely|grievously|gravely|badly|"
                         r"mortally|slightly)\s+)?", re.I)

# A person named first in a list, with an article and no number, then a comma.
# (or an office and a name, all capitalised: "Ranchi Senior Superintendent of Police (SSP)
# Prabhat Kumar, two of his men and two other Maoists were injured")
LIST_HEAD = re.compile(r"\W*(?P<np>(?:the|a|an)\s+[^,;:]{1,80}?|(?-i:[A-Z])[\w’'.-]*"
                       r"(?:\s+(?:of|(?-i:[A-Z])[\w’'.-]*|\((?-i:[A-Z]{2,6})\))){1,10}),\s*",
                       re.I)

# One person with an article, what he is "of", then "and" before a counted group.
# (or with "former" for its article, and his gloss and name after the noun: "former Sarpanch
# (head of Gram Panchayat ...) Mistu Khara and a Naib Sarpanch ... Raju Khara were abducted")
FIRST_AND = re.compile(rf"(?:\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?|\b(?:former|ex)\s+)"
                       rf"(?P<person>{PERSON})(?:{OF_THING})?(?:\s*\([^()]{{1,90}}\))?"
                       r"(?:\s+(?-i:[A-Z][a-z]+)){0,3}\s+and\s+$", re.I)
# One person as a verb's object, with up to three words before his noun: "the caretaker",
# "his security guard", "his 26 year old friend".
SINGLE_OBJECT = guarded(
    rf"\s+(?:(?:the|a|an|one|his|her|its|their|local|senior|retired|former|young|"
    # (a guard of his own, with its kind: "killing his security guard")
    rf"an?\s+\w+|(?:his|her|their)\s+(?:security|personal|police)|"
    # an age: "critically injured his 24yearold son", "his 26 year old friend"
    rf"\d+\s*-?\s*years?\s*-?\s*old|\d+yearold)\s+)"
    rf"{{0,3}}"
    rf"(?P<noun>him|her|(?:{PERSON}))\b(?!\s*(?:and|,\s*\w+\s+and)\s+(?:his|her|\d))",
    re.I)


# Someone's record, whose victims are no subject of the sentence's verb: "a wanted Maoist
# involved in the killing of ... was arrested"
# (and a part played: "who allegedly collaborated with the CPI Maoist in the killing of")
_RECORD_WORDS = (r"involved\s+in|accused\s+(?:of|in)|wanted\s+(?:in|for)|responsible\s+for|"
                 r"charged\s+with")
RECORD_IN = re.compile(rf"\b(?:{_RECORD_WORDS}|collaborated\s+with)\b", re.I)
RECORD_BEFORE = re.compile(rf"\b(?:{_RECORD_WORDS}|"
                           r"collaborated\s+with\s+(?:[\w()’'-]+\s+){1,10}?in)\s+(?:the\s+)?$",
                           re.I)


_AND_AN_ARTICLE = re.compile(r"\S+\s+(?:the|an?)\s", re.I)
_CIVILIAN_WORD = re.compile(r"\bcivilians?\b", re.I)


def joined_side(joined: str, side: str | None) -> str | None:
    """The side of a person joined by "and" after a group of ``side``: the one its noun
    says where an article joins it ("A policeman and the driver were injured": a civilian;
    "A Policeman and an AK 47 toting Communist Party of India Maoist ...": a militant), else
    the group's (a companion, "and his driver", or a name, "and Sanjib Boro"), but not a
    companion told as a civilian ("Ten jawans ... and their civilian driver")."""
    if _CIVILIAN_WORD.search(joined):
        return "civilians"
    if _FORCE_GUARD.search(joined.rstrip()):
        return "security_forces"  # "A central leader of the MWM and his police guard were"
    if not _AND_AN_ARTICLE.match(joined):
        return side
    return person_category(joined.split()[-1]) or side


# Between the people and "who": a few words, no clause ("seven traders from Assam who").
_ANTECEDENT_GAP = re.compile(r"(?:\s+(?!(?:was|were|is|are|had|have|has)\b)[\w()’'-]+){0,4}\s*",
                             re.I)


def antecedent(text: str, start: int, end: int) -> list[Group]:
    """The counted phrase a relative clause at ``end`` is about: the last one in
    ``text[start:end]``, a few words before it at most (no clause between)."""
    phrases = counted_phrases(text, start, end, None)
    if phrases and _ANTECEDENT_GAP.fullmatch(text, phrases[-1].end, end):
        return phrases[-1:]
    return []


# A name and the comma that opens his gloss; the rest of the gloss, to its comma.
_NAME_COMMA_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]+)\s*,\s*$")
_COMMA_GAP = re.compile(r"[^,.;]{0,40},\s*")


def glossed_twice(text: str, left: list[Group], aux_start: int) -> bool:
    """The single people before a verb are one man named and glossed twice between commas:
    "Biswas, a ginger trader by profession and a resident of Krishnai, was abducted"."""
    return len(left) > 1 and all(g.quantity.low == 1 for g in left) and bool(
        _NAME_COMMA_BEFORE.search(text, max(0, left[0].start - 40), left[0].start) and
        _COMMA_GAP.fullmatch(text, left[-1].end, aux_start))


# Names listed right before the verb: "Kampani Sao and Amar Kumar were".
_NAMES_BEFORE_VERB = re.compile(r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2}"
                                r"(?:\s*,\s*(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2})*"
                                r"\s*,?\s+and\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2}\s*$")


def named_before_verb(text: str, group: Group, aux_start: int) -> bool:
    """The group's members named right before the verb, as many as it counts: "Two employees
    of a road construction contractor Kampani Sao and Amar Kumar were arrested"."""
    names = _NAMES_BEFORE_VERB.search(text, group.end, aux_start)
    return names is not None and group.quantity.low == 2 + names.group(0).count(",")
