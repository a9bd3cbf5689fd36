"""Stage 9: perpetrators and claims.  Reads one incident's sentences, the actor matches and
whether the incident is a security operation; writes :class:`Perpetrator` records with
evidence.

* ``claimed``: the group claimed it ("X claimed responsibility", "claimed by X", "X, which
  claimed the attack"); several claimants are all kept.
* ``suspected``: hedged ("suspected X militants", "believed to be X", "a X slogan").
* ``attributed``: the report or officials name the doer without a claim ("X militants
  attacked", "unidentified gunmen opened fire", "clashes between X and Y").
* A named group in the role of victim ("two militants of LeT were killed") is not a
  perpetrator.  An unnamed doer ("a Taliban faction", "unknown gunmen") is kept as text with
  ``actor`` None.  In a security operation the doer is the state force named in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwatch.extract.appositions import (
    APPOSITION_OF_RE,
    after_apposition,
    claimed_as_whole,
)
from eventwatch.extract.doer_verbs import (
    BOTH_CLAIMED,
    CLAIM_RE,
    DOER_TOLD_AFTER,
    DOER_VERB_RE,
    FACTIONS_BETWEEN,
    HARMED_BEFORE,
    HELD_BY,
    INVOLVEMENT_BEFORE,
    JOINED_FOUGHT,
    MOTIVE_BETWEEN,
    NOT_RULED_OUT_AFTER,
    OWN_SPOKESMAN,
    POSTER_LEFT,
    POSTER_NAMES,
    SECOND_OF_JOINED,
)
from eventwatch.extract.fastre import guarded
from eventwatch.extract.lexicon import (
    ATTACKER_NOUNS,
    GROUPS_FIGHT_RE,
    GROUPS_FOUGHT_RE,
    MILITANT_NOUNS,
)
from eventwatch.extract.perpetrator_filters import (
    BRACKET_GAP,
    drop_ancestors,
    drop_faction_names,
    drop_owners,
)
from eventwatch.extract.segment import Sentence
from eventwatch.extract.state_doers import (
    AGENT_AFTER,
    FORCE_AGENT,
    FORCE_DID,
    NATION_RE,
    STATE_RE,
    TIED_TO,
    joined_force_acted,
    joined_nation,
    state_doer,
)
from eventwatch.extract.unnamed_doers import group_of_its_dead, unnamed_doer
from eventwatch.models import Evidence, Perpetrator

_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
NEGATED_CLAIM_RE = guarded(
    r"\b(?:no|none|nobody|not|yet\s+to|no\s+one)\b[^.;]{0,40}\bclaim", re.I)
SUSPECT_RE = guarded(
    r"\b(?:suspected|suspect|believed|likely|possibly|allegedly|alleged|probably|"
    r"suspicion|slogan|hallmarks?|pointed\s+to|point\s+to|points\s+to|"
    # ("investigating whether members of Los Ardillos ... were behind the killing")
    r"investigating\s+whether)\b", re.I)
BLAME_RE = guarded(r"\b(?:blamed|blames|blaming|accused|held\s+responsible|"
                   r"behind\s+the|carried\s+out\s+by|attributed\s+to|"
                   # (the doers' group told: "the attackers belonged to the Gran Grif gang")
                   r"(?:attackers|assailants|gunmen|killers|raiders)\s+belonged\s+to|"
                   r"(?:killed|shot|shot\s+dead|gunned\s+down|attacked|abducted|kidnapped|"
                   r"targeted|perpetrated|murdered|stabbed|hacked|ambushed|injured|wounded|"
                   # the act named as a noun: "in an attack by TTP on the Pakistan Naval
                   # Station (PNS) Mehran"
                   r"attacks?|assaults?|ambush|raids?|firing|shelling|"
                   # the bomb's makers: "the landmine blast triggered by the CPI Maoist"
                   r"triggered|detonated|planted|exploded|set\s+off|laid|hurled|lobbed|"
                   r"torched|orchestrated|"
                   # a missile's or a rocket's firers: "A missile fired by Houthi rebels hit"
                   r"fired|launched)\s+"
                   # (the fire's target told before: "Troops ... were fired upon by about 15
                   # NPA rebels")
                   r"(?:(?<=fired\s)(?:up)?on\s+)?"
                   # (a hedge or a day between: "abducted on December 15 by ULFA I militants")
                   r"(?:(?:allegedly|reportedly)\s+)?(?-i:on\s+[A-Z][a-z]+\s+\d{1,2},?\s+)?"
                   r"(?:to\s+death\s+)?by\s+(?:the\s+)?(?:banned\s+|outlawed\s+|suspected\s+)?"
                   # "injured by six Taliban militants", "by a group of armed LeT men"
                   # (or a count's hedge: "by about 15 NPA rebels")
                   r"(?:(?:a\s+group\s+of|some|several|dozens\s+of|about|around|nearly|over|"
                   r"at\s+least|more\s+than|\d+|one|two|three|four|five|"
                   r"six|seven|eight|nine|ten|armed|heavily\s+armed|unidentified)\s+){0,3})"
                   # (the window ends where the name begins: "killed by " is read to its end)
                   r"(?:\b|$)", re.I)
FACTION_RE = guarded(r"^\s*(?:faction|splinter(?:\s+group)?|breakaway|commander|group)\b",
                        re.I)
VICTIM_AFTER_RE = guarded(
    r"^[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?(?:killed|arrested|injured|wounded|detained|"
    r"captured|apprehended|gunned)\b", re.I)

# The men of the group named next: "Two cadres of the" (a fight's victims, their group).
_MEN_OF_BEFORE = re.compile(r"\b(?:cadres|militants|fighters|members|rebels)\s+of\s+(?:the\s+)?$",
                            re.I)
# The group's name as the attack's: "in a Taliban attack", "in separate Taliban attacks", "a
# TTP ambush", "in Taliban’s ambush".
ATTACK_OF_RE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[’']s\s+)?(?:(?:suicide|terror|terrorist|"
                          r"militant|gun|grenade|rocket|bomb)\s+)?(?:attacks?|ambush(?:es)?|"
                          r"assaults?|raids?|bombings?)\b|"
                          # (or its weapons that hit: "when Houthi shells landed in a camp",
                          # "when a Houthi drone struck a government forces position")
                          r"\s*(?:mortar\s+)?(?:shells?|mortars?|rockets?|missiles?|drones?)\s+"
                          r"(?:landed|struck|hit|slammed|fell|exploded|crashed)\b", re.I)

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorBase, ActorMatch


@dataclass(frozen=True, slots=True)
class PerpetratorFinding:
    perpetrator: Perpetrator
    evidence: Evidence


_RIVAL_OF = re.compile(r",\s*(?:a|the)\s+(?:\w+\s+)?(?:rivals?|enemy|enemies|foes?)\s+of\s+"
                       r"(?:the\s+)?$", re.I)
APPOSITION_POSS_RE = guarded(r"\s*(?:’s|'s)\s+(?:\w+\s+)?(?:branch|affiliate|wing|faction|"
                             r"chapter|franchise|offshoot|ally)\b", re.I)


# A group's branch named by its place after the group's possessive: "Islamic State's Yemen
# branch" (the place's word, to find the branch in the actor base).
_BRANCH_OF = re.compile(r"\s*(?:’s|'s)\s+(?P<where>(?-i:[A-Z])[\w-]+)\s+(?:branch|affiliate|"
                        r"wing|chapter|province)\b", re.I)
# A group's spokesman telling what its men did is its claim.
SPOKESMAN_CLAIM_RE = re.compile(
    # (or its spokesman's, told by the possessive: "The BLA's spokesman said in a statement:")
    r"(?:['’]s)?\W{0,3}spokes(?:man|person)\W{0,3}\s+(?:(?-i:[A-Z])\w+\s+){0,3}(?:said|told|stated|"
    r"claimed)\b[^.;]{0,60}?\b(?:militants|fighters|mujahideen|commandos|they|its\s+\w+)\s+"
    r"(?:had\s+)?(?:\w+ly\s+)?"
    r"(?:seized|captured|killed|attacked|carried\s+out|stormed|launched|targeted|ambushed|"
    r"abducted|shot|blew\s+up)\b", re.I)


# The partner a claim names: "... carried out the ambush jointly with the".
_WHICH_HAD = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s*which\s+had\s+(?:also\s+|earlier\s+)?$", re.I)
_JOINTLY_WITH = re.compile(r"[^,.;]{0,40}\b(?:jointly|together)\s+with\s+(?:the\s+)?", re.I)


# The act attributed to a group's unit: "Authorities attributed the attack to the Jaime
# Martinez front of the Estado Mayor Central (EMC)".
_ATTRIBUTED_ACT_TO = re.compile(
    r"\b(?:attributed|blamed)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|bombing|blast|killing|"
    r"ambush|assault|raid|abduction)s?\s+(?:to|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:front|faction|wing|unit|cell|column|branch|brigade|commander)\s+of\s+(?:the\s+)?)?$",
    re.I)


def _status_for(text: str, sentence: Sentence, start: int, end: int,
                of_name: bool = False) -> str | None:
    """claimed / suspected / attributed for an actor mentioned at [start, end), or None
    when the sentence gives it no doer role; ``of_name``: the mention is the bracketed
    acronym of the actor's name just before it."""
    s_text = text[sentence.start:sentence.end]
    rel_start, rel_end = start - sentence.start, end - sentence.start
    claim = None if NEGATED_CLAIM_RE.search(s_text) else CLAIM_RE.search(s_text)
    if claim and claim.end() <= rel_start and \
            not claim.group(0).lower().startswith("claimed by") and \
            (second := CLAIM_RE.search(s_text, rel_end)) is not None and \
            not re.search(r"[.;]", s_text[rel_end:second.start()]):
        claim = second  # a second group's own claim after the first's: "The Hafiz Gul Bahadur
        # group said ... its fighters had carried out the attack, and hours later the
        # Ittehad-ul-Mujahideen Pakistan, an alliance ..., issued a separate claim"
    if claim and (APPOSITION_OF_RE.search(s_text[max(0, rel_start - 40):rel_start]) or
                  APPOSITION_POSS_RE.match(s_text[rel_end:rel_end + 40])):
        claim = None  # "ISKP, the regional affiliate of the Islamic State group, claimed"
    elif claim and claim.start() >= rel_end and _WHICH_HAD.match(s_text, rel_end, claim.start()):
        claim = None  # another act's claim, in a clause on the group: "suspected the
        # involvement of the banned Sindhudesh Liberation Army, which had claimed a similar
        # blast in the area in August"
    if claim:
        before_claim = claim.start() >= rel_end
        by_form = claim.group(0).lower().startswith("claimed by") and rel_start >= claim.end()
        # "X and Y claimed", "X, along with Y, claimed", "claimed by X".
        # (a statement's source, "as claimed by", claims nothing for a group named before it:
        # "PREPAK ... said that the outfit has no connection with the person who was
        # reportedly arrested ... as claimed by a press release issued by Superintendent of
        # Police")
        as_said = before_claim and bool(_AS_BEFORE.search(s_text, max(0, claim.start() - 4),
                                                          claim.start()))
        if (before_claim and not as_said and not re.search(r"[.;]", s_text[rel_end:claim.start()])
                ) or by_form:
            return "claimed"
        if rel_start >= claim.end() and re.match(r"\s*(?:on\s+behalf\s+of|for)\b",
                                                 s_text[claim.end():rel_start]) and \
                not re.search(r"[,.;]", s_text[claim.end():rel_start]):
            # (not a group named in a clause after: "claimed the responsibility for the
            # attack, saying it was partly in revenge for the US raid that killed al Qaeda
            # 'chief' Osama bin Laden")
            return "claimed"
        if rel_start >= claim.end() and _JOINTLY_WITH.fullmatch(s_text, claim.end(), rel_start):
            return "claimed"  # its partner: "said its cadres had carried out the ambush
            # jointly with the NSCN-K(YA)"
    if POSTER_NAMES.search(s_text, max(0, rel_start - 80), rel_start) and POSTER_LEFT.search(
            text, max(0, sentence.start - 300), sentence.end):
        # the group a note left at the scene names claims the act (GTD: a note left at the
        # scene): "Posters left at the spot warned villagers ... The posters were signed in
        # the name of the Jharkhand Jan Mukti Parishad (JJMP)"
        return "claimed"
    if SPOKESMAN_CLAIM_RE.match(s_text, rel_end):
        return "claimed"  # "Taliban ‘spokesman’ said that militants seized 17 checkpoints"
    if _RIVAL_OF.search(s_text, max(0, rel_start - 40), rel_start):
        return None  # a rival named beside the doers: "members of Los Choneros, a rival of
        # Los Lobos, of carrying out the attack"
    involved = INVOLVEMENT_BEFORE.search(s_text, max(0, rel_start - 140), rel_start)
    if involved and (involved.group("hedged") is None or
                     NOT_RULED_OUT_AFTER.match(s_text, rel_end)):
        # "The IGP suspected the involvement of banned outfits the Tehreek e Taliban Pakistan
        # (TTP) in collaboration with the Lashkar e Jhangvi (LeJ)": both suspected
        return "suspected"
    window_start = max(0, rel_start - 40)
    named = None if of_name or not s_text[:rel_start].rstrip().endswith("(") else \
        _NAME_BEFORE_BRACKET.search(s_text, max(0, rel_start - 160), rel_start)
    if named:  # "suspected militants of Hmar Peoples Convention (Democrats) (HPC D)"
        window_start = max(0, named.start() - 40)
    window = s_text[window_start:named.start() if named else rel_start]
    suspect = SUSPECT_RE.search(window)
    if suspect and not re.match(r"\s*by\b", window[suspect.end():]) and \
            HARMED_BEFORE.search(s_text, 0, window_start + suspect.start()):
        # the object of a harm told before it: "shot dead two persons, identified as the ZSU
        # general secretary and a suspected NSCN IM cadre" (but "killed by suspected X")
        return None
    if suspect or re.match(r"^\s*(?:\([^)]*\)\s*)?slogan", s_text[rel_end:]):
        return "suspected"
    # (before the name the bracketed acronym follows: "blamed the Southwestern War Front of the
    # National Liberation Army (ELN)", the acronym the base knows)
    blamed_from = named.start() if named else rel_start
    if BLAME_RE.search(s_text[max(0, blamed_from - 50):rel_start]) or \
            _FIRE_FROM.search(s_text, max(0, rel_start - 60), rel_start) or \
            _ATTRIBUTED_ACT_TO.search(s_text, max(0, rel_start - 120), rel_start):
        return "attributed"
    after = s_text[rel_end:]
    victims = VICTIM_AFTER_RE.match(after)
    if victims:
        # the victims' own group is a side of a fight between armed groups: "Two cadres of the
        # Kuki National Army (KNA) were killed ... in a gunfight with cadres of the Zomi
        # Revolutionary Army (ZRA)" (both doers, as a clash "between" them; no "encounter",
        # which may be the forces')
        if _MEN_OF_BEFORE.search(window) and GROUPS_FIGHT_RE.search(
                after, victims.end(), victims.end() + 80):
            return "attributed"
        return None
    if (re.search(r"\bbetween\b[^.;]{0,90}\band\s+[^.;]{0,50}$",
                  s_text[max(0, rel_start - 140):rel_start]) and re.search(
            r"\b(?:clash|fighting|battle|gunfight|encounter|skirmish|exchange\s+of\s+fire)",
            s_text, re.I)) or GROUPS_FOUGHT_RE.search(window):
        # the second side of a clash "between X and ... Y", or the other group the victims
        # fought: "in a gunfight with cadres of the Zomi Revolutionary Army (ZRA)"
        return "attributed"
    # (an acronym in brackets ends at its ")": "Tehreek e Taliban Paksitan (TTP) attacked",
    # the misspelt name unknown; after a known name, the name's own status stands)
    close = "" if of_name else r"\)?"
    # (and the unit they belong to: "CPI Maoist cadres of the Sabari Dalam (armed squad)
    # allegedly poured kerosene")
    # (and, after a long name, a faction's word whose initial is the acronym's last letter:
    # "Janatantrik Tarai Mukti Morcha Krantikari (JTMM K) exploded", not a misspelt word of
    # the name, "Tehreek e Taliban Paksitan (TTP)", nor a word after a bare acronym: "NSCN
    # Khaplang (NSCN K) cadres attacked" are the faction's men; or, after the acronym's
    # first letters, its last: "JTMM K) exploded")
    faction_word = r"(?:\s+([A-Z])[a-z]+(?=\s*\([A-Z]+(?:\s+[A-Z]+)*\s+\1\)))?" \
        if " " in text[start:end].strip() else ""
    tail = re.sub(rf"^{faction_word}(?:\s+[A-Z]{{1,3}}(?=\)))?{close}\s*"
                  rf"(?:\([^)]*\)\s*){{0,2}}(?:[A-Z]{{2,5}}\s+)?"
                  r"(?:(?:militants?|fighters|men|cadres|terrorists|members|activists|"
                  r"insurgents|gunmen|(?:armed\s+|militant\s+|rebel\s+)?(?:group|militia|gang)|"
                  # (a unit of it: "fighters of a local People's Defense Force unit attacked")
                  r"unit|units|cell|squad|column|battalion|brigade|"
                  # (or its weapon or marksman: "A Houthi sniper shot dead", "a Houthi drone
                  # dropped explosives")
                  r"snipers?|drones?|artillery|mortars?|rockets?|missiles?)"
                  r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:\([^)]*\))?)?)?", "",
                  after, count=1)
    if not DOER_VERB_RE.match(tail) and (told := after_apposition(tail)) is not None:
        tail = told  # its verb after an apposition on it: "members of the Militarized
        # Communist Party of Peru (MPCP), the Shining Path remnant that operates in the
        # Valley of the Apurimac, Ene and Mantaro Rivers (VRAEM), ambushed an army patrol"
    hedged_after = DOER_TOLD_AFTER.match(tail)
    if hedged_after:
        # the group named, then its part told: "the Los Lobos gang was suspected in the Daule
        # attack", "the ULFA-I is believed to be behind the blast"
        return "suspected" if hedged_after.group("hedge") or SUSPECT_RE.search(
            s_text, max(0, rel_start - 80), rel_start) else "attributed"
    if HELD_BY.search(s_text, max(0, rel_start - 50), rel_start) and \
            GROUPS_FIGHT_RE.search(s_text):
        # the other side of armed groups' fight, whose ground was attacked: "Boko Haram
        # fighters attacked positions held by the Islamic State West Africa Province ...,
        # setting off hours of fighting between the two jihadist factions"
        return "attributed"
    if JOINED_FOUGHT.match(after):
        # the first of two groups that fought: "members of the Arakan Rohingya Salvation Army
        # (ARSA) and the Rohingya Solidarity Organisation (RSO) exchanged fire"
        return "attributed"
    if SECOND_OF_JOINED.search(s_text, max(0, rel_start - 120), rel_start) and \
            re.match(r"\s*(?:\([^)]*\)\s*)?(?:exchanged\s+fire|clashed|fought)\b", after):
        return "attributed"
    if FACTIONS_BETWEEN.search(s_text, max(0, rel_start - 80), rel_start):
        return "attributed"  # both sides, a group's factions: "a gunfight between two rival
        # factions of the United People's Democratic Front (UPDF)"
    if re.search(r"\bof\s+(?:the\s+)?(?:banned\s+|outlawed\s+|proscribed\s+|[\w-]+-based\s+)?$",
                 window):
        # "Fighters of the X attacked", "a group of X militants attack": members of X as
        # doers; "militants of X were killed": members of X as victims.
        doers = re.search(r"\b(?:fighters|militants|members|cadres|gunmen|terrorists|rebels|"
                          r"insurgents|men|suicide\s+bombers?|group|band|squad|remnants|"
                          # (or a unit of it: "the Dagoberto Ramos front of the Estado Mayor
                          # Central (EMC) attacked", "a ... cell of the BRN")
                          r"elements|front|cell|division|unit|wing|faction|operatives|"
                          r"commanders|battalion|brigade|column|platoon|dalam)\s+of\s+"
                          r"(?:the\s+)?$", window, re.I)
        if not (doers and (DOER_VERB_RE.match(after) or DOER_VERB_RE.match(tail))):
            return None
    if DOER_VERB_RE.match(tail) or ATTACK_OF_RE.match(after):
        # (told by their own spokesman, their claim: "..., a spokesman for the militia said")
        return "claimed" if OWN_SPOKESMAN.search(after) else "attributed"
    between = re.search(r"\bbetween\s+(?:the\s+)?(?:banned\s+)?$", window)
    if between and MOTIVE_BETWEEN.search(s_text, max(0, rel_start - 60), rel_start):
        return None  # a side of the feud the act is linked to, no doer: "the attack appeared
        # to be linked to a dispute between the Los Lobos gang and a rival faction"
    if between or (re.match(r"^\s*(?:\([^)]*\)\s*)?(?:militants\s+)?and\s+(?:the\s+)?",
                           after) and re.search(r"\bbetween\b", window)):
        return "attributed"
    return None


# The forces fired on by them: "an army patrol came under fire from fighters of the Military
# Command Council for the Salvation of the Republic (CCMSR)".
_FIRE_FROM = re.compile(r"\bcame\s+under\s+(?:\w+\s+)?(?:fire|attack)\s+from\s+(?:the\s+)?"
                        r"(?:(?:fighters|militants|members|gunmen|cadres)\s+of\s+(?:the\s+)?)?$",
                        re.I)
# A name (the actor base does not know it, misspelt or long) before a bracketed acronym:
# "Hmar Peoples Convention (Democrats) (", "United Liberation Front of Asom (".
_NAME_BEFORE_BRACKET = re.compile(r"(?:\b(?:[A-Z][\w’'.-]*|of|the|and|e|i|ul|al)\s+|"
                                  r"\([A-Z][\w\s]*\)\s+){1,10}\($")
# The gap between a name and its acronym, with a bracket (``BRACKET_GAP``: "United Liberation
# Front of Asom (ULFA)") or with none: "Communist Party of India Maoist CPI Maoist".
_NAME_GAP = re.compile(r"\s*\(?\s*")


def find_perpetrators(text: str, sentences: Sequence[Sentence], actors: ActorBase,
                      actor_matches: Sequence[ActorMatch], *, state_operation: bool,
                      ) -> list[PerpetratorFinding]:
    """Perpetrators of one incident, named actors first, each with its evidence span."""
    found: list[PerpetratorFinding] = []
    named: dict[str, PerpetratorFinding] = {}
    for sentence in sentences:
        for match in actor_matches:
            if not (sentence.start <= match.start < sentence.end):
                continue
            if match.actor.kind == "state" and (not state_operation or TIED_TO.search(
                    text, max(sentence.start, match.start - 50), match.start) or
                    AGENT_AFTER.match(text, match.end)):
                # (nor the agency the arrested are tied to: "arrested two fishermen over
                # their alleged links to the Indian spy agency Research and Analysis Wing",
                # "A suspected Inter Services Intelligence (ISI) agent was arrested")
                continue
            # "Suspected United Liberation Front of Asom (ULFA) militants": the acronym of a
            # name just read is that name's mention, with its status
            of_name = any(m.actor is match.actor and m.end <= match.start and
                          BRACKET_GAP.fullmatch(text, m.end, match.start)
                          for m in actor_matches)
            branch = _BRANCH_OF.match(text, match.end)
            if branch is not None and match.actor.kind == "non_state":
                # "the Islamic State's Yemen branch also claimed it": the branch's act, the
                # base's branch where it has one (Islamic State Yemen Province), else the
                # group's own
                actor = actors.branch_in(match.actor.name, branch.group("where")) or match.actor
                status = _status_for(text, sentence, match.start, branch.end())
                if status is not None and actor.name not in named:
                    mention = text[match.start:branch.end()]
                    named[actor.name] = PerpetratorFinding(
                        Perpetrator(actor.name, mention, actor.kind, status),
                        Evidence("perpetrators", match.start, branch.end(), mention))
                continue
            status = _status_for(text, sentence, match.start, match.end, of_name)
            if status is None and match.actor.kind == "non_state" and \
                    claimed_as_whole(text, sentence, match, actor_matches):
                status = "claimed"
            if status == "claimed" and match.actor.kind == "state":
                # a state force's own report of its act is no claim ("U.S. Africa Command
                # (AFRICOM) said it had carried out an air strike"): GTD's claims are groups'
                status = "attributed"
            if status is None and match.actor.kind == "state" and (
                    FORCE_DID.match(text, match.end, sentence.end) or FORCE_AGENT.search(
                        text, max(sentence.start, match.start - 60), match.start) or
                    joined_force_acted(text, sentence, match, actor_matches)):
                # "26 Assam Rifles (AR) arrested four persons", "killed in a gunfight with
                # Rapid Action Battalion RAB", "arrested by a team of Assam Rifles"
                status = "attributed"
            if status is None:
                continue
            following = text[match.end:match.end + 30]
            preceding = text[max(sentence.start, match.start - 3):match.start]
            if FACTION_RE.match(following) and re.search(r"\ban?\s+$", preceding):
                fm = FACTION_RE.match(following)
                assert fm is not None
                end = match.end + fm.end()
                mention = text[match.start - len(preceding.lstrip()):end]
                found.append(PerpetratorFinding(
                    Perpetrator(None, mention.strip(), "non_state", status),
                    Evidence("perpetrators", match.start - len(preceding.lstrip()), end,
                             mention.strip())))
                continue
            name = match.actor.name
            rank = {"claimed": 3, "attributed": 2, "suspected": 1}
            old = named.get(name)
            if old is not None and (rank[old.perpetrator.status] >= rank[status] or (
                    status == "attributed" and any(
                        m.actor is match.actor and m.end <= match.start and
                        _NAME_GAP.fullmatch(text, m.end, match.start) for m in actor_matches))):
                # (the acronym after a hedged name keeps the name's hedge: "suspected to be
                # planted by the Communist Party of India Maoist CPI Maoist")
                continue
            finding = PerpetratorFinding(
                Perpetrator(name, match.text, match.actor.kind, status),
                Evidence("perpetrators", match.start, match.end, match.text))
            named[name] = finding
    _claimed_by_anaphor(text, sentences, named)
    drop_owners(text, sentences, actor_matches, named)
    drop_ancestors(named, actors)
    drop_faction_names(text, named, actors)
    found = list(named.values()) + found
    if state_operation:
        told = state_doer(text, sentences, actors, actor_matches)
        state = PerpetratorFinding(*told) if told is not None else None
        if state and (not any(f.perpetrator.kind == "state" for f in found) or (
                # a state's forces named by its adjective beside another force named: "Malian
                # soldiers and fighters of Russia's Africa Corps killed"
                state.perpetrator.actor is not None and
                actors.get(state.perpetrator.mention) is None and
                NATION_RE.search(state.perpetrator.mention) is not None and
                all(f.perpetrator.actor != state.perpetrator.actor and not (
                    f.evidence.start < state.evidence.end and
                    state.evidence.start < f.evidence.end) for f in found))):
            found.insert(0, state)
            # (and a second nation's, joined: "Rwandan and Mozambican troops pursued")
            other = joined_nation(text, state.evidence.start, state.evidence.end, actors,
                                  state.perpetrator.actor)
            if other is not None and all(f.perpetrator.actor != other[0] for f in found):
                name, start, end, mention = other
                found.insert(1, PerpetratorFinding(
                    Perpetrator(name, mention, "state", "attributed"),
                    Evidence("perpetrators", start, end, mention)))
        # (not a group's account of how it fought the operation off: "Al Shabaab said on its
        # Andalus radio station that its fighters had killed 'scores of apostate soldiers'")
        account_only = any(_FOUGHT_OFF_ACCOUNT.search(x.text) for x in sentences) and \
            not any(_RESPONSIBILITY.search(x.text) for x in sentences)
        return [f for f in found if f.perpetrator.kind == "state" or (
            f.perpetrator.status == "claimed" and not account_only)]
    if not any(f.perpetrator.status in ("claimed", "attributed") for f in found):
        # Only hedged names ("a TTP slogan"): the doer the report describes is kept too.
        unnamed = unnamed_doer(text, sentences)
        if unnamed:
            found.extend(_named_in(text, PerpetratorFinding(*unnamed), actor_matches, found))
    found.extend(_other_side(text, sentences, actor_matches, found))
    return found


_FOUGHT_OFF_ACCOUNT = re.compile(r"\bsaid\b[^.;]{0,60}?\bits\s+(?:fighters|men|militants)\s+"
                                 r"had\s+(?:killed|repulsed|repelled|beaten\s+back)", re.I)
_RESPONSIBILITY = re.compile(r"\b(?:claimed|accepted|took|owned)\s+(?:the\s+)?(?:responsibility|"
                             r"credit)\b", re.I)
_DEFINITE = re.compile(r"(?:the|these|those)\s", re.I)
_MEMBERS_GAP = re.compile(r"\s*(?:\([^)]*\)\s*){0,2}")


def _named_in(text: str, unnamed: PerpetratorFinding, actor_matches: Sequence[ActorMatch],
              found: Sequence[PerpetratorFinding]) -> list[PerpetratorFinding]:
    """The doer the report describes, as the actor it names ("Garo National Liberation Army
    (GNLA) militants fired" is the GNLA) or as written ("unidentified gunmen"); nothing where
    it only repeats a perpetrator found ("India Maoist" of "Communist Party of India
    Maoist")."""
    ev = unnamed.evidence
    inside = [m for m in actor_matches if m.start < ev.end and ev.start < m.end] or [
        # the members named right after their group ("Suspected Communist Party of India
        # Maoist (CPI Maoist) cadres triggered"): the group, found already
        m for m in actor_matches if m.end <= ev.start and
        _MEMBERS_GAP.fullmatch(text, m.end, ev.start)]
    if not inside:
        own = group_of_its_dead(text, ev.start, actor_matches)
        if own is not None and not any(f.perpetrator.actor == own.actor.name for f in found):
            # the doers told by a common word, whose group names its dead in their sentence:
            # "four Boko Haram fighters were killed ... when the jihadists raided Zamai"
            return [PerpetratorFinding(
                Perpetrator(own.actor.name, own.text, own.actor.kind, unnamed.perpetrator.status),
                Evidence("perpetrators", own.start, own.end, own.text))]
        if _DEFINITE.match(unnamed.perpetrator.mention or "") and any(
                f.perpetrator.kind == "non_state" and f.perpetrator.actor for f in found):
            # "the militants" of a story that named them ("suspected ULFA I militants ...
            # The militants had apparently placed the bomb") are those, no second doer
            return []
        return [unnamed]
    m = inside[0]
    if m.actor.kind == "state" or any(f.perpetrator.actor == m.actor.name for f in found):
        # (a state force in the words of an attack that is no state operation is no doer:
        # "the CRPF men" of a story this function reads only when the state did not act)
        return []
    return [PerpetratorFinding(
        Perpetrator(m.actor.name, m.text, m.actor.kind, unnamed.perpetrator.status),
        Evidence("perpetrators", m.start, m.end, m.text))]


BETWEEN_RE = guarded(
    r"\b(?:clash(?:es)?|fighting|gun\s*battle|gunfight|encounter|skirmish(?:es)?|"
    r"exchange\s+of\s+fire)\s+between\s+(?P<a>[^.;,]{3,70}?)\s+and\s+"
    # (a side ends before a verb: "between the Police and the militants had taken place")
    # (or its time: "between a joint team of security personnel and ultras late last night")
    r"(?P<b>[^.;,]{3,70}?)(?=\s+(?:in|at|on|near|over|for|to|had|has|have|was|were|is|are|"
    r"took|broke|erupted|ensued|lasted|continued|late|last|early|yesterday|today|killed|"
    r"left)\b|"
    r"\s*[.;,(]|$)", re.I)


# A clash's side that is the forces' men, or a generic word for the unnamed doers.
_STATE_MEN = re.compile(r"\b(?:security\s+(?:personnel|men|officials)|jawans|policemen|"
                        r"commandos)\s*$", re.I)
_MILITANT_HEAD = re.compile(rf"\b(?:{MILITANT_NOUNS}|{ATTACKER_NOUNS})\s*$", re.I)


def _other_side(text: str, sentences: Sequence[Sentence], actor_matches: Sequence[ActorMatch],
                found: Sequence[PerpetratorFinding]) -> list[PerpetratorFinding]:
    """In a clash "between X and the tribal Lashkar", an unnamed armed side is a doer too."""
    if not found or any(f.perpetrator.kind == "state" for f in found):
        return []
    for sentence in sentences[:2]:
        m = BETWEEN_RE.search(text, sentence.start, sentence.end)
        if not m:
            continue
        out = []
        for side in ("a", "b"):
            start, end = m.span(side)
            if any(start <= a.start < end for a in actor_matches) or STATE_RE.search(
                    text, start, end) or _STATE_MEN.search(text, start, end):
                continue  # (also the forces' men: "a joint team of security personnel")
            if _MILITANT_HEAD.search(text, start, end) and any(
                    f.perpetrator.actor is None and f.perpetrator.kind == "non_state"
                    for f in found):
                continue  # the unnamed doers told again: "ultras" after "armed insurgents"
            mention = text[start:end].strip()
            if any(_bare(f.perpetrator.mention) == _bare(mention) for f in found):
                continue  # the doer found already ("the Maoists" ... "between SFs and Maoists")
            out.append(PerpetratorFinding(Perpetrator(None, mention, "non_state", "attributed"),
                                          Evidence("perpetrators", start, end, mention)))
        return out
    return []


def _bare(mention: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", mention.lower())


ANAPHOR_CLAIM_RE = guarded(
    r"\b(?:[Tt]he\s+(?:group|outfit|organi[sz]ation|militant\s+group|terror\s+group|militants)|"
    r"It)\s+(?:later\s+|also\s+|has\s+|had\s+)?(?:claimed|owned|accepted)\b")


def _claimed_by_anaphor(text: str, sentences: Sequence[Sentence],
                        named: dict[str, PerpetratorFinding]) -> None:
    """ "X attacked ... The group claimed the raid": the one named doer claimed it."""
    doers = [f for f in named.values() if f.perpetrator.kind == "non_state"]
    if len(doers) == 2 and any(BOTH_CLAIMED.search(text, s.start, s.end) for s in sentences):
        # "Fighters of JNIM and of Islamic State Sahel Province clashed ... Both groups
        # claimed the fighting": each claimed it
        for doer in doers:
            doer.perpetrator.status = "claimed"
        return
    if len(doers) != 1 or doers[0].perpetrator.status == "claimed":
        return
    for sentence in sentences:
        if ANAPHOR_CLAIM_RE.search(text, sentence.start, sentence.end) and \
                not NEGATED_CLAIM_RE.search(text, sentence.start, sentence.end):
            doers[0].perpetrator.status = "claimed"
            return
