"""The extraction pipeline: one article in, incidents, statistics, relations and actor
milestones out, every field with its evidence.

:func:`extract_article` runs the stages in this order (one module each):

1. ``segment``      sentences with character offsets (spaCy blank English + sentencizer),
                    run-on narratives split at attributions and discourse markers;
2. ``dateline``     the publication date when the input gives none, and the dateline place;
3. ``temporal``     every date expression resolved against the publication date;
4. ``numbers``      (used by 8) digits, number words, qualifiers and vague words;
5. ``places``       gazetteer matches, disambiguated by the article's own context;
6. actors           actor-base matches (``resources.actors``), aliases resolved;
7. ``incidents``    event sentences grouped into incidents; background and aggregates out,
                    acts only referred to set aside by ``references``;
8. ``casualties``   killed / wounded / arrested / kidnapped figures by category (read
                    by ``incidents``), reconciled per incident by ``tolls``;
9. ``perpetrators`` claimed / attributed / suspected, named or as written;
10. ``types``       ACLED event type, GTD attack and target type, suicide flag;
11. evidence and confidence on every field (assembled here);
12. ``statistics`` aggregate figures stated in the text, with their cited source;
13. ``relations``  actor relations (affiliate, joint_claim, splinter_of ...), with evidence;
14. ``milestones`` dated turning points of actors ("marked its entry ... on").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.extract import incidents, perpetrators, places, tolls, types
from eventwatch.extract.dateline import find_dateline
from eventwatch.extract.fastre import guarded
from eventwatch.extract.incidents import Draft, SentenceInfo
from eventwatch.extract.lexicon import ATTACKER_NOUNS, MILITANT_NOUNS
from eventwatch.extract.milestones import find_milestones
from eventwatch.extract.relations import find_relations
from eventwatch.extract.segment import Sentence, split_run_ons, split_sentences
from eventwatch.extract.statistics import find_statistics
from eventwatch.extract.temporal import DateMention, find_dates, narrow
from eventwatch.models import (
    Article,
    Count,
    DateValue,
    Evidence,
    ExtractionResult,
    Incident,
)
from eventwatch.resources import Resources

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorMatch

_ARMED_STATE_DOER = guarded(
    r"\b(?:security\s+forces|SFs?|SFS|law\s+enforcement\s+agencies|law\s+enforcers|LEAs|"
    # "Chutia Police Station area" names a place, not a force that acted
    r"police(?!\s+(?:station|stations|post|outpost|lines?|limits|chowki|jurisdiction)\b)|"
    r"troops|soldiers|army|forces|Frontier\s+Corps|FC|Levies|Rangers|CTD|commandos|"
    r"coalition|personnel)\b", re.I)


def extract_article(article: Article, resources: Resources) -> ExtractionResult:
    """Extract incidents, statistics, relations and milestones from one article; see the
    module docstring for the stages in order."""
    text = article.text
    sentences = split_run_ons(split_sentences(resources.nlp, text, resources.sentence_final))
    dateline = find_dateline(text, article.published)
    published = article.published
    published_source = article.published_source
    if not published and dateline is not None and dateline.date is not None and \
            dateline.date.year is not None and dateline.date.precision == "day":
        published, published_source = dateline.date.value, "dateline"
    dates = find_dates(text, published)
    # The dateline's date is the day the story was filed, not the day of the event.
    event_dates = dates if dateline is None else [
        d for d in dates if not (dateline.start <= d.start < dateline.header_end)]
    actor_matches = resources.actors.scan(text)
    doc_places = places.document_places(
        text, resources.gazetteer, [(m.start, m.end) for m in actor_matches])
    # The dateline says where the story was filed, not where the event happened.
    site_places = doc_places if dateline is None else places.without(
        doc_places, dateline.start, dateline.end)
    infos = incidents.describe(text, sentences, event_dates)
    drafts = incidents.group(infos, dated=published is not None)
    found = []
    for draft in drafts:
        incident = _build(text, draft, drafts, infos, event_dates, site_places, actor_matches,
                          resources, doc_places)
        if incident is not None:
            found.append(incident)
    stats = find_statistics(text, sentences, dates, doc_places, actor_matches,
                            resources.gazetteer, published)
    relations = find_relations(text, sentences, actor_matches, resources.actors, found)
    milestones = find_milestones(text, sentences, dates, actor_matches, found)
    return ExtractionResult(
        article_id=article.id,
        published=published,
        incidents=found,
        statistics=stats,
        relations=relations,
        milestones=milestones,
        published_source=published_source,
        dateline=dateline.place if dateline else None,
    )


def _incident_date(draft: Draft,
                   dates: Sequence[DateMention]) -> tuple[DateValue | None, Evidence | None]:
    mention = draft.date
    if mention is None and draft.from_lead is not None and draft.from_lead.day_dates:
        mention = draft.from_lead.day_dates[0]
    if mention is None:
        # The story's first day-precise date before the incident: the lead's date.
        before = [d for d in dates if d.date.precision == "day"
                  and d.start < draft.anchor.sentence.end]
        mention = before[0] if before else None
    if mention is None:
        return None, None
    value = mention.date
    if value.year is None:
        years = [d for d in dates if d.date.year is not None and not d.relative]
        if years:
            nearest = min(years, key=lambda d: abs(d.start - mention.start))
            value = narrow(value, nearest.date)
    return value, Evidence("date", mention.start, mention.end, mention.text)


CIVILIAN_TARGETS = frozenset({
    "private_citizens", "transportation", "business", "educational_institution",
    "religious_figures_institutions", "journalists_media", "ngo", "tourists",
    "food_water_supply", "utilities", "telecommunication", "airports_aircraft", "maritime"})
CEASEFIRE_RE = guarded(r"\b(?:ceasefire|cease-fire|cross[\s-]border\s+(?:firing|shelling)|"
                          r"drone|missiles?\s+(?:hit|struck|fired)|unmanned|line\s+of\s+control|"
                          r"LoC|unprovoked\s+(?:firing|shelling))\b", re.I)
# In South Asian reporting an "encounter" is a fight the security forces sought (a raid, a
# search operation); an attack the militants began is told as one ("militants ambushed").
ENCOUNTER_RE = guarded(r"\b(?:encounters?|(?:search|combing|joint|cordon[\s-]and[\s-]search|"
                          r"intelligence[\s-]based)\s+operations?)\b", re.I)
# A gun battle is the state's operation only where a state force is in it.
GUN_BATTLE_RE = guarded(r"\b(?:gun[\s-]?battles?|gunfights?)\b", re.I)
MILITANTS_BEGAN_RE = guarded(
    r"\b(?:ambush\w*|(?:militant|terrorist|insurgent|maoist|fidayeen|rebel)s?\s+attack|"
    rf"(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS}|suspects?|intruders?)\s+(?:\w+\s+){{0,3}}?"
    r"(?:attacked|opened\s+(?:\w+\s+)?fire|fired\s+(?:\w+\s+)?(?:at(?!\s+least)|on|upon)|stormed|"
    r"targeted|lobbed|hurled|triggered|resorted\s+to\s+(?:\w+\s+)?firing)|"
    r"(?:attacked|targeted|fired\s+(?:at|on|upon))\s+by\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    rf"(?:{MILITANT_NOUNS}))\b", re.I)

# A bomb thrown or fired: the attack took place, whatever became of the bomb.
_THROW = r"lobbed|lobbing|hurled|hurling|threw|thrown|throwing"
THROWN_RE = guarded(rf"\b(?:{_THROW}|"
                    r"fired\s+(?:\w+\s+){0,2}?(?:grenades?|rockets?|mortars?|shells?|RPGs?))\b",
                    re.I)

# An explosive thrown by hand: "threw explosive material", "hurled crude bombs".
HAND_THROWN_RE = guarded(rf"\b(?:{_THROW}|tossed)\s+"
                         r"(?:\w+\s+){0,3}?(?:explosives?|explosive\s+material|(?:crude\s+|hand\s+|"
                         r"petrol\s+|country[\s-]made\s+)?bombs?|IEDs?)\b", re.I)
# A bomb that is thrown by its nature, told or not: "a firebomb attack", "petrol bombs".
INCENDIARY_RE = guarded(r"\b(?:(?:fire|petrol)[\s-]?bomb\w*|molotov\s+cocktails?)\b", re.I)

# Militants who fire on a force that had come for them (a cordon, a raid, a challenge at a
# checkpoint) resist the state's operation; they did not begin the fight.
STATE_STARTED_RE = re.compile(
    r"\b(?:cordon\w*|raid\w*|search\w*|combing|challenged|intercepted|signall?ed|"
    r"asked\s+(?:them|him)\s+to\s+stop|(?:on|upon|after)\s+(?:seeing|spotting|sighting)|"
    r"tried\s+to\s+(?:stop|arrest|nab)|operation|"
    r"surrounded|encircled|hideout|laid\s+(?:an?\s+)?(?:ambush|trap)|naka)\b", re.I)


def _militants_began(text: str, draft: Draft, end: int) -> bool:
    """The incident's story (its sentences up to the next incident's) says the militants began
    the fight, and not in answer to a raid or cordon."""
    start = draft.anchor.sentence.start
    for m in MILITANTS_BEGAN_RE.finditer(text, start, max(end, *(s.end for s in draft.sentences))):
        if not STATE_STARTED_RE.search(text, max(start, m.start() - 120), m.end() + 40):
            return True
    return False


KILLED_BY_NON_STATE_RE = guarded(
    r"\b(?:killed|shot(?:\s+dead|\s+at)?(?:\s+and\s+(?:injured|wounded|killed))?|gunned\s+down|"
    r"murdered|abducted|kidnapped|attacked|injured|wounded)\s+by\s+"
    r"(?:a\s+|the\s+)?(?:group\s+of\s+)?(?:rival|unidentified|unknown|armed|suspected|masked)?"
    r"\s*(?:group|faction|militants|gunmen|assailants|cadres|terrorists|insurgents|men)\b", re.I)
# The lead's subject, a militant group's men, killed or took someone: "Maoists killed a former
# cadre planning to surrender before the Police" (not "Two Maoists killed in an encounter",
# a headline's reduced relative: an object must follow the verb).
NON_STATE_KILLED_RE = guarded(
    rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\s+(?:\([^)]{{1,20}}\)\s+)?"
    r"(?:(?:allegedly|reportedly|on\s+\w+(?:\s+\d{1,2})?)\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|murdered|hacked\s+to\s+death|beheaded|abducted|"
    r"kidnapped)\s+(?:a|an|the|one|two|three|four|five|his|her|their|\d+)\s", re.I)
_STATE = (r"(?:police|security\s+(?:forces?|personnel)|SFs?|army|troops|soldiers|commandos|"
          r"rangers|CTD|joint\s+forces|paramilitary|law\s+enforcers|LEAs)")
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
    r"(?:police|SFs?|security\s+forces|troops|army|rangers)\s+(?:\(\w+\)\s+)?"
    r"(?:open(?:ed)?\s+fire[d]?|fired\s+(?:at(?!\s+least)|on|upon)))\b", re.I)
# The state as the doer of a killing: "The Sindh Police killed 12 terrorists", "Security Forces
# (SFs) on August 31 killed a suspected militant", "Police and the CRPF claim to have killed".
STATE_KILLED_RE = re.compile(
    r"^\W*(?:(?:in|on|during|after)\s+[^,;.]{1,80},\s*)?"
    rf"(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_STATE}\s+(?:\([A-Za-z]+\)\s+)?"
    r"(?:and\s+(?:the\s+)?[^,;.]{1,60}?\s+)?"
    r"(?:(?:on|in|during|late|early)\s+[^,;]{1,40}?,?\s+)?(?:have\s+|has\s+|"
    r"claim(?:ed|s)?\s+to\s+have\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated)\b", re.I)


ARRESTED_RE = re.compile(r"\b(?:arrest\w*|detain\w*|apprehended|nabbed|custody)\b", re.I)
# The state as the doer of an arrest: "Police arrested ...", "arrested by the Rangers".
STATE_ARREST_RE = re.compile(
    rf"\b{_STATE}\b[^.;]{{0,60}}?\b(?:arrested|detained|apprehended|nabbed|rounded\s+up|"
    r"took\s+into\s+custody)\b|\b(?:arrested|detained|apprehended|nabbed)\s+by\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_STATE}\b", re.I)
PASSIVE_ARREST_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:arrested|"
                               r"detained|apprehended|nabbed)\b", re.I)

# What a named state force did, right after its name: "Rapid Action Battalion (RAB) on
# December 20 recovered hand bombs and arrested two people".
STATE_DID_RE = re.compile(
    r"^\s*(?:\([^)]{1,12}\)\s*)?(?:personnel\s+|troops\s+|officials\s+|men\s+)?[^.;]{0,70}?"
    r"\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated|arrested|detained|"
    r"apprehended|nabbed)\b", re.I)


def _state_did(text: str, sentence: Sentence, actor_matches: Sequence[ActorMatch]) -> bool:
    """A state force of the actor base opens the sentence and kills or arrests."""
    for m in actor_matches:
        if m.actor.kind == "state" and sentence.start <= m.start < sentence.start + 60:
            did = STATE_DID_RE.match(text, m.end, sentence.end)
            if did and not re.search(r"\b(?:said|says|told|when|after|as)\b", did.group(0)):
                return True
    return False


def _claims(text: str, match: ActorMatch) -> bool:
    return bool(perpetrators.CLAIM_RE.search(text, match.end, match.end + 80))


def _is_state_operation(text: str, draft: Draft, killed: Count, wounded: Count,
                        arrested: Count, actor_matches: Sequence[ActorMatch],
                        classes: set[str], story_end: int) -> bool:
    """A security operation: state forces acted and only militants were harmed or held."""
    harmed = set(killed.by_category) | set(wounded.by_category)
    if killed.low and not killed.by_category:
        harmed.add("unknown")  # "two people were killed": not only militants
    span_text = " ".join(s.text for s in draft.sentences)
    lead = draft.anchor.sentence if draft.from_lead is None else draft.from_lead.sentence
    # (a killing only referred to leaves an arrest the state's: "arrested two persons and
    # cracked the shootout case in which a policeman was killed by militants")
    if not classes <= {"arrest", "operation"} and (
            KILLED_BY_NON_STATE_RE.search(span_text) or NON_STATE_KILLED_RE.search(lead.text)):
        # "killed by a rival group", "shot dead by unidentified gunmen", "Maoists killed a
        # former cadre"
        return False
    # A state force by a generic word ("police", "troops") or by its name in the actor base
    # ("Special Operation Group", "CRPF", "Assam Rifles").
    state_named = bool(_ARMED_STATE_DOER.search(span_text)) or any(
        m.actor.kind == "state" and any(s.start <= m.start < s.end for s in draft.sentences)
        for m in actor_matches)
    # Who began the fight may be told sentences after the lead, before the next incident:
    # "Police killed four terrorists in a shootout.  The terrorists opened fire at a Police
    # mobile."
    began = _militants_began(text, draft, story_end)
    if "air" in classes or (CEASEFIRE_RE.search(span_text) and not began):
        # Air and drone strikes, missiles from drones, cross-border fire: state forces (not
        # militants who "attacked an Army camp near the Line of Control").
        return not any(m.actor.kind == "non_state" and _claims(text, m) for m in actor_matches)
    if "security_forces" not in harmed and \
            not classes & {"suicide", "fidayeen", "overtake", "arson"} and (
            STATE_KILLED_RE.search(lead.text) or _state_did(text, lead, actor_matches) or (
                "explosive" not in classes and STATE_ACTION_RE.search(
                    text, draft.anchor.sentence.start, draft.anchor.sentence.end))) and \
            not began:
        # The state acted and none of its men were hurt: "abductors were killed in a Police
        # encounter and the child rescued" is an operation, whatever else the story tells.
        return True
    if killed.is_empty() and wounded.is_empty() and "arrest" in classes and (
            STATE_ARREST_RE.search(text, draft.anchor.sentence.start, draft.anchor.sentence.end)
            or _state_did(text, draft.anchor.sentence, actor_matches)):
        return True  # an arrest, whatever the arrested are said to have done
    if "clash" in classes and \
            not classes & {"suicide", "fidayeen", "grenade", "explosive", "overtake"} and \
            (ENCOUNTER_RE.search(span_text) or (
                state_named and GUN_BATTLE_RE.search(span_text))) and not began:
        return True  # an encounter: the security forces' operation, whoever was hurt
    if classes & {"suicide", "fidayeen", "grenade", "explosive", "kidnap", "overtake",
                   "arson"}:
        return False
    if killed.is_empty() and wounded.is_empty():
        # held by the state: "arrested" says so; "militants rounded up the villagers" is no
        # arrest
        return bool(classes & {"arrest", "operation"}) and not arrested.is_empty() and (
            state_named or bool(ARRESTED_RE.search(span_text)))
    if harmed and harmed <= {"militants"} and state_named and not began:
        return True
    if STATE_ACTION_RE.search(text, draft.anchor.sentence.start, draft.anchor.sentence.end) and \
            "security_forces" not in harmed and not began:
        # "killed in Police firing", "an encounter with the SFs": the state acted.
        return True
    return "air" in classes and state_named and not harmed - {"militants"}


def _arrest_led(text: str, draft: Draft, actor_matches: Sequence[ActorMatch]) -> bool:
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


def _build(text: str, draft: Draft, drafts: Sequence[Draft], infos: Sequence[SentenceInfo],
           dates: Sequence[DateMention], doc_places: places.DocPlaces,
           actor_matches: Sequence[ActorMatch], resources: Resources,
           all_places: places.DocPlaces) -> Incident | None:
    sentences: list[Sentence] = draft.sentences
    evidence: list[Evidence] = []
    date, date_ev = _incident_date(draft, dates)
    if date_ev:
        evidence.append(date_ev)
    place, place_ev = places.incident_place(text, sentences, doc_places, resources.gazetteer)
    if place.country is None:
        # No place in the incident's own sentences: the lead's (or the summary's) place.
        fallback = draft.from_lead.sentence if draft.from_lead is not None else \
            infos[0].sentence if infos else None
        if fallback is not None:
            place, place_ev = places.incident_place(text, [fallback], doc_places,
                                                    resources.gazetteer)
        if place.country is None and fallback is not None:  # only the dateline names a place
            place, place_ev = places.incident_place(text, [fallback], all_places,
                                                    resources.gazetteer)
    evidence.extend(place_ev)
    members = draft.members
    if _arrest_led(text, draft, actor_matches):
        # "Police on January 11 arrested 40 people in connection with the January 10 bomb
        # blast ... 30 people were killed in the blast": the arrest is the state's operation;
        # the blast it refers to lends it neither a method nor a toll.
        members = [draft.anchor]
    figures = [f for m in members for f in m.figures]
    if draft.figure_span is not None:
        lo, hi = draft.figure_span
        figures = [f for f in figures if lo <= f.start and f.end <= hi]
    if not any(f.measure == "kidnapped" for f in figures) and any(
            "kidnap" in m.triggers for m in draft.members):
        # "Eight abducted workers were released ... They were abducted on March 10": the
        # release told apart from the abduction counts its hostages.
        figures += [f for i in infos if i.outcome_only for f in i.figures
                    if f.measure == "kidnapped"][:1]
    counts = tolls.collect(text, figures)
    # the rest of a summary lead, coded beside the incidents the story describes
    residual = bool(draft.anchor.separate_count) and len(drafts) > 1
    if residual:
        _subtract_described(counts, draft, drafts)
    if counts.kidnapped.is_empty() and counts.killed.low:
        for sentence in draft.sentences:
            held = KILLED_AFTER_HELD_RE.search(sentence.text)
            if held:
                # "unidentified men killed them after kidnapping", "had been kidnapped before
                # being tortured to death": the dead were the hostages
                counts.kidnapped = Count(counts.killed.low, counts.killed.high,
                                         counts.killed.best, counts.killed.qualifier)
                evidence.append(Evidence("kidnapped", sentence.start + held.start(),
                                         sentence.start + held.end(), held.group(0)))
                break
    evidence.extend(counts.evidence)
    triggers: dict[str, list[tuple[int, int, str]]] = {}
    for member in members:
        for cls, hits in member.acting_triggers.items():
            triggers.setdefault(cls, []).extend(hits)
    # A clash told only in context sentences (the forces that came after the attackers) is
    # not the incident's method: "militants opened fire at the passengers ... there were
    # reports of heavy exchange of fire between SFs and the kidnappers".
    # It stays in ``triggers``, a further method for the secondary attack types.
    context_clash = "clash" in triggers and not any(
        "clash" in m.triggers for m in members if m.is_event())
    classes = types.method_classes(
        {c: h for c, h in triggers.items() if c != "clash"} if context_clash else triggers)
    if "explosive" in classes and "grenade" not in classes and any(
            HAND_THROWN_RE.search(s.text) or INCENDIARY_RE.search(s.text) for s in sentences):
        # "Militants threw explosive material in front of the house": a hand-thrown
        # explosive is ACLED's grenade sub-event, whatever it was (a petrol bomb always is)
        classes = classes | {"grenade"}
    if "defused" in classes and any(THROWN_RE.search(s.text) for s in sentences):
        # "lobbed a hand grenade ... The grenade was safely exploded by bomb experts": the
        # attack took place and failed (GTD: an unsuccessful bombing), nothing was foiled
        classes = classes - {"defused"}
    if classes & types.BOMB_FAMILY and not classes - types.BOMB_FAMILY - {"attack"} and any(
            incidents.ACCIDENT_RE.search(s.text) for s in sentences):
        return None  # a bomb that went off in its makers' hands: no attack (GTD)
    later = [d.anchor.sentence.start for d in drafts
             if d.anchor.sentence.start > draft.anchor.sentence.start]
    story_end = min(later, default=len(text))
    if classes and classes <= {"clash", "armed", "attack", "unarmed", "arson"} and (
            incidents.OUT_OF_SCOPE_RE.search(text, draft.anchor.sentence.start, story_end) or (
                "clash" in classes and any(
                    "clash" in m.triggers and incidents.RIOT_CLASH_RE.search(m.sentence.text)
                    for m in members))) and \
            not any(m.actor.kind == "non_state" and draft.anchor.sentence.start <= m.start
                    < story_end for m in actor_matches):
        # "killed in Police firing as UDMF cadres clashed with Policemen ... 24 agitators were
        # injured": a riot or a protest put down, out of scope (codebook: event types).
        return None
    state_op = _is_state_operation(text, draft, counts.killed, counts.wounded, counts.arrested,
                                   actor_matches, classes, story_end)
    perps = perpetrators.find_perpetrators(text, sentences, resources.actors, actor_matches,
                                           state_operation=state_op)
    event_type, attack_type, suicide = types.event_and_attack_type(
        classes, state_operation=state_op, killed=counts.killed, wounded=counts.wounded,
        kidnapped=counts.kidnapped, arrested=counts.arrested)
    aim: Evidence | None = None
    if attack_type in ("armed_assault", "bombing", "unknown") and event_type != "armed_clash":
        aim = types.assassination(text, (draft.anchor.sentence.start, draft.anchor.sentence.end),
                                  killed=counts.killed)
        if aim is not None:
            attack_type = "assassination"
            evidence.append(aim)
    target_spans = [(s.start, s.end) for s in sentences[:2]]
    if draft.figure_span is not None:
        # a victim of a summary lead ("... while an MQM activist was shot at and injured"):
        # the target is read in its part of the lead, not in the others'
        lo, hi = draft.figure_span
        target_spans = [(max(a, lo), min(b, hi)) if a <= lo < b else (a, b)
                        for a, b in target_spans]
    target, target_ev = types.target_type(
        text, target_spans, state_operation=state_op,
        killed=counts.killed, wounded=counts.wounded)
    if attack_type == "assassination" and aim is not None:
        target, target_ev = types.assassination_target(aim), Evidence(
            "target_type", aim.start, aim.end, aim.text)
    if target_ev:
        evidence.append(target_ev)
    if not state_op and target in CIVILIAN_TARGETS:
        # "fired upon a car, killing three people": the victims of an attack on a civilian
        # target are civilians unless the text says otherwise (UCDP's one-sided violence).
        for count in (counts.killed, counts.wounded):
            if count.low and set(count.by_category) <= {"unknown"}:
                count.by_category = {"civilians": count.low}
    trigger_hits = sorted(h for hits in triggers.values() for h in hits)
    if trigger_hits:
        s, e, t = trigger_hits[0]
        evidence.append(Evidence("event_type", s, e, t))
    evidence.extend(p.evidence for p in perps)
    anchor = draft.anchor.sentence
    evidence.insert(0, Evidence("incident", anchor.start, anchor.end, anchor.text))
    harmed = not (counts.killed.is_empty() and counts.wounded.is_empty() and
                  counts.kidnapped.is_empty() and counts.arrested.is_empty())
    if place.country is None and not harmed and date is None:
        return None
    if residual and draft.anchor.separate_places and not harmed:
        return None  # every victim the summary counts is in an incident the story describes
    if event_type == "other" or (attack_type == "unknown" and not perps and not residual):
        # An attack that names neither a method nor a doer ("three people were killed") is
        # too vague to record as political violence: a killing, an accident or a crime.  The
        # rest of a summary whose other incidents the story describes is kept ("six persons
        # were killed in separate incidents in Karachi", two of them told): its victims are
        # counted, its method stays unknown.
        return None
    confidence = 0.35 + 0.15 * (date is not None) + 0.15 * (place.country is not None) + \
        0.15 * (not counts.killed.is_empty() or not counts.wounded.is_empty()) + \
        0.1 * bool(perps) + 0.05 * (attack_type not in (None, "unknown"))
    secondary = types.secondary_attack_types(_attackers_triggers(text, triggers), attack_type)
    evidence.extend(Evidence("secondary_attack_types", start, end, words)
                    for _, (start, end, words) in secondary)
    return Incident(
        date=date,
        place=place,
        event_type=event_type,
        attack_type=attack_type,
        secondary_attack_types=[method for method, _ in secondary],
        suicide=suicide,
        target_type=target,
        killed=counts.killed,
        wounded=counts.wounded,
        arrested=counts.arrested,
        kidnapped=counts.kidnapped,
        perpetrators=[p.perpetrator for p in perps],
        evidence=evidence,
        confidence=min(confidence, 0.95),
        attackers=_attackers(text, sentences),
        facility=_facility(text, sentences, evidence),
        summary=anchor.text[:300],
    )


# The dead were held first: "killed them after kidnapping", "had been kidnapped before being
# tortured to death".
KILLED_AFTER_HELD_RE = re.compile(
    r"\b(?:killed|shot\s+dead|murdered|executed|beheaded)\s+(?:them|him|her)\s+after\s+"
    r"(?:kidnapping|abducting)|\b(?:had\s+been|were|was)\s+(?:kidnapped|abducted)\s+before\s+"
    r"being\s+(?:killed|shot|tortured|murdered|executed|beheaded)", re.I)


# Whose fire a gun word is: the nearest doer before it in its clause.
_STATE_FIRER = guarded(r"\b(?:police\w*|policem[ae]n|troops|soldiers|SFs?|security\s+(?:forces|"
                       r"personnel)|(?:security\s+)?guards?|officers|personnel|army|jawans|"
                       r"commandos|FC|Levies|Rangers|forces)\b", re.I)
_NON_STATE_FIRER = guarded(rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS}|bombers?|they|he)\b",
                           re.I)
# A force named before another verb is not the subject of the gun word: "lobbed a grenade
# inside the camp of the Police (SOG) at Litter and then opened indiscriminate fire".
_OTHER_CLAUSE = re.compile(r"\b(?:and|then|but|when|after|before|while|as)\b|,", re.I)


def _attackers_triggers(text: str, triggers: dict[str, list[tuple[int, int, str]]],
                        ) -> dict[str, list[tuple[int, int, str]]]:
    """The gun and clash words of the attackers: not the fire of the force attacked ("the
    Policemen guarding the Police Station opened fire on the vehicle", "the SFs later fired
    at the extremists", "officers exchanged fire with the militants"), which is no further
    method of the attack."""
    out = dict(triggers)
    for cls in ("armed", "clash"):
        kept = []
        for hit in triggers.get(cls, []):
            lo = max(text.rfind(".", 0, hit[0]), text.rfind(";", 0, hit[0]), hit[0] - 80) + 1
            state = [m.end() for m in _STATE_FIRER.finditer(text, lo, hit[0])]
            doers = [m.end() for m in _NON_STATE_FIRER.finditer(text, lo, hit[0])]
            if not (state and state[-1] > max(doers, default=-1) and
                    not _OTHER_CLAUSE.search(text, state[-1], hit[0])):
                kept.append(hit)
        if kept:
            out[cls] = kept
        else:
            out.pop(cls, None)
    return out


def _subtract_described(counts: tolls.Casualties, lead: Draft,
                        drafts: Sequence[Draft]) -> None:
    """A residual incident coded from a summary lead keeps only what the others don't."""
    others = [d for d in drafts if d.anchor is not lead.anchor]  # the lead's other residual too
    for measure in ("killed", "wounded"):
        total: Count = getattr(counts, measure)
        if total.low is None:
            continue
        described = 0
        for d in others:
            c = tolls.collect("", [f for m in d.members for f in m.figures
                                   if f.measure == measure])
            described += getattr(c, measure).low or 0
        rest = total.low - described
        left = Count.exact(rest) if rest > 0 else Count()
        if rest > 0 and len(total.by_category) == 1:
            # all the summary's victims were of one side: so are those left over
            left.by_category = {next(iter(total.by_category)): rest}
        setattr(counts, measure, left)


_FACILITY = guarded(
    r"\b(?:targeting|targeted|attack(?:ed)?\s+on|stormed|raided|struck|hit|inside|outside|"
    r"near|at|on)\s+(?:a|an|the)\s+(?P<site>(?:[\w’'-]+\s+){0,3}?(?:college|school|"
    r"police\s+station|station|check[\s-]?post|checkpoint|camp|base|mosque|imambargah|"
    r"shrine|church|temple|market|bazaar|hotel|office|court|hospital|university|compound|fort|"
    r"convoy|bus|van|coach|jirga|funeral|rally|house|residence|headquarters|academy|centre|"
    r"center|gate|bank|factory|tower|pipeline|train))\b", re.I)


def _facility(text: str, sentences: Sequence[Sentence],
              evidence: list[Evidence]) -> str | None:
    """The site attacked, as written ("the police training college"), with evidence."""
    for s in sentences[:2]:
        m = _FACILITY.search(text, s.start, s.end)
        if m:
            evidence.append(Evidence("facility", m.start("site"), m.end("site"), m.group("site")))
            return m.group("site")
    return None


_ATTACKERS = guarded(
    r"\b(?P<n>\w+)(?:\s*(?:to|-|–)\s*\w+)?\s+(?:heavily\s+)?(?:armed\s+)?(?:terrorists|"
    r"militants|gunmen|attackers|assailants|suicide\s+bombers)\s+(?:had\s+|have\s+)?"
    r"(?:attacked|stormed|opened|entered|struck|raided|abducted|kidnapped|ambushed)",
    re.I)


def _attackers(text: str, sentences: Sequence[Sentence]) -> int | None:
    """The number of attackers when stated ("three heavily armed terrorists attacked"); of a
    range ("15 to 20 militants had abducted"), its low end (GTD's nperps is one number, and
    the codebook's counts are conservative)."""
    from eventwatch.extract.numbers import words_to_int

    for s in sentences:
        for m in _ATTACKERS.finditer(text, s.start, s.end):
            n = m.group("n")
            count = int(n) if n.isdigit() else words_to_int(n)
            if count is not None:  # not "unidentified militants opened fire"
                return count
    return None
