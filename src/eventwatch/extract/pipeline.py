"""The extraction pipeline: one article in, incidents, statistics, relations and actor
milestones out, every field with its evidence.

:func:`extract_article` runs the stages in this order (one module each):

1. ``segment``      sentences with character offsets (spaCy blank English + sentencizer),
                    run-on narratives split at attributions and discourse markers;
2. ``dateline``     the publication date when the input gives none, and the dateline place;
3. ``temporal``     every date expression resolved against the publication date;
4. ``numbers``      (used by 8) digits, number words, qualifiers and vague words;
5. ``places``       gazetteer matches, disambiguated by the article's own context, the
                    scene told from origins and destinations by ``scenes``, a name read
                    as written (its unit, its owner) by ``written_places``, a site with
                    no kind word by ``bare_sites``, the site a headline names for the
                    first act by ``headline_sites``;
6. actors           actor-base matches (``resources.actors``), aliases resolved;
7. ``incidents``    event sentences grouped into incidents (their words found by
                    ``triggers``); background and aggregates (``tallies``) out, acts only
                    referred to set aside by ``references`` (and their days by
                    ``act_days``), an incident told again kept with it by ``retelling``
                    (its dead found later: ``found_bodies``; the first incident told again
                    after another: ``first_retold``), bombs found told from bombs gone off
                    by ``explosives``, security operations by ``operations`` (a group's
                    own drones by ``group_drones``); each incident
                    a ``drafts.Draft``, a lead's other acts coded by ``lead_acts``;
8. ``casualties``   killed / wounded / arrested / kidnapped figures by category (read
                    by ``incidents``) from the counted phrases of ``phrases`` on the
                    verb's side (``verb_groups``; a group's members: ``group_members``;
                    the measures' verbs: ``measure_verbs``), reconciled per incident by
                    ``tolls`` (updates: ``toll_updates``; deaths of the wounded: ``late_deaths``);
9. ``perpetrators`` claimed / attributed / suspected, named or as written (the state's side
                    of a security operation read by ``state_doers``, the named that are no
                    doers apart dropped by ``perpetrator_filters``, a summary lead's group
                    given to its parts by ``lead_doers``, groups named in an apposition
                    read by ``appositions``);
10. ``types``       ACLED event type, GTD attack (``assassination``) and target type, suicide;
                    the site attacked, the attackers counted and their own fire
                    (``details``);
11. evidence and confidence on every field (assembled here), the incident's date by
    ``incident_date``;
12. ``statistics`` aggregate figures stated in the text, with their cited source;
13. ``relations``  actor relations (affiliate, joint_claim, splinter_of ...), with evidence;
14. ``milestones`` dated turning points of actors ("marked its entry ... on").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.extract import (
    explosives,
    incidents,
    operations,
    perpetrators,
    places,
    scope,
    state_doers,
    toll_updates,
    tolls,
    types,
)
from eventwatch.extract.assassination import assassination, assassination_target
from eventwatch.extract.dateline import find_dateline
from eventwatch.extract.details import attackers_count, attackers_triggers, facility
from eventwatch.extract.doc_places import (
    DocPlaces,
    document_places,
    group_country,
    section_countries,
    without,
)
from eventwatch.extract.drafts import Draft
from eventwatch.extract.group_members import armed_groups_members
from eventwatch.extract.headline_sites import with_headline_site
from eventwatch.extract.incident_date import incident_date
from eventwatch.extract.incidents import SentenceInfo
from eventwatch.extract.lead_doers import with_lead_groups
from eventwatch.extract.lexicon import GROUPS_FIGHT_RE
from eventwatch.extract.milestones import find_milestones
from eventwatch.extract.relations import find_relations
from eventwatch.extract.retelling import harms
from eventwatch.extract.scenes import own_site
from eventwatch.extract.segment import Sentence, split_run_ons, split_sentences
from eventwatch.extract.statistics import find_statistics
from eventwatch.extract.target_words import force_target
from eventwatch.extract.temporal import DateMention, find_dates
from eventwatch.extract.triggers import other_act_hits, second_act_at
from eventwatch.models import Article, Count, Evidence, ExtractionResult, Incident
from eventwatch.resources import Resources

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorMatch

def extract_article(article: Article, resources: Resources) -> ExtractionResult:
    """Extract incidents, statistics, relations and milestones from one article; see the
    module docstring for the stages in order."""
    text = article.text
    sentences = split_run_ons(split_sentences(resources.nlp, text, resources.sentence_final))
    dateline = find_dateline(text, article.published)
    head: int | None = None
    if dateline is not None and 0 < dateline.opens <= 300 and \
            "\n" in text[:dateline.opens] and not text[:dateline.opens].strip().endswith("."):
        # a headline above the dateline sums up the story's acts: "Pak shells villages in
        # Nowshera; IED found on highway, 2 terrorists killed in Udhampur" (no incident's)
        head = dateline.opens
        sentences = [s for s in sentences if s.start >= dateline.opens]
    elif (head := _headline_end(text)) is not None:
        # (or above the story's first paragraph, with no dateline: "BLF claims attack on
        # Levies post in Awaran; gas pipeline blown up in Dera Bugti")
        sentences = [s for s in sentences if s.start >= head]
    published = article.published
    published_source = article.published_source
    if not published and dateline is not None and dateline.date is not None and \
            dateline.date.year is not None and dateline.date.precision == "day":
        published, published_source = dateline.date.value, "dateline"
    dates = find_dates(text, published)
    # The dateline's date is the day the story was filed, not the day of the event.
    event_dates = dates if dateline is None else [
        d for d in dates if not (dateline.opens <= d.start < dateline.header_end)]
    actor_matches = resources.actors.scan(text)
    doc_places = document_places(
        text, resources.gazetteer, [(m.start, m.end) for m in actor_matches],
        # (non-state actors only: a state's troops fire across its borders, "Pakistani
        # troops ... at the LoC in Poonch District" is India's Poonch)
        [m.actor.countries for m in actor_matches
         if m.actor.countries and m.actor.kind == "non_state"],
        [(m.start, m.end) for m in actor_matches if m.actor.kind == "non_state"])
    # The dateline says where the story was filed, not where the event happened.
    site_places = doc_places if dateline is None else without(
        doc_places, dateline.start, dateline.end)
    infos = incidents.describe(text, sentences, event_dates)
    stats = find_statistics(text, sentences, dates, doc_places, actor_matches, resources.gazetteer,
                            published, [i.found_figures for i in infos])  # (before any is sided)
    armed_groups_members(text, infos, actor_matches)
    drafts = incidents.group(infos, dated=published is not None)
    found: list[Incident] = []
    seat = None if dateline is None else places.dateline_seat(
        text, dateline.start, dateline.end, doc_places, resources.gazetteer)
    sections = section_countries(text, resources.gazetteer) if "\n\n" in text else []
    for draft in drafts:
        here = site_places
        if (country := next((c for at, c in reversed(sections)
                             if at <= draft.anchor.sentence.start), None)) is not None:
            # a round-up's section heading names the country of its items
            here = replace(site_places, countries=(country, *(
                c for c in site_places.countries if c != country)))
        incident = _build(text, draft, drafts, infos, event_dates, here, actor_matches,
                          resources, doc_places, found)
        if incident is not None:
            places.in_dateline_district(incident, seat)
            found.append(incident)
    if found and head is not None:
        # (the headline's site of the story's first act, where its sentences name the unit)
        found[0] = with_headline_site(text, head, found[0], resources.gazetteer,
                                      [(m.start, m.end) for m in actor_matches])
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
        dateline=dateline.place or None if dateline else None,
    )


_NOT_BEFORE = re.compile(r"(?:\bnot|n't|n’t|\bnever)\s+$", re.I)
CIVILIAN_TARGETS = frozenset({
    "private_citizens", "transportation", "business", "educational_institution",
    "religious_figures_institutions", "journalists_media", "ngo", "tourists",
    "food_water_supply", "utilities", "telecommunication", "airports_aircraft", "maritime"})


def _build(text: str, draft: Draft, drafts: Sequence[Draft], infos: Sequence[SentenceInfo],
           dates: Sequence[DateMention], doc_places: DocPlaces,
           actor_matches: Sequence[ActorMatch], resources: Resources,
           all_places: DocPlaces, built: Sequence[Incident]) -> Incident | None:
    sentences: list[Sentence] = draft.sentences
    evidence: list[Evidence] = []
    date, date_ev = incident_date(text, draft, dates, built)
    if date_ev:
        evidence.append(date_ev)
    # (an arrest's scene is where the arrested were taken from: "arrested by SF 10 commandos
    # from Baghmara in South Garo Hills District")
    # (a part of a summary told in a clause of its sentence is where that clause says: "four
    # terrorists were killed in Mir Ali, while two were killed in Tirah valley")
    scene = sentences
    second = draft.clause_end if draft.clause_end is not None else \
        second_act_at(sentences[0]) if len(drafts) > 1 else None
    if second is not None and draft.figure_span is None:
        # a lead whose "separate" second act the story tells again: its own first clause
        first = sentences[0]
        scene = [Sentence(first.index, first.start, second, text[first.start:second],
                          first.quoted, first.paragraph), *sentences[1:]]
    if draft.figure_span is not None and draft.from_lead is not None:
        lo, hi = draft.figure_span
        first = sentences[0]
        scene = [Sentence(first.index, lo, hi, text[lo:hi], first.quoted, first.paragraph),
                 *sentences[1:]]
    place, place_ev = places.incident_place(
        text, scene, doc_places, resources.gazetteer,
        arrested_from=set(draft.anchor.triggers) == {"arrest"})
    if place.country is None:
        # No place in the incident's own sentences: the lead's (or the summary's) place.
        fallback = draft.from_lead.sentence if draft.from_lead is not None else \
            infos[0].sentence if infos else None
        if fallback is not None:
            place, place_ev = own_site(text, sentences[0], doc_places, *(
                places.incident_place(text, [fallback], doc_places, resources.gazetteer)))
        if place.country is None and fallback is not None:  # only the dateline names a place
            place, place_ev = own_site(text, sentences[0], doc_places, *(
                places.incident_place(text, [fallback], all_places, resources.gazetteer,
                                      from_dateline=True)))
        if place.country is None:  # last resort: where people were arrested from
            place, place_ev = places.incident_place(text, sentences, doc_places,
                                                    resources.gazetteer, held_from=True)
        if place.country is None:  # or the country in the name of a group it names
            place, place_ev = group_country(
                text, sentences, [(m.start, m.end) for m in actor_matches
                                  if m.actor.kind == "non_state"], resources.gazetteer)
        if place.country is None and len(infos) > 1:  # or the 2nd sentence's (a lead, bylined)
            place, place_ev = own_site(text, sentences[0], doc_places, *(
                places.incident_place(text, [infos[1].sentence], doc_places, resources.gazetteer)))
    evidence.extend(place_ev)
    # the other clause of a two-act lead is another incident's method and toll
    other_acts = other_act_hits(sentences, [(e.start, e.end) for e in place_ev],
                                told_apart=len(drafts) > 1)
    if draft.clause_end is not None:  # (the rest of its sentence is another incident's)
        other_acts.add((draft.clause_end, draft.anchor.sentence.end))
    elif draft.figure_span is not None and draft.from_lead is draft.anchor and \
            not draft.verb_before:  # (a verb elided: "and three more in Depalpur" keeps it)
        other_acts.add((draft.anchor.sentence.start, draft.figure_span[0]))
    members = draft.members
    if operations.arrest_led(text, draft, actor_matches):
        # "Police on January 11 arrested 40 people in connection with the January 10 bomb
        # blast ... 30 people were killed in the blast": the arrest is the state's operation;
        # the blast it refers to lends it neither a method nor a toll.
        members = [draft.anchor]
    figures = [*draft.figures, *(f for m in members for f in m.figures)]
    if len(members) < len(draft.members):
        # (its own later arrests stay: "three of his associates were also arrested")
        figures += [f for m in draft.members if m is not draft.anchor for f in m.figures
                    if f.measure == "arrested"]
    if draft.figure_span is not None:  # (a lead's clause keeps its later sentences' figures)
        lo, hi, own = *draft.figure_span, draft.from_lead is draft.anchor
        figures = [f for f in figures if (lo <= f.start and f.end <= hi) or (
            own and not draft.anchor.sentence.start <= f.start < draft.anchor.sentence.end)]
    if not any(f.measure == "kidnapped" for f in figures) and any(
            "kidnap" in m.triggers for m in draft.members):
        # "Eight abducted workers were released ... They were abducted on March 10": the
        # release told apart from the abduction counts its hostages.
        # (not a past abduction's: "In March 2024, gunmen abducted more than 130 pupils ...,
        # who were freed weeks later")
        figures += [f for i in infos if i.outcome_only and not (i.background or i.aggregate)
                    for f in i.figures if f.measure == "kidnapped"][:1]
    # (a figure whose verb is in the other clause is its, wherever its words begin: "a
    # Rangers picket in Naudero, a prayer leader was gunned down")
    figures = [f for f in figures
               if not any(lo <= f.start < hi or lo < f.end <= hi for lo, hi in other_acts)]
    counts = tolls.collect(text, figures)
    # the rest of a summary lead, coded beside the incidents the story describes
    residual = bool(draft.anchor.separate_count) and len(drafts) > 1
    if residual:
        toll_updates.subtract_described(counts, draft, drafts)
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
    for lo, hi in other_acts:
        triggers = {c: kept for c, hits in triggers.items()
                    if (kept := [h for h in hits if not lo <= h[0] < hi])}
    if draft.from_lead is not None and "shelling" in triggers and "air" not in triggers and \
            {"air"} == {"air", "shelling"} & draft.from_lead.acting_triggers.keys():
        # a part of a lead that counts drone strikes, told by its missiles, is one of them ("Two
        # US drone strikes killed ... when two missiles slammed"; not "air force and artillery")
        triggers["air"] = list(draft.from_lead.acting_triggers["air"])
    # Bombs a later sentence tells were defused, in an attack whose own sentences name another
    # method and no bomb, are no method of it: "a group of militants attacked a security post
    # ... with heavy weapons ... Several landmines were defused in those areas".
    made_safe = [m for m in members if m is not draft.anchor and "defused" in m.acting_triggers
                 and not harms(m.figures)]
    if made_safe:
        rest: set[str] = set()
        for member in members:
            if member not in made_safe:
                rest |= set(member.acting_triggers)
        if rest & {"armed", "clash", "air"} and not rest & (explosives.BOMB_CLASSES | {"defused"}):
            bombs = explosives.BOMB_CLASSES | {"defused"}
            safe = {h for m in made_safe for c, hits in m.acting_triggers.items() if c in bombs
                    for h in hits}
            triggers = {c: kept for c, hits in triggers.items()
                        if (kept := [h for h in hits if h not in safe])}
    # A clash told only in context sentences (the forces that came after the attackers) is
    # not the incident's method: "militants opened fire at the passengers ... there were
    # reports of heavy exchange of fire between SFs and the kidnappers".
    # It stays in ``triggers``, a further method for the secondary attack types.
    # (not the forces' reply to the attack, told right after it: "opened fire on a team of C
    # 60 commandos ... The Security Forces (SFs) retaliated"; but not one denied: "Police
    # didn't retaliate"; nor the forces that beat the attack back: "Soldiers repelled the
    # assault"; also right after the sentence that tells the attack again: "a gang of some
    # 15 dacoits ... attacked the police picket ... The policemen returned fire")
    # (told in a paragraph of its own after the lead's: SATP's one-paragraph narratives tell
    # a reply two sentences on for another act)
    # (or within the paragraph of the act's telling, in a story told in paragraphs: "Militants
    # attacked the police post ... Constable Shaukat Ali was martyred on the spot ... The
    # policemen returned fire and the attackers fled")
    paragraphs = "\n\n" in text.strip()
    replies = [m for i, m in enumerate(members[1:], 1) if i == 1 or (
        members[i - 1].sentence.index == m.sentence.index - 1 and
        (set(members[i - 1].triggers) - {"clash"} or (paragraphs and members[i - 1].figures)) and
        m.paragraph == members[i - 1].paragraph and (
            m.paragraph > members[0].paragraph or paragraphs))]
    context_clash = "clash" in triggers and not any(
        "clash" in m.triggers for m in members if m.is_event()) and not any(
        (types.ONE_SIDED_REPLY.match(h[2]) or types.REPELLED.search(m.sentence.text)) and
        not _NOT_BEFORE.search(text, max(0, h[0] - 10), h[0])
        for m in replies for h in m.triggers.get("clash", []))
    classes = types.method_classes(
        {c: h for c, h in triggers.items() if c != "clash"} if context_clash else triggers)
    if "explosive" in classes and "grenade" not in classes and any(
            explosives.hand_thrown(s.text) for s in sentences):
        # "Militants threw explosive material in front of the house": a hand-thrown
        # explosive is ACLED's grenade sub-event, whatever it was (a petrol bomb always is)
        classes = classes | {"grenade"}
    if "defused" in classes and (any(explosives.THROWN_RE.search(s.text) for s in sentences) or (
            "defused" not in draft.anchor.triggers and any(
                types.BURST.match(types.hit_words(h))
                for h in draft.anchor.triggers.get("explosive", [])))):
        # "lobbed a hand grenade ... The grenade was safely exploded by bomb experts": the
        # attack took place and failed (GTD: an unsuccessful bombing), nothing was foiled;
        # and a lead's blast took place whatever else was defused after it ("Two shops were
        # destroyed when an explosive device ... went off ... officials defused another";
        # not the defusing's own: "defused a magnetic bomb in a controlled explosion")
        classes = classes - {"defused"}
    if classes & types.BOMB_FAMILY and any(
            explosives.ACCIDENT_RE.search(s.text) for s in sentences):
        if not classes - types.BOMB_FAMILY - {"attack"}:
            return None  # a bomb that went off in its makers' hands: no attack (GTD)
        if classes & {"arrest", "operation"}:
            # ... told with the state's arrest of its makers: the arrest is the incident, and
            # the harm the bomb did its makers before it is not its toll ("RAB ... recovered
            # around 100 hand bombs ... and arrested two people ... injured while making
            # bombs")
            classes = classes - types.BOMB_FAMILY
            counts.killed, counts.wounded = Count(), Count()
    later = [d.anchor.sentence.start for d in drafts
             if d.anchor.sentence.start > draft.anchor.sentence.start]
    story_end = min(later, default=len(text))
    # The first incident's story includes an act told right before it and left out as a riot
    # or protest ("On August 31, protestors torched the houses of ... The Deputy Commissioner
    # said that two persons died of bullet injuries").
    story_start = draft.anchor.sentence.start
    before = [i for i in infos if i.sentence.start < story_start]
    if before and before[-1].triggers and not draft.anchor.new_marker and \
            not any(d.anchor.sentence.start < story_start for d in drafts):
        story_start = before[-1].sentence.start
    # (not a protest the act led to, told in a later paragraph with no act of its own:
    # "Traders in Serai Naurang kept their shops closed and staged a protest against the
    # deteriorating law and order situation")
    aftermath = [(i.sentence.start, i.sentence.end) for i in infos
                 if draft.anchor.sentence.start < i.sentence.start < story_end and
                 i.paragraph > members[-1].paragraph and not i.triggers and not i.figures]
    riot = bool(classes) and classes <= {"clash", "armed", "attack", "unarmed", "arson"} and (
        any(not any(a <= p.start() < b for a, b in aftermath)
            for p in scope.OUT_OF_SCOPE_RE.finditer(text, story_start, story_end)) or (
            "clash" in classes and any(
                "clash" in m.triggers and scope.RIOT_CLASH_RE.search(m.sentence.text)
                for m in members))) and \
        not any(m.actor.kind == "non_state" and draft.anchor.sentence.start <= m.start
                < story_end for m in actor_matches)
    # a fight with no arms that the story calls a brawl, whoever fought it: "cadres of the CPN
    # UML and CPN Maoist Centre clashed ... In the same brawl a local teacher"
    brawl = bool(classes) and classes <= {"clash", "unarmed"} and \
        bool(scope.BRAWL_RE.search(text, story_start, story_end))
    if riot or brawl:
        # "killed in Police firing as UDMF cadres clashed with Policemen ... 24 agitators were
        # injured": a riot or a protest put down, out of scope (codebook: event types).
        return None
    past = [(i.sentence.start, i.sentence.end) for i in infos
            if i.aggregate or i.background or (i.refers_to and not i.is_event())]
    state_op = operations.is_state_operation(text, draft, counts.killed, counts.wounded,
                                             counts.arrested, actor_matches, classes, story_end,
                                             past)
    perps = perpetrators.find_perpetrators(text, sentences, resources.actors, actor_matches,
                                           state_operation=state_op)
    if not perps and draft.from_lead is not None:
        # (a part of a summary lead that names no doer: the lead's)
        perps = perpetrators.find_perpetrators(text, [draft.from_lead.sentence],
                                               resources.actors, actor_matches,
                                               state_operation=state_op)
    elif draft.from_lead is not None and not state_op and \
            all(p.perpetrator.actor is None for p in perps):
        perps = with_lead_groups(text, perps, draft.from_lead.sentence, resources.actors,
                                 actor_matches)
    for p in perps:
        if (force := state_doers.police_of_place(text, p, place, resources.actors) or
                state_doers.forces_of_place(text, p, place, resources.actors)):
            p.perpetrator.actor = force
    event_type, attack_type, suicide = types.event_and_attack_type(
        classes, state_operation=state_op, killed=counts.killed, wounded=counts.wounded,
        kidnapped=counts.kidnapped, arrested=counts.arrested,
        stormed_only=bool(triggers.get("armed")) and all(
            h[2].lower() in _NO_WEAPON or h[2].lower().startswith(_ARMED_DOERS)
            for h in triggers["armed"]),
        state_act=operations.state_act(draft.anchor.sentence.text) if state_op else "")
    aim: Evidence | None = None
    if attack_type in ("armed_assault", "bombing", "unknown") and event_type != "armed_clash":
        aim = assassination(text, _less_other_acts(
            (draft.anchor.sentence.start, draft.anchor.sentence.end), other_acts),
            killed=counts.killed)
        if aim is not None:
            attack_type = "assassination"
            evidence.append(aim)
    # (not another act's clause: "..., a local leader of the PTI was shot dead in Dera Ismail
    # Khan" after "Militants targeted a police post with a quadcopter in Tank")
    target_spans = [_less_other_acts((s.start, s.end), other_acts) for s in sentences[:2]]
    if draft.figure_span is not None:
        # a victim of a summary lead ("... while an MQM activist was shot at and injured"):
        # the target is read in its part of the lead, not in the others'
        lo, hi = draft.figure_span
        target_spans = [(max(a, lo), min(b, hi)) if a <= lo < b else (a, b)
                        for a, b in target_spans]
    doer_names = {p.perpetrator.actor for p in perps if p.perpetrator.actor}
    doers = [(p.evidence.start, p.evidence.end) for p in perps] + [
        (m.start, m.end) for m in actor_matches if m.actor.name in doer_names]
    # Fire between two states' forces that hurt no militant aims at the other side's men or
    # villages: "A BSF trooper was killed in ceasefire violation by Pakistani troops".
    # (so does a state's force firing in another state: "Pakistan Army resorted to heavy
    # mortar shelling and firing on forward Indian posts and villages ... in Rajouri District")
    between_states = state_op and "militants" not in (
        set(counts.killed.by_category) | set(counts.wounded.by_category)) and (any(
            operations.between_states(s.text) for s in draft.sentences) or (
            event_type != "arrests" and operations.foreign_force(perps, place, resources.actors)))
    target, target_ev = types.target_type(
        text, target_spans, state_operation=state_op and not between_states,
        killed=counts.killed, wounded=counts.wounded, kidnapped=counts.kidnapped, doers=doers,
        groups=[(m.start, m.end) for m in actor_matches if m.actor.kind == "non_state"],
        defused=event_type == "disrupted_weapons_use",
        remote=event_type in ("air_drone_strike", "shelling_artillery_missile_attack"),
        on_civilians=state_op and event_type == "attack",
        forces=[(m.start, m.end, force) for m in actor_matches if m.actor.kind == "state" and
                (force := force_target(m.actor.name, m.actor.parent)) is not None])
    if attack_type == "assassination" and aim is not None:
        target, target_ev = assassination_target(aim, text), Evidence(
            "target_type", aim.start, aim.end, aim.text)
    elif (len(perps) > 1 or (perps and re.search(r"\b(?:factions|wings)\s+of\b",
                                                   draft.anchor.sentence.text))) and \
            all(p.perpetrator.kind == "non_state" for p in perps) and \
            event_type == "armed_clash" and GROUPS_FIGHT_RE.search(draft.anchor.sentence.text):
        # armed groups' (or one group's factions') own fight aims at each other's men,
        # whatever the words around it ("a gunfight between two armed groups ..., said the
        # commanding officer of the 16th Armed Police Battalion")
        target, target_ev = "terrorists_non_state_militia", None
    elif state_op and (event_type == "abduction_forced_disappearance" or (
            event_type == "looting_property_destruction" and
            operations.homes_destroyed(draft.anchor.sentence.text))):
        target, target_ev = "private_citizens", None  # people it took away, homes it destroyed
    if target_ev:
        evidence.append(target_ev)
    if state_op and event_type == "air_drone_strike" and counts.killed.low and \
            set(counts.killed.by_category) <= {"unknown", "civilians"} and \
            any(state_doers.STRUCK_AS_MILITANTS.search(s.text) for s in sentences):
        # a state's strike whose dead the story names as the group's men: "killing two men
        # whom local tribal officials described as al-Qaida members", "The Israeli army said
        # it had targeted \"two terrorists\"" (ACLED's and the coders' reading)
        counts.killed.by_category = {"militants": counts.killed.low}
        target, target_ev = "terrorists_non_state_militia", None
    # (and an official a killing aimed at: "shot dead Abdul Rahim Haqyar, the
    # Taliban-appointed governor of Nurgal district", a civilian in UCDP's count)
    if (target in CIVILIAN_TARGETS or (attack_type == "assassination" and
                                       target == "government_general")) and \
            (not state_op or target_ev is not None):
        # "fired upon a car, killing three people": the victims of an attack on a civilian
        # target are civilians unless the text says otherwise (UCDP's one-sided violence),
        # also of a state's strike on the civilian site it names ("bombed a monastery")
        # (and the people among whom civilians are named, in a state's strike from afar on
        # the site it names: "slammed into a nine-story apartment building ..., killing four
        # people, including a 7-year-old girl"; not a bombing's: the man at a jirga's blast
        # whose role is not told stays unknown)
        struck = state_op and target_ev is not None and event_type in (
            "air_drone_strike", "shelling_artillery_missile_attack")
        for count in (counts.killed, counts.wounded):
            if count.low and set(count.by_category) <= (
                    {"unknown", "civilians"} if struck else {"unknown"}):
                count.by_category = {"civilians": count.low}
    if (forces := state_doers.taliban_men_as_forces(
            text, place.country, date, (counts.killed, counts.wounded), evidence,
            [p.perpetrator for p in perps])) and \
            target == "terrorists_non_state_militia":
        target = forces  # the Taliban's men hit, since they govern: their force's target
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
    secondary = types.secondary_attack_types(attackers_triggers(text, triggers), attack_type)
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
        attackers=attackers_count(text, sentences, evidence),
        facility=facility(text, sentences, evidence),
        summary=anchor.text[:300],
    )


# The dead were held first: "killed them after kidnapping", "had been kidnapped before being
# tortured to death".
KILLED_AFTER_HELD_RE = re.compile(
    r"\b(?:killed|shot\s+dead|murdered|executed|beheaded)\s+(?:them|him|her)\s+after\s+"
    r"(?:kidnapping|abducting)|\b(?:had\s+been|were|was)\s+(?:kidnapped|abducted)\s+before\s+"
    r"being\s+(?:killed|shot|tortured|murdered|executed|beheaded)", re.I)


# The "armed" words that name an attack but no weapon: a forced entry or an attack as such.
_NO_WEAPON = frozenset({"stormed", "attack", "attacks", "attacked", "attacking", "assault",
                        "assaults", "assaulted"})
# (or the doers' description: "armed men torched two passenger buses", "gunmen hijacked and
# set fire to at least eight vehicles")
_ARMED_DOERS = ("armed ", "heavily armed ", "gunm")


def _less_other_acts(span: tuple[int, int], other_acts: set[tuple[int, int]],
                     ) -> tuple[int, int]:
    """A sentence's span less another act's clause at its end or its start."""
    start, end = span
    for lo, hi in other_acts:
        if start < lo < end <= hi:
            end = lo
        elif lo <= start < hi < end:
            start = hi
    return start, end


def _headline_end(text: str) -> int | None:
    """Where the story starts after a headline: a first paragraph of one short line with no
    closing stop, before at least two more paragraphs; None where there is none."""
    end = text.find("\n\n", 0, 200)
    head = text[:end].strip() if end > 0 else ""
    if not head or "\n" in head or head.endswith((".", "?", "!", '"', "”", ":")) or \
            text.count("\n\n", end + 2) < 1:
        return None
    return end + 2
